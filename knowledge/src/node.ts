export { readEntries } from './node/read-entries.js';
export { loadBundledKnowledge, bundleFile, BUNDLE_FILE, BUNDLE_FILE_VARIABLE } from './node/load-bundle.js';
