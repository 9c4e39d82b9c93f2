// Hover on a command or a parameter. For an Exchange cmdlet, the cmdlet model's facts: the
// parameter sets as signatures (those the written parameters still allow), the versions, removal
// and replacements, the online help; for a parameter, its type, sets, aliases, pipeline input,
// accepted values and versions. Then the knowledge entries about it, each a title, a line and a
// link. Other commands the knowledge base uses get their entries only.
import { MarkupKind, type Hover, type HoverParams, type MarkupContent } from 'vscode-languageserver';
import type { Entry } from '@exkb/knowledge';
import type { Cmdlet } from '../exchange/model/cmdlet.js';
import type { CmdletModel } from '../exchange/model/cmdlet-model.js';
import type { CommandView, ParameterArgument, ParsedScript, Span } from '../powershell/types.js';
import type { ExchangeVersion } from '../settings.js';
import { cmdletFacts, escapeMarkdown, helpLink, historyEntries, inlineCode, listWords, parameterFacts, parameterTitle, plainText, signatureBlock } from './cmdlet-docs.js';
import { cmdletCall } from './command-at.js';
import { guardRequest } from './guard.js';
import { entryHref, type KnowledgeSnapshot } from './knowledge-state.js';
import type { Session } from './session.js';
import { isConfigUri } from './settings-store.js';

export { escapeMarkdown } from './cmdlet-docs.js';

/** More than this many entries are summed up as "and N more". */
export const HOVER_ENTRY_LIMIT = 5;

export type HoverTarget =
  | { readonly kind: 'command'; readonly command: CommandView; readonly span: Span }
  | { readonly kind: 'parameter'; readonly command: CommandView; readonly parameter: ParameterArgument; readonly span: Span };

export interface HoverSources {
  readonly model: CmdletModel | undefined;
  readonly knowledge: KnowledgeSnapshot;
  readonly target: ExchangeVersion;
  readonly linkTemplate: string | undefined;
}

/** The innermost command name or parameter name under `offset`. */
export function hoverTarget(script: ParsedScript, offset: number): HoverTarget | undefined {
  let best: HoverTarget | undefined;
  const consider = (target: HoverTarget) => {
    if (target.span.start > offset || offset > target.span.end) return;
    if (!best || target.span.end - target.span.start < best.span.end - best.span.start) best = target;
  };
  for (const command of script.commands) {
    if (command.span.start > offset || offset > command.span.end) continue;
    consider({ kind: 'command', command, span: command.nameSpan });
    for (const parameter of command.parameters) if (!parameter.splat) consider({ kind: 'parameter', command, parameter, span: parameter.nameSpan });
  }
  return best;
}

export interface HoverText {
  readonly markdown: string;
  readonly span: Span;
}

export function hoverText(target: HoverTarget, script: ParsedScript, sources: HoverSources): HoverText | undefined {
  const cmdlet = target.command.native ? undefined : sources.model?.cmdlet(target.command.canonical);
  const markdown = cmdlet
    ? target.kind === 'command'
      ? cmdletHover(cmdlet, target.command, script, sources)
      : parameterHover(cmdlet, target.parameter, sources)
    : knowledgeHover(target, sources);
  return markdown === undefined ? undefined : { markdown, span: target.span };
}

function cmdletHover(cmdlet: Cmdlet, command: CommandView, script: ParsedScript, sources: HoverSources): string {
  const lines = [`**${escapeMarkdown(cmdlet.name)}**`, '', cmdletFacts(cmdlet, sources.target).join(' ')];
  if (cmdlet.sets.length > 0) {
    // The sets the written parameters still allow: all of New-Mailbox's twenty would bury the one that matters.
    const { sets } = cmdletCall(cmdlet, { name: cmdlet.name, command, written: [] }, script.text);
    lines.push('', ...signatureBlock(cmdlet, sets));
    if (sets.length < cmdlet.sets.length) lines.push(`${sets.length} of ${cmdlet.sets.length} parameter sets fit the parameters given.`);
  } else if (!cmdlet.parametersKnown) {
    const known = cmdlet.parameters.filter((parameter) => !parameter.common).map((parameter) => inlineCode(`-${parameter.name}`));
    lines.push('', `The reference has no syntax for it, so its parameters are not checked${known.length > 0 ? `; among them: ${known.join(', ')}` : ''}.`);
  }
  const help = helpLink(cmdlet);
  if (help) lines.push('', help);
  const entries = [...new Set([...historyEntries(cmdlet), ...sources.knowledge.catalog.entriesFor(cmdlet.name)])];
  lines.push(...entrySection(entries, sources, cmdlet.name));
  return lines.join('\n');
}

