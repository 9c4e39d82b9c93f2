// `exkb lint` over big and tangled trees: thousands of files under a low open-file limit and a small
// heap, and symbolic links that loop, dangle or leave the tree. Every script is linted exactly once,
// in a stable order, and nothing recurses forever.
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { filesOf, FLAGGED, writeTree } from './cli-hostile-fixtures.js';
import { runHostile, scratchFolder } from './cli-hostile-process.js';

/** Far below the 5,000 files (Node's own module loading needs about 100). */
const OPEN_FILES = 160;
const HEAP_MEGABYTES = 96;

/** The order a walk sorted by code point per folder gives. */
function walkOrder(paths: readonly string[]): string[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...paths].sort((a, b) => {
    const left = a.split('/');
    const right = b.split('/');
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
      const order = compare(left[index] ?? '', right[index] ?? '');
      if (order !== 0) return order;
    }
    return left.length - right.length;
  });
}

describe('exkb lint: big and tangled trees', () => {
  it('5,000 scripts in nested folders: all linted once, in walk order, with 160 open files and a 96 MB heap', { skip: process.platform === 'win32' ? 'ulimit' : false, timeout: 120_000 }, async () => {
    const files: Record<string, string> = {};
    for (let area = 0; area < 50; area++) for (let group = 0; group < 4; group++) for (let script = 0; script < 25; script++) files[`area ${area}/g${group}/Set-${script}.ps1`] = FLAGGED;
    // Noise the walk must pass over: other files, and scripts where it must not look.
    for (let index = 0; index < 200; index++) files[`area ${index % 50}/notes-${index}.txt`] = 'not a script';
    files['node_modules/dep/skip.ps1'] = FLAGGED;
    const root = writeTree(scratchFolder('big'), files);
    const result = await runHostile(['lint', '--format', 'json', '.'], { cwd: root, openFiles: OPEN_FILES, heapMegabytes: HEAP_MEGABYTES });
    assert.equal(result.code, 0, result.stderr.slice(0, 2000));
    assert.equal(result.stderr, '');
    const linted = filesOf(result.stdout);
    const expected = walkOrder(Object.keys(files).filter((file) => file.endsWith('.ps1') && !file.startsWith('node_modules')));
    assert.equal(linted.length, 5000);
    assert.deepEqual(linted, expected.map(path.normalize));
  });

  it('symbolic links: to the parent folder, a loop a→b→a, dangling, to a file and a folder outside the tree, twice to one file', async () => {
    const outside = writeTree(scratchFolder('outside'), { 'outside.ps1': FLAGGED, 'folder/c.ps1': FLAGGED });
    const root = writeTree(scratchFolder('links'), { 'real/a.ps1': FLAGGED, 'real/b.ps1': FLAGGED, 'real/deep/d.ps1': FLAGGED });
    symlinkSync('..', path.join(root, 'real', 'up'), 'dir');
    symlinkSync(path.join(root, 'real'), path.join(root, 'real', 'deep', 'back'), 'dir');
    symlinkSync('loop-b', path.join(root, 'loop-a'));
    symlinkSync('loop-a', path.join(root, 'loop-b'));
    symlinkSync('missing.ps1', path.join(root, 'dangling.ps1'));
    symlinkSync(path.join(outside, 'outside.ps1'), path.join(root, 'outside.ps1'));
    symlinkSync(path.join(outside, 'folder'), path.join(root, 'outside-folder'), 'dir');
    symlinkSync(path.join('real', 'a.ps1'), path.join(root, 'twice.ps1'));
    const result = await runHostile(['lint', '--format', 'json', '.', 'real/a.ps1', 'twice.ps1'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(filesOf(result.stdout), ['outside-folder/c.ps1', 'outside.ps1', 'real/a.ps1', 'real/b.ps1', 'real/deep/d.ps1'].map(path.normalize));
    assert.equal(result.stderr, 'exkb lint: skipped dangling.ps1: a symbolic link to nothing (its target does not exist)\n');
  });

  it('a folder named on the command line twice, and through a link, is walked once', async () => {
    const root = writeTree(scratchFolder('twice'), { 'scripts/a.ps1': FLAGGED });
    symlinkSync('scripts', path.join(root, 'alias'), 'dir');
    const result = await runHostile(['lint', '--format', 'json', 'scripts', 'alias', './scripts/'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(filesOf(result.stdout), [path.join('scripts', 'a.ps1')]);
  });
});
