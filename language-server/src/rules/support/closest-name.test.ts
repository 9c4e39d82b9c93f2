import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestNames, editDistance } from './closest-name.js';

// [a, b, distance]
const DISTANCES: ReadonlyArray<[string, string, number]> = [
  ['SMTP', 'SMTP', 0],
  ['', 'IIS', 3],
  ['IIS', '', 3],
  ['SMPT', 'SMTP', 1],
  ['POP', 'POP3', 1],
  ['IMPA', 'IMAP', 1],
  ['kitten', 'sitting', 3],
  ['smtp', 'SMTP', 4],
  // Optimal string alignment: a swapped pair is not edited again (Damerau-Levenshtein would say 2).
  ['CA', 'ABC', 3],
];

describe('editDistance', () => {
  for (const [a, b, distance] of DISTANCES) {
    it(`${JSON.stringify(a)} → ${JSON.stringify(b)}: ${distance}`, () => assert.equal(editDistance(a, b), distance));
  }
});

// [a, b, limit, result]: exact up to the limit, limit + 1 beyond it (the search stops early there).
const BOUNDED: ReadonlyArray<[string, string, number, number]> = [
  ['kitten', 'sitting', 3, 3],
  ['kitten', 'sitting', 2, 3],
  ['kitten', 'sitting', 0, 1],
  ['SMPT', 'SMTP', 1, 1],
  ['SMPT', 'SMTP', 0, 1],
  ['CA', 'ABC', 2, 3],
  ['MailboxDatabase', 'MailboxDatabaseCopyStatus', 2, 3],
  ['DistributionGroup', 'DistributionGroupMember', 6, 6],
  ['abcdefgh', 'hgfedcba', 2, 3],
  ['', 'IIS', 3, 3],
  ['IIS', '', 1, 2],
];

describe('editDistance with a limit', () => {
  for (const [a, b, limit, result] of BOUNDED) {
    it(`${JSON.stringify(a)} → ${JSON.stringify(b)} within ${limit}: ${result}`, () => assert.equal(editDistance(a, b, limit), result));
  }
  it('agrees with the unbounded distance on every pair of a word list, at every limit', () => {
    const words = ['Identity', 'Identiy', 'Idnetity', 'Identities', 'ident', 'Database', 'DataBase', 'Databsae', 'Server', 'Sever', 'Servers', 'ResultSize', 'ResultsSize', 'a', 'ab', 'ba', ''];
    for (const a of words) {
      for (const b of words) {
        const exact = editDistance(a, b);
        for (let limit = 0; limit <= 4; limit++) assert.equal(editDistance(a, b, limit), Math.min(exact, limit + 1), `${a} → ${b} within ${limit}`);
      }
    }
  });
});

const SERVICES = ['None', 'IIS', 'SMTP', 'POP', 'IMAP', 'UM', 'UMCallRouter', 'Federation'];

// [word, candidates, maxDistance (default when undefined), expected]
const CLOSEST: ReadonlyArray<[string, readonly string[], number | undefined, string[]]> = [
  ['SMPT', SERVICES, undefined, ['SMTP']],
  ['smpt', SERVICES, undefined, ['SMTP']],
  ['Pop3', SERVICES, undefined, ['POP']],
  ['IIS', SERVICES, undefined, ['IIS']],
  ['Federaton', SERVICES, undefined, ['Federation']],
  ['Fedration1', SERVICES, undefined, ['Federation']],
  // Words of four letters or fewer get one edit at most.
  ['SMXX', SERVICES, undefined, []],
  ['Exchange', SERVICES, undefined, []],
  // Ties are all returned, in the candidates' order.
  ['PIP', ['POP', 'PIN', 'IMAP'], undefined, ['POP', 'PIN']],
  // The nearer candidate wins over one further away that is still within reach.
  ['UMCallRoute', SERVICES, undefined, ['UMCallRouter']],
  ['SMTPX', SERVICES, 0, []],
  ['SMTPX', SERVICES, 1, ['SMTP']],
  ['SMTP', [], undefined, []],
];

describe('closestNames', () => {
  for (const [word, candidates, maxDistance, expected] of CLOSEST) {
    it(`${word} within ${maxDistance ?? 'the default'} → ${expected.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(closestNames(word, candidates, maxDistance), expected);
    });
  }
});
