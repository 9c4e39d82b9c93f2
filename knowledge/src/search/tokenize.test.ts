import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCodeTerm, processTerm, tokenize } from './tokenize.js';

describe('tokenize', () => {
  const TABLE: ReadonlyArray<[string, string[]]> = [
    ['550 5.7.1', ['5.7.1']],
    ['#550 5.2.0 STOREDRV.Deliver bounce', ['5.2.0', 'storedrv.deliver', 'bounce']],
    ['Event IDs 9328 and 9373', ['event 9328', '9328', 'event 9373', '9373', 'and']],
    ['OWA 440 Login Timeout', ['http 440', '440', 'owa']],
    ['Set-DistributionGroup', ['set-distributiongroup', 'set', 'distribution', 'group']],
    ['RequireSenderAuthenticationEnabled', ['requiresenderauthenticationenabled', 'require', 'sender', 'authentication', 'enabled']],
    ['0x8004010F in Outlook', ['0x8004010f', 'in', 'outlook']],
    ['IIS 32-bit mode', ['iis', '32-bit', '32', 'bit', 'mode']],
    ['KB953467', ['kb953467']],
    ['', []],
  ];
  for (const [text, tokens] of TABLE) it(JSON.stringify(text), () => assert.deepEqual(tokenize(text), tokens));
});

describe('processTerm', () => {
  const TABLE: ReadonlyArray<[string, string | null]> = [
    ['the', null],
    ['bounces', 'bounc'],
    ['bounced', 'bounc'],
    ['5.7.1', '5.7.1'],
    ['set-distributiongroup', 'set-distributiongroup'],
    ['owa', 'owa'],
    ['not', 'not'],
  ];
  for (const [term, processed] of TABLE) it(term, () => assert.equal(processTerm(term), processed));
});

describe('isCodeTerm', () => {
  const TABLE: ReadonlyArray<[string, boolean]> = [
    ['5.7.1', true],
    ['event 9373', true],
    ['0x8004010f', true],
    ['kb953467', true],
    ['storedrv.deliver', true],
    ['bounce', false],
    ['9373', false],
  ];
  for (const [term, code] of TABLE) it(term, () => assert.equal(isCodeTerm(term), code));
});
