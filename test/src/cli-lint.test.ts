import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import type * as Sarif from 'sarif';
import type { Row } from './cli-hostile-fixtures.js';
import { runExkb } from './exkb-process.js';
import { REPO_ROOT, TEST_ROOT } from './paths.js';

const FIXTURES = path.join(TEST_ROOT, 'fixtures', 'lint');
/** Paths as a user in the repository root types them: reports show them as given. */
const SCRIPTS = path.join('test', 'fixtures', 'lint', 'scripts');
const GROUPS = path.join(SCRIPTS, 'groups.ps1');
const UNCLOSED = path.join('test', 'fixtures', 'lint', 'broken', 'unclosed.ps1');
const RULE = 'require-sender-authentication-external';
const ENTRY = 'distribution-group-rejects-external-senders-auth-required';
const OUTLOOK_ANYWHERE = path.join('test', 'fixtures', 'lint', 'versions', 'outlook-anywhere.ps1');
const GROUPS_TEXT = readFileSync(path.join(FIXTURES, 'scripts', 'groups.ps1'), 'utf8');


function temporaryFolder(): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), 'exkb-lint-')));
}

async function lintJson(args: string[], options: { cwd?: string } = {}): Promise<{ code: number | null; rows: Row[]; stderr: string }> {
  const result = await runExkb(['lint', '--format', 'json', ...args], options);
  return { code: result.code, rows: JSON.parse(result.stdout) as Row[], stderr: result.stderr };
}

interface Case {
  args: string[];
  cwd?: string;
  exit: number;
  stdout?: RegExp;
  stderr?: RegExp;
  noStdout?: RegExp;
}

