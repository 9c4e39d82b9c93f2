import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntryResult, SearchItem } from 'exkb-language-server/protocol';
import { entryMarkdown, searchItemRow } from './entry-document.js';

const ENTRY: EntryResult = {
  id: 'mailbox-full',
  area: 'transport',
  title: 'Mailbox full',
  codes: ['5.2.2'],
  symptoms: ['550 5.2.2 mailbox full'],
  products: ['exchange-2019'],
  cmdlets: ['Set-Mailbox'],
  tags: [],
  references: [],
  markdown: '\n## Symptom\n\nBounces.\n',
  summary: { symptom: 'Bounces.', cause: '', fix: '' },
  links: [],
};

test('an entry becomes a Markdown document: title, facts that exist, the body', () => {
  const cases: { entry: EntryResult; includes: string[]; excludes: string[] }[] = [
    { entry: ENTRY, includes: ['# Mailbox full\n', '**Codes:** `5.2.2`', '**Products:** exchange-2019', '**Cmdlets:** `Set-Mailbox`', '**Entry:** `mailbox-full`\n', '## Symptom\n\nBounces.\n'], excludes: ['source'] },
    { entry: { ...ENTRY, codes: [], cmdlets: [], products: [], href: 'https://kb.example.org/transport/mailbox-full' }, includes: ['([source](https://kb.example.org/transport/mailbox-full))'], excludes: ['**Codes:**', '**Cmdlets:**', '**Products:**'] },
  ];
  for (const { entry, includes, excludes } of cases) {
    const text = entryMarkdown(entry);
    for (const part of includes) assert.ok(text.includes(part), `${JSON.stringify(text)} lacks ${part}`);
    for (const part of excludes) assert.ok(!text.includes(part), `${JSON.stringify(text)} has ${part}`);
  }
});

test('a search result row shows the matched codes first, at most four', () => {
  const item: SearchItem = { id: 'a', title: 'A', summary: 'S', codes: ['1', '2', '3', '4', '5'], products: [], matchedCodes: [], score: 1 };
  const cases: { item: SearchItem; description: string }[] = [
    { item, description: '1 · 2 · 3 · 4' },
    { item: { ...item, matchedCodes: ['5'] }, description: '5' },
    { item: { ...item, codes: [] }, description: '' },
  ];
  for (const { item: row, description } of cases) assert.deepEqual(searchItemRow(row), { label: 'A', description, detail: 'S' });
});
