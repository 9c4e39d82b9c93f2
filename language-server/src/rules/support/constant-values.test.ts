import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastCommand, textAt } from '../testing.js';
import {
  argumentSpan,
  constantBool,
  constantNames,
  constantString,
  constantStrings,
  identityArgument,
  parametersAreKnown,
  quotedName,
  resolveValue,
  switchIsOn,
} from './constant-values.js';

/** The value of `-Value` in the script's last command. */
const valueIn = (script: string) => lastCommand(script).parameter('Value')?.value;

// [script, constantString, constantStrings, constantNames, constantBool]
const VALUES: ReadonlyArray<[string, string | undefined, string[] | undefined, string[] | undefined, boolean | undefined]> = [
  ["Set-Thing -Value 'Reject'", 'Reject', ['Reject'], ['Reject'], undefined],
  ['Set-Thing -Value Reject', 'Reject', ['Reject'], ['Reject'], undefined],
  ['Set-Thing -Value "Re`tject"', 'Re\tject', ['Re\tject'], ['Re\tject'], undefined],
  ["Set-Thing -Value 'it''s'", "it's", ["it's"], ["it's"], undefined],
  ['Set-Thing -Value 2525', '2525', ['2525'], ['2525'], undefined],
  ['Set-Thing -Value 0x10', '0x10', ['0x10'], ['0x10'], undefined],
  ['Set-Thing -Value $true', undefined, undefined, undefined, true],
  ['Set-Thing -Value:$false', undefined, undefined, undefined, false],
  ['Set-Thing -Value $null', undefined, undefined, undefined, undefined],
  ['Set-Thing -Value "mail.$domain"', undefined, undefined, undefined, undefined],
  ['Set-Thing -Value (Get-Date)', undefined, undefined, undefined, undefined],
  ['Set-Thing -Value $unassigned', undefined, undefined, undefined, undefined],
  ['Set-Thing -Value ExchangeUsers, ExchangeServers', undefined, ['ExchangeUsers', 'ExchangeServers'], ['ExchangeUsers', 'ExchangeServers'], undefined],
  ["Set-Thing -Value 'ExchangeUsers, ExchangeServers'", 'ExchangeUsers, ExchangeServers', ['ExchangeUsers, ExchangeServers'], ['ExchangeUsers', 'ExchangeServers'], undefined],
  ["Set-Thing -Value 'a,, b ,'", 'a,, b ,', ['a,, b ,'], ['a', 'b'], undefined],
  ["Set-Thing -Value @('a', @('b', 'c'))", undefined, ['a', 'b', 'c'], ['a', 'b', 'c'], undefined],
  ['Set-Thing -Value a, $unknown', undefined, undefined, undefined, undefined],
  ["$action = 'Reject'\nSet-Thing -Value $action", 'Reject', ['Reject'], ['Reject'], undefined],
  ["$groups = 'A', 'B'\nSet-Thing -Value $groups", undefined, ['A', 'B'], ['A', 'B'], undefined],
  ['$on = $true\nSet-Thing -Value $on', undefined, undefined, undefined, true],
  ["$action = 'Reject'\n$action = 'Delete'\nSet-Thing -Value $action", undefined, undefined, undefined, undefined],
  ['Set-Thing', undefined, undefined, undefined, undefined],
];

describe('constant values', () => {
  for (const [script, string, strings, names, bool] of VALUES) {
    it(JSON.stringify(script), () => {
      const value = valueIn(script);
      assert.equal(constantString(value), string, 'constantString');
      assert.deepEqual(constantStrings(value), strings, 'constantStrings');
      assert.deepEqual(constantNames(value), names, 'constantNames');
      assert.equal(constantBool(value), bool, 'constantBool');
    });
  }

  it('resolveValue gives the assigned constant for a variable assigned once, the value itself otherwise', () => {
    const script = "$action = 'Reject'\nSet-Thing -Value $action";
    assert.equal(textAt(script, resolveValue(valueIn(script))?.span), "'Reject'");
    const unknown = 'Set-Thing -Value $action';
    assert.equal(resolveValue(valueIn(unknown))?.text, '$action');
    assert.equal(resolveValue(undefined), undefined);
  });
});

// [script, switchIsOn(-Force)]
const SWITCHES: ReadonlyArray<[string, boolean]> = [
  ['Remove-Thing -Force', true],
  ['Remove-Thing -Force:$true', true],
  ['Remove-Thing -Force:$false', false],
  ['$quiet = $false\nRemove-Thing -Force:$quiet', false],
  ['Remove-Thing -Force:$maybe', true],
  ['Remove-Thing', false],
];

describe('switchIsOn', () => {
  for (const [script, on] of SWITCHES) {
    it(`${JSON.stringify(script)} → ${on}`, () => assert.equal(switchIsOn(lastCommand(script).parameter('Force')), on));
  }
});

// [script, the identity argument's text]
const IDENTITIES: ReadonlyArray<[string, string | undefined]> = [
  ['Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled $true', 'jdoe'],
  ["Set-Mailbox -Id 'jdoe' -Office 'B1'", "'jdoe'"],
  ['Set-Mailbox jdoe -Office B1', 'jdoe'],
  ['Set-Mailbox -Office B1 jdoe', 'jdoe'],
  ['Get-Mailbox -ResultSize Unlimited', undefined],
  ['Get-Mailbox jdoe | Set-Mailbox -Office B1', undefined],
];

describe('identityArgument', () => {
  for (const [script, identity] of IDENTITIES) {
    it(JSON.stringify(script), () => assert.equal(identityArgument(lastCommand(script))?.text, identity));
  }
});

describe('argumentSpan', () => {
  const TABLE: ReadonlyArray<[string, string, string]> = [
    ['Set-Thing -Fqdn mail.contoso.com', 'Fqdn', 'mail.contoso.com'],
    ['Set-Thing -Fqdn:mail.contoso.com', 'Fqdn', 'mail.contoso.com'],
    ['Set-Thing -Enabled', 'Enabled', '-Enabled'],
  ];
  for (const [script, name, expected] of TABLE) {
    it(`${JSON.stringify(script)} points at ${expected}`, () => {
      const parameter = lastCommand(script).parameter(name);
      assert.ok(parameter);
      assert.equal(textAt(script, argumentSpan(parameter)), expected);
    });
  }
});

describe('parametersAreKnown', () => {
  const TABLE: ReadonlyArray<[string, boolean]> = [
    ['Get-Mailbox -ResultSize 10', true],
    ["$p = @{ ResultSize = 10 }\nGet-Mailbox @p", true],
    ['Get-Mailbox @p', false],
    ["$p = @{ ResultSize = 10 }\nGet-Mailbox @p @q", false],
  ];
  for (const [script, known] of TABLE) {
    it(`${JSON.stringify(script)} → ${known}`, () => assert.equal(parametersAreKnown(lastCommand(script)), known));
  }
});

describe('quotedName', () => {
  const TABLE: ReadonlyArray<[string, string]> = [
    ['Set-Thing -Value Sales', '"Sales"'],
    ["$group = 'Sales Team'\nSet-Thing -Value $group", '"Sales Team"'],
    ["Set-Thing -Value ''", 'the group'],
    ['Set-Thing -Value $group', 'the group'],
    ['Set-Thing', 'the group'],
  ];
  for (const [script, expected] of TABLE) {
    it(`${JSON.stringify(script)} → ${expected}`, () => assert.equal(quotedName(valueIn(script), 'the group'), expected));
  }
});
