// The LSP lifecycle at the message level: before `initialize` a request is answered with
// ServerNotInitialized (-32002) and a notification other than `exit` is dropped; after `shutdown`
// a request is answered with InvalidRequest. The handlers then never run against a session that
// has no client capabilities yet, or one that is shutting down.
import { ErrorCodes, Message, type ResponseMessage } from 'vscode-languageserver/node';
import { errorAnswer } from './message-check.js';

export type GateVerdict = { readonly admit: true } | { readonly admit: false; readonly reason: string; readonly answer?: ResponseMessage };

const ADMIT: GateVerdict = { admit: true };

export class LifecycleGate {
  private state: 'waiting' | 'running' | 'shut down' = 'waiting';

  /** False until `initialize` arrived: until it is answered the protocol allows no log messages to the client. */
  get initializeSeen(): boolean {
    return this.state !== 'waiting';
  }

  check(message: Message): GateVerdict {
    if (!Message.isRequest(message) && !Message.isNotification(message)) return ADMIT;
    const { method } = message;
    if (method === 'exit') return ADMIT;
    if (this.state === 'waiting') {
      if (method === 'initialize' && Message.isRequest(message)) {
        this.state = 'running';
        return ADMIT;
      }
      const reason = `${method} before initialize`;
      return Message.isRequest(message) ? { admit: false, reason, answer: errorAnswer(message.id, ErrorCodes.ServerNotInitialized, `Server not initialized: send initialize before ${method}`) } : { admit: false, reason };
    }
    if (this.state === 'shut down') {
      const reason = `${method} after shutdown`;
      return Message.isRequest(message) ? { admit: false, reason, answer: errorAnswer(message.id, ErrorCodes.InvalidRequest, `Invalid Request: the server is shutting down; only exit is accepted after shutdown`) } : { admit: false, reason };
    }
    if (method === 'shutdown' && Message.isRequest(message)) this.state = 'shut down';
    return ADMIT;
  }
}
