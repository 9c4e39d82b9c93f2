// The hand-curated facts of `exchange/legacy/` as model sources: cmdlets outside the reference
// (Exchange 2007, removed ones), and what the reference can't tell about the ones inside it
// (new in 2010, so missing from 2007; removed later with a replacement to name; retired from
// Exchange Online although a page still lists it; parameters only older versions had).
import { INTRODUCED_IN_2010 } from '../legacy/introduced-in-2010.js';
import { LATER_REMOVALS } from '../legacy/later-removals.js';
import { LEGACY_PARAMETERS } from '../legacy/legacy-parameters.js';
import { ONLINE_RETIRED } from '../legacy/online-retired.js';
import { REMOVED_CMDLETS } from '../legacy/removed-cmdlets.js';
import type { Absence, CmdletHistory, LegacyParameterFact } from './cmdlet.js';
import type { ExtraCmdlet } from './cmdlet-model.js';
import { TARGET_ORDER, type ExchangeTarget } from './targets.js';

export interface HistorySources {
  readonly extra: readonly ExtraCmdlet[];
  readonly histories: ReadonlyMap<string, CmdletHistory>;
}

export const HISTORY_SOURCES: HistorySources = buildHistory();

function buildHistory(): HistorySources {
  const drafts = new Map<string, { name: string; alsoIn: Set<ExchangeTarget>; absences: Absence[]; legacyParameters: LegacyParameterFact[] }>();
  const draft = (name: string) => {
    const key = name.toLowerCase();
    let found = drafts.get(key);
    if (!found) drafts.set(key, (found = { name, alsoIn: new Set(), absences: [], legacyParameters: [] }));
    return found;
  };

  const extra: ExtraCmdlet[] = REMOVED_CMDLETS.map((removed) => {
    const absence: Absence = {
      targets: TARGET_ORDER.filter((target) => !removed.versions.includes(target)),
      removedIn: removed.removedIn,
      replacements: removed.replacement,
      ...(removed.note ? { note: removed.note } : {}),
      ...(removed.entries ? { entries: removed.entries } : {}),
    };
    return { name: removed.name, targets: removed.versions, ...(removed.parameters ? { parameterNames: removed.parameters } : {}), history: { absences: [absence] } };
  });

  for (const family of INTRODUCED_IN_2010) {
    for (const name of family.cmdlets) {
      draft(name).absences.push({
        targets: ['2007'],
        introducedIn: family.introducedIn,
        replacements: family.in2007?.cmdlets ?? [],
        ...(family.in2007 ? { note: family.in2007.note } : {}),
        ...(family.entries ? { entries: family.entries } : {}),
      });
    }
  }

  for (const removal of LATER_REMOVALS) {
    const found = draft(removal.name);
    for (const target of removal.alsoIn) found.alsoIn.add(target);
    found.absences.push({
      targets: removal.removedFrom,
      removedIn: removal.removedIn,
      replacements: removal.replacement,
      note: removal.note,
      ...(removal.entries ? { entries: removal.entries } : {}),
    });
  }

  for (const retired of ONLINE_RETIRED) {
    // Deprecated and retiring cmdlets still run: only a retirement makes them missing.
    if (retired.status !== 'retired') continue;
    draft(retired.name).absences.push({
      targets: ['online'],
      removedIn: retired.since ? `Exchange Online (${retired.since})` : 'Exchange Online',
      replacements: retired.replacement,
      ...(retired.note ? { note: retired.note } : {}),
      ...(retired.entries ? { entries: retired.entries } : {}),
    });
  }

  for (const legacy of LEGACY_PARAMETERS) {
    // A deprecated parameter is still accepted and the reference lists it.
    if (legacy.status !== 'removed') continue;
    const found = draft(legacy.cmdlet);
    for (const target of legacy.versions) found.alsoIn.add(target);
    found.legacyParameters.push({
      name: legacy.parameter,
      targets: legacy.versions,
      absence: {
        targets: TARGET_ORDER.filter((target) => !legacy.versions.includes(target)),
        removedIn: legacy.removedIn,
        replacements: legacy.replacement ? [legacy.replacement] : [],
        ...(legacy.note ? { note: legacy.note } : {}),
        ...(legacy.entries ? { entries: legacy.entries } : {}),
      },
    });
  }

  const histories = new Map<string, CmdletHistory>();
  for (const found of drafts.values()) {
    const history: { -readonly [K in keyof CmdletHistory]: CmdletHistory[K] } = {};
    if (found.alsoIn.size > 0) history.alsoIn = [...found.alsoIn];
    if (found.absences.length > 0) history.absences = found.absences;
    if (found.legacyParameters.length > 0) history.legacyParameters = found.legacyParameters;
    histories.set(found.name, history);
  }
  return { extra, histories };
}
