import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blockForSet, readParameterSection } from './parameter-section.js';

const FENCE = '```';
function yaml(type: string, sets: string, more = ''): string {
  return `${FENCE}yaml\nType: ${type}\nParameter Sets: ${sets}\nAliases:\n\nRequired: False\nPosition: Named\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: False\n${more}${FENCE}\n`;
}
function read(markdown: string, name = 'Color') {
  return readParameterSection(name, 3, (unified().use(remarkParse).parse(markdown) as Root).children);
}

describe('readParameterSection', () => {
  it('reads products, type, pipeline and values', () => {
    const { section, problems } = read(
      `> Applicable: Exchange Server 2016, Exchange Online\n\nThe Color parameter paints the widget. Valid values are:\n\n- Red\n- Blue\n\n${yaml('WidgetColor', '(All)').replace('Accept pipeline input: False', 'Accept pipeline input: True (ByPropertyName)').replace('Aliases:', 'Aliases: colour')}`,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      { products: section.products, type: section.type, aliases: section.aliases, pipeline: section.pipeline, values: section.values },
      { products: ['2016', 'online'], type: 'WidgetColor', aliases: ['colour'], pipeline: 'property', values: ['Red', 'Blue'] },
    );
  });

  it('has no products without an Applicable line, and ignores other notes', () => {
    const { section } = read(`> [!NOTE]\n> Applies to blue widgets only.\n\n${yaml('String', '(All)')}`);
    assert.equal(section.products, undefined);
  });

  it('reports the Applicable slips at their line', () => {
    const { section, problems } = read(`Intro.\n\n> Applicable: Applicable: Exchange Server SE Online Protection\n\n${yaml('String', '(All)')}`);
    assert.deepEqual(section.products, ['se']);
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.kind]),
      [
        [3, 'products'],
        [3, 'products'],
      ],
    );
  });

  it('merges two yaml blocks: first type, union of pipeline kinds, each set its own block', () => {
    const first = yaml('NewWidgetIdParameter', 'ByLocation').replace('Accept pipeline input: False', 'Accept pipeline input: True (ByValue)').replace('Position: Named', 'Position: 1');
    const second = yaml('OldWidgetIdParameter', 'ByName, Legacy').replace('Accept pipeline input: False', 'Accept pipeline input: True (ByPropertyName)');
    const { section, problems } = read(`> Applicable: Exchange Online\n\nWhich widget.\n\n${first}\n${second}`, 'Widget');
    assert.equal(section.type, 'NewWidgetIdParameter');
    assert.equal(section.pipeline, 'both');
    assert.equal(section.blocks.length, 2);
    assert.equal(blockForSet(section, 'bylocation')?.position, 1);
    assert.equal(blockForSet(section, 'Legacy')?.position, 'named');
    assert.equal(blockForSet(section, 'Unknown')?.position, 1);
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /type OldWidgetIdParameter in sets ByName, Legacy/);
  });

  it('prefers the block naming a set over (All)', () => {
    const { section } = read(`${yaml('String', '(All)')}\n${yaml('String', 'Special').replace('Position: Named', 'Position: 0')}`);
    assert.equal(blockForSet(section, 'Special')?.position, 0);
    assert.equal(blockForSet(section, 'Other')?.position, 'named');
  });

  it('reports a section without a yaml block and calls its type Object', () => {
    const { section, problems } = read('> Applicable: Exchange Online\n\nNo block here.\n');
    assert.equal(section.type, 'Object');
    assert.match(problems[0]?.message ?? '', /no yaml block/);
    assert.equal(problems[0]?.line, 3);
  });
});
