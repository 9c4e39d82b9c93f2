import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { loadCmdletModel } from '../exchange/model/load.js';
import { parseScript } from '../powershell/index.js';
import type { ExchangeVersion } from '../settings.js';
import { hoverTarget, hoverText } from './hover.js';
import { KnowledgeState } from './knowledge-state.js';

/** `¦` marks the cursor. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('¦');
  return { script: parseScript(textWithCursor.replace('¦', '')), offset };
}

describe('hoverTarget', () => {
  const TABLE: ReadonlyArray<[string, string, string | undefined]> = [
    ['the command name', 'Set-Distri¦butionGroup "Sales"', 'command Set-DistributionGroup'],
    ['the end of the command name', 'Set-DistributionGroup¦ "Sales"', 'command Set-DistributionGroup'],
    ['a parameter name', 'Set-DistributionGroup "Sales" -Require¦SenderAuthenticationEnabled $true', 'parameter RequireSenderAuthenticationEnabled'],
    ['a nested command wins over the one around it', 'Set-Mailbox -Identity (Get-Mai¦lbox -Anr jdoe)', 'command Get-Mailbox'],
    ['an argument', 'Set-DistributionGroup "Sa¦les"', undefined],
  ];
  for (const [name, text, expected] of TABLE) {
    it(name, () => {
      const { script, offset } = at(text);
      const target = hoverTarget(script, offset);
      const described = target === undefined ? undefined : target.kind === 'command' ? `command ${target.command.canonical}` : `parameter ${target.parameter.name}`;
      assert.equal(described, expected);
    });
  }
});

describe('hoverText', () => {
  const knowledge = new KnowledgeState(loadBundledKnowledge()).current;
  const model = loadCmdletModel();
  const hover = (textWithCursor: string, target: ExchangeVersion = 'any'): string | undefined => {
    const { script, offset } = at(textWithCursor);
    const found = hoverTarget(script, offset);
    return found && hoverText(found, script, { model, knowledge, target, linkTemplate: 'https://kb.example.org/{id}' })?.markdown;
  };

  /** Each row: the text with the cursor, the target version, what the hover must contain (strings in order, or patterns), what it must not. */
  const TABLE: ReadonlyArray<[string, string, ExchangeVersion, ReadonlyArray<string | RegExp>, ReadonlyArray<string | RegExp>]> = [
    [
      'a cmdlet, written in another case: name, versions, syntax, help link',
      'Set-OABVirtual¦Directory -Identity "EX01\\OAB (Default Web Site)"',
      'any',
      [
        '**Set-OabVirtualDirectory**',
        'Exists in Exchange 2010, 2013, 2016, 2019, SE.',
        '```powershell\nSet-OabVirtualDirectory [-Identity] <VirtualDirectoryIdParameter>',
        '[<CommonParameters>]\n```',
        '[Online help for Set-OabVirtualDirectory](https://learn.microsoft.com/powershell/module/exchangepowershell/set-oabvirtualdirectory)',
      ],
      ['Not in'],
    ],
    [
      'a cmdlet with knowledge entries lists them as links with a summary',
      'Set-Distri¦butionGroup "Sales" -RequireSenderAuthenticationEnabled $true',
      'any',
      ['**Set-DistributionGroup**', '```powershell', 'Knowledge entries:', '[Distribution group bounces mail from outside senders with 5.7.1 RESOLVER.RST.AuthRequired](https://kb.example.org/distribution-group-rejects-external-senders-auth-required) — The group only accepts'],
      [],
    ],
    ['a cmdlet the target lacks says so', 'Get-EXO¦Mailbox -Identity jdoe', '2016', ['**Get-EXOMailbox**', 'Exists in Exchange Online.', '**Not in Exchange 2016**, the target version.', 'ExchangeOnlineManagement'], []],
    ['the sets the written parameters allow, and how many of all', 'Get-EXO¦Mailbox -Anr jdoe', 'any', ['# Anr\nGet-EXOMailbox [-Anr <String>]', /1 of \d+ parameter sets fit the parameters given/], ['# Identity']],
    [
      'a parameter: type, sets, values, versions',
      'Add-MailboxFolderPermission -Identity jdoe:\\Calendar -User ed -Access¦Rights Reviewer',
      'any',
      ['**-AccessRights** `<MailboxFolderAccessRight[]>` of Add-MailboxFolderPermission', '- Mandatory.', '- Accepted values: ', '`Reviewer`', '- Exists in Exchange 2010, 2013, 2016, 2019, SE and Exchange Online.'],
      ['abbreviated'],
    ],
    ['an abbreviated parameter is named in full', 'Set-DistributionGroup "Sales" -RequireSender¦Auth $true', 'any', ['**-RequireSenderAuthenticationEnabled** `<Boolean>` of Set-DistributionGroup (abbreviated `-RequireSenderAuth`)', '`$true`, `$false`', 'distribution-group-rejects-external-senders-auth-required'], []],
    ['a positional parameter says where', 'Set-Mailbox -Ident¦ity jdoe', 'any', [/Mandatory, position 0|position 0/], []],
    ['a common parameter by its alias', 'Get-Mailbox -e¦a Stop', 'any', ['**-ErrorAction** `<ActionPreference>` of Get-Mailbox (written as the alias `-ea`)', 'A common parameter: every cmdlet takes it.', '`SilentlyContinue`'], ['Exists in']],
    ['an Unlimited parameter takes a number or the word', 'Get-Mailbox -ResultS¦ize Unlimited', 'any', ['**-ResultSize** `<Unlimited>` of Get-Mailbox', '- A number (or size) or `Unlimited`.'], ['Accepted values']],
    ['a parameter the cmdlet does not have', 'Get-Mailbox -Frob¦nicate', 'any', ['`-Frobnicate` is not a parameter of Get-Mailbox.'], []],
    ['an ambiguous abbreviation names the candidates', 'Get-Mailbox -Re¦ 5', 'any', [/^`-Re` is ambiguous of Get-Mailbox: it could be `-\w+`(, `-\w+`)* or `-\w+`\.$/, '`-ResultSize`'], []],
    [
      'a removed cmdlet: where it exists, when it went, what replaces it, the entries about it',
      'Get-Storage¦Group -Server EX01',
      '2016',
      ['**Get-StorageGroup**', 'Exists in Exchange 2007. **Not in Exchange 2016**, the target version. Removed in Exchange 2010; use `Get-MailboxDatabase` instead.', 'The reference has no syntax for it, so its parameters are not checked; among them: `-Identity`, `-Server`.', 'Knowledge entries:', 'exchange-2010-no-lcr-ccr-scr-storage-group-copy'],
      ['```powershell', 'Online help'],
    ],
    ['a cmdlet retired in Exchange Online', 'Search-Mail¦box -Identity jdoe', 'online', ['**Not in Exchange Online**, the target version.', 'Removed in Exchange Online; use `New-ComplianceSearch`, `Start-ComplianceSearch` or `New-ComplianceSearchAction` instead.'], []],
    ['a parameter only older versions had', 'Get-MailboxDatabase -Storage¦Group SG1', 'any', ['**-StorageGroup** of Get-MailboxDatabase', '- Removed in Exchange 2010; use `-Server` instead.', '- Exists in Exchange 2007.'], ['<Object>']],
  ];
  for (const [name, text, target, expected, unexpected] of TABLE) {
    it(name, () => {
      const markdown = hover(text, target);
      assert.ok(markdown, 'a hover');
      let from = 0;
      for (const part of expected) {
        if (typeof part === 'string') {
          const found = markdown.indexOf(part, from);
          assert.ok(found >= 0, `${JSON.stringify(part)} (in order) in:\n${markdown}`);
          from = found + part.length;
        } else {
          assert.match(markdown, part);
        }
      }
      for (const part of unexpected) {
        if (typeof part === 'string') assert.ok(!markdown.includes(part), `no ${JSON.stringify(part)} in:\n${markdown}`);
        else assert.doesNotMatch(markdown, part);
      }
    });
  }

  it('wraps long signatures to lines of at most 90 columns', () => {
    const markdown = hover('New-Mail¦box -Name x') ?? '';
    const code = markdown.slice(markdown.indexOf('```powershell'), markdown.lastIndexOf('```'));
    assert.ok(code.split('\n').length > 3, code);
    assert.ok(code.split('\n').every((line) => line.length <= 90), code);
  });

  it('a command the model does not know keeps its knowledge entries; others have no hover', () => {
    assert.match(hover('Resolve-Dns¦Name autodiscover.contoso.com') ?? '', /^\*\*Resolve-DnsName\*\*\n\nKnowledge entries:\n\n- \[/);
    assert.equal(hover('Get-Frobnicator¦ -Now'), undefined);
    assert.equal(hover('Set-DistributionGroup "Sa¦les"'), undefined);
  });
});
