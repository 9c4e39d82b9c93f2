import { closest, type Entry } from '@exkb/knowledge';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { InputError, UsageError } from '../io.js';
import { renderMarkdown } from '../render-markdown.js';
import { style } from '../style.js';

export const show: Command = {
  name: 'show',
  summary: 'print one knowledge entry',
  usage: `exkb show <id> [--json]

  Prints the entry for a terminal (coloured when stdout is a TTY; NO_COLOR turns colour off).

  --json   print {id, title, codes, symptoms, products, cmdlets, tags, references, markdown}

  Exit code: 0 when the entry exists, 1 when it does not, 2 on bad usage.`,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs('show', args, { json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('exkb show: give exactly one entry id, such as: exkb show public-folder-anonymous-contributor');
    const id = positionals[0] ?? '';
    const knowledge = context.knowledge();
    const entry = knowledge.entry(id);
    if (entry === undefined) {
      const ids = knowledge.entries.map((candidate) => candidate.id);
      const suggestion = closest(id, ids) ?? knowledge.search(id.replace(/-/g, ' '), { limit: 1 })[0]?.id;
      throw new InputError(`exkb show: no entry "${id}"${suggestion ? `; did you mean ${suggestion}?` : ''} (exkb search <words> lists ids)`, 1);
    }
    context.io.out(values['json'] === true ? JSON.stringify(entryJson(entry), null, 2) : renderEntry(entry, context.io.color));
    return 0;
  },
};

export function entryJson(entry: Entry) {
  const { id, title, codes, symptoms, products, cmdlets, tags, references, markdown } = entry;
  return { id, title, codes, symptoms, products, cmdlets, tags, references, markdown };
}

function renderEntry(entry: Entry, color: boolean): string {
  const s = style(color);
  const facts: Array<[string, string[]]> = [
    ['codes', entry.codes],
    ['products', entry.products],
    ['cmdlets', entry.cmdlets],
    ['references', entry.references],
  ];
  const lines = [s.bold(entry.title), s.dim(`${entry.id} · ${entry.area}`), ''];
  for (const [label, values] of facts) if (values.length > 0) lines.push(`${s.dim(label.padEnd(11))}${values.join(', ')}`);
  return `${lines.join('\n')}\n\n${renderMarkdown(entry.markdown, s)}\n`;
}
