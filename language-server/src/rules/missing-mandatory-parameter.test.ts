import rule from './missing-mandatory-parameter.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'named identity', code: 'Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled $true' },
    { name: 'positional identity', code: 'Set-Mailbox jdoe -HiddenFromAddressListsEnabled $true' },
    { name: 'identity from the pipeline', code: 'Get-Mailbox -ResultSize Unlimited | Set-Mailbox -HiddenFromAddressListsEnabled $true' },
    { name: 'identity from a variable piped in', code: '$mailboxes | Set-Mailbox -HiddenFromAddressListsEnabled $true' },
    { name: 'identity from $_ in a loop', code: 'Get-Mailbox -ResultSize Unlimited | ForEach-Object { Set-Mailbox $_ -HiddenFromAddressListsEnabled $true }' },
    { name: 'abbreviated and case-insensitive', code: 'set-oabvirtualdirectory -ident "EX01\\OAB (Default Web Site)" -InternalUrl https://mail.contoso.com/OAB' },
    { name: 'all mandatory parameters of one set', code: 'Add-MailboxPermission jdoe -User u -AccessRights FullAccess' },
    { name: 'the Owner set needs no -User', code: 'Add-MailboxPermission jdoe -Owner u' },
    { name: 'no mandatory parameter at all', code: 'Get-Mailbox' },
    { name: 'a function of the script by the same name runs instead', code: 'function Set-Mailbox { param($Hidden) }\nSet-Mailbox -HiddenFromAddressListsEnabled $true' },
    { name: 'splatted', code: "$p = @{ Identity = 'jdoe'; HiddenFromAddressListsEnabled = $true }\nSet-Mailbox @p" },
    { name: 'a splat that cannot be read may hold it', code: 'Set-Mailbox @PSBoundParameters' },
    { name: 'New-ReceiveConnector by usage', code: 'New-ReceiveConnector -Name Relay -Usage Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 10.0.0.5' },
    // -AccessRights is mandatory only on Exchange 2010, where the cmdlet had it.
    { name: 'mandatory only in a version the target is not', code: "Remove-PublicFolderClientPermission -Identity '\\Sales' -User jdoe", settings: { exchangeVersion: '2016' } },
    { name: 'mandatory in some versions only, target any', code: "Remove-PublicFolderClientPermission -Identity '\\Sales' -User jdoe" },
    { name: 'Exchange 2007: its sets are not in the reference', code: 'Set-Mailbox -HiddenFromAddressListsEnabled $true', settings: { exchangeVersion: '2007' } },
    { name: 'no set left: another rule explains', code: 'Add-MailboxPermission -Owner u -AccessRights FullAccess' },
    { name: 'a parameter the model does not know may be the missing one', code: 'New-UMIPGateway -Identity Gateway1 -Address 10.0.0.9' },
    // The page says -Identity takes no pipeline input; the page's own example pipes into it.
    { name: 'piped into an -Identity the reference calls not pipeline-bound', code: 'Get-RecoverableItems jdoe | Restore-RecoverableItems' },
  ],
  invalid: [
    {
      name: 'Set-Mailbox without identity',
      code: 'Set-Mailbox -HiddenFromAddressListsEnabled $true',
      errors: [{ text: 'Set-Mailbox', message: /Set-Mailbox is run without -Identity, which it requires, so PowerShell stops to prompt for it.*Add -Identity \(or pipe the objects in\)\./ }],
    },
    {
      name: 'in a loop that never passes $_',
      code: 'Get-Mailbox -ResultSize Unlimited | ForEach-Object { Set-Mailbox -HiddenFromAddressListsEnabled $true }',
      errors: [{ text: 'Set-Mailbox' }],
    },
    {
      name: 'case-insensitive name',
      code: 'set-OABvirtualdirectory -InternalUrl https://mail.contoso.com/OAB',
      errors: [{ text: 'set-OABvirtualdirectory', message: /Set-OabVirtualDirectory is run without -Identity/ }],
    },
    {
      name: 'two missing in the closest set',
      code: 'Add-MailboxPermission -Identity jdoe -InheritanceType All',
      settings: { exchangeVersion: 'online' },
      errors: [{ message: /without -AccessRights and -User, which it requires, so PowerShell stops to prompt for them/ }],
    },
    {
      name: 'sets that lack different parameters are all named',
      code: 'Add-MailboxPermission -Identity jdoe -InheritanceType All',
      settings: { exchangeVersion: '2016' },
      errors: [{ message: /\(-AccessRights and -User for AccessRights; -Instance for Instance\)/ }],
    },
    {
      name: 'each set lacks something else',
      code: 'New-ReceiveConnector -Name Relay -Server EX01',
      errors: [{ message: /each of its parameter sets requires \(-Bindings for Internet; -RemoteIPRanges for Internal, Client; -Usage for UsageType\)/ }],
    },
    {
      name: 'piped, but the missing parameter takes no pipeline input',
      code: 'Get-Mailbox jdoe | Add-MailboxPermission -User u',
      // On-premises, the -Instance set could take its ACE from the pipeline.
      settings: { exchangeVersion: 'online' },
      errors: [{ message: /without -AccessRights, which it requires/ }],
    },
    {
      name: 'splatted hashtable without identity',
      code: "$p = @{ HiddenFromAddressListsEnabled = $true }\nSet-Mailbox @p",
      errors: [{ text: 'Set-Mailbox', line: 2 }],
    },
    {
      name: 'the 2010-only mandatory parameter when the target is 2010',
      code: "Remove-PublicFolderClientPermission -Identity '\\Sales' -User jdoe",
      settings: { exchangeVersion: '2010' },
      errors: [{ message: /without -AccessRights/ }],
    },
  ],
});
