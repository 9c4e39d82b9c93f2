import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Settings } from '../settings.js';
import { formatConfigProblem, mentionsExkb, parseConfig, parseVsCodeSettings } from './parse-config.js';

const KNOWN_RULES = ['require-sender-authentication-external', 'iis-32-bit-app-pool'];
const FILE = 'exkb.config.json';

interface Case {
  text: string;
  settings: Partial<Settings>;
  /** `line:column message-pattern` for each problem, in order. */
  problems?: ReadonlyArray<[number, number, RegExp]>;
}

const CONFIG_TABLE: ReadonlyArray<[string, Case]> = [
  ['an empty object', { text: '{}', settings: {} }],
  [
    'every setting',
    {
      text: '{ "exchangeVersion": "2016", "rules": { "iis-32-bit-app-pool": "off", "require-sender-authentication-external": "warning" }, "knowledgeFolders": ["./kb"] }',
      settings: { exchangeVersion: '2016', rules: { 'iis-32-bit-app-pool': 'off', 'require-sender-authentication-external': 'warning' }, knowledgeFolders: ['./kb'] },
    },
  ],
  ['a version as a number, or in capitals', { text: '{"exchangeVersion": 2019}', settings: { exchangeVersion: '2019' } }],
  ['SE in capitals', { text: '{"exchangeVersion": "SE"}', settings: { exchangeVersion: 'se' } }],
  ['a byte-order mark, comments and a trailing comma', { text: '\uFEFF{\n  // target\n  "exchangeVersion": "online", /* cloud */\n}', settings: { exchangeVersion: 'online' } }],
  ['$schema is allowed', { text: '{"$schema": "./schema.json", "exchangeVersion": "2013"}', settings: { exchangeVersion: '2013' } }],
  ['one folder as a string', { text: '{"knowledgeFolders": "kb"}', settings: { knowledgeFolders: ['kb'] } }],
  [
    'an unknown key keeps the rest',
    { text: '{\n  "exchangeVersoin": "2016",\n  "rules": {}\n}', settings: { rules: {} }, problems: [[2, 3, /unknown setting "exchangeVersoin"; did you mean "exchangeVersion"\?/]] },
  ],
  [
    'an unknown version suggests the closest',
    { text: '{"exchangeVersion": "2012", "knowledgeFolders": []}', settings: { knowledgeFolders: [] }, problems: [[1, 21, /exchangeVersion: unknown Exchange version "2012"; did you mean "201[03]"\? Versions: any, 2007/]] },
  ],
  ['a version of the wrong type', { text: '{"exchangeVersion": true}', settings: {}, problems: [[1, 21, /exchangeVersion must be a string.*found a boolean/]] }],
  [
    'a bad severity keeps the other rules',
    {
      text: '{"rules": {\n  "iis-32-bit-app-pool": "eror",\n  "require-sender-authentication-external": "hint"\n}}',
      settings: { rules: { 'require-sender-authentication-external': 'hint' } },
      problems: [[2, 26, /rules\["iis-32-bit-app-pool"\] must be one of off, error, warning, info, hint not "eror"; did you mean "error"\?/]],
    },
  ],
  ['"warn" suggests "warning"', { text: '{"rules": {"iis-32-bit-app-pool": "warn"}}', settings: { rules: {} }, problems: [[1, 35, /not "warn"; did you mean "warning"\?/]] }],
  ['a severity as a number', { text: '{"rules": {"iis-32-bit-app-pool": 2}}', settings: { rules: {} }, problems: [[1, 35, /found a number/]] }],
  [
    'an unknown rule suggests the closest',
    { text: '{"rules": {"iis-32bit-app-pool": "off"}}', settings: { rules: {} }, problems: [[1, 12, /rules: unknown rule "iis-32bit-app-pool"; did you mean "iis-32-bit-app-pool"\?/]] },
  ],
  ['syntax-error cannot be turned off', { text: '{"rules": {"syntax-error": "off"}}', settings: { rules: {} }, problems: [[1, 12, /"syntax-error" cannot be configured/]] }],
  ['rules of the wrong type', { text: '{"rules": ["iis-32-bit-app-pool"]}', settings: { rules: {} }, problems: [[1, 11, /rules must be an object.*found an array/]] }],
  [
    'a folder of the wrong type keeps the good ones',
    { text: '{"knowledgeFolders": ["kb", 3, ""]}', settings: { knowledgeFolders: ['kb'] }, problems: [[1, 29, /found a number/], [1, 32, /found an empty string/]] },
  ],
  [
    'a missing comma: the rest is still read',
    { text: '{\n  "exchangeVersion": "2010"\n  "rules": {"iis-32-bit-app-pool": "off"}\n}', settings: { exchangeVersion: '2010', rules: { 'iis-32-bit-app-pool': 'off' } }, problems: [[3, 3, /invalid JSON: expected "," between items/]] },
  ],
  ['an unclosed object', { text: '{"exchangeVersion": "2010"', settings: { exchangeVersion: '2010' }, problems: [[1, 27, /invalid JSON: expected "}"/]] }],
  ['not an object', { text: '["2016"]', settings: {}, problems: [[1, 1, /must be a JSON object.*found an array/]] }],
  ['an empty file', { text: '  \n', settings: {}, problems: [[1, 1, /the file is empty/]] }],
  ['a duplicate key: the later wins', { text: '{"exchangeVersion": "2010", "exchangeVersion": "2013"}', settings: { exchangeVersion: '2013' }, problems: [[1, 2, /"exchangeVersion" is set twice/]] }],
  ['a diagnostics limit', { text: '{"maxDiagnosticsPerFile": 200}', settings: { maxDiagnosticsPerFile: 200 } }],
  ['a diagnostics limit of 0: no limit', { text: '{"maxDiagnosticsPerFile": 0}', settings: { maxDiagnosticsPerFile: 0 } }],
  ['a negative diagnostics limit', { text: '{"maxDiagnosticsPerFile": -1}', settings: {}, problems: [[1, 27, /maxDiagnosticsPerFile must be a whole number of 0 or more .*found -1/]] }],
  ['a fractional diagnostics limit', { text: '{"maxDiagnosticsPerFile": 2.5}', settings: {}, problems: [[1, 27, /maxDiagnosticsPerFile must be a whole number.*found 2.5/]] }],
  ['a diagnostics limit as a string', { text: '{"maxDiagnosticsPerFile": "500"}', settings: {}, problems: [[1, 27, /maxDiagnosticsPerFile must be a whole number.*found a string/]] }],
  ['UTF-16 columns count code units', { text: '{"kb": "😀", "x": 1}', settings: {}, problems: [[1, 2, /unknown setting "kb"/], [1, 14, /unknown setting "x"/]] }],
];

