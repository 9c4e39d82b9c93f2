// `npm run bundle -w extension-vscode`: the client and the language server as two esbuild bundles
// (no node_modules in the package), plus the data files the server reads at run time and the
// notices of the third-party packages the bundles hold.
//
// The server's modules find their data relative to `import.meta.url` (the knowledge bundle, the
// cmdlet model, the package version). In one bundled file every module would share one URL, so
// each workspace module's `import.meta.url` becomes its repository path under `dist/runtime/`,
// and the files it reads are copied to their repository paths there: the relative paths in the
// sources stay true and the sources need no change.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';
import { EXTENSION_ROOT, REPO_ROOT } from './paths.js';
import { bundledPackages, NOTICES_FILE, noticesMarkdown, type BundledPackage } from './third-party-notices.js';

/** The files the bundled server reads at run time, by repository path. */
export const RUNTIME_FILES = ['knowledge/dist/knowledge.json', 'language-server/model/exchange-cmdlets.json', 'language-server/package.json'] as const;
const RUNTIME_FOLDER = 'runtime';

export interface BundleResult {
  outDir: string;
  files: string[];
  /** Every input esbuild read, per bundle, relative to the repository root (from the metafiles). */
  inputs: Record<string, string[]>;
  /** The third-party packages the bundles hold, as listed in THIRD-PARTY-NOTICES.md. */
  packages: BundledPackage[];
}

/**
 * Writes `extension.js`, `server.js`, `panel.js`, `THIRD-PARTY-NOTICES.md` and `runtime/…` into
 * `outDir` (default: the extension's `dist/`).
 */
export async function bundle(outDir: string = path.join(EXTENSION_ROOT, 'dist')): Promise<BundleResult> {
  for (const file of RUNTIME_FILES) {
    try {
      readFileSync(path.join(REPO_ROOT, file));
    } catch {
      throw new Error(`exkb bundle: ${file} is missing; run \`npm run build\` at the repository root first`);
    }
  }
  rmSync(path.join(outDir, RUNTIME_FOLDER), { recursive: true, force: true });
  // esbuild turns the CommonJS dependencies' `require` calls into calls of this one.
  const requireShim = "import { createRequire as __exkbCreateRequire } from 'node:module'; const require = __exkbCreateRequire(import.meta.url);";
  // The metafiles say which files went into each bundle: the source of the third-party notices.
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true, legalComments: 'linked', logLevel: 'warning', metafile: true, absWorkingDir: REPO_ROOT } as const;
  const metafiles: Record<string, Metafile> = {};
  metafiles['extension.js'] = (await build({
    ...common,
    entryPoints: [path.join(EXTENSION_ROOT, 'dist/src/extension.js')],
    outfile: path.join(outDir, 'extension.js'),
    external: ['vscode'],
    banner: { js: requireShim },
  })).metafile;
  metafiles['server.js'] = (await build({
    ...common,
    entryPoints: [path.join(REPO_ROOT, 'language-server/bin/exkb-language-server.js')],
    outfile: path.join(outDir, 'server.js'),
    banner: { js: `${requireShim} const __exkbRuntime = new URL('./${RUNTIME_FOLDER}/', import.meta.url);` },
    // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ESM build bundles.
    mainFields: ['module', 'main'],
    plugins: [workspaceModuleUrls()],
  })).metafile;
  // The knowledge panel's webview script runs in the webview (a browser), not in Node.
  metafiles['panel.js'] = (await build({
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
    metafile: true,
    absWorkingDir: REPO_ROOT,
    entryPoints: [path.join(EXTENSION_ROOT, 'src/panel/webview/main.ts')],
    outfile: path.join(outDir, 'panel.js'),
  })).metafile;
  const packages = bundledPackages(metafiles, REPO_ROOT);
  writeFileSync(path.join(outDir, NOTICES_FILE), noticesMarkdown(packages));
  const files = ['extension.js', 'server.js', 'panel.js', NOTICES_FILE];
  for (const file of RUNTIME_FILES) {
    const target = path.join(outDir, RUNTIME_FOLDER, file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (file.endsWith('package.json')) {
      // Only the version is read; the rest (scripts, dependencies) would mislead in the package.
      const { name, version } = JSON.parse(readFileSync(path.join(REPO_ROOT, file), 'utf8')) as { name: string; version: string };
      writeFileSync(target, `${JSON.stringify({ name, version, private: true }, null, 2)}\n`);
    } else copyFileSync(path.join(REPO_ROOT, file), target);
    files.push(path.posix.join(RUNTIME_FOLDER, file));
  }
  const inputs = Object.fromEntries(Object.entries(metafiles).map(([name, metafile]) => [name, Object.keys(metafile.inputs)]));
  return { outDir, files, inputs, packages };
}

/** Gives each workspace module (not dependencies) the URL of its repository path under `runtime/`. */
function workspaceModuleUrls(): Plugin {
  return {
    name: 'exkb-workspace-module-urls',
    setup(builder) {
      builder.onLoad({ filter: /\.js$/ }, (args) => {
        const relative = path.relative(REPO_ROOT, args.path);
        if (relative.startsWith('..') || relative.split(path.sep).includes('node_modules')) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const url = `new URL(${JSON.stringify(relative.split(path.sep).join('/'))}, __exkbRuntime).href`;
        return { contents: text.replaceAll('import.meta.url', url), loader: 'js' };
      });
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const result = await bundle(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`exkb bundle: ${result.files.join(', ')} in ${path.relative(process.cwd(), result.outDir) || '.'} (${Math.round(performance.now() - started)} ms)`);
}
