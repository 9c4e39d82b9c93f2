// `exkb/serverStatus`: what the process holds (documents, cached analyses) and its memory, measured
// honestly: after a full garbage collection when the process was started with `--expose-gc`.
import { guardRequest } from './guard.js';
import { SERVER_VERSION } from './initialize.js';
import { ServerStatusRequest, type ServerStatus } from './protocol.js';
import type { Session } from './session.js';

export function registerServerStatus(session: Session): void {
  const fallback: ServerStatus = { openDocuments: -1, cachedAnalyses: -1, heapUsedBytes: -1, rssBytes: -1, collected: false, uptimeMs: -1, version: SERVER_VERSION };
  // Registered by name, not by its RequestType0, so a client that sends `{}` or `null` as params
  // is answered too (a typed zero-parameter handler would take the params for the token).
  session.connection.onRequest(
    ServerStatusRequest.method,
    guardRequest(session.log, ServerStatusRequest.method, fallback, (_params: unknown): ServerStatus => serverStatus(session)),
  );
}

export function serverStatus(session: Session): ServerStatus {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice: the first collection may only queue finalizers that free more on the second.
  gc?.();
  gc?.();
  const memory = process.memoryUsage();
  return {
    openDocuments: session.documents.all().length,
    cachedAnalyses: session.cachedAnalyses,
    heapUsedBytes: memory.heapUsed,
    rssBytes: memory.rss,
    collected: gc !== undefined,
    uptimeMs: Math.round(process.uptime() * 1000),
    version: SERVER_VERSION,
  };
}
