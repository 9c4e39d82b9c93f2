import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_DIAGNOSTICS_PER_FILE, DEFAULT_SETTINGS, mergeSettings, type Settings } from './settings.js';

// [name, layers, expected]
const MERGES: ReadonlyArray<[string, ReadonlyArray<Partial<Settings> | undefined>, Settings]> = [
  ['no layers: the defaults', [], DEFAULT_SETTINGS],
  ['the defaults cap the diagnostics', [undefined], { ...DEFAULT_SETTINGS, maxDiagnosticsPerFile: DEFAULT_MAX_DIAGNOSTICS_PER_FILE }],
  ['a later layer wins', [{ exchangeVersion: '2010', maxDiagnosticsPerFile: 10 }, { exchangeVersion: '2016' }], { ...DEFAULT_SETTINGS, exchangeVersion: '2016', maxDiagnosticsPerFile: 10 }],
  ['0 (no cap) is a value, not "unset"', [{ maxDiagnosticsPerFile: 10 }, { maxDiagnosticsPerFile: 0 }], { ...DEFAULT_SETTINGS, maxDiagnosticsPerFile: 0 }],
  ['rule maps merge key by key', [{ rules: { a: 'off', b: 'hint' } }, { rules: { b: 'error' } }], { ...DEFAULT_SETTINGS, rules: { a: 'off', b: 'error' } }],
  ['folders are replaced, not added', [{ knowledgeFolders: ['one'] }, { knowledgeFolders: ['two'] }], { ...DEFAULT_SETTINGS, knowledgeFolders: ['two'] }],
];

describe('mergeSettings', () => {
  for (const [name, layers, expected] of MERGES) it(name, () => assert.deepEqual(mergeSettings(...layers), expected));
});
