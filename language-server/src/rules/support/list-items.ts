// The names in a list argument (`-DomainName a, b`, `-Services 'IIS, SMTP'`, a variable assigned
// once to such a list), each with the span it occupies, so a rule can point at the one wrong name
// and a fix can rewrite just that name or append a new one after the last.
import type { ArgumentValue, Span } from '../../powershell/types.js';
import type { TextEdit } from '../rule.js';
import { resolveValue } from './constant-values.js';
import { literalText, quoteLike, type LiteralText } from './literal-text.js';

export interface ListName {
  /** The name, trimmed. */
  readonly text: string;
  /** Exactly the name when `exact`, otherwise the whole item it is part of. */
  readonly span: Span;
  readonly exact: boolean;
  /** The array item (or single value) the name was written in. */
  readonly item: ArgumentValue;
}

export interface ListValue {
  readonly names: readonly ListName[];
  /** False when some item can't be known without running the script. */
  readonly complete: boolean;
  /** The items as written (the resolved value's, when it came through a variable). */
  readonly items: readonly ArgumentValue[];
  /** True when some string item holds several comma-separated names. */
  readonly joined: boolean;
}

export function listValue(value: ArgumentValue | undefined): ListValue {
  const resolved = resolveValue(value);
  if (!resolved) return { names: [], complete: false, items: [], joined: false };
  const items = flatten(resolved);
  const names: ListName[] = [];
  let complete = true;
  let joined = false;
  for (const item of items) {
    if (!item.constant) {
      complete = false;
      continue;
    }
    if (item.kind === 'number') {
      names.push({ text: item.text, span: item.span, exact: true, item });
      continue;
    }
    if ((item.kind !== 'string' && item.kind !== 'bareword') || item.string === undefined) {
      complete = false;
      continue;
    }
    const literal = literalText(item);
    const split = splitNames(item.string, literal?.verbatim && literal.raw === item.string ? literal : undefined, item);
    if (split.length > 1) joined = true;
    for (const name of split) names.push(name);
  }
  return { names, complete, items, joined };
}

/**
 * The edit that adds `names` after the list's last item, each quoted like that item; `undefined`
 * when the list is not fully known, has no item, or holds several names in one string.
 */
export function appendToList(list: ListValue, names: readonly string[]): TextEdit | undefined {
  const last = list.items[list.items.length - 1];
  if (!last || !list.complete || list.joined) return undefined;
  const like = literalText(last);
  return { span: { start: last.span.end, end: last.span.end }, newText: names.map((name) => `, ${quoteLike(like, name)}`).join('') };
}

function flatten(value: ArgumentValue): ArgumentValue[] {
  if (value.kind !== 'array') return [value];
  return (value.items ?? []).flatMap((item) => flatten(resolveValue(item) ?? item));
}

function splitNames(text: string, literal: LiteralText | undefined, item: ArgumentValue): ListName[] {
  const names: ListName[] = [];
  let offset = 0;
  for (const piece of text.split(',')) {
    const leading = piece.length - piece.trimStart().length;
    const name = piece.trim();
    if (name !== '') {
      const from = offset + leading;
      names.push(
        literal
          ? { text: name, span: { start: literal.start + from, end: literal.start + from + name.length }, exact: true, item }
          : { text: name, span: item.span, exact: false, item },
      );
    }
    offset += piece.length + 1;
  }
  return names;
}
