import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastCommand } from '../testing.js';
import { literalText } from './literal-text.js';
import { urlParts } from './url-parts.js';

interface Parts {
  readonly scheme?: string;
  /** `raw` from hostStart to pathStart. */
  readonly host: string;
  readonly path?: string;
  /** `raw` from pathEnd on. */
  readonly rest: string;
  readonly hostKnown: boolean;
}

// [the URL as written (in double quotes unless it starts with a quote), its parts, or undefined when its shape depends on an expression]
const URLS: ReadonlyArray<[string, Parts | undefined]> = [
  ['https://mail.contoso.com/owa', { scheme: 'https', host: 'mail.contoso.com', path: '/owa', rest: '', hostKnown: true }],
  ['HTTP://Mail.Contoso.com/OWA/', { scheme: 'http', host: 'Mail.Contoso.com', path: '/OWA/', rest: '', hostKnown: true }],
  ['mail.contoso.com/owa', { host: 'mail.contoso.com', path: '/owa', rest: '', hostKnown: true }],
  ['https://mail.contoso.com', { scheme: 'https', host: 'mail.contoso.com', path: '', rest: '', hostKnown: true }],
  ['https://mail.contoso.com:8443/EWS/Exchange.asmx?wsdl#top', { scheme: 'https', host: 'mail.contoso.com:8443', path: '/EWS/Exchange.asmx', rest: '?wsdl#top', hostKnown: true }],
  ['ftp://files.contoso.com/oab', { scheme: 'ftp', host: 'files.contoso.com', path: '/oab', rest: '', hostKnown: true }],
  // `https:/` is not a scheme: the text is read as a host and a path.
  ['https:/mail/owa', { host: 'https:', path: '/mail/owa', rest: '', hostKnown: true }],
  ['https://$server/owa', { scheme: 'https', host: '$server', path: '/owa', rest: '', hostKnown: false }],
  ['https://mail.$domain/owa', { scheme: 'https', host: 'mail.$domain', path: '/owa', rest: '', hostKnown: false }],
  ['https://mail.contoso.com/$directory', { scheme: 'https', host: 'mail.contoso.com', rest: '', hostKnown: true }],
  // In single quotes, so the parser leaves it a plain string and only urlParts can tell.
  ["'https://$(hostname)/owa'", undefined],
  ['https://mail.contoso.com/`$owa', undefined],
];

describe('urlParts', () => {
  for (const [written, expected] of URLS) {
    it(written, () => {
      const argument = written.startsWith("'") ? written : `"${written}"`;
      const literal = literalText(lastCommand(`Set-OwaVirtualDirectory -ExternalUrl ${argument}`).parameter('ExternalUrl')?.value);
      assert.ok(literal);
      const url = urlParts(literal);
      const parts = url && {
        ...(url.scheme === undefined ? {} : { scheme: url.scheme }),
        host: literal.raw.slice(url.hostStart, url.pathStart),
        ...(url.path === undefined ? {} : { path: url.path }),
        rest: literal.raw.slice(url.pathEnd),
        hostKnown: url.hostKnown,
      };
      assert.deepEqual(parts, expected);
      if (url?.path !== undefined) assert.equal(literal.raw.slice(url.pathStart, url.pathEnd), url.path);
    });
  }
});
