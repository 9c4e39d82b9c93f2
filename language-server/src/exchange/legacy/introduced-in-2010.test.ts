import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INTRODUCED_IN_2010, introducedIn2010 } from './introduced-in-2010.js';
import { VERB_NOUN } from './names.js';
import { REMOVED_CMDLETS, removedCmdlet } from './removed-cmdlets.js';
import { KNOWN_ENTRIES, NO_REFERENCE, REFERENCE } from './testing.js';

const ALL = INTRODUCED_IN_2010.flatMap((family) => family.cmdlets);

describe('cmdlets introduced in Exchange 2010', () => {
  it('lists each cmdlet once, as Verb-Noun', () => {
    assert.equal(new Set(ALL.map((name) => name.toLowerCase())).size, ALL.length);
    for (const name of ALL) assert.match(name, VERB_NOUN);
  });

  for (const family of INTRODUCED_IN_2010) {
    describe(family.feature, () => {
      it('names a 2010 release and has cmdlets', () => {
        assert.match(family.introducedIn, /^Exchange 2010( SP[1-3])?$/);
        assert.ok(family.cmdlets.length > 0);
      });

      it('gives the 2007 way as removed cmdlets or older reference cmdlets, with a note', () => {
        if (!family.in2007) return;
        assert.ok(family.in2007.note.length > 0);
        for (const name of family.in2007.cmdlets) {
          assert.match(name, VERB_NOUN);
          assert.equal(introducedIn2010(name), undefined, `${name} can't be both the 2007 way and new in 2010`);
          const removed = removedCmdlet(name);
          if (removed) assert.ok(removed.versions.includes('2007'), `${name} is not an Exchange 2007 cmdlet`);
          else if (REFERENCE) assert.ok(REFERENCE.page(name)?.targets.includes('2010'), `${name} is neither a removed cmdlet nor a 2010 reference cmdlet`);
        }
      });

      it('cites knowledge entries that exist', () => {
        for (const entry of family.entries ?? []) assert.ok(KNOWN_ENTRIES.has(entry), entry);
      });

      it('lists only cmdlets the reference has for Exchange 2010', { skip: NO_REFERENCE }, () => {
        for (const name of family.cmdlets) {
          const page = REFERENCE!.page(name);
          assert.ok(page, `${name} has no reference page`);
          assert.equal(page.name, name, `spell it as the reference does: ${page.name}`);
          assert.ok(page.targets.includes('2010'), `${name} is not in Exchange 2010 by the reference (${page.applicable})`);
        }
      });
    });
  }

  it('is not in the removed-cmdlets table', () => {
    for (const name of ALL) assert.equal(removedCmdlet(name), undefined, name);
  });

  // A 2007 cmdlet replaced by a new 2010 one is that 2010 cmdlet's "2007 way".
  it('agrees with the removed-cmdlets table', () => {
    for (const removed of REMOVED_CMDLETS.filter((cmdlet) => cmdlet.versions.includes('2007'))) {
      for (const replacement of removed.replacement) {
        const family = introducedIn2010(replacement);
        if (!family) continue;
        assert.ok(family.in2007?.cmdlets.includes(removed.name), `${removed.name} is replaced by ${replacement}, so "${family.feature}" must name it as the 2007 way`);
      }
    }
  });

  describe('lookup', () => {
    it('finds the family in any case', () => {
      assert.equal(introducedIn2010('new-moverequest')?.in2007?.cmdlets[0], 'Move-Mailbox');
      assert.equal(introducedIn2010('New-MailboxExportRequest')?.introducedIn, 'Exchange 2010 SP1');
    });
    it('knows nothing of cmdlets Exchange 2007 had', () => {
      assert.equal(introducedIn2010('Get-Mailbox'), undefined);
      assert.equal(introducedIn2010('New-MailboxDatabase'), undefined);
    });
  });
});
