import { readFileSync } from 'node:fs';
import { buildBundle, findCodes, KnowledgeBase, type Entry } from '@exkb/knowledge';
import { BUNDLE_FILE } from '@exkb/knowledge/node';
import { processTerm, tokenize } from '@exkb/knowledge/search';
import MiniSearch from 'minisearch';
import { benchBrowserExtension } from './browser-extension.js';
import { benchCompletionLatency, benchModelLoad } from './cmdlet-model.js';
import { benchLspLatency } from './lsp-latency.js';
import { minisearchIndex } from './minisearch-baseline.js';
import { benchParse } from './parse-bench.js';
import { benchPathological } from './pathological.js';
import { loadQuerySet } from '../src/query-set.js';
import { ms, report, seededRandom, summarise, timeEach } from './stats.js';
import { syntheticEntries } from './synthetic.js';

/*
 * npm run bench: the numbers the issues ask for, printed as tables. Each figure is measured here,
 * in this run. Only the pathological part asserts: it exits non-zero when an input makes a path
 * super-linear or over budget. `npm run bench -- <part> [filter]` runs one part (`parts` lists them).
 */

const SYNTHETIC_SIZE = 20_000;
const LOAD_RUNS = 10;
const SEARCH_RUNS = 3;

function loadTimes(json: string) {
  return summarise(timeEach(LOAD_RUNS, () => KnowledgeBase.fromBundle(JSON.parse(json))));
}

function searchTimes(knowledge: KnowledgeBase, queries: readonly string[]) {
  for (const query of queries.slice(0, 50)) knowledge.search(query);
  const samples: number[] = [];
  for (let run = 0; run < SEARCH_RUNS; run++) samples.push(...timeEach(queries.length, (index) => knowledge.search(queries[index] ?? '')));
  return summarise(samples);
}

/** 1–3-word queries drawn from the entries' own words and codes. */
function wordQueries(entries: readonly Entry[], count: number): string[] {
  const random = seededRandom(7);
  const words = [...new Set(entries.flatMap((entry) => `${entry.title} ${entry.symptoms.join(' ')}`.toLowerCase().split(/[^a-z0-9.-]+/)).filter((word) => word.length > 3))];
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 3);
    return Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
  });
}

let loaded: { realJson: string; real: KnowledgeBase } | undefined;
function realBundle(): { realJson: string; real: KnowledgeBase } {
  if (!loaded) {
    const realJson = readFileSync(BUNDLE_FILE, 'utf8');
    loaded = { realJson, real: KnowledgeBase.fromBundle(JSON.parse(realJson)) };
  }
  return loaded;
}

/** Knowledge load and search: the real bundle, 20,000 synthetic entries, minisearch beside them. */
function benchSearch(): void {
  const { realJson, real } = realBundle();
  const realLoad = loadTimes(realJson);
  const labelled = loadQuerySet().map((query) => query.query);
  const realQueries = [...labelled, ...wordQueries(real.entries, 500)];
  const realSearch = searchTimes(real, realQueries);
  report(`Real bundle: ${real.entries.length} entries, ${(realJson.length / 1024).toFixed(0)} KiB`, [
    ['load (parse + index), p50', ms(realLoad.p50)],
    [`search p50 / p99 (${realSearch.count} queries)`, `${ms(realSearch.p50)} / ${ms(realSearch.p99)}`],
  ]);

  const buildStart = performance.now();
  const synthetic = buildBundle(syntheticEntries(real.entries, SYNTHETIC_SIZE), { contentHash: 'synthetic', sourceCommit: null, builtAt: '' });
  const buildTime = performance.now() - buildStart;
  const syntheticJson = JSON.stringify(synthetic);
  const syntheticLoad = loadTimes(syntheticJson);
  const large = KnowledgeBase.fromBundle(JSON.parse(syntheticJson));
  const indexJson = JSON.stringify(synthetic.index);
  const parseOnly = summarise(timeEach(LOAD_RUNS, () => JSON.parse(syntheticJson)));
  const syntheticWords = wordQueries(large.entries, 1000);
  const syntheticSearch = searchTimes(large, syntheticWords);
  const codeSearch = searchTimes(large, large.entries.slice(0, 500).map((entry) => entry.codes[0] ?? ''));
  const indexLoad = summarise(timeEach(LOAD_RUNS, () => KnowledgeBase.fromBundle({ ...synthetic, index: JSON.parse(indexJson) })));
  report(`Synthetic bundle: ${SYNTHETIC_SIZE} entries, ${(syntheticJson.length / 1048576).toFixed(1)} MiB (index ${(indexJson.length / 1048576).toFixed(1)} MiB)`, [
    ['build (index + code map)', ms(buildTime)],
    ['index load p50 (JSON.parse of the index + decode)', ms(indexLoad.p50)],
    ['whole bundle load p50 (JSON.parse of 20k entries + index)', ms(syntheticLoad.p50)],
    ['  of which JSON.parse of the whole bundle, p50', ms(parseOnly.p50)],
    [`word search p50 / p99 (${syntheticSearch.count} queries, 1–3 words)`, `${ms(syntheticSearch.p50)} / ${ms(syntheticSearch.p99)}`],
    [`code search p50 / p99 (${codeSearch.count} queries)`, `${ms(codeSearch.p50)} / ${ms(codeSearch.p99)}`],
  ]);

  // The same entries and queries through minisearch, configured like ours: the baseline we replaced.
  const baselineStart = performance.now();
  const baselineIndex = minisearchIndex(large.entries, tokenize, processTerm);
  const baselineBuild = performance.now() - baselineStart;
  const baselineJson = JSON.stringify(baselineIndex);
  const baselineLoad = summarise(timeEach(3, () => MiniSearch.loadJSON(baselineJson, { fields: Object.keys(baselineIndex.toJSON().fieldIds), tokenize, processTerm })));
  const baselineSamples: number[] = [];
  for (let run = 0; run < SEARCH_RUNS; run++) baselineSamples.push(...timeEach(syntheticWords.length, (index) => baselineIndex.search(syntheticWords[index] ?? '')));
  const baselineSearch = summarise(baselineSamples);
  report(`Baseline: minisearch on the same ${SYNTHETIC_SIZE} entries (index ${(baselineJson.length / 1048576).toFixed(1)} MiB)`, [
    ['build', ms(baselineBuild)],
    ['index load p50 (loadJSON)', ms(baselineLoad.p50)],
    [`word search p50 / p99 (${baselineSearch.count} queries)`, `${ms(baselineSearch.p50)} / ${ms(baselineSearch.p99)}`],
  ]);
}

