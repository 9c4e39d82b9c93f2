// The measurements of parse-bench.ts, each run in a fresh `node` process so that "cold" means the
// first parse of a new process (what `exkb lint` and a starting language server pay).
// Usage: node parse-bench-child.js <cold|warm|tree-sitter|corpus> [script file]; prints one JSON line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Mode as ModeEnum } from '../../language-server/src/powershell/tokenizer.js';
import { REPO_ROOT } from '../src/paths.js';
import { CORPUS_ROOT, decodeScript, loadPowerShell, powershellFiles } from '../src/powershell-parser.js';
import { summarise, timeEach } from './stats.js';

const [mode = 'cold', file = ''] = process.argv.slice(2);
const text = file ? readFileSync(file, 'utf8') : '';
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

async function tokenizerModule() {
  const url = pathToFileURL(path.join(REPO_ROOT, 'language-server', 'dist', 'src', 'powershell', 'tokenizer.js')).href;
  return (await import(url)) as { scanAll(text: string, mode: ModeEnum): { length: number }; Mode: typeof ModeEnum };
}

switch (mode) {
  case 'cold': {
    const importStart = performance.now();
    const { parseScript } = await loadPowerShell();
    const importMs = performance.now() - importStart;
    const start = performance.now();
    const parsed = parseScript(text);
    const parseMs = performance.now() - start;
    print({ importMs, parseMs, commands: parsed.commands.length, errors: parsed.errors.length, tokens: parsed.tokens.length });
    break;
  }
  case 'lint-cold': {
    const start = performance.now();
    const { lint } = await import('exkb-language-server');
    const importMs = performance.now() - start;
    const lintStart = performance.now();
    const result = lint(text);
    const lintMs = performance.now() - lintStart;
    print({ importMs, lintMs, findings: result.findings.length });
    break;
  }
  case 'lint-warm': {
    const { lint } = await import('exkb-language-server');
    for (let run = 0; run < 15; run++) lint(text);
    print({ lint: summarise(timeEach(40, () => lint(text))) });
    break;
  }
  case 'warm': {
    const { parseScript } = await loadPowerShell();
    const { scanAll, Mode } = await tokenizerModule();
    for (let run = 0; run < 15; run++) parseScript(text);
    const parse = summarise(timeEach(40, () => parseScript(text)));
    for (let run = 0; run < 15; run++) scanAll(text, Mode.Command);
    const scan = summarise(timeEach(40, () => scanAll(text, Mode.Command)));
    const pattern = /\b[A-Z][a-z]+-[A-Za-z]+\b|\$\w+|-\w+/g;
    const regex = summarise(timeEach(40, () => text.match(pattern)?.length));
    print({ parse, scan, regex });
    break;
  }
  case 'tree-sitter': {
    const require = createRequire(import.meta.url);
    const { Parser, Language, Edit } = await import('web-tree-sitter');
    const initStart = performance.now();
    await Parser.init();
    const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    const initMs = performance.now() - initStart;
    const firstStart = performance.now();
    let tree = parser.parse(text)!;
    const firstMs = performance.now() - firstStart;
    const full = summarise(timeEach(20, () => parser.parse(text)?.delete()));
    // One-character edits (a space at the start of a line) spread over the file, each reparsed
    // incrementally from the previous tree; only the edit and reparse are timed.
    const lineStarts = [0];
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
    const edits = 40;
    let current = text;
    const samples: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
      const row = Math.floor(((edit + 1) * (lineStarts.length - 1)) / (edits + 1));
      const at = lineStarts[row]! + edit;
      current = `${current.slice(0, at)} ${current.slice(at)}`;
      const start = performance.now();
      tree.edit(
        new Edit({
          startIndex: at,
          oldEndIndex: at,
          newEndIndex: at + 1,
          startPosition: { row, column: 0 },
          oldEndPosition: { row, column: 0 },
          newEndPosition: { row, column: 1 },
        }),
      );
      const next = parser.parse(current, tree)!;
      samples.push(performance.now() - start);
      tree.delete();
      tree = next;
    }
    const incremental = summarise(samples);
    print({ initMs, firstMs, full, incremental, hasError: tree.rootNode.hasError });
    tree.delete();
    break;
  }
  case 'corpus': {
    const { parseScript } = await loadPowerShell();
    const files = powershellFiles(CORPUS_ROOT).map((name) => ({ name, text: decodeScript(readFileSync(name)) }));
    const pass = () => {
      const times = files.map(({ text: script }) => {
        const start = performance.now();
        parseScript(script);
        return performance.now() - start;
      });
      return { total: times.reduce((sum, time) => sum + time, 0), times };
    };
    const first = pass();
    const second = pass();
    const largest = files.reduce((best, candidate, index) => (candidate.text.length > files[best]!.text.length ? index : best), 0);
    const lines = files.reduce((sum, { text: script }) => sum + script.split('\n').length, 0);
    print({
      files: files.length,
      lines,
      firstPassMs: first.total,
      secondPassMs: second.total,
      largest: files[largest] ? { name: path.relative(CORPUS_ROOT, files[largest]!.name), lines: files[largest]!.text.split('\n').length, firstMs: first.times[largest], secondMs: second.times[largest] } : null,
    });
    break;
  }
  default:
    throw new Error(`parse-bench-child: unknown mode ${mode}`);
}
