import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isExchangeVersion, versionStatus } from './exchange-version.js';

test('the status bar names the target version, and flags a value exkb does not know', () => {
  const cases: { value: unknown; text: string; known: boolean; tooltip: RegExp }[] = [
    { value: undefined, text: '$(server) Exchange: any', known: true, tooltip: /no target version/ },
    { value: '', text: '$(server) Exchange: any', known: true, tooltip: /no target version/ },
    { value: 'any', text: '$(server) Exchange: any', known: true, tooltip: /no target version/ },
    { value: '2019', text: '$(server) Exchange: 2019', known: true, tooltip: /Exchange Server 2019/ },
    { value: 'se', text: '$(server) Exchange: SE', known: true, tooltip: /Subscription Edition/ },
    { value: 'online', text: '$(server) Exchange: Online', known: true, tooltip: /Exchange Online/ },
    { value: '2003', text: '$(warning) Exchange: 2003', known: false, tooltip: /"2003", which is not a version/ },
    { value: 2019, text: '$(warning) Exchange: 2019', known: false, tooltip: /not a version/ },
    { value: 'toString', text: '$(warning) Exchange: toString', known: false, tooltip: /not a version/ },
  ];
  for (const { value, text, known, tooltip } of cases) {
    const status = versionStatus(value);
    assert.equal(status.text, text, String(value));
    assert.equal(status.known, known, String(value));
    assert.match(status.tooltip, tooltip, String(value));
    assert.match(status.tooltip, /exkb\.exchangeVersion/);
    assert.equal(isExchangeVersion(value), known && value !== undefined && value !== '', String(value));
  }
});
