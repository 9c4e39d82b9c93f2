import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from './lint.js';
import requireSenderAuthentication from './rules/require-sender-authentication-external.js';

const FLAGGED = 'Set-DistributionGroup Sales -RequireSenderAuthenticationEnabled $true';
const RULE = 'require-sender-authentication-external';

const cases: Array<{ name: string; code: string; lines: number[] }> = [
  { name: 'nothing silenced', code: `${FLAGGED}\n${FLAGGED}`, lines: [1, 2] },
  { name: 'next line, by id', code: `# exkb-disable-next-line ${RULE}\n${FLAGGED}\n${FLAGGED}`, lines: [3] },
  { name: 'next line, every rule', code: `# exkb-disable-next-line\n${FLAGGED}\n${FLAGGED}`, lines: [3] },
  { name: 'next line, with a reason after --', code: `# exkb-disable-next-line ${RULE} -- internal only\n${FLAGGED}`, lines: [] },
  { name: 'next line, another rule only', code: `# exkb-disable-next-line plain-text-password\n${FLAGGED}`, lines: [2] },
  { name: 'next line, in a list of ids', code: `# exkb-disable-next-line plain-text-password, ${RULE}\n${FLAGGED}`, lines: [] },
  { name: 'next line, indented, in a block comment', code: `  <# exkb-disable-next-line ${RULE} #>\n  ${FLAGGED}`, lines: [] },
  { name: 'same line', code: `${FLAGGED} # exkb-disable-line ${RULE}\n${FLAGGED}`, lines: [2] },
  { name: 'region', code: `${FLAGGED}\n# exkb-disable ${RULE}\n${FLAGGED}\n# exkb-enable ${RULE}\n${FLAGGED}`, lines: [1, 5] },
  { name: 'region to the end of the file', code: `${FLAGGED}\n# exkb-disable ${RULE}\n${FLAGGED}\n${FLAGGED}`, lines: [1] },
  { name: 'enable without a rule ends every region', code: `# exkb-disable ${RULE}\n${FLAGGED}\n# exkb-enable\n${FLAGGED}`, lines: [4] },
  { name: 'ids are case-insensitive and may carry exkb/', code: `# exkb-disable-next-line exkb/Require-Sender-Authentication-External\n${FLAGGED}`, lines: [] },
  { name: 'a directive inside a string is not a comment', code: `'# exkb-disable-next-line'\n${FLAGGED}`, lines: [2] },
  {
    name: 'SuppressMessageAttribute on a function param block covers the function only',
    code: `function Open-Group {\n  [Diagnostics.CodeAnalysis.SuppressMessageAttribute('exkb/${RULE}', '')]\n  param()\n  ${FLAGGED}\n}\n${FLAGGED}`,
    lines: [6],
  },
  {
    name: 'SuppressMessage (short name) on the script param block covers the file',
    code: `[CmdletBinding()]\n[SuppressMessage('exkb/${RULE}', 'internal groups')]\nparam([string]$Name)\n${FLAGGED}`,
    lines: [],
  },
  {
    name: 'a PSScriptAnalyzer suppression does not silence exkb',
    code: `[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingPlainTextForPassword', '')]\nparam()\n${FLAGGED}`,
    lines: [3],
  },
];

describe('suppressions', () => {
  for (const { name, code, lines } of cases) {
    it(name, () => {
      const result = lint(code, { rules: [requireSenderAuthentication] });
      assert.deepEqual(result.findings.map((finding) => finding.start.line + 1), lines);
      assert.equal(result.suppressed, code.split(FLAGGED).length - 1 - lines.length);
    });
  }
});
