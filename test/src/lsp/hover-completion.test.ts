import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Hover, MarkupContent, SignatureHelp } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../paths.js';
import { fileUri, positionOf, rangeOf, serverForSuite, type SuiteServer } from './lsp-client.js';

const ENTRY = 'distribution-group-rejects-external-senders-auth-required';
const ENTRY_TITLE = 'Distribution group bounces mail from outside senders with 5.7.1 RESOLVER.RST.AuthRequired';
const ENTRY_HREF = fileUri(path.join(REPO_ROOT, 'knowledge', 'entries', 'recipients', `${ENTRY}.md`));

/** Requests at `¦` (removed from the text) in a new document of the suite's server. */
function at(server: SuiteServer) {
  const openAt = async (textWithCursor: string) => {
    const offset = textWithCursor.indexOf('¦');
    const text = textWithCursor.replace('¦', '');
    const { uri } = await server.openDocument(text);
    return { uri, text, position: positionOf(text, offset) };
  };
  return {
    async hover(textWithCursor: string) {
      const { uri, position, text } = await openAt(textWithCursor);
      return { hover: await server.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), text };
    },
    async complete(textWithCursor: string) {
      const { uri, position, text } = await openAt(textWithCursor);
      const list = await server.client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position });
      return { items: Array.isArray(list) ? list : (list?.items ?? []), text, position };
    },
    async signature(textWithCursor: string, triggerCharacter?: string) {
      const { uri, position } = await openAt(textWithCursor);
      const context = { triggerKind: triggerCharacter ? 2 : 1, isRetrigger: false, ...(triggerCharacter ? { triggerCharacter } : {}) };
      return server.client.request<SignatureHelp | null>('textDocument/signatureHelp', { textDocument: { uri }, position, context });
    },
  };
}

const labels = (items: readonly CompletionItem[]) => items.map((item) => item.label);

