import { positionalSlots } from '../exchange/bind.js';
import type { Cmdlet, CmdletParameter, ParameterSet } from '../exchange/model/cmdlet.js';
import { defineRule } from './rule.js';
import { exchangeBindings } from './support/exchange-bindings.js';
import { switchValues } from './support/switch-values.js';

export default defineRule({
  meta: {
    id: 'extra-positional-argument',
    description: 'More unnamed arguments than the parameter sets of an Exchange cmdlet have positions for, so PowerShell refuses the command.',
    severity: 'error',
    entries: ['positional-parameter-cannot-be-found'],
    fixable: false,
  },
  check(context) {
    // The reference starts at Exchange 2010: the positions of 2007's cmdlets are not known.
    if (context.settings.exchangeVersion === '2007') return;
    for (const binding of exchangeBindings(context)) {
      // With no set left for the named parameters alone, parameter-set-conflict explains it.
      if (binding.namedSets.length === 0 || binding.sets.length > 0) continue;
      // An unknown or ambiguous name may have been meant to take the value after it.
      if (binding.parameters.some((bound) => !bound.parameter)) continue;
      const byName = new Set<CmdletParameter>(binding.parameters.flatMap((bound) => (bound.parameter ? [bound.parameter] : [])));
      const room = Math.max(...binding.namedSets.map((set) => positionalSlots(set, byName).length + (unlistedPrimary(binding.cmdlet, set, byName) ? 1 : 0)));
      // A value written after a switch (`-Confirm $false`) is switch-parameter-value's to explain.
      const strays = new Set(switchValues(binding, context.script.text).map((stray) => stray.value));
      const extra = binding.positional.slice(room).find((value) => !strays.has(value));
      if (!extra) continue;
      // PowerShell names the argument by its value: 'Admin Access', not '"Admin Access"'.
      const shown = (extra.kind === 'string' || extra.kind === 'bareword') && extra.constant && extra.string !== undefined ? extra.string : extra.text;
      const values = [...binding.positional, ...binding.parameters.flatMap((bound) => (bound.value ? [bound.value] : []))];
      const previous = values.filter((value) => value.span.end <= extra.span.start).sort((x, y) => x.span.end - y.span.end).pop();
      // `-DisplayName John Smith`: two words that were meant as one value.
      const split = previous?.kind === 'bareword' && extra.kind === 'bareword' && /^[ \t]+$/.test(context.script.text.slice(previous.span.end, extra.span.start));
      // `-Servers $servers`⏎-MaxMessageSize $size`: with no space before the backtick, PowerShell
      // reads the escaped line break and the next parameter name as part of the value.
      const glued = previous && /[^\s`]`\r?\n[ \t]*(-[A-Za-z][\w-]*)/.exec(previous.text);
      context.report({
        span: extra.span,
        message:
          `${binding.cmdlet.name} stops with "A positional parameter cannot be found that accepts argument '${shown}'" because ${
            room === 0 ? 'with these named parameters it takes no unnamed argument' : `with these named parameters it takes only ${room === 1 ? 'one unnamed argument' : `${room} unnamed arguments`}`
          }. ` +
          (previous && glued
            ? `The backtick after ${previous.text.slice(0, glued.index + 1)} has no space before it, so PowerShell reads the line break and ${glued[1]} as part of that value; put a space before the backtick.`
            : previous && split
            ? `If it belongs to the value before it, put the whole value in quotes (${previous.text} ${extra.text} → '${previous.text} ${extra.text}'); otherwise name the parameter it is for.`
            : `Name the parameter it is for, or remove it.`),
      });
    }
  },
});

/**
 * Exchange gives the object a cmdlet acts on the first position: -Identity on 957 of the 991
 * cmdlets that have it, -Name on 134 of the 151 New- cmdlets that have one. The few pages that
 * show it as named only are more likely wrong than the scripts, and the pages' own examples, that
 * pass it by position (`Get-MailboxSentItemsConfiguration $mailbox`,
 * `New-MailboxAuditLogSearch "Admin and Delegate Access"`), so it counts as a position.
 */
function unlistedPrimary(cmdlet: Cmdlet, set: ParameterSet, byName: ReadonlySet<CmdletParameter>): boolean {
  const primary = cmdlet.key.startsWith('new-') ? ['Identity', 'Name'] : ['Identity'];
  return set.parameters.some((entry) => primary.includes(entry.parameter.name) && entry.position === undefined && !byName.has(entry.parameter));
}
