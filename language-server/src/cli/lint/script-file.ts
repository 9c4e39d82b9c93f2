// Reading a script as PowerShell would, and writing it back (after --fix) in the same encoding,
// so a fix never changes a byte it did not mean to change.
import { readFile, writeFile } from 'node:fs/promises';
import { decodeText } from '../io.js';

/** Windows PowerShell reads a file without BOM that is not UTF-8 in the ANSI code page, Windows-1252 in the West. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ScriptText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

export function decodeScript(bytes: Uint8Array): ScriptText {
  const encoding = detectEncoding(bytes);
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : decodeText(bytes);
  return { text, encoding };
}

/** Undefined when the text holds a character the encoding cannot store. */
export function encodeScript(text: string, encoding: TextEncoding): Uint8Array | undefined {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'utf-16be':
      return Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
    case 'windows-1252':
      return encodeWindows1252(text);
  }
}

export async function readScript(file: string): Promise<ScriptText> {
  return decodeScript(await readFile(file));
}

/** Throws when the file cannot be written or the text does not fit its encoding. */
export async function writeScript(file: string, script: ScriptText): Promise<void> {
  const bytes = encodeScript(script.text, script.encoding);
  if (!bytes) throw new Error(`the fixed text has characters that ${script.encoding} cannot store`);
  await writeFile(file, bytes);
}

/**
 * Windows-1252 bytes 0x80–0x9F (the rest of 0x00–0xFF is Latin-1). The five bytes the code page leaves
 * undefined map to the C1 control of the same number, as WHATWG's decoder does. A table rather than
 * TextDecoder('windows-1252'), which some Node builds decode as Latin-1.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const WINDOWS_1252_BYTE = new Map(WINDOWS_1252_HIGH.map((code, index) => [code, 0x80 + index]));

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte);
  return text;
}

function encodeWindows1252(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : WINDOWS_1252_BYTE.get(code);
    if (byte === undefined) return undefined;
    bytes[index] = byte;
  }
  return bytes;
}
