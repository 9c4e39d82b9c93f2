// Nothing half-written: `exkb lint --output-file` and `--fix` replace files atomically (temporary file
// beside it, fsync, rename). Faults injected: the destination is a folder, in a missing or read-only
// folder, the disk fills up mid-write, the script changes while linted, and SIGKILL mid-run.
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { filesOf, FIXED, FLAGGED, rows, writeTree } from './cli-hostile-fixtures.js';
import { finished, handOver, permissionRunner, runHostile, scratchFolder, startExkb } from './cli-hostile-process.js';

const OLD_REPORT = '[{"old": "report"}]\n';
const TEMPORARY = /\.exkb-tmp$/;

function leftovers(root: string): string[] {
  const found: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(path.join(folder, entry.name));
      else if (TEMPORARY.test(entry.name)) found.push(path.join(folder, entry.name));
    }
  };
  visit(root);
  return found;
}

/** Fault injection: every write through a FileHandle stores half its bytes, then fails as a full disk does. */
function diskFullPreload(): string {
  const file = path.join(scratchFolder('preload'), 'disk-full.mjs');
  writeFileSync(
    file,
    `import fs from 'node:fs';
const probe = await fs.promises.open(${JSON.stringify(file)}, 'r');
const prototype = Object.getPrototypeOf(probe);
await probe.close();
prototype.writeFile = async function (data) {
  const bytes = Buffer.from(data);
  await this.write(bytes.subarray(0, bytes.length >> 1));
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};
`,
  );
  return file;
}

function bigTree(count: number): string {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++) files[`scripts/part-${index % 20}/Set-${index}.ps1`] = FLAGGED;
  return writeTree(scratchFolder('kill'), files);
}

