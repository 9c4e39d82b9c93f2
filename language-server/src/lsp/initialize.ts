// The handshake: what the client can do, what the server offers, where the workspace is.
import { createRequire } from 'node:module';
import {
  CodeActionKind,
  MarkupKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { Configuration } from './configuration.js';
import { guardNotification, guardRequest } from './guard.js';
import { COMPLETION_TRIGGER_CHARACTERS } from './completion.js';
import { FIX_ALL_KIND } from './protocol.js';
import type { ClientSupport, Session } from './session.js';
import { SIGNATURE_TRIGGER_CHARACTERS } from './signature-help.js';
import { filePathOf } from './uri.js';

export const SERVER_NAME = 'exkb';
export const SERVER_VERSION = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;

export function serverCapabilities(): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: true },
    signatureHelpProvider: { triggerCharacters: SIGNATURE_TRIGGER_CHARACTERS },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

export function clientSupport(capabilities: ClientCapabilities | undefined): ClientSupport {
  const markdown = (formats: readonly string[] | undefined) => formats === undefined || formats.includes(MarkupKind.Markdown);
  return {
    configurationPull: capabilities?.workspace?.configuration === true,
    configurationChangeRegistration: capabilities?.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    documentChanges: capabilities?.workspace?.workspaceEdit?.documentChanges === true,
    hoverMarkdown: markdown(capabilities?.textDocument?.hover?.contentFormat),
    completionMarkdown: markdown(capabilities?.textDocument?.completion?.completionItem?.documentationFormat),
    signatureMarkdown: markdown(capabilities?.textDocument?.signatureHelp?.signatureInformation?.documentationFormat),
    signatureNoActiveParameter: capabilities?.textDocument?.signatureHelp?.signatureInformation?.noActiveParameterSupport === true,
  };
}

export function registerInitialize(session: Session, configuration: Configuration): void {
  const { connection, log } = session;
  const fallback: InitializeResult = { capabilities: serverCapabilities(), serverInfo: { name: SERVER_NAME, version: SERVER_VERSION } };
  connection.onInitialize(
    guardRequest(log, 'initialize', fallback, (params: InitializeParams): InitializeResult => {
      session.client = clientSupport(params.capabilities);
      session.workspaceFolders = workspaceFolders(params);
      configuration.useInitializationOptions(params.initializationOptions);
      log.info(`exkb ${SERVER_VERSION}: ${session.knowledge.current.base.entries.length} knowledge entries; workspace ${session.workspaceFolders.join(', ') || '(none)'}`);
      return fallback;
    }),
  );
  connection.onInitialized(
    guardNotification(log, 'initialized', () => {
      configuration.start();
      try {
        session.connection.workspace.onDidChangeWorkspaceFolders(
          guardNotification(log, 'workspace/didChangeWorkspaceFolders', (event) => {
            const removed = new Set(event.removed.map((folder) => filePathOf(folder.uri)));
            const added = event.added.flatMap((folder) => filePathOf(folder.uri) ?? []);
            session.workspaceFolders = [...session.workspaceFolders.filter((folder) => !removed.has(folder)), ...added];
            session.refresh();
          }),
        );
      } catch {
        // The client does not support workspace folders: it never sends the notification.
      }
    }),
  );
}

function workspaceFolders(params: InitializeParams): string[] {
  if (Array.isArray(params.workspaceFolders)) return params.workspaceFolders.flatMap((folder) => filePathOf(folder.uri) ?? []);
  const root = typeof params.rootUri === 'string' ? filePathOf(params.rootUri) : undefined;
  return root ? [root] : [];
}
