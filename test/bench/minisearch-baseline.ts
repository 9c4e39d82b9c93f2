import MiniSearch from 'minisearch';
import type { Entry } from '@exkb/knowledge';
import { FIELD_BOOSTS, fieldText, type IndexedField } from '@exkb/knowledge/search';

/*
 * The library exkb's index replaced, configured as closely as it allows to ours (same tokenizer,
 * same stemming, same boosts, prefix on the last word, fuzzy for plain words of five letters or
 * more), so `npm run bench` shows both on the same data in the same run.
 */
export function minisearchIndex(entries: readonly Entry[], tokenize: (text: string) => string[], processTerm: (term: string) => string | null): MiniSearch<Entry> {
  const index = new MiniSearch<Entry>({
    idField: 'id',
    fields: Object.keys(FIELD_BOOSTS),
    tokenize,
    processTerm,
    extractField: (entry, field) => (field === 'id' ? entry.id : fieldText(entry, field as IndexedField)),
    searchOptions: {
      boost: FIELD_BOOSTS,
      maxFuzzy: 2,
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 2 && !/[.\s]/.test(term),
      fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
    },
  });
  index.addAll(entries);
  return index;
}
