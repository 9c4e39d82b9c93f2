import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYamlBlock, type YamlBlock } from './yaml-block.js';

function yaml(fields: Record<string, string>): string {
  const all = { Type: 'String', 'Parameter Sets': '(All)', Aliases: '', Required: 'False', Position: 'Named', 'Default value': 'None', 'Accept pipeline input': 'False', 'Accept wildcard characters': 'False', ...fields };
  return Object.entries(all)
    .map(([key, value]) => `${key}: ${value}`.trimEnd())
    .join('\n');
}

describe('parseYamlBlock', () => {
  const cases: { name: string; fields: Record<string, string>; expect: Partial<YamlBlock>; problems?: RegExp[] }[] = [
    { name: 'the usual block', fields: {}, expect: { type: 'String', sets: 'all', aliases: [], required: false, position: 'named' } },
    { name: 'sets and aliases split on commas', fields: { 'Parameter Sets': 'Identity, Owner', Aliases: 'wi, whatif' }, expect: { sets: ['Identity', 'Owner'], aliases: ['wi', 'whatif'] } },
    { name: 'required and position', fields: { Required: 'True', Position: '1' }, expect: { required: true, position: 1 } },
    { name: 'pipeline: bare True is by value', fields: { 'Accept pipeline input': 'True' }, expect: { pipeline: 'value' } },
    { name: 'pipeline: ByValue', fields: { 'Accept pipeline input': 'True (ByValue)' }, expect: { pipeline: 'value' } },
    { name: 'pipeline: ByPropertyName, any case', fields: { 'Accept pipeline input': 'True (byPropertyName)' }, expect: { pipeline: 'property' } },
    { name: 'pipeline: both', fields: { 'Accept pipeline input': 'True (ByPropertyName, ByValue)' }, expect: { pipeline: 'both' } },
    { name: 'pipeline: lower-case false', fields: { 'Accept pipeline input': 'false' }, expect: { pipeline: undefined } },
    { name: 'accepted values', fields: { 'Accepted values': 'Low, Medium,High' }, expect: { acceptedValues: ['Low', 'Medium', 'High'] } },
    { name: 'Required: FalseNamed', fields: { Required: 'FalseNamed' }, expect: { required: false }, problems: [/read as "False"/] },
    { name: 'Position: Positional', fields: { Position: 'Positional' }, expect: { position: 'named' }, problems: [/neither a number nor Named/] },
    { name: 'a type in angle brackets', fields: { Type: '<MultiValuedProperty>' }, expect: { type: 'MultiValuedProperty' }, problems: [/read as "MultiValuedProperty"/] },
    { name: 'a set name run into the type', fields: { Type: 'MailboxIdParameter, ImportSet' }, expect: { type: 'MailboxIdParameter' }, problems: [/read as "MailboxIdParameter"/] },
    { name: 'an alias that repeats the type', fields: { Type: 'MultiValuedProperty', Aliases: 'MultiValuedProperty' }, expect: { aliases: [] }, problems: [/repeats the parameter's type/] },
    { name: 'no Parameter Sets', fields: { 'Parameter Sets': '' }, expect: { sets: 'all' }, problems: [/no Parameter Sets/] },
    { name: 'pipeline not understood', fields: { 'Accept pipeline input': 'Sometimes' }, expect: { pipeline: undefined }, problems: [/not understood/] },
    { name: 'an unknown pipeline kind', fields: { 'Accept pipeline input': 'True (ByMagic, ByValue)' }, expect: { pipeline: 'value' }, problems: [/"bymagic" is not ByValue or ByPropertyName/] },
  ];
  for (const { name, fields, expect, problems = [] } of cases) {
    it(name, () => {
      const parsed = parseYamlBlock(yaml(fields), 40);
      for (const [key, value] of Object.entries(expect)) assert.deepEqual(parsed.block[key as keyof YamlBlock], value, key);
      assert.equal(parsed.problems.length, problems.length, parsed.problems.map((problem) => problem.message).join('; '));
      problems.forEach((pattern, index) => assert.match(parsed.problems[index]?.message ?? '', pattern));
    });
  }

  it('reads a block missing lines, and reports unknown fields and a missing Type with their lines', () => {
    const parsed = parseYamlBlock('Parameter Sets: Identity\nColour: blue\n\nRequired: True', 7);
    assert.deepEqual(parsed.block, { line: 7, sets: ['Identity'], aliases: [], required: true });
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.line, problem.message]),
      [
        [9, '"Colour: blue" is not a field of the parameter block; ignored'],
        [7, 'the block has no Type'],
      ],
    );
  });
});
