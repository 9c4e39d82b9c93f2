import type { Options, SearchOptions } from 'minisearch';
import type { Entry } from '../entry/model.js';
import { isCodeTerm, processTerm, tokenize } from './tokenize.js';

/** The fields minisearch indexes, with how much a match in each counts. */
export const FIELD_BOOSTS = { codes: 6, title: 4, symptoms: 3, cmdlets: 2.5, tags: 2, body: 1 } as const;
export type IndexedField = keyof typeof FIELD_BOOSTS;

/** Plain words of at least this length get fuzzy matching (typos), within this edit fraction. */
const FUZZY_MIN_LENGTH = 5;
const FUZZY_FRACTION = 0.2;
const MAX_FUZZY_EDITS = 2;

export function fieldText(entry: Entry, field: IndexedField): string {
  switch (field) {
    case 'body':
      return entry.markdown;
    case 'title':
      return entry.title;
    default:
      return entry[field].join('\n');
  }
}

export const QUERY_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  combineWith: 'OR',
  maxFuzzy: MAX_FUZZY_EDITS,
  // Only the last word is completed as a prefix: it is the one still being typed.
  prefix: (term, index, terms) => index === terms.length - 1 && !isCodeTerm(term) && term.length >= 2,
  fuzzy: (term) => (!isCodeTerm(term) && /^[a-z]+$/.test(term) && term.length >= FUZZY_MIN_LENGTH ? FUZZY_FRACTION : false),
};

/** Index options; the bundle builder and the loader must use the same. */
export const INDEX_OPTIONS: Options<Entry> = {
  idField: 'id',
  fields: Object.keys(FIELD_BOOSTS),
  storeFields: [],
  tokenize,
  processTerm,
  extractField: (entry, field) => (field === 'id' ? entry.id : fieldText(entry, field as IndexedField)),
  searchOptions: QUERY_OPTIONS,
};
