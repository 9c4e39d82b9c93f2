import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { internalNameReason, isHostName, registrableDomain, type InternalReason } from './host-names.js';

const REASONS: ReadonlyArray<[string, InternalReason | undefined]> = [
  ['mail.contoso.com', undefined],
  ['MAIL.CONTOSO.COM.', undefined],
  ['*.contoso.com', undefined],
  ['EX01', 'single-label'],
  [' ex01 ', 'single-label'],
  ['ex01.contoso.local', 'internal-suffix'],
  ['EX01.CONTOSO.LOCAL.', 'internal-suffix'],
  ['*.contoso.local', 'internal-suffix'],
  ['mail.contoso.corp', 'internal-suffix'],
  ['mail.example', 'internal-suffix'],
  ['localhost', 'single-label'],
  ['10.1.2.3', 'private-address'],
  ['127.0.0.1', 'private-address'],
  ['172.16.0.1', 'private-address'],
  ['172.31.255.255', 'private-address'],
  ['172.32.0.1', undefined],
  ['192.168.10.5', 'private-address'],
  ['169.254.1.1', 'private-address'],
  ['8.8.8.8', undefined],
  ['', undefined],
];

describe('internalNameReason', () => {
  for (const [name, reason] of REASONS) {
    it(`${JSON.stringify(name)} → ${reason ?? 'public'}`, () => assert.equal(internalNameReason(name), reason));
  }
});

const DOMAINS: ReadonlyArray<[string, string | undefined]> = [
  ['mail.contoso.com', 'contoso.com'],
  ['mail.eu.contoso.com', 'contoso.com'],
  ['contoso.com', 'contoso.com'],
  ['Mail.Contoso.COM.', 'contoso.com'],
  ['owa.contoso.co.uk', 'contoso.co.uk'],
  ['contoso.co.uk', 'contoso.co.uk'],
  ['mail.contoso.com.au', 'contoso.com.au'],
  // A two-letter top-level name without a registry second level keeps two labels.
  ['mail.contoso.io', 'contoso.io'],
  ['co.uk', undefined],
  ['EX01', undefined],
  ['mail..contoso.com', undefined],
  ['', undefined],
];

describe('registrableDomain', () => {
  for (const [name, domain] of DOMAINS) {
    it(`${JSON.stringify(name)} → ${domain ?? 'none'}`, () => assert.equal(registrableDomain(name), domain));
  }
});

const HOSTS: ReadonlyArray<[string, boolean]> = [
  ['mail.contoso.com', true],
  ['EX01', true],
  ['mail-01.contoso.com.', true],
  [' mail.contoso.com ', true],
  ['*.contoso.com', true],
  ['https://mail.contoso.com', false],
  ['mail.contoso.com/owa', false],
  ['mail_01.contoso.com', false],
  ['-mail.contoso.com', false],
  ['mail-.contoso.com', false],
  ['mail.*.com', false],
  ['mail..contoso.com', false],
  ['', false],
];

describe('isHostName', () => {
  for (const [name, valid] of HOSTS) {
    it(`${JSON.stringify(name)} → ${valid}`, () => assert.equal(isHostName(name), valid));
  }
});
