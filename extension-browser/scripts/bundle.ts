// `npm run bundle -w exkb-browser`: builds the unpacked extension for each browser into
// `dist/chromium/` and `dist/firefox/`: the scripts and styles as esbuild bundles (no remote code,
// nothing loaded from outside the package), the pages, icons and data files, manifest.json and
// THIRD-PARTY-NOTICES.md. File names come from src/shared/files.ts.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { bundledPackages, NOTICES_FILE, noticesMarkdown } from 'exkb-vscode/third-party-notices';
import { manifest, type Target } from '../src/manifest.js';
import { FILES } from '../src/shared/files.js';
import { EXTENSION_ROOT, REPO_ROOT } from './paths.js';

export const TARGETS: readonly Target[] = ['chromium', 'firefox'];
const ENGINE: Record<Target, string> = { chromium: 'chrome120', firefox: 'firefox128' };

/** Script bundles: output file → source entry point (relative to the extension) and format. */
export const SCRIPTS: readonly { out: string; source: string; format: 'iife' | 'esm' }[] = [
  { out: FILES.background, source: 'src/background/main.ts', format: 'iife' },
  { out: FILES.content, source: 'src/content/main.ts', format: 'iife' },
  { out: FILES.powershell, source: 'src/content/powershell/chunk.ts', format: 'esm' },
  { out: FILES.popup.js, source: 'src/popup/main.ts', format: 'iife' },
  { out: FILES.options.js, source: 'src/options/main.ts', format: 'iife' },
  { out: FILES.entry.js, source: 'src/entry-page/main.ts', format: 'iife' },
];
/** Pages and their styles: output file → source (styles bundled, so shared CSS can be `@import`ed). */
export const PAGES: readonly { html: string; css: string; folder: string }[] = [
  { html: FILES.popup.html, css: FILES.popup.css, folder: 'src/popup' },
  { html: FILES.options.html, css: FILES.options.css, folder: 'src/options' },
  { html: FILES.entry.html, css: FILES.entry.css, folder: 'src/entry-page' },
];
/** Data files copied as they are: output file → repository path. */
export const DATA: readonly { out: string; source: string }[] = [
  { out: FILES.knowledge, source: 'knowledge/dist/knowledge.json' },
  { out: FILES.cmdletModel, source: 'language-server/model/exchange-cmdlets.json' },
];

export interface BundleResult {
  /** The unpacked extension folder per target. */
  folders: Record<Target, string>;
  /** The files of each folder (the same for both targets), sorted, with `/` separators. */
  files: string[];
  /** Bytes of each script bundle (from the Chromium build). */
  sizes: Record<string, number>;
}

export function extensionVersion(): string {
  return (JSON.parse(readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export interface BundleOptions {
  /** Where `src/` and `static/` are read from (default: the extension's folder); packages resolve from the repository. */
  sourceRoot?: string;
}

/** Builds both targets into `<outDir>/chromium` and `<outDir>/firefox` (default: the extension's dist/). */
export async function bundle(outDir: string = path.join(EXTENSION_ROOT, 'dist'), options: BundleOptions = {}): Promise<BundleResult> {
  const root = options.sourceRoot ?? EXTENSION_ROOT;
  const missing = [
    ...SCRIPTS.map((script) => path.join(root, script.source)),
    ...PAGES.flatMap((page) => [path.join(root, page.folder, page.html), path.join(root, page.folder, page.css)]),
    ...Object.values(FILES.icons).map((icon) => path.join(root, 'static', icon)),
    ...DATA.map((data) => path.join(REPO_ROOT, data.source)),
  ].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    const list = missing.map((file) => `  ${path.relative(REPO_ROOT, file)}`).join('\n');
    throw new Error(`exkb bundle: missing input files (data files come from \`npm run build\` at the repository root):\n${list}`);
  }
  const version = extensionVersion();
  const folders = {} as Record<Target, string>;
  const sizes: Record<string, number> = {};
  let files: string[] = [];
  for (const target of TARGETS) {
    const folder = path.join(outDir, target);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const common: BuildOptions = {
      bundle: true,
      platform: 'browser',
      // The background is a service worker, without `document`: packages with a DOM-only browser
      // build (decode-named-character-reference decodes entities through innerHTML on a
      // module-level element) must resolve to their worker build, here and on pages alike.
      conditions: ['worker'],
      target: ENGINE[target],
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
      metafile: true,
      absWorkingDir: REPO_ROOT,
      nodePaths: [path.join(REPO_ROOT, 'node_modules')],
    };
    const metafiles: Record<string, Metafile> = {};
    for (const script of SCRIPTS) {
      const result = await build({ ...common, entryPoints: [path.join(root, script.source)], outfile: path.join(folder, script.out), format: script.format });
      if (result.metafile) metafiles[script.out] = result.metafile;
      if (target === 'chromium') sizes[script.out] = readFileSync(path.join(folder, script.out)).length;
    }
    for (const page of PAGES) {
      await build({ ...common, entryPoints: [path.join(root, page.folder, page.css)], outfile: path.join(folder, page.css), loader: { '.css': 'css' } });
      copyFileSync(path.join(root, page.folder, page.html), path.join(folder, page.html));
    }
    for (const icon of Object.values(FILES.icons)) {
      mkdirSync(path.dirname(path.join(folder, icon)), { recursive: true });
      copyFileSync(path.join(root, 'static', icon), path.join(folder, icon));
    }
    for (const data of DATA) copyFileSync(path.join(REPO_ROOT, data.source), path.join(folder, data.out));
    writeFileSync(path.join(folder, 'manifest.json'), `${JSON.stringify(manifest(target, version), null, 2)}\n`);
    writeFileSync(path.join(folder, NOTICES_FILE), noticesMarkdown(bundledPackages(metafiles, REPO_ROOT), 'extension-browser/scripts/bundle.ts'));
    folders[target] = folder;
    files = [
      ...SCRIPTS.map((script) => script.out),
      ...PAGES.flatMap((page) => [page.html, page.css]),
      ...Object.values(FILES.icons),
      ...DATA.map((data) => data.out),
      'manifest.json',
      NOTICES_FILE,
    ].sort();
  }
  return { folders, files, sizes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const started = performance.now();
    const result = await bundle(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
    const sizes = Object.entries(result.sizes).map(([file, bytes]) => `${file} ${(bytes / 1024).toFixed(0)} KiB`).join(', ');
    console.log(`exkb bundle: ${Object.values(result.folders).map((folder) => path.relative(process.cwd(), folder)).join(', ')} (${sizes}) in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    // esbuild has already printed its errors with their locations; the stack would only add noise.
    console.error(`exkb bundle: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