describe('exkb lint --output-file', () => {
  it('writes the report the way standard output would have shown it, and prints nothing', async () => {
    const root = writeTree(scratchFolder('out'), { 'a.ps1': FLAGGED });
    const shown = await runHostile(['lint', '--format', 'json', 'a.ps1'], { cwd: root });
    const written = await runHostile(['lint', '--format', 'json', '-o', 'report.json', 'a.ps1'], { cwd: root });
    assert.equal(written.code, 0, written.stderr);
    assert.equal(written.stdout, '');
    assert.equal(readFileSync(path.join(root, 'report.json'), 'utf8'), shown.stdout);
    assert.deepEqual(leftovers(root), []);
  });

  it('SARIF with an unreadable input: the file is written, names the problem, and the exit code is 2', async () => {
    const root = writeTree(scratchFolder('out'), { 'a.ps1': FLAGGED });
    const result = await runHostile(['lint', '--format', 'sarif', '--output-file', 'out.sarif', 'a.ps1', 'missing.ps1'], { cwd: root });
    assert.equal(result.code, 2);
    const log = JSON.parse(readFileSync(path.join(root, 'out.sarif'), 'utf8')) as { runs: Array<{ results: unknown[]; invocations: Array<{ executionSuccessful: boolean }> }> };
    assert.equal(log.runs[0]?.results.length, 1);
    assert.equal(log.runs[0]?.invocations[0]?.executionSuccessful, false);
  });

  const REFUSED: ReadonlyArray<[string, (root: string) => string, RegExp]> = [
    ['a folder', (root) => (mkdirSync(path.join(root, 'reports')), 'reports'), /^exkb lint: cannot write the report to reports: it is a folder$/m],
    ['a file in a missing folder', () => path.join('no', 'such', 'report.json'), /^exkb lint: cannot write the report to no\/such\/report\.json: its folder does not exist$/m],
    ['a file below a file', () => path.join('a.ps1', 'report.json'), /cannot write the report to a\.ps1\/report\.json: a part of the path is a file, not a folder/],
    ['one of the scripts being linted', () => 'a.ps1', /^exkb lint: --output-file a\.ps1 is a\.ps1, one of the scripts to lint; write the report elsewhere$/m],
  ];
  for (const [name, destination, stderr] of REFUSED) {
    it(`refuses ${name} before linting anything, exit 2`, async () => {
      const root = writeTree(scratchFolder('out'), { 'a.ps1': FLAGGED });
      const result = await runHostile(['lint', '--format', 'json', '-o', destination(root), 'a.ps1'], { cwd: root });
      assert.equal(result.code, 2);
      assert.match(result.stderr, stderr);
      assert.equal(result.stdout, '');
      assert.equal(readFileSync(path.join(root, 'a.ps1'), 'utf8'), FLAGGED);
      assert.deepEqual(leftovers(root), []);
    });
  }

  it('a read-only folder: clear error, exit 2, the old report intact', { skip: permissionRunner.skip }, async () => {
    const root = writeTree(scratchFolder('out'), { 'a.ps1': FLAGGED, 'reports/report.json': OLD_REPORT });
    handOver(root, permissionRunner.uid);
    chmodSync(path.join(root, 'reports'), 0o555);
    try {
      const result = await runHostile(['lint', '--format', 'json', '-o', 'reports/report.json', 'a.ps1'], { cwd: root, ...(permissionRunner.uid === undefined ? {} : { uid: permissionRunner.uid }) });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /cannot write the report to reports\/report\.json: permission denied/);
      assert.equal(readFileSync(path.join(root, 'reports', 'report.json'), 'utf8'), OLD_REPORT);
    } finally {
      chmodSync(path.join(root, 'reports'), 0o755);
    }
  });

  it('the disk fills up while the report is written: exit 2, the old report intact, no temporary file left', async () => {
    const root = writeTree(scratchFolder('out'), { 'a.ps1': FLAGGED, 'report.json': OLD_REPORT });
    const result = await runHostile(['lint', '--format', 'json', '-o', 'report.json', 'a.ps1'], { cwd: root, preload: diskFullPreload() });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^exkb lint: cannot write the report to report\.json: no space left on the device; the file is left as it was$/m);
    assert.equal(readFileSync(path.join(root, 'report.json'), 'utf8'), OLD_REPORT);
    assert.deepEqual(leftovers(root), []);
  });

  it('SIGKILL at any moment leaves the old report or the whole new one, never part of one', { timeout: 180_000 }, async () => {
    const root = bigTree(1500);
    const report = path.join(root, 'report.json');
    const started = Date.now();
    const complete = await runHostile(['lint', '--format', 'json', '-o', report, 'scripts'], { cwd: root });
    const duration = Date.now() - started;
    assert.equal(complete.code, 0, complete.stderr);
    const whole = readFileSync(report, 'utf8');
    assert.equal(filesOf(whole).length, 1500);
    const outcomes = { old: 0, new: 0 };
    for (const fraction of [0.2, 0.5, 0.8, 0.9, 0.97, 1]) {
      writeFileSync(report, OLD_REPORT);
      const child = startExkb(['lint', '--format', 'json', '-o', report, 'scripts'], { cwd: root });
      const done = finished(child);
      await delay(Math.round(duration * fraction));
      child.kill('SIGKILL');
      await done;
      const after = readFileSync(report, 'utf8');
      if (after === OLD_REPORT) outcomes.old++;
      else {
        assert.equal(after, whole, `killed at ${Math.round(fraction * 100)}% of a run: the report is neither the old one nor the whole new one`);
        outcomes.new++;
      }
    }
    assert.ok(outcomes.old > 0, JSON.stringify(outcomes));
  });
});

