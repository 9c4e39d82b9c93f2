// Values written after a switch with a space (`-Confirm $false`), which PowerShell does not give
// the switch: it turns the switch on and binds the value by position. The binder marks a value
// the parser paired with a switch, and a `$true`/`$false` right after one; this also finds the
// other ways to write a Boolean there (`'false'`, a variable assigned `$false`), and keeps only
// values that were meant for the switch, not an argument that happens to follow it
// (`Get-Mailbox -Archive jdoe`).
import type { BoundParameter, Binding } from '../../exchange/bind.js';
import type { ArgumentValue } from '../../powershell/types.js';
import { resolveValue } from './constant-values.js';

export interface SwitchValue {
  readonly bound: BoundParameter;
  /** The value as written, now a positional argument. */
  readonly value: ArgumentValue;
  /** The Boolean it was meant to give the switch. */
  readonly meant: boolean;
}

export function switchValues(binding: Binding, text: string): SwitchValue[] {
  const found: SwitchValue[] = [];
  for (const bound of binding.parameters) {
    if (!bound.parameter?.switch || bound.argument.colon || bound.argument.splat) continue;
    const value = bound.strayValue ?? nextArgument(binding, bound, text);
    const meant = value && meantBoolean(value);
    if (value && meant !== undefined) found.push({ bound, value, meant });
  }
  return found;
}

/** The Boolean a value stands for when written as one: `$false`, `0`, `'false'`, a variable assigned `$true`. */
export function meantBoolean(value: ArgumentValue): boolean | undefined {
  const resolved = resolveValue(value);
  if (!resolved?.constant) return undefined;
  if (resolved.kind === 'bool') return resolved.bool;
  if (resolved.kind === 'number' && (resolved.number === 0 || resolved.number === 1)) return resolved.number === 1;
  if ((resolved.kind === 'string' || resolved.kind === 'bareword') && resolved.string !== undefined) {
    const word = resolved.string.trim().toLowerCase();
    if (word === 'true' || word === '$true') return true;
    if (word === 'false' || word === '$false') return false;
  }
  return undefined;
}

/** The positional argument written right after the switch (spaces and line continuations between). */
function nextArgument(binding: Binding, bound: BoundParameter, text: string): ArgumentValue | undefined {
  const end = bound.argument.span.end;
  const next = binding.positional.find((value) => value.span.start >= end);
  return next && /^\s*$/.test(text.slice(end, next.span.start).replace(/`\r?\n/g, '')) ? next : undefined;
}
