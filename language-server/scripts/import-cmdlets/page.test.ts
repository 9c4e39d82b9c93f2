import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importPage } from './page.js';

const FENCE = '```';

interface ParameterSpec {
  readonly applicable?: string;
  readonly description?: string;
  readonly type?: string;
  readonly sets?: string;
  readonly aliases?: string;
  readonly required?: string;
  readonly position?: string;
  readonly pipeline?: string;
}

/** A reference-style page for `Set-Widget`, written for these tests. */
function page(options: { front?: string[]; syntax: readonly (string | { name: string; block: string })[]; parameters: Record<string, ParameterSpec> }): string {
  const front = options.front ?? ['applicable: Exchange Server 2016, Exchange Server 2019, Exchange Online', 'external help file: Widgets-Help.xml', 'online version: https://example.test/set-widget', 'title: Set-Widget'];
  const syntax = options.syntax.map((entry) => (typeof entry === 'string' ? `${FENCE}\n${entry}\n${FENCE}\n` : `### ${entry.name}\n${FENCE}\n${entry.block}\n${FENCE}\n`));
  const parameters = Object.entries(options.parameters).map(
    ([name, spec]) =>
      `### -${name}\n\n> Applicable: ${spec.applicable ?? 'Exchange Server 2016, Exchange Server 2019, Exchange Online'}\n\n${spec.description ?? `The ${name} parameter does a thing.`}\n\n${FENCE}yaml\nType: ${spec.type ?? 'String'}\nParameter Sets: ${spec.sets ?? '(All)'}\nAliases: ${spec.aliases ?? ''}\n\nRequired: ${spec.required ?? 'False'}\nPosition: ${spec.position ?? 'Named'}\nDefault value: None\nAccept pipeline input: ${spec.pipeline ?? 'False'}\nAccept wildcard characters: False\n${FENCE}\n`,
  );
  return ['---', ...front, '---', '', '# Set-Widget', '', '## SYNOPSIS', 'Changes a widget.', '', '## SYNTAX', '', ...syntax, '## DESCRIPTION', 'Words.', '', '## PARAMETERS', '', ...parameters, '### CommonParameters', 'The usual ones.', '', '## INPUTS', ''].join('\n');
}

function imported(text: string) {
  const result = importPage(text, 'Set-Widget.md');
  assert.equal(result.kind, 'cmdlet', JSON.stringify(result.problems));
  if (result.kind !== 'cmdlet') throw new Error('not a cmdlet');
  return result;
}

