// Property-based fuzzing of `exkb lint --format json` over random file trees: names with spaces,
// newlines, leading dashes and any Unicode; contents in every encoding, binary, or random text;
// symbolic links to the parent, themselves, siblings and nothing; unreadable files and folders. The
// real binary runs on each tree. It must exit 0, 1 or 2 (2 exactly when something could not be
// read), print a JSON array listing each readable script once (by its real path), and never crash.
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FLAGGED, rows, RULE } from './cli-hostile-fixtures.js';
import { handOver, permissionRunner, runHostile, scratchFolder } from './cli-hostile-process.js';
import { describeRun, fuzzParameters } from './fuzz/fuzz-settings.js';

/** Each run spawns exkb on a fresh tree: short in `npm test`, capped in `npm run fuzz`. */
const RUNS = 20;
const MAX_RUNS = 500;
const SCRIPT = /\.ps[md]?1$/i;
const SKIPPED = new Set(['node_modules', '.git']);
/** Permissions only bite when exkb runs as a user other than root. */
const PERMISSIONS = permissionRunner.skip === false;
const UNREADABLE = 0o000;

type Content =
  | { kind: 'flagged'; encoding: (typeof ENCODINGS)[number]; ending: '\n' | '\r\n' | '\r' }
  | { kind: 'binary'; bytes: Uint8Array }
  | { kind: 'text'; text: string };
type TreeNode =
  | { kind: 'file'; name: string; content: Content; mode: number }
  | { kind: 'folder'; name: string; mode: number; children: TreeNode[] }
  | { kind: 'link'; name: string; target: '..' | '.' | 'missing' | 'itself' | number };

const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-16le-no-bom', 'utf-16be-no-bom', 'windows-1252'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'utf-16be':
      return Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
    case 'utf-16le-no-bom':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be-no-bom':
      return Buffer.from(text, 'utf16le').swap16();
    case 'windows-1252':
      // "Zoë" in Windows-1252: an 0xEB byte that is not UTF-8.
      return Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0x23, 0x20, 0x5a, 0x6f, 0xeb])]);
  }
}

function bytesOf(content: Content): Uint8Array {
  if (content.kind === 'flagged') return encode(FLAGGED.replace(/\r\n|\r|\n/g, content.ending), content.encoding);
  if (content.kind === 'binary') return content.bytes;
  return Buffer.from(content.text, 'utf8');
}

const AWKWARD_NAMES = ['-rf', '--fix', '-', '--', ' lead', 'trail ', 'new\nline', 'tab\tname', 'cr\rname', 'Zoë', '日本語', '😀', 'node_modules', '.git', '.hidden', '..dots', '$x', '`tick', "quote'", '"double"', '*', '?', 'back\\slash', 'CON', 'NUL'];
const name = fc
  .tuple(
    fc.oneof(fc.constantFrom(...AWKWARD_NAMES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 })),
    fc.constantFrom('.ps1', '.PS1', '.psm1', '.psd1', '.Ps1', '.txt', ''),
  )
  .map(([base, extension]) => `${base}${extension}`)
  .filter((candidate) => !candidate.includes('/') && !candidate.includes('\0') && candidate !== '.' && candidate !== '..' && Buffer.byteLength(candidate) <= 200);

const content: fc.Arbitrary<Content> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flagged' as const), encoding: fc.constantFrom(...ENCODINGS), ending: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const) }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.uint8Array({ maxLength: 2048 }), fc.nat()).map(([bytes, at]) => {
      const withNul = Buffer.from(bytes.length === 0 ? [0] : bytes);
      withNul[at % withNul.length] = 0;
      return { kind: 'binary' as const, bytes: withNul };
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.string({ unit: 'binary', maxLength: 300 }) }) },
);
const mode = PERMISSIONS ? fc.constantFrom(0o644, 0o644, 0o644, 0o600, UNREADABLE) : fc.constant(0o644);
const folderMode = PERMISSIONS ? fc.constantFrom(0o755, 0o755, 0o755, 0o700, UNREADABLE) : fc.constant(0o755);

const { tree } = fc.letrec<{ tree: TreeNode[]; node: TreeNode }>((tie) => ({
  tree: fc.uniqueArray(tie('node'), { maxLength: 6, selector: (node) => node.name }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('file' as const), name, content, mode }),
    fc.record({ kind: fc.constant('link' as const), name, target: fc.oneof(fc.constantFrom('..' as const, '.' as const, 'missing' as const, 'itself' as const), fc.nat()) }),
    fc.record({ kind: fc.constant('folder' as const), name, mode: folderMode, children: tie('tree') }),
  ),
}));

/** Creates the nodes; modes are applied after, deepest first, so a locked folder can still be filled. */
function build(folder: string, nodes: readonly TreeNode[], locks: Array<[string, number]>): void {
  for (const node of nodes) {
    const full = path.join(folder, node.name);
    if (node.kind === 'file') {
      writeFileSync(full, bytesOf(node.content));
      locks.push([full, node.mode]);
    } else if (node.kind === 'folder') {
      mkdirSync(full);
      build(full, node.children, locks);
      locks.push([full, node.mode]);
    } else {
      const sibling = typeof node.target === 'number' ? nodes[node.target % nodes.length]?.name : undefined;
      const target = node.target === 'itself' ? node.name : node.target === 'missing' ? 'missing-target' : sibling ?? node.target;
      symlinkSync(target as string, full);
    }
  }
}

