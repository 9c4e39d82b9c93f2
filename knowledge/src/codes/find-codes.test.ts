import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCodes, parseCode } from './find-codes.js';
import type { CodeKind } from './types.js';

type Expected = [kind: CodeKind, normalized: string, text?: string];

/** Text → the codes it holds, in order. An empty list is a negative case. */
const TABLE: ReadonlyArray<[string, Expected[]]> = [
  // Enhanced status codes, alone, with the SMTP reply, with the status word.
  ['5.2.0', [['enhanced-status', '5.2.0']]],
  ['550 5.2.0', [['enhanced-status', '5.2.0', '550 5.2.0']]],
  ['#550 5.2.0 STOREDRV.Deliver', [['enhanced-status', '5.2.0', '#550 5.2.0 STOREDRV.Deliver']]],
  ["Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'", [['enhanced-status', '5.7.1', '550 5.7.1 RESOLVER.RST.AuthRequired']]],
  ['#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found ##', [['enhanced-status', '5.1.10', '#550 5.1.10 RESOLVER.ADR.RecipientNotFound']]],
  ['550 5.2.0\n     STOREDRV.Deliver', [['enhanced-status', '5.2.0', '550 5.2.0\n     STOREDRV.Deliver']]],
  ['5.2.0\n\nSTOREDRV.Deliver', [['enhanced-status', '5.2.0'], ['status-word', 'STOREDRV.Deliver']]],
  ['450-4.4.7 message expired', [['enhanced-status', '4.4.7', '450-4.4.7']]],
  ['The server answered 5.7.1.', [['enhanced-status', '5.7.1', '5.7.1']]],
  ['codes 5.7.900 through 5.7.999', [['enhanced-status', '5.7.900'], ['enhanced-status', '5.7.999']]],
  ['250 2.1.5 Recipient OK', [['enhanced-status', '2.1.5', '250 2.1.5']]],
  ['550 4.4.7 odd pairing', [['enhanced-status', '4.4.7', '4.4.7']]],
  ['(5.4.1)', [['enhanced-status', '5.4.1']]],
  // Ranges of enhanced status codes (code-range.ts): one code each, keyed by the range.
  ['5.7.900-999', [['enhanced-status', '5.7.900-999']]],
  ['451 4.7.500-699 Access denied, please try again later', [['enhanced-status', '4.7.500-699', '451 4.7.500-699']]],
  ['5.7.900\u2013999', [['enhanced-status', '5.7.900-999']]],
  ['codes 5.7.900 - 999 are free for rules', [['enhanced-status', '5.7.900-999', '5.7.900 - 999']]],
  ['5.7.606-5.7.649', [['enhanced-status', '5.7.606-649', '5.7.606-5.7.649']]],
  ['5.1.1-5.1.20', [['enhanced-status', '5.1.1-20']]],
  ['(4.7.850 \u2013 4.7.899)', [['enhanced-status', '4.7.850-899', '4.7.850 \u2013 4.7.899']]],
  // Not ranges: the code stays, the rest is not part of it.
  ['5.7.999-900', [['enhanced-status', '5.7.999', '5.7.999']]],
  ['5.7.900-4.7.999', [['enhanced-status', '5.7.900'], ['enhanced-status', '4.7.999']]],
  ['550 5.7.1 - 550 attempts', [['enhanced-status', '5.7.1', '550 5.7.1']]],
  ['5.7.900-999-1000', [['enhanced-status', '5.7.900']]],
  ['5.7.15', [['enhanced-status', '5.7.15']]],
  // Not enhanced status codes.
  ['Exchange 2019 CU12 is build 15.2.1118.7', []],
  ['the server 10.5.2.0 and 192.168.5.2', []],
  ['released 4.5.2020', []],
  ['see section 5.2.1 of the guide', []],
  ['Version 4.2.1 of the module', []],
  ['v5.2.0', []],
  ['step 2.1.3', []],
  ['subject 8 is undefined: 5.8.1', []],
  ['bare success code 2.1.5', []],
  ['5.2.0.1', []],
  ['ASP.NET 2.0.50727', []],
  // Status words alone.
  ['STOREDRV.Deliver', [['status-word', 'STOREDRV.Deliver']]],
  ['failed with SMTPSEND.DNS.NonExistentDomain.', [['status-word', 'SMTPSEND.DNS.NonExistentDomain']]],
  ['IPM.Note and ASP.NET are not status words', []],
  // Hex codes.
  ['error 0x8004010F', [['hex', '0x8004010F']]],
  ['rpcproxy.dll failed to load: 0x0000007e', [['hex', '0x0000007E']]],
  ['Error code: 0x7E', [['hex', '0x0000007E']]],
  ['flags 0x80 and 0x1F', []],
  ['address 0x00007ffe1234abcd', []],
  ['hash 8004010F', []],
  // Event IDs.
  ['Event ID 9328', [['event-id', 'Event 9328', 'Event ID 9328']]],
  ['Event IDs 9328 and 9373', [['event-id', 'Event 9328'], ['event-id', 'Event 9373', '9373']]],
  ['EventID: 1009', [['event-id', 'Event 1009']]],
  ['events 1009, 1010 or 1011 appear', [['event-id', 'Event 1009'], ['event-id', 'Event 1010'], ['event-id', 'Event 1011']]],
  ['event 9373 logged by MSExchangeSA', [['event-id', 'Event 9373']]],
  ['the event log is full', []],
  ['in the event of 2 failures', []],
  ['Event ID 99999', []],
  // Blanks around the words and separators, any number (each run is matched one way only: no backtracking).
  ['Event   ID   9373', [['event-id', 'Event 9373', 'Event   ID   9373']]],
  ['event\t:\t9373', [['event-id', 'Event 9373']]],
  ['EventID   :   1009', [['event-id', 'Event 1009']]],
  [`Event${' '.repeat(200)}x`, []],
  // HTTP statuses in context.
  ['HTTP 500', [['http-status', 'HTTP 500']]],
  ['HTTP/1.1 440 Login Timeout', [['http-status', 'HTTP 440', 'HTTP/1.1 440']]],
  ['HTTP Error 503. The service is unavailable.', [['http-status', 'HTTP 503', 'HTTP Error 503']]],
  ['440 Login Time-out', [['http-status', 'HTTP 440']]],
  ['The remote server returned an error: (401) Unauthorized.', [['http-status', 'HTTP 401', '(401) Unauthorized']]],
  ['HTTP Error 401.2 - Unauthorized', [['http-status', 'HTTP 401']]],
  ['500 Internal Server Error', [['http-status', 'HTTP 500']]],
  ['HTTP   404', [['http-status', 'HTTP 404', 'HTTP   404']]],
  ['HTTP status : 404', [['http-status', 'HTTP 404', 'HTTP status : 404']]],
  ['HTTP  error  :  503', [['http-status', 'HTTP 503']]],
  ['HTTP\t:\t404', [['http-status', 'HTTP 404']]],
  ['404 - Not Found', [['http-status', 'HTTP 404', '404 - Not Found']]],
  ['(401)  :  Unauthorized', [['http-status', 'HTTP 401', '(401)  :  Unauthorized']]],
  [`HTTP${' '.repeat(200)}x`, []],
  ['we have 500 mailboxes and 401 users', []],
  ['500 Unauthorized', []],
  ['421 Service not available', []],
  // KB articles.
  ['KB953467', [['kb-article', 'KB953467']]],
  ['see KB 957978 and kb954197', [['kb-article', 'KB957978'], ['kb-article', 'KB954197']]],
  ['https://support.microsoft.com/kb/953467', [['kb-article', 'KB953467']]],
  ['a 512 KB attachment', []],
  ['KB12345', []],
  // Mixed.
  ['Date: 2024-10-24 10:15:00, IP 10.0.0.5, build 15.1.2507.6', []],
];

