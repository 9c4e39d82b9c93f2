// The one way a content script or an extension page asks the background something.
import browser from 'webextension-polyfill';
import type { RequestType, Requests, Response } from './messages.js';

export class RpcError extends Error {
  override name = 'RpcError';
}

export async function call<T extends RequestType>(type: T, params: Requests[T]['params']): Promise<Requests[T]['result']> {
  const response = (await browser.runtime.sendMessage({ type, params })) as Response<T> | undefined;
  if (response === undefined || response === null) throw new RpcError(`exkb: the background did not answer "${type}"`);
  if (!response.ok) throw new RpcError(response.error);
  return response.result;
}
