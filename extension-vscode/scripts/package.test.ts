// What the .vsix ships: the bundles, their runtime data and the listing files; never
// node_modules, sources, tests or the TypeScript output.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { bundle, RUNTIME_FILES } from './bundle.js';
import { packagedFiles, vsce } from './vsce.js';

let files: string[];

before(async () => {
  // vsce lists what is on disk, so the bundles must be there (from a fresh clone they are not yet).
  await bundle();
  files = packagedFiles();
});

test('vsce ls lists the bundles, the runtime data and the listing files', () => {
  const required = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images/icon.png', 'images/activity-bar.svg', 'dist/extension.js', 'dist/server.js', 'dist/panel.js', 'dist/THIRD-PARTY-NOTICES.md', ...RUNTIME_FILES.map((file) => `dist/runtime/${file}`)];
  for (const file of required) assert.ok(files.includes(file), `${file} is not packaged: ${files.join(', ')}`);
});

test('vsce ls lists no dependencies, sources, tests, maps or compiler output', () => {
  const forbidden: { what: string; pattern: RegExp }[] = [
    { what: 'node_modules', pattern: /(^|\/)node_modules\// },
    { what: 'TypeScript sources', pattern: /\.ts$/ },
    { what: 'sources', pattern: /^(src|scripts)\// },
    { what: 'tsc output', pattern: /^dist\/(src|scripts|webview-types)\/|\.tsbuildinfo$/ },
    { what: 'source maps', pattern: /\.map$/ },
    { what: 'packages', pattern: /\.vsix$/ },
    { what: 'configuration', pattern: /(^|\/)(tsconfig[^/]*\.json|\.vscodeignore)$/ },
  ];
  for (const { what, pattern } of forbidden) assert.deepEqual(files.filter((file) => pattern.test(file)), [], `${what} are packaged`);
});

test('vsce packages a .vsix', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'exkb-vsix-'));
  try {
    const vsix = path.join(folder, 'exkb.vsix');
    vsce(['package', '--out', vsix]);
    assert.ok(statSync(vsix).size > 100_000, 'the package holds the bundles');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
