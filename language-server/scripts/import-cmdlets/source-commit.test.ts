import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSourceCommit } from './source-commit.js';

const README = [
  '| folder | what | source |',
  '|---|---|---|',
  '| `widgets/` | Widget pages | someone/widgets, commit 1111111111111111111111111111111111111111 |',
  '| `widget-cmdlets/` | Cmdlet pages | someone/docs, folder `x/`, commit ABCDEF0123456789abcdef0123456789ABCDEF01 (2026-01-01) |',
].join('\n');

describe('readSourceCommit', () => {
  it('reads the commit from the folder row, lower-cased', () => {
    assert.equal(readSourceCommit(README, 'widget-cmdlets'), 'abcdef0123456789abcdef0123456789abcdef01');
    assert.equal(readSourceCommit(README, 'widgets'), '1111111111111111111111111111111111111111');
  });
  it('is undefined without a row or a 40-digit commit', () => {
    assert.equal(readSourceCommit(README, 'gadgets'), undefined);
    assert.equal(readSourceCommit('| `gadgets/` | commit 1234567 |', 'gadgets'), undefined);
  });
});
