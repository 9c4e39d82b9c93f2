import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastCommand, textAt } from '../testing.js';
import { appendToList, listValue } from './list-items.js';

/** The list of `-Value` in the script's last command. */
const listIn = (script: string) => listValue(lastCommand(script).parameter('Value')?.value);

interface Expected {
  /** Each name with the script text its span covers (`~` before it when the span is the whole item, not exactly the name). */
  readonly names: ReadonlyArray<[string, string]>;
  readonly complete: boolean;
  readonly joined: boolean;
}

const LISTS: ReadonlyArray<[string, Expected]> = [
  ['Set-Thing -Value IIS, SMTP', { names: [['IIS', 'IIS'], ['SMTP', 'SMTP']], complete: true, joined: false }],
  ["Set-Thing -Value 'IIS','SMTP'", { names: [['IIS', 'IIS'], ['SMTP', 'SMTP']], complete: true, joined: false }],
  ["Set-Thing -Value @('IIS', 'SMTP')", { names: [['IIS', 'IIS'], ['SMTP', 'SMTP']], complete: true, joined: false }],
  ["Set-Thing -Value 'IIS, SMTP'", { names: [['IIS', 'IIS'], ['SMTP', 'SMTP']], complete: true, joined: true }],
  ['Set-Thing -Value "IIS,,SMTP "', { names: [['IIS', 'IIS'], ['SMTP', 'SMTP']], complete: true, joined: true }],
  ['Set-Thing -Value IIS', { names: [['IIS', 'IIS']], complete: true, joined: false }],
  ['Set-Thing -Value 25', { names: [['25', '25']], complete: true, joined: false }],
  // Through a variable: the spans are in the assignment, where a fix has to go.
  ["$services = 'IIS', 'POP'\nSet-Thing -Value $services", { names: [['IIS', 'IIS'], ['POP', 'POP']], complete: true, joined: false }],
  // Escapes or doubled quotes: the span is the whole item.
  ["Set-Thing -Value 'O''Neil, Sales'", { names: [["O'Neil", "~'O''Neil, Sales'"], ['Sales', "~'O''Neil, Sales'"]], complete: true, joined: true }],
  ['Set-Thing -Value IIS, $other', { names: [['IIS', 'IIS']], complete: false, joined: false }],
  ['Set-Thing -Value "IIS,$other"', { names: [], complete: false, joined: false }],
  ['Set-Thing -Value $unknown', { names: [], complete: false, joined: false }],
  ['Set-Thing -Value IIS, $true', { names: [['IIS', 'IIS']], complete: false, joined: false }],
  ['Set-Thing', { names: [], complete: false, joined: false }],
];

describe('listValue', () => {
  for (const [script, expected] of LISTS) {
    it(JSON.stringify(script), () => {
      const list = listIn(script);
      const names = list.names.map((name): [string, string] => [name.text, `${name.exact ? '' : '~'}${textAt(script, name.span)}`]);
      assert.deepEqual({ names, complete: list.complete, joined: list.joined }, expected);
    });
  }
});

// [script, names to add, the script after the edit, or undefined when there is no safe edit]
const APPENDS: ReadonlyArray<[string, string[], string | undefined]> = [
  ['Set-Thing -Value a, b', ['c', 'd'], 'Set-Thing -Value a, b, c, d'],
  ["Set-Thing -Value 'a','b' -Force", ['c'], "Set-Thing -Value 'a','b', 'c' -Force"],
  ['Set-Thing -Value "a"', ['c'], 'Set-Thing -Value "a", "c"'],
  ["Set-Thing -Value @('a', 'b')", ['c'], "Set-Thing -Value @('a', 'b', 'c')"],
  ["$list = 'a', 'b'\nSet-Thing -Value $list", ['c'], "$list = 'a', 'b', 'c'\nSet-Thing -Value $list"],
  // One string with several names: no item to add after.
  ["Set-Thing -Value 'a, b'", ['c'], undefined],
  // Part of the list is only known when the script runs.
  ['Set-Thing -Value a, $more', ['c'], undefined],
  ['Set-Thing -Value $unknown', ['c'], undefined],
  ['Set-Thing', ['c'], undefined],
];

describe('appendToList', () => {
  for (const [script, names, expected] of APPENDS) {
    it(`${JSON.stringify(script)} + ${names.join(', ')}`, () => {
      const edit = appendToList(listIn(script), names);
      const result = edit && script.slice(0, edit.span.start) + edit.newText + script.slice(edit.span.end);
      assert.equal(result, expected);
    });
  }
});
