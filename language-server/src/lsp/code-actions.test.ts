import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../lint.js';
import { nonOverlappingEdits } from '../fixes.js';
import { disableFileEdit, disableLineEdits } from './code-actions.js';

const RULE = 'some-rule';
const apply = (text: string, edits: Parameters<typeof TextDocument.applyEdits>[1]) => TextDocument.applyEdits(TextDocument.create('untitled:x.ps1', 'powershell', 1, text), edits);

describe('disableLineEdits', () => {
  const TABLE: ReadonlyArray<[string, string, number, string]> = [
    ['first line', 'Set-X -A 1\n', 0, `# exkb-disable-next-line ${RULE}\nSet-X -A 1\n`],
    ['keeps the indentation (tabs too)', 'if ($y) {\n\t  Set-X -A 1\n}\n', 1, `if ($y) {\n\t  # exkb-disable-next-line ${RULE}\n\t  Set-X -A 1\n}\n`],
    ['CRLF', 'Get-Date\r\nSet-X -A 1\r\n', 1, `Get-Date\r\n# exkb-disable-next-line ${RULE}\r\nSet-X -A 1\r\n`],
    ['last line without a newline', 'Get-Date\nSet-X -A 1', 1, `Get-Date\n# exkb-disable-next-line ${RULE}\nSet-X -A 1`],
    ['a continued line wraps the command', '  Set-X `\n    -A 1 `\n    -B 2\nGet-Date\n', 1, `  # exkb-disable ${RULE}\n  Set-X \`\n    -A 1 \`\n    -B 2\n  # exkb-enable ${RULE}\nGet-Date\n`],
    ['a continued last line closes the block at the end', 'Set-X `\n  -A 1', 1, `# exkb-disable ${RULE}\nSet-X \`\n  -A 1\n# exkb-enable ${RULE}`],
  ];
  for (const [name, text, line, expected] of TABLE) {
    it(name, () => {
      const document = TextDocument.create('untitled:x.ps1', 'powershell', 1, text);
      assert.equal(apply(text, disableLineEdits(document, line, RULE)), expected);
    });
  }
});

describe('disableFileEdit', () => {
  const TABLE: ReadonlyArray<[string, string, string]> = [
    ['at the top', 'Set-X\n', `# exkb-disable ${RULE}\nSet-X\n`],
    ['after a #! line', '#!/usr/bin/env pwsh\nSet-X\n', `#!/usr/bin/env pwsh\n# exkb-disable ${RULE}\nSet-X\n`],
    ['CRLF', 'Set-X\r\n', `# exkb-disable ${RULE}\r\nSet-X\r\n`],
    ['empty document', '', `# exkb-disable ${RULE}\n`],
  ];
  for (const [name, text, expected] of TABLE) {
    it(name, () => {
      const document = TextDocument.create('untitled:x.ps1', 'powershell', 1, text);
      assert.equal(apply(text, [disableFileEdit(document, RULE)]), expected);
    });
  }
});

describe('nonOverlappingEdits', () => {
  const finding = (edits: Array<[number, number, string]>): Finding => ({
    rule: RULE,
    severity: 'warning',
    message: 'm',
    span: { start: edits[0]?.[0] ?? 0, end: edits[0]?.[1] ?? 0 },
    start: { line: 0, character: 0 },
    end: { line: 0, character: 0 },
    entries: [],
    fix: { title: 't', edits: edits.map(([start, end, newText]) => ({ span: { start, end }, newText })) },
  });
  const TABLE: ReadonlyArray<[string, Finding[], Array<[number, number, string]>]> = [
    ['disjoint fixes all apply, in order', [finding([[10, 12, 'b']]), finding([[0, 2, 'a']])], [[0, 2, 'a'], [10, 12, 'b']]],
    ['an overlapping fix waits', [finding([[0, 5, 'a']]), finding([[3, 8, 'b']])], [[0, 5, 'a']]],
    ['the same span twice is one fix', [finding([[4, 4, 'x']]), finding([[4, 4, 'y']])], [[4, 4, 'x']]],
    ['a fix with several edits is taken whole or not at all', [finding([[0, 1, 'a'], [20, 21, 'z']]), finding([[19, 22, 'b']]), finding([[5, 6, 'c']])], [[0, 1, 'a'], [5, 6, 'c'], [20, 21, 'z']]],
  ];
  for (const [name, findings, expected] of TABLE) {
    it(name, () => {
      assert.deepEqual(nonOverlappingEdits(findings).map((edit) => [edit.span.start, edit.span.end, edit.newText]), expected);
    });
  }
});
