// Every read and write of the settings in `browser.storage.local` goes through here: reads see the
// current schema (an older stored version is migrated in memory), writes carry the version and
// refuse to overwrite settings a newer exkb saved. Only the background persists a migration
// (`migrateStoredSettings`), so two pages never race to rewrite the same keys.
import { normalizeSettings, SETTINGS_KEYS, type Settings } from './settings.js';
import { CURRENT_STORAGE_VERSION, migratedView, planMigration, STORAGE_VERSION_KEY, type MigrationPlan } from './storage-migrations.js';

/** The part of a storage area used here: callers pass `browser.storage.local` (no browser import here, so Node tests run it). */
export interface SettingsArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Thrown by a write when the stored settings belong to a newer exkb. */
export class NewerSettingsError extends Error {}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** The settings (`keys` only), migrated in memory when stored by an older version. */
export async function loadSettings(area: SettingsArea, keys: ReadonlyArray<keyof Settings> = SETTINGS_KEYS): Promise<Settings> {
  const stored = await area.get([...keys, STORAGE_VERSION_KEY]);
  const plan = planMigration(stored);
  if (plan.action === 'newer' || plan.action === 'failed') warnOnce(plan.message);
  return normalizeSettings(migratedView(stored, plan));
}

/** Writes `values` and the current version in one `set`; refuses when a newer exkb saved the settings. */
export async function saveSettings(area: SettingsArea, values: Partial<Settings>): Promise<void> {
  const plan = planMigration(await area.get(STORAGE_VERSION_KEY));
  if (plan.action === 'newer') throw new NewerSettingsError(plan.message.replace('cannot be changed here', 'nothing was changed'));
  try {
    await area.set({ ...values, [STORAGE_VERSION_KEY]: CURRENT_STORAGE_VERSION });
  } catch (error) {
    throw new Error(describeWriteError(error), { cause: error });
  }
}

/**
 * A failed write in words a user can act on. One `set` is applied whole or not at all, so the
 * message can promise that nothing changed. Chromium words a full storage.local
 * "Resource::kQuotaBytes quota exceeded", Firefox "QuotaExceededError".
 */
export function describeWriteError(error: unknown): string {
  const said = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(said)) return `the browser's storage for exkb is full, so nothing was changed; remove imported entries you no longer need and try again (the browser said: ${said})`;
  return `saving failed, so nothing was changed (the browser said: ${said})`;
}

/** Brings the stored settings to the current version (background only); returns what was done. */
export async function migrateStoredSettings(area: SettingsArea): Promise<MigrationPlan> {
  const plan = planMigration(await area.get(null));
  if (plan.action === 'write') {
    try {
      await area.set(plan.values);
    } catch (error) {
      const failed: MigrationPlan = { action: 'failed', from: plan.from, message: `exkb: saving your migrated settings failed (${error instanceof Error ? error.message : String(error)}); they were left as they are` };
      console.warn(failed.message);
      return failed;
    }
  } else if (plan.action !== 'none') {
    console.warn(plan.message);
  }
  return plan;
}
