import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEYS, type Settings } from './settings.js';

const cases: Array<{ name: string; stored: Record<string, unknown>; expected: Settings }> = [
  { name: 'nothing stored', stored: {}, expected: DEFAULT_SETTINGS },
  {
    name: 'everything stored',
    stored: { disabledSites: ['https://mail.contoso.com'], enabledSites: ['https://forum.example'], importedFiles: [{ name: 'a.md', text: '---' }] },
    expected: { disabledSites: ['https://mail.contoso.com'], enabledSites: ['https://forum.example'], importedFiles: [{ name: 'a.md', text: '---' }] },
  },
  { name: 'unknown keys dropped', stored: { theme: 'dark' }, expected: DEFAULT_SETTINGS },
  { name: 'a site list with a number falls back', stored: { enabledSites: ['https://a.example', 3] }, expected: DEFAULT_SETTINGS },
  { name: 'a site list that is a string falls back', stored: { disabledSites: 'https://a.example' }, expected: DEFAULT_SETTINGS },
  { name: 'a file without text falls back', stored: { importedFiles: [{ name: 'a.md' }] }, expected: DEFAULT_SETTINGS },
  { name: 'extra file fields dropped', stored: { importedFiles: [{ name: 'a.md', text: 'x', html: '<b>' }] }, expected: { ...DEFAULT_SETTINGS, importedFiles: [{ name: 'a.md', text: 'x' }] } },
];

for (const { name, stored, expected } of cases) {
  test(`normalizeSettings: ${name}`, () => assert.deepEqual(normalizeSettings(stored), expected));
}

test('normalizeSettings never hands out the defaults themselves', () => {
  const settings = normalizeSettings({});
  settings.enabledSites.push('https://a.example');
  assert.deepEqual(DEFAULT_SETTINGS.enabledSites, []);
});

test('SETTINGS_KEYS names every setting', () => assert.deepEqual([...SETTINGS_KEYS].sort(), ['disabledSites', 'enabledSites', 'importedFiles']));
