// The extension's entry: start the language client, register the knowledge panel, the commands
// and the status bar.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { registerCommands } from './commands.js';
import { registerKnowledgePanel } from './panel/index.js';
import { registerStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  context.subscriptions.push(registerKnowledgePanel(context, client), ...registerCommands(client), ...registerStatusBar());
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
