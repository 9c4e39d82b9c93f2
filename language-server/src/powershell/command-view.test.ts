import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseScript } from './index.js';
import type { ArgumentValue, CommandView, Span } from './types.js';

const textOf = (script: string, span: Span) => script.slice(span.start, span.end);

function only(script: string): CommandView {
  const parsed = parseScript(script);
  assert.deepEqual(parsed.errors, []);
  assert.equal(parsed.commands.length, 1, `one command in ${script}`);
  return parsed.commands[0]!;
}

/** A value as a short, comparable object. */
function brief(value: ArgumentValue | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case 'string':
    case 'bareword':
      return { [value.kind]: value.string, constant: value.constant };
    case 'number':
      return { number: value.number };
    case 'bool':
      return { bool: value.bool };
    case 'null':
      return { null: true };
    case 'array':
      return { array: value.items?.map(brief), constant: value.constant };
    case 'hashtable':
      return { hashtable: value.entries?.map((entry) => [entry.key, brief(entry.value)]), constant: value.constant };
    case 'variable':
      return { variable: value.variable, assigned: brief(value.assigned) };
    default:
      return { [value.kind]: value.text };
  }
}

// [script, name, canonical, key, native]
const NAMES: ReadonlyArray<[string, string, string, string, boolean]> = [
  ['Set-Mailbox x', 'Set-Mailbox', 'Set-Mailbox', 'set-mailbox', false],
  ['gci C:\\', 'gci', 'Get-ChildItem', 'get-childitem', false],
  ['ls', 'ls', 'Get-ChildItem', 'get-childitem', false],
  ['dir', 'dir', 'Get-ChildItem', 'get-childitem', false],
  ['FT -AutoSize', 'FT', 'Format-Table', 'format-table', false],
  ['iex $code', 'iex', 'Invoke-Expression', 'invoke-expression', false],
  ['sls pattern', 'sls', 'Select-String', 'select-string', false],
  ['sc config W3SVC start= auto', 'sc', 'sc', 'sc', true],
  ['sc query MSExchangeIS', 'sc', 'sc', 'sc', true],
  ["sc C:\\out.txt 'text'", 'sc', 'sc', 'sc', false],
  ['sc.exe stop W3SVC', 'sc.exe', 'sc', 'sc', true],
  ['C:\\Windows\\System32\\cscript.exe adsutil.vbs', 'C:\\Windows\\System32\\cscript.exe', 'cscript', 'cscript', true],
  ['cscript adsutil.vbs', 'cscript', 'cscript', 'cscript', true],
  ['.\\adsutil.vbs set w3svc/1/x true', '.\\adsutil.vbs', 'adsutil', 'adsutil', true],
  ['appcmd.exe list apppool', 'appcmd.exe', 'appcmd', 'appcmd', true],
  ['iisreset /noforce', 'iisreset', 'iisreset', 'iisreset', true],
  ['aspnet_regiis -ga "NETWORK SERVICE"', 'aspnet_regiis', 'aspnet_regiis', 'aspnet_regiis', true],
  ["& 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Bin\\eseutil.exe' /mh db.edb", 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\Bin\\eseutil.exe', 'eseutil', 'eseutil', true],
  ['Setup.exe /PrepareAD', 'Setup.exe', 'setup', 'setup', true],
  ['netsh http show sslcert', 'netsh', 'netsh', 'netsh', true],
  ['Microsoft.PowerShell.Management\\Get-ChildItem', 'Microsoft.PowerShell.Management\\Get-ChildItem', 'Get-ChildItem', 'get-childitem', false],
  ['& $command -Force', '$command', '$command', '$command', false],
];

describe('command view: names', () => {
  for (const [script, name, canonical, key, native] of NAMES) {
    it(script, () => {
      const command = only(script);
      assert.deepEqual({ name: command.name, canonical: command.canonical, key: command.key, native: command.native }, { name, canonical, key, native });
    });
  }
});

// [script, parameters as [name, value, colon], positional]
const ARGUMENTS: ReadonlyArray<[string, Array<[string, unknown, boolean]>, unknown[]]> = [
  ['Set-Mailbox -Identity x -Force', [['Identity', { bareword: 'x', constant: true }, false], ['Force', undefined, false]], []],
  ['Set-Mailbox -Confirm:$false', [['Confirm', { bool: false }, true]], []],
  ['Set-Mailbox -Name: value', [['Name', { bareword: 'value', constant: true }, true]], []],
  ['Remove-Item -Recurse C:\\temp', [['Recurse', undefined, false]], [{ bareword: 'C:\\temp', constant: true }]],
  ['Select-Object -ExpandProperty Name', [['ExpandProperty', { bareword: 'Name', constant: true }, false]], []],
  ['Get-A -First -Second', [['First', undefined, false], ['Second', undefined, false]], []],
  ['New-DistributionGroup "All Staff"', [], [{ string: 'All Staff', constant: true }]],
  ['Set-X mail.contoso.com IIS:\\AppPools\\MSExchangeOWAAppPool', [], [{ bareword: 'mail.contoso.com', constant: true }, { bareword: 'IIS:\\AppPools\\MSExchangeOWAAppPool', constant: true }]],
  ['cscript adsutil.vbs set W3SVC/AppPools/Enable32bitAppOnWin64 true', [], ['adsutil.vbs', 'set', 'W3SVC/AppPools/Enable32bitAppOnWin64', 'true'].map((word) => ({ bareword: word, constant: true }))],
  ['appcmd set config /enable32BitAppOnWin64:true', [], ['set', 'config', '/enable32BitAppOnWin64:true'].map((word) => ({ bareword: word, constant: true }))],
  ['Set-X -Services IIS,SMTP', [['Services', { array: [{ bareword: 'IIS', constant: true }, { bareword: 'SMTP', constant: true }], constant: true }, false]], []],
  ['Set-X -DomainName mail.contoso.com, autodiscover.contoso.com', [['DomainName', { array: [{ bareword: 'mail.contoso.com', constant: true }, { bareword: 'autodiscover.contoso.com', constant: true }], constant: true }, false]], []],
  ['Select-Object Name, Count', [], [{ array: [{ bareword: 'Name', constant: true }, { bareword: 'Count', constant: true }], constant: true }]],
  ["Set-X 'It''s' \"tab`there\" \"a $x\"", [], [{ string: "It's", constant: true }, { string: 'tab\there', constant: true }, { string: 'a $x', constant: false }]],
  ['Set-X 25MB 0x1F 1e3 10l 1.5d -1', [], [{ number: 26214400 }, { number: 31 }, { number: 1000 }, { number: 10 }, { number: 1.5 }, { number: -1 }]],
  ['Set-X $true $false $null', [], [{ bool: true }, { bool: false }, { null: true }]],
  ["Set-X @('a','b') 'c','d' @()", [], [{ array: [{ string: 'a', constant: true }, { string: 'b', constant: true }], constant: true }, { array: [{ string: 'c', constant: true }, { string: 'd', constant: true }], constant: true }, { array: [], constant: true }]],
  ["Set-X -EmailAddresses @{Add='x@contoso.com'; Remove=\"y\"}", [['EmailAddresses', { hashtable: [['Add', { string: 'x@contoso.com', constant: true }], ['Remove', { string: 'y', constant: true }]], constant: true }, false]], []],
  ['Set-X -Name ($a + 1) { $_ }', [['Name', { expression: '($a + 1)' }, false]], [{ scriptblock: '{ $_ }' }]],
  ['Set-X -Name ("x")', [['Name', { string: 'x', constant: true }, false]], []],
  ['Set-X \u2013Identity \u201cBob\u201d', [['\u2013Identity'.slice(1), { string: 'Bob', constant: true }, false]], []],
  ["Set-X -Filter \"Name -eq 'x'\"", [['Filter', { string: "Name -eq 'x'", constant: true }, false]], []],
  ['Set-X foo$bar', [], [{ bareword: 'foo$bar', constant: false }]],
];

describe('command view: parameters and arguments', () => {
  for (const [script, parameters, positional] of ARGUMENTS) {
    it(script, () => {
      const command = only(script);
      assert.deepEqual(
        command.parameters.map((parameter) => [parameter.name, brief(parameter.value), parameter.colon]),
        parameters,
      );
      assert.deepEqual(command.positional.map(brief), positional);
    });
  }

  it('spans point at the written text', () => {
    const script = 'Set-Mailbox -Identity "Bob Smith" -ProhibitSendQuota:2GB -Force';
    const command = only(script);
    assert.equal(textOf(script, command.span), script);
    assert.equal(textOf(script, command.nameSpan), 'Set-Mailbox');
    assert.deepEqual(
      command.parameters.map((parameter) => [textOf(script, parameter.nameSpan), textOf(script, parameter.span), parameter.value?.text]),
      [
        ['-Identity', '-Identity "Bob Smith"', '"Bob Smith"'],
        ['-ProhibitSendQuota:', '-ProhibitSendQuota:2GB', '2GB'],
        ['-Force', '-Force', undefined],
      ],
    );
  });

  it('parameter() matches abbreviations, case-insensitively, the last one written', () => {
    const command = only('Set-DistributionGroup -requiresenderauth $true -Name a -Name b');
    assert.equal(command.parameter('RequireSenderAuthenticationEnabled')?.value?.bool, true);
    assert.equal(command.parameter('Name')?.value?.string, 'b');
    assert.equal(command.parameter('Identity'), undefined);
  });
});

// [name, script, the command (index) to look at, value of its first positional or -Identity]
const ASSIGNED: ReadonlyArray<[string, string, unknown]> = [
  ['assigned once to a constant', "$group = 'Sales'\nSet-DistributionGroup $group", { variable: 'group', assigned: { string: 'Sales', constant: true } }],
  ['assigned after use still counts (one assignment)', "function f { Set-DistributionGroup $group }\n$Group = 'Sales'", { variable: 'group', assigned: { string: 'Sales', constant: true } }],
  ['scope prefix ignored', "$script:limit = 25MB\nSet-DistributionGroup $limit", { variable: 'limit', assigned: { number: 26214400 } }],
  ['assigned twice: unknown', "$g = 'a'\n$g = 'b'\nSet-DistributionGroup $g", { variable: 'g', assigned: undefined }],
  ['assigned a command result: unknown', '$g = Get-Group x\nSet-DistributionGroup $g', { variable: 'g', assigned: undefined }],
  ['a loop variable: unknown', "foreach ($g in 'a','b') { Set-DistributionGroup $g }", { variable: 'g', assigned: undefined }],
];

describe('command view: variables assigned once', () => {
  for (const [name, script, expected] of ASSIGNED) {
    it(name, () => {
      const command = parseScript(script).commands.find((view) => view.key === 'set-distributiongroup')!;
      assert.deepEqual(brief(command.positional[0]), expected);
    });
  }
});

// [name, script, parameters of Set-Mailbox as [name, value], splats as [variable, resolved]]
const SPLATS: ReadonlyArray<[string, string, Array<[string, unknown]>, Array<[string, boolean]>]> = [
  [
    'hashtable assigned before',
    "$p = @{ Identity = 'bob'; Force = $true }\nSet-Mailbox @p -WhatIf",
    [['Identity', { string: 'bob', constant: true }], ['Force', { bool: true }], ['WhatIf', undefined]],
    [['p', true]],
  ],
  ['hashtable assigned after (function defined first)', "function f { Set-Mailbox @params }\n$params = @{ Identity = 'x' }\nf", [['Identity', { string: 'x', constant: true }]], [['params', true]]],
  ['reassigned: the last assignment before the command', "$p = @{ A = 1 }\n$p = @{ B = 2 }\nSet-Mailbox @p\n$p = @{ C = 3 }", [['B', { number: 2 }]], [['p', true]]],
  [
    'keys added after the assignment',
    "$p = @{}\n$p.Identity = 'x'\n$p['Quota'] = 2GB\n$p.Add('Force', $true)\nSet-Mailbox @p",
    [['Identity', { string: 'x', constant: true }], ['Quota', { number: 2147483648 }], ['Force', { bool: true }]],
    [['p', true]],
  ],
  ['unknown hashtable', 'Set-Mailbox @unknown -Force', [['Force', undefined]], [['unknown', false]]],
  ['not a hashtable', '$p = Get-Params\nSet-Mailbox @p', [], [['p', false]]],
];

describe('command view: splatting', () => {
  for (const [name, script, parameters, splats] of SPLATS) {
    it(name, () => {
      const parsed = parseScript(script);
      assert.deepEqual(parsed.errors, []);
      const command = parsed.commands.find((view) => view.key === 'set-mailbox')!;
      assert.deepEqual(
        command.parameters.map((parameter) => [parameter.name, brief(parameter.value)]),
        parameters,
      );
      assert.deepEqual(
        command.splats.map((splat) => [splat.variable, splat.resolved]),
        splats,
      );
      assert.equal(command.positional.length, 0);
    });
  }

  it('a splatted key points at the key and names its hashtable', () => {
    const script = "$p = @{ Identity = 'bob' }\nSet-Mailbox @p";
    const command = parseScript(script).commands[0]!;
    const identity = command.parameter('Identity')!;
    assert.equal(textOf(script, identity.nameSpan), 'Identity');
    assert.equal(textOf(script, identity.span), "Identity = 'bob'");
    assert.equal(identity.splat?.variable, 'p');
    assert.equal(textOf(script, identity.splat!.span), '@p');
  });
});

describe('command view: pipelines and order', () => {
  it('positions and neighbours in a pipeline', () => {
    const [a, b, c] = parseScript('Get-A | Get-B | Get-C').commands;
    assert.deepEqual([a, b, c].map((view) => [view!.name, view!.pipelineIndex, view!.pipelineLength]), [['Get-A', 0, 3], ['Get-B', 1, 3], ['Get-C', 2, 3]]);
    assert.equal(a!.next, b);
    assert.equal(b!.previous, a);
    assert.equal(b!.next, c);
    assert.equal(a!.previous, undefined);
    assert.equal(c!.next, undefined);
  });

  it('an expression at the head of the pipeline counts for the position, not as a neighbour', () => {
    const [b] = parseScript('$list | Get-B').commands;
    assert.deepEqual([b!.pipelineIndex, b!.pipelineLength, b!.previous], [1, 2, undefined]);
  });

  it('&& and || separate pipelines', () => {
    const views = parseScript('Get-A && Get-B || Get-C').commands;
    assert.deepEqual(views.map((view) => [view.name, view.pipelineIndex, view.pipelineLength]), [['Get-A', 0, 1], ['Get-B', 0, 1], ['Get-C', 0, 1]]);
  });

  it('nested commands in source order', () => {
    const script = 'Invoke-Command { Get-A | % { Get-B "$(Get-C)" } }\n@{ k = Get-D }\nfunction f { Get-E }';
    assert.deepEqual(
      parseScript(script).commands.map((view) => view.name),
      ['Invoke-Command', 'Get-A', '%', 'Get-B', 'Get-C', 'Get-D', 'Get-E'],
    );
  });
});

describe('command view: param() attributes', () => {
  it('script-level and function-level attributes with their scope', () => {
    const script = [
      "[Diagnostics.CodeAnalysis.SuppressMessageAttribute('exkb/rule-id', '')]",
      'param()',
      'function f {',
      "  [System.Diagnostics.CodeAnalysis.SuppressMessage('exkb/other', '', Scope = 'Function')]",
      '  [CmdletBinding()]',
      '  param([Parameter(Mandatory)]$x)',
      '}',
    ].join('\n');
    const parsed = parseScript(script);
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(
      parsed.paramAttributes.map((attribute) => [attribute.name, attribute.arguments.map((argument) => argument.string), attribute.named.map((named) => [named.key, named.value.string])]),
      [
        ['Diagnostics.CodeAnalysis.SuppressMessageAttribute', ['exkb/rule-id', ''], []],
        ['System.Diagnostics.CodeAnalysis.SuppressMessage', ['exkb/other', ''], [['Scope', 'Function']]],
        ['CmdletBinding', [], []],
      ],
    );
    const [fileLevel, functionLevel] = parsed.paramAttributes;
    assert.deepEqual(fileLevel!.scope, { start: 0, end: script.length });
    assert.equal(textOf(script, functionLevel!.scope).split('\n')[0], '{');
    assert.ok(textOf(script, functionLevel!.scope).endsWith('}'));
  });
});
