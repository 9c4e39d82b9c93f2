// Pathological inputs against a time budget (issue 8): every code recogniser and findCodes, the
// entry parser and validator, the PowerShell tokenizer and parser, and the lint, each fed the
// adversarial texts of pathological-inputs.ts at sizes n, 2n, 4n and 8n. Regex backtracking and
// quadratic algorithms show as time per character growing with the size. The part FAILS when the
// time per character at 8n is more than MAX_GROWTH times that at n, or when one run takes longer
// than its target's stated budget. Node's own speed varies with the machine, so the budgets are
// loose; the growth ratio is what catches a super-linear path.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkEntries, findCodes, parseEntry, RECOGNISERS } from '@exkb/knowledge';
import { lint } from 'exkb-language-server';
import { parseScript } from 'exkb-language-server/powershell';
import type { Mode as ModeEnum } from '../../language-server/src/powershell/tokenizer.js';
import { REPO_ROOT } from '../src/paths.js';
import { CODE_TEXTS, ENTRY_TEXTS, SCRIPT_TEXTS, type AdversarialInput } from './pathological-inputs.js';
import { ms } from './stats.js';

/** Time per character at 8n over time per character at n; above this, the path is super-linear. */
export const MAX_GROWTH = 3;
/**
 * The growth is judged only when the run at 8n takes at least this long: below it, timer noise and
 * one garbage collection decide the ratio, and a path that still does 512 KiB in 20 ms is no danger.
 */
const MIN_JUDGED_MS = 20;

const KIB = 1024;
const MIB = 1024 * KIB;
/** n, 2n, 4n, 8n from 64 KiB. */
const SMALL = [64 * KIB, 128 * KIB, 256 * KIB, 512 * KIB];
/** n, 2n, 4n, 8n up to 10 MB, for texts that are one long line. */
const ONE_LINE = [1.25 * MIB, 2.5 * MIB, 5 * MIB, 10 * MIB];
/** Entries stop at MAX_ENTRY_CHARS (32 K characters, refused unparsed above it): n, 2n, 4n, 8n up to 24 KiB plus front matter. */
const ENTRY_SIZES = [3 * KIB, 6 * KIB, 12 * KIB, 24 * KIB];
/** The lint keeps every finding of a line: up to 2 MB (a million findings would measure memory, not time). */
const LINT_LINE = [256 * KIB, 512 * KIB, MIB, 2 * MIB];

/** Texts that are one line, for the 10 MB sizes. */
const ONE_LINE_SCRIPTS = new Set(['unclosed double quote with variables', '$( nested, never closed', 'backtick run', '<# without its end', 'one long pipeline a | a | …', 'one long array 1,1,1…', 'digits and dots as a command', 'strings with escaped quotes in $( )', 'one command, -Foo bar repeated']);
const LONG_LINT = new Set(['one command, -Foo bar repeated', 'distinct unknown parameters', 'distinct unknown cmdlets, one per line']);

interface Target {
  readonly name: string;
  /** The most one run may take, in ms, at any size. */
  readonly budgetMs: number;
  /** Returns the work to time on a text (preparation outside the timing). */
  readonly prepare: (text: string) => () => unknown;
}

interface Series {
  readonly target: Target;
  readonly input: AdversarialInput;
  readonly sizes: readonly number[];
}

export interface SeriesResult {
  readonly target: string;
  readonly input: string;
  readonly sizes: readonly number[];
  readonly times: readonly number[];
  readonly growth: number;
  readonly problems: readonly string[];
}

async function tokenizer(): Promise<{ scanAll(text: string, mode: ModeEnum): unknown; Mode: typeof ModeEnum }> {
  const url = pathToFileURL(path.join(REPO_ROOT, 'language-server', 'dist', 'src', 'powershell', 'tokenizer.js')).href;
  return (await import(url)) as { scanAll(text: string, mode: ModeEnum): unknown; Mode: typeof ModeEnum };
}

/** The best of several runs: at least three, and until about 40 ms were spent; one run over `budgetMs` ends it. */
function bestTime(work: () => unknown, budgetMs: number): number {
  let best = Number.POSITIVE_INFINITY;
  let spent = 0;
  for (let run = 0; run < 3 || (spent < 40 && run < 50); run++) {
    const start = performance.now();
    work();
    const elapsed = performance.now() - start;
    best = Math.min(best, elapsed);
    spent += elapsed;
    if (elapsed > budgetMs) break;
  }
  return best;
}

/** How many halvings below n the ramp starts: a quadratic path passes its budget there, not at n after minutes. */
const RAMP_STEPS = 6;

