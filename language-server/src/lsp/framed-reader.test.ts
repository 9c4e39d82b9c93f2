import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { Message, ResponseMessage } from 'vscode-languageserver/node';
import { FramedMessageReader, MAX_HEADER_BYTES } from './framed-reader.js';

interface Read {
  messages: Message[];
  rejected: Array<{ reason: string; answer: ResponseMessage | undefined }>;
  warnings: string[];
  fatal: string[];
}

/** Writes the chunks to a real stream, one at a time, and collects what the reader made of them. */
async function read(chunks: ReadonlyArray<Buffer | string>): Promise<Read> {
  const stream = new PassThrough();
  const result: Read = { messages: [], rejected: [], warnings: [], fatal: [] };
  const reader = new FramedMessageReader(stream, {
    reject: (reason, answer) => void result.rejected.push({ reason, answer }),
    warn: (message) => void result.warnings.push(message),
    fatal: (reason) => void result.fatal.push(reason),
  });
  reader.listen((message) => void result.messages.push(message));
  for (const chunk of chunks) {
    stream.write(chunk);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}

const frame = (body: string | Buffer) => {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
};
const request = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'x', params: { text: 'é😀' } });
const idOf = (message: Message) => (message as unknown as { id: number }).id;
const textOf = (message: Message | undefined) => (message as unknown as { params: { text: string } } | undefined)?.params.text;
const split = (bytes: Buffer, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, index) => bytes.subarray(index * size, (index + 1) * size));

describe('FramedMessageReader', () => {
  const DELIVERED: ReadonlyArray<readonly [string, ReadonlyArray<Buffer | string>, number[]]> = [
    ['one frame', [frame(request(1))], [1]],
    ['two frames in one chunk', [Buffer.concat([frame(request(1)), frame(request(2))])], [1, 2]],
    ['a frame one byte at a time', split(frame(request(3)), 1), [3]],
    ['frames split at every 7 bytes', split(Buffer.concat([frame(request(4)), frame(request(5)), frame(request(6))]), 7), [4, 5, 6]],
    ['a header split between its CR and LF', [`Content-Length: ${Buffer.byteLength(request(7))}\r`, '\n\r', '\n', request(7).slice(0, 10), request(7).slice(10)], [7]],
    ['extra headers in any case', [`content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(request(8))}\r\n\r\n${request(8)}`], [8]],
  ];
  for (const [name, chunks, ids] of DELIVERED) {
    it(`${name}: delivers ${ids.join(', ')}`, async () => {
      const result = await read(chunks);
      assert.deepEqual(result.messages.map(idOf), ids);
      assert.deepEqual([result.rejected, result.fatal], [[], []]);
      assert.equal(textOf(result.messages[0]), 'é😀', 'multi-byte characters split across chunks are whole');
    });
  }

  const FATAL: ReadonlyArray<readonly [string, string, RegExp]> = [
    ['no Content-Length', 'Content-Type: x\r\n\r\n{}', /without Content-Length/],
    ['a Content-Length that is not a number', 'Content-Length: 1e3\r\n\r\n', /must be a whole number/],
    ['a negative Content-Length', 'Content-Length: -1\r\n\r\n', /"-1"/],
    ['a Content-Length above the limit', 'Content-Length: 999999999999\r\n\r\n', /at most/],
    ['a header line without a colon', 'Content-Length 2\r\n\r\n{}', /name: value/],
    ['an empty header block', '\r\n\r\n{}', /name: value/],
    ['a header with no end', 'x'.repeat(MAX_HEADER_BYTES + 1), /no end of header/],
  ];
  for (const [name, bytes, reason] of FATAL) {
    it(`${name}: fatal once, and nothing after it is read`, async () => {
      const result = await read([bytes, frame(request(1)), frame(request(2))]);
      assert.equal(result.fatal.length, 1);
      assert.match(result.fatal[0] ?? '', reason);
      assert.deepEqual(result.messages, []);
    });
  }

  const REJECTED: ReadonlyArray<readonly [string, string, number, RegExp]> = [
    ['a body that is not JSON', 'not json', -32700, /not JSON/],
    ['an empty body', '', -32700, /not JSON/],
    ['a batch', '[]', -32600, /batch/],
  ];
  for (const [name, body, code, reason] of REJECTED) {
    it(`${name}: answered ${code} to null, and the next frame is read`, async () => {
      const result = await read([Buffer.concat([frame(body), frame(request(9))])]);
      assert.deepEqual(result.rejected.map(({ answer }) => [answer?.id, answer?.error?.code]), [[null, code]]);
      assert.match(result.rejected[0]?.reason ?? '', reason);
      assert.deepEqual(result.messages.map(idOf), [9]);
    });
  }

  it('invalid UTF-8 is read as U+FFFD, with a warning', async () => {
    const body = Buffer.concat([Buffer.from('{"jsonrpc":"2.0","method":"x","params":{"text":"a'), Buffer.from([0xff]), Buffer.from('b"}}')]);
    const result = await read([frame(body)]);
    assert.equal(textOf(result.messages[0]), 'a\uFFFDb');
    assert.match(result.warnings.join('\n'), /not valid UTF-8/);
  });

  it('a frame of 5 MB in 64 KB chunks is delivered once, whole', async () => {
    const big = JSON.stringify({ jsonrpc: '2.0', id: 10, method: 'x', params: { text: 'y'.repeat(5_000_000) } });
    const result = await read(split(frame(big), 65_536));
    assert.equal(result.messages.length, 1);
    assert.equal(textOf(result.messages[0])?.length, 5_000_000);
  });
});
