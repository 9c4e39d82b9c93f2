// Text output goes to terminals: control characters from file names and from values quoted out of a
// script are printed escaped, so a hostile tree cannot retitle, clear or forge lines of the
// terminal. JSON and SARIF keep the names exactly (their escaping is JSON's).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filesOf, FLAGGED, writeTree } from './cli-hostile-fixtures.js';
import { runHostile, scratchFolder } from './cli-hostile-process.js';

const NAME = '\u001b]0;pwned\u0007 new\nline.ps1';
const BINARY_NAME = 'bin\u001b[2J.ps1';
const HOSTILE_VALUE = FLAGGED.replace('"Sales"', '"Sa\u001b[2J\u009bles"');

describe('exkb lint: control characters never reach the terminal raw', { skip: process.platform === 'win32' ? 'such names cannot exist' : false }, () => {
  const root = writeTree(scratchFolder('terminal'), { [NAME]: FLAGGED, [BINARY_NAME]: Buffer.from([0x47, 0, 0x1b]), 'value.ps1': HOSTILE_VALUE });

  it('text: names and quoted values are escaped, one line per finding', async () => {
    const result = await runHostile(['lint', '.'], { cwd: root });
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stdout + result.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    assert.match(result.stdout, /^\\x1b\]0;pwned\\x07 new\\nline\.ps1\n  2:67  info/m);
    assert.match(result.stdout, /makes "Sa\\x1b\[2J\\x9bles" reject mail/);
    assert.equal(result.stderr, 'exkb lint: skipped bin\\x1b[2J.ps1: it looks binary (a NUL character at offset 1), not a PowerShell script\n');
  });

  it('json: the names exactly as they are', async () => {
    const result = await runHostile(['lint', '--format', 'json', '.'], { cwd: root });
    assert.deepEqual(filesOf(result.stdout), [NAME, 'value.ps1']);
  });
});
