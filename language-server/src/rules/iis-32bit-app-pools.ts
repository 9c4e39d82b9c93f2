import type { ArgumentValue, CommandView, Span } from '../powershell/types.js';
import { defineRule, type Fix, type RuleContext } from './rule.js';
import { constantString } from './support/constant-values.js';
import { bindArguments, findParameter } from './support/find-parameter.js';
import { literalText, rawSpan } from './support/literal-text.js';
import { nativeArguments, type NativeArgument } from './support/native-arguments.js';

export default defineRule({
  meta: {
    id: 'iis-32bit-app-pools',
    description: 'IIS switched to 32-bit worker processes for all application pools or for the Exchange ones, which cannot load Exchange’s 64-bit code.',
    severity: 'error',
    entries: ['iis-32bit-mode-breaks-exchange-2007-web-services', 'rpcproxy-dll-0x0000007e-iis-32bit-mode', 'dotnet-11-install-breaks-exchange-2007-activesync'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.native) {
        if (command.key === 'cscript' || command.key === 'wscript' || command.key === 'adsutil') checkAdsutil(context, command);
        else if (command.key === 'appcmd') checkAppcmd(context, command);
      } else if (command.key === 'set-webconfigurationproperty') {
        checkWebConfiguration(context, command);
      } else if (command.key === 'set-itemproperty') {
        checkItemProperty(context, command);
      }
    }
  },
});

/** The pools Exchange's web applications run in. A 32-bit product's own pool is its business. */
const EXCHANGE_POOL = /^(MSExchange\w*|DefaultAppPool)$/i;
const PROPERTY = 'enable32bitapponwin64';
const METABASE_PATH = /^\/?(?:LM\/)?W3SVC\/AppPools\/(?:([^/]+)\/)?Enable32bitAppOnWin64$/i;

type Scope = { readonly kind: 'all' } | { readonly kind: 'defaults' } | { readonly kind: 'pool'; readonly name: string };

function scopeAffectsExchange(scope: Scope | undefined): scope is Scope {
  return scope !== undefined && (scope.kind !== 'pool' || EXCHANGE_POOL.test(scope.name));
}

function message(scope: Scope, written: string, off: string): string {
  const what =
    scope.kind === 'pool'
      ? `runs the application pool ${scope.name} as a 32-bit process, which cannot load Exchange’s 64-bit ISAPI filters and modules, so OWA, Outlook Anywhere and ActiveSync fail`
      : scope.kind === 'defaults'
        ? 'makes 32-bit the default for every application pool, including the Exchange ones, so OWA, Outlook Anywhere and ActiveSync stop loading'
        : 'switches every IIS worker process on the server to 32-bit (IIS 6 has one switch for all pools), so OWA, Outlook Anywhere and ActiveSync stop loading';
  return `Setting Enable32bitAppOnWin64 to ${written} ${what}. Set it to ${off} and run 32-bit web products on a server without Exchange.`;
}

/** `1` → `0`, `true` → `false` (same capitalisation), `$true` → `$false`. */
function offValue(written: string): string | undefined {
  if (written === '1') return '0';
  const match = /^(\$?)(true)$/i.exec(written);
  if (!match) return undefined;
  const word = match[2]!;
  const off = word === word.toUpperCase() ? 'FALSE' : word[0] === 'T' ? 'False' : 'false';
  return `${match[1]}${off}`;
}

function report(context: RuleContext, scope: Scope, span: Span, written: string): void {
  const off = offValue(written);
  const fix: Fix | undefined = off ? { title: `Set Enable32bitAppOnWin64 to ${off}`, edits: [{ span, newText: off }] } : undefined;
  context.report({ span, message: message(scope, written, off ?? '0'), ...(fix ? { fix } : {}) });
}

// cscript adsutil.vbs SET W3SVC/AppPools/Enable32bitAppOnWin64 1
function checkAdsutil(context: RuleContext, command: CommandView): void {
  const args = nativeArguments(command, context.script.text);
  args.forEach((arg, index) => {
    if (arg.text.toLowerCase() !== 'set') return;
    const path = args[index + 1];
    const value = args[index + 2];
    const match = path ? METABASE_PATH.exec(path.text) : null;
    if (!match || !value || !isOn(value.text)) return;
    const scope: Scope = match[1] ? { kind: 'pool', name: match[1] } : { kind: 'all' };
    if (scopeAffectsExchange(scope)) report(context, scope, textSpan(value), value.text);
  });
}