describe('findCodes', () => {
  for (const [text, expected] of TABLE) {
    it(JSON.stringify(text), () => {
      const found = findCodes(text).map((code) => {
        const row: Expected = [code.kind, code.normalized];
        return row;
      });
      assert.deepEqual(found, expected.map(([kind, normalized]) => [kind, normalized]));
      const texts = findCodes(text);
      expected.forEach(([, , seen], index) => {
        const code = texts[index];
        assert.ok(code);
        if (seen !== undefined) assert.equal(code.text, seen);
        assert.equal(text.slice(code.start, code.end), code.text);
      });
    });
  }

  it('gives keys for the code and its status word', () => {
    const [code] = findCodes('#550 5.2.0 STOREDRV.Deliver');
    assert.deepEqual(code?.keys, ['5.2.0', 'storedrv.deliver']);
    assert.equal(code?.reply, '550');
  });

  it('normalises every spelling of a code to one key', () => {
    const spellings = ['550 5.2.0', '5.2.0', '#550 5.2.0 STOREDRV.Deliver', '550-5.2.0'];
    for (const spelling of spellings) assert.equal(findCodes(spelling)[0]?.keys[0], '5.2.0', spelling);
  });
});

describe('parseCode', () => {
  const TABLE_PARSE: ReadonlyArray<[string, string | undefined]> = [
    ['550 5.2.0', '5.2.0'],
    [' Event 9373 ', 'Event 9373'],
    ['HTTP 440', 'HTTP 440'],
    ['0x8004010F', '0x8004010F'],
    ['KB957978', 'KB957978'],
    ['STOREDRV.Deliver', 'STOREDRV.Deliver'],
    ['5.7.900-999', '5.7.900-999'],
    ['550 5.7.900 \u2013 5.7.999', '5.7.900-999'],
    ['5.7.999-900', undefined],
    ['5.2.0 and more', undefined],
    ['Event 9328 and 9373', undefined],
    ['not a code', undefined],
    ['', undefined],
  ];
  for (const [text, normalized] of TABLE_PARSE) {
    it(JSON.stringify(text), () => assert.equal(parseCode(text)?.normalized, normalized));
  }
});
