import rule from './unknown-parameter.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    'Get-Mailbox -Identity jdoe -ResultSize Unlimited',
    { name: 'abbreviations', code: 'Get-Mailbox -Ident jdoe -Res Unlimited' },
    { name: 'any case, -Name:value', code: 'get-mailbox -identity:jdoe -RESULTSIZE:10' },
    { name: 'the page spells it Set-OabVirtualDirectory', code: "Set-OABVirtualDirectory -Identity 'EX01\\OAB (Default Web Site)' -ExternalUrl https://mail.contoso.com/OAB" },
    { name: 'common parameters and their aliases', code: 'Get-Mailbox jdoe -ea Stop -ErrorAction SilentlyContinue -OutVariable found -ov more -WarningAction Ignore -Verbose' },
    { name: '-WhatIf and -Confirm of a cmdlet that changes something', code: 'Set-Mailbox jdoe -ProhibitSendQuota 9GB -WhatIf -Confirm:$false' },
    { name: 'a parameter the Exchange Online page gives an alias', code: 'Get-MoveRequest -MoveStatus Completed', settings: { exchangeVersion: 'online' } },
    { name: 'a splatted hashtable', code: "$p = @{ Identity = 'jdoe'; ProhibitSendQuota = '9GB' }\nSet-Mailbox @p" },
    { name: 'a splat that cannot be read', code: 'Set-Mailbox @PSBoundParameters' },
    { name: 'a hashtable key computed from a variable', code: "$p = @{ $attribute = 'x' }\nSet-DistributionGroup -Identity Sales @p" },
    { name: 'a function of the script named like the cmdlet', code: 'function Set-Mailbox { param($Foo) }\nSet-Mailbox -Foo 1' },
    { name: "another module's command of the same name", code: 'Contoso\\Set-Mailbox -Foo 1' },
    { name: 'a prefix that makes the name another cmdlet', code: 'Connect-ExchangeOnline -Prefix Remote\nGet-RemoteMailbox -PublicFolder -ResultSize Unlimited' },
    { name: 'a cmdlet known only by name', code: "Enable-StorageGroupCopy -Identity 'MBX01\\SG01' -StandbyMachine MBX02 -Whatever 1" },
    { name: 'a parameter of Exchange 2007, under any', code: "New-MailboxDatabase -Name DB01 -StorageGroup 'MBX01\\SG01'" },
    { name: 'the 2007 switch of Get-MailboxDatabase', code: 'Get-MailboxDatabase -IncludePreExchange2007 -Status' },
    { name: 'Exchange 2007: parameter lists unknown', code: 'Get-Mailbox -Whatever 1', settings: { exchangeVersion: '2007' } },
    { name: 'the hidden -Organization of Exchange Online', code: 'Get-OrganizationConfig -Organization contoso.onmicrosoft.com', settings: { exchangeVersion: 'online' } },
    { name: 'New-RemoteMailbox -OrganizationalUnit', code: "New-RemoteMailbox -Shared -Name Team -OrganizationalUnit 'contoso.com/Shared'" },
    { name: 'a cmdlet the target lacks: cmdlet-not-in-version says so', code: 'Search-Mailbox jdoe -Whatever 1', settings: { exchangeVersion: 'online' } },
  ],
  invalid: [
    {
      name: 'a typo',
      code: 'Set-Mailbox -Identity jdoe -ProhibitSendQuoat 9GB',
      errors: [{ text: '-ProhibitSendQuoat', message: /^Set-Mailbox has no parameter -ProhibitSendQuoat, so PowerShell refuses the whole command: "A parameter cannot be found that matches parameter name 'ProhibitSendQuoat'"\. Did you mean -ProhibitSendQuota\?$/ }],
      output: 'Set-Mailbox -Identity jdoe -ProhibitSendQuota 9GB',
    },
    { name: '-Name:value', code: 'Set-Mailbox jdoe -ProhibitSendQuoat:9GB', errors: [{}], output: 'Set-Mailbox jdoe -ProhibitSendQuota:9GB' },
    { name: 'the page spells it Set-OabVirtualDirectory', code: 'Set-OABVirtualDirectory -Identity x -ExternalUrll https://mail.contoso.com/OAB', errors: [{ message: /^Set-OabVirtualDirectory has no/ }], output: 'Set-OABVirtualDirectory -Identity x -ExternalUrl https://mail.contoso.com/OAB' },
    {
      name: 'a splatted key, fixed in the hashtable',
      code: "$p = @{ Identity = 'jdoe'; 'ProhibitSendQuoat' = '9GB' }\nSet-Mailbox @p",
      errors: [{ text: "'ProhibitSendQuoat'", line: 1, message: /-ProhibitSendQuoat \(a key of @p\)/ }],
      output: "$p = @{ Identity = 'jdoe'; 'ProhibitSendQuota' = '9GB' }\nSet-Mailbox @p",
    },
    {
      name: 'a key nothing resembles',
      code: "$p = @{ Identity = 'x'; Foo = 1 }; Set-Mailbox @p",
      errors: [{ text: 'Foo', message: /Check the name against the cmdlet's parameters \(Get-Help Set-Mailbox -Parameter \*\), or leave it out\.$/ }],
    },
    { name: '-WhatIf on a cmdlet that changes nothing', code: 'Get-Mailbox jdoe -WhatIf', errors: [{ text: '-WhatIf' }] },
    { name: 'a parameter of no version', code: 'Connect-ExchangeOnline -AppId $appId -TenantId $tenantId -CertificateThumbprint $thumbprint', errors: [{ text: '-TenantId' }] },
    {
      name: 'two near names: no fix',
      code: 'Get-MailboxDatabase -IncludePreExchange2011 -Status',
      settings: { exchangeVersion: '2016' },
      errors: [{ message: /Did you mean -IncludePreExchange2010 or -IncludePreExchange2013\?/ }],
    },
    { name: 'Exchange Online has no hidden parameter on-premises', code: 'Get-OrganizationConfig -Organization contoso.com', settings: { exchangeVersion: '2016' }, errors: [{ text: '-Organization' }] },
    { name: 'in a pipeline, qualified', code: 'Get-Mailbox | ExchangeOnlineManagement\\Get-EXOMailboxStatistics -Propertes X', errors: [{ text: '-Propertes' }], output: 'Get-Mailbox | ExchangeOnlineManagement\\Get-EXOMailboxStatistics -Properties X' },
  ],
});
