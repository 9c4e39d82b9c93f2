import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readClientSettings } from './settings-store.js';

const BASE = path.resolve('/work/space');

describe('readClientSettings', () => {
  const TABLE: ReadonlyArray<[string, unknown, object, string | undefined, RegExp[]]> = [
    ['nothing sent', null, {}, undefined, []],
    ['VS Code sends null for unset values', { exchangeVersion: null, rules: null, knowledgeFolders: null, entryLinkTemplate: null }, {}, undefined, []],
    ['a version, relative and absolute folders', { exchangeVersion: '2016', knowledgeFolders: ['kb', path.resolve('/abs/kb')] }, { exchangeVersion: '2016', knowledgeFolders: [path.join(BASE, 'kb'), path.resolve('/abs/kb')] }, undefined, []],
    ['keys of the client itself are ignored', { trace: { server: 'verbose' }, exchangeVersion: 'online' }, { exchangeVersion: 'online' }, undefined, []],
    ['the link template', { entryLinkTemplate: ' https://kb.example.org/{id} ' }, {}, 'https://kb.example.org/{id}', []],
    ['a bad version is named, the rest kept', { exchangeVersion: '2012', knowledgeFolders: ['kb'] }, { knowledgeFolders: [path.join(BASE, 'kb')] }, undefined, [/^settings: exchangeVersion: unknown Exchange version "2012"/]],
    ['a template that is not a string', { entryLinkTemplate: 42 }, {}, undefined, [/entryLinkTemplate must be a string/]],
    ['the diagnostics limit', { maxDiagnosticsPerFile: 50 }, { maxDiagnosticsPerFile: 50 }, undefined, []],
    ['VS Code sends null for an unset limit', { maxDiagnosticsPerFile: null }, {}, undefined, []],
    ['a negative limit is named', { maxDiagnosticsPerFile: -5, exchangeVersion: '2019' }, { exchangeVersion: '2019' }, undefined, [/^settings: maxDiagnosticsPerFile must be a whole number of 0 or more/]],
    ['not an object', 'exkb', {}, undefined, [/must be an object/]],
  ];
  for (const [name, raw, settings, template, problems] of TABLE) {
    it(name, () => {
      const result = readClientSettings(raw, 'settings', BASE);
      assert.deepEqual(result.settings, settings);
      assert.equal(result.entryLinkTemplate, template);
      assert.equal(result.problems.length, problems.length, result.problems.join('\n'));
      problems.forEach((problem, index) => assert.match(result.problems[index] ?? '', problem));
    });
  }
});
