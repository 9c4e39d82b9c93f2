import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CmdletModelFile } from '../../src/exchange/model/format.js';
import { serializeModel } from './serialize.js';

const MODEL: CmdletModelFile = {
  generated: 'Generated for a test; do not edit.',
  source: { repository: 'someone/docs', path: 'widgets', commit: 'abc' },
  cmdlets: [
    { name: 'Get-Widget', products: ['online'], help: 'https://example.test/get-widget', parameters: [{ name: 'Identity', type: 'WidgetIdParameter', pipeline: 'value' }], sets: [{ name: 'Default', parameters: ['Identity@0'] }] },
    { name: 'Set-Widget', products: ['2016', 'online'], module: 'WidgetModule', help: 'https://example.test/set-widget', parameters: [{ name: 'Mode', type: 'WidgetMode', values: ['Fast', 'Slow "quoted"'] }], sets: [{ name: 'Default', parameters: ['Mode!'] }] },
  ],
};

describe('serializeModel', () => {
  it('is JSON that parses back to the model', () => {
    assert.deepEqual(JSON.parse(serializeModel(MODEL)), MODEL);
  });

  it('writes one cmdlet per line', () => {
    const lines = serializeModel(MODEL).split('\n');
    const cmdletLines = lines.filter((line) => line.startsWith('    {'));
    assert.equal(cmdletLines.length, 2);
    assert.deepEqual(JSON.parse(cmdletLines[0]!.trim().replace(/,$/, '')), MODEL.cmdlets[0]);
    assert.deepEqual(JSON.parse(cmdletLines[1]!.trim()), MODEL.cmdlets[1]);
    assert.equal(lines.length, 2 + 7);
    assert.equal(lines.at(-1), '');
  });

  it('writes an empty model as valid JSON', () => {
    const empty = { ...MODEL, cmdlets: [] };
    assert.deepEqual(JSON.parse(serializeModel(empty)), empty);
  });
});
