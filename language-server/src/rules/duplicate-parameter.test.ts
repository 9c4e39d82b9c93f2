import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../lint.js';
import rule from './duplicate-parameter.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    'Set-Mailbox -Identity jdoe -ProhibitSendQuota 9GB -IssueWarningQuota 8GB',
    { name: 'a positional argument and a named parameter', code: 'Get-Mailbox jdoe -ResultSize 10' },
    { name: 'one list for several values', code: "Set-Mailbox jdoe -EmailAddresses @{ Add = 'a@contoso.com', 'b@contoso.com' }" },
    { name: 'a splat and other parameters', code: "$p = @{ Identity = 'jdoe' }\nSet-Mailbox @p -ProhibitSendQuota 9GB" },
    { name: 'the same hashtable for two commands', code: "$p = @{ Identity = 'jdoe' }\nGet-Mailbox @p\nGet-CASMailbox @p" },
    { name: 'a function of the script', code: 'function Set-Mailbox { param($Identity) }\nSet-Mailbox -Identity a -Identity b' },
  ],
  invalid: [
    {
      name: 'written twice',
      code: 'Set-Mailbox -Identity a -Identity b',
      errors: [
        {
          text: '-Identity',
          message: /^-Identity binds -Identity a second time \(-Identity already did\), so PowerShell refuses Set-Mailbox with "Cannot bind parameter because parameter 'Identity' is specified more than once"\. Keep one of them; several values go in one list \(-Identity a, b\)\.$/,
        },
      ],
    },
    { name: 'once abbreviated', code: 'Set-Mailbox -Identity a -Ident b', errors: [{ text: '-Ident', message: /^-Ident binds -Identity a second time/ }] },
    { name: 'a parameter and its alias', code: 'Get-Mailbox -ov found -OutVariable again', errors: [{ text: '-OutVariable', message: /\(-ov already did\)/ }] },
    { name: 'a common parameter and its alias', code: 'Get-Mailbox jdoe -ErrorAction Stop -ea SilentlyContinue', errors: [{ text: '-ea' }] },
    { name: 'a switch twice', code: 'Set-Mailbox jdoe -Confirm:$false -Confirm:$false', errors: [{ message: /Keep one of them\.$/ }] },
    {
      name: 'in the splatted hashtable and on the command',
      code: "$p = @{ Identity = 'jdoe' }\nSet-Mailbox @p -Identity jdoe2",
      errors: [{ text: '-Identity', line: 2, message: /^-Identity binds -Identity a second time \(the key Identity of @p already did\)/ }],
    },
    {
      name: 'on the command, then in the splatted hashtable: the finding is at the splat',
      code: "$p = @{ Ident = 'jdoe' }\nSet-Mailbox -Identity jdoe2 @p",
      errors: [{ text: '@p', line: 2, message: /^The key Ident of @p binds -Identity a second time/ }],
    },
  ],
});

describe('duplicate-parameter points at the first one', () => {
  it('as related information', () => {
    const code = 'Set-Mailbox -Identity a -ProhibitSendQuota 1GB -Identity b';
    const [finding] = lint(code, { rules: [rule] }).findings;
    assert.ok(finding?.related);
    assert.deepEqual(
      finding.related.map((related) => [code.slice(related.span.start, related.span.end), related.message]),
      [['-Identity', '-Identity is first given here.']],
    );
  });
});
