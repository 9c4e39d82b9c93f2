import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastCommand } from '../testing.js';
import { nativeArguments } from './native-arguments.js';

// [script, each argument as [source, text]]
const ARGUMENTS: ReadonlyArray<[string, ReadonlyArray<[string, string]>]> = [
  [
    'cscript adsutil.vbs SET W3SVC/AppPools/Enable32bitAppOnWin64 1',
    [['adsutil.vbs', 'adsutil.vbs'], ['SET', 'SET'], ['W3SVC/AppPools/Enable32bitAppOnWin64', 'W3SVC/AppPools/Enable32bitAppOnWin64'], ['1', '1']],
  ],
  // The parser reads `-s value` as a parameter with its value; the program gets two arguments.
  ['cscript adsutil.vbs -s W3SVC/1/ROOT/owa', [['adsutil.vbs', 'adsutil.vbs'], ['-s', '-s'], ['W3SVC/1/ROOT/owa', 'W3SVC/1/ROOT/owa']]],
  [
    'appcmd set config -section:system.applicationHost/applicationPools /applicationPoolDefaults.enable32BitAppOnWin64:true',
    [['set', 'set'], ['config', 'config'], ['-section:system.applicationHost/applicationPools', '-section:system.applicationHost/applicationPools'], ['/applicationPoolDefaults.enable32BitAppOnWin64:true', '/applicationPoolDefaults.enable32BitAppOnWin64:true']],
  ],
  // One pair of quotes is removed from `text`; `source` keeps them.
  ['sc.exe config "MSExchangePOP3" start= auto', [['config', 'config'], ['"MSExchangePOP3"', 'MSExchangePOP3'], ['start=', 'start='], ['auto', 'auto']]],
  ["net start 'MSExchangeIMAP4'", [['start', 'start'], ["'MSExchangeIMAP4'", 'MSExchangeIMAP4']]],
  ['iisreset', []],
];

describe('nativeArguments', () => {
  for (const [script, expected] of ARGUMENTS) {
    it(script, () => {
      const args = nativeArguments(lastCommand(script), script);
      assert.deepEqual(args.map((arg) => [arg.source, arg.text]), expected);
      for (const arg of args) {
        assert.equal(script.slice(arg.span.start, arg.span.end), arg.source, 'span covers the source');
        assert.equal(script.slice(arg.textStart, arg.textStart + arg.text.length), arg.text, 'textStart points at the text');
      }
    });
  }

  it('gives a quoted argument its literal text, for edits inside it', () => {
    const script = 'sc.exe config "MSExchangePOP3" start= auto';
    const [, service, start] = nativeArguments(lastCommand(script), script);
    assert.equal(service?.literal?.quote, 'double');
    assert.equal(start?.literal?.quote, 'none');
  });

  it('leaves out splatted arguments', () => {
    const script = "$options = @{ s = 'W3SVC' }\ncscript adsutil.vbs @options SET";
    assert.deepEqual(nativeArguments(lastCommand(script), script).map((arg) => arg.source), ['adsutil.vbs', 'SET']);
  });
});
