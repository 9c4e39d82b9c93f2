// Completion from the cmdlet model: cmdlet names where a command starts (those the target version
// has), the parameters of the command at the cursor that its still-possible parameter sets take,
// and accepted values after a parameter. Knowledge entries about each item are in its
// documentation. A cmdlet's documentation (its syntax) is filled in by completionItem/resolve, so a
// list of 1,400 cmdlets stays small.
import {
  CompletionItemKind,
  CompletionItemTag,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
  type MarkupContent,
  type Range,
} from 'vscode-languageserver';
import type { CommandCatalog } from '../exchange/catalog.js';
import type { Cmdlet, CmdletParameter } from '../exchange/model/cmdlet.js';
import type { CmdletModel } from '../exchange/model/cmdlet-model.js';
import { describeTargets } from '../exchange/model/targets.js';
import type { ParsedScript } from '../powershell/types.js';
import { EXCHANGE_VERSIONS, type ExchangeVersion } from '../settings.js';
import { acceptedValues, cmdletFacts, escapeMarkdown, helpLink, historyEntries, isRetired, markup, parameterFacts, removedIn, signatureBlock, typeKnown } from './cmdlet-docs.js';
import { cmdletCall, type CommandAtCursor } from './command-at.js';
import { completionContext, type CompletionContext } from './completion-context.js';
import { guardRequest, isRecord } from './guard.js';
import { entryHref, type KnowledgeSnapshot } from './knowledge-state.js';
import type { Session } from './session.js';
import { isConfigUri } from './settings-store.js';

export interface CompletionSources {
  readonly model: CmdletModel | undefined;
  readonly knowledge: KnowledgeSnapshot;
  readonly target: ExchangeVersion;
  readonly linkTemplate: string | undefined;
  readonly markdown: boolean;
}

/** `-` starts a parameter; `:` and `,` start a value (`-Confirm:`, `-AccessRights Owner,`). */
export const COMPLETION_TRIGGER_CHARACTERS = ['-', ':', ','];
/** Entries listed in a completion item's documentation. */
export const COMPLETION_ENTRY_LIMIT = 3;
/** Completion documentation is narrower than a hover. */
const DOCUMENTATION_SYNTAX_WIDTH = 70;

/** What completionItem/resolve needs to document a cmdlet item. */
interface CmdletItemData {
  readonly exkb: 'cmdlet';
  readonly name: string;
  readonly target: ExchangeVersion;
}

export function completionItems(context: CompletionContext, script: ParsedScript, offset: number, sources: CompletionSources): CompletionItem[] {
  const range: Range = { start: script.lines.positionAt(context.start), end: script.lines.positionAt(offset) };
  switch (context.kind) {
    case 'command':
      return commandItems(script, range, sources);
    case 'parameter':
      return parameterItems(context.command, script.text, range, sources);
    case 'value':
      return valueItems(context, range, sources);
  }
}

function commandItems(script: ParsedScript, range: Range, sources: CompletionSources): CompletionItem[] {
  const { model, target } = sources;
  const items: CompletionItem[] = [];
  const defined = new Set<string>();
  for (const fn of script.functions) {
    const key = fn.name.toLowerCase();
    if (defined.has(key) || fn.name === '') continue;
    defined.add(key);
    items.push({ label: fn.name, kind: CompletionItemKind.Function, detail: 'function defined in this script', textEdit: { range, newText: fn.name }, sortText: `0${key}` });
  }
  for (const cmdlet of model?.cmdlets ?? []) {
    if (defined.has(cmdlet.key)) continue;
    const availability = target === 'any' ? 'yes' : cmdlet.availability(target);
    if (availability === 'no') continue;
    const data: CmdletItemData = { exkb: 'cmdlet', name: cmdlet.name, target };
    const item: CompletionItem = {
      label: cmdlet.name,
      kind: CompletionItemKind.Function,
      detail: cmdletDetail(cmdlet),
      textEdit: { range, newText: cmdlet.name },
      // What the target surely has before what it may have (2010 cmdlets under a 2007 target).
      sortText: `${availability === 'yes' ? 1 : 2}${cmdlet.key}`,
      data,
    };
    if (target === 'any' && isRetired(cmdlet)) item.tags = [CompletionItemTag.Deprecated];
    items.push(item);
  }
  return items;
}

/** "Exchange 2010, 2013, 2016, 2019, SE and Exchange Online", with the module and removal when there are. */
export function cmdletDetail(cmdlet: Cmdlet): string {
  const parts = [describeTargets(cmdlet.targets)];
  if (cmdlet.module) parts.unshift(cmdlet.module);
  const removed = removedIn(cmdlet);
  if (removed) parts.push(`removed in ${removed}`);
  return parts.join(' · ');
}

