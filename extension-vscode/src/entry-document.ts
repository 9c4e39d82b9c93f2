// An entry as a Markdown document, for the preview that shows it until the knowledge panel can.
import type { EntryResult, SearchItem } from 'exkb-language-server/protocol';

export function entryMarkdown(entry: EntryResult): string {
  const facts = [
    entry.codes.length > 0 ? `**Codes:** ${entry.codes.map((code) => `\`${code}\``).join(', ')}` : undefined,
    entry.products.length > 0 ? `**Products:** ${entry.products.join(', ')}` : undefined,
    entry.cmdlets.length > 0 ? `**Cmdlets:** ${entry.cmdlets.map((cmdlet) => `\`${cmdlet}\``).join(', ')}` : undefined,
    `**Entry:** \`${entry.id}\`${entry.href ? ` ([source](${entry.href}))` : ''}`,
  ].filter((line): line is string => line !== undefined);
  return `# ${entry.title}\n\n${facts.join('  \n')}\n\n${entry.markdown.trim()}\n`;
}

/** A quick pick row for a search result: title, then the codes it lists, then its symptom. */
export function searchItemRow(item: SearchItem): { label: string; description: string; detail: string } {
  const codes = item.matchedCodes.length > 0 ? item.matchedCodes : item.codes;
  return { label: item.title, description: codes.slice(0, 4).join(' · '), detail: item.summary };
}
