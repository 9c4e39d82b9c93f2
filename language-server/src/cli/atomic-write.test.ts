import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { assertWritableDestination, TEMPORARY_SUFFIX, writeFileAtomic } from './atomic-write.js';
import { fileErrorReason } from './io.js';

const folders: string[] = [];
after(() => folders.forEach((created) => rmSync(created, { recursive: true, force: true })));

function folder(): string {
  const created = realpathSync(mkdtempSync(path.join(tmpdir(), 'exkb-atomic-')));
  folders.push(created);
  return created;
}

async function failure(action: () => Promise<void>): Promise<string> {
  try {
    await action();
  } catch (error) {
    return fileErrorReason(error);
  }
  return 'written';
}

describe('writeFileAtomic', () => {
  it('creates a file, then replaces it whole, leaving no temporary file', async () => {
    const root = folder();
    const file = path.join(root, 'report.json');
    await writeFileAtomic(file, '[1]');
    await writeFileAtomic(file, '[2]');
    assert.equal(readFileSync(file, 'utf8'), '[2]');
    assert.deepEqual(readdirSync(root), ['report.json']);
  });

  it('replaces a file whose name uses the whole 255-byte limit', async () => {
    const file = path.join(folder(), `${'é'.repeat(125)}.ps1`);
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    assert.equal(readFileSync(file, 'utf8'), 'new');
  });

  it('keeps the mode it is given, whatever the umask', { skip: process.platform === 'win32' ? 'no POSIX modes' : false }, async () => {
    const file = path.join(folder(), 'run.ps1');
    await writeFileAtomic(file, 'x', { mode: 0o640 });
    assert.equal(statSync(file).mode & 0o777, 0o640);
  });

  it('refuses a folder as destination and leaves it and no temporary file behind', async () => {
    const root = folder();
    mkdirSync(path.join(root, 'out'));
    assert.equal(await failure(() => writeFileAtomic(path.join(root, 'out'), 'x')), 'it is a folder');
    assert.equal(await failure(() => assertWritableDestination(path.join(root, 'out'))), 'it is a folder');
    assert.deepEqual(readdirSync(root), ['out']);
  });

  it('refuses a destination in a missing folder', async () => {
    const root = folder();
    assert.equal(await failure(() => assertWritableDestination(path.join(root, 'no', 'report.json'))), 'no such file');
    assert.equal(await failure(() => writeFileAtomic(path.join(root, 'no', 'report.json'), 'x')), 'no such file');
  });

  it('in a read-only folder fails and leaves the old file as it was', { skip: process.getuid?.() === 0 ? 'root writes into read-only folders; test/src/cli-hostile runs this as another user' : process.platform === 'win32' }, async () => {
    const root = folder();
    writeFileSync(path.join(root, 'report.json'), 'old');
    chmodSync(root, 0o555);
    try {
      assert.equal(await failure(() => writeFileAtomic(path.join(root, 'report.json'), 'new')), 'permission denied');
      assert.equal(readFileSync(path.join(root, 'report.json'), 'utf8'), 'old');
      assert.ok(!readdirSync(root).some((name) => name.endsWith(TEMPORARY_SUFFIX)));
    } finally {
      chmodSync(root, 0o755);
    }
  });
});
