import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryDoc } from '@exkb/knowledge/entry-doc';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { findAll, print, recordingDom, tagsOf } from '@exkb/knowledge/recording-dom';
import type { EntryView } from '../shared/messages.js';
import { referenceHref, renderBlocks, renderEntry } from './render-entry.js';

const noActions = { copy: () => undefined };
const render = (markdown: string, actions = noActions) => renderBlocks(recordingDom, entryDoc(markdown), actions).map(print).join('');
/** The only tags an entry can produce. */
const ALLOWED_TAGS = new Set(['article', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'code', 'pre', 'br', 'hr', 'blockquote', 'div', 'span', 'button', 'section']);

describe('renderBlocks: the browser\'s links and code blocks', () => {
  const cases: Array<[string, string, string]> = [
    ['entry link goes to the entry page', '[x](exkb:some-entry)', '<p><a href="entry.html?id=some-entry" class="exkb-entry-link" data-exkb-link="some-entry">x</a></p>'],
    ['external link opens apart', '[x](https://example.org/)', '<p><a href="https://example.org/" class="exkb-external-link" target="_blank" rel="noopener noreferrer">x</a></p>'],
    ['PowerShell block with copy', '## Fix\n```powershell\nGet-Mailbox\n```', '<h2>Fix</h2><div class="exkb-code"><div class="exkb-code-bar"><span class="exkb-code-label">PowerShell</span><button type="button" class="exkb-button exkb-copy" data-exkb-copy="" aria-label="Copy PowerShell" [click]>Copy</button></div><pre tabindex="0"><code data-lang="powershell">Get-Mailbox</code></pre></div>'],
    ['Wrong block marked as such', '## Wrong\n```powershell\nSet-X\n```', '<h2>Wrong</h2><div class="exkb-code exkb-code-wrong" data-exkb-wrong=""><div class="exkb-code-bar"><span class="exkb-code-label">Wrong (PowerShell): do not run this</span><button type="button" class="exkb-button exkb-copy" data-exkb-copy="" aria-label="Copy wrong example" [click]>Copy</button></div><pre tabindex="0"><code data-lang="powershell">Set-X</code></pre></div>'],
  ];
  for (const [name, markdown, expected] of cases) it(name, () => assert.equal(render(markdown), expected));

  it('copy hands over the code as written', () => {
    const copied: string[] = [];
    const [block] = renderBlocks(recordingDom, entryDoc('```powershell\nGet-Mailbox -Identity "<a>"\n```'), { copy: (text) => copied.push(text) });
    findAll(block ?? '', (node) => node.tag === 'button')[0]?.click?.();
    assert.deepEqual(copied, ['Get-Mailbox -Identity "<a>"']);
  });
  it('in the popup, entry links open inline', () => {
    const opened: string[] = [];
    const [paragraph] = renderBlocks(recordingDom, entryDoc('[x](exkb:other-entry)'), { copy: () => undefined, openEntry: (id) => opened.push(id) });
    findAll(paragraph ?? '', (node) => node.tag === 'a')[0]?.click?.();
    assert.deepEqual(opened, ['other-entry']);
  });
});

describe('renderEntry', () => {
  const knowledge = loadBundledKnowledge();
  it('every bundled entry renders with allowed tags only', () => {
    for (const entry of knowledge.entries) {
      const tree = renderEntry(recordingDom, { ...entry, origin: 'bundled' }, noActions);
      for (const tag of tagsOf(tree)) assert.ok(ALLOWED_TAGS.has(tag), `${entry.id}: <${tag}>`);
      assert.equal(findAll(tree, (node) => node.tag === 'h1')[0]?.children[0], entry.title);
    }
  });
  it('a hostile imported entry stays text', () => {
    const hostile: EntryView = {
      ...(knowledge.entries[0] as EntryView),
      id: 'hostile',
      title: '<script>alert(1)</script>',
      codes: ['<b>5.7.1</b>'],
      products: ['exchange-2019'],
      references: ['javascript:alert(1)', 'KB953467', 'https://learn.microsoft.com/x'],
      markdown: '## Symptom\n<script>alert(1)</script>\n\n<iframe src="https://evil.example"></iframe>\n\n## Fix\n[x](data:text/html,<script>alert(1)</script>)',
      origin: 'imported',
    };
    const tree = renderEntry(recordingDom, hostile, noActions);
    for (const tag of tagsOf(tree)) assert.ok(ALLOWED_TAGS.has(tag), `<${tag}>`);
    const html = print(tree);
    assert.ok(!/<script|<iframe|<b>|href="javascript|href="data/.test(html), html);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /data-exkb-origin="imported"/);
    assert.match(html, /<li>javascript:alert\(1\)<\/li>/);
    assert.match(html, /<a href="https:\/\/support\.microsoft\.com\/help\/953467"[^>]*>KB953467<\/a>/);
  });
});

describe('referenceHref', () => {
  const references: Array<[string, string | undefined]> = [['KB953467', 'https://support.microsoft.com/help/953467'], ['https://learn.microsoft.com/a', 'https://learn.microsoft.com/a'], ['http://insecure.example/', undefined], ['KB12', undefined], ['not a url', undefined]];
  for (const [reference, href] of references) it(reference, () => assert.equal(referenceHref(reference), href));
});
