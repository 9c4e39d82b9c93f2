import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../lint.js';
import exchangeOnlineBasicAuth from '../../rules/exchange-online-basic-auth.js';
import { RULES } from '../../rules/index.js';
import { mergeSettings } from '../../settings.js';
import { VERB_NOUN } from './names.js';
import { ONLINE_RETIRED, onlineRetirement, RETIRED_REMOTE_POWERSHELL } from './online-retired.js';
import { KNOWN_ENTRIES, NO_REFERENCE, REFERENCE } from './testing.js';

const online = mergeSettings({ exchangeVersion: 'online' });

describe('cmdlets Exchange Online retired', () => {
  it('has unique Verb-Noun names', () => {
    const names = ONLINE_RETIRED.map((row) => row.name.toLowerCase());
    assert.equal(new Set(names).size, names.length);
    for (const row of ONLINE_RETIRED) assert.match(row.name, VERB_NOUN);
  });

  for (const row of ONLINE_RETIRED) {
    describe(row.name, () => {
      it('names a replacement or says why there is none', () => {
        assert.ok(row.replacement.length > 0 || row.note, row.name);
        for (const replacement of row.replacement) assert.match(replacement, VERB_NOUN);
      });

      it('cites knowledge entries that exist', () => {
        for (const entry of row.entries ?? []) assert.ok(KNOWN_ENTRIES.has(entry), entry);
      });

      it("records what the reference's front matter says", { skip: NO_REFERENCE }, () => {
        const page = REFERENCE!.page(row.name);
        assert.ok(page, `${row.name} has no reference page`);
        assert.equal(row.frontMatterListsOnline, page.targets.includes('online'), `${row.name}: applicable is "${page.applicable}"`);
      });

      it('is replaced by cmdlets the reference has', { skip: NO_REFERENCE }, () => {
        for (const replacement of row.replacement) assert.ok(REFERENCE!.has(replacement), `${row.name}: ${replacement} has no reference page`);
      });
    });
  }

  it('reaches the cmdlet-not-in-version rule', () => {
    const notInVersion = RULES.find((rule) => rule.meta.id === 'cmdlet-not-in-version')!;
    for (const row of ONLINE_RETIRED.filter((candidate) => candidate.status === 'retired')) {
      const { findings } = lint(`${row.name} -WhatIf`, { rules: [notInVersion], settings: online });
      assert.equal(findings.length, 1, `${row.name} is not flagged in Exchange Online`);
      for (const replacement of row.replacement) assert.ok(findings[0]!.message.includes(replacement), `${row.name}: ${replacement}`);
      for (const entry of row.entries ?? []) assert.ok(findings[0]!.entries.includes(entry), `${row.name} cites ${entry}`);
    }
  });

  describe('remote PowerShell', () => {
    for (const host of RETIRED_REMOTE_POWERSHELL.hosts) {
      it(`the exchange-online-basic-auth rule knows ${host}`, () => {
        const script = `New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://${host}/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection`;
        const { findings } = lint(script, { rules: [exchangeOnlineBasicAuth], settings: online });
        assert.equal(findings.length, 1);
        assert.ok(findings[0]!.message.includes(RETIRED_REMOTE_POWERSHELL.replacement));
      });
    }
    it('an on-premises server is not one of them', () => {
      const { findings } = lint('New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.com/PowerShell/ -Authentication Kerberos', { rules: [exchangeOnlineBasicAuth], settings: online });
      assert.deepEqual(findings, []);
    });
    it('cites the rule’s entries', () => assert.deepEqual([...RETIRED_REMOTE_POWERSHELL.entries], [...exchangeOnlineBasicAuth.meta.entries]));
    it('Connect-ExchangeOnline is in the reference', { skip: NO_REFERENCE }, () => assert.ok(REFERENCE!.has(RETIRED_REMOTE_POWERSHELL.replacement)));
  });

  describe('lookup', () => {
    it('ignores case', () => assert.equal(onlineRetirement('get-mailboxsearch')?.replacement[0], 'Get-ComplianceSearch'));
    it('knows nothing of cmdlets Exchange Online keeps', () => assert.equal(onlineRetirement('Get-Mailbox'), undefined));
    it('the *-MailboxSearch pages still list Exchange Online', () => assert.equal(onlineRetirement('New-MailboxSearch')?.frontMatterListsOnline, true));
  });
});
