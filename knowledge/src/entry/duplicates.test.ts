import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCodeClashes, findNearDuplicateBodies, formatNearDuplicate, normalisePhrase } from './duplicates.js';

interface Sketch {
  id: string;
  title: string;
  codes: string[];
  symptoms: string[];
}

const entry = (id: string, title: string, codes: string[], symptoms: string[]): Sketch => ({ id, title, codes, symptoms });

/** [case, entries, expected clashes as `first second codes sameTitle overlap`] */
const CLASH_TABLE: ReadonlyArray<[string, Sketch[], string[]]> = [
  ['no shared code: same title is fine', [entry('a', 'Mail bounces', ['550 5.1.1'], ['x']), entry('b', 'Mail bounces', ['550 5.7.1'], ['x'])], []],
  ['shared code, different title and symptoms', [entry('a', 'Relay refused: accepted domain', ['550 5.7.1'], ['domain missing']), entry('b', 'Relay refused: connector', ['5.7.1'], ['anonymous refused'])], []],
  ['shared code, same words in another order and case', [entry('a', 'Unable to relay: 550 5.7.1', ['550 5.7.1'], ['p']), entry('b', '550 5.7.1 — UNABLE to relay', ['554 5.7.1'], ['q'])], ['a b 5.7.1 true 0.00']],
  ['title words differ by a code detail', [entry('a', 'Refused with 5.7.1', ['5.7.1'], ['p']), entry('b', 'Refused with 5.7.15', ['5.7.1'], ['q'])], []],
  ['identical symptom sets, punctuation and case aside', [entry('a', 'One', ['0x8004010F'], ['OAB fails!', 'Send/receive error']), entry('b', 'Two', ['0x8004010f'], ['oab fails', 'send receive error'])], ['a b 0x8004010f false 1.00']],
  ['half the symptom phrases shared is too many', [entry('a', 'One', ['Event 9373'], ['s1', 's2', 's3']), entry('b', 'Two', ['Event 9373'], ['s1', 's2', 's4'])], ['a b event 9373 false 0.50']],
  ['one shared symptom of three each is fine', [entry('a', 'One', ['Event 9373'], ['s1', 's2', 's3']), entry('b', 'Two', ['Event 9373'], ['s1', 's4', 's5'])], []],
  ['sharing a status word inside a full code counts', [entry('a', 'One', ['550 5.2.0 STOREDRV.Deliver'], ['s']), entry('b', 'Two', ['STOREDRV.Deliver'], ['s'])], ['a b storedrv.deliver false 1.00']],
  ['all shared codes listed once per pair, ids ordered', [entry('z', 'Same', ['550 5.7.1', 'HTTP 500'], ['p']), entry('m', 'same', ['5.7.1', 'HTTP 500'], ['q'])], ['m z 5.7.1,http 500 true 0.00']],
  ['three entries on one code: every clashing pair', [entry('a', 'T', ['KB953467'], ['p']), entry('b', 'T', ['KB953467'], ['q']), entry('c', 'U', ['KB953467'], ['r'])], ['a b kb953467 true 0.00']],
  ['entries without codes never clash', [entry('a', 'T', [], ['p']), entry('b', 'T', [], ['p'])], []],
];

describe('findCodeClashes', () => {
  for (const [name, entries, expected] of CLASH_TABLE) {
    it(name, () => {
      const clashes = findCodeClashes(entries).map((clash) => `${clash.first} ${clash.second} ${clash.codes.join(',')} ${clash.sameTitle} ${clash.symptomOverlap.toFixed(2)}`);
      assert.deepEqual(clashes, expected);
    });
  }
});

const TEXT = 'The receive connector refuses anonymous mail because the permission group for anonymous users was removed by a script that was meant to harden the server, so every sender on the Internet gets a refusal at the mail from command';
const TEXT_START = TEXT.split(' ').slice(0, 20).join(' ');
const OTHER = 'Outlook asks for a password again and again because the autodiscover virtual directory lost windows authentication';

/** [case, bodies, expected near duplicates as `first second similarity`] */
const BODY_TABLE: ReadonlyArray<[string, Array<[string, string]>, string[]]> = [
  ['identical bodies', [['a', TEXT], ['b', TEXT]], ['a b 1.00']],
  ['case and punctuation do not hide a copy', [['a', TEXT], ['b', TEXT.toUpperCase().replaceAll(' ', ', ')]], ['a b 1.00']],
  ['unrelated bodies', [['a', TEXT], ['b', OTHER]], []],
  // 35 shingles each; the 5 that hold the changed word differ: 30 / 40.
  ['one word changed in the middle', [['a', TEXT], ['b', TEXT.replace('permission', 'rights')]], ['a b 0.75']],
  ['a body shorter than a shingle is never a duplicate', [['a', 'too short'], ['b', 'too short']], []],
  // All 35 shingles of a inside the 51 of b.
  ['a body copied into a longer one', [['a', TEXT], ['b', `${TEXT} ${OTHER}`]], ['a b 0.69']],
  // 16 shingles shared of 51 in all.
  ['the first half of a body reused is below the threshold', [['a', TEXT], ['b', `${TEXT_START} ${OTHER}`]], []],
  ['most similar first', [['a', TEXT], ['b', TEXT.replace('permission', 'rights')], ['c', TEXT]], ['a c 1.00', 'a b 0.75', 'b c 0.75']],
];

describe('findNearDuplicateBodies', () => {
  for (const [name, bodies, expected] of BODY_TABLE) {
    it(name, () => {
      const pairs = findNearDuplicateBodies(bodies.map(([id, markdown]) => ({ id, markdown })));
      assert.deepEqual(
        pairs.map((pair) => `${pair.first} ${pair.second} ${pair.similarity.toFixed(2)}`),
        expected,
      );
    });
  }

  it('takes a lower threshold when asked', () => {
    const pairs = findNearDuplicateBodies([{ id: 'a', markdown: TEXT }, { id: 'b', markdown: `${TEXT_START} ${OTHER}` }], 0.3);
    assert.deepEqual(pairs.map(formatNearDuplicate), ['a ↔ b 0.31']);
  });
});

describe('normalisePhrase', () => {
  const TABLE: ReadonlyArray<[string, string]> = [
    ['  Send/Receive   ERROR! ', 'send receive error'],
    ['550 5.7.1 Unable to relay.', '550 5.7.1 unable to relay'],
    ["Outlook can't connect", "outlook can't connect"],
    ['ＯＷＡ full-width', 'owa full width'],
  ];
  for (const [input, expected] of TABLE) it(JSON.stringify(input), () => assert.equal(normalisePhrase(input), expected));
});
