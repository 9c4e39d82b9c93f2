// What every legacy table shares: the versions a fact can name, the shape of a cmdlet name, and a
// case-insensitive index, because PowerShell finds `get-storagegroup` as readily as
// `Get-StorageGroup`.
import { ON_PREMISES_TARGETS, TARGET_ORDER, type ExchangeTarget } from '../model/targets.js';

export type { ExchangeTarget };

/** Oldest first; Exchange Online last. */
export const TARGETS: readonly ExchangeTarget[] = TARGET_ORDER;

export const ON_PREMISES: readonly ExchangeTarget[] = ON_PREMISES_TARGETS;

/** `Verb-Noun`: a capitalised verb (`ForEach`), one hyphen, a noun of letters and digits (`Get-EXOMailbox`, `Test-MAPIConnectivity`). */
export const VERB_NOUN = /^[A-Z][A-Za-z]+-[A-Za-z][A-Za-z0-9]*$/;

/** The noun of `Verb-Noun`, or undefined when the name has no hyphen. */
export function nounOf(name: string): string | undefined {
  const hyphen = name.indexOf('-');
  return hyphen > 0 ? name.slice(hyphen + 1) : undefined;
}

/**
 * `name` without a module qualifier (`ActiveDirectory\Get-ADUser` → `Get-ADUser`) and the
 * qualifier, if any.
 */
export function splitQualified(name: string): { readonly module?: string; readonly name: string } {
  const slash = name.lastIndexOf('\\');
  return slash < 0 ? { name } : { module: name.slice(0, slash), name: name.slice(slash + 1) };
}

/**
 * A lookup of `rows` by a name they carry, ignoring case. Throws when two rows share a name, so a
 * table with a duplicate fails its test and never loads half-right.
 */
export function indexByName<Row>(rows: readonly Row[], nameOf: (row: Row) => string): ReadonlyMap<string, Row> {
  const index = new Map<string, Row>();
  for (const row of rows) {
    const key = nameOf(row).toLowerCase();
    if (index.has(key)) throw new Error(`exkb: "${nameOf(row)}" is listed twice in a legacy table`);
    index.set(key, row);
  }
  return index;
}
