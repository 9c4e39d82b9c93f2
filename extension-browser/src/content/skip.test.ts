import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isScannableText, isSkippedElement } from './skip.js';

test('skipped elements', () => {
  const cases: Array<[string, boolean, boolean]> = [
    ['SCRIPT', false, true], ['style', false, true], ['NOSCRIPT', false, true], ['TEMPLATE', false, true],
    ['TEXTAREA', false, true], ['INPUT', false, true], ['SELECT', false, true], ['OPTION', false, true],
    ['svg', false, true], ['EXKB-MARK', false, true], ['exkb-popover', false, true],
    ['DIV', true, true], ['P', false, false], ['PRE', false, false], ['TD', false, false], ['CODE', false, false],
  ];
  for (const [tagName, isContentEditable, skipped] of cases) {
    assert.equal(isSkippedElement({ tagName, isContentEditable }), skipped, `${tagName} editable=${isContentEditable}`);
  }
});

test('scannable texts', () => {
  const cases: Array<[string, boolean]> = [['', false], ['   \n\t ', false], [' ab ', false], ['550', true], ['  5.7.1  ', true]];
  for (const [text, scannable] of cases) assert.equal(isScannableText(text), scannable, JSON.stringify(text));
});
