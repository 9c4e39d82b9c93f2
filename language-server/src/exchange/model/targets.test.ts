import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeTargets, targetsOfProducts, type ExchangeTarget } from './targets.js';
import type { ProductCode } from './format.js';

describe('targets', () => {
  const PRODUCTS: ReadonlyArray<[ProductCode[], ExchangeTarget[]]> = [
    [['2010', '2013'], ['2010', '2013']],
    [['scc'], ['online']],
    [['online', 'eop', 'addon', '2019'], ['2019', 'online']],
    [[], []],
  ];
  for (const [products, targets] of PRODUCTS) it(`products ${products.join(',')}`, () => assert.deepEqual(targetsOfProducts(products), targets));

  const DESCRIBE: ReadonlyArray<[ExchangeTarget[], string]> = [
    [['2010', '2013', '2016'], 'Exchange 2010, 2013, 2016'],
    [['2019', 'se', 'online'], 'Exchange 2019, SE and Exchange Online'],
    [['online'], 'Exchange Online'],
    [['2007'], 'Exchange 2007'],
    [[], 'no version'],
  ];
  for (const [targets, text] of DESCRIBE) it(text, () => assert.equal(describeTargets(targets), text));
});
