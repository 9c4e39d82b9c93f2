import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../paths.js';
import { fileUri, positionOf, rangeOf, serverForSuite } from './lsp-client.js';

const ENTRY = 'distribution-group-rejects-external-senders-auth-required';
const ENTRY_TITLE = 'Distribution group bounces mail from outside senders with 5.7.1 RESOLVER.RST.AuthRequired';
const ENTRY_HREF = fileUri(path.join(REPO_ROOT, 'knowledge', 'entries', 'recipients', `${ENTRY}.md`));

describe('hover and completion over stdio', () => {
  const server = serverForSuite();

  /** Opens `text` with the cursor at `¦` (removed) and returns the document's uri and the cursor position. */
  const openAt = async (textWithCursor: string) => {
    const offset = textWithCursor.indexOf('¦');
    const text = textWithCursor.replace('¦', '');
    const { uri } = await server.openDocument(text);
    return { uri, text, position: positionOf(text, offset) };
  };
  const hover = async (textWithCursor: string) => {
    const { uri, position, text } = await openAt(textWithCursor);
    return { hover: await server.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), text };
  };
  const complete = async (textWithCursor: string) => {
    const { uri, position, text } = await openAt(textWithCursor);
    const list = await server.client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position });
    return { items: Array.isArray(list) ? list : (list?.items ?? []), text, position };
  };

  it('hover on a command lists the knowledge entries about it, as Markdown links with a summary', async () => {
    const { hover: result, text } = await hover('Set-Distri¦butionGroup "Sales" -RequireSenderAuthenticationEnabled $true');
    assert.ok(result, 'a hover');
    const contents = result.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /^\*\*Set-DistributionGroup\*\*/);
    assert.ok(contents.value.includes(`(${ENTRY_HREF})`), contents.value);
    assert.ok(contents.value.includes(ENTRY_TITLE), contents.value);
    assert.match(contents.value, /— The group only accepts messages from authenticated senders/);
    assert.deepEqual(result.range, rangeOf(text, 'Set-DistributionGroup'));
  });

  it('hover on a parameter lists the entries that mention it with the command', async () => {
    const { hover: result, text } = await hover('Set-DistributionGroup "Sales" -RequireSender¦AuthenticationEnabled $true');
    assert.ok(result, 'a hover');
    const { value } = result.contents as MarkupContent;
    assert.match(value, /^\*\*-RequireSenderAuthenticationEnabled\*\* of Set-DistributionGroup/);
    assert.ok(value.includes(ENTRY_HREF), value);
    assert.deepEqual(result.range, rangeOf(text, '-RequireSenderAuthenticationEnabled'));
  });

  it('hover on an abbreviated parameter names it in full', async () => {
    const { hover: result } = await hover('Set-DistributionGroup "Sales" -RequireSender¦Auth $true');
    assert.match((result?.contents as MarkupContent | undefined)?.value ?? '', /^\*\*-RequireSenderAuthenticationEnabled\*\*/);
  });

  const NO_HOVER: ReadonlyArray<[string, string]> = [
    ['a string argument', 'Set-DistributionGroup "Sa¦les"'],
    ['blank space', 'Set-DistributionGroup "Sales"   ¦   '],
    ['a command no entry knows', 'Get-Frobnicator¦ -Now'],
  ];
  for (const [name, text] of NO_HOVER) {
    it(`no hover on ${name}`, async () => assert.equal((await hover(text)).hover, null));
  }

  it('completes cmdlet names where a command starts, replacing the typed prefix', async () => {
    const { items, position } = await complete('Get-Mailbox | Set-Distri¦');
    const item = items.find((candidate) => candidate.label === 'Set-DistributionGroup');
    assert.ok(item, `items: ${items.map((candidate) => candidate.label).join(', ')}`);
    assert.deepEqual(item.textEdit, { range: { start: { line: 0, character: position.character - 'Set-Distri'.length }, end: position }, newText: 'Set-DistributionGroup' });
    assert.ok(items.some((candidate) => candidate.label === 'Set-ReceiveConnector'), 'other Exchange cmdlets are offered too');
    assert.ok(items.every((candidate) => !candidate.label.startsWith('-')), 'no parameters where a command goes');
  });

  it('completes the parameters of the command at the cursor, leaving out those already written', async () => {
    const { items, position } = await complete('Set-DistributionGroup -Identity "Sales" -Req¦');
    const labels = items.map((candidate) => candidate.label);
    assert.ok(labels.includes('-RequireSenderAuthenticationEnabled'), labels.join(', '));
    assert.ok(!labels.includes('-Identity'), 'already written');
    assert.ok(labels.every((label) => label.startsWith('-')));
    const item = items.find((candidate) => candidate.label === '-RequireSenderAuthenticationEnabled');
    assert.deepEqual(item?.textEdit, { range: { start: { line: 0, character: position.character - 4 }, end: position }, newText: '-RequireSenderAuthenticationEnabled' });
  });

  it('completes parameters after a bare "-" in a pipeline, for the command it belongs to', async () => {
    const { items } = await complete('Get-ReceiveConnector | Set-DistributionGroup -¦');
    assert.ok(items.some((candidate) => candidate.label === '-RequireSenderAuthenticationEnabled'));
  });

  it('offers nothing inside an argument', async () => {
    const { items } = await complete('Set-DistributionGroup -Identity Sal¦');
    assert.deepEqual(items, []);
  });
});
