// Entry files for the tests of the import and of the merged knowledge: one valid, one broken.
// Title and symptoms carry the id, so two valid files sharing a code stay distinguishable (KB019).
import type { ImportedFile } from '../shared/settings.js';

export function validEntryFile(id: string, options: { area?: string; code?: string; link?: string } = {}): ImportedFile {
  const text = `---
title: "Team note ${id}: the Contoso relay connector rejects scanner mail"
codes:
  - ${options.code ?? '550 5.7.1'}
symptoms:
  - scanner mail bounces at the contoso relay (${id})
products:
  - exchange-2019
---

## Symptom
Scanners get a rejection when they send through the relay connector.

## Cause
The scanner's address is not in the connector's remote IP ranges.

## Fix
Add the address to the connector${options.link ? `; see [the other note](exkb:${options.link})` : ''}.

\`\`\`powershell
Get-ReceiveConnector -Identity 'EX01\\Relay' | Format-List RemoteIPRanges
\`\`\`
`;
  return { name: `${options.area ?? 'mail-flow'}/${id}.md`, text };
}

/** Line 8 is the products list: the product is not one exkb knows (KB003, field products[0]). */
export function brokenEntryFile(id: string): ImportedFile {
  return { name: `mail-flow/${id}.md`, text: validEntryFile(id).text.replace('  - exchange-2019', '  - exchange-2099') };
}
