// The server's log: the client's output channel (window/logMessage). Never stdout: that is the protocol.

export interface Log {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

/** The stack when there is one (it names the file and line that threw), else the message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return `thrown value: ${JSON.stringify(error)}`;
  } catch {
    return `thrown value: ${String(error)}`;
  }
}
