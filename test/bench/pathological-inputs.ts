// Adversarial inputs for the pathological-input benchmark: each makes a text of about `size`
// UTF-16 units that aims at one way a regex backtracks or an algorithm turns quadratic.

export interface AdversarialInput {
  readonly name: string;
  readonly make: (size: number) => string;
}

/** `unit` repeated to `size` characters (cut at the end), optionally after a fixed head. */
export function repeatTo(size: number, unit: string, head = ''): string {
  const body = Math.max(0, size - head.length);
  return head + unit.repeat(Math.ceil(body / unit.length)).slice(0, body);
}

/** Free text for the code recognisers: runs they may try to extend forever. */
export const CODE_TEXTS: readonly AdversarialInput[] = [
  { name: 'digits and dots 5.5.5.5…', make: (size) => repeatTo(size, '5.') },
  { name: 'one run of digits', make: (size) => repeatTo(size, '5') },
  { name: '0x and a long hex run', make: (size) => repeatTo(size, 'F', '0x') },
  { name: '0x0x0x…', make: (size) => repeatTo(size, '0x') },
  { name: 'repeated "550 5." prefixes', make: (size) => repeatTo(size, '550 5.') },
  { name: 'KB and a long digit run', make: (size) => repeatTo(size, '9', 'KB') },
  { name: 'KB KB KB…', make: (size) => repeatTo(size, 'KB ') },
  { name: '"Event ID " repeats', make: (size) => repeatTo(size, 'Event ID ') },
  { name: 'dashes and spaces', make: (size) => repeatTo(size, '- -- ') },
  { name: 'range dashes 5.7.900-900-…', make: (size) => repeatTo(size, '900-', '5.7.') },
  { name: 'status words STOREDRV.STOREDRV.…', make: (size) => repeatTo(size, 'STOREDRV.') },
  { name: '"HTTP " repeats', make: (size) => repeatTo(size, 'HTTP 4') },
  // One word and then nothing but blanks: two runs of blanks that could meet in a regex split it every way.
  { name: 'HTTP, then one run of blanks', make: (size) => `${repeatTo(size - 1, ' ', 'HTTP')}x` },
  { name: '404, then one run of blanks', make: (size) => `${repeatTo(size - 1, ' ', '404')}x` },
  { name: 'Event, then one run of blanks', make: (size) => `${repeatTo(size - 1, ' ', 'Event')}x` },
  { name: '5.7.900, then blanks and a dash', make: (size) => `${repeatTo(size - 2, ' ', '5.7.900')}-x` },
  { name: 'HTTP/Event/404 with 200 blanks, repeated', make: (size) => repeatTo(size, `HTTP${' '.repeat(200)}x Event${'\t'.repeat(200)}x 404${' '.repeat(200)}x `) },
];

/** PowerShell that never closes what it opens, nests deeply, or runs one construct on and on. */
export const SCRIPT_TEXTS: readonly AdversarialInput[] = [
  { name: 'unclosed double quote with variables', make: (size) => repeatTo(size, 'a $x `" $( ', '"') },
  { name: 'unclosed single quote', make: (size) => repeatTo(size, "x '' ", "'") },
  { name: 'here-string markers, never closed', make: (size) => repeatTo(size, '@"\n$x "@ x\n') },
  { name: '$( nested, never closed', make: (size) => repeatTo(size, '$(') },
  { name: '"$( nested in strings', make: (size) => repeatTo(size, '"$(') },
  { name: 'strings with escaped quotes in $( )', make: (size) => repeatTo(size, '"$(Get-X `"a b`")" ') },
  { name: 'backtick run', make: (size) => repeatTo(size, '`') },
  { name: '<# without its end', make: (size) => repeatTo(size, 'x #> <# ', '<#') },
  { name: 'blocks 10,000 deep, repeated', make: (size) => repeatTo(size, `${'{'.repeat(10_000)}${'}'.repeat(10_000)}\n`) },
  { name: 'parentheses 10,000 deep, repeated', make: (size) => repeatTo(size, `${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`) },
  { name: 'one long pipeline a | a | …', make: (size) => repeatTo(size, 'a | ') },
  { name: 'one long array 1,1,1…', make: (size) => repeatTo(size, '1,') },
  { name: 'digits and dots as a command', make: (size) => repeatTo(size, '5.') },
  { name: 'one command, -Foo bar repeated', make: (size) => repeatTo(size, '-Foo bar ', 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true ') },
  { name: 'distinct unknown parameters', make: (size) => distinctLines(size, (index) => `-Foo${index} bar `, 'Set-DistributionGroup "Sales" ') },
  { name: 'distinct unknown cmdlets, one per line', make: (size) => distinctLines(size, (index) => `Get-Thing${index} -Identity x\n`) },
  { name: 'distinct misspelt cmdlets, one per line', make: (size) => distinctLines(size, (index) => `Get-Mailbx${index.toString(36)} -Identiy x\n`) },
  { name: 'splatted hashtable with many keys', make: (size) => `${distinctLines(size - 40, (index) => `K${index} = ${index}; `, '$p = @{ ')} }\nGet-Mailbox @p` },
];

/** Units made from a counter, concatenated to `size` characters. */
function distinctLines(size: number, unit: (index: number) => string, head = ''): string {
  const parts = [head];
  let length = head.length;
  for (let index = 0; length < size; index++) {
    const part = unit(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

/** A knowledge entry (front matter and the required sections) around an adversarial body. */
export function entryAround(body: string): string {
  return [
    '---',
    'title: A pathological entry whose body is one adversarial run of text',
    'codes:',
    '  - 550 5.7.1',
    'symptoms:',
    '  - the body is built to make a parser backtrack',
    'products:',
    '  - exchange-2019',
    '---',
    '',
    '## Symptom',
    body,
    '',
    '## Cause',
    'Generated.',
    '',
    '## Fix',
    'Nothing to fix.',
    '',
  ].join('\n');
}

/** Entry files of adversarial shapes: runs of code-like text, unclosed fences, a huge front-matter list. */
export const ENTRY_TEXTS: readonly AdversarialInput[] = [
  { name: 'body of digits and dots', make: (size) => entryAround(repeatTo(size, '5.')) },
  { name: 'body of "550 5." prefixes', make: (size) => entryAround(repeatTo(size, '550 5.')) },
  { name: 'body of backticks', make: (size) => entryAround(repeatTo(size, '`')) },
  { name: 'body of emphasis markers *_*_', make: (size) => entryAround(repeatTo(size, '*_')) },
  { name: 'body of link openers [[[(', make: (size) => entryAround(repeatTo(size, '[](')) },
  { name: 'unclosed powershell fence of $(', make: (size) => entryAround(repeatTo(size, '$(', '```powershell\n')) },
  { name: 'front matter with a huge codes list', make: (size) => `---\ntitle: t\ncodes:\n${repeatTo(size, '  - 5.5.5.5.5\n')}\n---\n` },
  { name: 'front matter never closed', make: (size) => `---\ntitle: ${repeatTo(size, 'x: - ')}` },
];
