import type { Cmdlet } from '../exchange/model/cmdlet.js';
import { defineRule } from './rule.js';
import { closestNames } from './support/closest-name.js';
import { exchangeBindings } from './support/exchange-bindings.js';
import { renameIn } from './support/rename.js';
import { unlistedParameter } from './support/unlisted-parameters.js';

export default defineRule({
  meta: {
    id: 'unknown-parameter',
    description: 'A parameter name (written, or a key of a splatted hashtable) that matches no parameter of the Exchange cmdlet in any version.',
    severity: 'error',
    entries: ['exchange-parameter-not-found'],
    fixable: true,
  },
  check(context) {
    const target = context.settings.exchangeVersion;
    // The reference starts at Exchange 2010: what the Exchange 2007 cmdlets took is not known well enough to call a name unknown.
    if (target === '2007') return;
    // A script repeats its mistakes: work out each suggestion and each message once.
    const suggested = new Map<string, string[]>();
    const messages = new Map<string, string>();
    for (const binding of exchangeBindings(context)) {
      const { cmdlet } = binding;
      // A cmdlet the target lacks altogether is cmdlet-not-in-version's finding; its parameters don't matter there.
      if (target !== 'any' && cmdlet.availability(target) === 'no') continue;
      for (const bound of binding.parameters) {
        const written = bound.argument.name;
        // A hashtable key computed from a variable (`@{ $name = … }`) is no name to check.
        if (bound.resolution.kind !== 'unknown' || !PARAMETER_NAME.test(written) || unlistedParameter(cmdlet, written, target)) continue;
        const key = `${cmdlet.key} ${written.toLowerCase()}`;
        let suggestions = suggested.get(key);
        if (!suggestions) suggested.set(key, (suggestions = suggestParameters(cmdlet, written)));
        const edit = suggestions.length === 1 ? renameIn(context.script.text, bound.argument.nameSpan, written, suggestions[0]!) : undefined;
        const where = bound.argument.splat ? `-${written} (a key of @${bound.argument.splat.variable})` : `-${written}`;
        const messageKey = `${cmdlet.key} ${where}`;
        let message = messages.get(messageKey);
        if (message === undefined) {
          message =
            `${cmdlet.name} has no parameter ${where}, so PowerShell refuses the whole command: "A parameter cannot be found that matches parameter name '${written}'". ` +
            (suggestions.length > 0
              ? `Did you mean ${suggestions.map((name) => `-${name}`).join(' or ')}?`
              : `Check the name against the cmdlet's parameters (Get-Help ${cmdlet.name} -Parameter *), or leave it out.`);
          messages.set(messageKey, message);
        }
        context.report({
          span: bound.argument.nameSpan,
          message,
          ...(edit && { fix: { title: `Change to ${suggestions[0]}`, edits: [edit] } }),
        });
      }
    }
  },
});

const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The parameters whose name or alias is nearest to `written`, by their names. */
function suggestParameters(cmdlet: Cmdlet, written: string): string[] {
  const { owner, spellings, lower } = spellingsOf(cmdlet);
  return [...new Set(closestNames(written, spellings, undefined, lower).map((spelling) => owner.get(spelling)!))];
}

interface Spellings {
  /** Each parameter name and alias → the parameter's name. */
  readonly owner: ReadonlyMap<string, string>;
  readonly spellings: readonly string[];
  /** `spellings` in lower case. */
  readonly lower: readonly string[];
}

/** Made once per cmdlet, not per unknown name: a script of 50,000 distinct unknown names asks 50,000 times. */
function spellingsOf(cmdlet: Cmdlet): Spellings {
  let found = SPELLINGS.get(cmdlet);
  if (!found) {
    const owner = new Map<string, string>();
    for (const parameter of cmdlet.parameters) {
      owner.set(parameter.name, parameter.name);
      for (const alias of parameter.aliases) if (!owner.has(alias)) owner.set(alias, parameter.name);
    }
    const spellings = [...owner.keys()];
    found = { owner, spellings, lower: spellings.map((spelling) => spelling.toLowerCase()) };
    SPELLINGS.set(cmdlet, found);
  }
  return found;
}

const SPELLINGS = new WeakMap<Cmdlet, Spellings>();
