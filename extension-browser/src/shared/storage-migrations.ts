// The stored settings' schema version and the ordered migrations from every older version to the
// current one. Pure: the background runs a plan (storage-store.ts) on an update and on any read of
// an older version; the other pages migrate what they read in memory only, so one writer persists.
//
// The stored shapes, version by version (`browser.storage.local`, one key per setting):
// - v0 (no `schemaVersion` key; every build up to issue 6): `disabledSites: string[]`,
//   `enabledSites: string[]`, `importedFiles: { name: string; text: string }[]`, and since the
//   product filter `searchProduct?: Product` (an added optional key, so still v0).
// - v1 (current): the v0 keys unchanged, plus `schemaVersion: 1`.
// A migration returns only the keys it changes; they are written with the new version in one
// `set`, which Chromium and Firefox apply all or nothing. A migration that throws writes nothing.

export const STORAGE_VERSION_KEY = 'schemaVersion';
export const CURRENT_STORAGE_VERSION = 1;

export type Stored = Readonly<Record<string, unknown>>;

export interface Migration {
  /** The version it reads; it writes `from + 1`. */
  readonly from: number;
  readonly describe: string;
  /** The keys to change (the version key is added by the caller); throws when the stored shape is not what `from` wrote. */
  migrate(stored: Stored): Record<string, unknown>;
}

const isStringList = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isFileList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string' && typeof (item as { text?: unknown }).text === 'string');

/** Checks a v0 key; a damaged value stops the migration so storage keeps it as it is (the readers fall back to defaults). */
function expectShape(stored: Stored, key: string, test: (value: unknown) => boolean, shape: string): void {
  if (key in stored && stored[key] !== undefined && !test(stored[key])) throw new Error(`"${key}" is not ${shape}`);
}

/** Sorted by `from`, one per version step; `migrations.test.ts` checks the chain has no gap. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    describe: 'unversioned settings get schemaVersion 1; the values are kept as they are',
    migrate(stored) {
      expectShape(stored, 'disabledSites', isStringList, 'a list of sites');
      expectShape(stored, 'enabledSites', isStringList, 'a list of sites');
      expectShape(stored, 'importedFiles', isFileList, 'a list of { name, text } files');
      expectShape(stored, 'searchProduct', (value) => typeof value === 'string', 'a product name');
      return {};
    },
  },
];

export type MigrationPlan =
  | { readonly action: 'none'; readonly version: number }
  | { readonly action: 'write'; readonly from: number; readonly to: number; readonly values: Record<string, unknown>; readonly steps: readonly string[] }
  | { readonly action: 'newer'; readonly version: number; readonly message: string }
  | { readonly action: 'failed'; readonly from: number; readonly message: string };

/** The stored version: a missing key is v0; anything that is not a whole number ≥ 1 cannot be read. */
export function storedVersion(stored: Stored): number | undefined {
  if (!(STORAGE_VERSION_KEY in stored) || stored[STORAGE_VERSION_KEY] === undefined) return 0;
  const version = stored[STORAGE_VERSION_KEY];
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 ? version : undefined;
}

/** What to do with `stored` (every key of the storage area) to bring it to the current version. */
export function planMigration(stored: Stored, migrations: readonly Migration[] = MIGRATIONS, current: number = CURRENT_STORAGE_VERSION): MigrationPlan {
  const version = storedVersion(stored);
  if (version === undefined) {
    return { action: 'failed', from: -1, message: `exkb: the stored ${STORAGE_VERSION_KEY} ${JSON.stringify(stored[STORAGE_VERSION_KEY])} is not a version; your settings were left as they are` };
  }
  if (version === current) return { action: 'none', version };
  if (version > current) {
    return { action: 'newer', version, message: `exkb: your settings were saved by a newer exkb (storage version ${version}; this one reads up to ${current}); they were left as they are and cannot be changed here: update exkb` };
  }
  let working: Record<string, unknown> = { ...stored };
  const values: Record<string, unknown> = {};
  const steps: string[] = [];
  for (let from = version; from < current; from++) {
    const migration = migrations.find((candidate) => candidate.from === from);
    if (!migration) return { action: 'failed', from: version, message: `exkb: no migration from storage version ${from}; your settings were left as they are` };
    try {
      const changed = migration.migrate(working);
      working = { ...working, ...changed };
      Object.assign(values, changed);
      steps.push(`v${from} → v${from + 1}: ${migration.describe}`);
    } catch (error) {
      return { action: 'failed', from: version, message: `exkb: migrating your settings from storage version ${from} failed (${error instanceof Error ? error.message : String(error)}); they were left as they are` };
    }
  }
  return { action: 'write', from: version, to: current, values: { ...values, [STORAGE_VERSION_KEY]: current }, steps };
}

/** What a reader sees: `stored` with a planned migration applied in memory (nothing is written). */
export function migratedView(stored: Stored, plan: MigrationPlan = planMigration(stored)): Stored {
  return plan.action === 'write' ? { ...stored, ...plan.values } : stored;
}
