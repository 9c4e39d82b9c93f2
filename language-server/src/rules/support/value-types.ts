// Which written values PowerShell refuses to convert to a parameter's type, for the types where
// that is certain without running anything: a string for a Boolean or a switch (PowerShell's
// binder accepts only Booleans and numbers there, whatever the string says), and a word without a
// single digit for a number, a size, a time span or an `Unlimited` value (`unlimited` alone is
// accepted by the last). Anything that might convert at run time is left alone.
import type { ArgumentValue } from '../../powershell/types.js';
import { closestNames } from './closest-name.js';
import { resolveValue } from './constant-values.js';

export type ValueType = 'boolean' | 'switch' | 'integer' | 'number' | 'unlimited' | 'size' | 'timespan';

export interface TypeMismatch {
  readonly type: ValueType;
  /** The .NET type PowerShell's error names (`System.Boolean`), or the reference's type name. */
  readonly typeName: string;
  /** The text the value was read as, for the message (`true`, `$false`, `unlimited`). */
  readonly written: string;
  /** What to write instead when that is clear (`$true`, `Unlimited`). */
  readonly replacement?: string;
}

const TYPES: ReadonlyArray<readonly [RegExp, ValueType, string?]> = [
  [/^(System\.)?Boolean$/i, 'boolean', 'System.Boolean'],
  [/^(System\.Management\.Automation\.)?SwitchParameter$/i, 'switch', 'System.Management.Automation.SwitchParameter'],
  [/^(System\.)?(U?Int(16|32|64)|S?Byte)$/i, 'integer'],
  [/^(System\.)?(Double|Single|Decimal)$/i, 'number'],
  // `Unlimited`, `UnlimitedInt`, `Microsoft.Exchange.Management.RestApiClient.Unlimited`1[System.UInt32]`.
  [/(^|\.)Unlimited/i, 'unlimited'],
  [/(^|\.)ByteQuantifiedSize$/i, 'size'],
  [/^(System\.)?TimeSpan$|(^|\.)EnhancedTimeSpan$/i, 'timespan'],
];

/** The kind of value a parameter type takes, when it is one this module can check. */
export function valueType(type: string): { type: ValueType; typeName: string } | undefined {
  for (const [pattern, kind, typeName] of TYPES) {
    if (pattern.test(type)) return { type: kind, typeName: typeName ?? (kind === 'integer' || kind === 'number' ? `System.${type.replace(/^System\./i, '')}` : type) };
  }
  return undefined;
}

/** Why PowerShell will refuse `value` for a parameter of `type`; undefined when it may accept it. */
export function typeMismatch(type: string, value: ArgumentValue): TypeMismatch | undefined {
  const expected = valueType(type);
  const resolved = resolveValue(value);
  if (!expected || !resolved || (resolved.kind !== 'string' && resolved.kind !== 'bareword') || resolved.string === undefined) return undefined;
  const written = resolved.string;
  if (expected.type === 'boolean' || expected.type === 'switch') {
    // Any string is refused, even one with variables in it: `"$false"` is the string "False".
    const replacement = BOOLEAN_WORDS[written.trim().toLowerCase()];
    return { ...expected, written, ...(replacement ? { replacement } : {}) };
  }
  // Strings with variables in them may hold digits when the script runs.
  if (!resolved.constant || written.trim() === '' || /\d/.test(written)) return undefined;
  if (expected.type === 'unlimited') {
    if (written.trim().toLowerCase() === 'unlimited') return undefined;
    const [meant, other] = closestNames(written.trim(), ['Unlimited']);
    return { ...expected, written, ...(meant && !other ? { replacement: meant } : {}) };
  }
  return { ...expected, written };
}

const BOOLEAN_WORDS: Readonly<Record<string, string>> = {
  true: '$true',
  $true: '$true',
  false: '$false',
  $false: '$false',
};
