import { defineRule } from './rule.js';
import { rawSpan, spanIn } from './support/literal-text.js';
import { writtenUrls } from './support/virtual-directory-urls.js';

export default defineRule({
  meta: {
    id: 'virtual-directory-url-scheme',
    description: 'A virtual directory or Autodiscover URL written without https:// (no scheme, or plain http where clients need TLS).',
    severity: 'warning',
    entries: ['virtual-directory-url-without-https'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      for (const { table, parameter, literal, url } of writtenUrls(command)) {
        const written = literal.raw;
        if (url.scheme === undefined) {
          // `$url/owa`: the variable may well hold the scheme.
          if (!url.hostKnown && literal.raw.startsWith('$')) continue;
          if (!/^[a-z0-9]/i.test(written)) continue;
          context.report({
            span: rawSpan(literal),
            message:
              `-${parameter.name} ${written} has no scheme, so it is not an absolute URL: Exchange refuses it or hands clients an address they can't open. ` +
              `Write it as https://${written}.`,
            fix: { title: 'Add https://', edits: [{ span: spanIn(literal, 0, 0), newText: 'https://' }] },
          });
        } else if (url.scheme === 'http' && !table.httpAllowed) {
          const secure = `${written.slice(0, 4)}${written.slice(0, 4) === 'HTTP' ? 'S' : 's'}${written.slice(4)}`;
          context.report({
            span: spanIn(literal, 0, 4),
            message:
              `-${parameter.name} ${written} sends clients to ${table.service} over plain HTTP, which the virtual directory refuses (it requires SSL), or which exposes their credentials. ` +
              `Use ${secure}.`,
            fix: { title: 'Use https://', edits: [{ span: spanIn(literal, 4, 4), newText: written.slice(0, 4) === 'HTTP' ? 'S' : 's' }] },
          });
        }
      }
    }
  },
});
