import type { ArgumentValue, CommandView } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { identityArgument } from './support/constant-values.js';
import { SYSTEM_MAILBOX_SWITCHES } from './support/recipient-scopes.js';

/** Recipient cmdlets whose -Filter takes OPATH over directory properties. */
const FILTERABLE_CMDLETS = new Map(
  [
    'Get-CASMailbox', 'Get-Contact', 'Get-DistributionGroup', 'Get-DynamicDistributionGroup', 'Get-Group', 'Get-LinkedUser',
    'Get-Mailbox', 'Get-MailContact', 'Get-MailPublicFolder', 'Get-MailUser', 'Get-Recipient', 'Get-RemoteMailbox',
    'Get-SecurityPrincipal', 'Get-UMMailbox', 'Get-User', 'Get-UnifiedGroup', 'Get-EXOMailbox', 'Get-EXORecipient', 'Get-EXOCasMailbox',
  ].map((name) => [name.toLowerCase(), name]),
);

/**
 * Properties that OPATH filters accept on those cmdlets, as PowerShell spells them. Left out on
 * purpose: properties whose filter needs a distinguished name where the object shows a name
 * (Database, Manager, ForwardingAddress), so the suggested filter would quietly match nothing.
 */
const FILTERABLE_PROPERTIES = new Map(
  [
    'Alias', 'City', 'Company', 'CountryOrRegion', 'Department', 'DisplayName', 'EmailAddresses',
    'EmailAddressPolicyEnabled', 'ExternalEmailAddress', 'FirstName', 'ForwardingSmtpAddress',
    'HiddenFromAddressListsEnabled', 'LastName', 'LitigationHoldEnabled', 'Name', 'Office', 'PrimarySmtpAddress',
    'RecipientType', 'RecipientTypeDetails', 'SamAccountName', 'StateOrProvince', 'Title', 'UserPrincipalName', 'WindowsEmailAddress',
    'ActiveSyncEnabled', 'ImapEnabled', 'MAPIEnabled', 'OWAEnabled', 'PopEnabled',
    ...Array.from({ length: 15 }, (_, index) => `CustomAttribute${index + 1}`),
  ].map((name) => [name.toLowerCase(), name]),
);

// Case-sensitive operators (-ceq …) have no OPATH equivalent, so they are not listed.
const OPERATORS = new Set(['eq', 'ne', 'like', 'notlike', 'gt', 'ge', 'lt', 'le']);
const operatorOf = (name: string) => name.replace(/^i(?=eq|ne|like|notlike|gt|ge|lt|le)/i, '').toLowerCase();
const LITERAL = String.raw`'(?:[^']|'')*'|"[^"$\x60]*"|-?\d+(?:\.\d+)?|\$true|\$false|\$null`;
const COMPARISON = new RegExp(String.raw`^\s*\$(?:_|PSItem)\.([A-Za-z][A-Za-z0-9]*)\s+-i?(eq|ne|like|notlike|gt|ge|lt|le)\s+(${LITERAL})\s*$`, 'i');
const JOINER = /\s+-(and|or)\s+/i;

interface Comparison {
  readonly property: string;
  readonly operator: string;
  readonly literal: string;
}

export default defineRule({
  meta: {
    id: 'filter-with-where-object',
    description: 'Filtering Exchange recipients with Where-Object fetches every object first; -Filter lets the server do it.',
    severity: 'info',
    entries: ['filter-on-server-not-with-where-object'],
    fixable: false,
  },
  check(context) {
    for (const command of context.commands) {
      const cmdlet = FILTERABLE_CMDLETS.get(command.key);
      const where = command.next;
      if (!cmdlet || !where || !isWhereObject(where) || command.parameter('Filter') || identityArgument(command)) continue;
      if (SYSTEM_MAILBOX_SWITCHES.some((name) => command.parameter(name))) continue;
      const found = conditionOf(where);
      if (!found) continue;
      const filter = opathFilter(found.comparisons, found.joiners);
      context.report({
        span: found.span,
        message:
          `Where-Object makes ${cmdlet} send every object it finds to this session just to test ${[...new Set(found.comparisons.map((item) => item.property))].join(' and ')} here, which is slow in a large organisation and counts against Exchange Online throttling. ` +
          (filter ? `Let the server filter instead: ${cmdlet} -Filter ${filter}.` : `Let the server filter instead with ${cmdlet} -Filter.`),
      });
    }
  },
});

