// Completion of command names where a command starts, and of the parameters of the command at the
// cursor after a `-`. The names come from the command catalogue (the knowledge base today, the
// cmdlet model later); parameters already written on the command are not offered again.
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommandView, ParsedScript } from '../powershell/types.js';
import { guardRequest } from './guard.js';
import { entryHref, type KnowledgeSnapshot } from './knowledge-state.js';
import { escapeMarkdown } from './hover.js';
import type { Session } from './session.js';
import { isConfigUri } from './settings-store.js';

export type CompletionContext =
  | { readonly kind: 'command'; readonly start: number; readonly prefix: string }
  | { readonly kind: 'parameter'; readonly start: number; readonly prefix: string; readonly command: string; readonly written: readonly string[] };

const WORD_CHARACTER = /[\w-]/;
/** Characters after which a new command starts. */
const COMMAND_START = /[|;{(=&\n\r]/;
const CMDLET_NAME = /[A-Za-z]+-[A-Za-z][A-Za-z0-9]*/g;

/** What is being typed at `offset`: a command name, a parameter of a command, or nothing exkb completes. */
export function completionContext(script: ParsedScript, offset: number): CompletionContext | undefined {
  const { text } = script;
  let start = offset;
  while (start > 0 && WORD_CHARACTER.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, offset);
  const before = text.slice(0, start).replace(/[ \t]+$/, '');
  if (word.startsWith('-')) {
    if (start > 0 && !/\s/.test(text.charAt(start - 1))) return undefined;
    const command = commandBefore(script, start);
    if (!command) return undefined;
    return { kind: 'parameter', start, prefix: word.slice(1), command: command.name, written: command.written };
  }
  if (before === '' || COMMAND_START.test(before.charAt(before.length - 1))) return { kind: 'command', start, prefix: word };
  return undefined;
}

/** The command whose arguments `start` is among: from the parse, or from the line's text when the parse has none there (code being typed is often broken). */
function commandBefore(script: ParsedScript, start: number): { name: string; written: string[] } | undefined {
  let best: CommandView | undefined;
  for (const command of script.commands) {
    if (command.nameSpan.end > start) continue;
    const between = script.text.slice(command.span.end, start);
    const reaches = command.span.end >= start || /^(?:[ \t]|`\r?\n)*$/.test(between);
    if (reaches && (!best || command.nameSpan.start > best.nameSpan.start)) best = command;
  }
  if (best) return { name: best.canonical, written: best.parameters.map((parameter) => parameter.name.toLowerCase()) };
  const lineStart = Math.max(script.text.lastIndexOf('\n', start - 1), script.text.lastIndexOf('\r', start - 1)) + 1;
  const statement = script.text.slice(lineStart, start).split(/[|;{(]/).at(-1) ?? '';
  const name = [...statement.matchAll(CMDLET_NAME)][0]?.[0];
  if (!name || !/^\s*[&.]?\s*$/.test(statement.slice(0, statement.indexOf(name)))) return undefined;
  const written = [...statement.matchAll(/(?<=\s)-([A-Za-z][A-Za-z0-9]*)/g)].map((match) => (match[1] ?? '').toLowerCase());
  return { name, written };
}

export function completionItems(context: CompletionContext, document: TextDocument, offset: number, knowledge: KnowledgeSnapshot, linkTemplate: string | undefined, markdown: boolean): CompletionItem[] {
  const range = { start: document.positionAt(context.start), end: document.positionAt(offset) };
  const { catalog } = knowledge;
  const documentation = (ids: readonly string[], lead: string) => {
    const lines = ids.slice(0, 3).flatMap((id) => {
      const entry = knowledge.base.entry(id);
      if (!entry) return [];
      const href = entryHref(knowledge, id, linkTemplate);
      return [markdown && href ? `- [${escapeMarkdown(entry.title)}](${href})` : `- ${markdown ? escapeMarkdown(entry.title) : entry.title}`];
    });
    const value = [lead, ...(lines.length > 0 ? ['', 'Knowledge entries:', ...lines] : [])].join('\n');
    return { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value };
  };
  if (context.kind === 'command') {
    return catalog.commands.map((command, index) => ({
      label: command.name,
      kind: CompletionItemKind.Function,
      detail: command.synopsis ?? `${command.entries.length} knowledge ${command.entries.length === 1 ? 'entry' : 'entries'}`,
      documentation: documentation(command.entries, command.synopsis ?? command.name),
      textEdit: { range, newText: command.name },
      sortText: String(index).padStart(5, '0'),
    }));
  }
  const command = catalog.command(context.command);
  if (!command) return [];
  const written = new Set(context.written.filter((name) => name !== context.prefix.toLowerCase()));
  return command.parameters
    .filter((parameter) => !written.has(parameter.name.toLowerCase()))
    .map((parameter) => ({
      label: `-${parameter.name}`,
      kind: CompletionItemKind.Property,
      detail: `${command.name} parameter`,
      documentation: documentation(parameter.entries, parameter.description ?? `-${parameter.name} of ${command.name}`),
      filterText: `-${parameter.name}`,
      textEdit: { range, newText: `-${parameter.name}` },
    }));
}

export function registerCompletion(session: Session, ready: () => Promise<void>): void {
  session.connection.onCompletion(
    guardRequest(session.log, 'textDocument/completion', null, async (params: CompletionParams): Promise<CompletionList | null> => {
      const document = session.documents.get(params.textDocument?.uri);
      if (!document || isConfigUri(document.uri) || !params.position) return null;
      await ready();
      const offset = document.offsetAt(params.position);
      const { script } = session.analyzer.analyse(document).result;
      const context = completionContext(script, offset);
      if (!context) return null;
      const items = completionItems(context, document, offset, session.knowledge.current, session.settings.entryLinkTemplate, session.client.completionMarkdown);
      return { isIncomplete: false, items };
    }),
  );
}
