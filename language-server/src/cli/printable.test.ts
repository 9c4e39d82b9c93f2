import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { printable } from './printable.js';

describe('printable', () => {
  const TABLE: ReadonlyArray<[string, string]> = [
    ['plain.ps1', 'plain.ps1'],
    ['Zoë 日本語 😀.ps1', 'Zoë 日本語 😀.ps1'],
    ['new\nline.ps1', 'new\\nline.ps1'],
    ['cr\r\ttab', 'cr\\r\\ttab'],
    ['\u001b]0;pwned\u0007.ps1', '\\x1b]0;pwned\\x07.ps1'],
    ['\u001b[2J', '\\x1b[2J'],
    ['nul\u0000del\u007fc1\u009b', 'nul\\x00del\\x7fc1\\x9b'],
  ];
  for (const [input, expected] of TABLE) it(JSON.stringify(input), () => assert.equal(printable(input), expected));
});
