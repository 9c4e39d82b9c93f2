// What the legacy table tests share: the reference beside the clone (undefined when absent, and
// then the assertions that need it are skipped), the knowledge entry ids, and the checks every
// table makes of its versions and release names.
import assert from 'node:assert/strict';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { TARGETS, type ExchangeTarget } from './names.js';
import { referencePages } from './reference-pages.js';

export const REFERENCE = referencePages();

/** Why an assertion that needs the reference did not run. */
export const NO_REFERENCE = REFERENCE ? false : `no cmdlet reference at ../shared/reference/exchange-cmdlets`;

export const KNOWN_ENTRIES: ReadonlySet<string> = new Set(loadBundledKnowledge().entries.map((entry) => entry.id));

/** Non-empty, only real targets, each once, oldest first. */
export function assertVersions(versions: readonly ExchangeTarget[], where: string): void {
  assert.ok(versions.length > 0, `${where}: no versions`);
  assert.deepEqual([...versions], TARGETS.filter((target) => versions.includes(target)), `${where}: versions must be distinct targets, oldest first`);
}

/** "Exchange 2010 SP1" → the target and service pack; undefined for anything else. */
export function releaseOf(text: string): { readonly target: ExchangeTarget; readonly servicePack: number } | undefined {
  const match = /^Exchange (2007|2010|2013|2016|2019|SE)(?: SP([1-3]))?$/.exec(text);
  if (!match) return undefined;
  return { target: match[1]!.toLowerCase() as ExchangeTarget, servicePack: Number(match[2] ?? 0) };
}

/** The targets before `target` (on-premises order). */
export function targetsBefore(target: ExchangeTarget): ExchangeTarget[] {
  return TARGETS.slice(0, TARGETS.indexOf(target));
}
