// A generated page of about `bytes` bytes that reads like a forum thread of NDRs and event-log
// dumps: prose, NDR lines with codes (some with entries, some without), an occasional table row
// and PowerShell block. Deterministic (seeded), so runs compare.
import { seededRandom } from './stats.js';

const WORDS = 'the mail server queue message delivery connector mailbox database transport outlook user sent again after restart but still bounced and we checked dns records firewall rules certificates nothing changed since tuesday any idea why this keeps happening here is what the log says'.split(' ');
const CODE_LINES = [
  "Remote Server returned '550 5.2.0 STOREDRV.Deliver: The Microsoft Exchange Information Store service reported an error.'",
  "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
  "Remote Server returned '#550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found'",
  'Event 9373 logged by MSExchangeSA during OAB generation',
  'Installed the rollup from KB953467 last night',
  'Outlook shows 0x8004010F when it downloads the address book',
];
const SCRIPT = 'Set-DistributionGroup -Identity "Sales" -RequireSenderAuthenticationEnabled $true\nGet-Mailbox -ResultSize Unlimited | Set-Mailbox -Confirm $false';

export function generatedPage(bytes: number): string {
  const random = seededRandom(23);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated thread</title></head><body>'];
  let size = parts[0]?.length ?? 0;
  for (let post = 0; size < bytes; post++) {
    const prose = Array.from({ length: 60 + Math.floor(random() * 60) }, () => pick(WORDS)).join(' ');
    let html = `<div class="post"><p>${prose}</p><pre>${pick(CODE_LINES)}\n${pick(CODE_LINES)}</pre>`;
    if (post % 10 === 0) html += `<table><tr><td>${pick(CODE_LINES)}</td><td>${prose.slice(0, 80)}</td></tr></table>`;
    if (post % 50 === 0) html += `<pre><code>${SCRIPT}</code></pre>`;
    html += '</div>\n';
    parts.push(html);
    size += html.length;
  }
  parts.push('</body></html>');
  return parts.join('');
}
