// How the reference's products map onto the versions a user can target (settings.exchangeVersion).
import type { ExchangeVersion } from '../../settings.js';
import type { ProductCode } from './format.js';

export type ExchangeTarget = Exclude<ExchangeVersion, 'any'>;

/** The cloud products all run in an Exchange Online (or Security & Compliance) session. */
const TARGET_OF_PRODUCT: Readonly<Record<ProductCode, ExchangeTarget>> = {
  '2010': '2010',
  '2013': '2013',
  '2016': '2016',
  '2019': '2019',
  se: 'se',
  online: 'online',
  eop: 'online',
  scc: 'online',
  addon: 'online',
};

export const TARGET_NAMES: Readonly<Record<ExchangeTarget, string>> = {
  '2007': 'Exchange 2007',
  '2010': 'Exchange 2010',
  '2013': 'Exchange 2013',
  '2016': 'Exchange 2016',
  '2019': 'Exchange 2019',
  se: 'Exchange SE',
  online: 'Exchange Online',
};

export const TARGET_ORDER: readonly ExchangeTarget[] = ['2007', '2010', '2013', '2016', '2019', 'se', 'online'];

export const ON_PREMISES_TARGETS: readonly ExchangeTarget[] = TARGET_ORDER.filter((target) => target !== 'online');

export function targetsOfProducts(products: readonly ProductCode[]): ExchangeTarget[] {
  const targets = new Set(products.map((product) => TARGET_OF_PRODUCT[product]));
  return TARGET_ORDER.filter((target) => targets.has(target));
}

/** "Exchange 2010, 2013 and Exchange Online": a list of targets as a sentence fragment. */
export function describeTargets(targets: readonly ExchangeTarget[]): string {
  const onPremises = targets.filter((target) => target !== 'online');
  const parts: string[] = [];
  if (onPremises.length > 0) {
    const years = onPremises.map((target) => (target === 'se' ? 'SE' : target));
    parts.push(`Exchange ${years.join(', ')}`);
  }
  if (targets.includes('online')) parts.push('Exchange Online');
  return parts.join(' and ') || 'no version';
}
