import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PRODUCTS } from '@exkb/knowledge';
import { DEFAULT_SETTINGS, normalizeSettings, SEARCH_PRODUCTS, SETTINGS_KEYS, type Settings } from './settings.js';

const cases: Array<{ name: string; stored: Record<string, unknown>; expected: Settings }> = [
  { name: 'nothing stored', stored: {}, expected: DEFAULT_SETTINGS },
  {
    name: 'everything stored',
    stored: { disabledSites: ['https://mail.contoso.com'], enabledSites: ['https://forum.example'], importedFiles: [{ name: 'a.md', text: '---' }], searchProduct: 'exchange-2010' },
    expected: { disabledSites: ['https://mail.contoso.com'], enabledSites: ['https://forum.example'], importedFiles: [{ name: 'a.md', text: '---' }], searchProduct: 'exchange-2010' },
  },
  { name: 'unknown keys dropped', stored: { theme: 'dark' }, expected: DEFAULT_SETTINGS },
  { name: 'a site list with a number falls back', stored: { enabledSites: ['https://a.example', 3] }, expected: DEFAULT_SETTINGS },
  { name: 'a site list that is a string falls back', stored: { disabledSites: 'https://a.example' }, expected: DEFAULT_SETTINGS },
  { name: 'a file without text falls back', stored: { importedFiles: [{ name: 'a.md' }] }, expected: DEFAULT_SETTINGS },
  { name: 'extra file fields dropped', stored: { importedFiles: [{ name: 'a.md', text: 'x', html: '<b>' }] }, expected: { ...DEFAULT_SETTINGS, importedFiles: [{ name: 'a.md', text: 'x' }] } },
  { name: 'every product', stored: { searchProduct: '' }, expected: DEFAULT_SETTINGS },
  { name: 'Exchange Online', stored: { searchProduct: 'exchange-online' }, expected: { ...DEFAULT_SETTINGS, searchProduct: 'exchange-online' } },
  { name: 'an unknown product falls back to every product', stored: { searchProduct: 'exchange-5.5' }, expected: DEFAULT_SETTINGS },
  { name: 'a version instead of a product falls back', stored: { searchProduct: '2010' }, expected: DEFAULT_SETTINGS },
  { name: 'a product list falls back', stored: { searchProduct: ['exchange-2010'] }, expected: DEFAULT_SETTINGS },
];

for (const { name, stored, expected } of cases) {
  test(`normalizeSettings: ${name}`, () => assert.deepEqual(normalizeSettings(stored), expected));
}

test('normalizeSettings never hands out the defaults themselves', () => {
  const settings = normalizeSettings({});
  settings.enabledSites.push('https://a.example');
  assert.deepEqual(DEFAULT_SETTINGS.enabledSites, []);
});

test('SETTINGS_KEYS names every setting', () => assert.deepEqual([...SETTINGS_KEYS].sort(), ['disabledSites', 'enabledSites', 'importedFiles', 'searchProduct']));

test('SEARCH_PRODUCTS is the knowledge base’s product list', () => assert.deepEqual([...SEARCH_PRODUCTS], [...PRODUCTS]));
