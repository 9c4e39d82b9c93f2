// The value of a numeric literal: `25MB` → 26214400, `0x1F` → 31, `1e3` → 1000, `10l`, `1.5d`.
import { isDash } from './chars.js';

const MULTIPLIERS: Readonly<Record<string, number>> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };
const SUFFIX = /(?:u[lsy]?|[dlsyn])$/i;

/** The number, or undefined when the text is not a PowerShell number. */
export function numberValue(written: string): number | undefined {
  let text = written;
  let sign = 1;
  if (text.length > 0 && (isDash(text.charCodeAt(0)) || text[0] === '+')) {
    if (isDash(text.charCodeAt(0))) sign = -1;
    text = text.slice(1);
  }
  let multiplier = 1;
  const unit = MULTIPLIERS[text.slice(-2).toLowerCase()];
  if (unit !== undefined && text.length > 2) {
    multiplier = unit;
    text = text.slice(0, -2);
  }
  const hex = /^0x/i.test(text);
  const suffixed = hex ? /(?:u[lsy]?|[lsyn])$/i : SUFFIX;
  const suffix = suffixed.exec(text);
  if (suffix && suffix.index > 0) text = text.slice(0, suffix.index);
  let value: number;
  if (hex) {
    const digits = text.slice(2);
    if (!/^[0-9a-f]+$/i.test(digits)) return undefined;
    value = Number.parseInt(digits, 16);
    // Like PowerShell, 8 hex digits without suffix are an Int32: 0xFFFFFFFF is -1.
    if (!suffix && digits.length <= 8 && value > 0x7fffffff) value -= 0x100000000;
  } else if (/^0b[01]+$/i.test(text)) {
    value = Number.parseInt(text.slice(2), 2);
  } else {
    if (!/^(?:\d+\.?\d*|\.\d+)(?:e[-+\u2013\u2014\u2015]?\d+)?$/i.test(text)) return undefined;
    value = Number(text.replace(/[\u2013\u2014\u2015]/g, '-'));
  }
  return Number.isFinite(value) ? sign * value * multiplier : undefined;
}
