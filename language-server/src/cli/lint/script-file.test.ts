import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binaryReason, decodeScript, encodeScript, type TextEncoding } from './script-file.js';

const TEXT = 'Set-Mailbox "Zoë" -Name ‘x’ # €\r\n';

describe('decodeScript / encodeScript', () => {
  const TABLE: ReadonlyArray<[TextEncoding, Uint8Array]> = [
    ['utf-8', Buffer.from(TEXT, 'utf8')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
    // ë = EB, ‘ = 91, ’ = 92, € = 80 in Windows-1252: not valid UTF-8.
    ['windows-1252', Buffer.from([...Buffer.from('Set-Mailbox "Zo'), 0xeb, ...Buffer.from('" -Name '), 0x91, 0x78, 0x92, ...Buffer.from(' # '), 0x80, 0x0d, 0x0a])],
  ];
  for (const [encoding, bytes] of TABLE) {
    it(`${encoding}: decodes, and writes back the same bytes`, () => {
      const script = decodeScript(bytes);
      assert.equal(script.encoding, encoding);
      assert.equal(script.text, TEXT);
      assert.deepEqual(Buffer.from(encodeScript(script.text, script.encoding) ?? []), Buffer.from(bytes));
    });
  }

  it('an empty file is UTF-8', () => assert.deepEqual(decodeScript(new Uint8Array()), { text: '', encoding: 'utf-8' }));
  it('Windows-1252 cannot store every character', () => assert.equal(encodeScript('snowman ☃', 'windows-1252'), undefined));
});

describe('UTF-16 without a BOM, binary text and invalid UTF-8', () => {
  const PLAIN = 'Get-Mailbox\r\n';
  const TABLE: ReadonlyArray<[string, Uint8Array, TextEncoding]> = [
    ['UTF-16 LE without BOM', Buffer.from(PLAIN, 'utf16le'), 'utf-16le-no-bom'],
    ['UTF-16 BE without BOM', Buffer.from(PLAIN, 'utf16le').swap16(), 'utf-16be-no-bom'],
    ['zero-filled: zeros on both sides is not UTF-16', new Uint8Array(64), 'utf-8'],
    ['odd length is not UTF-16', Buffer.from('a\0b\0c', 'latin1'), 'utf-8'],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'windows-1252'],
  ];
  for (const [name, bytes, encoding] of TABLE) {
    it(`${name} is ${encoding}, and is written back byte for byte`, () => {
      const script = decodeScript(bytes);
      assert.equal(script.encoding, encoding);
      assert.deepEqual(Buffer.from(encodeScript(script.text, script.encoding) ?? []), Buffer.from(bytes));
    });
  }

  it('says where the first byte that is not UTF-8 is, counting CR, LF and CR LF lines', () => {
    const bytes = Buffer.from([...Buffer.from('a\r\nb\rc\nxy'), 0xe9]);
    assert.deepEqual(decodeScript(bytes).notUtf8, { line: 3, column: 2, byte: 0xe9 });
  });

  it('binaryReason: a NUL character makes a file binary, control characters alone do not', () => {
    assert.match(binaryReason('Get-Mailbox\0x') ?? '', /NUL character at offset 11/);
    assert.equal(binaryReason('Write-Host "\u001b[31mred"\f\v'), undefined);
  });
});
