// Which Exchange versions a PowerShell example is written for, when it says so in a first-line
// comment a reader understands too: `# Exchange 2013 and later`, `# Exchange 2007 and 2010`,
// `# Exchange Online`, `# Exchange Server (on-premises)`. An entry about every version may show
// a fix that only newer ones accept; the knowledge-examples test lints each block for the
// versions it claims.
import { ON_PREMISES_TARGETS as ON_PREMISES, TARGET_ORDER, type ExchangeTarget } from './model/targets.js';
const CLAIM = /^\s*#\s*(Exchange\b.*|On-premises\b.*)$/i;
const VERSION = /\b(2007|2010|2013|2016|2019|SE|Online)\b(\s+(?:and|or)\s+later)?/gi;

/** The targets the example's first line names, or undefined when it names none. */
export function snippetTargets(code: string): ExchangeTarget[] | undefined {
  const firstLine = code.split(/\r?\n/, 1)[0] ?? '';
  const claim = CLAIM.exec(firstLine)?.[1];
  if (!claim) return undefined;
  const targets = new Set<ExchangeTarget>();
  if (/on-premises/i.test(claim)) for (const target of ON_PREMISES) targets.add(target);
  for (const match of claim.matchAll(VERSION)) {
    const target = match[1]!.toLowerCase() as ExchangeTarget;
    if (match[2] && target !== 'online') for (const later of ON_PREMISES.slice(ON_PREMISES.indexOf(target))) targets.add(later);
    else targets.add(target);
  }
  return targets.size > 0 ? TARGET_ORDER.filter((target) => targets.has(target)) : undefined;
}