function parameterHover(cmdlet: Cmdlet, argument: ParameterArgument, sources: HoverSources): string {
  const of = `of ${escapeMarkdown(cmdlet.name)}`;
  const resolution = cmdlet.resolveParameter(argument.name);
  if (resolution.kind === 'unknown') {
    return `${inlineCode(`-${argument.name}`)} is not a parameter ${of}.`;
  }
  if (resolution.kind === 'ambiguous') {
    const candidates = resolution.candidates.map((candidate) => inlineCode(`-${candidate.name}`));
    return `${inlineCode(`-${argument.name}`)} is ambiguous ${of}: it could be ${listWords(candidates, 'or')}.`;
  }
  const { parameter } = resolution;
  const title = parameterTitle(cmdlet, parameter);
  const written = resolution.kind === 'alias' ? ` (written as the alias ${inlineCode(`-${argument.name}`)})` : resolution.kind === 'prefix' ? ` (abbreviated ${inlineCode(`-${argument.name}`)})` : '';
  const lines = [`${title} ${of}${written}`];
  const facts = parameterFacts(cmdlet, parameter, sources.target);
  if (facts.length > 0) lines.push('', ...facts.map((fact) => `- ${fact}`));
  const entries = sources.knowledge.catalog.entriesForParameter(cmdlet.name, (spelling) => {
    const named = cmdlet.resolveParameter(spelling);
    return named.kind !== 'unknown' && named.kind !== 'ambiguous' && named.parameter === parameter;
  });
  lines.push(...entrySection(entries, sources, `${cmdlet.name} -${parameter.name}`));
  return lines.join('\n');
}

/** A command the model doesn't know (`Set-WebConfigurationProperty`): its knowledge entries, if any. */
function knowledgeHover(target: HoverTarget, sources: HoverSources): string | undefined {
  const { catalog } = sources.knowledge;
  const command = catalog.command(target.command.canonical);
  if (!command) return undefined;
  const title =
    target.kind === 'command'
      ? `**${escapeMarkdown(command.name)}**`
      : `**-${escapeMarkdown(catalog.parameter(command.name, target.parameter.name)?.name ?? target.parameter.name)}** of ${escapeMarkdown(command.name)}`;
  const entries = target.kind === 'command' ? catalog.entriesFor(command.name) : catalog.entriesFor(command.name, target.parameter.name);
  const section = entrySection(entries, sources, command.name);
  return section.length > 0 ? [title, ...section].join('\n') : undefined;
}

function entrySection(ids: readonly string[], sources: HoverSources, searchFor: string): string[] {
  const { knowledge, linkTemplate } = sources;
  const entries = ids.flatMap((id) => knowledge.base.entry(id) ?? []);
  if (entries.length === 0) return [];
  const lines = entries.slice(0, HOVER_ENTRY_LIMIT).map((entry) => {
    const href = entryHref(knowledge, entry.id, linkTemplate);
    const title = escapeMarkdown(entry.title);
    const summary = oneLine(entry);
    return `- ${href ? `[${title}](${href})` : `${title} (${inlineCode(entry.id)})`}${summary ? ` — ${escapeMarkdown(summary)}` : ''}`;
  });
  if (entries.length > HOVER_ENTRY_LIMIT) lines.push(`- and ${entries.length - HOVER_ENTRY_LIMIT} more (search the knowledge base for ${escapeMarkdown(searchFor)})`);
  return ['', 'Knowledge entries:', '', ...lines];
}

/** The first sentence of the cause: the title already says what goes wrong, the cause says why. */
export function oneLine(entry: Entry): string {
  const text = (entry.summary.cause || entry.summary.symptom).replace(/\s+/g, ' ').trim();
  const sentence = /^.*?[.!?](?=\s+[A-Z(`"']|$)/.exec(text)?.[0] ?? text;
  return sentence.length > 200 ? `${sentence.slice(0, 199).trimEnd()}…` : sentence;
}

export function registerHover(session: Session, ready: () => Promise<void>): void {
  session.connection.onHover(
    guardRequest(session.log, 'textDocument/hover', null, async (params: HoverParams): Promise<Hover | null> => {
      const document = session.documents.get(params.textDocument?.uri);
      if (!document || isConfigUri(document.uri) || !params.position) return null;
      await ready();
      const { result, settings } = session.analyzer.analyse(document);
      const target = hoverTarget(result.script, document.offsetAt(params.position));
      if (!target) return null;
      const sources: HoverSources = { model: session.model, knowledge: session.knowledge.current, target: settings.exchangeVersion, linkTemplate: session.settings.entryLinkTemplate };
      const text = hoverText(target, result.script, sources);
      if (!text) return null;
      const contents: MarkupContent = session.client.hoverMarkdown ? { kind: MarkupKind.Markdown, value: text.markdown } : { kind: MarkupKind.PlainText, value: plainText(text.markdown) };
      return { contents, range: { start: document.positionAt(text.span.start), end: document.positionAt(text.span.end) } };
    }),
  );
}
