import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastCommand } from '../testing.js';
import { typeMismatch, valueType } from './value-types.js';

// [reference type, value as written after -X, expected: undefined (accepted) or [type name, replacement?]]
const CASES: ReadonlyArray<[string, string, [string, string?] | undefined]> = [
  ['Boolean', '$true', undefined],
  ['Boolean', '1', undefined],
  ['Boolean', '$x', undefined],
  ['Boolean', "'true'", ['System.Boolean', '$true']],
  ['Boolean', 'false', ['System.Boolean', '$false']],
  ['Boolean', '"$false"', ['System.Boolean', '$false']],
  ['System.Boolean', "'FALSE'", ['System.Boolean', '$false']],
  ['Boolean', "'yes'", ['System.Boolean']],
  // Any string, even one only known at run time, is refused.
  ['Boolean', '"$enabled"', ['System.Boolean']],
  ['SwitchParameter', "'false'", ['System.Management.Automation.SwitchParameter', '$false']],
  ['Int32', '10', undefined],
  ['Int32', "'10'", undefined],
  ['Int32', '0x10', undefined],
  ['Int32', 'unlimited', ['System.Int32']],
  ['Int32', '"$limit"', undefined],
  ['Int32', "''", undefined],
  ['UInt32', 'none', ['System.UInt32']],
  ['Unlimited', 'Unlimited', undefined],
  ['Unlimited', "'unlimited'", undefined],
  ['Unlimited', '2GB', undefined],
  ['Unlimited', "'2 GB'", undefined],
  ['Unlimited', 'Unlimted', ['Unlimited', 'Unlimited']],
  ['Unlimited', 'none', ['Unlimited']],
  ['Microsoft.Exchange.Management.RestApiClient.Unlimited`1[System.UInt32]', 'infinite', ['Microsoft.Exchange.Management.RestApiClient.Unlimited`1[System.UInt32]']],
  ['ByteQuantifiedSize', "'10MB'", undefined],
  ['ByteQuantifiedSize', 'Unlimited', ['ByteQuantifiedSize']],
  ['EnhancedTimeSpan', "'14.00:00:00'", undefined],
  ['EnhancedTimeSpan', 'forever', ['EnhancedTimeSpan']],
  // Types this module doesn't judge.
  ['String', 'anything', undefined],
  ['MailboxIdParameter', 'jdoe', undefined],
  ['Int32[]', 'none', undefined],
  ['DateTime', 'tomorrow', undefined],
];

describe('typeMismatch', () => {
  for (const [type, written, expected] of CASES) {
    it(`${type} ← ${written}`, () => {
      const value = lastCommand(`Set-Thing -X ${written}`).parameters[0]!.value!;
      const mismatch = typeMismatch(type, value);
      assert.deepEqual(mismatch && [mismatch.typeName, ...(mismatch.replacement ? [mismatch.replacement] : [])], expected);
    });
  }
  it('reads a variable assigned once to a constant', () => {
    const value = lastCommand("$on = 'true'\nSet-Thing -X $on").parameters[0]!.value!;
    assert.equal(typeMismatch('Boolean', value)?.written, 'true');
  });
  it('names the kind of each type', () => {
    assert.deepEqual(
      ['Boolean', 'SwitchParameter', 'Int64', 'Double', 'UnlimitedInt', 'Microsoft.Exchange.Data.ByteQuantifiedSize', 'TimeSpan', 'Fqdn'].map((type) => valueType(type)?.type),
      ['boolean', 'switch', 'integer', 'number', 'unlimited', 'size', 'timespan', undefined],
    );
  });
});
