// Whether an unknown `Verb-Noun` command looks like an Exchange cmdlet, decided from the names
// of the model: the same verb with a noun one or two letters off an Exchange cmdlet's
// (`Get-MailboxStatistic`), or an Exchange noun with a verb no Exchange cmdlet has for it
// (`Delete-Mailbox`, `Gte-Mailbox`). Measured on the real-script corpus: a function of another
// file that extends a cmdlet name with a word (`Get-ExchangeServerIPs`) is not a typo, and a name
// that is an Exchange cmdlet with something inserted before its noun is a session prefix
// (`Get-EOMailbox` after `Connect-ExchangeOnline -Prefix EO`), which the caller decides.
import type { CmdletModel } from '../../exchange/model/cmdlet-model.js';
import { closestNames, editDistance } from './closest-name.js';

export type LookalikeKind =
  /** The verb of an Exchange cmdlet and a noun a few letters off its noun. */
  | 'misspelt'
  /** An Exchange noun with a verb that no Exchange cmdlet has for it. */
  | 'verb';

export interface Lookalike {
  readonly kind: LookalikeKind;
  /** Exchange cmdlets it may have meant, as the model spells them; may be empty for `verb`. */
  readonly suggestions: readonly string[];
  /** For `verb`: the cmdlets that exist with this noun, as the model spells them. */
  readonly sameNoun: readonly string[];
}

/** Verbs people write for what an Exchange verb does (the keys are not approved PowerShell verbs). */
const VERB_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  delete: ['Remove'],
  erase: ['Remove'],
  create: ['New'],
  make: ['New'],
  modify: ['Set'],
  change: ['Set'],
  edit: ['Set'],
  configure: ['Set'],
  list: ['Get'],
  show: ['Get'],
  fetch: ['Get'],
  retrieve: ['Get'],
  query: ['Get'],
  read: ['Get'],
  run: ['Start'],
  execute: ['Start'],
  check: ['Test'],
  verify: ['Test'],
};

export function exchangeLookalike(name: string, model: CmdletModel): Lookalike | undefined {
  // Scripts call the same few functions many times, and the editor lints the same text again and again.
  const index = indexOf(model);
  const key = name.toLowerCase();
  if (index.verdicts.has(key)) return index.verdicts.get(key) ?? undefined;
  const verdict = judge(name, model, index);
  if (index.verdicts.size >= MAX_REMEMBERED) index.verdicts.clear();
  index.verdicts.set(key, verdict ?? null);
  return verdict;
}

/** How many names' verdicts are kept per model. */
const MAX_REMEMBERED = 5000;

function judge(name: string, model: CmdletModel, index: NameIndex): Lookalike | undefined {
  const parts = splitVerbNoun(name);
  if (!parts) return undefined;
  const { verb, noun } = parts;
  const misspelt = closestOfVerb(name, verb, noun, index).filter((candidate) => isMisspelling(name, candidate));
  if (misspelt.length > 0) return { kind: 'misspelt', suggestions: misspelt, sameNoun: [] };
  const longer = truncated(name, index);
  if (longer.length > 0) return { kind: 'misspelt', suggestions: longer, sameNoun: [] };
  const sameNoun = index.byNoun.get(noun.toLowerCase());
  if (!sameNoun || sameNoun.some((cmdlet) => verbOf(cmdlet).toLowerCase() === verb.toLowerCase())) return undefined;
  // A verb Exchange uses elsewhere was chosen, not mistyped: `Get-MailboxDatabaseCopy` is no Set-MailboxDatabaseCopy.
  const mistyped = index.verbs.has(verb.toLowerCase()) ? [] : closestNames(verb, sameNoun.map(verbOf), 1);
  const wanted = VERB_SYNONYMS[verb.toLowerCase()] ?? mistyped;
  const suggestions = sameNoun.filter((cmdlet) => wanted.some((synonym) => synonym.toLowerCase() === verbOf(cmdlet).toLowerCase()));
  return { kind: 'verb', suggestions, sameNoun };
}

