import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { LIMITS } from '../shared/messages.js';
import { dispatch } from './dispatch.js';
import { createHandlers, type Handlers } from './handlers.js';
import { knowledgeState } from './knowledge-state.js';

const OWN_ID = 'own-extension-id';
const own = { id: OWN_ID };
const handlers = createHandlers(knowledgeState(loadBundledKnowledge(), []));
const load = () => Promise.resolve(handlers);

describe('dispatch: unanswered', () => {
  const cases: Array<{ name: string; message: unknown; sender: { id?: string } }> = [
    { name: 'another extension', message: { type: 'search', params: { query: '5.7.1' } }, sender: { id: 'someone-else' } },
    { name: 'a sender without id (a web page)', message: { type: 'search', params: { query: '5.7.1' } }, sender: {} },
    { name: 'an unknown type', message: { type: 'exkb-rescan' }, sender: own },
    { name: 'a prototype key as type', message: { type: 'toString', params: {} }, sender: own },
    { name: 'a string', message: 'search', sender: own },
    { name: 'null', message: null, sender: own },
  ];
  for (const { name, message, sender } of cases) it(name, () => assert.equal(dispatch(message, sender, OWN_ID, load), undefined));
});

describe('dispatch: refused params', () => {
  const cases: Array<{ name: string; message: unknown }> = [
    { name: 'no params', message: { type: 'search' } },
    { name: 'query not a string', message: { type: 'search', params: { query: { toString: 'x' } } } },
    { name: 'query too long', message: { type: 'search', params: { query: 'x'.repeat(LIMITS.queryLength + 1) } } },
    { name: 'limit too high', message: { type: 'search', params: { query: 'x', limit: 1e9 } } },
    { name: 'limit not an integer', message: { type: 'search', params: { query: 'x', limit: 1.5 } } },
    { name: 'id too long', message: { type: 'entry', params: { id: 'x'.repeat(LIMITS.idLength + 1) } } },
    { name: 'texts not strings', message: { type: 'scan', params: { texts: [1, 2] } } },
    { name: 'too many characters', message: { type: 'scan', params: { texts: ['x'.repeat(LIMITS.scanChars + 1)] } } },
  ];
  for (const { name, message } of cases) {
    it(name, async () => {
      const answer = await dispatch(message, own, OWN_ID, load);
      assert.equal(answer?.ok, false);
      assert.match(answer && !answer.ok ? answer.error : '', /^exkb: the "\w+" request has missing or invalid params$/);
    });
  }
});

describe('dispatch: answered', () => {
  it('search', async () => {
    const answer = await dispatch({ type: 'search', params: { query: '5.7.54' } }, own, OWN_ID, load);
    assert.ok(answer?.ok && Array.isArray(answer.result) && answer.result.length > 0);
  });
  it('entry that does not exist is null, not an error', async () => {
    assert.deepEqual(await dispatch({ type: 'entry', params: { id: 'nope' } }, own, OWN_ID, load), { ok: true, result: null });
  });
  it('a failing load becomes an error answer', async () => {
    const answer = await dispatch({ type: 'entry', params: { id: 'nope' } }, own, OWN_ID, () => Promise.reject(new Error('cannot read knowledge.json (HTTP 404)')));
    assert.deepEqual(answer, { ok: false, error: 'exkb: entry failed: cannot read knowledge.json (HTTP 404)' });
  });
  it('a throwing handler becomes an error answer', async () => {
    const throwing = { ...handlers, scan: () => { throw new Error('boom'); } } as Handlers;
    assert.deepEqual(await dispatch({ type: 'scan', params: { texts: [] } }, own, OWN_ID, () => Promise.resolve(throwing)), { ok: false, error: 'exkb: scan failed: boom' });
  });
});
