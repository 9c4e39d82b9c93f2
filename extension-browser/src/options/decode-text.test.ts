import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeImportedFile } from './decode-text.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'utf8')] : part)));

describe('decodeImportedFile', () => {
  const accepted = [
    { name: 'ASCII', input: bytes('---\ntitle: a\n'), text: '---\ntitle: a\n' },
    { name: 'accents and dashes', input: bytes('Größe – “quoted”'), text: 'Größe – “quoted”' },
    { name: 'a byte order mark is dropped', input: bytes([0xef, 0xbb, 0xbf], 'x'), text: 'x' },
    { name: 'UTF-16 LE with its byte order mark', input: bytes([0xff, 0xfe, 0x61, 0x00]), text: 'a' },
    { name: 'an emoji (4 bytes)', input: bytes('a 😀'), text: 'a 😀' },
    { name: 'empty', input: bytes(), text: '' },
  ];
  for (const { name, input, text } of accepted) it(`accepts ${name}`, () => assert.deepEqual(decodeImportedFile(input, 'a.md'), { ok: true, text }));

  const refused = [
    { name: 'Latin-1 ü', file: 'mail-flow/a.md', input: bytes('line one\nGr', [0xfc], 'n'), line: 2, column: 3, message: 'byte 0xFC is not UTF-8; save the file as UTF-8', code: 'KB020' },
    { name: 'a Windows-1252 quote in a settings file', file: 'exkb-settings.json', input: bytes([0x93], 'x'), line: 1, column: 1, message: 'byte 0x93 is not UTF-8; save the file as UTF-8', code: 'SETTINGS' },
    { name: 'a truncated sequence at the end', file: 'mail-flow/a.md', input: bytes('ab', [0xe2, 0x80]), line: 1, column: 3, message: 'byte 0xE2 is not UTF-8; save the file as UTF-8', code: 'KB020' },
    { name: 'NUL bytes', file: 'mail-flow/a.md', input: bytes('ab\n', [0, 0]), line: 2, column: 1, message: 'the file holds NUL bytes, so it is not a Markdown text file', code: 'KB020' },
  ];
  for (const { name, file, input, line, column, message, code } of refused) {
    it(`refuses ${name}`, () => {
      assert.deepEqual(decodeImportedFile(input, file), { ok: false, problem: { code, file, line, column, message } });
    });
  }
});
