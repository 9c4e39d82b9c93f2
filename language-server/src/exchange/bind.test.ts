import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseScript } from '../powershell/index.js';
import { bindCommand, missingMandatory, positionalBindings, type Binding } from './bind.js';
import { fixtureModel } from './model/fixture.js';

const model = fixtureModel();

/** Binds the last command of the script whose name the model knows. */
function bindLast(code: string): Binding {
  const script = parseScript(code);
  const command = [...script.commands].reverse().find((candidate) => model.cmdlet(candidate.canonical));
  assert.ok(command, 'a command of the model');
  return bindCommand(command, model.cmdlet(command.canonical)!, code);
}

const text = (code: string, span: { start: number; end: number } | undefined) => (span ? code.slice(span.start, span.end) : undefined);

describe('bindCommand', () => {
  const SETS: ReadonlyArray<[string, string[], string[]]> = [
    // code, sets possible by name, sets possible with the positionals too
    ['Add-FolderGrant x -AccessRights Editor -User u', ['Rights'], ['Rights']],
    ['Add-FolderGrant x -Owner u', ['Owner'], ['Owner']],
    ['Add-FolderGrant x -Owner u -AccessRights Editor', [], []],
    ['Add-FolderGrant x -Confirm:$false', ['Rights', 'Owner'], ['Rights', 'Owner']],
    ['Add-FolderGrant x y -Owner u', ['Owner'], []],
    ['Add-FolderGrant -Verbose -ea Stop', ['Rights', 'Owner'], ['Rights', 'Owner']],
    ['Get-Box', ['Default'], ['Default']],
  ];
  for (const [code, named, all] of SETS) {
    it(`sets of ${code}`, () => {
      const binding = bindLast(code);
      assert.deepEqual(binding.namedSets.map((set) => set.name), named);
      assert.deepEqual(binding.sets.map((set) => set.name), all);
    });
  }

  it('a switch written with a separate value leaves the value positional', () => {
    const code = 'Add-FolderGrant -Confirm $false -Owner u';
    const binding = bindLast(code);
    const confirm = binding.parameters.find((bound) => bound.parameter?.name === 'Confirm')!;
    assert.equal(text(code, confirm.strayValue?.span), '$false');
    assert.equal(confirm.value, undefined);
    assert.deepEqual(binding.positional.map((value) => value.text), ['$false']);
    // $false lands on -Identity, the first position: PowerShell would do the same.
    assert.equal(positionalBindings(binding, binding.sets[0]!).get(model.cmdlet('Add-FolderGrant')!.parameter('Identity')!)?.text, '$false');
  });

  it('a value parameter the parser took for a switch gets its value back', () => {
    // The parser pairs `-Status` with nothing (a switch on some cmdlets); Get-Box's takes a string.
    const code = 'Get-Box -Status Active';
    const binding = bindLast(code);
    const status = binding.parameters[0]!;
    assert.equal(status.parameter?.name, 'Status');
    assert.equal(text(code, status.value?.span), 'Active');
    assert.deepEqual(binding.positional, []);
  });

  it('resolves abbreviations, aliases and splatted keys', () => {
    const code = "$p = @{ AccessR = 'Editor'; User = 'u' }\nAdd-FolderGrant x @p -cf";
    const binding = bindLast(code);
    assert.deepEqual(binding.parameters.map((bound) => [bound.argument.name, bound.parameter?.name]), [['AccessR', 'AccessRights'], ['User', 'User'], ['cf', 'Confirm']]);
    assert.equal(binding.complete, true);
    assert.deepEqual(binding.sets.map((set) => set.name), ['Rights']);
  });

  it('an unread splat makes the binding incomplete', () => {
    assert.equal(bindLast('Add-FolderGrant x @PSBoundParameters').complete, false);
  });

  const MISSING: ReadonlyArray<[string, string, string[]]> = [
    ['Add-FolderGrant x -AccessRights Editor', 'Rights', ['User']],
    ['Add-FolderGrant -AccessRights Editor -User u', 'Rights', ['Identity']],
    // Identity accepts pipeline input.
    ['Get-Thing | Add-FolderGrant -AccessRights Editor -User u', 'Rights', []],
    ['Add-FolderGrant x -Owner u', 'Owner', []],
  ];
  for (const [code, setName, expected] of MISSING) {
    it(`missing in ${setName}: ${code}`, () => {
      const binding = bindLast(code);
      const set = model.cmdlet('Add-FolderGrant')!.sets.find((candidate) => candidate.name === setName)!;
      assert.deepEqual(missingMandatory(binding, set).map((parameter) => parameter.name), expected);
    });
  }

  it('never throws on odd commands', () => {
    for (const code of ['Get-Box -', 'Get-Box -:', 'Get-Box @', 'Get-Box -Identity:', 'Get-Box `\n -Res 5 x y z']) assert.doesNotThrow(() => bindLast(code));
  });
});
