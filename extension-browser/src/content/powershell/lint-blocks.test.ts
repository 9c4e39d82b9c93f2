import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CmdletModelFile } from 'exkb-language-server/lint-core';
import { createBlockLinter } from './lint-blocks.js';

const MODEL = fileURLToPath(new URL('../../../../../language-server/model/exchange-cmdlets.json', import.meta.url));

function linterCountingLoads() {
  let loads = 0;
  const lintBlocks = createBlockLinter(async () => {
    loads++;
    return JSON.parse(await readFile(MODEL, 'utf8')) as CmdletModelFile;
  });
  return { lintBlocks, loads: () => loads };
}

const WRONG = "New-ExchangeCertificate -GenerateRequest -SubjectName 'CN=mail.contoso.com' -DomainName mail.contoso.com -PrivateKeyExportable $true";
const CORRECT = "New-ExchangeCertificate -GenerateRequest -SubjectName 'CN=mail.contoso.com' -DomainName mail.contoso.com, autodiscover.contoso.com -PrivateKeyExportable $true";

test('lintBlocks reads PowerShell blocks, flags the wrong one and leaves the rest', async () => {
  const { lintBlocks, loads } = linterCountingLoads();
  const texts = [WRONG, CORRECT, 'Remote Server returned 550 5.7.1 RESOLVER.RST.AuthRequired', 'if (a == b) { return x; }'];
  const results = await lintBlocks(texts);
  assert.deepEqual(results.map((result) => result.powershell), [true, true, false, false]);
  const [wrong] = results[0]!.findings;
  assert.ok(wrong, 'the wrong example has a finding');
  assert.ok(wrong.entries.includes('certificate-request-missing-autodiscover-name'), wrong.entries.join());
  assert.ok(wrong.start >= 0 && wrong.end <= WRONG.length && wrong.start < wrong.end);
  assert.ok(wrong.message.length > 0 && wrong.rule.length > 0);
  assert.deepEqual(results[1]!.findings, []);
  await lintBlocks([CORRECT]);
  assert.equal(loads(), 1, 'the model is read once');
});

test('lintBlocks does not read the model when no block is PowerShell', async () => {
  const { lintBlocks, loads } = linterCountingLoads();
  const results = await lintBlocks(['SELECT * FROM users', 'plain prose, no code']);
  assert.deepEqual(results, [{ powershell: false, findings: [] }, { powershell: false, findings: [] }]);
  assert.equal(loads(), 0);
});

test('lintBlocks reports a broken model as a rejected promise, not a crash', async () => {
  const lintBlocks = createBlockLinter(async () => {
    throw new Error('no model');
  });
  await assert.rejects(lintBlocks([WRONG]), /no model/);
});
