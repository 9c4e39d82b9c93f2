import type { Entry } from '../entry/model.js';
import type { IndexField } from './impact-index.js';

/** The fields the index reads, with how much a match in each counts. */
export const FIELD_BOOSTS = { codes: 6, title: 4, symptoms: 3, cmdlets: 2.5, tags: 2, body: 1 } as const;
export type IndexedField = keyof typeof FIELD_BOOSTS;

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

export const ENTRY_FIELDS: ReadonlyArray<IndexField<Entry>> = (Object.keys(FIELD_BOOSTS) as IndexedField[]).map((field) => ({
  boost: FIELD_BOOSTS[field],
  text: (entry: Entry) => fieldText(entry, field),
}));
