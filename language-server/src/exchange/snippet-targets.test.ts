import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { snippetTargets } from './snippet-targets.js';

const CASES: ReadonlyArray<[string, string[] | undefined]> = [
  ['# Exchange 2013 and later\nSet-X', ['2013', '2016', '2019', 'se']],
  ['# Exchange 2016 or later', ['2016', '2019', 'se']],
  ['# Exchange 2007 and 2010\nGet-X', ['2007', '2010']],
  ['# Exchange Online\nConnect-ExchangeOnline', ['online']],
  ['  # Exchange Server (on-premises)', ['2007', '2010', '2013', '2016', '2019', 'se']],
  ['# On-premises and Exchange Online', ['2007', '2010', '2013', '2016', '2019', 'se', 'online']],
  ['# Exchange SE', ['se']],
  ['# exchange 2019, exchange online', ['2019', 'online']],
  // Not a claim: a comment about something else, or not on the first line.
  ['# Create the connector\nNew-ReceiveConnector', undefined],
  ['Get-X\n# Exchange 2013 and later', undefined],
  ['# Exchange servers are listed below', undefined],
  ['', undefined],
];

describe('snippetTargets', () => {
  for (const [code, expected] of CASES) it(JSON.stringify(code), () => assert.deepEqual(snippetTargets(code), expected));
});
