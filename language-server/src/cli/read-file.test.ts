import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileErrorReason } from './io.js';
import { readRegularFile } from './read-file.js';

const folder = realpathSync(mkdtempSync(path.join(tmpdir(), 'exkb-read-')));
after(() => rmSync(folder, { recursive: true, force: true }));
const posix = process.platform !== 'win32';

async function reasonFor(file: string, limit?: number): Promise<string> {
  try {
    await readRegularFile(file, limit);
  } catch (error) {
    return fileErrorReason(error);
  }
  return 'read';
}

describe('readRegularFile', () => {
  it('reads a file whole', async () => {
    writeFileSync(path.join(folder, 'a.ps1'), 'Get-Mailbox');
    const { bytes, stats } = await readRegularFile(path.join(folder, 'a.ps1'));
    assert.equal(bytes.toString(), 'Get-Mailbox');
    assert.equal(stats.size, 11);
  });

  it('reads an empty file', async () => {
    writeFileSync(path.join(folder, 'empty.ps1'), '');
    assert.equal((await readRegularFile(path.join(folder, 'empty.ps1'))).bytes.length, 0);
  });

  const REFUSED: ReadonlyArray<[string, () => string, RegExp, boolean]> = [
    ['a folder', () => folder, /it is a folder/, true],
    ['a missing file', () => path.join(folder, 'missing.ps1'), /no such file/, true],
    ['/dev/null, a character device', () => '/dev/null', /character device/, posix],
    ['/dev/zero, which never ends', () => '/dev/zero', /character device/, posix],
    [
      'a FIFO nobody writes to (must not hang)',
      () => {
        const fifo = path.join(folder, 'pipe.ps1');
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
      /named pipe \(FIFO\)/,
      posix,
    ],
  ];
  for (const [name, file, expected, runs] of REFUSED) {
    it(`refuses ${name}`, { skip: runs ? false : 'no such file on this platform' }, async () => assert.match(await reasonFor(file()), expected));
  }

  it('refuses a file above the limit, before reading it', async () => {
    writeFileSync(path.join(folder, 'big.ps1'), 'x'.repeat(3 * 1024 * 1024));
    assert.match(await reasonFor(path.join(folder, 'big.ps1'), 1024 * 1024), /too large to lint \(3 MB; the limit is 1 MB\)/);
  });
});
