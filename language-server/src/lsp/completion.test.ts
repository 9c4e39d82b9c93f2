import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseScript } from '../powershell/index.js';
import { completionContext } from './completion.js';
import { hoverTarget } from './hover.js';

/** `¦` marks the cursor. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('¦');
  return { script: parseScript(textWithCursor.replace('¦', '')), offset };
}

describe('completionContext', () => {
  const TABLE: ReadonlyArray<[string, string, object | undefined]> = [
    ['a command at the start', 'Set-Distri¦', { kind: 'command', prefix: 'Set-Distri' }],
    ['a command after a pipe', 'Get-Mailbox | Set-¦', { kind: 'command', prefix: 'Set-' }],
    ['a command after an assignment', '$groups = Get-Dist¦', { kind: 'command', prefix: 'Get-Dist' }],
    ['a command in a script block', 'foreach ($g in $all) { Set-¦ }', { kind: 'command', prefix: 'Set-' }],
    ['a command on a new line', 'Get-Date\nSet¦', { kind: 'command', prefix: 'Set' }],
    ['a parameter, with those already written', 'Set-DistributionGroup -Identity x -Req¦', { kind: 'parameter', prefix: 'Req', command: 'Set-DistributionGroup', written: ['identity', 'req'] }],
    ['a bare dash belongs to the last command of the pipeline', 'Get-Mailbox -Database DB01 | Set-Mailbox -¦', { kind: 'parameter', prefix: '', command: 'Set-Mailbox' }],
    ['a parameter on a continued line', 'Set-Mailbox jdoe `\n  -Prohibit¦', { kind: 'parameter', prefix: 'Prohibit', command: 'Set-Mailbox' }],
    ['an alias is completed as its command', 'gci -Pa¦', { kind: 'parameter', prefix: 'Pa', command: 'Get-ChildItem' }],
    ['nothing inside an argument', 'Set-DistributionGroup -Identity Sal¦', undefined],
    ['nothing for a dash inside a word', 'Set-DistributionGroup -Identity a-¦', undefined],
    ['nothing for a dash with no command before it', '-Identi¦', undefined],
  ];
  for (const [name, text, expected] of TABLE) {
    it(name, () => {
      const { script, offset } = at(text);
      const context = completionContext(script, offset);
      if (expected === undefined) assert.equal(context, undefined);
      else {
        assert.ok(context, 'a completion context');
        const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, (context as unknown as Record<string, unknown>)[key]]));
        assert.deepEqual(picked, expected);
      }
    });
  }
});

describe('hoverTarget', () => {
  const TABLE: ReadonlyArray<[string, string, string | undefined]> = [
    ['the command name', 'Set-Distri¦butionGroup "Sales"', 'command Set-DistributionGroup'],
    ['the end of the command name', 'Set-DistributionGroup¦ "Sales"', 'command Set-DistributionGroup'],
    ['a parameter name', 'Set-DistributionGroup "Sales" -Require¦SenderAuthenticationEnabled $true', 'parameter RequireSenderAuthenticationEnabled'],
    ['a nested command wins over the one around it', 'Set-Mailbox -Identity (Get-Mai¦lbox -Anr jdoe)', 'command Get-Mailbox'],
    ['an argument', 'Set-DistributionGroup "Sa¦les"', undefined],
  ];
  for (const [name, text, expected] of TABLE) {
    it(name, () => {
      const { script, offset } = at(text);
      const target = hoverTarget(script, offset);
      const described = target === undefined ? undefined : target.kind === 'command' ? `command ${target.command.canonical}` : `parameter ${target.parameter.name}`;
      assert.equal(described, expected);
    });
  }
});
