// The palette commands and the `exkb.showEntry` command the server's code actions carry.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from './manifest.js';
import { pickEntry, showEntry } from './entry-view.js';

export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.search.id, () => pickEntry(client)),
    vscode.commands.registerCommand(COMMANDS.lookUpSelection.id, () => lookUpSelection(client)),
    vscode.commands.registerCommand(COMMANDS.showEntryForDiagnostic.id, () => showEntryForDiagnostic(client)),
    vscode.commands.registerCommand(COMMANDS.showEntry.id, async (id: unknown) => {
      if (typeof id === 'string' && id !== '') await showEntry(client, id);
      else await pickEntry(client);
    }),
  ];
}

/** The selected text, or the word at the cursor (an error code like 5.7.1 counts as one word). */
function lookUpSelection(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return pickEntry(client);
  const { document, selection } = editor;
  const range = selection.isEmpty ? document.getWordRangeAtPosition(selection.active, /[\w.#-]+/) : selection;
  return pickEntry(client, range ? document.getText(range).trim() : '');
}

/** The entries cited by the exkb diagnostics at the cursor: one opens directly, several are offered. */
async function showEntryForDiagnostic(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('exkb: open a PowerShell script and put the cursor on a problem exkb reports.');
    return;
  }
  const here = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((diagnostic) => diagnostic.source === 'exkb' && diagnostic.range.contains(editor.selection.active));
  const cited = client.code2ProtocolConverter
    .asDiagnosticsSync(here)
    .flatMap((diagnostic) => {
      const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
      return citedEntries(diagnostic.data).map((id) => ({ id, rule: String(diagnostic.code ?? ''), message }));
    });
  const unique = [...new Map(cited.map((item) => [item.id, item])).values()];
  if (unique.length === 0) {
    void vscode.window.showInformationMessage('exkb: no exkb problem at the cursor.');
    return;
  }
  const [only] = unique;
  const chosen = unique.length === 1 ? only : await vscode.window.showQuickPick(unique.map((item) => ({ label: item.id, description: item.rule, detail: item.message, id: item.id })), { placeHolder: 'The entries the problems at the cursor cite' });
  if (chosen) await showEntry(client, chosen.id);
}

function citedEntries(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const entries = (data as { entries?: unknown }).entries;
  return Array.isArray(entries) ? entries.filter((id): id is string => typeof id === 'string') : [];
}
