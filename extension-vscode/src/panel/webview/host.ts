// The webview's line to the extension host, typed by the shared message protocol.
import type { HostMessage, WebviewMessage } from '../messages.js';

export interface PanelState {
  query: string;
  tab: 'search' | 'scan';
  entryId?: string;
  /** The product filter the user chose (`''` for every product); unset, the page's default holds. */
  product?: string;
}

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PanelState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export function send(message: WebviewMessage): void {
  api.postMessage(message);
}

export function onHostMessage(handler: (message: HostMessage) => void): void {
  window.addEventListener('message', (event: MessageEvent<HostMessage>) => handler(event.data));
}

export function loadState(): PanelState {
  const state = api.getState();
  if (typeof state !== 'object' || state === null) return { query: '', tab: 'search' };
  const { query, tab, entryId, product } = state as Partial<PanelState>;
  return {
    query: typeof query === 'string' ? query : '',
    tab: tab === 'scan' ? 'scan' : 'search',
    ...(typeof entryId === 'string' ? { entryId } : {}),
    ...(typeof product === 'string' ? { product } : {}),
  };
}

export function saveState(state: PanelState): void {
  api.setState(state);
}
