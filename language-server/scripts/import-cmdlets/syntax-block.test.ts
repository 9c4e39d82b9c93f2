import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSyntaxBlock, type SyntaxParameter } from './syntax-block.js';

/** `Name@!:T` short form: @ positional, ! mandatory, :T the type (none for a switch). */
function short(parameter: SyntaxParameter): string {
  return `${parameter.name}${parameter.positional ? '@' : ''}${parameter.mandatory ? '!' : ''}${parameter.type !== undefined ? `:${parameter.type}` : ''}`;
}

describe('parseSyntaxBlock', () => {
  const cases: { name: string; block: string; cmdlet?: string; parameters: string[]; problems?: RegExp[] }[] = [
    { name: 'positional mandatory', block: 'Get-Widget [-Identity] <WidgetIdParameter>', parameters: ['Identity@!:WidgetIdParameter'] },
    { name: 'positional optional', block: 'Get-Widget [[-Identity] <WidgetIdParameter>]', parameters: ['Identity@:WidgetIdParameter'] },
    { name: 'named mandatory', block: 'New-Widget -Name <String>', parameters: ['Name!:String'] },
    { name: 'named optional', block: 'New-Widget [-Color <String>]', parameters: ['Color:String'] },
    { name: 'optional switch', block: 'New-Widget [-Force]', parameters: ['Force'] },
    { name: 'mandatory switch', block: 'New-Widget -Shiny', parameters: ['Shiny!'] },
    { name: 'common parameters ignored', block: 'New-Widget [-Force] [<CommonParameters>]', parameters: ['Force'] },
    { name: 'array and generic types keep their brackets', block: 'Set-Widget [-Tags <String[]>] [-Size <Unlimited[Int32]>]', parameters: ['Tags:String[]', 'Size:Unlimited[Int32]'] },
    {
      name: 'several lines, in block order',
      block: 'Set-Widget [-Identity] <WidgetIdParameter> -Owner <UserIdParameter>\n [-Color <String>]\n [-Confirm]\n [-WhatIf]\n [<CommonParameters>]',
      parameters: ['Identity@!:WidgetIdParameter', 'Owner!:UserIdParameter', 'Color:String', 'Confirm', 'WhatIf'],
    },
    { name: 'the cmdlet alone on the first line', block: 'Connect-Widget\n [[-Uri] <String>]\n [[-Prefix] <String>]\n [-Quiet]', parameters: ['Uri@:String', 'Prefix@:String', 'Quiet'] },
    { name: 'no parameters', block: 'Get-WidgetVersion', parameters: [] },
    { name: 'a switch before a named parameter is not positional', block: 'New-Widget [-Archive] [-Color <String>]', parameters: ['Archive', 'Color:String'] },
    // The reference's slips, each read as meant and reported.
    { name: '[[-Name <T>]] read as positional optional', block: 'Export-Widget [[-Path <String>]]', parameters: ['Path@:String'], problems: [/read as "\[\[-Path\] <String>\]"/] },
    { name: 'a type without "<"', block: 'Find-Widget [[-Owner] SmtpAddress>]', parameters: ['Owner@:SmtpAddress'], problems: [/no opening "<"/] },
    { name: 'a type without ">"', block: 'Set-Widget [-State <StateEnum] [-Force]', parameters: ['State:StateEnum', 'Force'], problems: [/no closing ">"/] },
    { name: 'a stray ">"', block: 'Set-Widget -Owner <UserIdParameter>>', parameters: ['Owner!:UserIdParameter'], problems: [/stray ">"/] },
    { name: 'a "]" without "["', block: 'Get-Widget [-Identity] <WidgetIdParameter>] [-Force]', parameters: ['Identity@!:WidgetIdParameter', 'Force'], problems: [/"\]" without its "\["/] },
    { name: 'an unclosed "["', block: 'Get-Widget [-Force', parameters: ['Force'], problems: [/never closed/] },
    { name: 'a missing dash', block: 'New-Widget [Color <String>]', parameters: ['Color:String'], problems: [/lacks the "-"/] },
    { name: 'a parameter twice', block: 'Get-Widget [-Force]\n [-Detail]\n [-Detail <String>]', parameters: ['Force', 'Detail'], problems: [/-Detail appears twice/] },
    { name: 'a common parameter written out', block: 'New-Widget [-Force] [-ProgressAction <ActionPreference>]', parameters: ['Force'], problems: [/-ProgressAction is a common parameter/] },
    { name: 'a stray word', block: 'New-Widget [-Force] or', parameters: ['Force'], problems: [/"or" is not part of the syntax notation/] },
    { name: 'a type after nothing', block: 'New-Widget <String>', parameters: [], problems: [/follows no parameter/] },
    { name: 'no cmdlet name', block: '[-Force]', cmdlet: '', parameters: ['Force'], problems: [/does not start with the cmdlet name/] },
  ];
  for (const { name, block, cmdlet, parameters, problems = [] } of cases) {
    it(name, () => {
      const parsed = parseSyntaxBlock(block, 10);
      if (cmdlet !== undefined) assert.equal(parsed.block.cmdlet, cmdlet);
      else assert.equal(parsed.block.cmdlet, block.split(/\s/)[0]);
      assert.deepEqual(parsed.block.parameters.map(short), parameters);
      assert.equal(parsed.problems.length, problems.length, parsed.problems.map((problem) => problem.message).join('; '));
      problems.forEach((pattern, index) => assert.match(parsed.problems[index]?.message ?? '', pattern));
      for (const problem of parsed.problems) assert.equal(problem.kind, 'syntax');
    });
  }

  it('gives every parameter and problem its page line', () => {
    const parsed = parseSyntaxBlock('Set-Widget [-Identity] <WidgetIdParameter>\n [-Color <String>]\n [Size <Int32>]', 21);
    assert.deepEqual(parsed.block.parameters.map((parameter) => parameter.line), [21, 22, 23]);
    assert.deepEqual(parsed.problems.map((problem) => problem.line), [23]);
  });
});
