import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeEntryText, firstInvalidUtf8 } from './decode-entry-text.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.set(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff], 2 + i * 2);
  }
  return out;
}

describe('decodeEntryText', () => {
  const TEXT = '---\ntitle: Café “quoted” — 5.7.1 😀\n---\n';
  const DECODED: ReadonlyArray<[string, Uint8Array, string]> = [
    ['UTF-8', utf8(TEXT), 'utf-8'],
    ['UTF-8 with a BOM, which is dropped', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'utf-8'],
    ['UTF-16 LE with a BOM', utf16(TEXT, 'le'), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16(TEXT, 'be'), 'utf-16be'],
  ];
  for (const [name, input, encoding] of DECODED) {
    it(`reads ${name}`, () => {
      assert.deepEqual(decodeEntryText(input), { ok: true, text: TEXT, encoding });
    });
  }

  const REFUSED: ReadonlyArray<[string, Uint8Array, number, number, RegExp]> = [
    ['Windows-1252 é on line 2', Uint8Array.from([...utf8('---\ntitle: Caf'), 0xe9, ...utf8('\n')]), 2, 11, /byte 0xE9 is not UTF-8/],
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 1, 1, /byte 0x89/],
    ['a truncated three-byte sequence at the end', bytes(0x61, 0xe2, 0x80), 1, 2, /byte 0xE2/],
    ['an overlong encoding of "/"', bytes(0xc0, 0xaf), 1, 1, /byte 0xC0/],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 1, 1, /byte 0xED/],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 1, 1, /byte 0xF4/],
    ['NUL bytes in otherwise valid text', utf8('---\n\u0000\u0000'), 2, 1, /NUL bytes/],
  ];
  for (const [name, input, line, column, message] of REFUSED) {
    it(`refuses ${name} at line ${line}, column ${column}`, () => {
      const decoded = decodeEntryText(input);
      assert.equal(decoded.ok, false);
      if (decoded.ok) return;
      assert.deepEqual([decoded.line, decoded.column], [line, column]);
      assert.match(decoded.message, message);
    });
  }

  it('agrees with the platform decoder on which byte sequences are UTF-8', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let lead = 0; lead < 256; lead++) {
      for (const tail of [[], [0x80], [0xbf, 0x80], [0x90, 0x80, 0x80], [0x41]]) {
        const input = bytes(lead, ...tail);
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        assert.equal(firstInvalidUtf8(input) === -1, valid, `bytes ${[...input].map((b) => b.toString(16)).join(' ')}`);
      }
    }
  });
});

describe('firstInvalidUtf8', () => {
  const INVALID: ReadonlyArray<[string, number[], number]> = [
    ['ASCII', [0x41, 0x42], -1],
    ['é in UTF-8', [0x41, 0xc3, 0xa9], -1],
    ['a 4-byte emoji', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['é in Windows-1252', [0x41, 0xe9, 0x41], 1],
    ['a lone continuation byte', [0x80], 0],
    ['an overlong /', [0xc0, 0xaf], 0],
    ['a UTF-16 surrogate in UTF-8', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['cut short at the end', [0x41, 0xe2, 0x82], 1],
  ];
  for (const [name, input, expected] of INVALID) {
    it(`${name} → ${expected}`, () => {
      assert.equal(firstInvalidUtf8(new Uint8Array(input)), expected);
      assert.equal(expected === -1, (() => { try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(input)); return true; } catch { return false; } })());
    });
  }
});
