import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseEntry, POWERSHELL_FENCES } from '@exkb/knowledge';
import { VERSION_OF_PRODUCT } from '../exchange-version.js';
import { lint } from '../lint.js';
import { mergeSettings, type ExchangeVersion } from '../settings.js';
import rule from './exchange-snap-in-version.js';
import { testRule } from './testing.js';

const ADMIN = 'Microsoft.Exchange.Management.PowerShell.Admin';
const E2010 = 'Microsoft.Exchange.Management.PowerShell.E2010';
const SNAPIN = 'Microsoft.Exchange.Management.PowerShell.SnapIn';
const on = (exchangeVersion: ExchangeVersion) => ({ exchangeVersion });

testRule(rule, {
  valid: [
    { name: 'target unknown', code: `Add-PSSnapin ${ADMIN}` },
    { name: '2007 loads .Admin', code: `Add-PSSnapin ${ADMIN}`, settings: on('2007') },
    { name: '2010 loads .E2010', code: `Add-PSSnapin ${E2010} -ErrorAction Stop`, settings: on('2010') },
    { name: '2016 loads .SnapIn', code: `Add-PSSnapin -Name ${SNAPIN}`, settings: on('2016') },
    { name: '.E2010 is still registered on 2013 and later (Edge Transport)', code: `Add-PSSnapin ${E2010}`, settings: on('2019') },
    { name: 'case of the name does not matter', code: 'add-pssnapin Microsoft.Exchange.Management.Powershell.SnapIn', settings: on('se') },
    { name: 'wildcards are not judged', code: 'Add-PSSnapin *Exchange*', settings: on('2010') },
    { name: 'a name known only when the script runs', code: 'foreach ($s in $snapIns) { Add-PSSnapin -Name $s.Name -ErrorAction Stop }', settings: on('2010') },
    { name: 'other Exchange snap-ins', code: 'Add-PSSnapin Microsoft.Exchange.Management.PowerShell.Setup\nAdd-PSSnapin Microsoft.Exchange.Management.PowerShell.RecipientManagement', settings: on('2019') },
    { name: 'not an Exchange snap-in', code: 'Add-PSSnapin -Name Microsoft.Forefront.Filtering.Management.PowerShell', settings: on('2016') },
    { name: 'Get-PSSnapin only looks', code: `Get-PSSnapin -Registered -Name ${ADMIN}\nRemove-PSSnapin ${ADMIN}`, settings: on('2010') },
    {
      name: 'a branch for each version',
      code: `if ($version -eq 8) { Add-PSSnapin ${ADMIN} } else { Add-PSSnapin ${E2010} }`,
      settings: on('2010'),
    },
    {
      name: '2007 fallback beside RemoteExchange.ps1',
      code: `if (Test-Path $remote) {\n  . $remote\n  Connect-ExchangeServer -auto\n} else {\n  Add-PSSnapIn -Name ${ADMIN}\n}`,
      settings: on('2016'),
    },
    {
      name: 'RemoteExchange.ps1 named in a path',
      code: `$path = Join-Path $env:ExchangeInstallPath 'bin\\RemoteExchange.ps1'\nif (-not (Test-Path $path)) { Add-PSSnapin ${ADMIN} }`,
      settings: on('2013'),
    },
    {
      name: 'a hybrid script: Exchange Online through the module, on-premises through the snap-in',
      code: `Add-PSSnapin ${E2010}\nConnect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com`,
      settings: on('online'),
    },
  ],
  invalid: [
    {
      name: '2007 snap-in on 2010',
      code: `Add-PSSnapin ${ADMIN}`,
      settings: on('2010'),
      errors: [{ text: ADMIN, message: /Exchange 2007 snap-in and is not registered on Exchange 2010.*Load Microsoft\.Exchange\.Management\.PowerShell\.E2010 instead \(or connect with RemoteExchange\.ps1/ }],
      output: `Add-PSSnapin ${E2010}`,
    },
    {
      name: '2007 snap-in on 2016, quoted, with -Name',
      code: `Add-PSSnapin -Name '${ADMIN}' -ErrorAction SilentlyContinue`,
      settings: on('2016'),
      errors: [{ text: ADMIN, message: /not registered on Exchange 2016/ }],
      output: `Add-PSSnapin -Name '${SNAPIN}' -ErrorAction SilentlyContinue`,
    },
    {
      name: '2010 snap-in on 2007',
      code: `Add-PSSnapin "${E2010}"`,
      settings: on('2007'),
      errors: [{ text: E2010, message: /Exchange 2010 snap-in and is not registered on Exchange 2007, .*\. Load Microsoft\.Exchange\.Management\.PowerShell\.Admin instead\.$/ }],
      output: `Add-PSSnapin "${ADMIN}"`,
    },
    {
      name: '2013 snap-in on 2007 through the asnp alias',
      code: `asnp ${SNAPIN}`,
      settings: on('2007'),
      errors: [{ text: SNAPIN, message: /Exchange 2013 and later snap-in/ }],
      output: `asnp ${ADMIN}`,
    },
    {
      name: '2013 snap-in on 2010',
      code: `Add-PSSnapin ${SNAPIN}`,
      settings: on('2010'),
      errors: [{ text: SNAPIN }],
      output: `Add-PSSnapin ${E2010}`,
    },
    {
      name: 'lower case, -Name:value',
      code: "Add-PSSnapin -Name:'microsoft.exchange.management.powershell.admin'",
      settings: on('se'),
      errors: [{ text: 'microsoft.exchange.management.powershell.admin', message: /not registered on Exchange SE/ }],
      output: `Add-PSSnapin -Name:'${SNAPIN}'`,
    },
    {
      name: 'one wrong name in a list',
      code: `Add-PSSnapin ${ADMIN}, Microsoft.Exchange.Management.PowerShell.Setup`,
      settings: on('2013'),
      errors: [{ text: ADMIN }],
      output: `Add-PSSnapin ${SNAPIN}, Microsoft.Exchange.Management.PowerShell.Setup`,
    },
    {
      name: 'through a variable assigned once',
      code: `$exchangeSnapIn = '${ADMIN}'\nAdd-PSSnapin -Name $exchangeSnapIn`,
      settings: on('2010'),
      errors: [{ text: '$exchangeSnapIn', line: 2 }],
      output: `$exchangeSnapIn = '${E2010}'\nAdd-PSSnapin -Name $exchangeSnapIn`,
    },
    {
      name: 'splatted',
      code: `$load = @{ Name = '${E2010}'; ErrorAction = 'Stop' }\nAdd-PSSnapin @load`,
      settings: on('2007'),
      errors: [{ text: E2010, line: 1 }],
      output: `$load = @{ Name = '${ADMIN}'; ErrorAction = 'Stop' }\nAdd-PSSnapin @load`,
    },
    {
      name: 'the right name in a comment is no way into the shell',
      code: `# On Exchange 2010 use ${E2010}\nAdd-PSSnapin ${ADMIN}`,
      settings: on('2010'),
      errors: [{ text: ADMIN, line: 2 }],
      output: `# On Exchange 2010 use ${E2010}\nAdd-PSSnapin ${E2010}`,
    },
    {
      name: 'Exchange Online has no snap-in',
      code: `Add-PSSnapin ${SNAPIN}\nGet-Mailbox -ResultSize Unlimited`,
      settings: on('online'),
      errors: [{ text: SNAPIN, message: /^Exchange Online has no PowerShell snap-in.*connect with Connect-ExchangeOnline\.$/ }],
    },
    {
      name: 'Exchange Online: Connect-ExchangeOnline in a comment does not count',
      code: `# later: Connect-ExchangeOnline\nAdd-PSSnapin ${ADMIN}`,
      settings: on('online'),
      errors: [{ text: ADMIN, message: /Exchange Online has no PowerShell snap-in/ }],
    },
  ],
});

// The knowledge-examples suite checks this entry once the rule is in the registry; until then,
// and as a guard for this rule alone, the same checks with the rule given directly.
describe('exchange-snap-in-per-version examples', () => {
  const file = fileURLToPath(new URL('../../../../knowledge/entries/scripting/exchange-snap-in-per-version.md', import.meta.url));
  const { entry, problems } = parseEntry(readFileSync(file, 'utf8'), 'scripting/exchange-snap-in-per-version.md', file);
  it('parses without problems and is cited by the rule', () => {
    assert.deepEqual(problems, []);
    assert.ok(entry && rule.meta.entries.includes(entry.id));
  });
  const versions = (entry?.products ?? []).flatMap((product) => VERSION_OF_PRODUCT[product] ?? []);
  for (const snippet of (entry?.snippets ?? []).filter((candidate) => POWERSHELL_FENCES.has(candidate.language))) {
    if (snippet.section === 'Wrong') {
      it(`line ${snippet.line} (Wrong) is flagged for a product the entry names`, () => {
        assert.ok(versions.some((exchangeVersion) => lint(snippet.code, { rules: [rule], settings: mergeSettings({ exchangeVersion }) }).findings.length > 0));
      });
    } else if (snippet.section === 'Fix' || snippet.section === 'Correct') {
      it(`line ${snippet.line} (${snippet.section}) is clean for every product and any`, () => {
        for (const exchangeVersion of ['any', ...versions] as const) {
          assert.deepEqual(lint(snippet.code, { rules: [rule], settings: mergeSettings({ exchangeVersion }) }).findings, [], exchangeVersion);
        }
      });
    }
  }
});
