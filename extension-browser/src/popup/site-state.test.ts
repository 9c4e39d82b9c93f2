import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.js';
import { describeSiteState, siteState, switchSite, type SiteState } from './site-state.js';

const settings = (changes: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

describe('siteState', () => {
  const cases: Array<{ url: string | undefined; settings: Settings; permission: boolean; expected: SiteState; text: RegExp }> = [
    { url: 'chrome://extensions/', settings: settings(), permission: false, expected: { kind: 'unavailable' }, text: /not available/ },
    { url: 'about:blank', settings: settings(), permission: false, expected: { kind: 'unavailable' }, text: /not available/ },
    { url: 'chrome-extension://abc/popup.html', settings: settings(), permission: false, expected: { kind: 'unavailable' }, text: /not available/ },
    { url: 'file:///C:/ndr.html', settings: settings(), permission: false, expected: { kind: 'unavailable' }, text: /not available/ },
    { url: 'https://chromewebstore.google.com/detail/x', settings: settings(), permission: true, expected: { kind: 'unavailable' }, text: /not available/ },
    { url: undefined, settings: settings(), permission: false, expected: { kind: 'unavailable' }, text: /not available/ },
    { url: 'https://mail.contoso.com/owa/#path=/mail', settings: settings(), permission: false, expected: { kind: 'built-in', site: 'https://mail.contoso.com', on: true }, text: /is on/ },
    { url: 'https://mail.contoso.com/owa/', settings: settings({ disabledSites: ['https://mail.contoso.com'] }), permission: false, expected: { kind: 'built-in', site: 'https://mail.contoso.com', on: false }, text: /is off/ },
    { url: 'https://learn.microsoft.com/en-us/exchange/', settings: settings(), permission: false, expected: { kind: 'built-in', site: 'https://learn.microsoft.com', on: true }, text: /is on/ },
    { url: 'https://forum.example.org/t/1', settings: settings(), permission: false, expected: { kind: 'other', site: 'https://forum.example.org', on: false, permission: false }, text: /Switch it on/ },
    { url: 'https://forum.example.org/t/1', settings: settings({ enabledSites: ['https://forum.example.org'] }), permission: true, expected: { kind: 'other', site: 'https://forum.example.org', on: true, permission: true }, text: /is on/ },
    // Revoked in the browser's settings: off, whatever storage says.
    { url: 'https://forum.example.org/t/1', settings: settings({ enabledSites: ['https://forum.example.org'] }), permission: false, expected: { kind: 'other', site: 'https://forum.example.org', on: false, permission: false }, text: /is off/ },
    { url: 'http://127.0.0.1:8080/forum.html', settings: settings(), permission: true, expected: { kind: 'other', site: 'http://127.0.0.1:8080', on: false, permission: true }, text: /is off/ },
  ];
  for (const { url, settings: given, permission, expected, text } of cases) {
    it(`${url} (permission ${permission})`, () => {
      const state = siteState(url, given, permission);
      assert.deepEqual(state, expected);
      assert.match(describeSiteState(state), text);
    });
  }
});

describe('switchSite', () => {
  const owa = { kind: 'built-in', site: 'https://mail.contoso.com', on: true } as const;
  const forum = { kind: 'other', site: 'https://forum.example.org', on: false, permission: true } as const;
  const cases = [
    { name: 'built-in off', given: settings(), state: owa, on: false, expected: { disabledSites: ['https://mail.contoso.com'], enabledSites: [] } },
    { name: 'built-in on again', given: settings({ disabledSites: ['https://a.example', 'https://mail.contoso.com'] }), state: owa, on: true, expected: { disabledSites: ['https://a.example'], enabledSites: [] } },
    { name: 'built-in off twice stays one entry', given: settings({ disabledSites: ['https://mail.contoso.com'] }), state: owa, on: false, expected: { disabledSites: ['https://mail.contoso.com'], enabledSites: [] } },
    { name: 'other on', given: settings({ enabledSites: ['https://z.example'] }), state: forum, on: true, expected: { disabledSites: [], enabledSites: ['https://forum.example.org', 'https://z.example'] } },
    { name: 'other off', given: settings({ enabledSites: ['https://forum.example.org', 'https://z.example'] }), state: forum, on: false, expected: { disabledSites: [], enabledSites: ['https://z.example'] } },
  ];
  for (const { name, given, state, on, expected } of cases) it(name, () => assert.deepEqual(switchSite(given, state, on), expected));
});
