import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryDoc, type DocBlock } from '@exkb/knowledge/entry-doc';
import { findAll, print, recordingDom } from '@exkb/knowledge/recording-dom';
import type { PanelEntry } from './messages.js';
import { renderBlocks, renderEntry, type EntryActions } from './render-entry.js';

function recordActions(): { actions: EntryActions; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    actions: {
      openEntry: (id) => calls.push(`open ${id}`),
      openExternal: (url) => calls.push(`external ${url}`),
      copy: (text) => calls.push(`copy ${text}`),
      insert: (text) => calls.push(`insert ${text}`),
    },
  };
}

const render = (markdown: string) => renderBlocks(recordingDom, entryDoc(markdown), recordActions().actions).map(print).join('');

describe('renderBlocks: the panel\'s links and code blocks', () => {
  const CASES: ReadonlyArray<[string, string, string]> = [
    ['entry link', '[x](exkb:some-entry)', '<p><a href="exkb:some-entry" class="exkb-entry-link" title="Open entry some-entry" [click]>x</a></p>'],
    ['external link', '[x](https://example.org/)', '<p><a href="https://example.org/" class="exkb-external-link" title="https://example.org/" [click]>x</a></p>'],
    [
      'code block: label, Copy and Insert, focusable pre',
      '```powershell\nGet-Mailbox | Select Name\n```',
      '<div class="exkb-code"><div class="exkb-code-bar"><span class="exkb-code-label">PowerShell</span><button type="button" class="exkb-button" aria-label="Copy PowerShell" [click]>Copy</button><button type="button" class="exkb-button" aria-label="Insert PowerShell at the cursor" [click]>Insert at cursor</button></div><pre tabindex="0"><code data-lang="powershell">Get-Mailbox | Select Name</code></pre></div>',
    ],
    [
      'wrong example: labelled, Copy only',
      '## Wrong\n```powershell\nbad\n```',
      '<h2>Wrong</h2><div class="exkb-code exkb-code-wrong"><div class="exkb-code-bar"><span class="exkb-code-label">PowerShell · wrong example</span><button type="button" class="exkb-button" aria-label="Copy PowerShell · wrong example" [click]>Copy</button></div><pre tabindex="0"><code data-lang="powershell">bad</code></pre></div>',
    ],
    [
      'code block without a language',
      '```\nplain\n```',
      '<div class="exkb-code"><div class="exkb-code-bar"><span class="exkb-code-label"></span><button type="button" class="exkb-button" aria-label="Copy code" [click]>Copy</button><button type="button" class="exkb-button" aria-label="Insert code at the cursor" [click]>Insert at cursor</button></div><pre tabindex="0"><code>plain</code></pre></div>',
    ],
  ];
  for (const [name, markdown, expected] of CASES) {
    it(name, () => assert.equal(render(markdown), expected));
  }

  it('buttons and links call the actions with the exact snippet, entry id and URL', () => {
    const { actions, calls } = recordActions();
    const doc: DocBlock[] = entryDoc('[e](exkb:other-entry) [w](https://example.org/x)\n\n```powershell\nSet-Mailbox -Identity "a b"\n```');
    const root = recordingDom.element('div', {}, renderBlocks(recordingDom, doc, actions));
    for (const clickable of findAll(root, (node) => node.click !== undefined)) clickable.click?.();
    assert.deepEqual(calls, ['open other-entry', 'external https://example.org/x', 'copy Set-Mailbox -Identity "a b"', 'insert Set-Mailbox -Identity "a b"']);
  });
});

describe('renderEntry', () => {
  const entry: PanelEntry = {
    id: 'public-folder-anonymous-contributor',
    title: 'Public folder <rejects> mail',
    area: 'public-folders',
    codes: ['550 5.2.0', 'STOREDRV.Deliver'],
    products: ['exchange-2010', 'exchange-online'],
    doc: entryDoc('## Symptom\nBounces.'),
  };

  it('heads the entry with its title, codes and products', () => {
    assert.equal(
      print(renderEntry(recordingDom, entry, recordActions().actions)),
      '<article class="exkb-entry" aria-label="Public folder &lt;rejects&gt; mail" data-entry="public-folder-anonymous-contributor">' +
        '<header class="exkb-entry-header"><h1 class="exkb-entry-title" tabindex="-1">Public folder &lt;rejects&gt; mail</h1>' +
        '<ul class="exkb-chips" aria-label="Codes"><li class="exkb-chip exkb-chip-code">550 5.2.0</li><li class="exkb-chip exkb-chip-code">STOREDRV.Deliver</li></ul>' +
        '<ul class="exkb-chips" aria-label="Products"><li class="exkb-chip">Exchange 2010</li><li class="exkb-chip">Exchange Online</li></ul></header>' +
        '<h2>Symptom</h2><p>Bounces.</p></article>',
    );
  });

  it('leaves out empty code and product lists', () => {
    const bare = print(renderEntry(recordingDom, { ...entry, codes: [], products: [], doc: [] }, recordActions().actions));
    assert.doesNotMatch(bare, /exkb-chips/);
  });
});
