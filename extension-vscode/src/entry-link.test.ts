import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryIdOfUri, entryLinksToCommands, entryLinkTemplate, type EntryLinkResult, type LinkUri } from './entry-link.js';
import { EXTENSION_ID } from './manifest.js';

test('the template is the editor scheme, the extension id and the entry path, with {id} for the server', () => {
  const cases: { scheme: string; expected: string }[] = [
    { scheme: 'vscode', expected: 'vscode://exkb.exkb-vscode/entry?id={id}' },
    { scheme: 'vscode-insiders', expected: 'vscode-insiders://exkb.exkb-vscode/entry?id={id}' },
    { scheme: 'code-oss', expected: 'code-oss://exkb.exkb-vscode/entry?id={id}' },
    { scheme: 'vscodium', expected: 'vscodium://exkb.exkb-vscode/entry?id={id}' },
  ];
  for (const { scheme, expected } of cases) assert.equal(entryLinkTemplate(scheme, EXTENSION_ID), expected, scheme);
});

test('a scheme that is not one gives no template, not a broken link', () => {
  for (const scheme of ['', 'vs code', '1abc', 'vscode:']) assert.equal(entryLinkTemplate(scheme, EXTENSION_ID), undefined, JSON.stringify(scheme));
});

test('the id is read back from what the server fills in, as VS Code parses it', () => {
  const template = entryLinkTemplate('vscode', EXTENSION_ID) ?? '';
  // The server's entryHref: template.replaceAll('{id}', encodeURIComponent(id)).
  for (const id of ['mailbox-full', 'ndr-5-2-0-storedrv-deliver', 'a.b_c']) {
    const url = new URL(template.replaceAll('{id}', encodeURIComponent(id)));
    const uri: LinkUri = { authority: url.host, path: url.pathname, query: decodeURIComponent(url.search.slice(1)) };
    assert.deepEqual(entryIdOfUri(uri, EXTENSION_ID), { ok: true, id });
  }
});

test('URIs that are not entry links say why', () => {
  const cases: { uri: LinkUri; expected: EntryLinkResult | RegExp }[] = [
    { uri: { authority: 'exkb.exkb-vscode', path: '/entry', query: 'id=mailbox-full' }, expected: { ok: true, id: 'mailbox-full' } },
    { uri: { authority: 'EXKB.exkb-VSCode', path: '/entry/', query: 'id=mailbox-full&from=problems' }, expected: { ok: true, id: 'mailbox-full' } },
    { uri: { authority: 'exkb.exkb-vscode', path: '/entry', query: 'id=%20spaced%20' }, expected: { ok: true, id: 'spaced' } },
    { uri: { authority: 'other.extension', path: '/entry', query: 'id=x' }, expected: /not an exkb link/ },
    { uri: { authority: 'exkb.exkb-vscode', path: '/search', query: 'q=5.2.0' }, expected: /exkb links are \/entry\?id=/ },
    { uri: { authority: 'exkb.exkb-vscode', path: '/entry', query: '' }, expected: /names no entry/ },
    { uri: { authority: 'exkb.exkb-vscode', path: '/entry', query: 'id=' }, expected: /names no entry/ },
  ];
  for (const { uri, expected } of cases) {
    const result = entryIdOfUri(uri, EXTENSION_ID);
    if (expected instanceof RegExp) {
      assert.equal(result.ok, false, JSON.stringify(uri));
      if (!result.ok) assert.match(result.problem, expected);
    } else assert.deepEqual(result, expected, JSON.stringify(uri));
  }
});

test('entry links in hover Markdown become command links; other links stay', () => {
  const link = (id: string): string => (entryLinkTemplate('vscode', EXTENSION_ID) ?? '').replaceAll('{id}', encodeURIComponent(id));
  const command = (id: string): string => `command:exkb.showEntry?${encodeURIComponent(JSON.stringify([id]))}`;
  const cases: { markdown: string; expected: string }[] = [
    { markdown: `- [Mailbox full](${link('mailbox-full')}) — bounces`, expected: `- [Mailbox full](${command('mailbox-full')}) — bounces` },
    { markdown: `[a](${link('a')}) and [b](code-oss://exkb.exkb-vscode/entry?id=b)`, expected: `[a](${command('a')}) and [b](${command('b')})` },
    { markdown: '[docs](https://learn.microsoft.com/exchange)', expected: '[docs](https://learn.microsoft.com/exchange)' },
    { markdown: '[file](file:///kb/transport/mailbox-full.md)', expected: '[file](file:///kb/transport/mailbox-full.md)' },
    { markdown: '[other](vscode://other.ext/entry?id=x)', expected: '[other](vscode://other.ext/entry?id=x)' },
    { markdown: '[no id](vscode://exkb.exkb-vscode/entry?id=)', expected: '[no id](vscode://exkb.exkb-vscode/entry?id=)' },
    { markdown: 'no links, `5.2.0` (code)', expected: 'no links, `5.2.0` (code)' },
  ];
  for (const { markdown, expected } of cases) assert.equal(entryLinksToCommands(markdown, EXTENSION_ID, 'exkb.showEntry'), expected, markdown);
});
