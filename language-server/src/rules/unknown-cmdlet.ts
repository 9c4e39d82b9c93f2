import { isOtherModuleCommand } from '../exchange/legacy/other-modules.js';
import { splitQualified } from '../exchange/legacy/names.js';
import type { CmdletModel } from '../exchange/model/cmdlet-model.js';
import type { CommandView } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { EXCHANGE_MODULES } from './support/exchange-bindings.js';
import { exchangeLookalike, looksPrefixed, splitVerbNoun, type Lookalike } from './support/exchange-lookalike.js';
import { nounPrefixes, withoutPrefix, withPrefix, type NounPrefixes } from './support/noun-prefixes.js';
import { renameIn } from './support/rename.js';
import { scriptCommandNames } from './support/script-commands.js';
import { sourcedFiles, type SourcedFiles } from './support/sourced-files.js';

export default defineRule({
  meta: {
    id: 'unknown-cmdlet',
    description: 'A command named like an Exchange cmdlet that no Exchange version has: a misspelt noun, or a verb Exchange does not use with it.',
    severity: 'warning',
    entries: ['exchange-cmdlet-not-recognized'],
    fixable: true,
  },
  check(context) {
    const { model, script } = context;
    let own: ReadonlySet<string> | undefined;
    let prefixes: NounPrefixes | undefined;
    let sourced: SourcedFiles | undefined;
    for (const command of context.commands) {
      const name = candidateName(command);
      if (!name || model.cmdlet(name) || isOtherModuleCommand(command.name)) continue;
      own ??= scriptCommandNames(script);
      if (own.has(name.toLowerCase())) continue;
      sourced ??= sourcedFiles(context.commands);
      if (sourced.names.has(name.toLowerCase())) continue;
      prefixes ??= nounPrefixes(context.commands);
      const verdict = byParameters(judge(name, model, prefixes), command, model);
      // A script that dot-sources files may call any function of theirs: only a near-miss of a cmdlet's name is worth a word then.
      if (!verdict || (sourced.any && verdict.lookalike?.kind !== 'misspelt')) continue;
      const { suggestions } = verdict;
      const edit = suggestions.length === 1 ? renameIn(script.text, command.nameSpan, name, suggestions[0]!) : undefined;
      context.report({
        span: command.nameSpan,
        message: `No Exchange version has a cmdlet named ${name}, so PowerShell stops here with "The term '${name}' is not recognized as the name of a cmdlet". ${advice(verdict)}`,
        ...(edit && { fix: { title: `Change to ${suggestions[0]}`, edits: [edit] } }),
      });
    }
  },
});

/** The `Verb-Noun` name to check, without its module qualifier; undefined for commands this rule leaves alone. */
function candidateName(command: CommandView): string | undefined {
  if (command.native) return undefined;
  const { module, name } = splitQualified(command.name);
  if (module !== undefined && !EXCHANGE_MODULES.has(module.toLowerCase())) return undefined;
  return splitVerbNoun(name) ? name : undefined;
}

interface Verdict {
  readonly lookalike?: Lookalike;
  readonly suggestions: readonly string[];
  /** Set when the name is an Exchange cmdlet under a prefix the script doesn't load. */
  readonly prefixes?: readonly string[];
}

function judge(name: string, model: CmdletModel, prefixes: NounPrefixes): Verdict | undefined {
  // The script's own prefixes first: `Get-SourceMailbox` is Get-Mailbox, `Get-SourceMailboxx` a misspelling of it.
  for (const prefix of prefixes.constants) {
    const bare = withoutPrefix(name, prefix);
    if (!bare) continue;
    if (model.cmdlet(bare) || isOtherModuleCommand(bare)) return undefined;
    const lookalike = exchangeLookalike(bare, model);
    if (lookalike) return { lookalike, suggestions: lookalike.suggestions.map((suggestion) => withPrefix(suggestion, prefix)) };
  }
  const prefixed = looksPrefixed(name, model);
  if (prefixed) {
    // A prefix the script doesn't show (given in the session that runs it, or from a variable): nothing to say.
    if (prefixes.dynamic || prefixes.constants.length === 0) return undefined;
    return { suggestions: prefixes.constants.map((prefix) => withPrefix(prefixed, prefix)), prefixes: prefixes.constants };
  }
  const lookalike = exchangeLookalike(name, model);
  return lookalike && { lookalike, suggestions: lookalike.suggestions };
}

/**
 * Of the cmdlets it may have meant, those that take every parameter the command gives: several
 * guesses narrowed to one, or a guess where the name alone gave none (`Import-EdgeSubscription
 * -FileData … -Site …` is New-EdgeSubscription).
 */
function byParameters(verdict: Verdict | undefined, command: CommandView, model: CmdletModel): Verdict | undefined {
  if (!verdict?.lookalike || verdict.suggestions.length === 1) return verdict;
  const written = command.parameters.map((parameter) => parameter.name).filter((name) => name !== '');
  if (written.length === 0) return verdict;
  const pool = verdict.suggestions.length > 0 ? verdict.suggestions : verdict.lookalike.sameNoun;
  const fitting = pool.filter((name) => {
    const cmdlet = model.cmdlet(name);
    return cmdlet?.parametersKnown === true && written.every((parameter) => cmdlet.resolveParameter(parameter).kind !== 'unknown');
  });
  return fitting.length > 0 && fitting.length < pool.length ? { ...verdict, suggestions: fitting } : verdict;
}

function advice(verdict: Verdict): string {
  const { suggestions, lookalike } = verdict;
  if (verdict.prefixes) {
    return `The script loads the Exchange cmdlets with the noun prefix ${verdict.prefixes.join(' or ')}: write ${orList(suggestions)}.`;
  }
  if (suggestions.length > 0) return `Did you mean ${orList(suggestions)}?`;
  const sameNoun = lookalike?.sameNoun ?? [];
  const shown = sameNoun.slice(0, 6).join(', ');
  return `Exchange's cmdlets for this noun are ${shown}${sameNoun.length > 6 ? ', …' : ''}: use the one that does what you meant.`;
}

function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
