import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryDoc, linkTarget, type DocBlock, type LinkTarget } from './entry-doc.js';

const text = (value: string) => ({ type: 'text', value }) as const;

describe('entryDoc: Markdown → the allow-listed tree', () => {
  const CASES: ReadonlyArray<[string, string, DocBlock[]]> = [
    ['heading and paragraph', '## Symptom\nMail bounces.', [{ type: 'heading', depth: 2, children: [text('Symptom')] }, { type: 'paragraph', children: [text('Mail bounces.')] }]],
    ['inline code, emphasis, strong', 'Run `Get-Mailbox` *now*, **once**.', [{ type: 'paragraph', children: [text('Run '), { type: 'code', value: 'Get-Mailbox' }, text(' '), { type: 'emphasis', children: [text('now')] }, text(', '), { type: 'strong', children: [text('once')] }, text('.')] }]],
    ['ordered list starting at 3', '3. one\n4. two', [{ type: 'list', ordered: true, start: 3, items: [[{ type: 'paragraph', children: [text('one')] }], [{ type: 'paragraph', children: [text('two')] }]] }]],
    ['bullet list', '- a', [{ type: 'list', ordered: false, start: 1, items: [[{ type: 'paragraph', children: [text('a')] }]] }]],
    ['code block with its language', '## Fix\n```powershell\nGet-Mailbox\n```', [{ type: 'heading', depth: 2, children: [text('Fix')] }, { type: 'code', lang: 'powershell', value: 'Get-Mailbox', wrong: false }]],
    ['code under Wrong is marked wrong, and the next section is not', '## Wrong\n```powershell\nx\n```\n## Correct\n```powershell\ny\n```', [
      { type: 'heading', depth: 2, children: [text('Wrong')] },
      { type: 'code', lang: 'powershell', value: 'x', wrong: true },
      { type: 'heading', depth: 2, children: [text('Correct')] },
      { type: 'code', lang: 'powershell', value: 'y', wrong: false },
    ]],
    ['entry link', 'See [the entry](exkb:imported-certificate-not-enabled-for-iis).', [{ type: 'paragraph', children: [text('See '), { type: 'link', target: { kind: 'entry', id: 'imported-certificate-not-enabled-for-iis' }, children: [text('the entry')] }, text('.')] }]],
    ['external link', '[docs](https://learn.microsoft.com/x)', [{ type: 'paragraph', children: [{ type: 'link', target: { kind: 'external', url: 'https://learn.microsoft.com/x' }, children: [text('docs')] }] }]],
    ['javascript: link keeps only its text', '[click](javascript:alert(1))', [{ type: 'paragraph', children: [text('click')] }]],
    ['raw HTML block stays text', '<script>alert(1)</script>', [{ type: 'paragraph', children: [text('<script>alert(1)</script>')] }]],
    ['inline HTML stays text', 'a <b onclick="x">b</b>', [{ type: 'paragraph', children: [text('a '), text('<b onclick="x">'), text('b'), text('</b>')] }]],
    ['image becomes its alt text', '![diagram](https://x/y.png)', [{ type: 'paragraph', children: [text('diagram')] }]],
    ['quote and rule', '> note\n\n---', [{ type: 'quote', children: [{ type: 'paragraph', children: [text('note')] }] }, { type: 'rule' }]],
    ['empty', '', []],
  ];
  for (const [name, markdown, expected] of CASES) {
    it(name, () => assert.deepEqual(entryDoc(markdown), expected));
  }
});

describe('linkTarget', () => {
  const CASES: ReadonlyArray<[string, LinkTarget | undefined]> = [
    ['exkb:public-folder-anonymous-contributor', { kind: 'entry', id: 'public-folder-anonymous-contributor' }],
    ['exkb:Bad_Id', undefined],
    ['exkb:', undefined],
    ['https://example.org/a b', { kind: 'external', url: 'https://example.org/a%20b' }],
    ['http://example.org', { kind: 'external', url: 'http://example.org/' }],
    ['file:///etc/passwd', undefined],
    ['command:workbench.action.terminal.new', undefined],
    ['javascript:alert(1)', undefined],
    ['relative/path.md', undefined],
  ];
  for (const [url, expected] of CASES) {
    it(url, () => assert.deepEqual(linkTarget(url), expected));
  }
});
