// A list of product names as the reference writes them (`Exchange Server 2016, Exchange Online`)
// → the model's product codes. Tolerates the reference's slips: a doubled `Applicable:` prefix,
// empty items, and a name run into the next one (`Exchange Server SE Online Protection`), each
// reported so the reference can be fixed upstream.

import { PRODUCT_CODES, PRODUCT_NAMES, type ProductCode } from '../../src/exchange/model/format.js';

export interface ProductsResult {
  /** In PRODUCT_CODES order, without duplicates. */
  readonly products: ProductCode[];
  /** Messages; the caller knows the line. */
  readonly problems: string[];
}

const APPLICABLE_PREFIX = /^\s*applicable\s*:\s*/i;
const BY_NAME = new Map(PRODUCT_CODES.map((code) => [PRODUCT_NAMES[code].toLowerCase(), code]));
// Longest first, so a run-together name maps to the longest name it starts with.
const NAMES_LONGEST_FIRST = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);

/** `text` is the list, optionally still starting with `Applicable:`. */
export function readProducts(text: string): ProductsResult {
  const problems: string[] = [];
  let list = text.replace(APPLICABLE_PREFIX, '');
  if (APPLICABLE_PREFIX.test(list)) {
    problems.push('"Applicable:" is written twice');
    while (APPLICABLE_PREFIX.test(list)) list = list.replace(APPLICABLE_PREFIX, '');
  }
  if (list.trim() === '') return { products: [], problems: [...problems, 'no product is listed'] };
  const found = new Set<ProductCode>();
  const items = list.split(',').map((item) => item.replace(/\s+/g, ' ').trim());
  for (const [index, item] of items.entries()) {
    if (item === '') {
      problems.push(index === items.length - 1 ? 'the product list ends with a comma' : 'the product list has an empty item');
      continue;
    }
    const exact = BY_NAME.get(item.toLowerCase());
    if (exact) {
      found.add(exact);
      continue;
    }
    const prefix = NAMES_LONGEST_FIRST.find((name) => item.toLowerCase().startsWith(`${name} `));
    if (prefix) {
      const code = BY_NAME.get(prefix) as ProductCode;
      found.add(code);
      problems.push(`"${item}" is not a product name; read as "${PRODUCT_NAMES[code]}"`);
      continue;
    }
    problems.push(`"${item}" is not a product name; ignored`);
  }
  return { products: PRODUCT_CODES.filter((code) => found.has(code)), problems };
}
