import type { ArgumentValue } from '../powershell/types.js';
import type { Related } from './rule.js';
import { defineRule } from './rule.js';
import { constantString, resolveValue, switchIsOn } from './support/constant-values.js';

/** Exchange cmdlets whose -Password is a SecureString. */
const SECURE_PASSWORD_CMDLETS = new Set(
  [
    'New-Mailbox', 'Set-Mailbox', 'New-MailUser', 'Set-MailUser', 'New-RemoteMailbox', 'Undo-SoftDeletedMailbox',
    'Import-ExchangeCertificate', 'Export-ExchangeCertificate', 'Export-QuarantineMessage',
  ].map((name) => name.toLowerCase()),
);

const HOW_TO_FIX = 'Ask for it when the script runs (Read-Host -AsSecureString, Get-Credential) or read it from a protected store such as a secret vault or an Export-Clixml file.';

export default defineRule({
  meta: {
    id: 'plain-text-password',
    description: 'A password written into the script in plain text can be read by anyone who can read the script.',
    severity: 'warning',
    entries: ['plain-text-password-in-script'],
    fixable: false,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key === 'convertto-securestring') {
        if (!switchIsOn(command.parameter('AsPlainText'))) continue;
        const value = command.parameter('String')?.value ?? command.positional[0];
        if (!isLiteralSecret(value)) continue;
        context.report({
          span: value.span,
          message: `ConvertTo-SecureString -AsPlainText gets this password as plain text written in the script, so anyone who can read the file, its copies or its history has it. ${HOW_TO_FIX}`,
          ...related(value),
        });
      } else if (SECURE_PASSWORD_CMDLETS.has(command.key)) {
        const value = command.parameter('Password')?.value;
        if (!isLiteralSecret(value)) continue;
        context.report({
          span: value.span,
          message: `-Password takes a SecureString, so this plain string fails to convert, and the password is left readable in the script. ${HOW_TO_FIX}`,
          ...related(value),
        });
      }
    }
  },
});

/** A non-empty string fixed in the script, directly or through a variable assigned once. */
function isLiteralSecret(value: ArgumentValue | undefined): value is ArgumentValue {
  const resolved = resolveValue(value);
  if (resolved?.kind !== 'string' && resolved?.kind !== 'bareword') return false;
  const text = constantString(resolved);
  return text !== undefined && text.length > 0;
}

/** Points at the literal when the argument is a variable holding it. */
function related(value: ArgumentValue): { related?: readonly Related[] } {
  const resolved = resolveValue(value);
  if (!resolved || resolved === value) return {};
  return { related: [{ span: resolved.span, message: 'The password is assigned here.' }] };
}
