/*
 * Base64 for typed arrays, without Node: the bundle is read by the CLI, the language server and
 * the browser extension alike. Uses a native decoder where the platform has one.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

interface NativeBase64 {
  from(text: string, encoding: 'base64'): Uint8Array;
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    chunk.push(
      ALPHABET[a >> 2] ?? '',
      ALPHABET[((a & 3) << 4) | (b >> 4)] ?? '',
      i + 1 < bytes.length ? (ALPHABET[((b & 15) << 2) | (c >> 6)] ?? '') : '=',
      i + 2 < bytes.length ? (ALPHABET[c & 63] ?? '') : '=',
    );
    if (chunk.length >= 8192) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

export function decodeBase64(text: string): Uint8Array {
  const native = (globalThis as { Buffer?: NativeBase64 }).Buffer;
  if (native !== undefined) {
    const view = native.from(text, 'base64');
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let j = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = LOOKUP[text.charCodeAt(i)] ?? 0;
    const b = LOOKUP[text.charCodeAt(i + 1)] ?? 0;
    const c = LOOKUP[text.charCodeAt(i + 2)] ?? 0;
    const d = LOOKUP[text.charCodeAt(i + 3)] ?? 0;
    bytes[j++] = (a << 2) | (b >> 4);
    if (j < bytes.length) bytes[j++] = ((b & 15) << 4) | (c >> 2);
    if (j < bytes.length) bytes[j++] = ((c & 3) << 6) | d;
  }
  return bytes;
}

/** Copies into a fresh, aligned buffer: a Node Buffer may start at an odd offset of a shared pool. */
export function toUint32(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(bytes.slice().buffer);
}

export function toUint16(bytes: Uint8Array): Uint16Array {
  return new Uint16Array(bytes.slice().buffer);
}

export function bytesOf(array: Uint32Array | Uint16Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
