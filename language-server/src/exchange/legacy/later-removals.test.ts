import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../lint.js';
import { RULES } from '../../rules/index.js';
import { mergeSettings } from '../../settings.js';
import { LATER_REMOVALS, laterRemoval } from './later-removals.js';
import { VERB_NOUN } from './names.js';
import { removedCmdlet } from './removed-cmdlets.js';
import { assertVersions, KNOWN_ENTRIES, NO_REFERENCE, REFERENCE, releaseOf } from './testing.js';

describe('later removals table', () => {
  const notInVersion = RULES.find((rule) => rule.meta.id === 'cmdlet-not-in-version')!;
  for (const row of LATER_REMOVALS) {
    describe(row.name, () => {
      it('is well-formed', () => {
        assert.match(row.name, VERB_NOUN);
        assertVersions(row.alsoIn, row.name);
        assertVersions(row.removedFrom, row.name);
        assert.ok(releaseOf(row.removedIn), row.removedIn);
        for (const entry of row.entries ?? []) assert.ok(KNOWN_ENTRIES.has(entry), entry);
        assert.equal(removedCmdlet(row.name), undefined, 'a removed cmdlet belongs in one table');
      });

      it('is a reference cmdlet, and its replacements are too', { skip: NO_REFERENCE }, () => {
        assert.ok(REFERENCE!.page(row.name), `${row.name} has no reference page`);
        for (const replacement of row.replacement) assert.ok(REFERENCE!.page(replacement), replacement);
      });

      for (const target of row.removedFrom) {
        it(`cmdlet-not-in-version explains it on ${target}`, () => {
          const { findings } = lint(`${row.name} -Server EX01`, { rules: [notInVersion], settings: mergeSettings({ exchangeVersion: target }) });
          assert.equal(findings.length, 1);
          for (const replacement of row.replacement) assert.ok(findings[0]!.message.includes(replacement), replacement);
          assert.deepEqual([...findings[0]!.entries].filter((entry) => row.entries?.includes(entry)), [...(row.entries ?? [])]);
        });
      }
      it('is quiet on 2007, which had it', () => {
        const { findings } = lint(`${row.name} -Server EX01`, { rules: [notInVersion], settings: mergeSettings({ exchangeVersion: '2007' }) });
        assert.deepEqual(findings, []);
      });
    });
  }
  it('lookup ignores case', () => assert.equal(laterRemoval('enable-outlookanywhere')?.name, 'Enable-OutlookAnywhere'));
});
