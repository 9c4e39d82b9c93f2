import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeScript, encodeScript, type TextEncoding } from './script-file.js';

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
