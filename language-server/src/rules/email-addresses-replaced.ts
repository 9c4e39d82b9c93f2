import { defineRule } from './rule.js';
import { constantStrings, identityArgument, quotedName, resolveValue } from './support/constant-values.js';

/** Cmdlets whose `-EmailAddresses` takes a ProxyAddressCollection: a list replaces, `@{Add=…; Remove=…}` edits. */
const RECIPIENT_SETTERS = new Set([
  'set-mailbox',
  'set-mailuser',
  'set-mailcontact',
  'set-distributiongroup',
  'set-dynamicdistributiongroup',
  'set-mailpublicfolder',
  'set-remotemailbox',
  'set-unifiedgroup',
]);

export default defineRule({
  meta: {
    id: 'email-addresses-replaced',
    description: '-EmailAddresses with a plain list replaces every proxy address, including the X500 addresses that keep replies to old mail working.',
    severity: 'warning',
    entries: ['set-emailaddresses-replaces-all-proxy-addresses'],
    fixable: false,
  },
  check(context) {
    for (const command of context.commands) {
      if (!RECIPIENT_SETTERS.has(command.key)) continue;
      const value = command.parameter('EmailAddresses')?.value;
      const resolved = resolveValue(value);
      // A hashtable edits the list (@{Add=…; Remove=…}); variables and expressions may hold anything.
      if (!value || !resolved?.constant || resolved.kind === 'hashtable') continue;
      const addresses = constantStrings(resolved);
      if (!addresses || addresses.length === 0) continue;
      // A list that carries X500 addresses was written by someone who knows what it replaces.
      if (addresses.some((address) => /^x500:/i.test(address.trim()))) continue;
      const added = addresses.map((address) => `'${address.replace(/'/g, "''")}'`).join(', ');
      context.report({
        span: value.span,
        message:
          `-EmailAddresses ${value.text} replaces every proxy address of ${quotedName(identityArgument(command), 'the recipient')}, including the X500 addresses that let replies to old messages and cached Outlook entries reach it (they bounce with 550 5.1.1 IMCEAEX… RESOLVER.ADR.ExRecipNotFound). ` +
          `To add addresses and keep the rest, write -EmailAddresses @{Add=${added}}.`,
      });
    }
  },
});
