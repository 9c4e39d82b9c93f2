import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readPageLayout } from './page-layout.js';

const FENCE = '```';
const layout = (markdown: string) => readPageLayout(unified().use(remarkParse).parse(markdown) as Root);

describe('readPageLayout', () => {
  it('finds the syntax blocks with their headings, and the parameter sections up to CommonParameters', () => {
    const text = [
        '# Set-Widget',
        '## SYNOPSIS',
        `${FENCE}\nnot syntax\n${FENCE}`,
        '## SYNTAX',
        '### ByName',
        `${FENCE}\nSet-Widget -Name <String>\n${FENCE}`,
        '### ByPath',
        ` ${FENCE}\nSet-Widget -Path <String>\n ${FENCE}`,
        '## EXAMPLES',
        '### Example 1',
        `${FENCE}powershell\nSet-Widget -Name a\n${FENCE}`,
        '## PARAMETERS',
        '### -Name',
        'About the name.',
        '#### A note',
        `${FENCE}yaml\nType: String\n${FENCE}`,
        '### -Path',
        `${FENCE}yaml\nType: String\n${FENCE}`,
        '### CommonParameters',
        'Not a parameter.',
        '## INPUTS',
      ].join('\n\n');
    const lines = text.split('\n');
    const lineAfter = (heading: string) => lines.indexOf(heading) + 3; // the heading, a blank line, then the node
    const read = layout(text);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(
      read.syntaxBlocks.map((block) => [block.heading, block.code.value, block.line]),
      [
        ['ByName', 'Set-Widget -Name <String>', lineAfter('### ByName')],
        ['ByPath', 'Set-Widget -Path <String>', lineAfter('### ByPath')],
      ],
    );
    assert.deepEqual(
      read.parameterSections.map((section) => [section.name, section.line, section.nodes.map((node) => node.type)]),
      [
        ['Name', lines.indexOf('### -Name') + 1, ['paragraph', 'heading', 'code']],
        ['Path', lines.indexOf('### -Path') + 1, ['code']],
      ],
    );
    assert.equal(read.syntaxLine, lines.indexOf('## SYNTAX') + 1);
    assert.equal(read.parametersLine, lines.indexOf('## PARAMETERS') + 1);
  });

  it('reports a set heading without a block', () => {
    const read = layout(`## SYNTAX\n\n### Lonely\n\n### Real\n\n${FENCE}\nSet-Widget\n${FENCE}\n`);
    assert.deepEqual(
      read.syntaxBlocks.map((block) => block.heading),
      ['Real'],
    );
    assert.deepEqual(read.problems, [{ line: 3, kind: 'syntax', message: 'the set heading "Lonely" has no syntax block under it' }]);
  });

  it('has no section lines on a page without them', () => {
    const read = layout('# Set-Widget\n\nNothing else.\n');
    assert.equal(read.syntaxLine, undefined);
    assert.equal(read.parametersLine, undefined);
  });
});
