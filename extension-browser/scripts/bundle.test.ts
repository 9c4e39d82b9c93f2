import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { unzipSync } from 'fflate';
import { manifest, manifestFiles, type Manifest } from '../src/manifest.js';
import { extensionVersion, SCRIPTS, TARGETS } from './bundle.js';
import { packageExtension, zipFolder } from './package.js';
import { REPO_ROOT } from './paths.js';

// One real package run (both targets, both zips) into a temporary folder, checked from several sides.
let outDir: string;
let zips: Awaited<ReturnType<typeof packageExtension>>;
before(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'exkb-browser-bundle-'));
  zips = await packageExtension(outDir);
});
after(() => rmSync(outDir, { recursive: true, force: true }));

function listFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

test('each build holds its manifest and every file the manifest names', () => {
  for (const target of TARGETS) {
    const folder = path.join(outDir, target);
    const written = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;
    assert.deepEqual(written, manifest(target, extensionVersion()), target);
    const files = new Set(listFiles(folder));
    for (const file of manifestFiles(written)) assert.ok(files.has(file), `${target}: ${file} is missing`);
    for (const file of ['knowledge.json', 'THIRD-PARTY-NOTICES.md', 'popup.css', 'options.css', 'entry.css', 'entry.html']) assert.ok(files.has(file), `${target}: ${file} is missing`);
  }
});

test('the zips hold exactly the unpacked files, byte for byte, and are reproducible', () => {
  for (const target of TARGETS) {
    const folder = path.join(outDir, target);
    const zipped = unzipSync(readFileSync(zips[target]));
    const files = listFiles(folder).sort();
    assert.deepEqual(Object.keys(zipped).sort(), files, target);
    for (const file of files) assert.deepEqual(Buffer.from(zipped[file] ?? []), readFileSync(path.join(folder, file)), `${target}: ${file}`);
    assert.deepEqual(Buffer.from(zipFolder(folder, files)), readFileSync(zips[target]), `${target}: a second zip differs`);
  }
});

test('no script evaluates strings, writes HTML or loads code from a server', () => {
  const remote = [/\bimport\s*\(\s*["'`]https?:/, /importScripts\s*\(\s*["'`]https?:/, /\beval\s*\(/, /\bnew\s+Function\s*\(/, /\binnerHTML\s*=/, /\bouterHTML\s*=/, /insertAdjacentHTML/, /document\.write\(/];
  for (const target of TARGETS) {
    for (const { out } of SCRIPTS) {
      const text = readFileSync(path.join(outDir, target, out), 'utf8');
      for (const pattern of remote) assert.doesNotMatch(text, pattern, `${target}/${out}`);
    }
    for (const page of ['popup.html', 'options.html', 'entry.html']) {
      const html = readFileSync(path.join(outDir, target, page), 'utf8');
      assert.doesNotMatch(html, /\b(src|href)\s*=\s*["']?(https?:)?\/\//i, `${target}/${page} names a remote resource`);
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, `${target}/${page} has an inline script (the CSP forbids it)`);
    }
  }
});

/**
 * web-ext warnings the build is known to get, each explained; anything else fails the test.
 * - content.js imports powershell.js by its runtime URL (the lazy PowerShell chunk; the URL is
 *   the extension's own, from runtime.getURL), which the linter cannot read as a literal.
 * - `format` (through micromark-extension-frontmatter → fault, used to parse imported entries)
 *   falls back to `(1, eval)('this')` when `module` is undefined; in the bundle it never is, and
 *   the extension pages' CSP forbids eval anyway.
 * - micromark's tokenizer calls `this.parser.document().write(…)`, a method of its own, which the
 *   linter mistakes for `document.write`.
 */
const KNOWN_WARNINGS: readonly { code: string; message: RegExp; files: RegExp }[] = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', message: /^Unsafe call to import for argument 0$/, files: /^content\.js$/ },
  { code: 'DANGEROUS_EVAL', message: /^eval can be harmful\.$/, files: /^(background|popup|options|entry)\.js$/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', message: /^Unsafe call to [\w$]+\(\w+\)\.document\(\)\.write for argument 0$/, files: /^(background|popup|options|entry)\.js$/ },
];

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

test('the Firefox build passes web-ext lint: no errors, and only the known, explained warnings', () => {
  const webExt = path.join(REPO_ROOT, 'node_modules', '.bin', 'web-ext');
  let output: string;
  try {
    output = execFileSync(webExt, ['lint', '--source-dir', path.join(outDir, 'firefox'), '--self-hosted', '--output', 'json'], { encoding: 'utf8' });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
    output = String((error as { stdout?: unknown }).stdout ?? error);
  }
  const report = JSON.parse(output.slice(output.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  assert.deepEqual(report.errors, [], 'web-ext lint errors');
  const unexpected = report.warnings.filter(
    (warning) => !KNOWN_WARNINGS.some((known) => known.code === warning.code && known.message.test(warning.message) && known.files.test(warning.file ?? '')),
  );
  assert.deepEqual(unexpected.map(({ code, message, file }) => ({ code, message, file })), [], 'unexpected web-ext lint warnings');
});
