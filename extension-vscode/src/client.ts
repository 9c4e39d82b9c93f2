// The language client: starts the bundled server (dist/server.js) over Node IPC for PowerShell
// documents and keeps it in step with the `exkb` settings.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION } from 'exkb-language-server/protocol';
import { CLIENT_ID, DOCUMENT_SELECTOR } from './manifest.js';

/** Where `npm run bundle` writes the server, relative to the extension's folder. */
export const SERVER_MODULE = 'dist/server.js';

export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(SERVER_MODULE);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR.map((filter) => ({ ...filter })),
    // The server pulls the section with workspace/configuration; this tells it when to pull again.
    synchronize: { configurationSection: CONFIGURATION_SECTION },
    outputChannelName: 'exkb',
    diagnosticCollectionName: 'exkb',
  };
  return new LanguageClient(CLIENT_ID, 'exkb', serverOptions, clientOptions);
}
