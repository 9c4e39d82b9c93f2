import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.js';
import { isEnabled, type PageFacts } from './enabled.js';

const site = 'https://mail.contoso.com';
const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

test('isEnabled', () => {
  const cases: Array<[string, Partial<Settings>, PageFacts, boolean]> = [
    ['built-in page by default', {}, { site, builtIn: true, requested: false }, true],
    ['built-in page switched off', { disabledSites: [site] }, { site, builtIn: true, requested: false }, false],
    ['switched off, but the user asked for a scan', { disabledSites: [site] }, { site, builtIn: true, requested: true }, true],
    ['another site, not switched on', {}, { site, builtIn: false, requested: false }, false],
    ['another site switched on', { enabledSites: [site] }, { site, builtIn: false, requested: false }, true],
    ['another site, one-off scan', {}, { site, builtIn: false, requested: true }, true],
    ['a page with no site', {}, { site: undefined, builtIn: false, requested: true }, false],
  ];
  for (const [name, patch, page, expected] of cases) assert.equal(isEnabled(settings(patch), page), expected, name);
});