describe('exkb lint --fix writes atomically', () => {
  it('keeps a symlink a link (fixing its target) and the permission bits', { skip: process.platform === 'win32' ? 'POSIX modes' : false }, async () => {
    const root = writeTree(scratchFolder('fix'), { 'real/a.ps1': FLAGGED });
    chmodSync(path.join(root, 'real', 'a.ps1'), 0o754);
    symlinkSync(path.join('real', 'a.ps1'), path.join(root, 'link.ps1'));
    const result = await runHostile(['lint', '--fix', '--format', 'json', 'link.ps1'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(lstatSync(path.join(root, 'link.ps1')).isSymbolicLink());
    assert.equal(readlinkSync(path.join(root, 'link.ps1')), path.join('real', 'a.ps1'));
    assert.equal(readFileSync(path.join(root, 'real', 'a.ps1'), 'utf8'), FIXED);
    assert.equal(statSync(path.join(root, 'real', 'a.ps1')).mode & 0o777, 0o754);
    assert.deepEqual(leftovers(root), []);
  });

  it('a read-only script is reported and left as it was, exit 2', { skip: permissionRunner.skip }, async () => {
    const root = writeTree(scratchFolder('fix'), { 'locked.ps1': FLAGGED, 'open.ps1': FLAGGED });
    handOver(root, permissionRunner.uid);
    chmodSync(path.join(root, 'locked.ps1'), 0o444);
    const result = await runHostile(['lint', '--fix', '--format', 'json', '.'], { cwd: root, ...(permissionRunner.uid === undefined ? {} : { uid: permissionRunner.uid }) });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^exkb lint: cannot write the fixes to locked\.ps1: permission denied$/m);
    assert.equal(readFileSync(path.join(root, 'locked.ps1'), 'utf8'), FLAGGED);
    assert.equal(readFileSync(path.join(root, 'open.ps1'), 'utf8'), FIXED);
    // The unfixed file's finding is reported as it still is.
    assert.deepEqual(rows(result.stdout).map((row) => [row.file, row.line]), [['locked.ps1', 2]]);
  });

  it('the disk fills up while a fix is written: the script is left as it was, exit 2', async () => {
    const root = writeTree(scratchFolder('fix'), { 'a.ps1': FLAGGED });
    const result = await runHostile(['lint', '--fix', '--format', 'json', 'a.ps1'], { cwd: root, preload: diskFullPreload() });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot write the fixes to a\.ps1: no space left on the device/);
    assert.equal(readFileSync(path.join(root, 'a.ps1'), 'utf8'), FLAGGED);
    assert.deepEqual(leftovers(root), []);
  });

  it('a script edited while exkb lints it is not overwritten', async () => {
    const root = writeTree(scratchFolder('fix'), { 'a.ps1': FLAGGED });
    const preload = path.join(scratchFolder('preload'), 'edit-meanwhile.mjs');
    // Fault injection: the second realpath of a.ps1 (the one --fix makes before writing) comes after someone saved it.
    writeFileSync(
      preload,
      `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const realpath = fs.promises.realpath;
let calls = 0;
fs.promises.realpath = function (file, ...rest) {
  if (String(file).endsWith('a.ps1') && ++calls === 2) fs.appendFileSync(file, '# saved in the editor meanwhile\\n');
  return realpath.call(this, file, ...rest);
};
syncBuiltinESMExports();
`,
    );
    const result = await runHostile(['lint', '--fix', '--format', 'json', 'a.ps1'], { cwd: root, preload });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot write the fixes to a\.ps1: it changed while exkb was linting it, so the fixes were not written; run exkb again/);
    assert.equal(readFileSync(path.join(root, 'a.ps1'), 'utf8'), `${FLAGGED}# saved in the editor meanwhile\n`);
  });

  it('SIGKILL during --fix of 2,000 scripts: each is either untouched or wholly fixed', { timeout: 300_000 }, async () => {
    let root = '';
    let killed = false;
    // Killed at a point of the run; when the run was already over, again earlier, on a fresh tree.
    for (const fraction of [0.6, 0.3, 0.15, 0.05]) {
      root = bigTree(2000);
      const started = Date.now();
      const probe = await runHostile(['lint', '--format', 'json', 'scripts'], { cwd: root });
      assert.equal(probe.code, 0);
      const child = startExkb(['lint', '--fix', '--format', 'json', 'scripts'], { cwd: root });
      const done = finished(child);
      await delay(Math.round((Date.now() - started) * fraction));
      child.kill('SIGKILL');
      killed = (await done).signal === 'SIGKILL';
      if (killed) break;
    }
    assert.ok(killed, 'every run was over before the kill');
    const contents = new Map<string, number>();
    const visit = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) visit(full);
        else if (entry.name.endsWith('.ps1')) {
          const text = readFileSync(full, 'utf8');
          assert.ok(text === FLAGGED || text === FIXED, `${full} is half-written: ${JSON.stringify(text)}`);
          contents.set(text, (contents.get(text) ?? 0) + 1);
        }
      }
    };
    visit(path.join(root, 'scripts'));
    assert.equal([...contents.values()].reduce((sum, count) => sum + count, 0), 2000);
    // A kill between writing a temporary file and renaming it can leave that one file; it is never linted.
    assert.ok(leftovers(root).length <= 1, leftovers(root).join('\n'));
    const rerun = await runHostile(['lint', '--fix', '--format', 'json', 'scripts'], { cwd: root });
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual(rows(rerun.stdout), []);
  });
});
