export type { CodeKind, FoundCode, Recogniser } from './codes/types.js';
export { codeKey } from './codes/types.js';
export { findCodes, parseCode, RECOGNISERS } from './codes/find-codes.js';
