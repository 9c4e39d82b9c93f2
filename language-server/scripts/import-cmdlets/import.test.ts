import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GENERATED_NOTE, importFolder, importPages, ReferenceFolderError, SOURCE_PATH, SOURCE_REPOSITORY, UNKNOWN_COMMIT } from './import.js';

const FENCE = '```';
const COMMIT = '0123456789abcdef0123456789abcdef01234567';

function cmdletPage(name: string, products = 'Exchange Online'): string {
  return `---\napplicable: ${products}\nonline version: https://example.test/${name.toLowerCase()}\ntitle: ${name}\n---\n\n# ${name}\n\n## SYNTAX\n\n${FENCE}\n${name} [-Force]\n${FENCE}\n\n## PARAMETERS\n\n### -Force\n\n> Applicable: ${products}\n\nForces it.\n\n${FENCE}yaml\nType: SwitchParameter\nParameter Sets: (All)\nAliases:\n\nRequired: False\nPosition: Named\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: False\n${FENCE}\n`;
}

describe('importPages', () => {
  it('sorts cmdlets by lower-case name and records the source', () => {
    const result = importPages(
      [
        { file: 'set-widget.md', text: cmdletPage('Set-Widget') },
        { file: 'Get-widget.md', text: cmdletPage('Get-widget') },
        { file: 'Get-Gadget.md', text: cmdletPage('Get-Gadget') },
        { file: 'Get-WIDGETStatus.md', text: cmdletPage('Get-WIDGETStatus') },
      ],
      COMMIT,
    );
    assert.deepEqual(
      result.model.cmdlets.map((cmdlet) => cmdlet.name),
      ['Get-Gadget', 'Get-widget', 'Get-WIDGETStatus', 'Set-Widget'],
    );
    assert.deepEqual(result.model.source, { repository: SOURCE_REPOSITORY, path: SOURCE_PATH, commit: COMMIT });
    assert.equal(result.model.generated, GENERATED_NOTE);
    assert.deepEqual(result.problems, []);
    assert.equal(result.pages, 4);
  });

  it('imports the good pages when others are broken, skips the module page, and reports a title used twice', () => {
    const result = importPages(
      [
        { file: 'Broken.md', text: '# nothing here\n' },
        { file: 'WidgetShell.md', text: '---\nModule Name: WidgetShell\n---\n' },
        { file: 'Get-Widget.md', text: cmdletPage('Get-Widget') },
        { file: 'Get-Widget-copy.md', text: cmdletPage('Get-Widget', 'Exchange Server 2016') },
      ],
      COMMIT,
    );
    assert.deepEqual(
      result.model.cmdlets.map((cmdlet) => [cmdlet.name, cmdlet.products]),
      [['Get-Widget', ['online']]],
    );
    assert.deepEqual(
      result.problems.map((problem) => [problem.file, problem.line, problem.kind]),
      [
        ['Broken.md', 1, 'front-matter'],
        ['Broken.md', 1, 'page'],
        ['Get-Widget-copy.md', 1, 'page'],
      ],
    );
  });
});

describe('importFolder', () => {
  let root = '';
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'exkb-import-'));
    await mkdir(path.join(root, 'with-readme', 'widget-cmdlets'), { recursive: true });
    await writeFile(path.join(root, 'with-readme', 'README.md'), `| folder | source |\n|---|---|\n| \`widget-cmdlets/\` | someone/docs, commit ${COMMIT} (2026) |\n`);
    await writeFile(path.join(root, 'with-readme', 'widget-cmdlets', 'Set-Widget.md'), cmdletPage('Set-Widget'));
    await writeFile(path.join(root, 'with-readme', 'widget-cmdlets', 'Get-Widget.md'), cmdletPage('Get-Widget'));
    await writeFile(path.join(root, 'with-readme', 'widget-cmdlets', 'LICENSE'), 'not a page');
    await mkdir(path.join(root, 'without-readme', 'widget-cmdlets'), { recursive: true });
    await writeFile(path.join(root, 'without-readme', 'widget-cmdlets', 'Get-Widget.md'), cmdletPage('Get-Widget'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('reads every .md page and the commit from ../README.md', async () => {
    const result = await importFolder(path.join(root, 'with-readme', 'widget-cmdlets'));
    assert.equal(result.model.source.commit, COMMIT);
    assert.deepEqual(
      result.model.cmdlets.map((cmdlet) => cmdlet.name),
      ['Get-Widget', 'Set-Widget'],
    );
    assert.equal(result.pages, 2);
    assert.deepEqual(result.problems, []);
  });

  it('records an unknown commit, and says so, without a README row', async () => {
    const result = await importFolder(path.join(root, 'without-readme', 'widget-cmdlets'));
    assert.equal(result.model.source.commit, UNKNOWN_COMMIT);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]?.message ?? '', /no commit for widget-cmdlets\//);
    assert.equal(result.model.cmdlets.length, 1);
  });

  it('throws a ReferenceFolderError for a missing folder', async () => {
    await assert.rejects(importFolder(path.join(root, 'nowhere')), ReferenceFolderError);
  });
});
