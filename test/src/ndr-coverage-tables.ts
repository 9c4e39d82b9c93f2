import { findCodes } from '@exkb/knowledge';

/*
 * Reads the enhanced status codes out of Microsoft's NDR tables (GitHub-flavoured Markdown). Only
 * the code column is read, from tables whose header names it; a cell can hold one code
 * (`432&nbsp;4.3.2`), alternatives (`5.4.6 or 5.4.14`, `5.7.13 or 135`, `5.7.705 <br/><br/>
 * 5.7.708`) or a range (`4.7.500-699`, `5.7.900 <br/> to <br/> 5.7.999`). Codes come back in the
 * spelling exkb normalises to, so `5.7.900-999` for both range spellings.
 */

/** Headers of the code column in the two tables. */
const CODE_COLUMN = /^(?:error code|enhanced status code)$/i;

export interface TableCode {
  /** Normalised code or range: `4.3.2`, `5.7.900-999`. */
  code: string;
  /** 1-based line of the table row in the file. */
  line: number;
}

/** Every code in the code column of every NDR table of `markdown`, first occurrence first, without repeats. */
export function ndrTableCodes(markdown: string): TableCode[] {
  const lines = markdown.split(/\r?\n/);
  const codes = new Map<string, TableCode>();
  let column: number | undefined;
  lines.forEach((line, index) => {
    if (!line.trimStart().startsWith('|')) {
      column = undefined;
      return;
    }
    const cells = tableCells(line);
    const next = lines[index + 1] ?? '';
    if (column === undefined) {
      // A header row is followed by the delimiter row (`|---|:---|`).
      if (/^\s*\|?\s*:?-{3,}/.test(next)) {
        const found = cells.findIndex((cell) => CODE_COLUMN.test(plainText(cell)));
        column = found < 0 ? -1 : found;
      }
      return;
    }
    if (column < 0 || /^\s*\|?\s*:?-{3,}/.test(line)) return;
    for (const code of cellCodes(cells[column] ?? '')) if (!codes.has(code)) codes.set(code, { code, line: index + 1 });
  });
  return [...codes.values()];
}

/** The cells of one table row; `\|` inside a cell is not a separator. */
export function tableCells(row: string): string[] {
  const cells = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
  return cells.map((cell) => cell.trim());
}

/** A cell as text: entities, line breaks, emphasis and code marks gone, spaces collapsed. */
function plainText(cell: string): string {
  return cell
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalised codes of one code cell. */
export function cellCodes(cell: string): string[] {
  const text = plainText(cell)
    // `5.7.900 to 5.7.999` is a range in a table cell, though exkb keeps "to" apart in free text.
    .replace(/\b([245]\.\d\.\d{1,3}) (?:to|through) ([245]\.\d\.\d{1,3})\b/g, '$1-$2')
    // `5.7.13 or 135`: the alternative repeats only the detail.
    .replace(/\b([245]\.\d\.)(\d{1,3}) or (\d{1,3})\b(?!\.)/g, '$1$2 or $1$3');
  return findCodes(text)
    .filter((code) => code.kind === 'enhanced-status')
    .map((code) => code.normalized);
}
