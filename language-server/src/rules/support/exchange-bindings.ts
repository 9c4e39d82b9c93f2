// The commands of a script that run an Exchange cmdlet whose parameters the model knows, bound to
// it. Some commands are left out because the name may not mean the cmdlet: a function or alias
// the script defines under a cmdlet's name runs instead of the cmdlet, `OtherModule\Set-Mailbox`
// is another module's command, and after `Connect-ExchangeOnline -Prefix Remote`,
// `Get-RemoteMailbox` is Exchange Online's Get-Mailbox.
import type { Binding } from '../../exchange/bind.js';
import { splitQualified } from '../../exchange/legacy/names.js';
import type { CmdletModel } from '../../exchange/model/cmdlet-model.js';
import type { CommandView } from '../../powershell/types.js';
import type { RuleContext } from '../rule.js';
import { looksPrefixed } from './exchange-lookalike.js';
import { nounPrefixes, withoutPrefix, type NounPrefixes } from './noun-prefixes.js';
import { scriptCommandNames } from './script-commands.js';

/** Module qualifiers under which Exchange cmdlets are found. */
export const EXCHANGE_MODULES: ReadonlySet<string> = new Set(['exchangeonlinemanagement', 'exchangepowershell']);

type ScriptContext = Pick<RuleContext, 'script' | 'commands' | 'model'>;

export function exchangeBindings(context: ScriptContext & Pick<RuleContext, 'bind'>): Binding[] {
  const bindings: Binding[] = [];
  const means = cmdletMeaning(context);
  for (const command of context.commands) {
    const binding = context.bind(command);
    if (binding && means(command)) bindings.push(binding);
  }
  return bindings;
}

/**
 * A test of whether a command of the script surely means the model's cmdlet of its name (which
 * the caller has found): not shadowed by the script's functions or aliases, not another module's,
 * not renamed by a noun prefix.
 */
export function cmdletMeaning(context: ScriptContext): (command: CommandView) => boolean {
  let own: ReadonlySet<string> | undefined;
  let prefixes: NounPrefixes | undefined;
  return (command) => {
    if (command.native) return false;
    const { module, name } = splitQualified(command.name);
    if (module !== undefined) return EXCHANGE_MODULES.has(module.toLowerCase());
    own ??= scriptCommandNames(context.script);
    if (own.has(name.toLowerCase())) return false;
    prefixes ??= nounPrefixes(context.commands);
    return !mayBePrefixed(name, prefixes, context.model);
  };
}

/** True when a noun prefix of the script may make `name` another cmdlet. */
function mayBePrefixed(name: string, prefixes: NounPrefixes, model: CmdletModel): boolean {
  if (prefixes.constants.some((prefix) => model.cmdlet(withoutPrefix(name, prefix) ?? ''))) return true;
  return prefixes.dynamic && looksPrefixed(name, model) !== undefined;
}
