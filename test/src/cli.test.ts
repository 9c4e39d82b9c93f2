import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runExkb } from './exkb-process.js';
import { TEST_ROOT } from './paths.js';

const NDR_TEXT = path.join(TEST_ROOT, 'fixtures', 'ndr-public-folder.txt');
const NDR_HTML = path.join(TEST_ROOT, 'fixtures', 'ndr-public-folder.html');

interface StatsJson {
  entries: number;
  sources: Array<{ source: string; entries: number; problems?: number }>;
  areas: Record<string, number>;
  products: Record<string, number>;
  codes: Record<string, string[]>;
  withoutReferences: string[];
  withoutCodes: string[];
  withoutPowerShellFix: string[];
  nearDuplicateBodies: Array<{ first: string; second: string; similarity: number }>;
}

interface Case {
  args: string[];
  stdin?: string;
  exit: number;
  stdout?: RegExp;
  stderr?: RegExp;
}

/** The command line as a user meets it: arguments → exit code and what is printed. */
const TABLE: ReadonlyArray<[string, Case]> = [
  ['no arguments prints the overview to stderr', { args: [], exit: 2, stderr: /Usage: exkb <command>/ }],
  ['--help lists every command', { args: ['--help'], exit: 0, stdout: /search[\s\S]*show[\s\S]*scan/ }],
  ['--version', { args: ['--version'], exit: 0, stdout: /^\d+\.\d+\.\d+\n$/ }],
  ['an unknown command', { args: ['serach', 'x'], exit: 2, stderr: /unknown command "serach"/ }],
  ['rules lists every rule with its entries', { args: ['rules'], exit: 0, stdout: /^ambiguous-parameter  error · every version\n[\s\S]*→ distribution-group-rejects-external-senders-auth-required[\s\S]*\n\d\d rules\n$/ }],
  ['rules for one id, as JSON', { args: ['rules', 'cmdlet-not-in-version', '--json'], exit: 0, stdout: /^\[\n  \{\n    "id": "cmdlet-not-in-version",[\s\S]*"versions": \[\n      "2007"/ }],
  ['rules with an unknown id', { args: ['rules', 'iis-32bit-app-pool'], exit: 2, stderr: /no rule "iis-32bit-app-pool"; did you mean iis-32bit-app-pools\?/ }],
  ['search --help', { args: ['search', '--help'], exit: 0, stdout: /--limit N/ }],
  ['search finds the public folder entry by code', { args: ['search', '550 5.2.0'], exit: 0, stdout: /^1\. public-folder-anonymous-contributor/ }],
  ['search with an empty query', { args: ['search', '  '], exit: 2, stderr: /give a query/ }],
  ['search with a bad limit', { args: ['search', 'owa', '--limit', 'ten'], exit: 2, stderr: /--limit takes a whole number/ }],
  ['search with an unknown option', { args: ['search', 'owa', '--limt', '3'], exit: 2, stderr: /Unknown option '--limt'/ }],
  ['search with an unknown product', { args: ['search', 'owa', '--product', 'exchange-2012'], exit: 2, stderr: /did you mean exchange-201[03]/ }],
  ['search that matches nothing', { args: ['search', 'zzqqxxyy'], exit: 1, stderr: /No entry matches/ }],
  ['show an entry', { args: ['show', 'public-folder-anonymous-contributor'], exit: 0, stdout: /Add-PublicFolderClientPermission[\s\S]*Symptom/ }],
  ['show an unknown id suggests the closest', { args: ['show', 'public-folder-anonymous-contributer'], exit: 1, stderr: /did you mean public-folder-anonymous-contributor/ }],
  ['show without an id', { args: ['show'], exit: 2, stderr: /exactly one entry id/ }],
  ['scan a text NDR', { args: ['scan', NDR_TEXT], exit: 0, stdout: /550 5\.2\.0 STOREDRV\.Deliver[\s\S]*public-folder-anonymous-contributor[\s\S]*Remedies/ }],
  ['scan standard input', { args: ['scan', '-'], stdin: 'Remote Server returned 550 5.2.0 STOREDRV.Deliver', exit: 0, stdout: /<stdin>:1/ }],
  ['scan text without codes', { args: ['scan', '-'], stdin: 'nothing to see, build 15.2.1118.7', exit: 1, stderr: /no error codes found/ }],
  ['scan a missing file', { args: ['scan', 'no/such/file.txt'], exit: 2, stderr: /cannot read no\/such\/file\.txt: no such file/ }],
  ['scan a folder', { args: ['scan', TEST_ROOT], exit: 2, stderr: /it is a folder/ }],
  ['--help lists stats', { args: ['--help'], exit: 0, stdout: /\n  stats +what the knowledge base covers/ }],
  ['stats --help', { args: ['stats', '--help'], exit: 0, stdout: /Usage: exkb stats \[--json\] \[--config FILE\]/ }],
  ['stats prints every section, aligned', { args: ['stats'], exit: 0, stdout: /^Entries  \d+ \(bundled\)\n\nPer area\n  autodiscover +\d+\n[\s\S]*\n  exchange-online +\d+\n\nCodes covered  \d+ distinct\n  enhanced status +\d+\n  status word +\d+\n  hex +\d+\n  event +\d+\n  HTTP +\d+\n  KB +\d+\n\nWithout references  \d+\n[\s\S]*\nWithout codes  \d+\n[\s\S]*\nWithout a PowerShell fix  \d+\n[\s\S]*\nNear-duplicate bodies  / }],
  ['stats with an unknown option', { args: ['stats', '--jsn'], exit: 2, stderr: /Unknown option '--jsn'/ }],
  ['stats with a missing --config', { args: ['stats', '--config', 'no/such/exkb.config.json'], exit: 2, stderr: /--config no\/such\/exkb\.config\.json: cannot read/ }],
];

describe('exkb command line', () => {
  for (const [name, expected] of TABLE) {
    it(name, async () => {
      const result = await runExkb(expected.args, { stdin: expected.stdin });
      assert.equal(result.code, expected.exit, `stdout: ${result.stdout}\nstderr: ${result.stderr}`);
      if (expected.stdout) assert.match(result.stdout, expected.stdout);
      if (expected.stderr) assert.match(result.stderr, expected.stderr);
    });
  }

  it('search --json prints {id, title, score, codes}, best first', async () => {
    const result = await runExkb(['search', '550 5.2.0', '--json', '--limit', '3']);
    const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    assert.ok(rows.length >= 1 && rows.length <= 3);
    assert.deepEqual(Object.keys(rows[0] ?? {}), ['id', 'title', 'score', 'codes']);
    assert.equal(rows[0]?.['id'], 'public-folder-anonymous-contributor');
  });

  it('show --json prints the entry fields and its Markdown', async () => {
    const result = await runExkb(['show', 'public-folder-anonymous-contributor', '--json']);
    const entry = JSON.parse(result.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(entry), ['id', 'title', 'codes', 'symptoms', 'products', 'cmdlets', 'tags', 'references', 'markdown']);
    assert.match(String(entry['markdown']), /^## Symptom/);
  });

  it('scan --json of an HTML NDR finds the code on its source line and skips scripts and styles', async () => {
    const result = await runExkb(['scan', NDR_HTML, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const { codes } = JSON.parse(result.stdout) as { codes: Array<{ code: string; kind: string; normalized: string; line: number; entries: string[] }> };
    assert.deepEqual(
      codes.map(({ kind, normalized, line }) => ({ kind, normalized, line })),
      [{ kind: 'enhanced-status', normalized: '5.2.0', line: 13 }],
    );
    assert.equal(codes[0]?.entries[0], 'public-folder-anonymous-contributor');
  });

  it('scan reads UTF-16 files with a byte-order mark', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'exkb-scan-'));
    const file = path.join(folder, 'ndr-utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Error: 550 5.2.0 STOREDRV.Deliver\r\n', 'utf16le')]));
    const result = await runExkb(['scan', file, '--json']);
    const { codes } = JSON.parse(result.stdout) as { codes: Array<{ normalized: string }> };
    assert.deepEqual(codes.map((code) => code.normalized), ['5.2.0']);
  });

  it('stats --json counts the bundled entries consistently', async () => {
    const result = await runExkb(['stats', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const stats = JSON.parse(result.stdout) as StatsJson;
    assert.deepEqual(Object.keys(stats), ['entries', 'sources', 'areas', 'products', 'codes', 'withoutReferences', 'withoutCodes', 'withoutPowerShellFix', 'nearDuplicateBodies']);
    assert.ok(stats.entries > 0);
    assert.deepEqual(stats.sources, [{ source: 'bundled', entries: stats.entries }]);
    assert.equal(Object.values(stats.areas).reduce((sum, count) => sum + count, 0), stats.entries);
    assert.deepEqual(Object.keys(stats.codes), ['enhanced-status', 'status-word', 'hex', 'event-id', 'http-status', 'kb-article']);
    assert.ok(stats.codes['enhanced-status']?.includes('5.2.0'), 'the public folder entry lists 550 5.2.0');
    const shown = await runExkb(['show', stats.withoutCodes[0] ?? '', '--json']);
    assert.deepEqual((JSON.parse(shown.stdout) as { codes: string[] }).codes, []);
  });

  it('stats counts the knowledge folders of exkb.config.json and reports their problems', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'exkb-stats-'));
    mkdirSync(path.join(folder, 'kb', 'recipients'), { recursive: true });
    writeFileSync(path.join(folder, 'exkb.config.json'), JSON.stringify({ knowledgeFolders: ['./kb'] }));
    const valid = ['---', 'title: Our team mailbox rule', 'codes:', '  - 0x80070005', 'symptoms:', '  - team mailbox refuses', 'products:', '  - exchange-online', '---', '', '## Symptom', 'It refuses.', '', '## Cause', 'A rule.', '', '## Fix', 'Remove the rule.', ''];
    writeFileSync(path.join(folder, 'kb', 'recipients', 'team-mailbox-rule.md'), valid.join('\n'));
    writeFileSync(path.join(folder, 'kb', 'recipients', 'broken-entry.md'), valid.filter((line) => !line.startsWith('title')).join('\n'));
    const result = await runExkb(['stats', '--json'], { cwd: folder });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /broken-entry\.md:\d+:\d+ KB001/);
    const stats = JSON.parse(result.stdout) as StatsJson;
    // Compared within one run: the bundle may be rebuilt between two.
    assert.deepEqual(stats.sources, [{ source: 'bundled', entries: stats.entries - 1 }, { source: path.join(folder, 'kb'), entries: 1, problems: 1 }]);
    assert.equal(Object.values(stats.areas).reduce((sum, count) => sum + count, 0), stats.entries);
    assert.ok(stats.withoutReferences.includes('team-mailbox-rule'));
    assert.ok(stats.withoutPowerShellFix.includes('team-mailbox-rule'));
    assert.ok(stats.codes['hex']?.includes('0x80070005'));
    const text = await runExkb(['stats'], { cwd: folder });
    const [, total, bundled] = /^Entries {2}(\d+) \((\d+) bundled, 1 from (.+)\)\n/.exec(text.stdout) ?? [];
    assert.equal(Number(total), Number(bundled) + 1, text.stdout);
  });

  it('show colours only when asked to', async () => {
    const plain = await runExkb(['show', 'public-folder-anonymous-contributor']);
    const coloured = await runExkb(['show', 'public-folder-anonymous-contributor'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    assert.doesNotMatch(plain.stdout, /\u001b\[/);
    assert.match(coloured.stdout, /\u001b\[1m/);
  });
});

describe('exkb when the reader closes the pipe (exkb search … | head)', () => {
  it('stops quietly with its exit code instead of dying on EPIPE', async () => {
    const { spawn } = await import('node:child_process');
    const { EXKB_BIN, REPO_ROOT } = await import('./paths.js');
    const child = spawn(process.execPath, [EXKB_BIN, 'search', 'exchange', '--limit', '50'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before exkb writes a byte: its first write fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '', 'nothing on stderr');
    assert.equal(code, 0, 'the exit code of a search that found entries');
  });
});
