// The language client: starts the bundled server (dist/server.js) over Node IPC for PowerShell
// documents and keeps it in step with the `exkb` settings. Knowledge links point at the panel.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION, type ClientSettings } from 'exkb-language-server/protocol';
import { entryLinksToCommands, entryLinkTemplate } from './entry-link.js';
import { CLIENT_ID, COMMANDS, DOCUMENT_SELECTOR, EXTENSION_ID } from './manifest.js';

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
    // Rule links in the Problems view go through VS Code's URI handler to the knowledge panel
    // (extension.ts). The `exkb.entryLinkTemplate` setting, when set, comes later and wins.
    initializationOptions: { entryLinkTemplate: entryLinkTemplate(vscode.env.uriScheme, EXTENSION_ID) } satisfies ClientSettings,
    // Hovers and completion documentation cannot open that scheme, so the middleware turns those
    // links into this one command, the only one their Markdown may run.
    markdown: { isTrusted: { enabledCommands: [COMMANDS.showEntry.id] } },
    middleware: entryLinkMiddleware(),
    outputChannelName: 'exkb',
    diagnosticCollectionName: 'exkb',
  };
  return new LanguageClient(CLIENT_ID, 'exkb', serverOptions, clientOptions);
}

function entryLinkMiddleware(): Middleware {
  const rewrite = <T>(value: T): T => {
    if (value instanceof vscode.MarkdownString) value.value = entryLinksToCommands(value.value, EXTENSION_ID, COMMANDS.showEntry.id);
    return value;
  };
  const rewriteItem = (item: vscode.CompletionItem): vscode.CompletionItem => {
    rewrite(item.documentation);
    return item;
  };
  return {
    provideHover: async (document, position, token, next) => {
      const hover = await next(document, position, token);
      hover?.contents.forEach(rewrite);
      return hover;
    },
    provideCompletionItem: async (document, position, context, token, next) => {
      const result = await next(document, position, context, token);
      (Array.isArray(result) ? result : (result?.items ?? [])).forEach(rewriteItem);
      return result;
    },
    resolveCompletionItem: async (item, token, next) => {
      const resolved = await next(item, token);
      return resolved ? rewriteItem(resolved) : resolved;
    },
  };
}
