// `exkb-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>`: the process entry.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { cancelBeforeDispatch } from './cancellation.js';
import { describeError } from './log.js';
import { SERVER_VERSION } from './initialize.js';
import { startServer } from './server.js';
import { createStdioConnection } from './stdio-transport.js';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];

const USAGE = `exkb-language-server ${SERVER_VERSION}: the exkb language server for Exchange Management Shell scripts

Usage: exkb-language-server --stdio        talk LSP over standard input and output
       exkb-language-server --node-ipc     talk LSP over Node's IPC channel (when forked)
       exkb-language-server --socket=<port> | --pipe=<name>

Settings come from initializationOptions, the client's "exkb" configuration section and the
nearest exkb.config.json: exchangeVersion, rules, knowledgeFolders, entryLinkTemplate.`;

/** Starts the server on the transport named in `argv`; returns an exit code when it does not start. */
export function runLanguageServer(argv: readonly string[]): number | undefined {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${SERVER_VERSION}\n`);
    return 0;
  }
  if (!argv.some((argument) => TRANSPORTS.some((transport) => argument === transport || (transport.endsWith('=') && argument.startsWith(transport))))) {
    process.stderr.write(`exkb-language-server: say how to talk to the client (--stdio or --node-ipc)\n\n${USAGE}\n`);
    return 2;
  }
  // The protocol owns stdout: nothing may print there, and nothing may take the process down.
  process.on('uncaughtException', (error) => process.stderr.write(`exkb-language-server: uncaught: ${describeError(error)}\n`));
  process.on('unhandledRejection', (error) => process.stderr.write(`exkb-language-server: unhandled rejection: ${describeError(error)}\n`));
  startServer(argv.includes('--stdio') ? createStdioConnection() : createConnection(ProposedFeatures.all, { connectionStrategy: cancelBeforeDispatch }));
  return undefined;
}
