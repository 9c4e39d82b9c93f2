import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry } from '@exkb/knowledge';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { catalogFromKnowledge } from './catalog.js';

function entry(id: string, fields: { cmdlets?: string[]; markdown?: string; snippets?: string[] }): Entry {
  const snippets = (fields.snippets ?? []).map((code, index) => ({ section: 'Fix' as const, language: 'powershell', code, line: index + 1 }));
  const markdown = fields.markdown ?? snippets.map((snippet) => `\`\`\`powershell\n${snippet.code}\n\`\`\``).join('\n\n');
  return {
    id,
    area: 'recipients',
    file: `recipients/${id}.md`,
    title: id,
    codes: [],
    symptoms: [],
    products: ['exchange-2016'],
    cmdlets: fields.cmdlets ?? [],
    tags: [],
    references: [],
    markdown,
    summary: { symptom: '', cause: '', fix: '' },
    snippets,
    links: [],
  };
}

const ENTRIES: Entry[] = [
  entry('group-auth', {
    cmdlets: ['Set-DistributionGroup', 'Get-DistributionGroup'],
    snippets: ['Set-DistributionGroup -Identity "Sales" -RequireSenderAuthenticationEnabled $false'],
  }),
  entry('dynamic-group', {
    markdown: 'Dynamic groups have it too (`Set-DynamicDistributionGroup -RequireSenderAuthenticationEnabled $false`).',
  }),
  entry('prose-only', {
    markdown: 'Run Set-DistributionGroup with -ManagedBy to hand the group over; Get-Mailbox lists mailboxes.',
  }),
  entry('natives-and-pipes', {
    snippets: ['cscript adsutil.vbs set w3svc/AppPools/Enable32bitAppOnWin64 0\nGet-Mailbox -ResultSize Unlimited | Format-List Name'],
  }),
];

describe('catalogFromKnowledge', () => {
  const catalog = catalogFromKnowledge(ENTRIES);

  it('lists front-matter cmdlets and Verb-Noun commands of snippets and inline code, sorted, natives left out', () => {
    assert.deepEqual(
      catalog.commands.map((command) => command.name),
      ['Format-List', 'Get-DistributionGroup', 'Get-Mailbox', 'Set-DistributionGroup', 'Set-DynamicDistributionGroup'],
    );
  });

  const PARAMETERS: ReadonlyArray<[string, string[]]> = [
    ['Set-DistributionGroup', ['Identity', 'RequireSenderAuthenticationEnabled']],
    ['set-distributiongroup', ['Identity', 'RequireSenderAuthenticationEnabled']],
    ['Set-DynamicDistributionGroup', ['RequireSenderAuthenticationEnabled']],
    ['Get-Mailbox', ['ResultSize']],
    ['Get-DistributionGroup', []],
  ];
  for (const [name, expected] of PARAMETERS) {
    it(`parameters of ${name}: ${expected.join(', ') || 'none'}`, () => {
      assert.deepEqual(catalog.command(name)?.parameters.map((parameter) => parameter.name), expected);
    });
  }

  const ABOUT: ReadonlyArray<[string, string | undefined, string[]]> = [
    // Listed in front matter first, then entries that name the command in prose.
    ['Set-DistributionGroup', undefined, ['group-auth', 'prose-only']],
    ['Get-Mailbox', undefined, ['natives-and-pipes', 'prose-only']],
    ['Set-DistributionGroup', 'RequireSenderAuthenticationEnabled', ['group-auth']],
    // PowerShell's unique-prefix abbreviation.
    ['Set-DistributionGroup', '-RequireSender', ['group-auth']],
    // Not used in code, mentioned in prose beside the command.
    ['Set-DistributionGroup', 'ManagedBy', ['prose-only']],
    ['Set-DistributionGroup', 'Nonexistent', []],
    ['Get-Nothing', undefined, []],
  ];
  for (const [command, parameter, expected] of ABOUT) {
    it(`entries for ${command} ${parameter ?? ''}`, () => {
      assert.deepEqual(catalog.entriesFor(command, parameter), expected);
    });
  }

  // One parameter however entries write it: here every spelling that is a prefix of the full name.
  const BY_PARAMETER: ReadonlyArray<[string, string, string[]]> = [
    ['Set-DistributionGroup', 'RequireSenderAuthenticationEnabled', ['group-auth']],
    ['Set-DistributionGroup', 'ManagedBy', ['prose-only']],
    ['Set-DynamicDistributionGroup', 'RequireSenderAuthenticationEnabled', ['dynamic-group']],
    ['Set-DistributionGroup', 'Nonexistent', []],
    ['Get-Nothing', 'Identity', []],
  ];
  for (const [command, parameter, expected] of BY_PARAMETER) {
    it(`entries for ${command} -${parameter} by any spelling`, () => {
      const writes = (spelling: string) => parameter.toLowerCase().startsWith(spelling.toLowerCase());
      assert.deepEqual(catalog.entriesForParameter(command, writes), expected);
    });
  }

  const RESOLVE: ReadonlyArray<[string, string, string | undefined]> = [
    ['Set-DistributionGroup', 'Req', 'RequireSenderAuthenticationEnabled'],
    ['Set-DistributionGroup', 'identity', 'Identity'],
    ['Set-DistributionGroup', 'I', 'Identity'],
    ['Set-DistributionGroup', 'X', undefined],
    ['Unknown-Command', 'Identity', undefined],
  ];
  for (const [command, written, expected] of RESOLVE) {
    it(`resolves -${written} of ${command}`, () => assert.equal(catalog.parameter(command, written)?.name, expected));
  }

  it('catalogues the bundled knowledge base', () => {
    const bundled = catalogFromKnowledge(loadBundledKnowledge().entries);
    const group = bundled.command('Set-DistributionGroup');
    assert.ok(group, 'Set-DistributionGroup is catalogued');
    assert.ok(group.entries.includes('distribution-group-rejects-external-senders-auth-required'));
    assert.ok(group.parameters.some((parameter) => parameter.name === 'RequireSenderAuthenticationEnabled'));
  });
});
