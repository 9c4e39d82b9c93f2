import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes } from '../../fixes.js';
import { lint } from '../../lint.js';
import exchangeOnlineBasicAuth from '../../rules/exchange-online-basic-auth.js';
import outlookAnywhereAuthenticationParameter from '../../rules/outlook-anywhere-authentication-parameter.js';
import { RULES } from '../../rules/index.js';
import { mergeSettings } from '../../settings.js';
import { LEGACY_PARAMETERS, legacyParameter, legacyParametersOf } from './legacy-parameters.js';
import { VERB_NOUN } from './names.js';
import { removedCmdlet } from './removed-cmdlets.js';
import { assertVersions, KNOWN_ENTRIES, NO_REFERENCE, REFERENCE, releaseOf, targetsBefore } from './testing.js';

describe('legacy parameters table', () => {
  it('lists each parameter of a cmdlet once', () => {
    const keys = LEGACY_PARAMETERS.map((row) => `${row.cmdlet} ${row.parameter}`.toLowerCase());
    assert.equal(new Set(keys).size, keys.length);
  });

  for (const row of LEGACY_PARAMETERS) {
    describe(`${row.cmdlet} -${row.parameter}`, () => {
      it('is well-formed', () => {
        assert.match(row.cmdlet, VERB_NOUN);
        assert.match(row.parameter, /^[A-Z][A-Za-z0-9]*$/);
        if (row.replacement) assert.match(row.replacement, /^[A-Z][A-Za-z0-9]*$/);
        assertVersions(row.versions, `${row.cmdlet} -${row.parameter}`);
        for (const entry of row.entries ?? []) assert.ok(KNOWN_ENTRIES.has(entry), entry);
      });

      it('a removed parameter exists only before the release that removed it', () => {
        if (row.status !== 'removed') return;
        const release = releaseOf(row.removedIn);
        assert.ok(release, `removedIn "${row.removedIn}" is not an Exchange release`);
        const allowed = release.servicePack > 0 ? [...targetsBefore(release.target), release.target] : targetsBefore(release.target);
        for (const version of row.versions) assert.ok(allowed.includes(version), version);
      });

      it('belongs to a cmdlet the reference documents, which lists the replacement and not a removed name', { skip: NO_REFERENCE }, () => {
        const page = REFERENCE!.page(row.cmdlet);
        assert.ok(page || removedCmdlet(row.cmdlet), `${row.cmdlet} is neither in the reference nor a removed cmdlet`);
        if (!page) return;
        const parameters = page.parameters.map((name) => name.toLowerCase());
        if (row.status === 'removed') assert.ok(!parameters.includes(row.parameter.toLowerCase()), `the reference still documents -${row.parameter}`);
        else assert.ok(parameters.includes(row.parameter.toLowerCase()), `the reference doesn't document -${row.parameter}`);
        if (row.replacement) assert.ok(parameters.includes(row.replacement.toLowerCase()), `the reference doesn't document -${row.replacement}`);
      });
    });
  }

  // The rules hold their own messages and fixes; the table must agree with them.
  describe('agrees with the rules', () => {
    const on2010 = mergeSettings({ exchangeVersion: '2010' });
    it('outlook-anywhere-authentication-parameter renames to the replacement', () => {
      const row = legacyParameter('Enable-OutlookAnywhere', 'ExternalAuthenticationMethod')!;
      const script = 'Enable-OutlookAnywhere -Server EX01 -ExternalHostname mail.contoso.com -ExternalAuthenticationMethod Basic -SSLOffloading $false';
      const { findings } = lint(script, { rules: [outlookAnywhereAuthenticationParameter], settings: on2010 });
      assert.equal(findings.length, 1);
      assert.ok(applyFixes(script, findings).text.includes(`-${row.replacement} Basic`));
      assert.deepEqual(row.entries, outlookAnywhereAuthenticationParameter.meta.entries);
    });
    for (const row of LEGACY_PARAMETERS.filter((candidate) => candidate.parameter === 'StorageGroup')) {
      it(`parameter-not-in-version flags -StorageGroup on ${row.cmdlet} and names -${row.replacement}`, () => {
        const notInVersion = RULES.find((rule) => rule.meta.id === 'parameter-not-in-version')!;
        const { findings } = lint(`${row.cmdlet} -StorageGroup 'MBX01\\SG01'`, { rules: [notInVersion], settings: on2010 });
        assert.equal(findings.length, 1);
        assert.ok(findings[0]!.message.includes(`-${row.replacement}`));
      });
    }
    it('exchange-online-basic-auth flags -UseRPSSession', () => {
      const { findings } = lint('Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -UseRPSSession', { rules: [exchangeOnlineBasicAuth], settings: mergeSettings({ exchangeVersion: 'online' }) });
      assert.equal(findings.length, 1);
      assert.ok(findings[0]!.message.includes(legacyParameter('Connect-ExchangeOnline', 'UseRPSSession')!.removedIn.replace('ExchangeOnlineManagement ', '')));
    });
  });

  describe('lookup', () => {
    it('ignores case and a leading dash', () => {
      assert.equal(legacyParameter('enable-outlookanywhere', '-externalauthenticationmethod')?.replacement, 'ClientAuthenticationMethod');
    });
    it('needs the full name', () => assert.equal(legacyParameter('Enable-OutlookAnywhere', 'ExternalAuth'), undefined));
    it('lists a cmdlet’s legacy parameters', () => {
      assert.deepEqual(legacyParametersOf('GET-MAILBOXDATABASE').map((row) => row.parameter), ['IncludePreExchange2007', 'StorageGroup']);
      assert.deepEqual(legacyParametersOf('Get-Mailbox'), []);
    });
  });
});
