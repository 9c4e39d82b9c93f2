// The connection for `--stdio`, built from exkb's own strict reader (`framed-reader.ts`) instead of
// the library's: a message that is not JSON-RPC is answered and reading goes on; a broken header
// ends the process with a message on stderr (exit code 1) instead of leaving the client hanging.
// Also answers requests cancelled before they started, as every transport does (`main.ts`).
import { Console } from 'node:console';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { cancelBeforeDispatch } from './cancellation.js';
import { FramedMessageReader } from './framed-reader.js';
import { LifecycleGate } from './lifecycle-gate.js';

export function createStdioConnection(): Connection {
  let connection: Connection | undefined;
  let shutdownReceived = false;
  const writer = new StreamMessageWriter(process.stdout);
  const gate = new LifecycleGate();
  const reader = new FramedMessageReader(process.stdin, {
    reject: (reason, answer) => {
      const line = `exkb: ignored a message from the client: ${reason}`;
      if (gate.initializeSeen) connection?.console.warn(line);
      else process.stderr.write(`${line}\n`);
      if (answer) writer.write(answer).catch(() => undefined);
    },
    warn: (message) => connection?.console.warn(message),
    admit: (message) => gate.check(message),
    fatal: (reason) => {
      const message = `exkb-language-server: the client broke the message framing (${reason}). Where the next message starts cannot be known, so the server stops with exit code 1; the client may start it again.\n`;
      // Exit once stderr took the message; a client that never reads stderr must not keep the process alive.
      setTimeout(() => process.exit(1), 2_000);
      process.stderr.write(message, () => process.exit(1));
    },
  });
  // The library ends the process when stdin closes only for a stream it wraps itself; this is ours.
  reader.onClose(() => process.exit(shutdownReceived ? 0 : 1));
  connection = createConnection(ProposedFeatures.all, reader, writer, { connectionStrategy: cancelBeforeDispatch });
  // The one shutdown handler of the connection (the library keeps one); nothing else registers it.
  connection.onShutdown(() => {
    shutdownReceived = true;
  });
  // The library sends console output to the client only for the streams it opens itself; stdout is
  // the protocol, so a stray console.log from a dependency must go to stderr instead.
  const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
  for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table'] as const) {
    (console as unknown as Record<string, unknown>)[method] = (toStderr[method] as (...args: unknown[]) => void).bind(toStderr);
  }
  return connection;
}
