export { readEntries } from './node/read-entries.js';
export { loadBundledKnowledge, BUNDLE_FILE } from './node/load-bundle.js';
