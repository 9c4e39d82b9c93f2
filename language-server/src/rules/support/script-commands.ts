// Command names the script itself makes: the functions it defines and the aliases it creates with
// Set-Alias / New-Alias. PowerShell finds an alias or a function before a cmdlet, so a name in
// this set is never a missing (or misplaced) Exchange cmdlet.
import type { ParsedScript } from '../../powershell/types.js';
import { constantString } from './constant-values.js';
import { findParameter } from './find-parameter.js';

const ALIAS_MAKERS: ReadonlySet<string> = new Set(['set-alias', 'new-alias']);

const NAMES = new WeakMap<ParsedScript, ReadonlySet<string>>();

/** Lower-case names of the functions and aliases the script defines (worked out once per script: several rules ask). */
export function scriptCommandNames(script: ParsedScript): ReadonlySet<string> {
  let names = NAMES.get(script);
  if (!names) NAMES.set(script, (names = namesOf(script)));
  return names;
}

function namesOf(script: ParsedScript): ReadonlySet<string> {
  const names = new Set(script.functions.map((defined) => defined.name.toLowerCase()));
  for (const command of script.commands) {
    if (!ALIAS_MAKERS.has(command.key)) continue;
    const name = constantString(findParameter(command, { name: 'Name', shortest: 1 })?.value ?? command.positional[0]);
    if (name) names.add(name.toLowerCase());
  }
  return names;
}