const TABLE: ReadonlyArray<[string, Case]> = [
  ['lint --help lists the options', { args: ['lint', '--help'], exit: 0, stdout: /--format F[\s\S]*--exchange-version V[\s\S]*--config FILE[\s\S]*--rule ID=SETTING[\s\S]*--fix[\s\S]*--max-warnings N[\s\S]*--quiet/ }],
  ['exkb --help lists lint', { args: ['--help'], exit: 0, stdout: /lint\s+check Exchange Management Shell scripts/ }],
  ['no path', { args: ['lint'], exit: 2, stderr: /give the files or folders to lint/ }],
  ['an unknown option', { args: ['lint', SCRIPTS, '--fromat', 'json'], exit: 2, stderr: /Unknown option '--fromat'/ }],
  ['an unknown format', { args: ['lint', SCRIPTS, '--format', 'sarf'], exit: 2, stderr: /unknown --format "sarf"; did you mean sarif\?/ }],
  ['an unknown Exchange version', { args: ['lint', SCRIPTS, '--exchange-version', '2012'], exit: 2, stderr: /unknown --exchange-version "2012"; did you mean 201[03]\?/ }],
  ['an unknown rule in --rule', { args: ['lint', SCRIPTS, '--rule', 'require-sender-auth=off'], exit: 2, stderr: /unknown rule "require-sender-auth"/ }],
  ['a bad --rule setting', { args: ['lint', SCRIPTS, '--rule', `${RULE}=warn`], exit: 2, stderr: /did you mean warning\?/ }],
  ['a bad --max-warnings', { args: ['lint', SCRIPTS, '--max-warnings', 'few'], exit: 2, stderr: /--max-warnings takes a whole number/ }],
  ['a missing --config', { args: ['lint', SCRIPTS, '--config', 'no/such.json'], exit: 2, stderr: /--config no\/such\.json: cannot read the config file: no such file/ }],
  [
    'text: grouped by file, with the rule, the entry and a summary; info alone exits 0',
    {
      args: ['lint', SCRIPTS],
      exit: 0,
      stdout: new RegExp(`^${escape(GROUPS)}\\n  2:67  info  ${RULE}  -RequireSenderAuthenticationEnabled \\$true makes "Sales" reject mail .*  → ${ENTRY}\\n\\n✖ 1 problem \\(0 errors, 0 warnings, 1 info\\)\\n  1 problem fixable with the --fix option\\.\\n$`),
    },
  ],
  ['a syntax error is an error finding: exit 1', { args: ['lint', UNCLOSED], exit: 1, stdout: /unclosed\.ps1\n  1:\d+ +error +syntax-error +Missing closing '}'.*\n[\s\S]*✖ 1 problem \(1 error, 0 warnings\)/ }],
  ['a missing path is reported, the rest still linted: exit 2', { args: ['lint', 'no/such.ps1', SCRIPTS], exit: 2, stderr: /cannot read no\/such\.ps1: no such file or folder/, stdout: /groups\.ps1\n  2:67/ }],
  ['a folder without scripts', { args: ['lint', path.join('test', 'queries')], exit: 2, stderr: /no PowerShell files \(\.ps1, \.psm1, \.psd1\) in test\/queries/ }],
  ['--rule x=error turns the finding into an error: exit 1', { args: ['lint', GROUPS, '--rule', `${RULE}=error`], exit: 1, stdout: /2:67  error .*✖ 1 problem \(1 error, 0 warnings\)/s }],
  ['--rule x=off silences it', { args: ['lint', GROUPS, '--rule', `${RULE}=off`], exit: 0, stdout: /✔ no problems in 1 file/ }],
  ['--max-warnings 0 with one warning: exit 1', { args: ['lint', GROUPS, '--rule', `${RULE}=warning`, '--max-warnings', '0'], exit: 1, stderr: /1 warnings, more than --max-warnings 0/ }],
  ['--max-warnings 1 with one warning: exit 0', { args: ['lint', GROUPS, '--rule', `${RULE}=warning`, '--max-warnings', '1'], exit: 0, stdout: /1 problem \(0 errors, 1 warning\)/ }],
  ['--quiet reports errors only', { args: ['lint', GROUPS, UNCLOSED, '--rule', `${RULE}=warning`, '--quiet'], exit: 1, stdout: /syntax-error/, noStdout: new RegExp(RULE) }],
  ['Enable-OutlookAnywhere is fine for Exchange 2010', { args: ['lint', OUTLOOK_ANYWHERE, '--exchange-version', '2010'], exit: 0, stdout: /✔ no problems in 1 file/ }],
  ['Enable-OutlookAnywhere is gone in Exchange 2016', { args: ['lint', OUTLOOK_ANYWHERE, '--exchange-version', '2016'], exit: 1, stdout: /2:1  error .* cmdlet-not-in-version/ }],
  ['with no version, rules for some versions only stay quiet', { args: ['lint', OUTLOOK_ANYWHERE], exit: 0, stdout: /✔ no problems in 1 file/ }],
  ['the exchangeVersion of the config applies', { args: ['lint', path.join('..', '..', 'versions')], cwd: path.join(FIXTURES, 'project', 'scripts'), exit: 1, stdout: /cmdlet-not-in-version/ }],
  ['--exchange-version overrides the config', { args: ['lint', path.join('..', '..', 'versions'), '--exchange-version', '2010'], cwd: path.join(FIXTURES, 'project', 'scripts'), exit: 0, stdout: /✔ no problems in 1 file/ }],
  ['the config found above the current folder applies', { args: ['lint', '.'], cwd: path.join(FIXTURES, 'project', 'scripts'), exit: 1, stdout: /^groups\.ps1\n  2:67  error/ }],
  ['options override the config', { args: ['lint', '.', '--rule', `${RULE}=info`], cwd: path.join(FIXTURES, 'project', 'scripts'), exit: 0, stdout: /2:67  info/ }],
  ['--config replaces the config found', { args: ['lint', '.', '--config', path.join(FIXTURES, 'rule-off.config.json')], cwd: path.join(FIXTURES, 'project', 'scripts'), exit: 0, stdout: /✔ no problems/ }],
  [
    'a config problem names file, line and column; the valid rest applies; exit 2',
    { args: ['lint', '.'], cwd: path.join(FIXTURES, 'bad-config'), exit: 2, stderr: /exkb\.config\.json:2:3: unknown setting "exchangeVersoin"; did you mean "exchangeVersion"\?/, stdout: /2:67  warning/ },
  ],
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('exkb lint', () => {
  for (const [name, expected] of TABLE) {
    it(name, async () => {
      const result = await runExkb(expected.args, expected.cwd ? { cwd: expected.cwd } : {});
      assert.equal(result.code, expected.exit, `stdout: ${result.stdout}\nstderr: ${result.stderr}`);
      if (expected.stdout) assert.match(result.stdout, expected.stdout);
      if (expected.stderr) assert.match(result.stderr, expected.stderr);
      if (expected.noStdout) assert.doesNotMatch(result.stdout, expected.noStdout);
    });
  }

  it('json: 1-based ranges, the file as given, entries and the fix', async () => {
    const { code, rows } = await lintJson([SCRIPTS, UNCLOSED]);
    assert.equal(code, 1);
    assert.deepEqual(rows.map((row) => [row.file, row.rule]), [[GROUPS, RULE], [UNCLOSED, 'syntax-error']]);
    const [finding, syntax] = rows;
    assert.deepEqual(Object.keys(finding ?? {}), ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'entries', 'fix']);
    assert.deepEqual(
      { ...finding, message: undefined },
      {
        file: GROUPS, line: 2, column: 67, endLine: 2, endColumn: 72, rule: RULE, severity: 'info', message: undefined, entries: [ENTRY],
        fix: { title: 'Set -RequireSenderAuthenticationEnabled to $false', edits: [{ line: 2, column: 67, endLine: 2, endColumn: 72, text: '$false' }] },
      },
    );
    assert.equal(syntax?.severity, 'error');
    assert.deepEqual(syntax?.entries, []);
  });

  it('reads UTF-8 with a BOM and UTF-16 LE/BE alike', async () => {
    const folder = temporaryFolder();
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    writeFileSync(path.join(folder, 'utf8-bom.ps1'), Buffer.concat([bom, Buffer.from(GROUPS_TEXT, 'utf8')]));
    writeFileSync(path.join(folder, 'utf16be.ps1'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GROUPS_TEXT, 'utf16le').swap16()]));
    writeFileSync(path.join(folder, 'utf16le.ps1'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GROUPS_TEXT, 'utf16le')]));
    const { code, rows } = await lintJson(['.'], { cwd: folder });
    assert.equal(code, 0);
    assert.deepEqual(rows.map((row) => [row.file, row.rule, row.line, row.column, row.endColumn]), [
      ['utf16be.ps1', RULE, 2, 67, 72],
      ['utf16le.ps1', RULE, 2, 67, 72],
      ['utf8-bom.ps1', RULE, 2, 67, 72],
    ]);
  });

  it('walks folders for .ps1/.psm1/.psd1 in any case, skipping node_modules, .git and other files, safe from symlink loops', async () => {
    const folder = temporaryFolder();
    for (const relative of ['B.PS1', 'a/c.Psm1', 'a/d.psd1', 'node_modules/x/e.ps1', '.git/f.ps1', 'notes.txt']) {
      mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
      writeFileSync(path.join(folder, relative), GROUPS_TEXT);
    }
    symlinkSync(folder, path.join(folder, 'a', 'loop'), 'dir');
    const { code, rows } = await lintJson(['.'], { cwd: folder });
    assert.equal(code, 0);
    assert.deepEqual(rows.map((row) => row.file), ['B.PS1', path.join('a', 'c.Psm1'), path.join('a', 'd.psd1')]);
  });

  it('an unreadable path is reported and the rest still linted', async () => {
    const folder = temporaryFolder();
    copyFileSync(path.join(FIXTURES, 'scripts', 'groups.ps1'), path.join(folder, 'groups.ps1'));
    symlinkSync('itself.ps1', path.join(folder, 'itself.ps1'));
    const result = await runExkb(['lint', '--format', 'json', 'itself.ps1', 'groups.ps1'], { cwd: folder });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot read itself\.ps1: too many symbolic links/);
    assert.deepEqual((JSON.parse(result.stdout) as Row[]).map((row) => row.file), ['groups.ps1']);
  });

  it('--fix writes the fix back, keeps the encoding, and a second run finds nothing', async () => {
    const folder = temporaryFolder();
    cpSync(path.join(FIXTURES, 'scripts'), folder, { recursive: true });
    const utf16 = path.join(folder, 'utf16.ps1');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GROUPS_TEXT.replace(/\n/g, '\r\n'), 'utf16le')]));
    const fixed = await runExkb(['lint', '--fix', '.'], { cwd: folder });
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.match(fixed.stdout, /fixed groups\.ps1: 1 problem\nfixed utf16\.ps1: 1 problem/);
    assert.match(fixed.stdout, /✔ no problems in 4 files/);
    const expected = GROUPS_TEXT.replace('-RequireSenderAuthenticationEnabled $true', '-RequireSenderAuthenticationEnabled $false');
    assert.equal(readFileSync(path.join(folder, 'groups.ps1'), 'utf8'), expected);
    const bytes = readFileSync(utf16);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(bytes.subarray(2).toString('utf16le'), expected.replace(/\n/g, '\r\n'));
    const again = await lintJson(['.'], { cwd: folder });
    assert.deepEqual(again.rows, []);
  });

  it('--fix with --format json keeps stdout JSON and reports the fixes on stderr', async () => {
    const folder = temporaryFolder();
    copyFileSync(path.join(FIXTURES, 'scripts', 'groups.ps1'), path.join(folder, 'groups.ps1'));
    const result = await runExkb(['lint', '--fix', '--format', 'json', 'groups.ps1'], { cwd: folder });
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.match(result.stderr, /fixed 1 problem\(s\) in 1 file\(s\)/);
  });
});

