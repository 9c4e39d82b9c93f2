import { closest } from '@exkb/knowledge';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { RULES } from '../../rules/index.js';
import { style } from '../style.js';

export const rules: Command = {
  name: 'rules',
  summary: 'list the lint rules: severity, versions, fix, entries',
  usage: `exkb rules [<id>…] [--json]

  Lists every lint rule (or the named ones) with its default severity, the Exchange versions it
  is limited to, whether it has a fix, and the knowledge entries it cites (exkb show <entry>).

  --json   print [{id, description, severity, versions, fixable, entries}]

  Exit code: 0, or 2 on bad usage or an unknown rule id.`,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs('rules', args, { json: { type: 'boolean' } });
    const unknown = positionals.filter((id) => !RULES.some((rule) => rule.meta.id === id));
    if (unknown.length > 0) {
      const suggestion = closest(unknown[0] ?? '', RULES.map((rule) => rule.meta.id));
      throw new UsageError(`exkb rules: no rule ${unknown.map((id) => `"${id}"`).join(', ')}${suggestion ? `; did you mean ${suggestion}?` : ''} (exkb rules lists them all)`);
    }
    const chosen = positionals.length === 0 ? RULES : RULES.filter((rule) => positionals.includes(rule.meta.id));
    const metas = chosen.map(({ meta }) => ({
      id: meta.id,
      description: meta.description,
      severity: meta.severity,
      versions: meta.versions ?? [],
      fixable: meta.fixable,
      entries: meta.entries,
    }));
    if (values['json'] === true) {
      context.io.out(JSON.stringify(metas, null, 2));
      return 0;
    }
    const s = style(context.io.color);
    const blocks = metas.map((meta) => {
      const facts = [meta.severity, meta.versions.length > 0 ? `Exchange ${meta.versions.join(', ')}` : 'every version', meta.fixable ? 'fixable' : ''].filter(Boolean);
      return [`${s.bold(meta.id)}  ${s.dim(facts.join(' · '))}`, `  ${meta.description}`, `  ${s.dim(`→ ${meta.entries.join(', ')}`)}`].join('\n');
    });
    context.io.out(`${blocks.join('\n\n')}\n\n${metas.length} rules`);
    return 0;
  },
};
