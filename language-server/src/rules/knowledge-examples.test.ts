// The knowledge base tests itself: every PowerShell block under Fix or Correct lints with no
// warning or error, and every block under Wrong triggers a rule that cites its entry. Wrong
// blocks are linted for each product the entry names (a version-specific rule only runs when the
// target version is known), Fix and Correct blocks for each product and for `any`. A block whose
// first line names the versions it is for (`# Exchange 2013 and later`) is linted for those only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { POWERSHELL_FENCES } from '@exkb/knowledge';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { snippetTargets } from '../exchange/snippet-targets.js';
import { VERSION_OF_PRODUCT } from '../exchange-version.js';
import { lint } from '../lint.js';
import { mergeSettings, type ExchangeVersion } from '../settings.js';
import { RULES } from './index.js';

const knowledge = loadBundledKnowledge();
const citing = new Map<string, string[]>();
for (const rule of RULES) for (const entry of rule.meta.entries) citing.set(entry, [...(citing.get(entry) ?? []), rule.meta.id]);

describe('knowledge examples lint as they claim', () => {
  for (const entry of knowledge.entries) {
    const entryVersions: Exclude<ExchangeVersion, 'any'>[] = entry.products.flatMap((product) => VERSION_OF_PRODUCT[product] ?? []);
    for (const snippet of entry.snippets.filter((snippet) => POWERSHELL_FENCES.has(snippet.language))) {
      const claimed = snippetTargets(snippet.code);
      const versions = claimed ? entryVersions.filter((version) => claimed.includes(version)) : entryVersions;
      const where = `knowledge/entries/${entry.file}:${snippet.line}`;
      if (snippet.section === 'Wrong') {
        it(`${where} (Wrong) triggers a rule citing ${entry.id}`, () => {
          const rules = citing.get(entry.id) ?? [];
          assert.ok(rules.length > 0, `${where}: no rule cites ${entry.id}, so nothing can flag this Wrong example`);
          const triggered = versions.some((exchangeVersion) =>
            lint(snippet.code, { settings: mergeSettings({ exchangeVersion }) }).findings.some((finding) => rules.includes(finding.rule)),
          );
          assert.ok(triggered, `${where}: none of ${rules.join(', ')} flags this Wrong example for ${versions.join(', ')}`);
        });
      } else if (snippet.section === 'Fix' || snippet.section === 'Correct') {
        it(`${where} (${snippet.section}) lints clean`, () => {
          if (claimed) assert.ok(versions.length > 0, `${where}: the block claims ${claimed.join(', ')}, none of which the entry's products name`);
          for (const exchangeVersion of ['any', ...versions] as const) {
            const findings = lint(snippet.code, { settings: mergeSettings({ exchangeVersion }) }).findings.filter(
              (finding) => finding.severity === 'error' || finding.severity === 'warning',
            );
            assert.deepEqual(
              findings.map((finding) => `${finding.start.line + snippet.line}:${finding.start.character + 1} ${finding.rule}: ${finding.message}`),
              [],
              `${where} (${exchangeVersion})`,
            );
          }
        });
      }
    }
  }
});