describe('hover and completion over stdio', () => {
  const server = serverForSuite();
  const { hover, complete, signature } = at(server);

  it('hover on a cmdlet: its sets as signatures, versions, help link and the knowledge entries about it', async () => {
    const { hover: result, text } = await hover('Set-Distri¦butionGroup "Sales" -RequireSenderAuthenticationEnabled $true');
    assert.ok(result, 'a hover');
    const contents = result.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /^\*\*Set-DistributionGroup\*\*\n\nExists in Exchange 2010, 2013, 2016, 2019, SE and Exchange Online\./);
    assert.match(contents.value, /```powershell\nSet-DistributionGroup \[-Identity\] <DistributionGroupIdParameter>/);
    assert.match(contents.value, /\[Online help for Set-DistributionGroup\]\(https:\/\/learn\.microsoft\.com\/powershell\/module\/exchangepowershell\/set-distributiongroup\)/);
    assert.ok(contents.value.includes(`[${ENTRY_TITLE}](${ENTRY_HREF})`), contents.value);
    assert.match(contents.value, /— The group only accepts messages from authenticated senders/);
    assert.deepEqual(result.range, rangeOf(text, 'Set-DistributionGroup'));
  });

  it('hover on a parameter: type, set role, accepted values, and the entries that use it with the cmdlet', async () => {
    const { hover: result, text } = await hover('Set-DistributionGroup "Sales" -RequireSender¦AuthenticationEnabled $true');
    assert.ok(result, 'a hover');
    const { value } = result.contents as MarkupContent;
    assert.match(value, /^\*\*-RequireSenderAuthenticationEnabled\*\* `<Boolean>` of Set-DistributionGroup\n/);
    assert.match(value, /- Accepted values: `\$true`, `\$false`/);
    assert.ok(value.includes(ENTRY_HREF), value);
    assert.deepEqual(result.range, rangeOf(text, '-RequireSenderAuthenticationEnabled'));
  });

  it('hover on an abbreviated parameter names it in full', async () => {
    const { hover: result } = await hover('Set-DistributionGroup "Sales" -RequireSender¦Auth $true');
    assert.match((result?.contents as MarkupContent | undefined)?.value ?? '', /^\*\*-RequireSenderAuthenticationEnabled\*\* `<Boolean>` of Set-DistributionGroup \(abbreviated `-RequireSenderAuth`\)/);
  });

  const NO_HOVER: ReadonlyArray<[string, string]> = [
    ['a string argument', 'Set-DistributionGroup "Sa¦les"'],
    ['blank space', 'Set-DistributionGroup "Sales"   ¦   '],
    ['a command neither the model nor an entry knows', 'Get-Frobnicator¦ -Now'],
  ];
  for (const [name, text] of NO_HOVER) {
    it(`no hover on ${name}`, async () => assert.equal((await hover(text)).hover, null));
  }

  it('completes cmdlet names where a command starts, replacing the typed prefix, and resolves their documentation', async () => {
    const { items, position } = await complete('Get-Mailbox | Set-Distri¦');
    const item = items.find((candidate) => candidate.label === 'Set-DistributionGroup');
    assert.ok(item, `items: ${labels(items).slice(0, 20).join(', ')}`);
    assert.deepEqual(item.textEdit, { range: { start: { line: 0, character: position.character - 'Set-Distri'.length }, end: position }, newText: 'Set-DistributionGroup' });
    assert.equal(item.detail, 'Exchange 2010, 2013, 2016, 2019, SE and Exchange Online');
    assert.ok(labels(items).includes('Set-ReceiveConnector'), 'other Exchange cmdlets are offered too');
    assert.ok(labels(items).every((label) => !label.startsWith('-')), 'no parameters where a command goes');
    const resolved = await server.client.request<CompletionItem>('completionItem/resolve', item);
    const documentation = (resolved.documentation as MarkupContent | undefined)?.value ?? '';
    assert.match(documentation, /```powershell\nSet-DistributionGroup \[-Identity\] <DistributionGroupIdParameter>/);
    assert.ok(documentation.includes(ENTRY_TITLE), documentation);
  });

  it('completes the parameters of Set-OABVirtualDirectory with their types, mandatory first and common ones last', async () => {
    const { items, position } = await complete('Set-OABVirtualDirectory -¦');
    const order = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((item) => item.label);
    assert.equal(order[0], '-Identity');
    assert.equal(items.find((item) => item.label === '-Identity')?.detail, 'VirtualDirectoryIdParameter · mandatory');
    assert.equal(items.find((item) => item.label === '-InternalUrl')?.detail, 'Uri');
    assert.ok(order.indexOf('-WindowsAuthentication') < order.indexOf('-ErrorAction'));
    assert.equal(order.at(-1), '-WarningVariable');
    const item = items.find((candidate) => candidate.label === '-ExternalUrl');
    assert.deepEqual(item?.textEdit, { range: { start: { line: 0, character: position.character - 1 }, end: position }, newText: '-ExternalUrl' });
  });

  it('leaves out the parameters already written and those of sets the written ones exclude', async () => {
    const { items } = await complete('Get-EXOMailbox -Anr jdoe -ResultSize 10 -¦');
    assert.ok(!labels(items).includes('-Identity'), 'another set');
    assert.ok(!labels(items).includes('-ResultSize'), 'already written');
    assert.ok(labels(items).includes('-Properties'));
  });

  it('completes the accepted values of -AccessRights, replacing the typed part', async () => {
    const { items, position } = await complete('Add-MailboxFolderPermission -Identity jdoe:\\Calendar -User ed -AccessRights Rev¦');
    const reviewer = items.find((item) => item.label === 'Reviewer');
    assert.ok(reviewer, labels(items).join(', '));
    assert.deepEqual(reviewer.textEdit, { range: { start: { line: 0, character: position.character - 3 }, end: position }, newText: 'Reviewer' });
    assert.ok(labels(items).includes('Editor') && labels(items).includes('Owner'));
    assert.ok(labels(items).every((label) => !label.startsWith('-')));
  });

  it('offers nothing inside an argument, a string or a comment', async () => {
    for (const text of ['Set-DistributionGroup -Identity Sales Sal¦', 'Write-Host "Set-Mailbox -Ide¦"', '# Get-Mailbox | Set-¦']) {
      const { items } = await complete(text);
      assert.deepEqual(items, [], text);
    }
  });

  it('signature help on " ": the cmdlet\'s sets, the first possible one active, its first positional parameter active', async () => {
    const result = await signature('Set-OABVirtualDirectory ¦', ' ');
    assert.ok(result, 'signature help');
    const active = result.signatures[result.activeSignature ?? 0]!;
    assert.match(active.label, /^Set-OabVirtualDirectory \[-Identity\] <VirtualDirectoryIdParameter> /);
    const [start, end] = active.parameters![active.activeParameter ?? result.activeParameter ?? 0]!.label as [number, number];
    assert.equal(active.label.slice(start, end), '[-Identity] <VirtualDirectoryIdParameter>');
  });

  it('signature help while typing a parameter and its value marks that parameter, in the set the others leave', async () => {
    const typing = await signature('Get-EXOMailbox -Anr jdoe -Res¦', '-');
    assert.ok(typing);
    const active = typing.signatures[typing.activeSignature!]!;
    assert.match(active.label, /^Get-EXOMailbox \[-Anr <String>\]/);
    assert.equal(active.label.slice(...(active.parameters![typing.activeParameter!]!.label as [number, number])), '[-ResultSize <Unlimited>]');
    const value = await signature('Add-MailboxFolderPermission -User ed -AccessRights ¦', ' ');
    assert.ok(value);
    const permission = value.signatures[value.activeSignature!]!;
    assert.equal(permission.label.slice(...(permission.parameters![value.activeParameter!]!.label as [number, number])), '-AccessRights <MailboxFolderAccessRight[]>');
  });

  it('no signature help outside a cmdlet\'s arguments', async () => {
    assert.equal(await signature('$x = 1 ¦', ' '), null);
    assert.equal(await signature('# Set-Mailbox ¦', ' '), null);
  });
});

