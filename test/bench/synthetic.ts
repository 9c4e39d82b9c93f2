import type { Entry } from '@exkb/knowledge';
import { seededRandom } from './stats.js';

/**
 * Entries that look like real ones (same vocabulary, same shape and length, real-looking codes)
 * but are many: what the knowledge base could grow to, with user folders added.
 */
export function syntheticEntries(seedEntries: readonly Entry[], count: number, seed = 42): Entry[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words = [...new Set(seedEntries.flatMap((entry) => `${entry.title} ${entry.markdown}`.split(/\s+/)).filter((word) => /^[A-Za-z][A-Za-z-]{2,}$/.test(word)))];
  const sentence = (length: number) => Array.from({ length }, () => pick(words)).join(' ');
  const codes = () => {
    const list = [`${pick(['4', '5'])}.${Math.floor(random() * 8)}.${Math.floor(random() * 1000)}`];
    if (random() < 0.3) list.push(`0x8004${Math.floor(random() * 0xffff).toString(16).toUpperCase().padStart(4, '0')}`);
    if (random() < 0.3) list.push(`Event ${1000 + Math.floor(random() * 9000)}`);
    return list;
  };
  return Array.from({ length: count }, (_, index) => {
    const template = pick(seedEntries);
    const body = template.markdown.split('\n').map((line) => (line.startsWith('#') || line.startsWith('```') ? line : line.trim() === '' ? '' : sentence(Math.max(3, line.split(/\s+/).length))));
    return {
      ...template,
      id: `synthetic-${index}`,
      title: sentence(10),
      codes: codes(),
      symptoms: [sentence(6), sentence(5)],
      markdown: body.join('\n'),
    };
  });
}
