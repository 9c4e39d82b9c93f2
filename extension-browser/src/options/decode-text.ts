// An imported file's bytes as text, decoded the way exkb reads knowledge folders
// (`decodeEntryText`): UTF-8, or UTF-16 with a byte order mark. Anything else would be stored with
// U+FFFD in place of every byte it cannot read, so it is refused with the first bad byte's place.
import { decodeEntryText } from '@exkb/knowledge';
import type { ImportProblem } from './import-problem.js';

export type DecodedFile = { ok: true; text: string } | { ok: false; problem: ImportProblem };

export function decodeImportedFile(bytes: Uint8Array, file: string): DecodedFile {
  const decoded = decodeEntryText(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text };
  const { line, column, message } = decoded;
  return { ok: false, problem: { code: /\.json$/i.test(file) ? 'SETTINGS' : 'KB020', file, line, column, message } };
}
