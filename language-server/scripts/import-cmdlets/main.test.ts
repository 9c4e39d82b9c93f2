import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
const FENCE = '```';
const PAGE = `---\napplicable: Exchange Online\nonline version: https://example.test/get-widget\ntitle: Get-Widget\n---\n\n## SYNTAX\n\n${FENCE}\nGet-Widget [-Identity] <WidgetIdParameter> [-Shade <String>]\n${FENCE}\n\n## PARAMETERS\n\n### -Identity\n\n${FENCE}yaml\nType: WidgetIdParameter\nParameter Sets: (All)\nAliases:\n\nRequired: True\nPosition: 1\nDefault value: None\nAccept pipeline input: True\nAccept wildcard characters: False\n${FENCE}\n`;

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: 'utf8' });
}

describe('import-cmdlets main', () => {
  let root = '';
  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'exkb-import-main-'));
    await mkdir(path.join(root, 'reference', 'widget-cmdlets'), { recursive: true });
    await writeFile(path.join(root, 'reference', 'README.md'), `| \`widget-cmdlets/\` | commit ${'a'.repeat(40)} |\n`);
    await writeFile(path.join(root, 'reference', 'widget-cmdlets', 'Get-Widget.md'), PAGE);
    await mkdir(path.join(root, 'empty-cmdlets'));
    await writeFile(path.join(root, 'empty-cmdlets', 'Broken.md'), 'no front matter\n');
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('writes the model, prints the counts and the problems with file:line', async () => {
    const result = run([path.join('reference', 'widget-cmdlets'), path.join('out', 'model.json')], root);
    assert.equal(result.status, 0, result.stderr);
    const model = JSON.parse(await readFile(path.join(root, 'out', 'model.json'), 'utf8'));
    assert.equal(model.source.commit, 'a'.repeat(40));
    assert.deepEqual(model.cmdlets[0].sets, [{ name: 'Default', parameters: ['Identity@0!', 'Shade'] }]);
    assert.match(result.stdout, /^1 cmdlets, 2 parameters \(0 with accepted values\), 1 parameter sets$/m);
    assert.match(result.stdout, /^1 problem\(s\) in the reference: 1 parameters$/m);
    assert.match(result.stderr, new RegExp(`^${path.join('reference', 'widget-cmdlets', 'Get-Widget.md').replace(/[\\.]/g, '\\$&')}:10: parameters: -Shade`, 'm'));
  });

  it('exits 1 and writes nothing when the folder is missing', () => {
    const result = run(['nowhere', 'missing.json'], root);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /cannot read the reference folder/);
    assert.equal(existsSync(path.join(root, 'missing.json')), false);
  });

  it('exits 1 and writes nothing when no page can be imported', () => {
    const result = run(['empty-cmdlets', 'empty.json'], root);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Broken\.md:1: page: not imported/);
    assert.match(result.stderr, /no cmdlet page could be imported/);
    assert.equal(existsSync(path.join(root, 'empty.json')), false);
  });

  it('exits 2 on too many arguments', () => {
    const result = run(['a', 'b', 'c'], root);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /usage:/);
  });
});
