import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFrontMatter } from './front-matter.js';

describe('readFrontMatter', () => {
  it('reads key: value lines by lower-case key, with their lines', () => {
    const read = readFrontMatter('---\ntitle: Set-Widget\nonline version: https://example.test/set-widget\nModule Name: WidgetShell\n---\n\n# Set-Widget\n');
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.frontMatter?.fields.get('title'), { value: 'Set-Widget', line: 2 });
    assert.deepEqual(read.frontMatter?.fields.get('online version'), { value: 'https://example.test/set-widget', line: 3 });
    assert.equal(read.frontMatter?.fields.get('module name')?.value, 'WidgetShell');
    assert.equal(read.frontMatter?.endLine, 5);
  });

  it('empties the front matter lines so Markdown lines stay the page lines', () => {
    const read = readFrontMatter('---\ntitle: A\n---\n# A\n');
    assert.equal(read.body, '\n\n\n# A\n');
  });

  const broken: { name: string; text: string; line: number; message: RegExp }[] = [
    { name: 'no front matter', text: '# Set-Widget\n', line: 1, message: /does not start with front matter/ },
    { name: 'never closed', text: '---\ntitle: A\n', line: 1, message: /never closed/ },
    { name: 'a line without a colon', text: '---\ntitle: A\njust words\n---\n', line: 3, message: /not a "key: value" line/ },
    { name: 'a key given twice', text: '---\ntitle: A\ntitle: B\n---\n', line: 3, message: /given twice/ },
  ];
  for (const { name, text, line, message } of broken) {
    it(`reports ${name}`, () => {
      const read = readFrontMatter(text);
      assert.equal(read.problems.length, 1);
      assert.equal(read.problems[0]?.line, line);
      assert.match(read.problems[0]?.message ?? '', message);
    });
  }

  it('keeps the first value of a repeated key and reads CRLF pages', () => {
    const read = readFrontMatter('---\r\ntitle: A\r\ntitle: B\r\n---\r\n');
    assert.equal(read.frontMatter?.fields.get('title')?.value, 'A');
  });
});
