import { DEFAULT_LIMIT, PRODUCTS, closest, type Product } from '@exkb/knowledge';
import { parseCommandArgs, positiveInteger, stringOption, stringsOption } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { style } from '../style.js';

export const search: Command = {
  name: 'search',
  summary: 'search the knowledge base by error code or words',
  usage: `exkb search <query…> [--json] [--limit N] [--product P]

  Best match first. A query holding an error code (550 5.2.0, 0x8004010F, Event 9373,
  HTTP 440, KB953467) ranks the entries listing exactly that code on top.

  --json         print [{id, title, score, codes}]
  --limit N      at most N results (default ${DEFAULT_LIMIT})
  --product P    only entries for product P (repeatable): ${PRODUCTS.join(', ')}

  Exit code: 0 when something matched, 1 when nothing did, 2 on bad usage.`,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs('search', args, {
      json: { type: 'boolean' },
      limit: { type: 'string' },
      product: { type: 'string', multiple: true },
    });
    const query = positionals.join(' ').trim();
    if (query === '') throw new UsageError('exkb search: give a query, such as: exkb search "550 5.2.0"');
    const limit = positiveInteger('search', 'limit', stringOption(values, 'limit'), DEFAULT_LIMIT);
    const products = stringsOption(values, 'product').map((product) => {
      if ((PRODUCTS as readonly string[]).includes(product)) return product as Product;
      const suggestion = closest(product, PRODUCTS);
      throw new UsageError(`exkb search: unknown product "${product}"${suggestion ? `; did you mean ${suggestion}?` : ''} Products: ${PRODUCTS.join(', ')}`);
    });
    const results = context.knowledge().search(query, { limit, products });
    const { io } = context;
    if (values['json'] === true) {
      io.out(JSON.stringify(results.map(({ id, title, score, codes }) => ({ id, title, score, codes })), null, 2));
      return results.length > 0 ? 0 : 1;
    }
    if (results.length === 0) {
      io.err(`No entry matches "${query}". Try fewer words, or an error code as it appears in the message.`);
      return 1;
    }
    const s = style(io.color);
    const width = String(results.length).length;
    for (const [index, result] of results.entries()) {
      const codes = result.codes.length > 0 ? s.dim(`  [${result.codes.join(', ')}]`) : '';
      io.out(`${String(index + 1).padStart(width)}. ${s.bold(result.id)}${codes}\n${' '.repeat(width + 2)}${result.title}`);
    }
    return 0;
  },
};
