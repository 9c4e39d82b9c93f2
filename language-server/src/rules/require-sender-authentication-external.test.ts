import rule from './require-sender-authentication-external.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $false',
    'Set-DistributionGroup -Identity "Sales" -RequireSenderAuthenticationEnabled:$false',
    'New-DistributionGroup -Name "Customers" -RequireSenderAuthenticationEnabled $false',
    { name: 'a variable we cannot know', code: 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $internalOnly' },
    { name: 'a mailbox, not a group', code: 'Set-Mailbox "Reception" -RequireSenderAuthenticationEnabled $true' },
    { name: 'New-DynamicDistributionGroup has no such parameter', code: 'New-DynamicDistributionGroup -Name "All" -IncludedRecipients AllRecipients' },
    { name: 'reading the setting', code: 'Get-DistributionGroup -ResultSize Unlimited | Where-Object { $_.RequireSenderAuthenticationEnabled } | Select-Object Name' },
    'Set-DistributionGroup "Sales" -ModerationEnabled $true',
  ],
  invalid: [
    {
      code: 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true',
      errors: [{ text: '$true', message: /makes "Sales" reject mail from outside senders \(550 5\.7\.1 RESOLVER\.RST\.AuthRequired\)\. Set it to \$false/ }],
      output: 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $false',
    },
    {
      name: 'abbreviated parameter, colon form, odd casing',
      code: 'set-distributiongroup -Identity Sales -requiresenderauth:$TRUE',
      errors: [{ text: '$TRUE', message: /"Sales"/ }],
      output: 'set-distributiongroup -Identity Sales -requiresenderauth:$false',
    },
    {
      code: 'New-DistributionGroup -Name "Project Phoenix" -Type Distribution -RequireSenderAuthenticationEnabled $true',
      errors: [{ text: '$true', message: /"Project Phoenix"/ }],
      output: 'New-DistributionGroup -Name "Project Phoenix" -Type Distribution -RequireSenderAuthenticationEnabled $false',
    },
    {
      code: 'Set-DynamicDistributionGroup "All Staff" -RequireSenderAuthenticationEnabled $true',
      errors: [{ text: '$true' }],
      output: 'Set-DynamicDistributionGroup "All Staff" -RequireSenderAuthenticationEnabled $false',
    },
    {
      name: 'splatting',
      code: "$group = @{ Identity = 'Sales'; RequireSenderAuthenticationEnabled = $true }\nSet-DistributionGroup @group",
      errors: [{ text: '$true', line: 1, message: /"Sales"/ }],
      output: "$group = @{ Identity = 'Sales'; RequireSenderAuthenticationEnabled = $false }\nSet-DistributionGroup @group",
    },
    {
      name: 'a variable assigned once to $true: reported, but the fix would change the variable, so none',
      code: "$internalOnly = $true\nSet-DistributionGroup 'Sales' -RequireSenderAuthenticationEnabled $internalOnly",
      errors: [{ text: '$internalOnly', line: 2 }],
    },
    {
      name: 'piped group: no name to quote',
      code: "Get-DistributionGroup -Identity 'Sales' | Set-DistributionGroup -RequireSenderAuthenticationEnabled $true",
      errors: [{ text: '$true', message: /makes the group reject/ }],
      output: "Get-DistributionGroup -Identity 'Sales' | Set-DistributionGroup -RequireSenderAuthenticationEnabled $false",
    },
  ],
});
