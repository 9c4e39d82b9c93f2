import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { LifecycleGate } from './lifecycle-gate.js';

const request = (id: number, method: string): Message => ({ jsonrpc: '2.0', id, method, params: {} }) as Message;
const notification = (method: string): Message => ({ jsonrpc: '2.0', method, params: {} }) as Message;
const response = (id: number): Message => ({ jsonrpc: '2.0', id, result: null }) as Message;

describe('LifecycleGate', () => {
  it('follows a session from before initialize to after shutdown', () => {
    const gate = new LifecycleGate();
    // [message, admitted, error code of the answer when there is one]
    const STEPS: ReadonlyArray<[Message, boolean, number | undefined]> = [
      [request(1, 'textDocument/hover'), false, -32002],
      [notification('textDocument/didOpen'), false, undefined],
      [response(7), true, undefined],
      [request(2, 'initialize'), true, undefined],
      [notification('initialized'), true, undefined],
      [request(3, 'textDocument/hover'), true, undefined],
      [request(4, 'initialize'), true, undefined],
      [request(5, 'shutdown'), true, undefined],
      [request(6, 'textDocument/hover'), false, -32600],
      [notification('textDocument/didChange'), false, undefined],
      [notification('exit'), true, undefined],
    ];
    for (const [message, admitted, code] of STEPS) {
      const verdict = gate.check(message);
      const label = JSON.stringify(message);
      assert.equal(verdict.admit, admitted, label);
      assert.equal(verdict.admit ? undefined : verdict.answer?.error?.code, code, label);
      if (!verdict.admit && verdict.answer) assert.equal(verdict.answer.id, (message as unknown as { id: number }).id, label);
    }
  });

  it('lets exit through before initialize, so a client can always end the process', () => {
    assert.equal(new LifecycleGate().check(notification('exit')).admit, true);
  });
});
