export { FIELD_BOOSTS, fieldText, type IndexedField } from './search/options.js';
export { isCodeTerm, processTerm, tokenize } from './search/tokenize.js';
export { ImpactIndex, buildImpactIndex, MAX_POSTINGS_PER_TERM, type SerializedIndex } from './search/impact-index.js';
