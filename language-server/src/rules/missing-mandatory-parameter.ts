import { missingMandatory } from '../exchange/bind.js';
import type { CmdletParameter, ParameterSet } from '../exchange/model/cmdlet.js';
import { defineRule } from './rule.js';
import { exchangeBindings } from './support/exchange-bindings.js';

export default defineRule({
  meta: {
    id: 'missing-mandatory-parameter',
    description: 'An Exchange cmdlet run without a mandatory parameter that nothing else supplies, so PowerShell stops to prompt for it.',
    severity: 'warning',
    entries: ['mandatory-parameter-prompt-hangs-script'],
    fixable: false,
  },
  check(context) {
    // The reference starts at Exchange 2010: the sets of 2007's cmdlets are not known.
    if (context.settings.exchangeVersion === '2007') return;
    for (const binding of exchangeBindings(context)) {
      // A splat that can't be read may hold the parameter; with no set left, another rule explains why.
      if (!binding.complete || binding.sets.length === 0) continue;
      // A name the model doesn't know may be an alias of the missing parameter; unknown-parameter reports it.
      if (binding.parameters.some((bound) => !bound.parameter)) continue;
      // Fed by a pipeline: the reference leaves pipeline input out for 51 of the 991 -Identity
      // parameters and for every parameter of 374 cmdlets, yet scripts pipe into them.
      const piped = (parameter: CmdletParameter) =>
        binding.fromPipeline && (parameter.name === 'Identity' || !binding.cmdlet.parameters.some((other) => other.pipeline));
      const target = context.settings.exchangeVersion;
      // The reference merges the versions: -AccessRights of Remove-PublicFolderClientPermission is
      // mandatory in Exchange 2010 and gone after it, -Instance of Add-MailboxPermission (and so
      // its set) is on-premises only. For a target, a set whose mandatory parameter the target
      // lacks is not there; under `any`, such a parameter can't be called missing.
      const usable = target === 'any' ? binding.sets : binding.sets.filter((set) => set.parameters.every((entry) => !entry.mandatory || binding.cmdlet.parameterAvailability(entry.parameter, target) !== 'no'));
      const everywhere = (parameter: CmdletParameter) => target !== 'any' || binding.cmdlet.targets.every((version) => parameter.targets.includes(version));
      if (usable.length === 0) continue;
      const missing = usable.map((set) => ({ set, parameters: missingMandatory(binding, set).filter((parameter) => everywhere(parameter) && !piped(parameter)) }));
      if (missing.some((entry) => entry.parameters.length === 0)) continue;
      // The sets that ask the least: none whose missing parameters include all of another's.
      const closest = missing.filter((entry) => !missing.some((other) => other !== entry && includesAll(entry.parameters, other.parameters) && other.parameters.length < entry.parameters.length));
      const choices = groupBySameParameters(closest);
      const name = binding.cmdlet.name;
      const [only] = choices;
      const pipeline = closest.some((entry) => entry.parameters.some((parameter) => parameter.pipeline)) ? ' (or pipe the objects in)' : '';
      context.report({
        span: binding.command.nameSpan,
        message:
          only && choices.length === 1
            ? `${name} is run without ${names(only.parameters)}, which it requires, so PowerShell stops to prompt for ${only.parameters.length === 1 ? 'it' : 'them'}: a script that runs unattended waits there forever. ` +
              `Add ${names(only.parameters)}${pipeline}.`
            : `${name} is run without a parameter that each of its parameter sets requires (${choices.map((choice) => `${names(choice.parameters)} for ${choice.sets.join(', ')}`).join('; ')}), so PowerShell prompts or stops: a script that runs unattended never gets past it. ` +
              `Add the parameters of the set you mean${pipeline}.`,
      });
    }
  },
});

function includesAll(list: readonly CmdletParameter[], part: readonly CmdletParameter[]): boolean {
  return part.every((parameter) => list.includes(parameter));
}

function names(parameters: readonly CmdletParameter[]): string {
  const dashed = parameters.map((parameter) => `-${parameter.name}`);
  return dashed.length <= 1 ? dashed.join('') : `${dashed.slice(0, -1).join(', ')} and ${dashed[dashed.length - 1]}`;
}

/** The sets that lack the same parameters, together. */
function groupBySameParameters(entries: readonly { set: ParameterSet; parameters: CmdletParameter[] }[]): { parameters: CmdletParameter[]; sets: string[] }[] {
  const groups = new Map<string, { parameters: CmdletParameter[]; sets: string[] }>();
  for (const { set, parameters } of entries) {
    const key = parameters.map((parameter) => parameter.name).join(',');
    const group = groups.get(key) ?? { parameters, sets: [] };
    group.sets.push(set.name);
    groups.set(key, group);
  }
  return [...groups.values()];
}
