// The registry: every annotator, sorted by id (checked against the folder by registry.test.ts).
// The generic one always runs; the others only add priorities for their kind of page.
import type { Annotator } from './annotator.js';
import docs from './docs.js';
import generic from './generic.js';
import ndr from './ndr.js';
import owa from './owa.js';

export type { Annotator } from './annotator.js';

export const ANNOTATORS: readonly Annotator[] = [docs, generic, ndr, owa];

export function annotatorsFor(url: URL, document: Document): Annotator[] {
  return ANNOTATORS.filter((annotator) => annotator.include(url, document));
}
