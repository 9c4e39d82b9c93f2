// `exkb lint` on what is inside the files: binary data named .ps1 is skipped with a note (ripgrep's
// rule: a NUL character), every encoding Windows and PowerShell write is read with the right line
// and column, and --fix writes each file back in its own encoding, BOM and line endings.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { openSync, readFileSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { filesOf, FLAGGED, rows, RULE, writeTree } from './cli-hostile-fixtures.js';
import { runHostile, scratchFolder } from './cli-hostile-process.js';

function headOf(file: string, bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  const handle = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(handle, buffer, 0, bytes, 0));
  } finally {
    closeSync(handle);
  }
}

describe('exkb lint: binary files named like scripts', () => {
  const BINARY: Readonly<Record<string, Uint8Array>> = {
    'png.ps1': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), randomBytes(4096)]),
    'executable.ps1': headOf(process.execPath, 256 * 1024),
    'zeros.ps1': new Uint8Array(1024 * 1024),
    'nul-in-text.ps1': Buffer.from(`${FLAGGED}\0${FLAGGED}`),
    'random.ps1': randomBytes(4 * 1024 * 1024),
    'utf16-with-nul.ps1': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Get-Mailbox\0\0\0`, 'utf16le')]),
  };

  for (const format of ['json', 'text', 'sarif']) {
    it(`--format ${format}: each is skipped with one note, the scripts beside them linted, no garbage output, exit 0`, { timeout: 60_000 }, async () => {
      const root = writeTree(scratchFolder('binary'), { ...BINARY, 'script.ps1': FLAGGED });
      const alone = await runHostile(['lint', '--format', format, 'script.ps1'], { cwd: root });
      const result = await runHostile(['lint', '--format', format, '.'], { cwd: root });
      assert.equal(result.code, 0, result.stderr);
      for (const name of Object.keys(BINARY)) assert.match(result.stderr, new RegExp(`^exkb lint: skipped ${name.replace('.', '\\.')}: it looks binary \\(a NUL character at offset \\d+\\), not a PowerShell script$`, 'm'));
      assert.equal(result.stderr.split('\n').filter(Boolean).length, Object.keys(BINARY).length);
      // The report is the one of script.ps1 alone, plus at most the notes (SARIF carries them).
      assert.ok(result.stdout.length <= alone.stdout.length + 4096, `stdout has ${result.stdout.length} characters, ${alone.stdout.length} for script.ps1 alone`);
      if (format === 'json') assert.deepEqual(filesOf(result.stdout), ['script.ps1']);
      if (format === 'text') assert.match(result.stdout, /^script\.ps1\n  2:67  info/);
      if (format === 'sarif') {
        const run = (JSON.parse(result.stdout) as { runs: Array<{ invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string }> }> }> }).runs[0];
        assert.equal(run?.invocations[0]?.executionSuccessful, true);
        assert.deepEqual(run?.invocations[0]?.toolExecutionNotifications.map((notification) => notification.level), Object.keys(BINARY).map(() => 'note'));
      }
    });
  }
});

/** Four lines with CR LF, LF and CR endings, non-ASCII before the finding; every character fits Windows-1252. */
const MIXED = '# Zoë’s groups — “partners”\r\n\n# next line ends in CR alone\rSet-DistributionGroup "Zoë €" -RequireSenderAuthenticationEnabled $true\r\n';
const FIXED_MIXED = MIXED.replace('$true', '$false');
const FINDING_COLUMN = (MIXED.split(/\r\n|\r|\n/)[3] ?? '').indexOf('$true') + 1;

/** The test's own encoders, independent of exkb's. */
const WINDOWS_1252: Readonly<Record<string, number>> = { 'ë': 0xeb, '’': 0x92, '—': 0x97, '“': 0x93, '”': 0x94, '€': 0x80 };
const ENCODERS: ReadonlyArray<[string, (text: string) => Buffer]> = [
  ['utf-8', (text) => Buffer.from(text, 'utf8')],
  ['utf-8 with BOM', (text) => Buffer.from(`\uFEFF${text}`, 'utf8')],
  ['utf-16 LE with BOM (Windows PowerShell 5.1 Out-File)', (text) => Buffer.from(`\uFEFF${text}`, 'utf16le')],
  ['utf-16 BE with BOM', (text) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()],
  ['utf-16 LE without BOM', (text) => Buffer.from(text, 'utf16le')],
  ['utf-16 BE without BOM', (text) => Buffer.from(text, 'utf16le').swap16()],
  ['windows-1252 (not valid UTF-8)', (text) => Buffer.from([...text].map((char) => WINDOWS_1252[char] ?? char.charCodeAt(0)))],
];

describe('exkb lint: encodings and line endings', () => {
  for (const [index, [name, encode]] of ENCODERS.entries()) {
    it(`${name}: the finding at line 4, column ${FINDING_COLUMN}; --fix keeps encoding, BOM and every line ending`, async () => {
      const file = `encoded-${index}.ps1`;
      const root = writeTree(scratchFolder('encoding'), { [file]: encode(MIXED) });
      const before = await runHostile(['lint', '--format', 'json', file], { cwd: root });
      assert.equal(before.code, 0, before.stderr);
      assert.deepEqual(rows(before.stdout).map((row) => [row.rule, row.line, row.column, row.endLine, row.endColumn]), [[RULE, 4, FINDING_COLUMN, 4, FINDING_COLUMN + 5]]);
      if (name.startsWith('windows-1252')) {
        assert.match(before.stderr, new RegExp(`^exkb lint: read ${file} as Windows-1252, as Windows PowerShell 5\\.1 does: it is not UTF-8 \\(byte 0xEB at 1:5\\); PowerShell 7 reads it as UTF-8`, 'm'));
      } else assert.equal(before.stderr, '');

      const fixed = await runHostile(['lint', '--fix', '--format', 'json', file], { cwd: root });
      assert.equal(fixed.code, 0, fixed.stderr);
      assert.deepEqual(readFileSync(path.join(root, file)), encode(FIXED_MIXED));
      const after = await runHostile(['lint', '--format', 'json', file], { cwd: root });
      assert.deepEqual(rows(after.stdout), []);
    });
  }

  const ENDINGS: ReadonlyArray<[string, string]> = [
    ['LF only', '\n'],
    ['CR LF only', '\r\n'],
    ['CR only (classic Mac)', '\r'],
  ];
  for (const [name, ending] of ENDINGS) {
    it(`${name}: line and column right, --fix keeps the endings`, async () => {
      const text = MIXED.replace(/\r\n|\r|\n/g, ending);
      const root = writeTree(scratchFolder('endings'), { 'a.ps1': text });
      const result = await runHostile(['lint', '--fix', '--format', 'json', 'a.ps1'], { cwd: root });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(readFileSync(path.join(root, 'a.ps1'), 'utf8'), FIXED_MIXED.replace(/\r\n|\r|\n/g, ending));
      const again = writeTree(scratchFolder('endings'), { 'a.ps1': text });
      const found = await runHostile(['lint', '--format', 'json', 'a.ps1'], { cwd: again });
      assert.deepEqual(rows(found.stdout).map((row) => [row.line, row.column]), [[4, FINDING_COLUMN]]);
    });
  }
});
