import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import type { CmdletModel } from '../exchange/model/cmdlet-model.js';
import { loadCmdletModel } from '../exchange/model/load.js';
import { parseScript } from '../powershell/index.js';
import type { ExchangeVersion } from '../settings.js';
import { cmdletDocumentation, completionItems, type CompletionSources } from './completion.js';
import { completionContext } from './completion-context.js';
import { KnowledgeState } from './knowledge-state.js';

const knowledge = new KnowledgeState(loadBundledKnowledge()).current;

/** `¦` marks the cursor. */
function complete(textWithCursor: string, target: ExchangeVersion = 'any', model: CmdletModel = loadCmdletModel()): CompletionItem[] {
  const offset = textWithCursor.indexOf('¦');
  const script = parseScript(textWithCursor.replace('¦', ''));
  const context = completionContext(script, offset);
  return context ? completionItems(context, script, offset, sources(target, model)) : [];
}

function sources(target: ExchangeVersion, model: CmdletModel = loadCmdletModel()): CompletionSources {
  return { model, knowledge, target, linkTemplate: 'https://kb.example.org/{id}', markdown: true };
}

const labels = (items: readonly CompletionItem[]) => items.map((item) => item.label);
/** Labels in the order an editor shows them when nothing is typed: by sortText. */
const sorted = (items: readonly CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((item) => item.label);

describe('parameter completion', () => {
  it('offers every parameter of Set-OABVirtualDirectory (written in another case), mandatory first, common ones last, with types', () => {
    const items = complete('Set-OABVirtualDirectory -¦');
    const order = sorted(items);
    assert.equal(order[0], '-Identity');
    for (const name of ['-BasicAuthentication', '-ExternalUrl', '-InternalUrl', '-OAuthAuthentication', '-WindowsAuthentication', '-WhatIf', '-Confirm']) assert.ok(order.includes(name), name);
    assert.deepEqual(order.slice(-3), ['-Verbose', '-WarningAction', '-WarningVariable']);
    assert.ok(order.indexOf('-WindowsAuthentication') < order.indexOf('-ErrorAction'), 'own parameters before common ones');
    const identity = items.find((item) => item.label === '-Identity');
    assert.equal(identity?.detail, 'VirtualDirectoryIdParameter · mandatory');
    assert.equal(items.find((item) => item.label === '-ExternalUrl')?.detail, 'Uri');
    assert.equal(items.find((item) => item.label === '-WhatIf')?.detail, 'switch');
  });

  it('leaves out the parameters given, by name, alias, abbreviation or position, and the one being typed narrows nothing', () => {
    const given = labels(complete('Set-OABVirtualDirectory "EX01\\OAB (Default Web Site)" -ExternalU https://mail.contoso.com/OAB -ea Stop -Int¦'));
    for (const name of ['-Identity', '-ExternalUrl', '-ErrorAction']) assert.ok(!given.includes(name), `${name} is given`);
    assert.ok(given.includes('-InternalUrl'), 'the parameter being typed is still offered');
  });

  it('offers only the parameters of the sets the written ones leave (Get-EXOMailbox -Anr)', () => {
    const all = labels(complete('Get-EXOMailbox -¦'));
    const anr = labels(complete('Get-EXOMailbox -Anr jdoe -¦'));
    assert.ok(all.includes('-Identity') && all.includes('-Anr'));
    assert.ok(!anr.includes('-Identity'), 'Identity is in another set');
    assert.ok(anr.includes('-ResultSize') && anr.includes('-Properties'));
  });

  it('marks parameters mandatory in only some of the possible sets', () => {
    const items = complete('New-Mailbox -¦');
    const name = items.find((item) => item.label === '-Name');
    assert.equal(name?.labelDetails?.description, 'mandatory');
    assert.ok(items.some((item) => item.labelDetails?.description === 'mandatory in some sets'));
  });

  it('filters parameters by the target version, when the target has the cmdlet', () => {
    // OAuthAuthentication is an Exchange 2013+ parameter of the OAB virtual directory.
    const under2010 = labels(complete('Set-OABVirtualDirectory -¦', '2010'));
    const under2016 = labels(complete('Set-OABVirtualDirectory -¦', '2016'));
    assert.ok(under2016.includes('-OAuthAuthentication'));
    assert.ok(!under2010.includes('-OAuthAuthentication'));
    assert.ok(under2010.includes('-ExternalUrl'));
    // A cmdlet the target lacks is the diagnostics' business: its parameters are all still offered.
    assert.ok(labels(complete('Set-OABVirtualDirectory -¦', 'online')).includes('-OAuthAuthentication'));
  });

  it('documents a parameter with its facts and the entries about it', () => {
    const item = complete('Set-DistributionGroup -Identity Sales -Req¦').find((candidate) => candidate.label === '-RequireSenderAuthenticationEnabled');
    const documentation = (item?.documentation as MarkupContent | undefined)?.value ?? '';
    assert.match(documentation, /Accepted values: `\$true`, `\$false`/);
    assert.match(documentation, /\(https:\/\/kb\.example\.org\/distribution-group-rejects-external-senders-auth-required\)/);
  });

  it('replaces the typed part of the parameter', () => {
    const text = 'Set-OABVirtualDirectory -Ext';
    const item = complete(`${text}¦`).find((candidate) => candidate.label === '-ExternalUrl');
    assert.deepEqual(item?.textEdit, { range: { start: { line: 0, character: text.indexOf('-Ext') }, end: { line: 0, character: text.length } }, newText: '-ExternalUrl' });
  });

  it('a command the model does not know gets the parameters its knowledge entries use', () => {
    const items = complete('Resolve-DnsName -¦');
    assert.ok(items.length > 0 && items.every((item) => /^used in \d+ knowledge entr(y|ies)$/.test(item.detail ?? '')), JSON.stringify(items.map((item) => item.detail)));
    assert.deepEqual(complete('Get-Frobnicator -¦'), []);
  });
});

describe('value completion', () => {
  it('offers the accepted values of -AccessRights, replacing the typed part', () => {
    const text = 'Add-MailboxFolderPermission -Identity jdoe:\\Calendar -User ed -AccessRights Rev';
    const items = complete(`${text}¦`);
    assert.ok(labels(items).includes('Reviewer'), labels(items).join(', '));
    assert.ok(labels(items).includes('Owner'));
    const reviewer = items.find((item) => item.label === 'Reviewer');
    assert.deepEqual(reviewer?.textEdit, { range: { start: { line: 0, character: text.length - 3 }, end: { line: 0, character: text.length } }, newText: 'Reviewer' });
    assert.equal(reviewer?.detail, '-AccessRights <MailboxFolderAccessRight[]>');
  });

  const TABLE: ReadonlyArray<[string, string, readonly string[], readonly string[]]> = [
    ['after an abbreviated parameter and a colon', 'Add-MailboxFolderPermission -acc:¦', ['Reviewer', 'Editor'], []],
    ['the rest of a comma list', 'Add-MailboxFolderPermission -AccessRights ReadItems,CreateItems,¦', ['DeleteOwnedItems'], ['ReadItems', 'CreateItems']],
    ['$true and $false for a Boolean', 'Set-DistributionGroup Sales -RequireSenderAuthenticationEnabled ¦', ['$true', '$false'], []],
    ['$true and $false for a switch after a colon', 'Set-Mailbox jdoe -Confirm:¦', ['$true', '$false'], []],
    ['nothing after a switch and a blank (the next argument comes)', 'Set-Mailbox jdoe -Confirm ¦', [], ['$true']],
    ['the action preferences for -ErrorAction', 'Get-Mailbox -ErrorAction Si¦', ['SilentlyContinue', 'Stop'], []],
    ['Unlimited for an Unlimited size or count', 'Get-Mailbox -ResultSize Un¦', ['Unlimited'], []],
    ['nothing for a parameter without listed values', 'Set-Mailbox -Identity ¦', [], ['$true']],
    ['nothing for an unknown parameter', 'Set-Mailbox -Frobnicate ¦', [], ['$true']],
  ];
  for (const [name, text, expected, unexpected] of TABLE) {
    it(name, () => {
      const found = labels(complete(text));
      for (const value of expected) assert.ok(found.includes(value), `${value} in ${found.join(', ')}`);
      for (const value of unexpected) assert.ok(!found.includes(value), `no ${value}`);
      if (expected.length === 0) assert.deepEqual(found, []);
    });
  }
});

describe('cmdlet completion', () => {
  it('offers Exchange cmdlets with their versions, and the functions the script defines', () => {
    const items = complete('function Get-Report { }\nGet-Mailbox | Set-OAB¦');
    const oab = items.find((item) => item.label === 'Set-OabVirtualDirectory');
    assert.equal(oab?.detail, 'Exchange 2010, 2013, 2016, 2019, SE');
    assert.equal(items.find((item) => item.label === 'Get-EXOMailbox')?.detail, 'ExchangeOnlineManagement · Exchange Online');
    assert.ok(labels(items).includes('Get-Report'));
    assert.ok(labels(items).every((label) => !label.startsWith('-')));
  });

  const VERSIONS: ReadonlyArray<[ExchangeVersion, readonly string[], readonly string[]]> = [
    ['any', ['Get-EXOMailbox', 'Connect-ExchangeOnline', 'Get-Mailbox'], []],
    ['online', ['Get-EXOMailbox', 'Get-Mailbox'], []],
    ['2016', ['Get-Mailbox', 'Get-MailboxDatabase'], ['Get-EXOMailbox', 'Connect-ExchangeOnline']],
    ['2007', ['Get-Mailbox'], ['Get-EXOMailbox']],
  ];
  for (const [target, expected, unexpected] of VERSIONS) {
    it(`under ${target}: ${expected.join(', ')}${unexpected.length ? `, not ${unexpected.join(', ')}` : ''}`, () => {
      const found = new Set(labels(complete('Get-¦', target)));
      for (const name of expected) assert.ok(found.has(name), name);
      for (const name of unexpected) assert.ok(!found.has(name), `no ${name}`);
    });
  }

  it('resolves a cmdlet item to the syntax of its first set, its help link and entries', () => {
    const cmdlet = loadCmdletModel().cmdlet('Set-DistributionGroup')!;
    const { value } = cmdletDocumentation(cmdlet, 'any', sources('any'));
    assert.match(value, /```powershell\nSet-DistributionGroup \[-Identity\] <DistributionGroupIdParameter>/);
    assert.match(value, /\[Online help for Set-DistributionGroup\]\(https:\/\/learn\.microsoft\.com\/powershell\/module\/exchangepowershell\/set-distributiongroup\)/);
    assert.match(value, /Knowledge entries:\n(- .*\n)*- \[Distribution group bounces mail/);
  });
});

describe('completion with the history tables (Exchange 2007, removed and retired cmdlets)', () => {
  const VERSIONS: ReadonlyArray<[ExchangeVersion, readonly string[], readonly string[]]> = [
    ['2007', ['Get-StorageGroup', 'Get-MailboxDatabase', 'Export-Mailbox', 'Get-Mailbox'], ['Get-EXOMailbox', 'New-MailboxExportRequest']],
    ['2010', ['Export-Mailbox', 'New-MailboxExportRequest', 'Search-Mailbox'], ['Get-StorageGroup']],
    ['2016', ['Get-MailboxDatabase', 'Search-Mailbox'], ['Get-StorageGroup', 'Export-Mailbox']],
    ['online', ['Get-EXOMailbox', 'New-ComplianceSearch'], ['Search-Mailbox', 'Get-StorageGroup', 'Get-MailboxDatabase']],
    ['any', ['Get-StorageGroup', 'Search-Mailbox', 'Get-EXOMailbox'], []],
  ];
  for (const [target, expected, unexpected] of VERSIONS) {
    it(`under ${target}: ${expected.join(', ')}; not ${unexpected.join(', ') || '-'}`, () => {
      const found = new Set(labels([...complete('Get-¦', target), ...complete('New-¦', target), ...complete('Export-¦', target), ...complete('Search-¦', target)]));
      for (const name of expected) assert.ok(found.has(name), name);
      for (const name of unexpected) assert.ok(!found.has(name), `no ${name}`);
    });
  }

  it('under 2007, what 2007 surely has comes before what the reference only lists from 2010 on', () => {
    const order = sorted(complete('Get-¦', '2007'));
    assert.ok(order.indexOf('Get-StorageGroup') < order.indexOf('Get-Mailbox'));
    assert.ok(order.indexOf('Get-MailboxDatabase') < order.indexOf('Get-Mailbox'));
  });

  it('a removed cmdlet says when and what replaces it; under any it is marked deprecated', () => {
    const storageGroup = complete('Get-¦', 'any').find((item) => item.label === 'Get-StorageGroup');
    assert.equal(storageGroup?.detail, 'Exchange 2007 · removed in Exchange 2010');
    assert.deepEqual(storageGroup?.tags, [1]);
    assert.equal(complete('Get-¦', '2007').find((item) => item.label === 'Get-StorageGroup')?.tags, undefined, 'not deprecated for the version that has it');
    assert.equal(complete('Search-¦', 'any').find((item) => item.label === 'Search-Mailbox')?.tags, undefined, 'still in Exchange SE');
    const { value } = cmdletDocumentation(loadCmdletModel().cmdlet('Get-StorageGroup')!, '2016', sources('2016'));
    assert.match(value, /^Exists in Exchange 2007\. \*\*Not in Exchange 2016\*\*, the target version\. Removed in Exchange 2010; use `Get-MailboxDatabase` instead\. Exchange 2010 removed storage groups/);
    assert.match(value, /Knowledge entries:\n- \[.*\]\(https:\/\/kb\.example\.org\/exchange-2010-no-lcr-ccr-scr-storage-group-copy\)/);
  });

  it('parameters only older versions had: offered for them, not for later ones', () => {
    assert.ok(labels(complete('Get-MailboxDatabase -¦', '2007')).includes('-StorageGroup'));
    assert.ok(!labels(complete('Get-MailboxDatabase -¦', '2016')).includes('-StorageGroup'));
    const storageGroup = complete('Get-MailboxDatabase -¦', 'any').find((item) => item.label === '-StorageGroup');
    assert.deepEqual(storageGroup?.tags, [1]);
    assert.match((storageGroup?.documentation as MarkupContent).value, /Removed in Exchange 2010; use `-Server` instead\./);
  });

  it('a removed cmdlet known by its parameter names only offers those', () => {
    const found = labels(complete('Get-StorageGroup -¦', '2007'));
    assert.deepEqual(found.filter((label) => ['-Identity', '-Server'].includes(label)), ['-Identity', '-Server']);
  });
});
