// The extension's entry: start the language client, register the knowledge panel, the commands,
// the handler of entry links and the status bar.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { registerCommands } from './commands.js';
import { entryIdOfUri } from './entry-link.js';
import { EXTENSION_ID } from './manifest.js';
import { registerKnowledgePanel, showEntry } from './panel/index.js';
import { registerStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = createClient(context);
  client = started;
  context.subscriptions.push(
    registerKnowledgePanel(context, started),
    ...registerCommands(started),
    ...registerStatusBar(),
    vscode.window.registerUriHandler({ handleUri: (uri) => openEntryLink(started, uri) }),
  );
  await started.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** `<scheme>://exkb.exkb-vscode/entry?id=<id>`: a rule link in the Problems view or a hover. */
async function openEntryLink(languageClient: LanguageClient, uri: vscode.Uri): Promise<void> {
  const link = entryIdOfUri(uri, EXTENSION_ID);
  if (!link.ok) {
    languageClient.warn(`exkb: ignored the link ${uri.toString(true)}: ${link.problem}`);
    void vscode.window.showWarningMessage(`exkb: ${link.problem}`);
    return;
  }
  await showEntry(link.id);
}
