import type { CommandView, Span } from '../powershell/types.js';
import type { ExchangeTarget } from '../exchange/legacy/names.js';
import { EXCHANGE_ONLINE_CONNECTION, EXCHANGE_SNAP_INS, exchangeSnapIn, managementSnapInFor, type ExchangeSnapIn } from '../exchange/legacy/snap-ins.js';
import { defineRule, type RuleContext } from './rule.js';
import { bindArguments } from './support/find-parameter.js';
import { listValue } from './support/list-items.js';

export default defineRule({
  meta: {
    id: 'exchange-snap-in-version',
    description: 'Add-PSSnapin loading the Exchange Management Shell snap-in of another version (…PowerShell.Admin, .E2010, .SnapIn), or any of them for Exchange Online, which has no snap-in.',
    severity: 'error',
    entries: ['exchange-snap-in-per-version'],
    fixable: true,
    versions: ['2007', '2010', '2013', '2016', '2019', 'se', 'online'],
  },
  check(context) {
    const target = context.settings.exchangeVersion;
    if (target === 'any') return;
    const adds = context.commands.filter((command) => command.key === 'add-pssnapin');
    if (adds.length === 0 || hasWayToTarget(context, target)) return;
    const right = managementSnapInFor(target);
    for (const command of adds) {
      const value = bindArguments(command, [NAME]).get('Name');
      for (const name of listValue(value).names) {
        const snapIn = exchangeSnapIn(name.text);
        if (!snapIn || snapIn.role !== 'management' || snapIn.versions.includes(target)) continue;
        // Through a variable, point at the variable in this command; the fix still edits the string it holds.
        const span: Span = value?.kind === 'variable' ? value.span : name.span;
        if (!right) {
          context.report({
            span,
            message:
              `Exchange Online has no PowerShell snap-in, so Add-PSSnapin ${snapIn.name} fails and no Exchange Online cmdlet is loaded. ` +
              `Install the ${EXCHANGE_ONLINE_CONNECTION.module} module and connect with ${EXCHANGE_ONLINE_CONNECTION.command}.`,
          });
          continue;
        }
        context.report({
          span,
          message:
            `${snapIn.name} is the ${describe(snapIn)} snap-in and is not registered on ${TARGET_NAMES[target]}, so Add-PSSnapin fails and the Exchange cmdlets after it are "not recognized". ` +
            `Load ${right.name} instead${target === '2007' ? '' : ' (or connect with RemoteExchange.ps1 and Connect-ExchangeServer -auto)'}.`,
          ...(name.exact ? { fix: { title: `Load ${right.name}`, edits: [{ span: name.span, newText: right.name }] } } : {}),
        });
      }
    }
  },
});

/** Add-PSSnapin [-Name] <string[]>: no other parameter starts with N. */
const NAME = { name: 'Name', shortest: 1 };

const TARGET_NAMES: Readonly<Record<ExchangeTarget, string>> = {
  '2007': 'Exchange 2007',
  '2010': 'Exchange 2010',
  '2013': 'Exchange 2013',
  '2016': 'Exchange 2016',
  '2019': 'Exchange 2019',
  se: 'Exchange SE',
  online: 'Exchange Online',
};

/** "Exchange 2007", "Exchange 2013 and later": the versions that load it by default. */
function describe(snapIn: ExchangeSnapIn): string {
  const [first] = snapIn.preferredFor;
  if (!first) return 'Exchange';
  return snapIn.preferredFor.length > 1 ? `${TARGET_NAMES[first]} and later` : TARGET_NAMES[first];
}

/**
 * A script that also has a way into the target's shell loads the other snap-in only as a
 * fallback for another version: it names a management snap-in the target has, or (2010 and
 * later) dot-sources RemoteExchange.ps1 / runs Connect-ExchangeServer, or (Exchange Online)
 * connects with Connect-ExchangeOnline and uses the snap-in for the on-premises side.
 */
function hasWayToTarget(context: RuleContext, target: ExchangeTarget): boolean {
  const code = codeText(context).toLowerCase();
  const registered = EXCHANGE_SNAP_INS.filter((snapIn) => snapIn.role === 'management' && snapIn.versions.includes(target));
  if (registered.some((snapIn) => code.includes(snapIn.name.toLowerCase()))) return true;
  const runs = (key: string) => context.commands.some((command: CommandView) => command.key === key);
  if (target === 'online') return runs(EXCHANGE_ONLINE_CONNECTION.command.toLowerCase());
  return target !== '2007' && (code.includes('remoteexchange.ps1') || runs('connect-exchangeserver'));
}

/** The script without its comments: a snap-in named in a comment is no way into a shell. */
function codeText(context: RuleContext): string {
  const { text, comments } = context.script;
  let code = '';
  let at = 0;
  for (const comment of [...comments].sort((a, b) => a.span.start - b.span.start)) {
    code += text.slice(at, comment.span.start);
    at = Math.max(at, comment.span.end);
  }
  return code + text.slice(at);
}
