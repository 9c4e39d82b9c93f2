// The generated file's text: ordinary JSON, but one cmdlet per line, so a regenerated model diffs
// by cmdlet and stays compact.

import type { CmdletModelFile } from '../../src/exchange/model/format.js';

export function serializeModel(model: CmdletModelFile): string {
  const cmdlets = model.cmdlets.map((cmdlet) => `    ${JSON.stringify(cmdlet)}`).join(',\n');
  return [
    '{',
    `  "generated": ${JSON.stringify(model.generated)},`,
    `  "source": ${JSON.stringify(model.source)},`,
    `  "cmdlets": [${cmdlets === '' ? ']' : `\n${cmdlets}\n  ]`}`,
    '}',
    '',
  ].join('\n');
}