/** Scan: real entries' text plus NDR-like lines, repeated to about 8 MiB. */
function benchScan(): void {
  const { real } = realBundle();
  const ndrLines = ["Remote Server returned '550 5.2.0 STOREDRV.Deliver'", 'Event ID 9373 logged', 'error 0x8004010F', 'HTTP/1.1 440 Login Timeout', 'see KB953467', 'build 15.2.1118.7 at 10.0.0.12'];
  const chunk = `${real.entries.map((entry) => entry.markdown).join('\n')}\n${ndrLines.join('\n')}\n`;
  const text = chunk.repeat(Math.ceil((8 * 1048576) / chunk.length));
  const megabytes = Buffer.byteLength(text) / 1048576;
  const scanTime = summarise(timeEach(3, () => real.scan(text))).p50;
  const findTime = summarise(timeEach(3, () => findCodes(text))).p50;
  const baseline = /\b[245]\.\d{1,3}\.\d{1,3}\b/g;
  const baselineTime = summarise(timeEach(3, () => text.match(baseline)?.length)).p50;
  report(`Scan over ${megabytes.toFixed(1)} MiB of entry text and NDR lines (${findCodes(text).length} codes)`, [
    ['KnowledgeBase.scan (codes + entries + lines)', `${(megabytes / (scanTime / 1000)).toFixed(0)} MB/s`],
    ['findCodes (all recognisers)', `${(megabytes / (findTime / 1000)).toFixed(0)} MB/s`],
    ['single-regex baseline (enhanced codes only)', `${(megabytes / (baselineTime / 1000)).toFixed(0)} MB/s`],
  ]);
}

/** Every part, in the order `npm run bench` runs them. */
const PARTS: Readonly<Record<string, (filter?: string) => void | Promise<void>>> = {
  search: benchSearch,
  scan: benchScan,
  // The lint core and the language server on a 5,000-line script, with tree-sitter beside them.
  parser: benchParse,
  lsp: benchLspLatency,
  // The cmdlet model (issue 4): load time and memory, and completion latency through the server.
  model: async () => {
    benchModelLoad();
    await benchCompletionLatency();
  },
  // The browser extension (issue 6) in Debian's Chromium: script sizes, a 1 MB page, worker memory.
  browser: benchBrowserExtension,
  // Issue 8: adversarial inputs against a time budget; the only part that fails the run.
  pathological: async (filter) => {
    const problems = await benchPathological(filter);
    if (problems.length > 0) {
      console.error(`\nbench: ${problems.length} pathological input(s) made a path super-linear or over budget (listed above as FAIL)`);
      process.exitCode = 1;
    }
  },
};

const [part, filter] = process.argv.slice(2);
if (part === 'parts' || (part !== undefined && !(part in PARTS))) {
  if (part !== 'parts') console.error(`bench: unknown part "${part}"`);
  console.log(`Parts: ${Object.keys(PARTS).join(', ')}. Run one with: npm run bench -- <part> [filter] (the pathological part keeps the cases whose target or input contains the filter).`);
  if (part !== 'parts') process.exitCode = 2;
} else {
  for (const [name, run] of Object.entries(PARTS)) if (part === undefined || part === name) await run(filter);
}
