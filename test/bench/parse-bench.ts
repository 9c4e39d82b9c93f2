// The parser's numbers for `npm run bench`: our tokenizer and parser (cold and warm) against
// tree-sitter-powershell on the same 5,000-line script, a single regex pass as the floor, and the
// real-script corpus. Each measurement runs in a fresh process (parse-bench-child.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchScript } from './bench-script.js';
import { ms, report } from './stats.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parse-bench-child.js');
const LINES = 5000;
const COLD_RUNS = 7;

interface Summary {
  readonly p50: number;
  readonly p95: number;
}

function child<T>(mode: string, file?: string): T {
  const result = spawnSync(process.execPath, [CHILD, mode, ...(file ? [file] : [])], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`parse bench (${mode}) failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as T;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export function benchParse(): void {
  const text = benchScript(LINES);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'exkb-parse-bench-')), 'bench.ps1');
  writeFileSync(file, text);

  const colds = Array.from({ length: COLD_RUNS }, () => child<{ importMs: number; parseMs: number; commands: number; errors: number; tokens: number }>('cold', file));
  const coldParse = colds.map((run) => run.parseMs);
  const warm = child<{ parse: Summary; scan: Summary; regex: Summary }>('warm', file);
  const lintColds = Array.from({ length: COLD_RUNS }, () => child<{ lintMs: number; findings: number }>('lint-cold', file));
  const lintWarm = child<{ lint: Summary }>('lint-warm', file);
  const treeSitter = child<{ initMs: number; firstMs: number; full: Summary; incremental: Summary; hasError: boolean }>('tree-sitter', file);
  const kib = (Buffer.byteLength(text) / 1024).toFixed(0);
  report(`Parser: ${LINES}-line Exchange script (${kib} KiB, ${colds[0]?.tokens ?? 0} tokens, ${colds[0]?.commands ?? 0} commands, ${colds[0]?.errors ?? 0} syntax errors)`, [
    ['tokenizer alone (one command-mode pass), warm p50', ms(warm.scan.p50)],
    [`parse + command view, cold (first call in a fresh process; median / best of ${COLD_RUNS})`, `${ms(median(coldParse))} / ${ms(Math.min(...coldParse))}`],
    ['  module import before that first call, median', ms(median(colds.map((run) => run.importMs)))],
    ['parse + command view, warm p50 / p95', `${ms(warm.parse.p50)} / ${ms(warm.parse.p95)}`],
    [`full lint (parse + ${lintColds[0]?.findings ?? 0} findings from every rule), first call in a fresh process, median / best`, `${ms(median(lintColds.map((run) => run.lintMs)))} / ${ms(Math.min(...lintColds.map((run) => run.lintMs)))}`],
    ['full lint from scratch in a running process (the server, a second file), p50 / p95', `${ms(lintWarm.lint.p50)} / ${ms(lintWarm.lint.p95)}`],
    ['tree-sitter-powershell: full parse, first / warm p50', `${ms(treeSitter.firstMs)} / ${ms(treeSitter.full.p50)}`],
    ['tree-sitter-powershell: incremental reparse after a one-character edit, p50', ms(treeSitter.incremental.p50)],
    ['tree-sitter-powershell: ERROR nodes in this script', treeSitter.hasError ? 'yes' : 'no'],
    ['single regex pass over the file (floor), p50', ms(warm.regex.p50)],
  ]);

  const corpus = child<{ files: number; lines: number; firstPassMs: number; secondPassMs: number; largest: { name: string; lines: number; firstMs: number; secondMs: number } | null }>('corpus');
  if (corpus.files === 0) {
    report('Parser: real-script corpus', [['corpus', 'absent (../shared/corpus/scripts)']]);
    return;
  }
  report(`Parser: real-script corpus (${corpus.files} files, ${corpus.lines} lines)`, [
    ['all files, first pass in a fresh process', ms(corpus.firstPassMs)],
    ['all files, second pass', ms(corpus.secondPassMs)],
    [`largest: ${corpus.largest?.name} (${corpus.largest?.lines} lines), first / second pass`, `${ms(corpus.largest?.firstMs ?? Number.NaN)} / ${ms(corpus.largest?.secondMs ?? Number.NaN)}`],
  ]);
}
