import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readPage, referencePages } from './reference-pages.js';

const PAGE = `---
applicable: Exchange Server 2010, Exchange Server 2013, Exchange Online, Security & Compliance
external help file: Microsoft.Exchange.ServerStatus-Help.xml
title: Get-Sample
---

# Get-Sample

## PARAMETERS

### -Identity

> Applicable: Exchange Server 2010, Exchange Server 2013

### -ResultSize
`;

describe('reference pages', () => {
  it('reads the products and parameter names of a page', () => {
    const page = readPage('Get-Sample', PAGE);
    assert.deepEqual(page.targets, ['2010', '2013', 'online']);
    assert.deepEqual(page.parameters, ['Identity', 'ResultSize']);
    assert.match(page.applicable, /Security & Compliance$/);
  });

  it('a page without front matter has no products', () => {
    assert.deepEqual(readPage('Get-Bare', '# Get-Bare\n').targets, []);
  });

  const folder = mkdtempSync(path.join(tmpdir(), 'exkb-reference-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('finds pages by name in any case and skips files that are not cmdlets', () => {
    writeFileSync(path.join(folder, 'Get-Sample.md'), PAGE);
    writeFileSync(path.join(folder, 'ExchangePowerShell.md'), '# module\n');
    writeFileSync(path.join(folder, 'LICENSE'), 'text');
    const pages = referencePages(folder);
    assert.ok(pages);
    assert.deepEqual(pages.names, ['Get-Sample']);
    assert.ok(pages.has('get-sample'));
    assert.equal(pages.page('GET-SAMPLE')?.name, 'Get-Sample');
    assert.equal(pages.page('Get-Other'), undefined);
  });

  it('is undefined when the folder is absent', () => {
    assert.equal(referencePages(path.join(folder, 'missing')), undefined);
  });
});
