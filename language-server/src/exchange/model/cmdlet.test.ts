import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSetToken } from './cmdlet.js';
import { fixtureModel } from './fixture.js';
import type { ExchangeTarget } from './targets.js';

const model = fixtureModel();

describe('Cmdlet.resolveParameter', () => {
  const CASES: ReadonlyArray<[string, string, string, string[]]> = [
    // cmdlet, written, kind, parameter names
    ['Add-FolderGrant', 'AccessRights', 'exact', ['AccessRights']],
    ['Add-FolderGrant', 'accessrights', 'exact', ['AccessRights']],
    ['Add-FolderGrant', 'Acc', 'prefix', ['AccessRights']],
    ['Add-FolderGrant', 'cf', 'alias', ['Confirm']],
    ['Add-FolderGrant', 'S', 'ambiguous', ['SendNotification', 'Sharing']],
    ['Add-FolderGrant', 'Sh', 'prefix', ['Sharing']],
    ['Add-FolderGrant', 'ea', 'alias', ['ErrorAction']],
    ['Add-FolderGrant', 'ErrorA', 'prefix', ['ErrorAction']],
    ['Add-FolderGrant', 'Error', 'ambiguous', ['ErrorAction', 'ErrorVariable']],
    ['Add-FolderGrant', 'Nope', 'unknown', []],
    ['Get-Box', 'Host', 'alias', ['Server']],
    ['Get-Box', 'Ho', 'prefix', ['Server']],
    ['get-box', 'Res', 'prefix', ['ResultSize']],
  ];
  for (const [name, written, kind, expected] of CASES) {
    it(`${name} -${written}: ${kind}`, () => {
      const resolution = model.cmdlet(name)!.resolveParameter(written);
      assert.equal(resolution.kind, kind);
      const names = resolution.kind === 'ambiguous' ? resolution.candidates.map((c) => c.name) : resolution.kind === 'unknown' ? [] : [resolution.parameter.name];
      assert.deepEqual(names, expected);
    });
  }
});

describe('availability', () => {
  const CASES: ReadonlyArray<[string, ExchangeTarget, string]> = [
    ['Get-Box', '2016', 'yes'],
    ['Get-Box', '2007', 'no'], // the history says it is new in 2010
    ['Add-FolderGrant', '2010', 'no'],
    ['Add-FolderGrant', '2007', 'no'], // not in 2010, so not in 2007 either
    ['Get-OnlineBox', '2019', 'no'],
    // The history wins over the reference's products: retired there.
    ['Get-OnlineBox', 'online', 'no'],
    ['Get-OldBox', '2007', 'yes'],
    ['Get-OldBox', '2010', 'no'],
  ];
  for (const [name, target, expected] of CASES) it(`${name} in ${target}: ${expected}`, () => assert.equal(model.cmdlet(name)!.availability(target), expected));

  it('reference cmdlets listed for 2010 are unknown for 2007 unless a history says otherwise', () => {
    const unknown = fixtureModel();
    assert.equal(unknown.cmdlet('Get-OnlineBox')!.availability('2007'), 'no');
    const grant = unknown.cmdlet('Add-FolderGrant')!;
    assert.equal(grant.parameterAvailability(grant.parameter('SendNotification')!, '2016'), 'no');
    assert.equal(grant.parameterAvailability(grant.parameter('SendNotification')!, 'online'), 'yes');
    assert.equal(grant.parameterAvailability(grant.parameter('ErrorAction')!, '2016'), 'yes');
    const box = unknown.cmdlet('Get-Box')!;
    assert.equal(box.parameterAvailability(box.parameter('Status')!, '2007'), 'unknown');
  });
});

describe('decoded sets', () => {
  it('knows mandatory, positions and the sets each parameter is in', () => {
    const grant = model.cmdlet('Add-FolderGrant')!;
    assert.deepEqual(grant.sets.map((set) => set.name), ['Rights', 'Owner']);
    const rights = grant.sets[0]!;
    assert.deepEqual(
      rights.parameters.map((entry) => [entry.parameter.name, entry.mandatory, entry.position]),
      [['Identity', true, 0], ['AccessRights', true, undefined], ['User', true, undefined], ['Confirm', false, undefined], ['SendNotification', false, undefined], ['Sharing', false, undefined]],
    );
    assert.deepEqual(grant.parameter('Identity')!.sets, ['Rights', 'Owner']);
    assert.deepEqual(grant.parameter('Owner')!.sets, ['Owner']);
    assert.equal(grant.parameter('Confirm')!.switch, true);
    assert.equal(grant.parameter('Verbose')!.common, true);
  });

  it('a removed cmdlet has no sets and unknown parameters', () => {
    const old = model.cmdlet('Get-OldBox')!;
    assert.equal(old.parametersKnown, false);
    assert.deepEqual(old.sets, []);
    assert.deepEqual(old.targets, ['2007']);
    assert.deepEqual(old.absence('2016')?.replacements, ['Get-Box']);
    assert.equal(old.absence('2007'), undefined);
  });

  it('a legacy parameter is known, outside every set, with why it is gone', () => {
    const box = model.cmdlet('Get-Box')!;
    const vault = box.resolveParameter('Vau');
    assert.equal(vault.kind, 'prefix');
    const parameter = box.parameter('Vault')!;
    assert.deepEqual(parameter.sets, []);
    assert.equal(box.parameterAvailability(parameter, '2007'), 'yes');
    assert.equal(box.parameterAvailability(parameter, '2016'), 'no');
    assert.deepEqual(parameter.absence?.replacements, ['Server']);
    assert.equal(box.absence('2007')?.introducedIn, 'Exchange 2010');
    assert.deepEqual(model.cmdlet('Get-OnlineBox')!.targets, []);
  });

  const TOKENS: ReadonlyArray<[string, { name: string; position?: number; mandatory: boolean }]> = [
    ['Identity@0!', { name: 'Identity', position: 0, mandatory: true }],
    ['Identity@2', { name: 'Identity', position: 2, mandatory: false }],
    ['User!', { name: 'User', mandatory: true }],
    ['Confirm', { name: 'Confirm', mandatory: false }],
  ];
  for (const [token, expected] of TOKENS) it(`token ${token}`, () => assert.deepEqual(parseSetToken(token), expected));
});

describe('CmdletModel lookup', () => {
  const CASES: ReadonlyArray<[string, string | undefined]> = [
    ['get-box', 'Get-Box'],
    ['GET-ONLINEBOX', 'Get-OnlineBox'],
    ['ExchangeOnlineManagement\\Get-OnlineBox', 'Get-OnlineBox'],
    ['Get-OldBox', 'Get-OldBox'],
    ['Get-Nothing', undefined],
  ];
  for (const [name, expected] of CASES) it(name, () => assert.equal(model.cmdlet(name)?.name, expected));

  it('suggests the closest names', () => {
    assert.deepEqual(model.closest('Get-Boxx'), ['Get-Box']);
    assert.deepEqual(model.closest('Add-FolderGrnat'), ['Add-FolderGrant']);
    assert.deepEqual(model.closest('Remove-Everything'), []);
  });
});

describe('CmdletModel.valuesOfType', () => {
  it('gathers the values every parameter of a type lists, case-insensitively', () => {
    assert.deepEqual([...(model.valuesOfType('folderright[]') ?? [])], ['author', 'editor', 'reviewer']);
    assert.equal(model.valuesOfType('String'), undefined);
  });
});
