export { readEntries } from './node/read-entries.js';
