import type { ArgumentValue } from '../powershell/types.js';
import type { Fix } from './rule.js';
import { defineRule } from './rule.js';
import { constantNames, resolveValue } from './support/constant-values.js';
import { targetBuiltInConnector } from './support/receive-connectors.js';

/** Versions where `Default <server>` takes mail on port 25 (from 2013 on, `Default Frontend <server>` does). */
const HUB_RECEIVES_INTERNET = new Set(['any', '2007', '2010']);

export default defineRule({
  meta: {
    id: 'default-connector-without-anonymous',
    description: 'Setting the permission groups of the connector that receives internet mail without AnonymousUsers refuses all mail from outside.',
    severity: 'warning',
    entries: ['single-server-no-inbound-internet-mail-anonymous-users'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'set-receiveconnector') continue;
      const parameter = command.parameter('PermissionGroups');
      const value = parameter?.value;
      if (!value) continue;
      const connector = targetBuiltInConnector(command);
      if (!connector) continue;
      const receivesInternet =
        connector.kind === 'default-frontend' || (connector.kind === 'default' && HUB_RECEIVES_INTERNET.has(context.settings.exchangeVersion));
      if (!receivesInternet) continue;
      const groups = constantNames(value)?.map((group) => group.toLowerCase());
      // Custom means the permissions are granted one by one with Add-ADPermission: we can't tell.
      if (!groups || groups.includes('anonymoususers') || groups.includes('custom')) continue;
      const fix = appendAnonymousUsers(value, groups);
      context.report({
        span: value.span,
        message:
          `-PermissionGroups ${value.text} leaves AnonymousUsers off "${connector.identity}", so internet mail that arrives there without an Edge server in front is refused (530 5.7.1 Client was not authenticated). ` +
          'Add AnonymousUsers to the list unless an Edge Transport server or another gateway authenticates the internet traffic.',
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** Appends AnonymousUsers to a literal list, in the list's own style; `None` alone has no certain fix. */
function appendAnonymousUsers(value: ArgumentValue, groups: readonly string[]): Fix | undefined {
  if (resolveValue(value) !== value || groups.includes('none')) return undefined;
  const separator = /,\s/.test(value.text) ? ', ' : ',';
  const title = 'Add AnonymousUsers to -PermissionGroups';
  if (value.kind === 'string') {
    if (!/^(['"])[^'"]*\1$/.test(value.text)) return undefined;
    // One quoted string of comma-separated names ('ExchangeUsers,ExchangeServers'): add inside the quotes.
    const inside = value.span.end - 1;
    return { title, edits: [{ span: { start: inside, end: inside }, newText: `${separator}AnonymousUsers` }] };
  }
  // Only a bare list (`A, B`), not `@('A','B')` or an expression, takes another item at its end.
  if ((value.kind !== 'bareword' && value.kind !== 'array') || /^[@(]/.test(value.text)) return undefined;
  const items = value.kind === 'array' ? value.items ?? [] : [value];
  const last = items[items.length - 1];
  const quote = last?.kind === 'string' ? last.text[0] ?? '' : '';
  return { title, edits: [{ span: { start: value.span.end, end: value.span.end }, newText: `${separator}${quote}AnonymousUsers${quote}` }] };
}
