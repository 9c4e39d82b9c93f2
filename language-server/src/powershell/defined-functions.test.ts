import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseScript } from './index.js';

const CASES: ReadonlyArray<[string, string[]]> = [
  ['function Get-Report { }', ['Get-Report']],
  ['filter global:Out-Row { $_ }', ['Out-Row']],
  ['function Outer { function Inner-Helper { } ; Inner-Helper }', ['Outer', 'Inner-Helper']],
  ['workflow Invoke-Move { }\nconfiguration WebServer { }', ['Invoke-Move', 'WebServer']],
  ['function script:Test-It($a) { }', ['Test-It']],
  ['Get-Mailbox | Where-Object { $_.Name -eq "function" }', []],
  ['function { broken', []],
];

describe('functions the script defines', () => {
  for (const [code, names] of CASES) {
    it(JSON.stringify(code), () => {
      const script = parseScript(code);
      assert.deepEqual(script.functions.map((defined) => defined.name), names);
      for (const defined of script.functions) assert.equal(code.slice(defined.nameSpan.start, defined.nameSpan.end), defined.name);
    });
  }
});
