#!/usr/bin/env node
// node dist/scripts/import-cmdlets/main.js [referenceFolder] [outFile]
// Imports the Exchange cmdlet reference into language-server/model/exchange-cmdlets.json. The
// reference's slips are printed as file:line and do not stop the import; only a missing folder or
// a folder with no importable page exits non-zero.

import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importFolder, ReferenceFolderError } from './import.js';
import { DEFAULT_MODEL_FILE, DEFAULT_REFERENCE_FOLDER } from './paths.js';
import { formatProblem } from './problems.js';
import { serializeModel } from './serialize.js';
import { formatSummary, summarize } from './summary.js';

const USAGE = 'usage: node dist/scripts/import-cmdlets/main.js [referenceFolder] [outFile]';

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (args.length > 2) {
    console.error(USAGE);
    return 2;
  }
  const folder = path.resolve(args[0] ?? DEFAULT_REFERENCE_FOLDER);
  const outFile = path.resolve(args[1] ?? DEFAULT_MODEL_FILE);
  let result;
  try {
    result = await importFolder(folder);
  } catch (error) {
    if (!(error instanceof ReferenceFolderError)) throw error;
    console.error(`import-cmdlets: ${error.message}`);
    return 1;
  }
  const where = path.relative(process.cwd(), folder) || '.';
  for (const problem of result.problems) console.error(formatProblem({ ...problem, file: path.join(where, problem.file) }));
  if (result.model.cmdlets.length === 0) {
    console.error(`import-cmdlets: no cmdlet page could be imported from ${folder} (${result.pages} page(s) read)`);
    return 1;
  }
  const text = serializeModel(result.model);
  await mkdir(path.dirname(outFile), { recursive: true });
  // Written beside and renamed, so the server never reads half a model.
  const temporary = `${outFile}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, outFile);
  console.log(formatSummary(summarize(result.model, result.problems)));
  console.log(`${Buffer.byteLength(text)} bytes → ${path.relative(process.cwd(), outFile)} (reference commit ${result.model.source.commit})`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