/** The documentation of a cmdlet item: versions, the first set's syntax, the help link and entries. */
export function cmdletDocumentation(cmdlet: Cmdlet, target: ExchangeVersion, sources: CompletionSources): MarkupContent {
  const lines = [cmdletFacts(cmdlet, target).join(' ')];
  const syntax = signatureBlock(cmdlet, cmdlet.sets, 1, DOCUMENTATION_SYNTAX_WIDTH);
  if (syntax.length > 0) lines.push('', ...syntax);
  const help = helpLink(cmdlet);
  if (help) lines.push('', help);
  const entries = [...historyEntries(cmdlet), ...sources.knowledge.catalog.entriesFor(cmdlet.name)];
  lines.push(...entryList([...new Set(entries)], sources));
  return markup(lines.join('\n'), sources.markdown);
}

interface ParameterCandidate {
  readonly parameter: CmdletParameter;
  /** 0 mandatory in every possible set, 1 mandatory in some, 2 optional, 3 common. */
  readonly rank: number;
}

function parameterItems(at: CommandAtCursor, text: string, range: Range, sources: CompletionSources): CompletionItem[] {
  const cmdlet = at.command?.native ? undefined : sources.model?.cmdlet(at.name);
  if (!cmdlet) return knowledgeParameterItems(at, range, sources.knowledge.catalog, sources);
  const candidates = parameterCandidates(cmdlet, at, text, sources.target);
  return candidates.map(({ parameter, rank }) => {
    const label = `-${parameter.name}`;
    const mandatory = rank === 0 ? 'mandatory' : rank === 1 ? 'mandatory in some sets' : undefined;
    const type = parameter.switch ? 'switch' : typeKnown(cmdlet, parameter) ? parameter.type : undefined;
    const lines = parameterFacts(cmdlet, parameter, sources.target).map((fact) => `- ${fact}`);
    const entries = sources.knowledge.catalog.entriesForParameter(cmdlet.name, (spelling) => writes(cmdlet, spelling, parameter));
    lines.push(...entryList(entries, sources));
    const item: CompletionItem = {
      label,
      kind: CompletionItemKind.Property,
      sortText: `${rank}${parameter.name.toLowerCase()}`,
      filterText: label,
      textEdit: { range, newText: label },
      documentation: markup(lines.join('\n'), sources.markdown),
    };
    const detail = [type, mandatory].filter((part) => part !== undefined).join(' · ');
    if (detail) item.detail = detail;
    if (mandatory) item.labelDetails = { description: mandatory };
    if (sources.target === 'any' && parameter.absence?.removedIn) item.tags = [CompletionItemTag.Deprecated];
    return item;
  });
}

/** The parameters the still-possible sets take, minus those given and those the target lacks (when it has the cmdlet). */
export function parameterCandidates(cmdlet: Cmdlet, at: CommandAtCursor, text: string, target: ExchangeVersion): ParameterCandidate[] {
  const call = cmdletCall(cmdlet, at, text);
  // A cmdlet the target lacks is flagged by the diagnostics; its parameters are still worth offering.
  const filtered = target !== 'any' && cmdlet.availability(target) !== 'no';
  const available = (parameter: CmdletParameter) => !call.given.has(parameter) && (!filtered || cmdlet.parameterAvailability(parameter, target) !== 'no');
  const candidates = new Map<CmdletParameter, ParameterCandidate>();
  if (call.sets.length === 0) {
    for (const parameter of cmdlet.parameters) if (available(parameter)) candidates.set(parameter, { parameter, rank: parameter.common ? 3 : 2 });
  } else {
    for (const set of call.sets) {
      for (const entry of set.parameters) {
        if (candidates.has(entry.parameter) || !available(entry.parameter)) continue;
        const inSets = call.sets.map((candidate) => candidate.parameters.find((other) => other.parameter === entry.parameter));
        const everywhere = inSets.every((found) => found?.mandatory === true);
        const somewhere = inSets.some((found) => found?.mandatory === true);
        candidates.set(entry.parameter, { parameter: entry.parameter, rank: everywhere ? 0 : somewhere ? 1 : 2 });
      }
    }
    // Parameters no syntax block lists (those only older versions had): in no set, so none excludes them.
    for (const parameter of cmdlet.parameters) if (!parameter.common && parameter.sets.length === 0 && available(parameter)) candidates.set(parameter, { parameter, rank: 2 });
    for (const parameter of cmdlet.parameters) if (parameter.common && available(parameter)) candidates.set(parameter, { parameter, rank: 3 });
  }
  return [...candidates.values()].sort((a, b) => a.rank - b.rank || a.parameter.name.localeCompare(b.parameter.name));
}

