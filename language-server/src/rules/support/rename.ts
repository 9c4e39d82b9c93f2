// An edit that renames a word where the script writes it: a command name (also inside quotes
// after `&`, or after a module qualifier), a `-Parameter` token or a hashtable key.
import type { Span } from '../../powershell/types.js';
import type { TextEdit } from '../rule.js';

/**
 * Replaces the last occurrence of `word` (any case) in the text `span` covers; undefined when the
 * text doesn't contain it literally (escapes, or a name built from a variable).
 */
export function renameIn(text: string, span: Span, word: string, replacement: string): TextEdit | undefined {
  if (word === '') return undefined;
  const written = text.slice(span.start, span.end);
  const at = written.toLowerCase().lastIndexOf(word.toLowerCase());
  if (at < 0) return undefined;
  const start = span.start + at;
  return { span: { start, end: start + word.length }, newText: replacement };
}
