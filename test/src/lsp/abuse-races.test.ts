import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyEdits, fileUri, temporaryFolder } from './lsp-client.js';
import { startRawServer, type PublishedDiagnostics, type RawClient } from './raw-client.js';

const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';
const CLEAN = 'Get-Mailbox -Identity "user" | Select-Object DisplayName';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
type Change = { text: string } | { range: Range; text: string };

/** A small deterministic generator (xorshift32), so a failing sequence repeats exactly. */
function random(seed: number): (below: number) => number {
  let state = seed >>> 0 || 1;
  return (below) => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % below;
  };
}

/** One edit of the kinds an editor sends while typing fast: insert a line, delete one, type into one, replace everything. */
function nextChange(text: string, pick: (below: number) => number): Change {
  const lines = text.split('\n');
  const line = pick(lines.length);
  switch (pick(5)) {
    case 0:
      return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${pick(2) === 0 ? GROUP : CLEAN}\n` };
    case 1:
      return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
    case 2: {
      const character = pick((lines[line]?.length ?? 0) + 1);
      return { range: { start: { line, character }, end: { line, character } }, text: pick(2) === 0 ? ' ' : '-' };
    }
    case 3:
      return { text: `${Array.from({ length: 1 + pick(6) }, (_, index) => (index % 2 === 0 ? GROUP : CLEAN)).join('\n')}\n` };
    default:
      return { range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }, text: pick(2) === 0 ? GROUP : CLEAN };
  }
}

/** The change applied by our own arithmetic (positions past a line's end clamp to it, as LSP says). */
function apply(text: string, change: Change): string {
  if (!('range' in change)) return change.text;
  const lines = text.split('\n');
  const clamp = ({ line, character }: { line: number; character: number }) =>
    line >= lines.length ? { line: lines.length - 1, character: lines.at(-1)?.length ?? 0 } : { line, character: Math.min(character, lines[line]?.length ?? 0) };
  return applyEdits(text, [{ range: { start: clamp(change.range.start), end: clamp(change.range.end) }, newText: change.text }]);
}

const withoutData = (published: PublishedDiagnostics) => published.diagnostics.map(({ code, message, range }) => ({ code, message, range }));

/**
 * Edits racing each other: hundreds of didChange notifications (incremental and full) written
 * without waiting, requests between them. The server must end on the final text and version,
 * never publish an older version after a newer one, and answer every request once.
 */
describe('edits racing each other over stdio', () => {
  let client: RawClient;
  const folder = temporaryFolder();
  before(async () => {
    client = await startRawServer();
  });
  after(() => client.kill());

  const RUNS: ReadonlyArray<readonly [string, number, number, number]> = [
    // name, seed, changes, changes per write
    ['300 changes, one write each', 1, 300, 1],
    ['300 changes, 25 per write', 2, 300, 25],
    ['600 changes, all in one write', 3, 600, 600],
  ];
  for (const [name, seed, count, perWrite] of RUNS) {
    it(`${name}, hover and completion between them: the last diagnostics are the final text's, versions only go up`, async (t) => {
      const pick = random(seed);
      const uri = fileUri(`${folder}/race-${seed}.ps1`);
      let text = `${GROUP}\n${CLEAN}\n`;
      await client.open(uri, text);
      const from = client.received.length;
      const requestIds: number[] = [];
      let pending: Buffer[] = [];
      for (let version = 2; version < count + 2; version++) {
        const change = nextChange(text, pick);
        text = apply(text, change);
        pending.push(client.notificationFrame('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }));
        if (pick(3) === 0) {
          const method = pick(2) === 0 ? 'textDocument/hover' : 'textDocument/completion';
          const request = client.requestFrame(method, { textDocument: { uri }, position: { line: pick(8), character: pick(30) } });
          requestIds.push(request.id);
          pending.push(request.bytes);
        }
        if (pending.length >= perWrite || version === count + 1) {
          await client.write(Buffer.concat(pending));
          pending = [];
        }
      }
      const finalVersion = count + 1;
      const final = await client.diagnostics(uri, finalVersion);
      await Promise.all(requestIds.map((id) => client.answerTo(id)));
      // One more round trip: anything the server still had queued for this document is out by now.
      await client.request('exkb/serverStatus');

      const versions = client.received.slice(from).flatMap((message) => (message.method === 'textDocument/publishDiagnostics' && (message.params as PublishedDiagnostics).uri === uri ? [(message.params as PublishedDiagnostics).version ?? -1] : []));
      assert.deepEqual(versions.filter((version, index) => index > 0 && version < (versions[index - 1] ?? 0)), [], `versions never go backwards: ${versions.join(', ')}`);
      assert.equal(versions.at(-1), finalVersion, 'the last diagnostics published are for the final version');
      // Changes queued behind each other are linted once, after the last; requests between them may publish what they linted.
      if (perWrite === count) assert.ok(versions.length <= requestIds.length + Math.ceil(count / 10), `${versions.length} publications for ${count} changes in one write`);
      for (const id of requestIds) assert.equal(client.received.filter((message) => message.id === id).length, 1, `request ${id} answered once`);

      // The same text opened fresh gets the same diagnostics: the incremental edits lost nothing.
      const fresh = await client.open(fileUri(`${folder}/race-${seed}-fresh.ps1`), text);
      assert.deepEqual(withoutData(final), withoutData(fresh));
      t.diagnostic(`${name}: ${final.diagnostics.length} diagnostics at the end, ${versions.length} publications for ${count} changes (versions ${versions[0]}…${versions.at(-1)}), ${requestIds.length} requests`);
    });
  }

  it('after the races, the same process still lints, answers and exits with 0', async () => {
    const { diagnostics } = await client.open(fileUri(`${folder}/after-races.ps1`), `${GROUP}\n`);
    assert.equal(diagnostics.length > 0, true);
    assert.doesNotMatch(client.stderr, /uncaught|unhandled/i);
    assert.equal(await client.stop(), 0);
  });
});
