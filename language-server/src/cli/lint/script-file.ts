// Reading a script as PowerShell would, and writing it back (after --fix) in the same encoding,
// so a fix never changes a byte it did not mean to change.
import type { Stats } from 'node:fs';
import { access, constants, realpath, stat } from 'node:fs/promises';
import { firstInvalidUtf8 } from '@exkb/knowledge';
import { writeFileAtomic } from '../atomic-write.js';
import { decodeText } from '../io.js';
import { readRegularFile } from '../read-file.js';

/**
 * Windows PowerShell reads a file without BOM that is not UTF-8 in the ANSI code page, Windows-1252
 * in the West. UTF-16 without a BOM is recognised by its zero bytes (as Notepad does) and kept so.
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-16le-no-bom' | 'utf-16be-no-bom' | 'windows-1252';

export interface ScriptText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** For Windows-1252: where the first byte that is not UTF-8 is (0-based line and byte column). */
  readonly notUtf8?: { readonly line: number; readonly column: number; readonly byte: number };
}

/** Bytes looked at to recognise UTF-16 without a BOM. */
const SAMPLE_BYTES = 8192;

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return utf16;
  return firstInvalidUtf8(bytes) < 0 ? 'utf-8' : 'windows-1252';
}

/**
 * Text in UTF-16 is mostly ASCII, one zero byte in every pair, always on the same side; binary data
 * has zeros on both sides (or none), and UTF-8 text has none at all.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le-no-bom' | 'utf-16be-no-bom' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const sample = Math.min(bytes.length, SAMPLE_BYTES);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample; index++) if (bytes[index] === 0) index % 2 === 0 ? evenZeros++ : oddZeros++;
  const pairs = sample / 2;
  if (oddZeros >= pairs / 2 && evenZeros === 0) return 'utf-16le-no-bom';
  if (evenZeros >= pairs / 2 && oddZeros === 0) return 'utf-16be-no-bom';
  return undefined;
}

export function decodeScript(bytes: Uint8Array): ScriptText {
  const encoding = detectEncoding(bytes);
  switch (encoding) {
    case 'windows-1252': {
      const offset = Math.max(0, firstInvalidUtf8(bytes));
      return { text: decodeWindows1252(bytes), encoding, notUtf8: { ...lineAndColumn(bytes, offset), byte: bytes[offset] ?? 0 } };
    }
    case 'utf-16le-no-bom':
      return { text: new TextDecoder('utf-16le').decode(bytes), encoding };
    case 'utf-16be-no-bom':
      return { text: new TextDecoder('utf-16be').decode(bytes), encoding };
    default:
      return { text: decodeText(bytes), encoding };
  }
}

/** 0-based; a line ends at CR LF, LF or CR, as PowerShell counts. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const byte = bytes[index];
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart };
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
    case 'utf-16le-no-bom':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be-no-bom':
      return Buffer.from(text, 'utf16le').swap16();
    case 'windows-1252':
      return encodeWindows1252(text);
  }
}

/** Why a decoded script is not text at all (ripgrep's rule: a NUL character), or undefined. */
export function binaryReason(text: string): string | undefined {
  const nul = text.indexOf('\0');
  return nul === -1 ? undefined : `it looks binary (a NUL character at offset ${nul}), not a PowerShell script`;
}

export interface ReadScript extends ScriptText {
  readonly stats: Stats;
}

export async function readScript(file: string): Promise<ReadScript> {
  const { bytes, stats } = await readRegularFile(file);
  return { ...decodeScript(bytes), stats };
}

/**
 * Throws when the file cannot be written, changed since `read`, or the text does not fit its
 * encoding. Writes atomically to the file a symlink points at (the link stays a link), keeping its
 * permission bits and owner; a read-only file stays unfixed rather than silently replaced.
 */
export async function writeScript(file: string, script: ScriptText, read: Stats): Promise<void> {
  const bytes = encodeScript(script.text, script.encoding);
  if (!bytes) throw new Error(`the fixed text has characters that ${script.encoding} cannot store`);
  const target = await realpath(file);
  const now = await stat(target);
  if (now.ino !== read.ino || now.size !== read.size || now.mtimeMs !== read.mtimeMs) {
    throw new Error('it changed while exkb was linting it, so the fixes were not written; run exkb again');
  }
  await access(target, constants.W_OK);
  await writeFileAtomic(target, bytes, { mode: now.mode & 0o7777, owner: { uid: now.uid, gid: now.gid } });
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
