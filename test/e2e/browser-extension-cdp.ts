// DevTools protocol calls on the extension's service worker. Playwright opens CDP sessions on
// pages only, so a page's session attaches to the worker's target and relays messages to it
// (Target.sendMessageToTarget, the non-flattened form).
import type { CDPSession } from 'playwright-core';
import type { LoadedExtension } from './browser-extension-harness.js';

export interface WorkerSession {
  send<T>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Listens to a protocol event of the worker (`Network.requestWillBeSent` …). */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  close(): Promise<void>;
}

export async function attachToServiceWorker(extension: LoadedExtension): Promise<WorkerSession> {
  const page = await extension.context.newPage();
  const cdp: CDPSession = await extension.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extension.id}/`));
  if (!target) throw new Error(`no service worker target for extension ${extension.id}: ${targetInfos.map((info) => `${info.type} ${info.url}`).join(', ')}`);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 1;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; method?: string; params?: Record<string, unknown>; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
    else if (message.method !== undefined) for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {});
  });
  return {
    send: <T>(method: string, params: Record<string, unknown> = {}) => {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, (message) => {
          pending.delete(id);
          if (message.error) reject(new Error(`${method}: ${message.error.message}`));
          else resolve(message.result as T);
        });
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
    on: (method, listener) => listeners.set(method, [...(listeners.get(method) ?? []), listener]),
    close: async () => {
      await cdp.detach();
      await page.close();
    },
  };
}

/** The worker's JavaScript heap in use after a full garbage collection, in bytes. */
export async function workerHeapUsed(session: WorkerSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  return (await session.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
}
