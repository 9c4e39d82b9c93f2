import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from './lint.js';
import { defineRule, type Rule } from './rules/rule.js';

const SCRIPT = [
  'Get-Mailbox -Identity a | Set-Mailbox -IssueWarningQuota 1GB',
  'gci C:\\Logs',
  '$x = $(Set-Mailbox b -ProhibitSendQuota 2GB)',
  'Get-ChildItem D:\\',
  'Set-Mailbox c',
].join('\n');

/** A rule that reports every command it is given, by name, so the test sees what `context.commands` held. */
function recorder(commands?: readonly string[]): Rule {
  return defineRule({
    meta: { id: 'seen', description: 'Reports each command it sees.', severity: 'info', entries: ['x'], fixable: false, ...(commands ? { commands } : {}) },
    check(context) {
      for (const command of context.commands) {
        context.report({ span: command.nameSpan, message: `${command.name} ${command.previous?.name ?? '-'} ${command.next?.name ?? '-'}` });
      }
    },
  });
}

const cases: Array<{ name: string; commands?: readonly string[]; seen: string[] }> = [
  {
    name: 'no meta.commands: every command, in source order',
    seen: ['Get-Mailbox - Set-Mailbox', 'Set-Mailbox Get-Mailbox -', 'gci - -', 'Set-Mailbox - -', 'Get-ChildItem - -', 'Set-Mailbox - -'],
  },
  { name: 'one key: its commands only, nested ones included, neighbours kept', commands: ['set-mailbox'], seen: ['Set-Mailbox Get-Mailbox -', 'Set-Mailbox - -', 'Set-Mailbox - -'] },
  { name: 'keys are canonical: an alias is found by the cmdlet it stands for', commands: ['get-childitem'], seen: ['gci - -', 'Get-ChildItem - -'] },
  { name: 'several keys merge in source order; case and repeats do not matter', commands: ['Get-ChildItem', 'get-mailbox', 'get-childitem'], seen: ['Get-Mailbox - Set-Mailbox', 'gci - -', 'Get-ChildItem - -'] },
  { name: 'a key the script never uses: no commands', commands: ['search-mailbox'], seen: [] },
];

describe('lint: meta.commands gives a rule only the commands it reads', () => {
  for (const { name, commands, seen } of cases) {
    it(name, () => {
      const result = lint(SCRIPT, { rules: [recorder(commands)] });
      assert.deepEqual(
        result.findings.map((finding) => finding.message),
        seen,
      );
    });
  }

  it('a rule changing its list does not change what the next rule is given', () => {
    const greedy = defineRule({
      meta: { id: 'greedy', description: 'Empties its list.', severity: 'info', entries: ['x'], fixable: false, commands: ['set-mailbox'] },
      check(context) {
        (context.commands as unknown[]).length = 0;
      },
    });
    const result = lint(SCRIPT, { rules: [greedy, recorder(['set-mailbox'])] });
    assert.equal(result.findings.length, 3);
  });
});
