import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCmdletModel } from '../exchange/model/load.js';
import { parseScript } from '../powershell/index.js';
import { signatureAt, signatureHelp } from './signature-help.js';

const model = loadCmdletModel();

/** `¦` marks the cursor; the result as `<set> / <active parameter>`. */
function activeAt(textWithCursor: string, shownSignature?: number): string | undefined {
  const offset = textWithCursor.indexOf('¦');
  const found = signatureAt(parseScript(textWithCursor.replace('¦', '')), offset, model, shownSignature);
  return found && `${found.activeSet.name} / ${found.parameter?.name ?? '-'}`;
}

describe('signatureAt', () => {
  const TABLE: ReadonlyArray<[string, string, string | undefined]> = [
    ['after the name and a blank: the first positional parameter', 'Set-Mailbox ¦', 'Identity / Identity'],
    ['a bare dash: no parameter yet', 'Add-MailboxFolderPermission -¦', 'Default / -'],
    ['a parameter being typed, abbreviated', 'Add-MailboxFolderPermission -Acc¦', 'Default / AccessRights'],
    ['its value being typed', 'Add-MailboxFolderPermission -AccessRights Rev¦', 'Default / AccessRights'],
    ['a blank after the parameter name: its value comes next', 'Add-MailboxFolderPermission -User ¦', 'Default / User'],
    ['the value of a parameter written with a colon', 'Set-Mailbox -Confirm:¦', 'Identity / Confirm'],
    ['after a switch: the next positional slot', 'Add-MailboxFolderPermission -Confirm ¦', 'Default / Identity'],
    ['after a positional argument: the next slot, if any', 'Add-MailboxFolderPermission jdoe:\\Calendar ¦', 'Default / -'],
    ['a common parameter', 'Get-Mailbox -ErrorA¦', 'AnrSet / ErrorAction'],
    ['the set the written parameters leave', 'Get-EXOMailbox -Anr jdoe -Res¦', 'Anr / ResultSize'],
    ['in a nested command', 'Set-Mailbox -Identity (Get-EXOMailbox -Anr ¦)', 'Anr / Anr'],
    ['on a continued line', 'Add-MailboxFolderPermission `\n  -User ed `\n  -Acc¦', 'Default / AccessRights'],
    ['nothing while the name is typed', 'Set-Mail¦', undefined],
    ['nothing for a command the model does not know', 'Get-ChildItem -Pa¦', undefined],
    ['nothing in a string', '"Set-Mailbox -Ide¦"', undefined],
    ['nothing in a comment', '# Set-Mailbox -Ide¦', undefined],
  ];
  for (const [name, text, expected] of TABLE) {
    it(`${name}: ${expected ?? 'none'}`, () => assert.equal(activeAt(text), expected));
  }

  it('keeps the signature the user picked while it still fits, and leaves it when it no longer does', () => {
    const sets = model.cmdlet('Get-EXOMailbox')!.sets.map((set) => set.name);
    const anr = sets.indexOf('Anr');
    assert.equal(activeAt('Get-EXOMailbox -Res¦', anr), 'Anr / ResultSize');
    assert.equal(activeAt('Get-EXOMailbox -Identity jdoe -Res¦', anr), 'Identity / ResultSize');
  });
});

describe('signatureHelp', () => {
  const help = (textWithCursor: string, noActiveParameter = false) => {
    const offset = textWithCursor.indexOf('¦');
    const found = signatureAt(parseScript(textWithCursor.replace('¦', '')), offset, model);
    assert.ok(found);
    return signatureHelp(found, { markdown: true, noActiveParameter });
  };

  it('one signature per set, labelled with the syntax; each parameter label is its part of it', () => {
    const result = help('Get-EXOMailbox -Anr jdoe -Res¦');
    const cmdlet = model.cmdlet('Get-EXOMailbox')!;
    assert.equal(result.signatures.length, cmdlet.sets.length);
    const active = result.signatures[result.activeSignature!]!;
    assert.match(active.label, /^Get-EXOMailbox \[-Anr <String>\] /);
    const [start, end] = active.parameters![result.activeParameter!]!.label as [number, number];
    assert.equal(active.label.slice(start, end), '[-ResultSize <Unlimited>]');
    const last = active.parameters!.at(-1)!.label as [number, number];
    assert.equal(active.label.slice(...last), '[<CommonParameters>]');
  });

  it('a common parameter marks [<CommonParameters>]', () => {
    const result = help('Get-Mailbox -ErrorA¦');
    const active = result.signatures[result.activeSignature!]!;
    assert.equal(result.activeParameter, active.parameters!.length - 1);
  });

  it('documents a parameter with its role and accepted values', () => {
    const result = help('Add-MailboxFolderPermission -AccessRights ¦');
    const active = result.signatures[result.activeSignature!]!;
    const documentation = active.parameters![result.activeParameter!]!.documentation as { value: string };
    assert.match(documentation.value, /^Mandatory\. Accepted values: `None`, `CreateItems`, .*, …$/);
  });

  it('no active parameter: null when the client supports it, else an index past the end', () => {
    assert.equal(help('Add-MailboxFolderPermission -¦', true).activeParameter, null);
    const result = help('Add-MailboxFolderPermission -¦');
    assert.equal(result.activeParameter, result.signatures[0]!.parameters!.length);
  });
});