describe('exkb lint --format sarif', () => {
  const require = createRequire(import.meta.url);
  // The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (@microsoft/sarif-multitool-ts), draft 2020-12.
  const schemaFile = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-ts')), '..', 'assets', 'sarif-2.1.0.schema.json');
  const validator = new Validator(JSON.parse(readFileSync(schemaFile, 'utf8')) as object, '2020-12', false);

  it('is valid SARIF 2.1.0, ready for code scanning', async () => {
    const result = await runExkb(['lint', '--format', 'sarif', SCRIPTS, UNCLOSED, 'no/such.ps1']);
    assert.equal(result.code, 2);
    const log = JSON.parse(result.stdout) as Sarif.Log;
    const validation = validator.validate(log);
    assert.ok(validation.valid, JSON.stringify(validation.errors.slice(-5), null, 2));

    const run = log.runs[0];
    assert.ok(run);
    const driver = run.tool.driver;
    assert.equal(driver.name, 'exkb');
    assert.match(driver.version ?? '', /^\d+\.\d+\.\d+$/);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds?.['%SRCROOT%']?.uri, `${new URL(`file://${REPO_ROOT}/`).href}`);
    for (const found of run.results ?? []) assert.equal(driver.rules?.[found.ruleIndex ?? -1]?.id, found.ruleId);

    const rule = driver.rules?.find((descriptor) => descriptor.id === RULE);
    assert.match(rule?.help?.text ?? '', /Cause: [\s\S]*Fix: /);
    assert.match(rule?.help?.markdown ?? '', /\*\*Fix\.\*\*/);
    assert.ok(rule?.helpUri);
    assert.equal(rule?.defaultConfiguration?.level, 'note');

    const [groups, syntax] = run.results ?? [];
    assert.deepEqual(groups?.locations?.[0]?.physicalLocation, {
      artifactLocation: { uri: 'test/fixtures/lint/scripts/groups.ps1', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 67, endLine: 2, endColumn: 72 },
    });
    assert.equal(groups?.level, 'note');
    assert.equal(groups?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent?.text, '$false');
    assert.equal(syntax?.ruleId, 'syntax-error');
    assert.equal(syntax?.level, 'error');
    assert.equal(run.invocations?.[0]?.executionSuccessful, false);
    assert.match(run.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text ?? '', /cannot read no\/such\.ps1/);
  });

  it('the validator does reject a broken log', () => {
    assert.equal(validator.validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'exkb' } }, results: [{ message: { text: 'x' }, level: 'fatal' }] }] }).valid, false);
  });
});
