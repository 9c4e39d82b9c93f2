// The palette commands and the `exkb.showEntry` command the server's code actions carry: each one
// ends in the knowledge panel, which reveals itself first (`exkb.knowledge.focus` resolves it).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from './manifest.js';
import { entryOfDiagnostics } from './diagnostic-entry.js';
import { lookUpQuery } from './look-up.js';
import { search, showEntry } from './panel/index.js';

export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    // A string argument fills the search box (for keybindings and other extensions).
    vscode.commands.registerCommand(COMMANDS.search.id, (query: unknown) => search(typeof query === 'string' ? query : '')),
    vscode.commands.registerCommand(COMMANDS.lookUpSelection.id, lookUpSelection),
    vscode.commands.registerCommand(COMMANDS.showEntryForDiagnostic.id, () => showEntryForDiagnostic(client)),
    vscode.commands.registerCommand(COMMANDS.showEntry.id, (id: unknown) => (typeof id === 'string' && id.trim() !== '' ? showEntry(id.trim()) : search(''))),
  ];
}

function lookUpSelection(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return search('');
  const { document, selection } = editor;
  return search(lookUpQuery({ selection: document.getText(selection), line: document.lineAt(selection.active.line).text, character: selection.active.character }));
}

async function showEntryForDiagnostic(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('exkb: open a PowerShell script and put the cursor on a problem exkb reports.');
    return;
  }
  const cursor = editor.selection.active;
  const here = vscode.languages.getDiagnostics(editor.document.uri).filter((diagnostic) => diagnostic.source === 'exkb' && diagnostic.range.contains(cursor));
  // The client keeps each diagnostic's `data` (the cited entries) on its own Diagnostic subclass; converting back reads it.
  const entry = entryOfDiagnostics(client.code2ProtocolConverter.asDiagnosticsSync(here));
  if (!entry) {
    void vscode.window.showInformationMessage('exkb: no exkb problem at the cursor.');
    return;
  }
  await showEntry(entry.id);
}
