// Code actions for findings, in the order vscode-eslint offers them per rule: the fix, disable for
// this line, fix all of the rule, disable for the file, show the knowledge entry; and the
// source.fixAll.exkb action that applies every fix that does not overlap another.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { nonOverlappingEdits } from '../fixes.js';
import { SYNTAX_ERROR_RULE, type Finding } from '../lint.js';
import type { TextEdit } from '../rules/rule.js';
import { toDiagnostic } from './diagnostics.js';
import { readRange } from './documents.js';
import { guardRequest } from './guard.js';
import type { KnowledgeSnapshot } from './knowledge-state.js';
import { FIX_ALL_KIND, SHOW_ENTRY_COMMAND } from './protocol.js';
import type { Session } from './session.js';
import { isConfigUri } from './settings-store.js';

export interface CodeActionInput {
  readonly document: TextDocument;
  /** Every finding of the document (fix-all needs them all). */
  readonly findings: readonly Finding[];
  /** The findings the request is about. */
  readonly selected: readonly Finding[];
  readonly only: readonly string[] | undefined;
  readonly knowledge: KnowledgeSnapshot;
  readonly linkTemplate: string | undefined;
  readonly documentChanges: boolean;
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const { document, findings, selected, knowledge, linkTemplate } = input;
  const workspaceEdit = (edits: LspTextEdit[]): WorkspaceEdit =>
    input.documentChanges ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] } : { changes: { [document.uri]: edits } };
  const diagnostic = (finding: Finding): Diagnostic => toDiagnostic(finding, document, knowledge, linkTemplate);
  const toLsp = (edit: TextEdit): LspTextEdit => ({ range: { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) }, newText: edit.newText });

  const actions: CodeAction[] = [];
  const byRule = new Map<string, Finding[]>();
  for (const finding of selected) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  const shownEntries = new Set<string>();
  for (const [rule, ruleFindings] of byRule) {
    const diagnostics = ruleFindings.map(diagnostic);
    for (const finding of ruleFindings) {
      if (finding.fix) {
        actions.push({ title: finding.fix.title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic(finding)], edit: workspaceEdit(finding.fix.edits.map(toLsp)) });
      }
    }
    // Syntax errors cannot be silenced: PowerShell would still refuse the script.
    if (rule !== SYNTAX_ERROR_RULE) {
      const lines = new Set<number>();
      for (const finding of ruleFindings) {
        if (lines.has(finding.start.line)) continue;
        lines.add(finding.start.line);
        actions.push({ title: `Disable ${rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic(finding)], edit: workspaceEdit(disableLineEdits(document, finding.start.line, rule)) });
      }
    }
    const fixable = findings.filter((finding) => finding.rule === rule && finding.fix);
    if (fixable.length > 1) {
      actions.push({ title: `Fix all ${rule} problems`, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(nonOverlappingEdits(fixable).map(toLsp)) });
    }
    if (rule !== SYNTAX_ERROR_RULE) {
      actions.push({ title: `Disable ${rule} for this file`, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit([disableFileEdit(document, rule)]) });
    }
    for (const id of ruleFindings.flatMap((finding) => finding.entries)) {
      if (shownEntries.has(id)) continue;
      shownEntries.add(id);
      const title = `Show knowledge entry ${id}`;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: SHOW_ENTRY_COMMAND, arguments: [id] } });
    }
  }
  const allFixable = findings.filter((finding) => finding.fix);
  if (allFixable.length > 0 && wants(input.only, FIX_ALL_KIND, false)) {
    actions.push({ title: 'Fix all exkb problems', kind: FIX_ALL_KIND, edit: workspaceEdit(nonOverlappingEdits(allFixable).map(toLsp)) });
  }
  return actions.filter((action) => wants(input.only, action.kind ?? '', true));
}

/** Whether a requested `only` list admits `kind`; without a list, quick fixes are offered and source actions are not. */
function wants(only: readonly string[] | undefined, kind: string, whenUnasked: boolean): boolean {
  if (only === undefined || only.length === 0) return whenUnasked;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/**
 * `# exkb-disable-next-line <rule>` above the line, indented like it. A line continued from the one
 * above with a backtick cannot take a comment in between, so the whole continued command is wrapped
 * in `# exkb-disable` / `# exkb-enable` instead.
 */
export function disableLineEdits(document: TextDocument, line: number, rule: string): LspTextEdit[] {
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const text = (at: number) => document.getText({ start: { line: at, character: 0 }, end: { line: at + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const continues = (at: number) => /`$/.test(text(at).trimEnd());
  const indent = (at: number) => /^[ \t]*/.exec(text(at))?.[0] ?? '';
  let first = line;
  while (first > 0 && continues(first - 1)) first--;
  if (first === line) return [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent(line)}# exkb-disable-next-line ${rule}${eol}` }];
  let last = line;
  while (last + 1 < document.lineCount && continues(last)) last++;
  const after = last + 1 < document.lineCount ? { line: last + 1, character: 0 } : document.positionAt(document.getText().length);
  const enable = last + 1 < document.lineCount ? `${indent(first)}# exkb-enable ${rule}${eol}` : `${eol}${indent(first)}# exkb-enable ${rule}`;
  return [
    { range: { start: { line: first, character: 0 }, end: { line: first, character: 0 } }, newText: `${indent(first)}# exkb-disable ${rule}${eol}` },
    { range: { start: after, end: after }, newText: enable },
  ];
}

/** `# exkb-disable <rule>` on the first line (after a `#!` line, which must stay first). */
export function disableFileEdit(document: TextDocument, rule: string): LspTextEdit {
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = text.startsWith('#!') && document.lineCount > 1 ? 1 : 0;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `# exkb-disable ${rule}${eol}` };
}

export function registerCodeActions(session: Session): void {
  session.connection.onCodeAction(
    guardRequest(session.log, 'textDocument/codeAction', [], (params: CodeActionParams): CodeAction[] => {
      const document = session.documents.get(params.textDocument?.uri);
      const range = readRange(params.range);
      if (!document || isConfigUri(document.uri) || range === undefined) return [];
      const { findings } = session.analyzer.analyse(document).result;
      const start = document.offsetAt(range.start);
      const end = document.offsetAt(range.end);
      const inRange = findings.filter((finding) => finding.span.start <= end && start <= finding.span.end);
      const asked = (Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : []).filter((diagnostic) => diagnostic?.source === 'exkb');
      const matching = inRange.filter((finding) => asked.some((diagnostic) => diagnostic.code === finding.rule && sameRange(diagnostic, finding)));
      return codeActions({
        document,
        findings,
        selected: asked.length > 0 && matching.length > 0 ? matching : inRange,
        only: Array.isArray(params.context?.only) ? params.context.only : undefined,
        knowledge: session.knowledge.current,
        linkTemplate: session.settings.entryLinkTemplate,
        documentChanges: session.client.documentChanges,
      });
    }),
  );
}

function sameRange(diagnostic: Diagnostic, finding: Finding): boolean {
  const { start, end } = diagnostic.range ?? {};
  return start?.line === finding.start.line && start.character === finding.start.character && end?.line === finding.end.line && end.character === finding.end.character;
}