describe('completion for the target Exchange version', () => {
  const VERSIONS: ReadonlyArray<[string, readonly string[], readonly string[]]> = [
    ['online', ['Get-EXOMailbox', 'Get-Mailbox'], ['Get-StorageGroup', 'Get-MailboxDatabase']],
    ['2016', ['Get-Mailbox', 'Get-MailboxDatabase'], ['Get-EXOMailbox', 'Get-StorageGroup']],
    ['2007', ['Get-StorageGroup', 'Get-MailboxDatabase', 'Get-Mailbox'], ['Get-EXOMailbox']],
  ];
  for (const [exchangeVersion, offered, hidden] of VERSIONS) {
    describe(`exchangeVersion ${exchangeVersion}`, () => {
      const server = serverForSuite({ settings: { exchangeVersion } });
      const { complete } = at(server);
      it(`offers ${offered.join(', ')}; hides ${hidden.join(', ')} and the parameters the version lacks`, async () => {
        const { items } = await complete('Get-¦');
        for (const name of offered) assert.ok(labels(items).includes(name), name);
        for (const name of hidden) assert.ok(!labels(items).includes(name), `no ${name}`);
        const { items: parameters } = await complete('Get-Mailbox -¦');
        // -Arbitration is on-premises only, -InactiveMailboxOnly Exchange Online only; 2007 predates the reference (2010 on).
        assert.equal(labels(parameters).includes('-Arbitration'), exchangeVersion !== 'online');
        assert.equal(labels(parameters).includes('-InactiveMailboxOnly'), exchangeVersion === 'online');
        assert.ok(labels(parameters).includes('-Identity'));
      });
    });
  }
});