// appcmd set apppool MSExchangeOWAAppPool /enable32BitAppOnWin64:true
// appcmd set config -section:system.applicationHost/applicationPools /applicationPoolDefaults.enable32BitAppOnWin64:true
function checkAppcmd(context: RuleContext, command: CommandView): void {
  const args = nativeArguments(command, context.script.text);
  const words = args.map((arg) => arg.text.toLowerCase());
  if (words[0] !== 'set') return;
  const object = words[1];
  let poolName: string | undefined;
  if (object === 'apppool') {
    const named = args.slice(2).find((arg) => /^[-/]apppool\.name:/i.test(arg.text));
    const bare = args[2] && !/^[-/]/.test(args[2].text) ? args[2] : undefined;
    poolName = named ? named.text.slice(named.text.indexOf(':') + 1).replace(/^["']|["']$/g, '') : bare?.text;
  } else if (object !== 'config' || !words.some((word) => /^[-/]section:(system\.applicationhost\/)?applicationpools$/.test(word))) {
    return;
  }
  for (const arg of args.slice(2)) {
    const match = /^[-/](?:(applicationPoolDefaults|\[name='([^']+)'\])\.)?enable32BitAppOnWin64:(.*)$/i.exec(arg.text);
    if (!match || !isOn(match[3]!)) continue;
    let scope: Scope | undefined;
    if (object === 'apppool') scope = poolName ? { kind: 'pool', name: poolName } : undefined;
    else if (match[2]) scope = { kind: 'pool', name: match[2] };
    else if (match[1]) scope = { kind: 'defaults' };
    if (!scopeAffectsExchange(scope)) continue;
    const valueStart = arg.textStart + arg.text.length - match[3]!.length;
    report(context, scope, { start: valueStart, end: valueStart + match[3]!.length }, match[3]!);
  }
}

// Set-WebConfigurationProperty -Filter system.applicationHost/applicationPools/applicationPoolDefaults -Name enable32BitAppOnWin64 -Value $true
function checkWebConfiguration(context: RuleContext, command: CommandView): void {
  const bound = bindArguments(command, [{ name: 'Filter', shortest: 1 }, { name: 'PSPath', shortest: 2 }]);
  const name = constantString(findParameter(command, { name: 'Name', shortest: 1 })?.value);
  const value = findParameter(command, { name: 'Value', shortest: 1 })?.value;
  const filter = constantString(bound.get('Filter'));
  if (name?.toLowerCase() !== PROPERTY || !value || filter === undefined) return;
  const path = filter.replace(/^\//, '').replace(/\s+/g, '');
  let scope: Scope | undefined;
  if (/^system\.applicationHost\/applicationPools\/applicationPoolDefaults$/i.test(path)) scope = { kind: 'defaults' };
  else if (/^system\.applicationHost\/applicationPools\/add$/i.test(path)) scope = { kind: 'all' };
  else {
    const pool = /^system\.applicationHost\/applicationPools\/add\[@name=(['"])([^'"]+)\1\]$/i.exec(path);
    if (pool) scope = { kind: 'pool', name: pool[2]! };
  }
  if (scopeAffectsExchange(scope)) reportValue(context, scope, value);
}

// Set-ItemProperty IIS:\AppPools\MSExchangeOWAAppPool -Name enable32BitAppOnWin64 -Value $true
function checkItemProperty(context: RuleContext, command: CommandView): void {
  const bound = bindArguments(command, [
    { name: 'Path', shortest: 1, aliases: ['LiteralPath', 'PSPath', 'LP'] },
    { name: 'Name', shortest: 1 },
    { name: 'Value', shortest: 1 },
  ]);
  const path = constantString(bound.get('Path'));
  const name = constantString(bound.get('Name'));
  const value = bound.get('Value');
  const pool = path ? /^IIS:[\\/]+AppPools[\\/]+([^\\/]+)[\\/]*$/i.exec(path) : null;
  if (!pool || name?.toLowerCase() !== PROPERTY || !value) return;
  const scope: Scope = { kind: 'pool', name: pool[1]! };
  if (scopeAffectsExchange(scope)) reportValue(context, scope, value);
}

function reportValue(context: RuleContext, scope: Scope, value: ArgumentValue): void {
  if (value.kind === 'bool' && value.bool === true) return report(context, scope, value.span, value.text);
  if (value.kind === 'number' && value.number === 1) return report(context, scope, value.span, value.text);
  const literal = literalText(value);
  if (literal?.verbatim && !literal.expandable && isOn(literal.raw)) {
    report(context, scope, rawSpan(literal), literal.raw);
  }
}

function isOn(text: string): boolean {
  return /^(1|true)$/i.test(text.trim());
}

function textSpan(arg: NativeArgument): Span {
  return { start: arg.textStart, end: arg.textStart + arg.text.length };
}
