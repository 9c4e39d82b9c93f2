// Which findings the script's author has silenced, and where.
//   # exkb-disable-next-line rule-a, rule-b   (no rule: every rule)
//   # exkb-disable-line rule-a
//   # exkb-disable rule-a   …   # exkb-enable rule-a   (no enable: to the end of the file)
//   [Diagnostics.CodeAnalysis.SuppressMessageAttribute('exkb/rule-a', '')] on a param() block
import type { ParsedScript, Span } from './powershell/types.js';

const DIRECTIVE = /^\s*exkb-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)/;
const SUPPRESS_ATTRIBUTE = /^(?:System\.)?(?:Diagnostics\.CodeAnalysis\.)?SuppressMessage(?:Attribute)?$/i;
const ALL = '*';

interface Silence {
  readonly rule: string;
  readonly start: number;
  readonly end: number;
}

export interface Suppressions {
  isSuppressed(rule: string, offset: number): boolean;
}

export function readSuppressions(script: ParsedScript): Suppressions {
  const silences: Silence[] = [];
  const open = new Map<string, number>();
  const { lines, text } = script;
  const lineSpan = (line: number): Span => ({
    start: lines.offsetAt({ line, character: 0 }),
    end: line + 1 < lines.lineCount ? lines.offsetAt({ line: line + 1, character: 0 }) : text.length,
  });
  for (const comment of script.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const rules = ruleList(match[2] ?? '');
    const line = lines.positionAt(comment.span.start).line;
    switch (match[1]) {
      case 'disable-next-line': {
        const span = lineSpan(lines.positionAt(comment.span.end).line + 1);
        for (const rule of rules) silences.push({ rule, ...span });
        break;
      }
      case 'disable-line': {
        const span = lineSpan(line);
        for (const rule of rules) silences.push({ rule, ...span });
        break;
      }
      case 'disable':
        for (const rule of rules) if (!open.has(rule)) open.set(rule, comment.span.start);
        break;
      case 'enable':
        for (const rule of rules) {
          const closing = rule === ALL ? [...open.keys()] : [rule];
          for (const name of closing) {
            const start = open.get(name);
            if (start === undefined) continue;
            silences.push({ rule: name, start, end: comment.span.end });
            open.delete(name);
          }
        }
        break;
    }
  }
  for (const [rule, start] of open) silences.push({ rule, start, end: text.length });
  for (const attribute of script.paramAttributes) {
    if (!SUPPRESS_ATTRIBUTE.test(attribute.name)) continue;
    const target = attribute.arguments[0]?.string;
    if (!target?.toLowerCase().startsWith('exkb/')) continue;
    silences.push({ rule: target.slice('exkb/'.length).trim().toLowerCase() || ALL, ...attribute.scope });
  }
  return {
    isSuppressed(rule, offset) {
      return silences.some(
        (silence) => (silence.rule === ALL || silence.rule === rule) && offset >= silence.start && offset <= silence.end,
      );
    },
  };
}

/** `rule-a, rule-b -- why` → [rule-a, rule-b]; nothing → every rule. */
function ruleList(rest: string): string[] {
  const beforeReason = rest.split(/\s--\s|#>/)[0] ?? '';
  const rules = beforeReason
    .split(/[\s,]+/)
    .map((rule) => rule.trim().toLowerCase().replace(/^exkb\//, ''))
    .filter(Boolean);
  return rules.length > 0 ? rules : [ALL];
}
