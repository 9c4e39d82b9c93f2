import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PRODUCTS } from '@exkb/knowledge';
import { isProductFilter, PRODUCT_FILTERS, productFilterLabel, productForVersion } from './product-filter.js';

describe('productForVersion', () => {
  const CASES: ReadonlyArray<[unknown, string]> = [
    ['2003', 'exchange-2003'],
    ['2007', 'exchange-2007'],
    ['2010', 'exchange-2010'],
    ['2013', 'exchange-2013'],
    ['2016', 'exchange-2016'],
    ['2019', 'exchange-2019'],
    ['se', 'exchange-se'],
    ['online', 'exchange-online'],
    ['Online', 'exchange-online'],
    ['any', ''],
    ['', ''],
    [undefined, ''],
    [null, ''],
    [2010, ''],
    ['2000', ''],
    ['exchange-2010', ''],
  ];
  for (const [version, product] of CASES) it(`${JSON.stringify(version)} → ${JSON.stringify(product)}`, () => assert.equal(productForVersion(version), product));
});

describe('product filter choices', () => {
  it('offers every product after "All products"', () => {
    assert.deepEqual(PRODUCT_FILTERS.map(({ value }) => value), ['', ...PRODUCTS]);
    assert.equal(PRODUCT_FILTERS[0]?.label, 'All products');
    assert.equal(PRODUCT_FILTERS.at(-1)?.label, 'Exchange Online');
  });
  const LABELS: ReadonlyArray<[Parameters<typeof productFilterLabel>[0], string]> = [['', ''], ['exchange-2010', 'Exchange 2010'], ['exchange-se', 'Exchange SE'], ['exchange-online', 'Exchange Online']];
  for (const [filter, label] of LABELS) it(`labels ${JSON.stringify(filter)}`, () => assert.equal(productFilterLabel(filter), label));
  const CHECKS: ReadonlyArray<[unknown, boolean]> = [['', true], ['exchange-2016', true], ['exchange-2000', false], ['2016', false], [undefined, false], [['exchange-2016'], false]];
  for (const [value, ok] of CHECKS) it(`isProductFilter(${JSON.stringify(value)}) is ${ok}`, () => assert.equal(isProductFilter(value), ok));
});