const VSCODE_TABLE: ReadonlyArray<[string, Case]> = [
  [
    'flat keys among other extensions\' settings',
    {
      text: '{\n  // editor\n  "editor.tabSize": 4,\n  "exkb.exchangeVersion": "2019",\n  "exkb.rules": {"iis-32-bit-app-pool": "error"},\n  "exkb.knowledgeFolders": ["kb"],\n}',
      settings: { exchangeVersion: '2019', rules: { 'iis-32-bit-app-pool': 'error' }, knowledgeFolders: ['kb'] },
    },
  ],
  ['an exkb object', { text: '{"exkb": {"exchangeVersion": "2013"}}', settings: { exchangeVersion: '2013' } }],
  ['the flat diagnostics limit', { text: '{"exkb.maxDiagnosticsPerFile": 1000}', settings: { maxDiagnosticsPerFile: 1000 } }],
  ['an unknown exkb key', { text: '{"exkb.rule": {}}', settings: {}, problems: [[1, 2, /unknown setting "exkb.rule"; did you mean "exkb.rules"\?/]] }],
  ['a bad value names the flat key', { text: '{"exkb.exchangeVersion": "2003"}', settings: {}, problems: [[1, 26, /exkb.exchangeVersion: unknown Exchange version "2003"/]] }],
  ['an unknown key inside the exkb object', { text: '{"exkb": {"rulez": {}}}', settings: {}, problems: [[1, 11, /unknown setting "exkb.rulez"; did you mean "exkb.rules"\?/]] }],
  ['no exkb keys', { text: '{"editor.tabSize": 2}', settings: {} }],
];

function check(parse: typeof parseConfig, name: string, { text, settings, problems = [] }: Case): void {
  it(name, () => {
    const result = parse(text, FILE, { knownRules: KNOWN_RULES });
    assert.deepEqual(result.settings, settings);
    assert.equal(result.problems.length, problems.length, JSON.stringify(result.problems));
    for (const [index, [line, column, pattern]] of problems.entries()) {
      const problem = result.problems[index];
      assert.equal(problem?.file, FILE);
      assert.deepEqual([problem?.line, problem?.column], [line, column], problem?.message);
      assert.match(problem?.message ?? '', pattern);
    }
  });
}

describe('parseConfig', () => {
  for (const [name, testCase] of CONFIG_TABLE) check(parseConfig, name, testCase);
  it('checks rule ids against the registry by default', () => {
    const { problems } = parseConfig('{"rules": {"no-such-rule-anywhere": "off"}}', FILE);
    assert.match(problems[0]?.message ?? '', /unknown rule "no-such-rule-anywhere"/);
  });
});

describe('parseVsCodeSettings', () => {
  for (const [name, testCase] of VSCODE_TABLE) check(parseVsCodeSettings, name, testCase);
});

describe('mentionsExkb', () => {
  const TABLE: ReadonlyArray<[string, boolean]> = [
    ['{"exkb.rules": {}}', true],
    ['{ "exkb" : {} }', true],
    ['{"editor.tabSize": 2}', false],
    ['{"myexkb.rules": {}}', false],
  ];
  for (const [text, expected] of TABLE) it(text, () => assert.equal(mentionsExkb(text), expected));
});

it('formatConfigProblem prints file:line:column: message', () => {
  assert.equal(formatConfigProblem({ file: 'a/exkb.config.json', line: 3, column: 7, message: 'unknown setting "x"' }), 'a/exkb.config.json:3:7: unknown setting "x"');
});
