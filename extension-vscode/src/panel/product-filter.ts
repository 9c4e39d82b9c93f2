// The knowledge panel's product filter: the choices it offers, and the one it starts on, taken from
// the workspace's target Exchange version (`exkb.exchangeVersion`) so an admin checking 2010 scripts
// sees 2010 entries first. `''` means every product.
import { PRODUCTS, type Product } from '@exkb/knowledge';

export type ProductFilter = Product | '';

const PRODUCT_LABELS: Readonly<Record<Product, string>> = {
  'exchange-2003': 'Exchange 2003',
  'exchange-2007': 'Exchange 2007',
  'exchange-2010': 'Exchange 2010',
  'exchange-2013': 'Exchange 2013',
  'exchange-2016': 'Exchange 2016',
  'exchange-2019': 'Exchange 2019',
  'exchange-se': 'Exchange SE',
  'exchange-online': 'Exchange Online',
};

/** The select's options, "All products" first, then the products oldest first. */
export const PRODUCT_FILTERS: ReadonlyArray<{ value: ProductFilter; label: string }> = [
  { value: '', label: 'All products' },
  ...PRODUCTS.map((product) => ({ value: product, label: PRODUCT_LABELS[product] })),
];

export function isProductFilter(value: unknown): value is ProductFilter {
  return value === '' || (PRODUCTS as readonly unknown[]).includes(value);
}

/** `exkb.exchangeVersion` (`2010`, `se`, `online`, `any`, unset…) → the product it names, or every product. */
export function productForVersion(version: unknown): ProductFilter {
  if (typeof version !== 'string') return '';
  const product = `exchange-${version.trim().toLowerCase()}`;
  return isProductFilter(product) ? product : '';
}

/** "Exchange 2010" for a product, '' for every product. */
export function productFilterLabel(filter: ProductFilter): string {
  return filter === '' ? '' : PRODUCT_LABELS[filter];
}
