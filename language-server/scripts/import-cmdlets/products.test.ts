import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readProducts } from './products.js';

describe('readProducts', () => {
  const cases: { text: string; products: string[]; problems?: RegExp[] }[] = [
    { text: 'Exchange Server 2016, Exchange Server 2019, Exchange Online', products: ['2016', '2019', 'online'] },
    { text: 'Applicable: Exchange Server SE', products: ['se'] },
    // PRODUCT_CODES order, whatever the page's order; duplicates once.
    { text: 'Exchange Online, Exchange Server 2010, Exchange Online', products: ['2010', 'online'] },
    { text: 'Security & Compliance, Built-in security add-on for on-premises mailboxes', products: ['scc', 'addon'] },
    { text: 'Exchange Online Protection', products: ['eop'] },
    { text: 'exchange server 2013', products: ['2013'] },
    { text: 'Exchange   Server\n2019', products: ['2019'] },
    { text: 'Applicable: Applicable: Exchange Server 2013, Exchange Online', products: ['2013', 'online'], problems: [/written twice/] },
    { text: 'Exchange Server 2019, Exchange Server SE Online Protection', products: ['2019', 'se'], problems: [/"Exchange Server SE Online Protection" is not a product name; read as "Exchange Server SE"/] },
    { text: 'Exchange Online,', products: ['online'], problems: [/ends with a comma/] },
    { text: 'Exchange Online,, Exchange Server 2016', products: ['2016', 'online'], problems: [/empty item/] },
    { text: 'Exchange Server 2007, Exchange Online', products: ['online'], problems: [/"Exchange Server 2007" is not a product name; ignored/] },
    { text: 'Applicable:', products: [], problems: [/no product/] },
    { text: '', products: [], problems: [/no product/] },
  ];
  for (const { text, products, problems = [] } of cases) {
    it(JSON.stringify(text), () => {
      const read = readProducts(text);
      assert.deepEqual(read.products, products);
      assert.equal(read.problems.length, problems.length, read.problems.join('; '));
      problems.forEach((pattern, index) => assert.match(read.problems[index] ?? '', pattern));
    });
  }
});