describe('importPage', () => {
  it('reads the cmdlet facts from the front matter', () => {
    const { record, problems } = imported(page({ syntax: ['Set-Widget [-Identity] <WidgetIdParameter>'], parameters: { Identity: { type: 'WidgetIdParameter', required: 'True', position: '1', pipeline: 'True' } } }));
    assert.deepEqual(problems, []);
    assert.deepEqual(record, {
      name: 'Set-Widget',
      products: ['2016', '2019', 'online'],
      help: 'https://example.test/set-widget',
      parameters: [{ name: 'Identity', type: 'WidgetIdParameter', pipeline: 'value' }],
      sets: [{ name: 'Default', parameters: ['Identity@0!'] }],
    });
  });

  const modules: [string, string | undefined][] = [
    ['ExchangeOnlineManagement-help.xml', 'ExchangeOnlineManagement'],
    ['Microsoft.Exchange.Management.RestApiClient.dll-Help.xml', 'ExchangeOnlineManagement'],
    ['Microsoft.Exchange.Management.ExoPowershellGalleryModule.dll-Help.xml', 'ExchangeOnlineManagement'],
    ['Microsoft.Exchange.RolesAndAccess-Help.xml', undefined],
    ['', undefined],
  ];
  for (const [helpFile, module] of modules) {
    it(`module ${module ?? 'none'} for the help file "${helpFile}"`, () => {
      const { record } = imported(page({ front: ['applicable: Exchange Online', `external help file: ${helpFile}`, 'online version: https://example.test/x', 'title: Set-Widget'], syntax: ['Set-Widget [-Force]'], parameters: { Force: { type: 'SwitchParameter', applicable: 'Exchange Online' } } }));
      assert.equal(record.module, module);
    });
  }

  it('builds one set per SYNTAX block, named by its heading, "(Default)" dropped', () => {
    const { record, problems } = imported(
      page({
        syntax: [
          { name: 'Identity (Default)', block: 'Set-Widget [-Identity] <WidgetIdParameter> [-Color <String>] [-Force]' },
          { name: 'Owner', block: 'Set-Widget [[-Identity] <WidgetIdParameter>] -Owner <UserIdParameter> [-Force]' },
        ],
        parameters: {
          Identity: { type: 'WidgetIdParameter', sets: 'Identity, Owner', required: 'True', position: '0' },
          Color: { sets: 'Identity' },
          Owner: { type: 'UserIdParameter', sets: 'Owner', required: 'True' },
          Force: { type: 'SwitchParameter' },
        },
      }),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(record.sets, [
      { name: 'Identity', parameters: ['Identity@0!', 'Color', 'Force'] },
      { name: 'Owner', parameters: ['Identity@0', 'Owner!', 'Force'] },
    ]);
    assert.deepEqual(
      record.parameters.map((parameter) => parameter.name),
      ['Identity', 'Color', 'Owner', 'Force'],
    );
  });

  it('numbers positions by the yaml Position of each set, then block order; Named last', () => {
    const { record } = imported(
      page({
        syntax: [
          { name: 'ByPath', block: 'Set-Widget [[-Label] <String>] [[-Path] <String>] [[-Extra] <String>] [[-Size] <Int32>]' },
          { name: 'ByName', block: 'Set-Widget [-Path] <String> [[-Size] <Int32>]' },
        ],
        parameters: {
          Label: { position: '3', sets: 'ByPath' },
          Path: { position: '1' },
          Extra: { position: 'Named', sets: 'ByPath' },
          Size: { type: 'Int32', position: '2' },
        },
      }),
    );
    assert.deepEqual(record.sets, [
      { name: 'ByPath', parameters: ['Label@2', 'Path@0', 'Extra@3', 'Size@1'] },
      { name: 'ByName', parameters: ['Path@0!', 'Size@1'] },
    ]);
  });

  it('takes a parameter the syntax writes as named but the yaml gives a Position as positional, and says so', () => {
    const { record, problems } = imported(page({ syntax: ['Set-Widget [-Identity <WidgetIdParameter>] [-Shade <String>]'], parameters: { Identity: { type: 'WidgetIdParameter', position: '1' }, Shade: {} } }));
    assert.deepEqual(record.sets, [{ name: 'Default', parameters: ['Identity@0', 'Shade'] }]);
    assert.deepEqual(
      problems.map((problem) => [problem.kind, problem.message]),
      [['position', '-Identity is named in the syntax block of set Default but has Position 1 in its yaml block; the model takes it as positional']],
    );
  });

  it('takes each set its own Position when a parameter has two yaml blocks', () => {
    const text = page({
      syntax: [
        { name: 'A', block: 'Set-Widget [[-First] <String>] [[-Second] <String>]' },
        { name: 'B', block: 'Set-Widget [[-First] <String>] [[-Second] <String>]' },
      ],
      parameters: { First: { position: '1' }, Second: { position: '1', sets: 'A' } },
    }).replace(/(### -Second[\s\S]*?```\n)/, `$1\n${FENCE}yaml\nType: String\nParameter Sets: B\nAliases:\n\nRequired: False\nPosition: 0\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: False\n${FENCE}\n`);
    const { record, problems } = imported(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      record.sets.map((set) => set.parameters),
      [
        ['First@0', 'Second@1'],
        ['First@1', 'Second@0'],
      ],
    );
  });

  it('keeps products, aliases and values per parameter; products only when they differ', () => {
    const { record } = imported(
      page({
        syntax: ['Set-Widget [-Mode <WidgetMode>] [-Legacy] [-Confirm]'],
        parameters: {
          Mode: { type: 'WidgetMode', description: 'The Mode parameter. Valid values are:\n\n- Fast\n- Slow\n' },
          Legacy: { type: 'SwitchParameter', applicable: 'Exchange Server 2016' },
          Confirm: { type: 'SwitchParameter', aliases: 'cf' },
        },
      }),
    );
    assert.deepEqual(record.parameters, [
      { name: 'Mode', type: 'WidgetMode', values: ['Fast', 'Slow'] },
      { name: 'Legacy', type: 'SwitchParameter', products: ['2016'] },
      { name: 'Confirm', type: 'SwitchParameter', aliases: ['cf'] },
    ]);
  });

  it('reports SYNTAX and PARAMETERS disagreeing, and keeps both sides', () => {
    const { record, problems } = imported(
      page({
        syntax: [{ name: 'Main', block: 'Set-Widget [-Identity] <WidgetIdParameter> [-Shade <String>] [-GHOST <Int32>] [-Spare]\n [-color <String>]' }],
        parameters: { Identity: { type: 'WidgetIdParameter' }, Color: {}, Unused: {} },
      }),
    );
    assert.deepEqual(
      record.parameters.map((parameter) => `${parameter.name}:${parameter.type}`),
      ['Identity:WidgetIdParameter', 'Color:String', 'Unused:String', 'Shade:String', 'GHOST:Int32', 'Spare:SwitchParameter'],
    );
    assert.deepEqual(record.sets, [{ name: 'Main', parameters: ['Identity@0!', 'Shade', 'GHOST', 'Spare', 'Color'] }]);
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.kind, problem.message]),
      [
        ['Set-Widget.md', 'parameters', '-Shade (set Main) is not described under PARAMETERS; its type is taken from the syntax block'],
        ['Set-Widget.md', 'parameters', '-GHOST (set Main) is not described under PARAMETERS; its type is taken from the syntax block'],
        ['Set-Widget.md', 'parameters', '-Spare (set Main) is not described under PARAMETERS; its type is taken from the syntax block'],
        ['Set-Widget.md', 'parameters', '-color is spelt -Color under PARAMETERS; the model uses -Color'],
        ['Set-Widget.md', 'parameters', '-Unused is described under PARAMETERS but is in no SYNTAX block'],
      ],
    );
  });

  it('names the line of each problem in the page', () => {
    const text = page({ syntax: [{ name: 'Main', block: 'Set-Widget [-Identity] <WidgetIdParameter>\n [-Shade <String>]' }], parameters: { Identity: { type: 'WidgetIdParameter' }, Unused: {} } });
    const lines = text.split('\n');
    const { problems } = imported(text);
    assert.deepEqual(
      problems.map((problem) => problem.line),
      [lines.indexOf(' [-Shade <String>]') + 1, lines.indexOf('### -Unused') + 1],
    );
  });

  it('reads a syntax block that starts with another cmdlet, and reports it', () => {
    const { record, problems } = imported(page({ syntax: ['Get-Gadget [-Force]'], parameters: { Force: { type: 'SwitchParameter' } } }));
    assert.deepEqual(record.sets, [{ name: 'Default', parameters: ['Force'] }]);
    assert.match(problems[0]?.message ?? '', /starts with Get-Gadget, not Set-Widget/);
  });

  it('names unnamed blocks on a page with several, and renames a repeated set name', () => {
    const { record, problems } = imported(
      page({
        syntax: ['Set-Widget [-Force]', { name: 'Default', block: 'Set-Widget [-Force]' }],
        parameters: { Force: { type: 'SwitchParameter' } },
      }),
    );
    assert.deepEqual(
      record.sets.map((set) => set.name),
      ['Default', 'Default2'],
    );
    assert.deepEqual(
      problems.map((problem) => problem.kind),
      ['syntax', 'syntax'],
    );
  });

  it('reads a broken online version line', () => {
    const { record, problems } = imported(page({ front: ['applicable: Exchange Online', 'https: //example.test/set-widget', 'title: Set-Widget'], syntax: ['Set-Widget'], parameters: {} }));
    assert.equal(record.help, 'https://example.test/set-widget');
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.kind]),
      [[3, 'front-matter']],
    );
  });

  it('skips the module page', () => {
    const result = importPage('---\nModule Name: WidgetShell\ntitle: widgets\n---\n# WidgetShell\n', 'WidgetShell.md');
    assert.deepEqual(result, { kind: 'module', problems: [] });
  });

  const broken: { name: string; text: string; problems: [number, string, RegExp][] }[] = [
    {
      name: 'no front matter',
      text: '# Set-Widget\n\n## PARAMETERS\n',
      problems: [
        [1, 'front-matter', /does not start with front matter/],
        [1, 'page', /not imported: no front matter/],
      ],
    },
    {
      name: 'no title',
      text: '---\napplicable: Exchange Online\n---\n',
      problems: [
        [3, 'front-matter', /no title/],
        [1, 'page', /not imported: no cmdlet name/],
      ],
    },
    {
      name: 'no products',
      text: '---\ntitle: Set-Widget\napplicable: Exchange Server 2003\n---\n',
      problems: [
        [3, 'products', /"Exchange Server 2003" is not a product name/],
        [1, 'page', /not imported: no products/],
      ],
    },
  ];
  for (const { name, text, problems } of broken) {
    it(`gives no record but problems for a page with ${name}`, () => {
      const result = importPage(text, 'Set-Widget.md');
      assert.equal(result.kind, 'unreadable');
      assert.deepEqual(
        result.problems.map((problem) => [problem.file, problem.line, problem.kind]),
        problems.map(([line, kind]) => ['Set-Widget.md', line, kind]),
      );
      problems.forEach(([, , pattern], index) => assert.match(result.problems[index]?.message ?? '', pattern));
    });
  }

  it('imports a page without SYNTAX or PARAMETERS, with no sets, and says so', () => {
    const result = importPage('---\ntitle: Set-Widget\napplicable: Exchange Online\nonline version: https://example.test/w\n---\n\n# Set-Widget\n', 'Set-Widget.md');
    assert.equal(result.kind, 'cmdlet');
    if (result.kind !== 'cmdlet') return;
    assert.deepEqual(result.record.sets, []);
    assert.deepEqual(
      result.problems.map((problem) => [problem.line, problem.kind, problem.message]),
      [
        [5, 'page', 'the page has no PARAMETERS section'],
        [5, 'page', 'the page has no SYNTAX section; the cmdlet has no parameter sets'],
      ],
    );
  });

  it('never throws on odd input', () => {
    for (const text of ['', '---', '---\n---', '\uFEFF---\ntitle: X\napplicable: Exchange Online\n---\n## SYNTAX\n```\n[[[\n```\n## PARAMETERS\n### -\n```yaml\n:::\n```\n', '## SYNTAX\n### \n']) {
      assert.doesNotThrow(() => importPage(text, 'odd.md'));
    }
  });
});
