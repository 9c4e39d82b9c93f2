// What the editor says about a cmdlet or one of its parameters, as Markdown, from the cmdlet model:
// the versions that have it (and what the target version lacks), removal and replacements, the
// parameter sets as PowerShell syntax, and a parameter's type, sets, aliases, pipeline input and
// accepted values. Hover and completion documentation both read these.
import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import type { Absence, Cmdlet, CmdletParameter, ParameterSet } from '../exchange/model/cmdlet.js';
import { ACTION_PREFERENCES } from '../exchange/model/common-parameters.js';
import { describeTargets, TARGET_NAMES, type ExchangeTarget } from '../exchange/model/targets.js';
import { setSyntax } from '../exchange/syntax.js';
import type { ExchangeVersion } from '../settings.js';
import { valueType } from '../rules/support/value-types.js';

/** Hover code blocks are wrapped at this many columns. */
export const SYNTAX_WIDTH = 90;
/** More parameter sets than this are listed by name only. */
export const SIGNATURE_LIMIT = 4;

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (character) => `\\${character}`);
}

export function markup(markdown: string, asMarkdown: boolean): MarkupContent {
  return asMarkdown ? { kind: MarkupKind.Markdown, value: markdown } : { kind: MarkupKind.PlainText, value: plainText(markdown) };
}

/** Markdown escapes and link targets dropped, for clients that show plain text. */
export function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 <$2>').replace(/\\(.)/g, '$1');
}

/** `` `text` `` with a fence long enough for backticks inside. */
export function inlineCode(text: string): string {
  const fence = '`'.repeat((text.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0) + 1);
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`;
}

/** "A and B", "A, B or C". */
export function listWords(words: readonly string[], last: 'and' | 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

/** One sentence per fact: versions, the target's view, what is missing where and why, module. */
export function cmdletFacts(cmdlet: Cmdlet, target: ExchangeVersion): string[] {
  const lines = [`Exists in ${describeTargets(cmdlet.targets)}.`];
  if (target !== 'any') {
    const availability = cmdlet.availability(target);
    if (availability === 'no') lines.push(`**Not in ${TARGET_NAMES[target]}**, the target version.`);
    else if (availability === 'unknown') lines.push(`${TARGET_NAMES[target]} (the target) is not covered by the reference, which starts at Exchange 2010.`);
  }
  for (const absence of cmdlet.history?.absences ?? []) lines.push(...absenceFacts(absence, 'cmdlets'));
  if (cmdlet.module) lines.push(`From the ${inlineCode(cmdlet.module)} module, not the Exchange session.`);
  return lines;
}

/** "Removed in Exchange 2010; use `Get-MailboxDatabase` instead.", "New in Exchange 2010; in Exchange 2007 use `…`." */
export function absenceFacts(absence: Absence, replacing: 'cmdlets' | 'parameters'): string[] {
  const names = listWords(absence.replacements.map((name) => inlineCode(replacing === 'parameters' ? `-${name}` : name)), 'or');
  const where = describeTargets(absence.targets);
  let sentence: string;
  if (absence.removedIn) sentence = `Removed in ${escapeMarkdown(absence.removedIn)}${names ? `; use ${names} instead` : ''}.`;
  else if (absence.introducedIn) sentence = `New in ${escapeMarkdown(absence.introducedIn)}${names ? `; in ${where} use ${names}` : `, so not in ${where}`}.`;
  else sentence = `Not in ${where}${names ? `; use ${names} there` : ''}.`;
  return absence.note ? [sentence, escapeMarkdown(absence.note)] : [sentence];
}

/** Whether the current products (Exchange SE and Online) have both dropped the cmdlet. */
export function isRetired(cmdlet: Cmdlet): boolean {
  return (cmdlet.history?.absences ?? []).some((absence) => absence.removedIn !== undefined) && !cmdlet.targets.includes('se') && !cmdlet.targets.includes('online');
}

/** The first release that dropped it, for a completion item's detail. */
export function removedIn(cmdlet: Cmdlet): string | undefined {
  return cmdlet.history?.absences?.find((absence) => absence.removedIn !== undefined)?.removedIn;
}

/** Knowledge entries the history tables cite for the cmdlet. */
export function historyEntries(cmdlet: Cmdlet): string[] {
  return (cmdlet.history?.absences ?? []).flatMap((absence) => absence.entries ?? []);
}

/**
 * The sets as a PowerShell code block, one signature each (a `#` line names the set when there are
 * several); past `limit`, the remaining sets are named below the block.
 */
export function signatureBlock(cmdlet: Cmdlet, sets: readonly ParameterSet[], limit = SIGNATURE_LIMIT, width = SYNTAX_WIDTH): string[] {
  if (sets.length === 0) return [];
  const shown = sets.slice(0, limit);
  const several = cmdlet.sets.length > 1;
  const code = shown.flatMap((set, index) => [...(index > 0 ? [''] : []), ...(several ? [`# ${set.name}`] : []), setSyntax(cmdlet, set, width).text]);
  const lines = ['```powershell', ...code, '```'];
  const rest = sets.slice(limit);
  if (rest.length > 0) lines.push(`and ${rest.length} more parameter ${rest.length === 1 ? 'set' : 'sets'}: ${rest.map((set) => inlineCode(set.name)).join(', ')}`);
  return lines;
}

