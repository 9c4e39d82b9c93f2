// `npm run package -w exkb-browser`: bundles, then zips each unpacked build into
// `dist/exkb-<target>-<version>.zip` (sorted entries, fixed timestamps: the same input gives the
// same bytes). The unpacked folders stay for `--load-extension` and `web-ext`.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { bundle, extensionVersion, TARGETS, type BundleOptions } from './bundle.js';
import type { Target } from '../src/manifest.js';
import { EXTENSION_ROOT } from './paths.js';

/** 1980-01-01, the earliest time a zip can hold: fixed, so the archive does not depend on when it was made. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function zipFolder(folder: string, files: readonly string[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of [...files].sort()) entries[file] = [readFileSync(path.join(folder, file)), { mtime: ZIP_TIME, level: 9 }];
  return zipSync(entries);
}

export async function packageExtension(outDir: string = path.join(EXTENSION_ROOT, 'dist'), options: BundleOptions = {}): Promise<Record<Target, string>> {
  const result = await bundle(outDir, options);
  const version = extensionVersion();
  const zips = {} as Record<Target, string>;
  for (const target of TARGETS) {
    const zip = path.join(outDir, `exkb-${target}-${version}.zip`);
    writeFileSync(zip, zipFolder(result.folders[target], result.files));
    zips[target] = zip;
  }
  return zips;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const started = performance.now();
    const zips = await packageExtension(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
    const list = Object.values(zips).map((zip) => `${path.relative(process.cwd(), zip)} (${(statSync(zip).size / 1024).toFixed(0)} KiB)`);
    console.log(`exkb package: ${list.join(', ')} in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    // esbuild has already printed its errors with their locations; the stack would only add noise.
    console.error(`exkb package: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
