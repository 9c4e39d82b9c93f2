import { splitQualified } from '../exchange/legacy/names.js';
import type { Absence, Cmdlet } from '../exchange/model/cmdlet.js';
import type { CmdletModel } from '../exchange/model/cmdlet-model.js';
import { describeTargets, TARGET_NAMES, TARGET_ORDER, type ExchangeTarget } from '../exchange/model/targets.js';
import { defineRule } from './rule.js';
import { cmdletMeaning } from './support/exchange-bindings.js';

const MAIN_ENTRY = 'exchange-cmdlet-not-recognized';

export default defineRule({
  meta: {
    id: 'cmdlet-not-in-version',
    description: 'An Exchange cmdlet that the target version does not have (removed, not yet there, or only on-premises / only in Exchange Online), with the versions that have it and its replacement.',
    severity: 'error',
    // Each finding also cites the entries of the model's history; these three are the ones the removed rules cited.
    entries: [MAIN_ENTRY, 'exchange-2010-no-lcr-ccr-scr-storage-group-copy', 'enable-outlookanywhere-not-recognized-exchange-2013', 'search-mailbox-retired-exchange-online'],
    fixable: false,
    versions: TARGET_ORDER,
  },
  check(context) {
    const target = context.settings.exchangeVersion;
    if (target === 'any') return;
    const { model } = context;
    const means = cmdletMeaning(context);
    for (const command of context.commands) {
      if (command.native) continue;
      const { name } = splitQualified(command.name);
      const cmdlet = model.cmdlet(name);
      if (!cmdlet || cmdlet.availability(target) !== 'no' || !means(command)) continue;
      const absence = cmdlet.absence(target);
      const where = target === 'online' ? 'in' : 'on';
      context.report({
        span: command.nameSpan,
        message: `${why(cmdlet, target, absence)}: ${where} ${TARGET_NAMES[target]} this line stops with "The term '${name}' is not recognized as the name of a cmdlet". ${instead(cmdlet, target, absence, model)}`,
        // The entry about this very change leads: it is the one the editor links to.
        entries: [...new Set([...(absence?.entries ?? []), MAIN_ENTRY])],
      });
    }
  },
});

/** The first sentence up to its consequence: why the target lacks the cmdlet and which versions have it. */
function why(cmdlet: Cmdlet, target: ExchangeTarget, absence: Absence | undefined): string {
  const where = cmdlet.targets.length > 0 ? describeTargets(cmdlet.targets) : 'no version exkb knows';
  if (absence?.removedIn) return `${cmdlet.name} was removed in ${absence.removedIn} (${where} ${cmdlet.targets.length === 1 ? 'has' : 'have'} it)`;
  if (absence?.introducedIn) return `${cmdlet.name} came with ${absence.introducedIn}`;
  if (cmdlet.module !== undefined && target !== 'online' && cmdlet.targets.every((version) => version === 'online')) {
    return `${cmdlet.name} belongs to the Exchange Online PowerShell module (${cmdlet.module})`;
  }
  return `${cmdlet.name} exists only in ${where}`;
}

/** The second sentence: what to run instead. */
function instead(cmdlet: Cmdlet, target: ExchangeTarget, absence: Absence | undefined, model: CmdletModel): string {
  const note = absence?.note ? ` ${absence.note}` : '';
  const replacements = (absence?.replacements ?? []).filter((name) => model.cmdlet(name)?.availability(target) !== 'no');
  // Before a feature came, its family of cmdlets stood for older ones as a family, not one for one.
  if (absence?.introducedIn && replacements.length > 0) return `${TARGET_NAMES[target]} did this with ${orList(replacements)}.${note}`;
  if (replacements.length === 1) return `Use ${replacements[0]} instead.${note}`;
  if (replacements.length > 1) return `Its work is done by ${andList(replacements)}.${note}`;
  if (note) return note.trim();
  const counterpart = onPremisesCounterpart(cmdlet, target, model);
  if (counterpart) return `Use ${counterpart} instead.`;
  if (target === 'online') return 'Run it in the Exchange Management Shell of an on-premises server, or do the same with the Exchange Online cmdlets.';
  return `Run it where it exists, or set the target version to the one the script is written for.`;
}

/** `Get-EXOMailbox` → Get-Mailbox, when the target has that. */
function onPremisesCounterpart(cmdlet: Cmdlet, target: ExchangeTarget, model: CmdletModel): string | undefined {
  const match = /^([A-Za-z]+)-EXO(\w+)$/i.exec(cmdlet.name);
  if (!match || target === 'online') return undefined;
  const counterpart = model.cmdlet(`${match[1]}-${match[2]}`);
  return counterpart && counterpart.availability(target) !== 'no' ? counterpart.name : undefined;
}

function andList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