function measure(series: Series): SeriesResult {
  const { target, input, sizes } = series;
  const first = sizes[0] ?? 0;
  const over = (at: number, time: number) => `${target.name} on "${input.name}" at ${size(at)}: ${ms(time)}, over its budget of ${ms(target.budgetMs)}`;
  // Once each from n/64 up to n/2: the JIT warms up, and a blow-up shows while runs are still
  // short. Past the budget at any step, or (warm by then) half of it at n/2 or a quarter at n/4,
  // means the budget is gone at n: no need to wait for it.
  for (let step = RAMP_STEPS; step >= 1; step--) {
    const at = Math.max(1, Math.floor(first / 2 ** step));
    const start = performance.now();
    target.prepare(input.make(at))();
    const time = performance.now() - start;
    if (time > target.budgetMs / (step <= 2 ? 2 ** step : 1)) {
      const problem = `${target.name} on "${input.name}" at ${size(at)} (n/${2 ** step}): ${ms(time)}, so more than its budget of ${ms(target.budgetMs)} at n`;
      return { target: target.name, input: input.name, sizes: [], times: [], growth: Number.NaN, problems: [problem] };
    }
  }
  const times: number[] = [];
  const problems: string[] = [];
  for (const at of sizes) {
    const time = bestTime(target.prepare(input.make(at)), target.budgetMs);
    times.push(time);
    // Over budget: larger sizes would only take longer.
    if (time > target.budgetMs) {
      problems.push(over(at, time));
      break;
    }
  }
  const measured = sizes.slice(0, times.length);
  const growth = (times.at(-1) ?? Number.NaN) / (measured.at(-1) ?? 1) / ((times[0] ?? Number.NaN) / first);
  if (growth > MAX_GROWTH && (times.at(-1) ?? 0) >= MIN_JUDGED_MS) {
    problems.push(`${target.name} on "${input.name}": time per character grew ${growth.toFixed(1)}x from ${size(first)} to ${size(measured.at(-1) ?? 0)} (limit ${MAX_GROWTH}x): super-linear`);
  }
  return { target: target.name, input: input.name, sizes: measured, times, growth, problems };
}

function size(characters: number): string {
  return characters >= MIB ? `${+(characters / MIB).toFixed(2)} MiB` : `${characters / KIB} KiB`;
}

async function targets(): Promise<{ codes: Target[]; findAll: Target; entries: Target[]; tokenize: Target; parse: Target; lintText: Target }> {
  const { scanAll, Mode } = await tokenizer();
  return {
    codes: RECOGNISERS.map((recogniser) => ({ name: `recogniser ${recogniser.kind}`, budgetMs: 500, prepare: (text) => () => recogniser.find(text) })),
    findAll: { name: 'findCodes', budgetMs: 3_000, prepare: (text) => () => findCodes(text) },
    entries: [
      { name: 'parseEntry', budgetMs: 5_000, prepare: (text) => () => parseEntry(text, 'mail-flow/pathological.md') },
      { name: 'checkEntries', budgetMs: 5_000, prepare: (text) => () => checkEntries([{ relativePath: 'mail-flow/pathological.md', file: 'pathological.md', text }]) },
    ],
    tokenize: { name: 'tokenizer', budgetMs: 3_000, prepare: (text) => () => scanAll(text, Mode.Command) },
    parse: { name: 'parseScript', budgetMs: 15_000, prepare: (text) => () => parseScript(text) },
    lintText: { name: 'lint', budgetMs: 5_000, prepare: (text) => () => lint(text) },
  };
}

/** Every series of the part, in the order printed. */
async function allSeries(): Promise<Series[]> {
  const { codes, findAll, entries, tokenize, parse, lintText } = await targets();
  return [
    ...[...codes, findAll].flatMap((target) => CODE_TEXTS.map((input) => ({ target, input, sizes: SMALL }))),
    ...CODE_TEXTS.map((input) => ({ target: findAll, input, sizes: ONE_LINE })),
    ...entries.flatMap((target) => ENTRY_TEXTS.map((input) => ({ target, input, sizes: ENTRY_SIZES }))),
    ...[tokenize, parse, lintText].flatMap((target) => SCRIPT_TEXTS.map((input) => ({ target, input, sizes: SMALL }))),
    ...[tokenize, parse].flatMap((target) => SCRIPT_TEXTS.filter((input) => ONE_LINE_SCRIPTS.has(input.name)).map((input) => ({ target, input, sizes: ONE_LINE }))),
    ...SCRIPT_TEXTS.filter((input) => LONG_LINT.has(input.name)).map((input) => ({ target: lintText, input, sizes: LINT_LINE })),
  ];
}

/**
 * Runs the part and prints one table per target; returns every problem found (empty: all within
 * budget). `filter` keeps the series whose target or input contains it, to rerun one case.
 */
export async function benchPathological(filter?: string): Promise<string[]> {
  // The lint reads the shipped cmdlet model once per process: not a cost of the first input.
  lint('Get-Mailbox -Identity x');
  const series = (await allSeries()).filter(({ target, input }) => !filter || `${target.name} ${input.name}`.includes(filter));
  const results: SeriesResult[] = [];
  let table = '';
  let width = 0;
  for (const one of series) {
    // One table per target and size range, printed as it is measured.
    const title = `${one.target.name}, ${size(one.sizes[0] ?? 0)} … ${size(one.sizes.at(-1) ?? 0)} (budget ${ms(one.target.budgetMs)} a run)`;
    if (title !== table) {
      table = title;
      width = Math.max(...series.filter((other) => other.target === one.target).map((other) => other.input.name.length));
      console.log(`\nPathological input: ${title}`);
    }
    const result = measure(one);
    results.push(result);
    const times = one.sizes.map((_, index) => (result.times[index] === undefined ? '—' : ms(result.times[index]!)).padStart(10)).join(' ');
    const growth = Number.isNaN(result.growth) ? '' : `per char x${result.growth.toFixed(2)}`;
    console.log(`  ${result.input.padEnd(width)}  ${times}   ${growth}${result.problems.length > 0 ? `   FAIL (${result.problems[0]?.split(': ').slice(1).join(': ')})` : ''}`);
  }
  const problems = results.flatMap((result) => result.problems);
  console.log(`\nPathological inputs: ${results.length} series, ${problems.length === 0 ? `all linear (growth at most ${MAX_GROWTH}x) and within budget` : `${problems.length} problem(s)`}`);
  for (const problem of problems) console.log(`  FAIL ${problem}`);
  return problems;
}
