// The language server, wired in lifecycle order: initialize → documents → diagnostics → hover →
// completion → signature help → code actions → custom requests → listen. Transport-agnostic: `main.ts` picks it.
import type { Connection } from 'vscode-languageserver';
import { registerCodeActions } from './code-actions.js';
import { registerCompletion } from './completion.js';
import { Configuration } from './configuration.js';
import { registerDiagnostics } from './diagnostics.js';
import { registerHover } from './hover.js';
import { registerInitialize } from './initialize.js';
import { registerRequests } from './requests.js';
import { registerServerStatus } from './server-status.js';
import { Session, type ServerOptions } from './session.js';
import { registerSignatureHelp } from './signature-help.js';

export type { ServerOptions } from './session.js';

export function startServer(connection: Connection, options: ServerOptions = {}): Session {
  const session = new Session(connection, options);
  const configuration = new Configuration(session);
  const ready = () => configuration.ready();

  registerInitialize(session, configuration);
  session.documents.listen(connection, session.log);
  configuration.listen();
  registerDiagnostics(session, () => configuration.settingsReady());
  registerHover(session, ready);
  registerCompletion(session, ready);
  registerSignatureHelp(session, ready);
  registerCodeActions(session);
  registerRequests(session, ready);
  registerServerStatus(session);
  connection.listen();
  return session;
}
