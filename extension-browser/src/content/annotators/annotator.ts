// One annotator per kind of page (refined-github's features): which pages it is for, and what it
// asks of the shared scanner. Every annotator file carries a "Test URLs" comment.
import type { ScannerApi } from '../scanner.js';

export interface Annotator {
  /** = the file name. */
  readonly id: string;
  include(url: URL, document: Document): boolean;
  /** Sets the annotator up; everything it registers ends when `signal` aborts. */
  init(signal: AbortSignal, scanner: ScannerApi): void;
}

export function defineAnnotator(annotator: Annotator): Annotator {
  return annotator;
}
