// Noun prefixes a script gives the Exchange cmdlets it loads: `Import-PSSession $s -Prefix EX`,
// `Import-Module … -Prefix EX`, `Connect-ExchangeOnline -Prefix EX` and `Connect-IPPSSession
// -Prefix EX` make `Get-EXMailbox` the session's name for Get-Mailbox.
import type { CommandView } from '../../powershell/types.js';
import { constantString } from './constant-values.js';
import { findParameter } from './find-parameter.js';

export interface NounPrefixes {
  /** The constant prefixes, as written. */
  readonly constants: readonly string[];
  /** True when some prefix can't be known without running the script (a variable, an unread splat). */
  readonly dynamic: boolean;
}

/** The commands that can load Exchange cmdlets under a prefix, with the shortest abbreviation of -Prefix each accepts. */
const LOADERS: ReadonlyMap<string, number> = new Map([
  ['import-pssession', 'Pr'.length],
  ['import-module', 'Pr'.length],
  ['connect-exchangeonline', 'Pr'.length],
  ['connect-ippssession', 'Pr'.length],
]);

const PREFIXES = new WeakMap<readonly CommandView[], NounPrefixes>();

/** The prefixes of a script's commands (worked out once per script: several rules ask). */
export function nounPrefixes(commands: readonly CommandView[]): NounPrefixes {
  let prefixes = PREFIXES.get(commands);
  if (!prefixes) PREFIXES.set(commands, (prefixes = prefixesOf(commands)));
  return prefixes;
}

function prefixesOf(commands: readonly CommandView[]): NounPrefixes {
  const constants: string[] = [];
  let dynamic = false;
  for (const command of commands) {
    const shortest = LOADERS.get(command.key);
    if (shortest === undefined) continue;
    const prefix = findParameter(command, { name: 'Prefix', shortest });
    if (!prefix) {
      if (!command.splats.every((splat) => splat.resolved)) dynamic = true;
      continue;
    }
    const value = constantString(prefix.value);
    if (value === undefined) dynamic = true;
    else if (value !== '' && !constants.some((known) => known.toLowerCase() === value.toLowerCase())) constants.push(value);
  }
  return { constants, dynamic };
}

/** `Get-EXMailbox` with prefix `EX` → `Get-Mailbox`; undefined when the noun doesn't start with the prefix (or is only the prefix). */
export function withoutPrefix(name: string, prefix: string): string | undefined {
  const hyphen = name.indexOf('-');
  if (hyphen <= 0 || prefix === '') return undefined;
  const noun = name.slice(hyphen + 1);
  if (noun.length <= prefix.length || !noun.toLowerCase().startsWith(prefix.toLowerCase())) return undefined;
  return `${name.slice(0, hyphen + 1)}${noun.slice(prefix.length)}`;
}

/** `Get-Mailbox` with prefix `EX` → `Get-EXMailbox`. */
export function withPrefix(name: string, prefix: string): string {
  const hyphen = name.indexOf('-');
  return hyphen <= 0 ? name : `${name.slice(0, hyphen + 1)}${prefix}${name.slice(hyphen + 1)}`;
}
