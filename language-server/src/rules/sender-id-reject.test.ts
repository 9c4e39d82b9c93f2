import rule from './sender-id-reject.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    'Set-SenderIdConfig -SpoofedDomainAction StampStatus',
    'Set-SenderIdConfig -TempErrorAction StampStatus -SpoofedDomainAction StampStatus',
    "Set-SenderIdConfig -BypassedSenderDomains @{Add = 'fabrikam.com'}",
    { name: 'a value we cannot know', code: 'Set-SenderIdConfig -SpoofedDomainAction $action' },
    { name: 'another cmdlet with a Reject action', code: 'Set-SenderFilterConfig -Action Reject' },
    { name: 'the content filter', code: 'Set-ContentFilterConfig -SCLRejectEnabled $true -SCLRejectThreshold 7' },
  ],
  invalid: [
    {
      code: 'Set-SenderIdConfig -SpoofedDomainAction Reject',
      errors: [{ text: 'Reject', message: /^-SpoofedDomainAction Reject makes the Sender ID agent reject \(550 5\.7\.1 Sender ID \(PRA\) Not Permitted\) every message whose sending server .*\. Keep StampStatus/ }],
      output: 'Set-SenderIdConfig -SpoofedDomainAction StampStatus',
    },
    {
      name: 'Delete, quoted, abbreviated, odd casing',
      code: "set-senderidconfig -Spoofed 'delete'",
      errors: [{ text: "'delete'", message: /silently delete every message/ }],
      output: "set-senderidconfig -Spoofed 'StampStatus'",
    },
    {
      name: 'both parameters',
      code: 'Set-SenderIdConfig -SpoofedDomainAction Reject -TempErrorAction:Reject',
      errors: [{ text: 'Reject', message: /^-SpoofedDomainAction/ }, { text: 'Reject', message: /^-TempErrorAction Reject .*TempError/ }],
      output: 'Set-SenderIdConfig -SpoofedDomainAction StampStatus -TempErrorAction:StampStatus',
    },
    {
      name: 'splatting',
      code: "$senderId = @{ SpoofedDomainAction = 'Reject' }\nSet-SenderIdConfig @senderId",
      errors: [{ text: "'Reject'", line: 1 }],
      output: "$senderId = @{ SpoofedDomainAction = 'StampStatus' }\nSet-SenderIdConfig @senderId",
    },
    {
      name: 'a variable assigned once: reported without a fix',
      code: "$action = 'Reject'\nSet-SenderIdConfig -SpoofedDomainAction $action",
      errors: [{ text: '$action', line: 2 }],
    },
  ],
});
