import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Cmdlet } from './model/cmdlet.js';
import { loadCmdletModel } from './model/load.js';
import { parameterSyntax, setSyntax } from './syntax.js';

const ADD_PERMISSION = new Cmdlet({
  name: 'Add-MailboxFolderPermission',
  products: ['2016', 'online'],
  record: {
    name: 'Add-MailboxFolderPermission',
    products: ['2016', 'online'],
    help: 'https://example.org/add-mailboxfolderpermission',
    parameters: [
      { name: 'Identity', type: 'MailboxFolderIdParameter' },
      { name: 'AccessRights', type: 'MailboxFolderAccessRight[]' },
      { name: 'User', type: 'MailboxFolderUserIdParameter' },
      { name: 'Confirm', type: 'SwitchParameter' },
      { name: 'Path', type: 'String' },
    ],
    sets: [{ name: 'Default', parameters: ['Identity@0!', 'AccessRights!', 'User!', 'Confirm', 'Path@1'] }],
  },
});

describe('parameterSyntax', () => {
  const set = ADD_PERMISSION.sets[0]!;
  const TABLE: ReadonlyArray<[string, string]> = [
    ['Identity', '[-Identity] <MailboxFolderIdParameter>'],
    ['AccessRights', '-AccessRights <MailboxFolderAccessRight[]>'],
    ['Confirm', '[-Confirm]'],
    ['Path', '[[-Path] <String>]'],
  ];
  for (const [name, expected] of TABLE) {
    it(`${name} → ${expected}`, () => {
      const entry = set.parameters.find((candidate) => candidate.parameter.name === name);
      assert.ok(entry);
      assert.equal(parameterSyntax(entry), expected);
    });
  }
});

describe('setSyntax', () => {
  it('writes the set on one line, each parameter at its offsets, common parameters last', () => {
    const syntax = setSyntax(ADD_PERMISSION, ADD_PERMISSION.sets[0]!);
    assert.equal(
      syntax.text,
      'Add-MailboxFolderPermission [-Identity] <MailboxFolderIdParameter> -AccessRights <MailboxFolderAccessRight[]> -User <MailboxFolderUserIdParameter> [-Confirm] [[-Path] <String>] [<CommonParameters>]',
    );
    assert.deepEqual(
      syntax.parameters.map(({ start, end }) => syntax.text.slice(start, end)),
      ['[-Identity] <MailboxFolderIdParameter>', '-AccessRights <MailboxFolderAccessRight[]>', '-User <MailboxFolderUserIdParameter>', '[-Confirm]', '[[-Path] <String>]'],
    );
  });

  it('wraps before a parameter that would pass the width, and keeps the offsets right', () => {
    const syntax = setSyntax(ADD_PERMISSION, ADD_PERMISSION.sets[0]!, 70);
    assert.deepEqual(syntax.text.split('\n'), [
      'Add-MailboxFolderPermission [-Identity] <MailboxFolderIdParameter>',
      '    -AccessRights <MailboxFolderAccessRight[]>',
      '    -User <MailboxFolderUserIdParameter> [-Confirm] [[-Path] <String>]',
      '    [<CommonParameters>]',
    ]);
    assert.ok(syntax.text.split('\n').every((line) => line.length <= 70));
    assert.equal(syntax.text.slice(syntax.parameters[1]!.start, syntax.parameters[1]!.end), '-AccessRights <MailboxFolderAccessRight[]>');
  });

  it('never cuts a parameter longer than the width', () => {
    const syntax = setSyntax(ADD_PERMISSION, ADD_PERMISSION.sets[0]!, 10);
    assert.equal(syntax.text.replace(/\n {4}/g, ' '), setSyntax(ADD_PERMISSION, ADD_PERMISSION.sets[0]!).text);
  });

  it('writes every set of the real model the same way the reference does (Set-OABVirtualDirectory)', () => {
    const cmdlet = loadCmdletModel().cmdlet('Set-OABVirtualDirectory');
    assert.ok(cmdlet, 'Set-OabVirtualDirectory is in the model');
    const { text } = setSyntax(cmdlet, cmdlet.sets[0]!);
    assert.match(text, /^Set-OabVirtualDirectory \[-Identity\] <VirtualDirectoryIdParameter> \[-BasicAuthentication <Boolean>\] \[-Confirm\] /);
    assert.match(text, / \[-WindowsAuthentication <Boolean>\] \[<CommonParameters>\]$/);
  });
});