/** More edits than this make a name of its own (`Get-MBRecipientPermissions` is a function, not Get-RecipientPermission mistyped). */
const MAX_TYPO_EDITS = 2;

/**
 * A misspelling keeps the verb and changes the noun inside, or by a trailing `s`; a longer name
 * that starts with the cmdlet's whole name is a function of its own (`Get-ExchangeServerIPs`).
 */
function isMisspelling(name: string, candidate: string): boolean {
  const written = name.toLowerCase();
  const known = candidate.toLowerCase();
  if (verbOf(written) !== verbOf(known) || editDistance(written, known, MAX_TYPO_EDITS) > MAX_TYPO_EDITS) return false;
  if (written.startsWith(known)) return PLURAL_OR_SLIP.has(written.slice(known.length)) || written.length - known.length === 1;
  return true;
}

/** What a slip adds at the end of a cmdlet's name: a plural or one stray letter. */
const PLURAL_OR_SLIP: ReadonlySet<string> = new Set(['s', 'es']);

/** Nouns shorter than this are too general to finish (`Get-Mail` could become a dozen cmdlets). */
const MIN_TRUNCATED_NOUN = 8;

/** The cmdlets (at most three) whose name the written one cuts short: `Get-MailboxDatabaseCopy` → Get-MailboxDatabaseCopyStatus. */
function truncated(name: string, index: NameIndex): string[] {
  const parts = splitVerbNoun(name);
  if (!parts || parts.noun.length < MIN_TRUNCATED_NOUN) return [];
  const lower = name.toLowerCase();
  // The names starting with `lower` are one run of the sorted keys; four of them are already too many.
  const longer: string[] = [];
  for (let at = firstAtLeast(index.sortedKeys, lower); at < index.sortedKeys.length && longer.length <= 3; at++) {
    const { key, name: cmdletName } = index.sortedKeys[at]!;
    if (!key.startsWith(lower)) break;
    longer.push(cmdletName);
  }
  return longer.length <= 3 ? longer.sort((a, b) => index.order.get(a)! - index.order.get(b)!) : [];
}

function firstAtLeast(sorted: readonly KeyedName[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.key < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The cmdlets of the same verb nearest to the name, as the model's `closest` would find them
 * (a limit of one edit per six letters, at most MAX_TYPO_EDITS), but among the verb's nouns only:
 * a misspelling keeps its verb, and comparing with every cmdlet made this the cost of the rule.
 */
function closestOfVerb(name: string, verb: string, noun: string, index: NameIndex): string[] {
  const cmdlets = index.byVerb.get(verb.toLowerCase());
  if (!cmdlets) return [];
  const limit = Math.min(MAX_TYPO_EDITS, Math.max(1, Math.floor(name.length / 6)));
  // The length difference and the letters only one word has are cheap lower bounds of the edit
  // distance: most nouns end there, before any distance is computed.
  const lower = noun.toLowerCase();
  const letters = letterCounts(lower);
  const near = cmdlets.filter((cmdlet) => Math.abs(cmdlet.noun.length - lower.length) <= limit && bagDistance(letters, lower.length, cmdlet.lowerNoun) <= limit);
  const found = new Set(closestNames(noun, near.map((cmdlet) => cmdlet.noun), limit).map((closest) => closest.toLowerCase()));
  return near.filter((cmdlet) => found.has(cmdlet.lowerNoun)).map((cmdlet) => cmdlet.name);
}

/** Counts of each UTF-16 unit of a word, folded into LETTER_SLOTS slots (a collision only lowers the bound). */
function letterCounts(word: string): Uint16Array {
  const counts = new Uint16Array(LETTER_SLOTS);
  for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) & (LETTER_SLOTS - 1)]!++;
  return counts;
}

