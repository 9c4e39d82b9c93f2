// Every script of the real-script corpus runs in PowerShell, so our parser must accept each one
// without a single syntax error, never throw, and keep every character in its tokens.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { CORPUS_ROOT, decodeScript, loadParser, powershellFiles, type ParsedSyntax } from './powershell-parser.js';

const files = powershellFiles(CORPUS_ROOT);

describe('corpus: every real script parses', () => {
  let parseScript: (text: string) => ParsedSyntax;
  before(async () => {
    parseScript = await loadParser();
  });

  if (files.length === 0) {
    it('corpus', (context) => context.skip(`no corpus at ${CORPUS_ROOT}`));
    return;
  }
  for (const file of files) {
    it(path.relative(CORPUS_ROOT, file), () => {
      const text = decodeScript(readFileSync(file));
      const parsed = parseScript(text);
      const problems = parsed.errors.map((error) => {
        const position = parsed.lines.positionAt(error.span.start);
        return `${position.line + 1}:${position.character + 1} ${error.code} ${error.message}`;
      });
      assert.deepEqual(problems, [], 'PowerShell runs this script, so it has no syntax errors');
      let covered = 0;
      for (let index = 0; index < parsed.tokens.length; index++) {
        assert.equal(parsed.tokens.start(index), covered, `token ${index} starts where the previous one ended`);
        covered = parsed.tokens.end(index);
      }
      assert.equal(covered, text.length, 'the tokens cover the whole text');
    });
  }
});
