// A small hand-written model for the model's and the binder's own tests: the shapes that matter
// (several sets, positions, switches, aliases, pipeline input, per-parameter products).
import { CmdletModel } from './cmdlet-model.js';
import type { CmdletModelFile } from './format.js';

export const FIXTURE_FILE: CmdletModelFile = {
  generated: 'test fixture',
  source: { repository: 'exkb/test', path: 'fixture', commit: '0'.repeat(40) },
  cmdlets: [
    {
      name: 'Add-FolderGrant',
      products: ['2013', '2016', '2019', 'se', 'online'],
      help: 'https://example.invalid/add-foldergrant',
      parameters: [
        { name: 'Identity', type: 'FolderIdParameter', pipeline: 'value' },
        { name: 'AccessRights', type: 'FolderRight[]', values: ['Author', 'Editor', 'Reviewer'] },
        { name: 'User', type: 'RecipientIdParameter' },
        { name: 'Owner', type: 'RecipientIdParameter' },
        { name: 'Confirm', type: 'SwitchParameter', aliases: ['cf'] },
        { name: 'SendNotification', type: 'SwitchParameter', products: ['online'] },
        { name: 'Sharing', type: 'Boolean' },
      ],
      sets: [
        { name: 'Rights', parameters: ['Identity@0!', 'AccessRights!', 'User!', 'Confirm', 'SendNotification', 'Sharing'] },
        { name: 'Owner', parameters: ['Identity@0!', 'Owner!', 'Confirm'] },
      ],
    },
    {
      name: 'Get-Box',
      products: ['2010', '2013', '2016', '2019', 'se', 'online'],
      help: 'https://example.invalid/get-box',
      parameters: [
        { name: 'Identity', type: 'BoxIdParameter', pipeline: 'both' },
        { name: 'ResultSize', type: 'Unlimited' },
        { name: 'Status', type: 'String' },
        { name: 'Server', type: 'ServerIdParameter', aliases: ['Host'] },
      ],
      sets: [{ name: 'Default', parameters: ['Identity@0', 'ResultSize', 'Status', 'Server'] }],
    },
    {
      name: 'Get-OnlineBox',
      products: ['online'],
      module: 'ExchangeOnlineManagement',
      help: 'https://example.invalid/get-onlinebox',
      parameters: [{ name: 'Identity', type: 'String' }],
      sets: [{ name: 'Default', parameters: ['Identity@0'] }],
    },
  ],
};

export function fixtureModel(): CmdletModel {
  return new CmdletModel({
    reference: FIXTURE_FILE,
    extra: [
      {
        name: 'Get-OldBox',
        targets: ['2007'],
        history: { absences: [{ targets: ['2010', '2013', '2016', '2019', 'se', 'online'], removedIn: 'Exchange 2010', replacements: ['Get-Box'] }] },
      },
    ],
    histories: new Map([
      ['Get-Box', { absences: [{ targets: ['2007'], introducedIn: 'Exchange 2010', replacements: ['Get-OldBox'] }], legacyParameters: [{ name: 'Vault', targets: ['2007'], absence: { targets: ['2010', '2013', '2016', '2019', 'se', 'online'], removedIn: 'Exchange 2010', replacements: ['Server'] } }] }],
      ['Get-OnlineBox', { absences: [{ targets: ['online'], removedIn: 'Exchange Online (2020)', replacements: [] }] }],
    ]),
  });
}
