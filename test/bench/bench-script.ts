// A realistic Exchange Management Shell script of any length, for the parser and LSP benchmarks.
// It is built from our own fixtures (test/fixtures/bench/*.ps1): each copy is wrapped in a
// function with a numbered name and numbered databases/servers, so no two copies are identical.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_ROOT } from '../src/paths.js';

const FIXTURES = path.join(TEST_ROOT, 'fixtures', 'bench');

function fixtures(): string[][] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.ps1'))
    .sort()
    .map((name) => readFileSync(path.join(FIXTURES, name), 'utf8').replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n'));
}

/** Exactly `lines` lines of PowerShell that parses without errors. */
export function benchScript(lines = 5000): string {
  const chunks = fixtures();
  const out: string[] = ['# exkb parser benchmark script (generated from test/fixtures/bench)', ''];
  let copy = 0;
  while (out.length < lines) {
    const chunk = chunks[copy % chunks.length]!;
    const round = Math.floor(copy / chunks.length) + 1;
    if (out.length + chunk.length + 3 > lines) break;
    out.push(`function Invoke-BenchChunk${copy} {`);
    for (const line of chunk) {
      // Not indented: a here-string's closing `'@` must start its line.
      out.push(line.replace(/\bDB0(\d)\b/g, `DB${round}$1`).replace(/\bEX0(\d)\b/g, `EX${round}$1`));
    }
    out.push('}', '');
    copy++;
  }
  let filler = 0;
  while (out.length < lines) {
    out.push(`Get-Mailbox -Identity user${filler} | Set-Mailbox -IssueWarningQuota ${1 + (filler % 9)}GB -ProhibitSendQuota 10GB`);
    filler++;
  }
  return `${out.join('\n')}\n`;
}
