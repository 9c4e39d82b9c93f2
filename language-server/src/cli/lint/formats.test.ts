import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import type * as Sarif from 'sarif';
import type { RuleMeta } from '../../rules/rule.js';
import { formatJson } from './format-json.js';
import { artifactLocation, formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import type { FileReport, ReportedFinding } from './report.js';

const CWD = path.resolve('/work/project');
const ENTRY = 'public-folder-anonymous-contributor';

function finding(overrides: Partial<ReportedFinding>): ReportedFinding {
  return { file: 'a.ps1', line: 1, column: 1, endLine: 1, endColumn: 2, rule: 'demo-rule', severity: 'error', message: 'Something breaks.', entries: [ENTRY], ...overrides };
}

const REPORTS: FileReport[] = [
  {
    file: path.join('scripts', 'a.ps1'),
    absolute: path.join(CWD, 'scripts', 'a.ps1'),
    fixed: 0,
    findings: [
      finding({ line: 3, column: 5, endLine: 3, endColumn: 9, severity: 'error', message: 'First problem.\nSecond sentence.', fix: { title: 'Use $false', edits: [{ line: 3, column: 5, endLine: 3, endColumn: 9, text: '$false' }] } }),
      finding({ line: 12, column: 1, endLine: 12, endColumn: 4, rule: 'syntax-error', severity: 'warning', message: 'Short.', entries: [] }),
    ],
  },
  { file: 'clean.ps1', absolute: path.join(CWD, 'clean.ps1'), fixed: 2, findings: [] },
  { file: 'b.ps1', absolute: path.join(CWD, 'b.ps1'), fixed: 0, findings: [finding({ severity: 'hint', message: 'A hint.' })] },
];

describe('formatText', () => {
  it('groups by file, aligns columns, and sums up', () => {
    assert.equal(
      formatText(REPORTS, false),
      [
        path.join('scripts', 'a.ps1'),
        `  3:5   error    demo-rule     First problem. Second sentence.  → ${ENTRY}`,
        '  12:1  warning  syntax-error  Short.',
        '',
        'b.ps1',
        `  1:1  hint  demo-rule  A hint.  → ${ENTRY}`,
        '',
        'fixed clean.ps1: 2 problems',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '  1 problem fixable with the --fix option.',
      ].join('\n'),
    );
  });

  it('says so when nothing is found', () => {
    assert.equal(formatText([{ file: 'x.ps1', absolute: '/x.ps1', fixed: 0, findings: [] }], false), '✔ no problems in 1 file');
  });

  it('colours only when asked', () => {
    assert.doesNotMatch(formatText(REPORTS, false), /\u001b\[/);
    assert.match(formatText(REPORTS, true), /\u001b\[31merror/);
  });
});

describe('formatJson', () => {
  it('prints every finding of every file in one array', () => {
    const rows = JSON.parse(formatJson(REPORTS)) as ReportedFinding[];
    assert.equal(rows.length, 3);
    assert.deepEqual(Object.keys(rows[0] ?? {}), ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'entries', 'fix']);
    assert.deepEqual(rows[0]?.fix, { title: 'Use $false', edits: [{ line: 3, column: 5, endLine: 3, endColumn: 9, text: '$false' }] });
  });
});

describe('formatSarif', () => {
  const RULE: RuleMeta = { id: 'demo-rule', description: 'A demonstration rule.', severity: 'warning', entries: [ENTRY], fixable: true };
  const knowledge = loadBundledKnowledge();
  const sarif = (notifications: string[] = [], homepage?: string) =>
    JSON.parse(formatSarif({ reports: REPORTS, rules: [RULE], knowledge, cwd: CWD, tool: { version: '1.2.3', ...(homepage ? { homepage } : {}) }, notifications })) as Sarif.Log;

  it('describes each rule with its knowledge entry', () => {
    const rules = sarif().runs[0]?.tool.driver.rules ?? [];
    assert.deepEqual(rules.map((rule) => rule.id), ['syntax-error', 'demo-rule']);
    const demo = rules[1];
    assert.equal(demo?.shortDescription?.text, 'A demonstration rule.');
    assert.equal(demo?.defaultConfiguration?.level, 'warning');
    assert.equal(demo?.helpUri, `exkb:${ENTRY}`);
    assert.match(demo?.help?.text ?? '', new RegExp(`^${knowledge.entry(ENTRY)?.title}[\\s\\S]*Cause: [\\s\\S]*Fix: `));
    assert.match(demo?.help?.markdown ?? '', /\*\*Fix\.\*\*/);
    assert.ok(demo?.properties?.tags?.includes('public-folders'));
  });

  it('links entries into the repository when the package has a home page', () => {
    const log = sarif([], 'https://example.org/exkb/');
    assert.equal(log.runs[0]?.tool.driver.informationUri, 'https://example.org/exkb/');
    assert.match(log.runs[0]?.tool.driver.rules?.[1]?.helpUri ?? '', /^https:\/\/example\.org\/exkb\/blob\/main\/knowledge\/entries\/public-folders\/public-folder-anonymous-contributor\.md$/);
  });

  it('maps severities to levels, points at 1-based regions and carries fixes', () => {
    const run = sarif().runs[0];
    const results = run?.results ?? [];
    assert.deepEqual(results.map((result) => [result.ruleId, result.ruleIndex, result.level]), [['demo-rule', 1, 'error'], ['syntax-error', 0, 'warning'], ['demo-rule', 1, 'note']]);
    assert.deepEqual(results[0]?.locations?.[0]?.physicalLocation, {
      artifactLocation: { uri: 'scripts/a.ps1', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 },
    });
    assert.deepEqual(results[0]?.fixes?.[0]?.artifactChanges[0]?.replacements[0], { deletedRegion: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 }, insertedContent: { text: '$false' } });
    assert.equal(run?.columnKind, 'utf16CodeUnits');
    assert.match(run?.originalUriBaseIds?.['%SRCROOT%']?.uri ?? '', /^file:\/\/.*\/$/);
  });

  it('records problems outside the findings as notifications', () => {
    assert.deepEqual(sarif().runs[0]?.invocations?.[0], { executionSuccessful: true, toolExecutionNotifications: [] });
    const invocation = sarif(['cannot read x.ps1: permission denied']).runs[0]?.invocations?.[0];
    assert.equal(invocation?.executionSuccessful, false);
    assert.equal(invocation?.toolExecutionNotifications?.[0]?.message.text, 'cannot read x.ps1: permission denied');
  });
});

describe('artifactLocation', () => {
  const TABLE: ReadonlyArray<[string, Sarif.ArtifactLocation]> = [
    [path.join(CWD, 'a b', 'c#.ps1'), { uri: 'a%20b/c%23.ps1', uriBaseId: '%SRCROOT%' }],
    [path.join(CWD, '..other', 'x.ps1'), { uri: '..other/x.ps1', uriBaseId: '%SRCROOT%' }],
  ];
  for (const [file, expected] of TABLE) it(file, () => assert.deepEqual(artifactLocation(file, CWD), expected));
  it('a file outside the current folder gets an absolute URI', () => {
    assert.match(artifactLocation(path.resolve('/elsewhere/x.ps1'), CWD).uri ?? '', /^file:\/\/\/.*elsewhere\/x\.ps1$/);
  });
});