interface Expected {
  /** Real paths of the readable scripts that must each be reported once. */
  readonly flagged: Set<string>;
  /** Something the walk meets cannot be read, or there is no script at all (both exit 2). */
  readonly incomplete: boolean;
}

/** exkb's contract, walked independently: links followed, each real folder and file once, locked ones make the run incomplete. */
function expected(start: string, modes: ReadonlyMap<string, number>, contents: ReadonlyMap<string, Content>): Expected {
  const flagged = new Set<string>();
  const folders = new Set<string>();
  const files = new Set<string>();
  let incomplete = false;
  let notes = 0;
  const addFile = (real: string) => {
    if (files.has(real)) return;
    files.add(real);
    if (modes.get(real) === UNREADABLE) incomplete = true;
    else if (contents.get(real)?.kind === 'flagged') flagged.add(real);
  };
  const walk = (real: string) => {
    if (folders.has(real)) return;
    folders.add(real);
    if (modes.get(real) === UNREADABLE) {
      incomplete = true;
      return;
    }
    for (const entry of readdirSync(real)) {
      if (SKIPPED.has(entry.toLowerCase())) continue;
      const full = path.join(real, entry);
      let info;
      try {
        info = statSync(full);
      } catch {
        if (SCRIPT.test(entry)) notes++; // a dangling or looping link named like a script: a note
        continue;
      }
      const target = realpathSync(full);
      if (info.isDirectory()) walk(target);
      else if (info.isFile() && SCRIPT.test(entry)) addFile(target);
    }
  };
  walk(realpathSync(start));
  return { flagged, incomplete: incomplete || (files.size === 0 && notes === 0) };
}

function unlockAll(folder: string): void {
  for (const entry of readdirSync(folder)) {
    const full = path.join(folder, entry);
    if (lstatSync(full).isSymbolicLink()) continue;
    chmodSync(full, lstatSync(full).isDirectory() ? 0o755 : 0o644);
    if (lstatSync(full).isDirectory()) unlockAll(full);
  }
}

const STACK_TRACE = /\n\s+at .+[:(]\d+:\d+\)?|node:internal|TypeError|RangeError|ReferenceError|SyntaxError: Unexpected/;

describe('exkb lint on random file trees (fuzz)', () => {
  it(describeRun(`exit code, one JSON row per readable script, no crash${PERMISSIONS ? '' : ` (no permission cases: ${String(permissionRunner.skip)})`}`, RUNS, MAX_RUNS), { timeout: 3_600_000 }, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(tree, async (nodes) => {
        runs++;
        const scratch = scratchFolder('fuzz-tree');
        const root = path.join(scratch, 'tree');
        mkdirSync(root);
        const locks: Array<[string, number]> = [];
        build(root, nodes, locks);
        const modes = new Map(locks.map(([file, bits]) => [realpathSync(file), bits]));
        const contents = new Map<string, Content>();
        const collect = (folder: string, list: readonly TreeNode[]) => {
          for (const node of list) {
            if (node.kind === 'file') contents.set(realpathSync(path.join(folder, node.name)), node.content);
            if (node.kind === 'folder') collect(path.join(folder, node.name), node.children);
          }
        };
        collect(root, nodes);
        const want = expected(root, modes, contents);
        handOver(scratch, permissionRunner.uid);
        for (const [file, bits] of locks) chmodSync(file, bits);
        try {
          const result = await runHostile(['lint', '--format', 'json', '--', 'tree'], { cwd: scratch, ...(permissionRunner.uid === undefined ? {} : { uid: permissionRunner.uid }) });
          const context = `exit ${result.code}\nstderr:\n${result.stderr.slice(0, 3000)}`;
          assert.doesNotMatch(result.stderr, STACK_TRACE, context);
          if (want.incomplete) assert.equal(result.code, 2, context);
          else assert.ok(result.code === 0 || result.code === 1, context);
          if (result.stdout === '') {
            // A run that cannot start prints no report at all; the only such case here is a tree without scripts.
            assert.equal(result.code, 2, context);
            assert.match(result.stderr, /^exkb lint: no PowerShell files \(\.ps1, \.psm1, \.psd1\) in tree\n$/, context);
            assert.equal(want.flagged.size, 0, context);
            return;
          }
          const reported = rows(result.stdout);
          assert.ok(Array.isArray(reported), context);
          for (const row of reported) {
            assert.ok(row.line >= 1 && row.column >= 1 && (row.endLine > row.line || (row.endLine === row.line && row.endColumn >= row.column)), JSON.stringify(row));
          }
          const seen = reported.filter((row) => row.rule === RULE).map((row) => realpathSync(path.resolve(scratch, row.file)));
          assert.deepEqual([...seen].sort(), [...want.flagged].sort(), context);
        } finally {
          unlockAll(scratch);
          rmSync(scratch, { recursive: true, force: true });
        }
      }),
      fuzzParameters(RUNS, MAX_RUNS),
    );
    assert.ok(runs >= Math.min(RUNS, MAX_RUNS));
  });
});
