// Fault injection, preloaded into a real `exkb` or `exkb-language-server` process with
// `NODE_OPTIONS=--import=<this file>`: adds a rule whose check always throws, as a rule with a bug
// would. The processes' own rule list is extended; nothing else about them changes.
import { RULES, type Rule } from 'exkb-language-server';

export const THROWING_RULE_ID = 'fault-injected-throws';

const throwing: Rule = {
  meta: { id: THROWING_RULE_ID, description: 'A rule with a bug: its check always throws.', severity: 'error', entries: [], fixable: false },
  check(context) {
    const commands = context.commands as unknown as Array<{ missing: { field: string } }>;
    // Dereferences what is not there, as a real bug would.
    void commands[99]!.missing.field;
  },
};

(RULES as Rule[]).push(throwing);
