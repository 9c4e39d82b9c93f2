import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeSettings } from './settings.js';
import { CURRENT_STORAGE_VERSION, migratedView, MIGRATIONS, planMigration, STORAGE_VERSION_KEY, storedVersion, type Migration } from './storage-migrations.js';

const file = { name: 'mail-flow/contoso-a.md', text: '---\ntitle: A\n---\n' };

/** What each past build stored, as it stored it (see the header of storage-migrations.ts). */
const PAST_SHAPES: ReadonlyArray<{ name: string; version: number; stored: Record<string, unknown> }> = [
  { name: 'v0, the first build (sites and imported files)', version: 0, stored: { disabledSites: ['https://outlook.office.com'], enabledSites: ['https://forum.example'], importedFiles: [file] } },
  { name: 'v0 with the product filter', version: 0, stored: { disabledSites: [], enabledSites: [], importedFiles: [file], searchProduct: 'exchange-2019' } },
  { name: 'v0, nothing stored yet', version: 0, stored: {} },
  { name: 'v0 with a key this build does not know', version: 0, stored: { importedFiles: [file], theme: 'dark' } },
];

describe('storage migrations: every past shape reaches the current version with its values', () => {
  for (const { name, version, stored } of PAST_SHAPES) {
    it(name, () => {
      assert.equal(storedVersion(stored), version);
      const plan = planMigration(stored);
      assert.equal(plan.action, 'write');
      if (plan.action !== 'write') return;
      assert.equal(plan.from, version);
      assert.equal(plan.to, CURRENT_STORAGE_VERSION);
      assert.equal(plan.values[STORAGE_VERSION_KEY], CURRENT_STORAGE_VERSION);
      assert.equal(plan.steps.length, CURRENT_STORAGE_VERSION - version);
      const after = migratedView(stored, plan);
      assert.deepEqual(normalizeSettings(after), normalizeSettings(stored), 'the user’s settings read the same after the migration');
      assert.equal(planMigration(after).action, 'none', 'a migrated store needs nothing more');
    });
  }
});

describe('storage migrations: what is left alone', () => {
  const cases: ReadonlyArray<{ name: string; stored: Record<string, unknown>; action: string; message?: RegExp }> = [
    { name: 'the current version', stored: { [STORAGE_VERSION_KEY]: CURRENT_STORAGE_VERSION, importedFiles: [file] }, action: 'none' },
    { name: 'a newer version', stored: { [STORAGE_VERSION_KEY]: CURRENT_STORAGE_VERSION + 1, importedFiles: 'a new shape' }, action: 'newer', message: /newer exkb \(storage version 2; this one reads up to 1\).*left as they are.*update exkb/ },
    { name: 'a version that is not a number', stored: { [STORAGE_VERSION_KEY]: '1' }, action: 'failed', message: /schemaVersion "1" is not a version/ },
    { name: 'a version below 1', stored: { [STORAGE_VERSION_KEY]: 0 }, action: 'failed', message: /is not a version/ },
    { name: 'v0 with damaged imported files', stored: { importedFiles: [{ name: 'a.md' }] }, action: 'failed', message: /from storage version 0 failed \("importedFiles" is not a list of \{ name, text \} files\); they were left as they are/ },
    { name: 'v0 with a site list that is a string', stored: { enabledSites: 'https://a.example' }, action: 'failed', message: /"enabledSites" is not a list of sites/ },
  ];
  for (const { name, stored, action, message } of cases) {
    it(name, () => {
      const plan = planMigration(stored);
      assert.equal(plan.action, action);
      if (message) assert.match('message' in plan ? plan.message : '', message);
      assert.deepEqual(migratedView(stored, plan), stored, 'a reader sees the stored values unchanged');
    });
  }
});

describe('storage migrations: the chain', () => {
  it('has one migration per version step, from 0 to the current version', () => {
    assert.deepEqual(MIGRATIONS.map((migration) => migration.from), Array.from({ length: CURRENT_STORAGE_VERSION }, (_, index) => index));
  });
  it('runs the steps in order and writes only changed keys plus the version', () => {
    const chain: Migration[] = [
      { from: 0, describe: 'a', migrate: (stored) => ({ sites: [...(stored.sites as string[]), 'b'] }) },
      { from: 1, describe: 'b', migrate: (stored) => ({ sites: [...(stored.sites as string[]), 'c'] }) },
    ];
    const plan = planMigration({ sites: ['a'], other: 1 }, chain, 2);
    assert.deepEqual(plan, { action: 'write', from: 0, to: 2, values: { sites: ['a', 'b', 'c'], [STORAGE_VERSION_KEY]: 2 }, steps: ['v0 → v1: a', 'v1 → v2: b'] });
    assert.deepEqual(planMigration({ [STORAGE_VERSION_KEY]: 1, sites: ['a'] }, chain, 2), { action: 'write', from: 1, to: 2, values: { sites: ['a', 'c'], [STORAGE_VERSION_KEY]: 2 }, steps: ['v1 → v2: b'] });
  });
  it('a step that throws stops the whole migration: nothing of the earlier steps is written', () => {
    const chain: Migration[] = [
      { from: 0, describe: 'a', migrate: () => ({ sites: [] }) },
      { from: 1, describe: 'b', migrate: () => { throw new Error('boom'); } },
    ];
    const plan = planMigration({ sites: ['a'] }, chain, 2);
    assert.equal(plan.action, 'failed');
    assert.match(plan.action === 'failed' ? plan.message : '', /from storage version 1 failed \(boom\)/);
  });
  it('a missing step is a failure, not a skipped version', () => {
    const plan = planMigration({}, [{ from: 1, describe: 'b', migrate: () => ({}) }], 2);
    assert.equal(plan.action, 'failed');
    assert.match(plan.action === 'failed' ? plan.message : '', /no migration from storage version 0/);
  });
});
