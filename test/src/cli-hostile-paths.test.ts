// `exkb lint` against paths that cannot be read: no permission, missing, special files (a FIFO must
// not hang it), files that disappear after the walk listed them. Each gives one line naming the
// path, the rest is still linted, and the exit code says the report is incomplete (2).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { AS_ERROR, filesOf, FLAGGED, writeTree } from './cli-hostile-fixtures.js';
import { handOver, permissionRunner, runHostile, scratchFolder } from './cli-hostile-process.js';

const posixOnly = process.platform === 'win32' ? 'POSIX special files only' : false;
/** A FIFO that hangs exkb fails the test instead of the whole suite. */
const HANG_GUARD = { timeout: 30_000 };

interface PermissionCase {
  files: Record<string, string>;
  lock: Record<string, number>;
  stderr: RegExp;
  linted: string[];
}

const PERMISSIONS: ReadonlyArray<[string, PermissionCase]> = [
  ['a file without read permission', { files: { 'locked.ps1': FLAGGED, 'open.ps1': FLAGGED }, lock: { 'locked.ps1': 0o000 }, stderr: /^exkb lint: cannot read locked\.ps1: permission denied$/m, linted: ['open.ps1'] }],
  ['a folder without read permission', { files: { 'locked/a.ps1': FLAGGED, 'open.ps1': FLAGGED }, lock: { locked: 0o000 }, stderr: /^exkb lint: cannot read folder locked: permission denied$/m, linted: ['open.ps1'] }],
  [
    'a folder that can be listed but not entered (r--)',
    { files: { 'listed/a.ps1': FLAGGED, 'open.ps1': FLAGGED }, lock: { listed: 0o444 }, stderr: /^exkb lint: cannot read listed\/a\.ps1: permission denied$/m, linted: ['open.ps1'] },
  ],
  ['an unreadable file named on the command line', { files: { 'locked.ps1': FLAGGED, 'open.ps1': FLAGGED }, lock: { 'locked.ps1': 0o000 }, stderr: /^exkb lint: cannot read locked\.ps1: permission denied$/m, linted: ['open.ps1'] }],
];

