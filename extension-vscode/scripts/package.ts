// `npm run package -w extension-vscode`: bundles, then writes dist/exkb-vscode-<version>.vsix.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { bundle } from './bundle.js';
import { EXTENSION_ROOT } from './paths.js';
import { vsce } from './vsce.js';

const started = performance.now();
await bundle();
const { name, version } = JSON.parse(readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const vsix = path.join(EXTENSION_ROOT, 'dist', `${name}-${version}.vsix`);
vsce(['package', '--out', vsix]);
const kib = (statSync(vsix).size / 1024).toFixed(0);
console.log(`exkb package: ${path.relative(process.cwd(), vsix)} (${kib} KiB) in ${Math.round(performance.now() - started)} ms`);
