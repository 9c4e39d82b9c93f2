// The settings store over an in-memory storage area (chrome.storage does not exist in Node; the
// real one is driven by test/e2e/browser-extension-hostile.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeWriteError, loadSettings, migrateStoredSettings, NewerSettingsError, saveSettings, type SettingsArea } from './settings-store.js';
import { CURRENT_STORAGE_VERSION, STORAGE_VERSION_KEY } from './storage-migrations.js';

class MemoryArea implements SettingsArea {
  writes = 0;
  constructor(public items: Record<string, unknown>, private readonly failWrites = false) {}
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null || keys === undefined ? Object.keys(this.items) : typeof keys === 'string' ? [keys] : keys;
    return structuredClone(Object.fromEntries(wanted.filter((key) => key in this.items).map((key) => [key, this.items[key]])));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
    this.writes++;
    this.items = { ...this.items, ...structuredClone(items) };
  }
}

const WRITE_ERRORS: ReadonlyArray<{ said: unknown; message: RegExp }> = [
  { said: new Error('Resource::kQuotaBytes quota exceeded'), message: /^the browser's storage for exkb is full.*\(the browser said: Resource::kQuotaBytes quota exceeded\)$/ },
  { said: new Error('QuotaExceededError: storage.local'), message: /storage for exkb is full/ },
  { said: 'IO error: .../LOCK: File currently in use', message: /^saving failed, so nothing was changed \(the browser said: IO error/ },
];

for (const { said, message } of WRITE_ERRORS) {
  it(`describeWriteError: ${String(said)}`, () => assert.match(describeWriteError(said), message));
}

const file = { name: 'mail-flow/contoso-a.md', text: 'x' };
const quiet = <T>(work: () => Promise<T>): Promise<T> => {
  const warn = console.warn;
  console.warn = () => {};
  return work().finally(() => (console.warn = warn));
};

describe('settings store', () => {
  it('migrates a v0 store in place, keeping every value', async () => {
    const area = new MemoryArea({ importedFiles: [file], enabledSites: ['https://a.example'] });
    const plan = await migrateStoredSettings(area);
    assert.equal(plan.action, 'write');
    assert.deepEqual(area.items, { importedFiles: [file], enabledSites: ['https://a.example'], [STORAGE_VERSION_KEY]: CURRENT_STORAGE_VERSION });
    assert.equal((await migrateStoredSettings(area)).action, 'none');
    assert.equal(area.writes, 1);
  });
  it('reads a v0 store without writing it', async () => {
    const area = new MemoryArea({ importedFiles: [file] });
    assert.deepEqual((await loadSettings(area)).importedFiles, [file]);
    assert.equal(area.writes, 0);
  });
  it('leaves a newer store untouched and refuses to write over it', async () => {
    const stored = { [STORAGE_VERSION_KEY]: CURRENT_STORAGE_VERSION + 1, importedFiles: [file], future: { a: 1 } };
    const area = new MemoryArea(structuredClone(stored));
    assert.equal((await quiet(() => migrateStoredSettings(area))).action, 'newer');
    await assert.rejects(saveSettings(area, { importedFiles: [] }), (error: unknown) => error instanceof NewerSettingsError && /newer exkb.*nothing was changed/.test(error.message));
    assert.deepEqual(area.items, stored);
  });
  it('a failed migration write keeps the old store', async () => {
    const area = new MemoryArea({ importedFiles: [file] }, true);
    const plan = await quiet(() => migrateStoredSettings(area));
    assert.equal(plan.action, 'failed');
    assert.match(plan.action === 'failed' ? plan.message : '', /QUOTA_BYTES/);
    assert.deepEqual(area.items, { importedFiles: [file] });
  });
  it('a write that fails leaves the store as it was and says so in words a user can act on', async () => {
    const area = new MemoryArea({ importedFiles: [file] }, true);
    await assert.rejects(saveSettings(area, { importedFiles: [file, file] }), /^Error: the browser's storage for exkb is full, so nothing was changed; remove imported entries you no longer need and try again \(the browser said: QUOTA_BYTES quota exceeded\)$/);
    assert.deepEqual(area.items, { importedFiles: [file] });
  });
  it('a write carries the current version', async () => {
    const area = new MemoryArea({});
    await saveSettings(area, { enabledSites: ['https://a.example'] });
    assert.deepEqual(area.items, { enabledSites: ['https://a.example'], [STORAGE_VERSION_KEY]: CURRENT_STORAGE_VERSION });
  });
});
