import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBuiltInPage, siteOf } from './sites.js';

const builtIn: Array<[string, boolean]> = [
  ['https://mail.contoso.com/owa/', true],
  ['https://mail.contoso.com/owa/#path=/mail/inbox', true],
  ['http://127.0.0.1:8080/owa/ndr.html', true],
  ['https://mail.contoso.com/ecp/?ExchClientVer=15', true],
  ['https://mail.contoso.com/OWA/', false],
  ['https://mail.contoso.com/owa', false],
  ['https://mail.contoso.com/mail/owa/', false],
  ['https://outlook.office.com/mail/', true],
  ['https://outlook.office365.com/owa/', true],
  ['https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-in-exchange-online/fix-error-code-5-7-1', true],
  ['https://support.microsoft.com/kb/953467', true],
  ['http://learn.microsoft.com/en-us/', false],
  ['https://learn.microsoft.com.evil.example/', false],
  ['https://evil.example/?next=https://learn.microsoft.com/', false],
  ['https://forum.example/thread/1', false],
  ['chrome://extensions/', false],
  ['file:///C:/ndr.html', false],
  ['not a url', false],
];
for (const [url, expected] of builtIn) {
  test(`isBuiltInPage ${url} → ${expected}`, () => assert.equal(isBuiltInPage(url), expected));
}

const sites: Array<[string, string | undefined]> = [
  ['https://mail.contoso.com/owa/?ae=Item', 'https://mail.contoso.com'],
  ['http://127.0.0.1:8080/owa/', 'http://127.0.0.1:8080'],
  ['chrome-extension://abc/popup.html', undefined],
  ['about:blank', undefined],
  ['', undefined],
];
for (const [url, expected] of sites) {
  test(`siteOf ${JSON.stringify(url)} → ${expected}`, () => assert.equal(siteOf(url), expected));
}
