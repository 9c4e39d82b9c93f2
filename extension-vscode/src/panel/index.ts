// The knowledge panel's public face for the rest of the extension: register it once, then show an
// entry or a search from any command.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { KNOWLEDGE_VIEW_ID } from '../manifest.js';
import { KnowledgePanelProvider } from './provider.js';

let provider: KnowledgePanelProvider | undefined;

export function registerKnowledgePanel(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable {
  const panel = new KnowledgePanelProvider(context.extensionUri, client, KNOWLEDGE_VIEW_ID);
  provider = panel;
  const registration = vscode.window.registerWebviewViewProvider(KNOWLEDGE_VIEW_ID, panel, { webviewOptions: { retainContextWhenHidden: true } });
  return new vscode.Disposable(() => {
    registration.dispose();
    panel.dispose();
    if (provider === panel) provider = undefined;
  });
}

/** Opens the panel on entry `id` (an unknown id shows a "no such entry" note there). */
export function showEntry(id: string): Promise<void> {
  return registered().showEntry(id);
}

/** Opens the panel with `query` typed into its search box. */
export function search(query: string): Promise<void> {
  return registered().search(query);
}

function registered(): KnowledgePanelProvider {
  if (!provider) throw new Error('exkb: the knowledge panel is not registered yet; call registerKnowledgePanel in activate()');
  return provider;
}