describe('exkb lint: paths that cannot be read', () => {
  for (const [name, { files, lock, stderr, linted }] of PERMISSIONS) {
    it(`${name}: one message naming it, the rest linted, exit 2`, { skip: permissionRunner.skip }, async () => {
      const root = writeTree(scratchFolder('perm'), files);
      handOver(root, permissionRunner.uid);
      for (const [relative, mode] of Object.entries(lock)) chmodSync(path.join(root, relative), mode);
      try {
        const args = name.includes('named') ? Object.keys(files) : ['.'];
        const result = await runHostile(['lint', '--format', 'json', ...args], { cwd: root, ...(permissionRunner.uid === undefined ? {} : { uid: permissionRunner.uid }) });
        assert.equal(result.code, 2, result.stderr);
        assert.match(result.stderr, stderr);
        assert.equal(result.stderr.match(/cannot read/g)?.length, 1, result.stderr);
        assert.match(result.stderr, /the report is incomplete: 1 problem\(s\) besides the findings \(exit code 2\)/);
        assert.deepEqual(filesOf(result.stdout), linted);
      } finally {
        for (const relative of Object.keys(lock)) chmodSync(path.join(root, relative), 0o755);
      }
    });
  }

  it('a path that does not exist', async () => {
    const root = writeTree(scratchFolder('missing'), { 'a.ps1': FLAGGED });
    const result = await runHostile(['lint', '--format', 'json', 'no/such.ps1', 'a.ps1'], { cwd: root });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^exkb lint: cannot read no\/such\.ps1: no such file or folder$/m);
    assert.deepEqual(filesOf(result.stdout), ['a.ps1']);
  });

  it('a path through a file (a.ps1/b.ps1)', async () => {
    const root = writeTree(scratchFolder('notdir'), { 'a.ps1': FLAGGED });
    const result = await runHostile(['lint', '--format', 'json', 'a.ps1/b.ps1', 'a.ps1'], { cwd: root });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot read a\.ps1\/b\.ps1: a part of the path is a file, not a folder/);
    assert.deepEqual(filesOf(result.stdout), ['a.ps1']);
  });

  const SPECIAL: ReadonlyArray<[string, (root: string) => string, RegExp]> = [
    ['/dev/null', () => '/dev/null', /cannot read \/dev\/null: it is a character device, not a file/],
    ['/dev/zero (endless)', () => '/dev/zero', /cannot read \/dev\/zero: it is a character device, not a file/],
    ['a FIFO nobody writes to', (root) => (execFileSync('mkfifo', [path.join(root, 'pipe.ps1')]), 'pipe.ps1'), /cannot read pipe\.ps1: it is a named pipe \(FIFO\), not a file/],
  ];
  for (const [name, make, stderr] of SPECIAL) {
    it(`${name} named on the command line is refused at once, the rest linted, exit 2`, { ...HANG_GUARD, skip: posixOnly }, async () => {
      const root = writeTree(scratchFolder('special'), { 'a.ps1': FLAGGED });
      const result = await runHostile(['lint', '--format', 'json', make(root), 'a.ps1'], { cwd: root });
      assert.equal(result.code, 2);
      assert.match(result.stderr, stderr);
      assert.deepEqual(filesOf(result.stdout), ['a.ps1']);
    });
  }

  it('exkb scan refuses /dev/zero and a FIFO at once instead of reading forever', { ...HANG_GUARD, skip: posixOnly }, async () => {
    const root = scratchFolder('scan');
    execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
    for (const [file, reason] of [['/dev/zero', 'character device'], ['pipe.txt', 'named pipe']]) {
      const result = await runHostile(['scan', file ?? ''], { cwd: root });
      assert.equal(result.code, 2);
      assert.match(result.stderr, new RegExp(`^exkb scan: cannot read ${file}: it is a ${reason}`, 'm'));
    }
  });

  it('a FIFO named exkb.config.json is passed over when found, and refused when named with --config, instead of blocking the run', { ...HANG_GUARD, skip: posixOnly }, async () => {
    const root = writeTree(scratchFolder('config-fifo'), { 'a.ps1': FLAGGED });
    const reference = await runHostile(['lint', '--format', 'json', 'a.ps1'], { cwd: root });
    execFileSync('mkfifo', [path.join(root, 'exkb.config.json')]);
    const found = await runHostile(['lint', '--format', 'json', 'a.ps1'], { cwd: root });
    assert.deepEqual([found.code, found.stdout], [reference.code, reference.stdout], 'as if there were no config');
    const named = await runHostile(['lint', '--format', 'json', '--config', 'exkb.config.json', 'a.ps1'], { cwd: root });
    assert.equal(named.code, 2, named.stderr);
    assert.match(named.stderr, /--config exkb\.config\.json: cannot read the config file: it is a named pipe \(FIFO\), not a file/);
  });

  it('a script and a folder whose names are not UTF-8: named (with U+FFFD), the rest linted, exit 2', { skip: process.platform === 'linux' ? false : 'only Linux file systems store any bytes' }, async () => {
    const root = writeTree(scratchFolder('bytes'), { 'a.ps1': FLAGGED });
    const bytesName = (...parts: Array<string | number[]>) => Buffer.concat([Buffer.from(`${root}/`), ...parts.map((part) => Buffer.from(typeof part === 'string' ? Buffer.from(part) : part))]);
    writeFileSync(bytesName('bad', [0xff], '.ps1'), FLAGGED);
    writeFileSync(bytesName('notes', [0xff], '.txt'), 'not a script: never mentioned');
    mkdirSync(bytesName('folder', [0xfe]));
    const result = await runHostile(['lint', '--format', 'json', '.'], { cwd: root });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /^exkb lint: cannot read bad\uFFFD\.ps1: its name is not valid UTF-8; rename it$/m);
    assert.match(result.stderr, /^exkb lint: cannot read folder\uFFFD: its name is not valid UTF-8; rename it$/m);
    assert.doesNotMatch(result.stderr, /notes/);
    assert.deepEqual(filesOf(result.stdout), ['a.ps1']);
  });

  it('a 40 MB script (sparse, so free to make) is refused before it is read, the rest linted, exit 2', async () => {
    const root = writeTree(scratchFolder('huge'), { 'a.ps1': FLAGGED, 'huge.ps1': '' });
    truncateSync(path.join(root, 'huge.ps1'), 40 * 1024 * 1024);
    const result = await runHostile(['lint', '--format', 'json', '.'], { cwd: root, heapMegabytes: 64 });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /^exkb lint: cannot read huge\.ps1: it is too large to lint \(40 MB; the limit is 32 MB\)$/m);
    assert.deepEqual(filesOf(result.stdout), ['a.ps1']);
  });

  const servers: Server[] = [];
  after(() => servers.forEach((server) => server.close()));

  it('a FIFO and a socket named like scripts inside a folder are skipped with a note; the exit code stays the findings\'', { ...HANG_GUARD, skip: posixOnly }, async () => {
    const root = writeTree(scratchFolder('walked-special'), { 'a.ps1': FLAGGED });
    execFileSync('mkfifo', [path.join(root, 'pipe.ps1'), path.join(root, 'pipe.txt')]);
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(path.join(root, 'socket.ps1'), resolve));
    const result = await runHostile(['lint', '--format', 'json', ...AS_ERROR, '.'], { cwd: root });
    assert.equal(result.code, 1, result.stderr);
    assert.deepEqual(filesOf(result.stdout), ['a.ps1']);
    assert.match(result.stderr, /^exkb lint: skipped pipe\.ps1: it is a named pipe \(FIFO\), not a file$/m);
    assert.match(result.stderr, /^exkb lint: skipped socket\.ps1: it is a socket, not a file$/m);
    assert.doesNotMatch(result.stderr, /pipe\.txt|incomplete/);
  });

  it('a file that disappears after the walk listed it (removed just before exkb opens it)', async () => {
    const root = writeTree(scratchFolder('vanish'), { 'a.ps1': FLAGGED, 'vanishes.ps1': FLAGGED, 'z.ps1': FLAGGED });
    const preload = path.join(root, 'remove-before-open.mjs');
    // Fault injection: fs.promises.open removes vanishes.ps1 first, exactly between listing and reading.
    writeFileSync(
      preload,
      `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const open = fs.promises.open;
fs.promises.open = function (file, ...rest) {
  if (String(file).endsWith('vanishes.ps1')) fs.rmSync(file, { force: true });
  return open.call(this, file, ...rest);
};
syncBuiltinESMExports();
`,
    );
    const result = await runHostile(['lint', '--format', 'json', '.'], { cwd: root, preload });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /^exkb lint: cannot read vanishes\.ps1: it disappeared after exkb listed it$/m);
    assert.deepEqual(filesOf(result.stdout), ['a.ps1', 'z.ps1']);
  });
});

describe('exkb lint: exit codes', () => {
  const root = writeTree(scratchFolder('exit'), { 'clean.ps1': 'Get-Mailbox\n', 'flagged.ps1': FLAGGED, 'binary.ps1': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]) });
  const TABLE: ReadonlyArray<[string, string[], number]> = [
    ['nothing found', ['clean.ps1'], 0],
    ['an info finding only', ['flagged.ps1'], 0],
    ['an error finding', [...AS_ERROR, 'flagged.ps1'], 1],
    ['a binary file skipped with a note, nothing else', ['binary.ps1', 'clean.ps1'], 0],
    ['an error finding and an unreadable path: 2 wins, the finding is still reported', [...AS_ERROR, 'flagged.ps1', 'missing.ps1'], 2],
    ['bad usage', ['--format', 'yaml', 'clean.ps1'], 2],
  ];
  for (const [name, args, code] of TABLE) {
    it(`${name} → ${code}`, async () => {
      const result = await runHostile(['lint', ...args], { cwd: root });
      assert.equal(result.code, code, result.stderr);
      if (name.includes('still reported')) assert.match(result.stdout, /flagged\.ps1\n  2:67  error/);
    });
  }
});
