import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEntry } from '../entry/parse-entry.js';
import type { Entry } from '../entry/model.js';
import { KnowledgeBase, KnowledgeBaseError } from '../knowledge-base.js';
import { encodeBase64 } from '../search/base64.js';
import { buildBundle } from './build.js';
import { bundleProblem } from './check-bundle.js';
import type { KnowledgeBundle } from './types.js';

function entry(id: string, codes: readonly string[]): Entry {
  const source = ['---', `title: "Entry ${id}"`, 'codes:', ...codes.map((code) => `  - "${code}"`), 'symptoms:', `  - symptom of ${id}`, 'products:', '  - exchange-online', '---', '', '## Symptom', 'A message bounces.', '', '## Cause', 'A rule refused it.', '', '## Fix', 'Change the rule.', '', '```powershell', 'Get-TransportRule', '```', ''].join('\n');
  const parsed = parseEntry(source, `mail-flow/${id}.md`);
  assert.deepEqual(parsed.problems, []);
  return parsed.entry as Entry;
}

const SOUND = buildBundle([entry('first', ['5.7.1']), entry('second', ['5.7.900-999'])], { contentHash: 'test', sourceCommit: null, builtAt: '' });

/** A deep copy of the sound bundle with one change. */
function damaged(change: (bundle: Record<string, any>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(SOUND)) as Record<string, any>;
  change(copy);
  return copy;
}

describe('bundleProblem', () => {
  it('finds nothing wrong with a bundle the build wrote', () => {
    assert.equal(bundleProblem(SOUND), undefined);
  });

  const CASES: ReadonlyArray<[string, unknown, RegExp]> = [
    ['null', null, /not a JSON object/],
    ['a list', [], /not a JSON object/],
    ['another format', damaged((bundle) => (bundle['format'] = 2)), /format 2, this build reads format 3/],
    ['no hash', damaged((bundle) => delete bundle['contentHash']), /^contentHash/],
    ['a numeric source commit', damaged((bundle) => (bundle['sourceCommit'] = 7)), /^sourceCommit/],
    ['entries as an object', damaged((bundle) => (bundle['entries'] = {})), /^entries is missing or not a list/],
    ['an entry that is a string', damaged((bundle) => (bundle['entries'][1] = 'x')), /^entries\[1\] is not an object/],
    ['an entry without an id', damaged((bundle) => delete bundle['entries'][0]['id']), /^entries\[0\]\.id is missing/],
    ['codes holding a number', damaged((bundle) => (bundle['entries'][0]['codes'] = ['5.7.1', 7])), /^entries\[0\]\.codes is missing or of the wrong type/],
    ['a summary without its fix', damaged((bundle) => delete bundle['entries'][0]['summary']['fix']), /^entries\[0\]\.summary/],
    ['a snippet without a line', damaged((bundle) => delete bundle['entries'][0]['snippets'][0]['line']), /^entries\[0\]\.snippets\[0\]\.line/],
    ['a twice-listed id', damaged((bundle) => (bundle['entries'][1]['id'] = 'first')), /entries\[1\]\.id "first" appears twice/],
    ['a code naming no entry', damaged((bundle) => (bundle['codes']['5.7.1'] = ['ghost'])), /codes\["5\.7\.1"\] names "ghost"/],
    ['a code map value that is a string', damaged((bundle) => (bundle['codes']['5.7.1'] = 'first')), /codes\["5\.7\.1"\] is not a list/],
    ['a reversed range', damaged((bundle) => (bundle['ranges'][0] = { prefix: '5.7', low: 999, high: 900 })), /ranges\[0\] has its low end above its high end/],
    ['a range without a prefix', damaged((bundle) => (bundle['ranges'][0] = { low: 1, high: 2 })), /ranges\[0\] is not a code range/],
    ['no ranges', damaged((bundle) => delete bundle['ranges']), /^ranges is missing/],
    ['an index for other entries', damaged((bundle) => (bundle['index']['documentCount'] = 5)), /index\.documentCount is 5, but there are 2 entries/],
    ['index terms as a list', damaged((bundle) => (bundle['index']['terms'] = ['a'])), /^index\.terms/],
    ['an infinite impact', damaged((bundle) => (bundle['index']['maxImpact'] = null)), /^index\.maxImpact/],
  ];
  for (const [name, bundle, expected] of CASES) {
    it(`names the problem in ${name}`, () => {
      assert.match(bundleProblem(bundle) ?? '(none)', expected);
      assert.throws(() => KnowledgeBase.fromBundle(bundle), (error: unknown) => error instanceof KnowledgeBaseError && expected.test(error.message.replace(/^exkb: the knowledge bundle is damaged or from another build \(/, '')));
    });
  }
});

describe('a damaged search index', () => {
  const INDEX_CASES: ReadonlyArray<[string, (index: KnowledgeBundle['index']) => void, RegExp]> = [
    ['offsets cut to an odd byte count', (index) => (index.offsets = encodeBase64(new Uint8Array(7))), /offsets holds 7 bytes/],
    ['offsets for fewer terms', (index) => (index.offsets = encodeBase64(new Uint8Array(4))), /1 offsets for \d+ terms/],
    ['impacts shorter than the postings', (index) => (index.impacts = encodeBase64(new Uint8Array(2))), /postings but 1 impacts/],
    ['a posting for a document that does not exist', (index) => (index.documents = encodeBase64(new Uint8Array(new Uint32Array(Buffer.from(index.documents, 'base64').length / 4).fill(9).buffer))), /names document 9 of 2/],
  ];
  for (const [name, change, expected] of INDEX_CASES) {
    it(`is refused at load: ${name}`, () => {
      const bundle = JSON.parse(JSON.stringify(SOUND)) as KnowledgeBundle;
      change(bundle.index);
      assert.throws(() => KnowledgeBase.fromBundle(bundle), (error: unknown) => error instanceof KnowledgeBaseError && /has a search index that is damaged/.test(error.message) && expected.test(error.message));
    });
  }
});
