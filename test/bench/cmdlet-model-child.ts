// The cmdlet model's cost in a fresh process (what `exkb lint` and a starting language server pay):
// time from process start to `loadCmdletModel()` done, then decoding every cmdlet's parameters and
// sets, with the heap before and after each step. Run with --expose-gc so the heap figures are live
// objects only. Prints one JSON line.
import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CmdletModel } from '../../language-server/src/exchange/model/cmdlet-model.js';
import { REPO_ROOT } from '../src/paths.js';

const heapUsed = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

const dist = path.join(REPO_ROOT, 'language-server', 'dist', 'src', 'exchange', 'model', 'load.js');
const importStart = performance.now();
const { loadCmdletModel, MODEL_FILE } = (await import(pathToFileURL(dist).href)) as { loadCmdletModel(): CmdletModel; MODEL_FILE: string };
const imported = performance.now();
const heapBefore = heapUsed();

const loadStart = performance.now();
const model = loadCmdletModel();
const loaded = performance.now();
const heapLoaded = heapUsed();

const decodeStart = performance.now();
let sets = 0;
let parameters = 0;
for (const cmdlet of model.cmdlets) {
  sets += cmdlet.sets.length;
  parameters += cmdlet.parameters.length;
}
const decoded = performance.now();
const heapDecoded = heapUsed();

process.stdout.write(
  `${JSON.stringify({
    fileBytes: statSync(MODEL_FILE).size,
    cmdlets: model.cmdlets.length,
    sets,
    parameters,
    startToImportMs: importStart,
    importMs: imported - importStart,
    loadMs: loaded - loadStart,
    startToLoadedMs: loaded,
    decodeMs: decoded - decodeStart,
    heapBefore,
    heapLoaded,
    heapDecoded,
  })}\n`,
);