const LETTER_SLOTS = 64;
const unmatched = new Uint16Array(LETTER_SLOTS);

/** The larger of the letters only one word has, each way: never more than their edit distance. */
function bagDistance(counts: Uint16Array, length: number, other: string): number {
  unmatched.set(counts);
  let matched = 0;
  for (let i = 0; i < other.length; i++) {
    const slot = other.charCodeAt(i) & (LETTER_SLOTS - 1);
    if (unmatched[slot]! > 0) {
      unmatched[slot]!--;
      matched++;
    }
  }
  return Math.max(length - matched, other.length - matched);
}

/** `Verb-Noun`, any case, the noun of letters and digits; undefined for anything else. */
export function splitVerbNoun(name: string): { verb: string; noun: string } | undefined {
  const match = /^([A-Za-z]+)-([A-Za-z][A-Za-z0-9]*)$/.exec(name);
  return match ? { verb: match[1]!, noun: match[2]! } : undefined;
}

/** True when the noun is an Exchange cmdlet's noun (with this verb) after some leading text: `Get-EOMailbox`. */
export function looksPrefixed(name: string, model: CmdletModel): string | undefined {
  const parts = splitVerbNoun(name);
  if (!parts) return undefined;
  for (let start = 1; start <= parts.noun.length - 2; start++) {
    const cmdlet = model.cmdlet(`${parts.verb}-${parts.noun.slice(start)}`);
    if (cmdlet) return cmdlet.name;
  }
  return undefined;
}

function verbOf(name: string): string {
  return name.slice(0, name.indexOf('-'));
}

interface VerbCmdlet {
  /** As the model spells it. */
  readonly name: string;
  /** The noun, as the model spells it. */
  readonly noun: string;
  readonly lowerNoun: string;
}

interface KeyedName {
  readonly key: string;
  readonly name: string;
}

interface NameIndex {
  /** Lower-case noun → the cmdlets with it. */
  readonly byNoun: ReadonlyMap<string, readonly string[]>;
  /** The verbs of Exchange cmdlets, lower case. */
  readonly verbs: ReadonlySet<string>;
  /** Lower-case verb → the cmdlets with it, in the model's order. */
  readonly byVerb: ReadonlyMap<string, readonly VerbCmdlet[]>;
  /** Every cmdlet by its lookup key, sorted by key, for prefix runs. */
  readonly sortedKeys: readonly KeyedName[];
  /** A cmdlet's name → its place in the model, to answer in the model's order. */
  readonly order: ReadonlyMap<string, number>;
  /** Verdicts already reached, by lower-case name (null: not like an Exchange cmdlet). */
  readonly verdicts: Map<string, Lookalike | null>;
}

const INDEXES = new WeakMap<CmdletModel, NameIndex>();

function indexOf(model: CmdletModel): NameIndex {
  let index = INDEXES.get(model);
  if (!index) {
    const byNoun = new Map<string, string[]>();
    const byVerb = new Map<string, VerbCmdlet[]>();
    for (const cmdlet of model.cmdlets) {
      const parts = splitVerbNoun(cmdlet.name);
      if (!parts) continue;
      const noun = parts.noun.toLowerCase();
      const verb = parts.verb.toLowerCase();
      byNoun.set(noun, [...(byNoun.get(noun) ?? []), cmdlet.name]);
      const ofVerb = byVerb.get(verb) ?? [];
      ofVerb.push({ name: cmdlet.name, noun: parts.noun, lowerNoun: noun });
      byVerb.set(verb, ofVerb);
    }
    const sortedKeys = model.cmdlets.map((cmdlet) => ({ key: cmdlet.key, name: cmdlet.name })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const order = new Map(model.cmdlets.map((cmdlet, place) => [cmdlet.name, place]));
    index = { byNoun, verbs: new Set(byVerb.keys()), byVerb, sortedKeys, order, verdicts: new Map() };
    INDEXES.set(model, index);
  }
  return index;
}
