import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseScript } from '../powershell/index.js';
import { completionContext, type CompletionContext } from './completion-context.js';

/** `¦` marks the cursor. */
function contextAt(textWithCursor: string): CompletionContext | undefined {
  const offset = textWithCursor.indexOf('¦');
  return completionContext(parseScript(textWithCursor.replace('¦', '')), offset);
}

/** The context as plain data: the command by name and written parameters. */
function described(context: CompletionContext | undefined): Record<string, unknown> | undefined {
  if (!context) return undefined;
  const { command, ...rest } = context as CompletionContext & { command?: { name: string; written: readonly string[] } };
  return command ? { ...rest, command: command.name, written: command.written } : rest;
}

describe('completionContext', () => {
  const TABLE: ReadonlyArray<[string, string, Record<string, unknown> | undefined]> = [
    ['a command at the start', 'Set-Distri¦', { kind: 'command', prefix: 'Set-Distri' }],
    ['a command after a pipe', 'Get-Mailbox | Set-¦', { kind: 'command', prefix: 'Set-' }],
    ['a command after an assignment', '$groups = Get-Dist¦', { kind: 'command', prefix: 'Get-Dist' }],
    ['a command in a script block', 'foreach ($g in $all) { Set-¦ }', { kind: 'command', prefix: 'Set-' }],
    ['a command on a new line', 'Get-Date\nSet¦', { kind: 'command', prefix: 'Set' }],
    ['a command in a $( ) of a string', '"Found $(Get-Mai¦)"', { kind: 'command', prefix: 'Get-Mai' }],
    ['a parameter, with those already written (the one typed left out)', 'Set-DistributionGroup -Identity x -Req¦', { kind: 'parameter', prefix: 'Req', command: 'Set-DistributionGroup', written: ['identity'] }],
    ['a bare dash belongs to the last command of the pipeline', 'Get-Mailbox -Database DB01 | Set-Mailbox -¦', { kind: 'parameter', prefix: '', command: 'Set-Mailbox' }],
    ['a parameter on a continued line', 'Set-Mailbox jdoe `\n  -Prohibit¦', { kind: 'parameter', prefix: 'Prohibit', command: 'Set-Mailbox' }],
    ['an alias is completed as its command', 'gci -Pa¦', { kind: 'parameter', prefix: 'Pa', command: 'Get-ChildItem' }],
    ['a parameter of a command in a $( ) of a string', '"Found $(Get-Mailbox -Res¦)"', { kind: 'parameter', prefix: 'Res', command: 'Get-Mailbox' }],
    ['a value after -Param and a blank', 'Add-MailboxFolderPermission -AccessRights Rev¦', { kind: 'value', prefix: 'Rev', parameter: 'AccessRights', colon: false, listed: [], command: 'Add-MailboxFolderPermission' }],
    ['an empty value after -Param and a blank', 'Add-MailboxFolderPermission -AccessRights ¦', { kind: 'value', prefix: '', parameter: 'AccessRights', colon: false, listed: [] }],
    ['a value after -Param:', 'Set-Mailbox -Confirm:¦', { kind: 'value', prefix: '', parameter: 'Confirm', colon: true, listed: [] }],
    ['a $value after -Param:', 'Set-Mailbox -Confirm:$fa¦', { kind: 'value', prefix: '$fa', parameter: 'Confirm', colon: true, listed: [] }],
    ['a value of an abbreviated parameter', 'Add-MailboxFolderPermission -acc Ed¦', { kind: 'value', prefix: 'Ed', parameter: 'acc' }],
    ['a value in a comma list', 'Add-MailboxFolderPermission -AccessRights ReadItems, CreateItems,Del¦', { kind: 'value', prefix: 'Del', parameter: 'AccessRights', listed: ['ReadItems', 'CreateItems'] }],
    ['a value on a continued line', 'Add-MailboxFolderPermission -AccessRights `\n  Rev¦', { kind: 'value', prefix: 'Rev', parameter: 'AccessRights' }],
    ['nothing inside an argument after a value', 'Set-DistributionGroup -Identity Sales Sal¦', undefined],
    ['nothing for a positional argument', 'Set-DistributionGroup Sal¦', undefined],
    ['a dash inside a word is part of a value, not a parameter', 'Set-DistributionGroup -Identity a-¦', { kind: 'value', prefix: 'a-', parameter: 'Identity' }],
    ['nothing for a dash with no command before it', '-Identi¦', undefined],
    ['nothing in a comment', '# Get-Mailbox | Set-¦', undefined],
    ['nothing in a comment after a command', 'Get-Mailbox # -Res¦', undefined],
    ['nothing in a string', '"a; Set-¦"', undefined],
    ['nothing in a quoted value', "Add-MailboxFolderPermission -AccessRights 'Rev¦", undefined],
    ['nothing after an operator in an expression', 'if ($a -eq Rev¦) {}', undefined],
  ];
  for (const [name, text, expected] of TABLE) {
    it(name, () => {
      const context = described(contextAt(text));
      if (expected === undefined) assert.equal(context, undefined);
      else {
        assert.ok(context, 'a completion context');
        assert.deepEqual(Object.fromEntries(Object.keys(expected).map((key) => [key, context[key]])), expected);
      }
    });
  }

  it('the value starts where the typed word does, `$` included', () => {
    const text = 'Set-Mailbox -Confirm:$fa';
    assert.equal(contextAt(`${text}¦`)?.start, text.indexOf('$'));
  });
});
