// The cmdlet model's numbers for `npm run bench` (issue 4): load time and memory in fresh
// processes (cmdlet-model-child.ts), and completion latency of the real language server over stdio
// on the 5,000-line Exchange script: parameter completion after `-` and cmdlet completion where a
// command starts, on an analysed document, and right after an edit (which re-lints it first).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { LspClient, fileUri, temporaryFolder } from '../src/lsp/lsp-client.js';
import { benchScript } from './bench-script.js';
import { ms, report, summarise } from './stats.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cmdlet-model-child.js');
const LOAD_RUNS = 7;
const LINES = 5_000;
const REQUESTS = 200;
const EDITS = 50;

interface ModelRun {
  fileBytes: number;
  cmdlets: number;
  sets: number;
  parameters: number;
  startToImportMs: number;
  importMs: number;
  loadMs: number;
  startToLoadedMs: number;
  decodeMs: number;
  heapBefore: number;
  heapLoaded: number;
  heapDecoded: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

function modelRun(): ModelRun {
  const result = spawnSync(process.execPath, ['--expose-gc', CHILD], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cmdlet model bench failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as ModelRun;
}

export function benchModelLoad(): void {
  const runs = Array.from({ length: LOAD_RUNS }, modelRun);
  const first = runs[0]!;
  const of = (pick: (run: ModelRun) => number) => median(runs.map(pick));
  report(`Cmdlet model: ${first.cmdlets} cmdlets, ${first.sets} parameter sets, ${first.parameters} parameters (common ones included), ${mib(first.fileBytes)} JSON; median of ${LOAD_RUNS} fresh processes`, [
    ['process start → loadCmdletModel() done', ms(of((run) => run.startToLoadedMs))],
    ['  of which: Node start-up before the first import', ms(of((run) => run.startToImportMs))],
    ['  of which: module import', ms(of((run) => run.importMs))],
    ['  of which: loadCmdletModel() (read + JSON.parse + index)', ms(of((run) => run.loadMs))],
    ['decode every cmdlet\'s parameters and sets (first completion/hover of each pays its share)', ms(of((run) => run.decodeMs))],
    ['heap used before load / after load / after decoding all', `${mib(of((run) => run.heapBefore))} / ${mib(of((run) => run.heapLoaded))} / ${mib(of((run) => run.heapDecoded))}`],
    ['  model alone: loaded / decoded', `${mib(of((run) => run.heapLoaded - run.heapBefore))} / ${mib(of((run) => run.heapDecoded - run.heapBefore))}`],
  ]);
}

/** Lines of the script that start with a Verb-Noun command followed by a parameter. */
function commandLines(lines: readonly string[]): Array<{ line: number; nameEnd: number; dash: number }> {
  return lines.flatMap((text, line) => {
    const match = /^(\s*)([A-Z][a-z]+-[A-Za-z]+)( +)-[A-Za-z]/.exec(text);
    return match ? [{ line, nameEnd: match[1]!.length + match[2]!.length, dash: match[1]!.length + match[2]!.length + match[3]!.length }] : [];
  });
}

export async function benchCompletionLatency(): Promise<void> {
  const text = benchScript(LINES);
  const lines = text.split('\n');
  const targets = commandLines(lines);
  const client = new LspClient();
  try {
    await client.initialize();
    const uri = fileUri(path.join(temporaryFolder('exkb-bench-'), 'completion.ps1'));
    await client.open(uri, text);
    const complete = async (line: number, character: number) => {
      const list = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
      return Array.isArray(list) ? list.length : (list?.items.length ?? 0);
    };
    const pick = (index: number, count: number) => targets[Math.floor((index * targets.length) / count)]!;

    // The first of each kind pays for decoding what it touches; it is reported on its own.
    const firstParameterStart = performance.now();
    const firstParameters = await complete(pick(0, 1).line, pick(0, 1).dash + 1);
    const firstParameterMs = performance.now() - firstParameterStart;
    const firstCmdletStart = performance.now();
    const firstCmdlets = await complete(pick(0, 1).line, pick(0, 1).nameEnd - 3);
    const firstCmdletMs = performance.now() - firstCmdletStart;

    const parameterSamples: number[] = [];
    const cmdletSamples: number[] = [];
    let parameterItems = 0;
    let cmdletItems = 0;
    for (let index = 0; index < REQUESTS; index++) {
      const target = pick(index, REQUESTS);
      let start = performance.now();
      parameterItems += await complete(target.line, target.dash + 1);
      parameterSamples.push(performance.now() - start);
      start = performance.now();
      cmdletItems += await complete(target.line, target.nameEnd - 3);
      cmdletSamples.push(performance.now() - start);
    }

    // Typing: `-` inserted after a command, then completion at once (the server lints the new version first).
    const editSamples: number[] = [];
    for (let edit = 0; edit < EDITS; edit++) {
      const target = pick(edit, EDITS);
      const version = edit + 2;
      const start = performance.now();
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: target.line, character: target.nameEnd }, end: { line: target.line, character: target.nameEnd } }, text: ' -' }],
      });
      await complete(target.line, target.nameEnd + 2);
      editSamples.push(performance.now() - start);
      await client.diagnostics(uri, version);
    }

    const parameters = summarise(parameterSamples);
    const cmdlets = summarise(cmdletSamples);
    const edits = summarise(editSamples);
    report(`Completion over stdio: ${lines.length - 1}-line script, ${targets.length} command lines sampled`, [
      [`parameter completion after "-", first (${firstParameters} items)`, ms(firstParameterMs)],
      [`parameter completion p50 / p95 (${parameters.count} requests, ${(parameterItems / REQUESTS).toFixed(0)} items on average)`, `${ms(parameters.p50)} / ${ms(parameters.p95)}`],
      [`cmdlet completion where a command starts, first (${firstCmdlets} items)`, ms(firstCmdletMs)],
      [`cmdlet completion p50 / p95 (${cmdlets.count} requests, ${(cmdletItems / REQUESTS).toFixed(0)} items on average)`, `${ms(cmdlets.p50)} / ${ms(cmdlets.p95)}`],
      [`edit then parameter completion (re-lints the document) p50 / p95 (${edits.count} edits)`, `${ms(edits.p50)} / ${ms(edits.p95)}`],
    ]);
    await client.stop();
  } finally {
    client.kill();
  }
}
