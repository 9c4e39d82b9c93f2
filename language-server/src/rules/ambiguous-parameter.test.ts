import rule from './ambiguous-parameter.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'abbreviations that name one parameter', code: 'Get-Mailbox -Ident jdoe -Res Unlimited' },
    { name: 'an exact name that starts another one', code: 'Get-Mailbox -Archive' },
    { name: 'a common parameter alias', code: 'Set-Mailbox jdoe -ea Stop -Confirm:$false' },
    { name: 'unique in some version: right for the scripts written for it', code: 'Get-Mailbox -So DisplayName' },
    { name: 'on-premises only -SortBy starts so', code: 'Get-Mailbox -So DisplayName', settings: { exchangeVersion: '2016' } },
    { name: 'a function of the script', code: 'function Set-Mailbox { param($EmailAddresses) }\nSet-Mailbox -Em x' },
  ],
  invalid: [
    {
      name: 'several parameters start the same',
      code: 'Set-Mailbox jdoe -Em jdoe@contoso.com',
      errors: [
        {
          text: '-Em',
          message: /^PowerShell refuses Set-Mailbox with "Parameter cannot be processed because the parameter name 'Em' is ambiguous\. Possible matches include: -EmailAddressDisplayNames -EmailAddresses -EmailAddressPolicyEnabled"\. Write the full name of the parameter you mean\.$/,
        },
      ],
    },
    { name: 'a common parameter among the matches', code: 'Get-Mailbox jdoe -In', errors: [{ message: /-InformationAction -InformationVariable/ }] },
    { name: 'lower case, -Name:value', code: 'get-mailbox -re:10', errors: [{ text: '-re:', message: /-ResultSize/ }] },
    { name: 'Exchange Online adds -SoftDeletedMailbox', code: 'Get-Mailbox -So DisplayName', settings: { exchangeVersion: 'online' }, errors: [{ message: /Possible matches include: -SoftDeletedMailbox -SortBy"/ }] },
    { name: 'only the parameters of the target are named', code: 'Get-Mailbox -S EX01', settings: { exchangeVersion: '2010' }, errors: [{ message: /Possible matches include: -Server -SortBy"/ }] },
    { name: 'a splatted key', code: "$p = @{ Identity = 'jdoe'; Em = 'x@contoso.com' }\nSet-Mailbox @p", errors: [{ text: 'Em', line: 1 }] },
  ],
});
