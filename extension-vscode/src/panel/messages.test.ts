import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LIMITS, parseWebviewMessage, type WebviewMessage } from './messages.js';

describe('parseWebviewMessage', () => {
  const VALID: ReadonlyArray<[string, WebviewMessage]> = [
    ['ready', { type: 'ready' }],
    ['search', { type: 'search', seq: 3, query: '5.2.0', product: '' }],
    ['search with an empty query', { type: 'search', seq: 0, query: '', product: '' }],
    ['search for one product', { type: 'search', seq: 4, query: '5.4.6', product: 'exchange-online' }],
    ['scan', { type: 'scan', seq: 1, text: '550 5.7.1 RESOLVER.RST.AuthRequired' }],
    ['open', { type: 'open', id: 'public-folder-anonymous-contributor' }],
    ['copy', { type: 'copy', text: 'Get-Mailbox' }],
    ['insert', { type: 'insert', text: 'Get-Mailbox\n' }],
    ['openExternal https', { type: 'openExternal', url: 'https://learn.microsoft.com/exchange' }],
    ['openExternal http', { type: 'openExternal', url: 'http://example.org/' }],
  ];
  for (const [name, message] of VALID) {
    it(`accepts ${name}`, () => assert.deepEqual(parseWebviewMessage(message), { ok: true, message }));
  }

  it('reads a search without a product as every product', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'search', seq: 1, query: 'x' }), { ok: true, message: { type: 'search', seq: 1, query: 'x', product: '' } });
  });

  it('keeps only the known fields', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'open', id: 'a-b', extra: 1 }), { ok: true, message: { type: 'open', id: 'a-b' } });
  });

  const INVALID: ReadonlyArray<[string, unknown, RegExp]> = [
    ['null', null, /must be an object with a type/],
    ['a string', 'search', /must be an object with a type/],
    ['a list', [{ type: 'ready' }], /must be an object with a type/],
    ['an unknown type', { type: 'eval', code: '1' }, /unknown message type "eval"/],
    ['no type', {}, /unknown message type undefined/],
    ['search without seq', { type: 'search', query: 'x' }, /^search: seq must be a whole number/],
    ['search with a negative seq', { type: 'search', seq: -1, query: 'x' }, /^search: seq must be/],
    ['search with a fractional seq', { type: 'search', seq: 1.5, query: 'x' }, /^search: seq must be/],
    ['search with a numeric query', { type: 'search', seq: 1, query: 5 }, /^search: query must be a string/],
    ['search with a huge query', { type: 'search', seq: 1, query: 'x'.repeat(LIMITS.query + 1) }, /^search: query is 1001 characters; at most 1000/],
    ['search with an unknown product', { type: 'search', seq: 1, query: 'x', product: 'exchange-2000' }, /^search: product must be '' \(every product\) or a product id/],
    ['search with a version instead of a product', { type: 'search', seq: 1, query: 'x', product: '2010' }, /^search: product must be/],
    ['search with a list of products', { type: 'search', seq: 1, query: 'x', product: ['exchange-2010'] }, /^search: product must be/],
    ['scan without text', { type: 'scan', seq: 1 }, /^scan: text must be a string/],
    ['scan beyond the server limit', { type: 'scan', seq: 1, text: 'x'.repeat(LIMITS.scanText + 1) }, /^scan: text is 2000001 characters/],
    ['open with a path', { type: 'open', id: '../../etc/passwd' }, /^open: id must be an entry id/],
    ['open with upper case', { type: 'open', id: 'Public-Folder' }, /^open: id must be an entry id/],
    ['open with an empty id', { type: 'open', id: '' }, /^open: id must be an entry id/],
    ['insert of an object', { type: 'insert', text: { value: 'x' } }, /^insert: text must be a string/],
    ['copy of a huge text', { type: 'copy', text: 'x'.repeat(LIMITS.snippet + 1) }, /^copy: text is 100001 characters/],
    ['openExternal of a command: URI', { type: 'openExternal', url: 'command:workbench.action.terminal.new' }, /^openExternal: only http and https URLs/],
    ['openExternal of a file: URI', { type: 'openExternal', url: 'file:///etc/passwd' }, /^openExternal: only http and https/],
    ['openExternal of javascript:', { type: 'openExternal', url: 'javascript:alert(1)' }, /^openExternal: only http and https/],
    ['openExternal of a broken URL', { type: 'openExternal', url: 'https://' }, /^openExternal: only http and https/],
  ];
  for (const [name, value, problem] of INVALID) {
    it(`rejects ${name}`, () => {
      const parsed = parseWebviewMessage(value);
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.match(parsed.problem, problem);
    });
  }
});
