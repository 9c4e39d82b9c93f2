import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { collectFiles } from './collect-files.js';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function tree(files: readonly string[]): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'exkb-walk-')));
  roots.push(root);
  for (const relative of files) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), '');
  }
  return root;
}

describe('collectFiles', () => {
  it('walks folders for scripts in any case, sorted, skipping node_modules and .git', async () => {
    const root = tree(['b.psm1', 'A.PS1', 'c.psd1', 'notes.txt', 'script.ps1.bak', 'sub/d.ps1', 'node_modules/x/e.ps1', '.git/hooks/f.ps1', 'Sub2/G.Ps1']);
    const { files, problems } = await collectFiles(['.'], root);
    assert.deepEqual(problems, []);
    assert.deepEqual(files.map((file) => file.shown), ['A.PS1', 'Sub2/G.Ps1', 'b.psm1', 'c.psd1', 'sub/d.ps1'].map(path.normalize));
    assert.equal(files[0]?.absolute, path.join(root, 'A.PS1'));
  });

  it('shows paths as given, and lints a named file whatever its extension', async () => {
    const root = tree(['scripts/a.ps1', 'job.txt']);
    const { files } = await collectFiles(['scripts/', 'job.txt'], root);
    assert.deepEqual(files.map((file) => file.shown), [path.join('scripts', 'a.ps1'), 'job.txt']);
  });

  it('lists a file once when two paths reach it', async () => {
    const root = tree(['a.ps1']);
    const { files } = await collectFiles(['.', 'a.ps1', './a.ps1'], root);
    assert.deepEqual(files.map((file) => file.shown), ['a.ps1']);
  });

  it('survives a symlink loop and a dangling link', async () => {
    const root = tree(['loop/a.ps1']);
    symlinkSync(path.join(root, 'loop'), path.join(root, 'loop', 'again'), 'dir');
    symlinkSync(path.join(root, 'nowhere.ps1'), path.join(root, 'dangling.ps1'));
    const { files, problems, notes } = await collectFiles(['.'], root);
    assert.deepEqual(files.map((file) => file.shown), [path.join('loop', 'a.ps1')]);
    assert.deepEqual(problems, []);
    assert.deepEqual(notes, ['skipped dangling.ps1: a symbolic link to nothing (its target does not exist)']);
  });

  it('ends a loop of two links silently when their names are no script names, with a note when they are', async () => {
    const root = tree(['a.ps1']);
    symlinkSync('b', path.join(root, 'a'));
    symlinkSync('a', path.join(root, 'b'));
    symlinkSync('y.ps1', path.join(root, 'x.ps1'));
    symlinkSync('x.ps1', path.join(root, 'y.ps1'));
    const { files, problems, notes } = await collectFiles(['.'], root);
    assert.deepEqual(files.map((file) => file.shown), ['a.ps1']);
    assert.deepEqual(problems, []);
    assert.deepEqual(notes, ['skipped x.ps1: a loop of symbolic links', 'skipped y.ps1: a loop of symbolic links']);
  });

  it('skips a FIFO found by walking with a note, and refuses one named on the command line', { skip: process.platform === 'win32' ? 'no FIFOs' : false }, async () => {
    const root = tree(['a.ps1']);
    execFileSync('mkfifo', [path.join(root, 'pipe.ps1'), path.join(root, 'pipe.txt')]);
    const walked = await collectFiles(['.'], root);
    assert.deepEqual(walked.files.map((file) => file.shown), ['a.ps1']);
    assert.deepEqual(walked.notes, ['skipped pipe.ps1: it is a named pipe (FIFO), not a file']);
    const named = await collectFiles(['pipe.ps1', '/dev/null'], root);
    assert.deepEqual(named.files, []);
    assert.deepEqual(named.problems, ['cannot read pipe.ps1: it is a named pipe (FIFO), not a file', 'cannot read /dev/null: it is a character device, not a file']);
  });

  it('reports a missing path and keeps the rest', async () => {
    const root = tree(['a.ps1']);
    const { files, problems } = await collectFiles(['missing', 'a.ps1'], root);
    assert.deepEqual(files.map((file) => file.shown), ['a.ps1']);
    assert.deepEqual(problems, ['cannot read missing: no such file or folder']);
  });

  it('reports an unreadable folder and keeps the rest', { skip: process.getuid?.() === 0 ? 'root reads every folder' : false }, async () => {
    const root = tree(['locked/a.ps1', 'open/b.ps1']);
    chmodSync(path.join(root, 'locked'), 0o000);
    try {
      const { files, problems } = await collectFiles(['.'], root);
      assert.deepEqual(files.map((file) => file.shown), [path.join('open', 'b.ps1')]);
      assert.deepEqual(problems, ['cannot read folder locked: permission denied']);
    } finally {
      chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
});