/** A command the model doesn't know: the parameters the knowledge entries use with it. */
function knowledgeParameterItems(at: CommandAtCursor, range: Range, catalog: CommandCatalog, sources: CompletionSources): CompletionItem[] {
  const command = catalog.command(at.name);
  if (!command) return [];
  const written = new Set(at.written);
  return command.parameters
    .filter((parameter) => !written.has(parameter.name.toLowerCase()))
    .map((parameter) => ({
      label: `-${parameter.name}`,
      kind: CompletionItemKind.Property,
      detail: `used in ${parameter.entries.length} knowledge ${parameter.entries.length === 1 ? 'entry' : 'entries'}`,
      documentation: markup(entryList(parameter.entries, sources).join('\n').trim(), sources.markdown),
      filterText: `-${parameter.name}`,
      textEdit: { range, newText: `-${parameter.name}` },
    }));
}

function valueItems(context: Extract<CompletionContext, { kind: 'value' }>, range: Range, sources: CompletionSources): CompletionItem[] {
  const cmdlet = context.command.command?.native ? undefined : sources.model?.cmdlet(context.command.name);
  if (!cmdlet) return [];
  const resolution = cmdlet.resolveParameter(context.parameter);
  if (resolution.kind === 'unknown' || resolution.kind === 'ambiguous') return [];
  const { parameter } = resolution;
  // A switch takes a value only as `-Switch:$false`; after `-Switch ` comes the next argument.
  const values = parameter.switch ? (context.colon ? ['$true', '$false'] : []) : acceptedValues(parameter);
  const listed = new Set(context.listed.map((value) => value.toLowerCase()));
  return values
    .filter((value) => !listed.has(value.toLowerCase()))
    .map((value, index) => {
      const newText = /^\$?[\w.-]+$/.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
      return {
        label: value,
        kind: value.startsWith('$') ? CompletionItemKind.Constant : CompletionItemKind.EnumMember,
        detail: `-${parameter.name} <${parameter.type}>`,
        filterText: newText,
        textEdit: { range, newText },
        // In the reference's order, which keeps related values together (permissions, then roles).
        sortText: String(index).padStart(4, '0'),
      };
    });
}

/** Whether `spelling` (an alias or abbreviation as an entry writes it) names `parameter` of `cmdlet`. */
function writes(cmdlet: Cmdlet, spelling: string, parameter: CmdletParameter): boolean {
  const resolution = cmdlet.resolveParameter(spelling);
  return resolution.kind !== 'unknown' && resolution.kind !== 'ambiguous' && resolution.parameter === parameter;
}

function entryList(ids: readonly string[], sources: CompletionSources): string[] {
  const lines = ids.slice(0, COMPLETION_ENTRY_LIMIT).flatMap((id) => {
    const entry = sources.knowledge.base.entry(id);
    if (!entry) return [];
    const href = entryHref(sources.knowledge, id, sources.linkTemplate);
    return [href ? `- [${escapeMarkdown(entry.title)}](${href})` : `- ${escapeMarkdown(entry.title)}`];
  });
  return lines.length > 0 ? ['', 'Knowledge entries:', ...lines] : [];
}

export function registerCompletion(session: Session, ready: () => Promise<void>): void {
  const sourcesFor = (target: ExchangeVersion): CompletionSources => ({
    model: session.model,
    knowledge: session.knowledge.current,
    target,
    linkTemplate: session.settings.entryLinkTemplate,
    markdown: session.client.completionMarkdown,
  });
  session.connection.onCompletion(
    guardRequest(session.log, 'textDocument/completion', null, async (params: CompletionParams): Promise<CompletionList | null> => {
      const document = session.documents.get(params.textDocument?.uri);
      if (!document || isConfigUri(document.uri) || !params.position) return null;
      await ready();
      const offset = document.offsetAt(params.position);
      const { result, settings } = session.analyzer.analyse(document);
      const context = completionContext(result.script, offset);
      if (!context) return null;
      return { isIncomplete: false, items: completionItems(context, result.script, offset, sourcesFor(settings.exchangeVersion)) };
    }),
  );
  const resolve = guardRequest(session.log, 'completionItem/resolve', null, (item: CompletionItem): CompletionItem | null => {
    const data: unknown = item.data;
    if (!isRecord(data) || data.exkb !== 'cmdlet' || typeof data.name !== 'string') return null;
    const cmdlet = session.model?.cmdlet(data.name);
    if (!cmdlet) return null;
    const target = EXCHANGE_VERSIONS.find((version) => version === data.target) ?? 'any';
    return { ...item, documentation: cmdletDocumentation(cmdlet, target, sourcesFor(target)) };
  });
  // An item exkb can't document (or a failure, logged) comes back as it went.
  session.connection.onCompletionResolve(async (item) => (await resolve(item)) ?? item);
}
