import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryDoc } from './entry-doc.js';
import { findAll, print, recordingDom } from './recording-dom.js';
import { chips, languageLabel, productLabel, renderDoc, type Attributes, type DocHost } from './render-doc.js';

/** A host that says what it was asked, so each case shows what comes from the host and what from the renderer. */
function recordingHost(): { host: DocHost; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    host: {
      entryLink: (id) => ({ href: `entry:${id}`, attributes: { 'data-id': id }, onClick: () => calls.push(`entry ${id}`) }),
      externalLink: (url) => ({ href: url, attributes: { rel: 'external' } }),
      codeLabel: (block) => `${languageLabel(block.lang)}${block.wrong ? ' (wrong)' : ''}`,
      snippetButtons: (block, label) => [
        { text: 'Copy', ariaLabel: `Copy ${label}`, run: (snippet) => calls.push(`copy ${snippet}`) },
        ...(block.wrong ? [] : [{ text: 'Run', ariaLabel: `Run ${label}`, attributes: { class: 'exkb-button exkb-run', 'data-run': '' }, run: (snippet: string) => calls.push(`run ${snippet}`) }]),
      ],
      codeAttributes: (block): Attributes => (block.wrong ? { 'data-wrong': '' } : {}),
    },
  };
}

const render = (markdown: string) => renderDoc(recordingDom, entryDoc(markdown), recordingHost().host).map(print).join('');

describe('renderDoc: tree → elements', () => {
  const CASES: ReadonlyArray<[string, string, string]> = [
    ['heading levels start below the title', '# One\n## Two\n###### Six', '<h2>One</h2><h2>Two</h2><h6>Six</h6>'],
    ['paragraph with inline code', 'Run `Get-Mailbox`.', '<p>Run <code>Get-Mailbox</code>.</p>'],
    ['emphasis, strong, break', '*a* **b**  \nc', '<p><em>a</em> <strong>b</strong><br></br>c</p>'],
    ['ordered list keeps its start', '2. a\n3. b', '<ol start="2"><li><p>a</p></li><li><p>b</p></li></ol>'],
    ['ordered list from 1 has no start', '1. a', '<ol><li><p>a</p></li></ol>'],
    ['bullet list', '- a\n- b', '<ul><li><p>a</p></li><li><p>b</p></li></ul>'],
    ['quote and rule', '> q\n\n***', '<blockquote><p>q</p></blockquote><hr></hr>'],
    ['entry link: the host\'s href, attributes and click', '[x](exkb:some-entry)', '<p><a href="entry:some-entry" class="exkb-entry-link" data-id="some-entry" [click]>x</a></p>'],
    ['external link without a click handler follows its href', '[*x*](https://example.org/)', '<p><a href="https://example.org/" class="exkb-external-link" rel="external"><em>x</em></a></p>'],
    ['javascript: link is text', '[x](javascript:alert(1))', '<p>x</p>'],
    ['raw HTML is text', '<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['inline HTML is text', 'a <b onclick="x()">b</b>', '<p>a &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;</p>'],
    ['image becomes its alt text', '![alt](https://example.org/x.png)', '<p>alt</p>'],
    [
      'code block: host label and buttons, focusable pre',
      '```ps1\nGet-Mailbox\n```',
      '<div class="exkb-code"><div class="exkb-code-bar"><span class="exkb-code-label">PowerShell</span><button type="button" class="exkb-button" aria-label="Copy PowerShell" [click]>Copy</button><button type="button" class="exkb-button exkb-run" data-run="" aria-label="Run PowerShell" [click]>Run</button></div><pre tabindex="0"><code data-lang="ps1">Get-Mailbox</code></pre></div>',
    ],
    [
      'wrong example: its class and the host\'s attributes',
      '## Wrong\n```\nbad\n```',
      '<h2>Wrong</h2><div class="exkb-code exkb-code-wrong" data-wrong=""><div class="exkb-code-bar"><span class="exkb-code-label"> (wrong)</span><button type="button" class="exkb-button" aria-label="Copy  (wrong)" [click]>Copy</button></div><pre tabindex="0"><code>bad</code></pre></div>',
    ],
  ];
  for (const [name, markdown, expected] of CASES) it(name, () => assert.equal(render(markdown), expected));

  it('buttons and links hand over the exact snippet and entry id', () => {
    const { host, calls } = recordingHost();
    const doc = entryDoc('[e](exkb:other-entry) [w](https://example.org/x)\n\n```powershell\nSet-Mailbox -Identity "<a b>"\n```');
    const root = recordingDom.element('div', {}, renderDoc(recordingDom, doc, host));
    for (const clickable of findAll(root, (node) => node.click !== undefined)) clickable.click?.();
    assert.deepEqual(calls, ['entry other-entry', 'copy Set-Mailbox -Identity "<a b>"', 'run Set-Mailbox -Identity "<a b>"']);
  });
});

describe('chips', () => {
  it('one list item per value, markup as text', () =>
    assert.equal(chips(recordingDom, 'Codes', ['5.7.1', '<b>'], 'exkb-chip').map(print).join(''), '<ul class="exkb-chips" aria-label="Codes"><li class="exkb-chip">5.7.1</li><li class="exkb-chip">&lt;b&gt;</li></ul>'));
  it('nothing for no values', () => assert.deepEqual(chips(recordingDom, 'Codes', [], 'exkb-chip'), []));
});

describe('labels', () => {
  const PRODUCTS: ReadonlyArray<[string, string]> = [
    ['exchange-2007', 'Exchange 2007'],
    ['exchange-2016', 'Exchange 2016'],
    ['exchange-online', 'Exchange Online'],
    ['exchange-se', 'Exchange SE'],
    ['something-else', 'something-else'],
  ];
  for (const [product, label] of PRODUCTS) it(product, () => assert.equal(productLabel(product), label));
  const LANGUAGES: ReadonlyArray<[string, string]> = [['PowerShell', 'PowerShell'], ['pwsh', 'PowerShell'], ['cmd', 'Command prompt'], ['yaml', 'yaml'], ['', '']];
  for (const [lang, label] of LANGUAGES) it(`language ${lang || '(none)'}`, () => assert.equal(languageLabel(lang), label));
});
