// THIRD-PARTY-NOTICES.md for the package: every npm package esbuild put into a bundle (read from
// the bundles' metafiles), with its version, its declared licence and the licence files of its
// folder. exkb's own workspace packages are not third-party and are left out.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Metafile } from 'esbuild';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.md';

export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  /** The `license` field (SPDX expression), or what the legacy `licenses` array says. */
  readonly license: string;
  /** The licence files of the package's folder, by file name. */
  readonly licenseFiles: readonly { readonly file: string; readonly text: string }[];
  /** The bundles it is part of (`extension.js`, `server.js`, …). */
  readonly bundles: readonly string[];
}

/**
 * The package folder of a bundled input (a path as esbuild's metafile has it, relative to its
 * working directory), or undefined when the input is not inside `node_modules`.
 * `node_modules/a/node_modules/@s/b/lib/x.js` → `node_modules/a/node_modules/@s/b`.
 */
export function packageFolderOf(input: string): string | undefined {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const scoped = parts[at + 1]?.startsWith('@') ?? false;
  const length = at + (scoped ? 3 : 2);
  // A name needs its segment(s) and a file after them.
  if (parts.length <= length || parts.slice(at + 1, length).some((part) => part === '')) return undefined;
  return parts.slice(0, length).join('/');
}

/** The licence as package.json declares it, in the forms npm has accepted over the years. */
export function declaredLicense(manifest: { license?: unknown; licenses?: unknown }): string {
  const named = (value: unknown): string | undefined => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string') return (value as { type: string }).type;
    return undefined;
  };
  const single = named(manifest.license);
  if (single) return single;
  if (Array.isArray(manifest.licenses)) {
    const names = manifest.licenses.map(named).filter((name): name is string => name !== undefined);
    if (names.length > 0) return names.length === 1 ? (names[0] as string) : `(${names.join(' OR ')})`;
  }
  return 'UNKNOWN';
}

/** LICENSE, LICENCE, COPYING, LICENSE-MIT, license.md …, but not `license-checker.js`-like code. */
const LICENSE_FILE = /^(licen[cs]e|copying)([.-][\w.-]*)?$/i;
const CODE_FILE = /\.(c|m)?[jt]s$/i;

export function isLicenseFile(name: string): boolean {
  return LICENSE_FILE.test(name) && !CODE_FILE.test(name);
}

/** Every third-party package in the metafiles' inputs, sorted by name; `workingDir` is esbuild's `absWorkingDir`. */
export function bundledPackages(metafiles: Readonly<Record<string, Metafile>>, workingDir: string): BundledPackage[] {
  const bundlesOf = new Map<string, Set<string>>();
  for (const [bundleName, metafile] of Object.entries(metafiles)) {
    for (const input of Object.keys(metafile.inputs)) {
      const folder = packageFolderOf(input);
      if (folder === undefined) continue;
      const bundles = bundlesOf.get(folder) ?? new Set<string>();
      bundles.add(bundleName);
      bundlesOf.set(folder, bundles);
    }
  }
  const packages = [...bundlesOf].map(([folder, bundles]): BundledPackage => {
    const absolute = path.resolve(workingDir, folder);
    let manifest: { name?: unknown; version?: unknown; license?: unknown; licenses?: unknown };
    try {
      manifest = JSON.parse(readFileSync(path.join(absolute, 'package.json'), 'utf8')) as typeof manifest;
    } catch (error) {
      throw new Error(`exkb bundle: cannot read the package.json of bundled package ${folder}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const licenseFiles = readdirSync(absolute, { withFileTypes: true })
      .filter((entry) => entry.isFile() && isLicenseFile(entry.name))
      .map((entry) => entry.name)
      .sort()
      .map((file) => ({ file, text: readFileSync(path.join(absolute, file), 'utf8').replace(/\r\n/g, '\n').trim() }));
    return {
      name: typeof manifest.name === 'string' ? manifest.name : folder.slice(folder.lastIndexOf('node_modules/') + 'node_modules/'.length),
      version: typeof manifest.version === 'string' ? manifest.version : 'unknown',
      license: declaredLicense(manifest),
      licenseFiles,
      bundles: [...bundles].sort(),
    };
  });
  // Two copies of one version (hoisted and nested) are one notice.
  const unique = new Map(packages.map((item) => [`${item.name}@${item.version}`, item]));
  return [...unique.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
}

/** The notices as Markdown: a table of contents, then one section per package with its licence texts. */
/** `generator` names the script that writes the file (repository path), for its header. */
export function noticesMarkdown(packages: readonly BundledPackage[], generator = 'extension-vscode/scripts/bundle.ts'): string {
  const lines = [
    `<!-- generated by ${generator} from the esbuild metafiles; do not edit -->`,
    '# Third-party notices',
    '',
    'The exkb extension bundles the following npm packages. Each is listed with its version, its',
    'licence and the licence text its package ships.',
    '',
    '| package | version | licence | in |',
    '|---|---|---|---|',
    ...packages.map((item) => `| ${item.name} | ${item.version} | ${item.license} | ${item.bundles.join(', ')} |`),
  ];
  for (const item of packages) {
    lines.push('', `## ${item.name}@${item.version}`, '', `Licence: ${item.license}`, '');
    if (item.licenseFiles.length === 0) lines.push(`The package ships no licence file; its package.json declares ${item.license}.`);
    for (const { file, text } of item.licenseFiles) lines.push(`### ${file}`, '', fenced(text), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A fence longer than any backtick run in the text, so a licence can never close it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}
