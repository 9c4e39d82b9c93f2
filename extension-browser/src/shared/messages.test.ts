import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRequest, LIMITS } from './messages.js';

const cases: Array<{ name: string; message: unknown; valid: boolean }> = [
  { name: 'search', message: { type: 'search', params: { query: '5.2.0' } }, valid: true },
  { name: 'search with limit and products', message: { type: 'search', params: { query: 'x', limit: 5, products: ['exchange-2019'] } }, valid: true },
  { name: 'search, limit zero', message: { type: 'search', params: { query: 'x', limit: 0 } }, valid: false },
  { name: 'search, limit above the cap', message: { type: 'search', params: { query: 'x', limit: LIMITS.searchResults + 1 } }, valid: false },
  { name: 'search, fractional limit', message: { type: 'search', params: { query: 'x', limit: 1.5 } }, valid: false },
  { name: 'search, query too long', message: { type: 'search', params: { query: 'a'.repeat(LIMITS.queryLength + 1) } }, valid: false },
  { name: 'search, products not strings', message: { type: 'search', params: { query: 'x', products: [1] } }, valid: false },
  { name: 'entry', message: { type: 'entry', params: { id: 'public-folder-external-mail-5-2-0' } }, valid: true },
  { name: 'entry, id not a string', message: { type: 'entry', params: { id: 7 } }, valid: false },
  { name: 'entry, id too long', message: { type: 'entry', params: { id: 'a'.repeat(LIMITS.idLength + 1) } }, valid: false },
  { name: 'scan', message: { type: 'scan', params: { texts: ['550 5.2.0', ''] } }, valid: true },
  { name: 'scan, a text not a string', message: { type: 'scan', params: { texts: ['ok', { toString: 1 }] } }, valid: false },
  { name: 'scan, too many texts', message: { type: 'scan', params: { texts: new Array(LIMITS.scanTexts + 1).fill('') } }, valid: false },
  { name: 'scan, too many characters', message: { type: 'scan', params: { texts: ['a'.repeat(LIMITS.scanChars), 'b'] } }, valid: false },
  { name: 'unknown type', message: { type: 'eval', params: {} }, valid: false },
  { name: 'prototype key as type', message: { type: '__proto__', params: {} }, valid: false },
  { name: 'no params', message: { type: 'search' }, valid: false },
  { name: 'null params', message: { type: 'search', params: null }, valid: false },
  { name: 'a string', message: 'search', valid: false },
  { name: 'null', message: null, valid: false },
];

for (const { name, message, valid } of cases) {
  test(`isRequest: ${name}`, () => assert.equal(isRequest(message), valid));
}
