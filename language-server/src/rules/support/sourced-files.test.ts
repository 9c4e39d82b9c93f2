import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandsOf } from '../testing.js';
import { sourcedFiles } from './sourced-files.js';

// [script, any, names]
const SCRIPTS: ReadonlyArray<[string, boolean, string[]]> = [
  ['Get-Mailbox', false, []],
  ['. .\\Helpers.ps1', true, ['helpers']],
  ['. $PSScriptRoot\\Shared\\ConvertTo-ExchangeCertificate.ps1', true, ['convertto-exchangecertificate']],
  ['. "$PSScriptRoot/Get-Report.ps1"', true, ['get-report']],
  ['Import-Module .\\Tools.psm1', true, ['tools']],
  ["Import-Module -Name 'C:\\Scripts\\Exchange.Tools.psd1'", true, ['exchange.tools']],
  ['Import-Module ActiveDirectory', false, []],
  ['.\\Run-Report.ps1', false, []],
  ['& .\\Run-Report.ps1', false, []],
];

describe('sourcedFiles', () => {
  for (const [script, any, names] of SCRIPTS) {
    it(script, () => {
      const found = sourcedFiles(commandsOf(script));
      assert.equal(found.any, any);
      assert.deepEqual([...found.names], names);
    });
  }
});
