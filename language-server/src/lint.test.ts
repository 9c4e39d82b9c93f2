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
const recorder: Rule = defineRule({
  meta: { id: 'seen', description: 'Reports each command it sees.', severity: 'info', entries: ['x'], fixable: false },
  check(context) {
    for (const command of context.commands) {
      context.report({ span: command.nameSpan, message: `${command.name} ${command.previous?.name ?? '-'} ${command.next?.name ?? '-'}` });
    }
  },
});

describe('lint: what a rule is given', () => {
  it('every command, nested ones included, in source order, with pipeline neighbours', () => {
    const result = lint(SCRIPT, { rules: [recorder] });
    assert.deepEqual(
      result.findings.map((finding) => finding.message),
      ['Get-Mailbox - Set-Mailbox', 'Set-Mailbox Get-Mailbox -', 'gci - -', 'Set-Mailbox - -', 'Get-ChildItem - -', 'Set-Mailbox - -'],
    );
  });
});