export function helpLink(cmdlet: Cmdlet): string | undefined {
  return cmdlet.help ? `[Online help for ${escapeMarkdown(cmdlet.name)}](${cmdlet.help})` : undefined;
}

const PIPELINE: Readonly<Record<NonNullable<CmdletParameter['pipeline']>, string>> = {
  value: 'by value',
  property: 'by property name',
  both: 'by value and by property name',
};

/** False for parameters known by name only: those of removed cmdlets and those only older versions had. */
export function typeKnown(cmdlet: Cmdlet, parameter: CmdletParameter): boolean {
  return parameter.common || (cmdlet.parametersKnown && parameter.absence === undefined);
}

/** `**-AccessRights** <MailboxFolderAccessRight[]>`, `**-Confirm** (switch)`. */
export function parameterTitle(cmdlet: Cmdlet, parameter: CmdletParameter): string {
  const name = `**-${escapeMarkdown(parameter.name)}**`;
  if (parameter.switch) return `${name} (switch)`;
  return typeKnown(cmdlet, parameter) ? `${name} ${inlineCode(`<${parameter.type}>`)}` : name;
}

/** Sets with mandatory/position, aliases, pipeline input, accepted values and versions: one list item each. */
export function parameterFacts(cmdlet: Cmdlet, parameter: CmdletParameter, target: ExchangeVersion): string[] {
  const lines: string[] = [];
  if (parameter.common) {
    lines.push('A common parameter: every cmdlet takes it.');
  } else {
    lines.push(...setFacts(cmdlet, parameter));
    if (parameter.absence) lines.push(absenceFacts(parameter.absence, 'parameters').join(' '));
    else if (cmdlet.sets.length > 0 && parameter.sets.length === 0) lines.push('No syntax block of the reference lists it.');
  }
  if (parameter.aliases.length > 0) lines.push(`Aliases: ${parameter.aliases.map((alias) => inlineCode(`-${alias}`)).join(', ')}`);
  if (parameter.pipeline) lines.push(`Pipeline input: ${PIPELINE[parameter.pipeline]}`);
  const values = valuesFact(parameter);
  if (values) lines.push(values);
  if (!parameter.common) {
    lines.push(`Exists in ${describeTargets(parameter.targets)}.`);
    if (target !== 'any' && cmdlet.parameterAvailability(parameter, target) === 'no') lines.push(`**Not in ${TARGET_NAMES[target as ExchangeTarget]}**, the target version.`);
  }
  return lines;
}

/**
 * The values completion offers and hover lists: the reference's; `$true`/`$false` for a Boolean;
 * `Unlimited` for an Unlimited<T> (the one word it takes besides a number or size).
 */
export function acceptedValues(parameter: CmdletParameter): readonly string[] {
  if (parameter.values && parameter.values.length > 0) return parameter.values;
  const kind = valueType(parameter.type)?.type;
  if (kind === 'boolean') return ['$true', '$false'];
  if (kind === 'unlimited') return ['Unlimited'];
  if (parameter.common && parameter.type === 'ActionPreference') return ACTION_PREFERENCES;
  return [];
}

/** "Accepted values: `A`, `B`", or "A number or `Unlimited`."; past `limit` values, "…". */
export function valuesFact(parameter: CmdletParameter, limit = Number.POSITIVE_INFINITY): string | undefined {
  const values = acceptedValues(parameter);
  if (values.length === 0) return undefined;
  if (!parameter.values?.length && valueType(parameter.type)?.type === 'unlimited') return 'A number (or size) or `Unlimited`.';
  const shown = values.slice(0, limit).map((value) => inlineCode(value));
  return `Accepted values: ${shown.join(', ')}${values.length > limit ? ', …' : ''}`;
}

/** "Mandatory in every parameter set, position 0", or one line per set when they differ. */
function setFacts(cmdlet: Cmdlet, parameter: CmdletParameter): string[] {
  const roles = cmdlet.sets.flatMap((set) => {
    const entry = set.parameters.find((candidate) => candidate.parameter === parameter);
    return entry ? [{ set: set.name, role: `${entry.mandatory ? 'mandatory' : 'optional'}${entry.position === undefined ? '' : `, position ${entry.position}`}` }] : [];
  });
  if (roles.length === 0) return [];
  const same = roles.every((role) => role.role === roles[0]!.role);
  if (same && roles.length === cmdlet.sets.length) return [`${capitalise(roles[0]!.role)}${cmdlet.sets.length > 1 ? ' in every parameter set' : ''}.`];
  if (same) return [`${capitalise(roles[0]!.role)} in ${roles.length === 1 ? 'the parameter set' : 'the parameter sets'} ${listWords(roles.map((role) => inlineCode(role.set)), 'and')}.`];
  return [`Parameter sets: ${roles.map((role) => `${inlineCode(role.set)} (${role.role})`).join('; ')}.`];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
