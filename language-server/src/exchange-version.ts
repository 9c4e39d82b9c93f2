import type { ExchangeVersion } from './settings.js';

/** The lint target that matches a knowledge entry's product; Exchange 2003 has no Management Shell. */
export const VERSION_OF_PRODUCT: Readonly<Record<string, Exclude<ExchangeVersion, 'any'> | undefined>> = {
  'exchange-2003': undefined,
  'exchange-2007': '2007',
  'exchange-2010': '2010',
  'exchange-2013': '2013',
  'exchange-2016': '2016',
  'exchange-2019': '2019',
  'exchange-se': 'se',
  'exchange-online': 'online',
};
