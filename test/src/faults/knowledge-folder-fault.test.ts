// A broken extra knowledge folder: every bad file is reported, once, with file and line, and the
// good entries are still served next to the bundled ones.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EntryRequest, SearchRequest, type SearchItem } from 'exkb-language-server/protocol';
import { runExkb } from '../exkb-process.js';
import { startServer, temporaryFolder } from '../lsp/lsp-client.js';

function entry(title: string, code: string, extra = ''): string {
  return ['---', `title: ${title}`, 'codes:', `  - ${code}`, 'symptoms:', `  - ${title.toLowerCase()}`, 'products:', '  - exchange-2019', extra, '---', '', '## Symptom', 'The widget queue stops.', '', '## Cause', 'The widget service lost its certificate.', '', '## Fix', 'Renew the certificate and restart the service.', ''].filter((line) => line !== '').join('\n').replace('\n## Symptom', '\n\n## Symptom').replace('\n## Cause', '\n\n## Cause').replace('\n## Fix', '\n\n## Fix');
}

const GOOD = {
  'mail-flow/widget-queue-stops-after-renewal.md': entry('Widget queue stops after certificate renewal', '0x8007045B'),
  'setup/widget-installer-hangs-at-prerequisites.md': entry('Widget installer hangs at the prerequisites step', '0x80070643'),
};

/** Each bad file, what is wrong with it, and a fragment its one report must contain. */
const BAD: ReadonlyArray<[string, string | Uint8Array, RegExp]> = [
  ['mail-flow/no-title.md', entry('An entry without its title', '5.7.1').replace(/^title: .*\n/m, ''), /no-title\.md:\d+:\d+ KB001/],
  ['mail-flow/broken-yaml.md', entry('Broken yaml', '5.7.1').replace('codes:', 'codes: [unclosed'), /broken-yaml\.md:\d+:\d+ KB008/],
  ['mail-flow/unresolved-alias.md', entry('Alias', '5.7.1', 'tags: *nowhere'), /unresolved-alias\.md:\d+:\d+ KB008/],
  ['mail-flow/windows-1252.md', Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]), /windows-1252\.md:2:11 KB020 byte 0xE9 is not UTF-8/],
  ['mail-flow/picture.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /picture\.md:1:1 KB020/],
  ['mail-flow/nul-bytes.md', `${entry('Nul bytes', '5.7.1')}\u0000\u0000`, /nul-bytes\.md:18:47 KB020 .*NUL bytes/],
  ['recipients/widget-queue-stops-after-renewal.md', entry('Same id in another area', '5.1.1'), /recipients\/widget-queue-stops-after-renewal\.md:1:1 KB015/],
  ['mail-flow/distribution-group-rejects-external-senders-auth-required.md', entry('Clashes with a bundled id', '5.7.1'), /distribution-group-rejects-external-senders-auth-required\.md:1:1 KB015 .*already used by a bundled entry/],
  ['nowhere/unknown-area.md', entry('Unknown area', '5.7.1'), /unknown-area\.md:1:1 KB017/],
];

function writeFolder(): string {
  const kb = temporaryFolder('exkb-broken-kb-');
  for (const [relative, text] of [...Object.entries(GOOD), ...BAD.map(([relative, text]) => [relative, text] as const)]) {
    mkdirSync(path.dirname(path.join(kb, relative)), { recursive: true });
    writeFileSync(path.join(kb, relative), text);
  }
  // Loops and links are not followed: no entry is read twice and nothing hangs.
  symlinkSync(kb, path.join(kb, 'mail-flow', 'loop'));
  symlinkSync(path.join(kb, 'mail-flow', 'widget-queue-stops-after-renewal.md'), path.join(kb, 'setup', 'linked-entry.md'));
  symlinkSync(path.join(kb, 'no-such-target.md'), path.join(kb, 'setup', 'dangling.md'));
  return kb;
}

describe('a broken extra knowledge folder', () => {
  it('in the language server: each bad file is logged once, the good entries and the bundled ones are served', async () => {
    const kb = writeFolder();
    const notAFolder = path.join(kb, 'mail-flow', 'widget-queue-stops-after-renewal.md');
    const missing = path.join(kb, 'does-not-exist');
    const { client } = await startServer({ settings: { knowledgeFolders: [kb, notAFolder, missing] } });
    try {
      for (const id of Object.keys(GOOD).map((relative) => path.basename(relative, '.md'))) {
        const found = (await client.connection.sendRequest(SearchRequest.type, { query: id.replace(/-/g, ' ') })) as SearchItem[];
        assert.equal(found[0]?.id, id);
      }
      const byCode = (await client.connection.sendRequest(SearchRequest.type, { query: '0x80070643' })) as SearchItem[];
      assert.deepEqual(byCode.map((item) => item.id), ['widget-installer-hangs-at-prerequisites']);
      const bundled = await client.connection.sendRequest(EntryRequest.type, { id: 'distribution-group-rejects-external-senders-auth-required' });
      assert.match(bundled?.title ?? '', /RequireSenderAuthenticationEnabled|outside senders|external/i, 'the bundled entry wins its id');

      const log = client.logs.map((each) => each.message).join('\n');
      for (const [relative, , expected] of BAD) {
        const mentions = client.logs.filter((each) => each.message.includes(path.join(kb, relative)));
        assert.equal(mentions.length, 1, `${relative} reported once:\n${log}`);
        assert.match(mentions[0]?.message ?? '', expected);
      }
      assert.match(log, new RegExp(`${notAFolder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read the knowledge folder \\(not a folder\\)`));
      assert.match(log, new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read the knowledge folder \\(no such folder\\)`));
      assert.doesNotMatch(log, /linked-entry|dangling|loop/, 'links are not followed');
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('in exkb stats: the same problems on standard error, the good entries counted', async () => {
    const kb = writeFolder();
    const config = temporaryFolder('exkb-broken-kb-config-');
    writeFileSync(path.join(config, 'exkb.config.json'), JSON.stringify({ knowledgeFolders: [kb] }));
    const result = await runExkb(['stats', '--json'], { cwd: config });
    assert.equal(result.code, 0, result.stderr);
    for (const [relative, , expected] of BAD) {
      assert.equal(result.stderr.split('\n').filter((line) => line.includes(relative)).length, 1, `${relative}:\n${result.stderr}`);
      assert.match(result.stderr, expected);
    }
    const stats = JSON.parse(result.stdout) as { sources: Array<{ source: string; entries: number; problems?: number }> };
    assert.deepEqual(stats.sources.find((source) => source.source === kb), { source: kb, entries: 2, problems: BAD.length });
  });
});
