import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../lint.js';
import { RULES } from '../../rules/index.js';
import { mergeSettings } from '../../settings.js';
import { VERB_NOUN } from './names.js';
import { REMOVED_CMDLETS, removedCmdlet } from './removed-cmdlets.js';
import { assertVersions, KNOWN_ENTRIES, NO_REFERENCE, REFERENCE, releaseOf, targetsBefore } from './testing.js';

describe('removed cmdlets table', () => {
  it('has unique Verb-Noun names', () => {
    const names = REMOVED_CMDLETS.map((cmdlet) => cmdlet.name.toLowerCase());
    assert.equal(new Set(names).size, names.length);
    for (const cmdlet of REMOVED_CMDLETS) assert.match(cmdlet.name, VERB_NOUN);
  });

  for (const cmdlet of REMOVED_CMDLETS) {
    describe(cmdlet.name, () => {
      it('exists only before the release that removed it', () => {
        assertVersions(cmdlet.versions, cmdlet.name);
        const release = releaseOf(cmdlet.removedIn);
        assert.ok(release, `${cmdlet.name}: removedIn "${cmdlet.removedIn}" is not a release such as "Exchange 2010 SP1"`);
        // Removed by a service pack: the release itself had it at first.
        const allowed = release.servicePack > 0 ? [...targetsBefore(release.target), release.target] : targetsBefore(release.target);
        for (const version of cmdlet.versions) assert.ok(allowed.includes(version), `${cmdlet.name} can't be in ${version}, it was removed in ${cmdlet.removedIn}`);
      });

      it('names a replacement or says why there is none', () => {
        assert.ok(cmdlet.replacement.length > 0 || cmdlet.note, cmdlet.name);
        for (const replacement of cmdlet.replacement) assert.match(replacement, VERB_NOUN);
      });

      it('lists well-formed parameter names once', () => {
        const parameters = cmdlet.parameters ?? [];
        for (const parameter of parameters) assert.match(parameter, /^[A-Z][A-Za-z0-9]*$/);
        assert.equal(new Set(parameters.map((parameter) => parameter.toLowerCase())).size, parameters.length);
      });

      it('cites knowledge entries that exist', () => {
        for (const entry of cmdlet.entries ?? []) assert.ok(KNOWN_ENTRIES.has(entry), `${cmdlet.name}: no entry ${entry}`);
      });

      it('has no page in the reference', { skip: NO_REFERENCE }, () => {
        assert.equal(REFERENCE!.has(cmdlet.name), false, `${cmdlet.name} is in the reference: it belongs to the model, not to this table`);
      });

      it('is replaced by reference cmdlets that exist in the release that removed it', { skip: NO_REFERENCE }, () => {
        const release = releaseOf(cmdlet.removedIn)!;
        for (const replacement of cmdlet.replacement) {
          const page = REFERENCE!.page(replacement);
          assert.ok(page, `${cmdlet.name}: replacement ${replacement} has no reference page`);
          assert.ok(page.targets.includes(release.target), `${cmdlet.name}: ${replacement} is not in ${cmdlet.removedIn} (${page.applicable})`);
        }
      });
    });
  }

  // The table feeds the model; cmdlet-not-in-version must tell a 2010 script what replaced each.
  describe('reaches the cmdlet-not-in-version rule', () => {
    const notInVersion = RULES.find((rule) => rule.meta.id === 'cmdlet-not-in-version')!;
    const storageGroupRows = REMOVED_CMDLETS.filter((cmdlet) => cmdlet.entries?.includes('exchange-2010-no-lcr-ccr-scr-storage-group-copy'));
    it('covers the storage group, copy and cluster cmdlets', () => assert.ok(storageGroupRows.length >= 15));
    for (const cmdlet of storageGroupRows) {
      it(`${cmdlet.name}: flagged on Exchange 2010, naming every replacement`, () => {
        const { findings } = lint(cmdlet.name, { rules: [notInVersion], settings: mergeSettings({ exchangeVersion: '2010' }) });
        assert.equal(findings.length, 1, `${cmdlet.name} is not flagged by the rule`);
        for (const replacement of cmdlet.replacement) assert.ok(findings[0]!.message.includes(replacement), `the rule's message for ${cmdlet.name} doesn't name ${replacement}`);
      });
    }
  });

  describe('lookup', () => {
    it('ignores case and a module qualifier', () => {
      assert.equal(removedCmdlet('get-storagegroup')?.name, 'Get-StorageGroup');
      assert.equal(removedCmdlet('Microsoft.Exchange.Management.PowerShell.Admin\\Move-Mailbox')?.replacement[0], 'New-MoveRequest');
    });
    it('knows nothing of cmdlets that still exist', () => {
      assert.equal(removedCmdlet('Get-Mailbox'), undefined);
      assert.equal(removedCmdlet(''), undefined);
    });
    it('Export-Mailbox lasted until Exchange 2010 SP1', () => {
      const exportMailbox = removedCmdlet('Export-Mailbox')!;
      assert.deepEqual(exportMailbox.versions, ['2007', '2010']);
      assert.equal(exportMailbox.removedIn, 'Exchange 2010 SP1');
    });
  });
});
