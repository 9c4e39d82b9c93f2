import { defineRule } from './rule.js';
import { rawSpan, spanIn } from './support/literal-text.js';
import { acceptedPaths, pathMatches, writtenUrls } from './support/virtual-directory-urls.js';

export default defineRule({
  meta: {
    id: 'virtual-directory-url-path',
    description: 'A virtual directory or Autodiscover URL whose path is not the one clients call (…/EWS/Exchange.asmx, …/OAB, …/Autodiscover/Autodiscover.xml).',
    severity: 'warning',
    entries: ['virtual-directory-url-wrong-path', 'outlook-out-of-office-server-unavailable-ews', 'free-busy-no-information-autodiscover-unreachable'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      for (const { table, parameter, literal, url } of writtenUrls(command)) {
        if (url.path === undefined) continue;
        // `"https://$hostAndPath"`: the variable may hold the path too.
        if (url.path === '' && !url.hostKnown) continue;
        if (literal.raw.slice(url.hostStart, url.pathStart) === '') continue;
        const accepted = acceptedPaths(table, command, context.settings.exchangeVersion);
        if (pathMatches(url.path, accepted, table.folder)) continue;

        const written = literal.raw.slice(url.pathStart, url.pathEnd);
        const span = written === '' ? rawSpan(literal) : spanIn(literal, url.pathStart, url.pathEnd);
        const expected = accepted.length === 1 ? accepted[0]! : undefined;
        context.report({
          span,
          message:
            `-${parameter.name} ${literal.raw} ${written === '' ? 'has no path' : `ends in ${written}`}, but ${table.service} answers at ${accepted.join(' or ')}, so clients given this URL ${consequence(table.service)}. ` +
            `End the URL in ${accepted.join(' or ')}.`,
          entries: ['virtual-directory-url-wrong-path', ...(SERVICE_ENTRY[table.service] ?? [])],
          ...(expected
            ? { fix: { title: `Use the path ${expected}`, edits: [{ span: spanIn(literal, url.pathStart, url.pathEnd), newText: expected }] } }
            : {}),
        });
      }
    }
  },
});

/** The entry that tells the story of a wrong URL for this service, cited after the general one. */
const SERVICE_ENTRY: Readonly<Record<string, readonly string[]>> = {
  EWS: ['outlook-out-of-office-server-unavailable-ews'],
  Autodiscover: ['free-busy-no-information-autodiscover-unreachable'],
};

function consequence(service: string): string {
  switch (service) {
    case 'EWS':
      return 'get errors for Out of Office, free/busy and the offline address book';
    case 'Autodiscover':
      return 'find no Autodiscover service, so Out of Office, free/busy and profile setup fail';
    case 'OAB':
      return 'cannot download the offline address book';
    case 'ActiveSync':
      return 'cannot sync';
    default:
      return 'get a page that does not exist';
  }
}
