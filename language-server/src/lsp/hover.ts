// Hover on a command or a parameter: what the command catalogue knows about it (facts, once the
// cmdlet model provides them) and the knowledge entries about it, each a title, a line and a link.
import { MarkupKind, type Hover, type HoverParams, type MarkupContent } from 'vscode-languageserver';
import type { Entry } from '@exkb/knowledge';
import type { CommandView, ParameterArgument, ParsedScript, Span } from '../powershell/types.js';
import { guardRequest } from './guard.js';
import { entryHref, type KnowledgeSnapshot } from './knowledge-state.js';
import type { Session } from './session.js';
import { isConfigUri } from './settings-store.js';

/** More than this many entries are summed up as "and N more". */
export const HOVER_ENTRY_LIMIT = 5;

export type HoverTarget =
  | { readonly kind: 'command'; readonly command: CommandView; readonly span: Span }
  | { readonly kind: 'parameter'; readonly command: CommandView; readonly parameter: ParameterArgument; readonly span: Span };

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

export function hoverText(target: HoverTarget, knowledge: KnowledgeSnapshot, linkTemplate: string | undefined): HoverText | undefined {
  const { catalog } = knowledge;
  const name = target.command.canonical;
  const command = catalog.command(name);
  if (!command) return undefined;
  const lines: string[] = [];
  let entries: readonly string[];
  if (target.kind === 'command') {
    lines.push(`**${escapeMarkdown(command.name)}**`);
    if (command.synopsis) lines.push('', escapeMarkdown(command.synopsis));
    entries = catalog.entriesFor(command.name);
  } else {
    const parameter = catalog.parameter(command.name, target.parameter.name);
    lines.push(`**-${escapeMarkdown(parameter?.name ?? target.parameter.name)}** of ${escapeMarkdown(command.name)}`);
    if (parameter?.description) lines.push('', escapeMarkdown(parameter.description));
    entries = catalog.entriesFor(command.name, target.parameter.name);
  }
  const listed = entryLines(entries, knowledge, linkTemplate);
  if (listed.length === 0 && lines.length === 1) return undefined;
  if (listed.length > 0) lines.push('', ...listed);
  return { markdown: lines.join('\n'), span: target.span };
}

function entryLines(ids: readonly string[], knowledge: KnowledgeSnapshot, linkTemplate: string | undefined): string[] {
  const entries = ids.flatMap((id) => knowledge.base.entry(id) ?? []);
  const lines = entries.slice(0, HOVER_ENTRY_LIMIT).map((entry) => {
    const href = entryHref(knowledge, entry.id, linkTemplate);
    const title = escapeMarkdown(entry.title);
    const summary = oneLine(entry);
    return `- ${href ? `[${title}](${href})` : `${title} (\`${entry.id}\`)`}${summary ? ` — ${escapeMarkdown(summary)}` : ''}`;
  });
  if (entries.length > HOVER_ENTRY_LIMIT) lines.push(`- and ${entries.length - HOVER_ENTRY_LIMIT} more (search the knowledge base for the command)`);
  return lines;
}

/** The first sentence of the cause: the title already says what goes wrong, the cause says why. */
export function oneLine(entry: Entry): string {
  const text = (entry.summary.cause || entry.summary.symptom).replace(/\s+/g, ' ').trim();
  const sentence = /^.*?[.!?](?=\s+[A-Z(`"']|$)/.exec(text)?.[0] ?? text;
  return sentence.length > 200 ? `${sentence.slice(0, 199).trimEnd()}…` : sentence;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (character) => `\\${character}`);
}

export function registerHover(session: Session, ready: () => Promise<void>): void {
  session.connection.onHover(
    guardRequest(session.log, 'textDocument/hover', null, async (params: HoverParams): Promise<Hover | null> => {
      const document = session.documents.get(params.textDocument?.uri);
      if (!document || isConfigUri(document.uri) || !params.position) return null;
      await ready();
      const { script } = session.analyzer.analyse(document).result;
      const target = hoverTarget(script, document.offsetAt(params.position));
      if (!target) return null;
      const text = hoverText(target, session.knowledge.current, session.settings.entryLinkTemplate);
      if (!text) return null;
      const contents: MarkupContent = session.client.hoverMarkdown
        ? { kind: MarkupKind.Markdown, value: text.markdown }
        : { kind: MarkupKind.PlainText, value: text.markdown.replace(/\\(.)/g, '$1') };
      return { contents, range: { start: document.positionAt(text.span.start), end: document.positionAt(text.span.end) } };
    }),
  );
}