function isWhereObject(command: CommandView): boolean {
  return command.key === 'where-object' || command.key === '?' || command.key === 'where';
}

/** The condition of a `Where-Object { … }` or `Where-Object Prop -eq value`, when OPATH can say the same. */
function conditionOf(where: CommandView): { span: ArgumentValue['span']; comparisons: Comparison[]; joiners: string[] } | undefined {
  const block = where.parameter('FilterScript')?.value ?? where.positional.find((value) => value.kind === 'scriptblock');
  if (block?.kind === 'scriptblock') {
    const body = block.text.replace(/^\{/, '').replace(/\}$/, '');
    const parts = body.split(JOINER);
    const comparisons: Comparison[] = [];
    const joiners: string[] = [];
    for (let index = 0; index < parts.length; index++) {
      if (index % 2 === 1) {
        joiners.push(parts[index]!.toLowerCase());
        continue;
      }
      const match = COMPARISON.exec(parts[index]!);
      const property = match && FILTERABLE_PROPERTIES.get(match[1]!.toLowerCase());
      if (!match || !property) return undefined;
      comparisons.push({ property, operator: match[2]!.toLowerCase(), literal: match[3]! });
    }
    return { span: block.span, comparisons, joiners };
  }
  return simplifiedCondition(where);
}

/** `Where-Object RecipientTypeDetails -EQ SharedMailbox` (the comparison written as parameters). */
function simplifiedCondition(where: CommandView): { span: ArgumentValue['span']; comparisons: Comparison[]; joiners: string[] } | undefined {
  const propertyValue = where.parameter('Property')?.value ?? where.positional[0];
  const property = propertyValue?.kind === 'bareword' || propertyValue?.kind === 'string' ? FILTERABLE_PROPERTIES.get((propertyValue.string ?? '').toLowerCase()) : undefined;
  if (!property) return undefined;
  const operators = where.parameters.filter((parameter) => OPERATORS.has(operatorOf(parameter.name)));
  if (operators.length !== 1) return undefined;
  const operator = operators[0]!;
  const value = operator.value ?? where.parameter('Value')?.value ?? where.positional[1];
  if (!value?.constant || (value.kind !== 'string' && value.kind !== 'bareword' && value.kind !== 'number' && value.kind !== 'bool')) return undefined;
  const literal = value.kind === 'bareword' ? `'${(value.string ?? '').replace(/'/g, "''")}'` : value.text;
  return {
    span: { start: [...where.parameters, ...where.positional].reduce((first, item) => Math.min(first, item.span.start), Number.POSITIVE_INFINITY), end: where.span.end },
    comparisons: [{ property, operator: operatorOf(operator.name), literal }],
    joiners: [],
  };
}

/**
 * The same test as an OPATH filter, quoted as the Exchange documentation recommends: double
 * quotes around the filter with single-quoted text, or single quotes when it holds $true, $false
 * or $null. `undefined` when both kinds of value are mixed.
 */
function opathFilter(comparisons: readonly Comparison[], joiners: readonly string[]): string | undefined {
  // -and and -or mixed: the grouping would need parentheses we can't be sure of.
  if (new Set(joiners).size > 1) return undefined;
  const system = comparisons.some((item) => item.literal.startsWith('$'));
  const text = comparisons.some((item) => /^['"]/.test(item.literal));
  if (system && text) return undefined;
  const terms = comparisons.map((item) => {
    const literal = item.literal.startsWith('"') ? `'${item.literal.slice(1, -1).replace(/'/g, "''")}'` : item.literal;
    return `${item.property} -${item.operator} ${system ? item.literal.toLowerCase() : literal}`;
  });
  const body = terms.reduce((joined, term, index) => (index === 0 ? term : `${joined} -${joiners[index - 1]} ${term}`), '');
  return system ? `'${body}'` : `"${body}"`;
}
