// fast-check generators of JSON-RPC messages for the language server: real methods with params of
// the right shape, the wrong shape and no shape; junk methods; document notifications on a small
// pool of uris (so edits and closes hit open documents) with random text, ranges and versions.
import fc from 'fast-check';

export const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';

/** The methods that end or restart the session: a fuzzer sending them would only test that they work. */
export const LIFECYCLE_METHODS: ReadonlySet<string> = new Set(['initialize', 'initialized', 'shutdown', 'exit']);

export interface FuzzMessage {
  readonly method: string;
  /** A request (answered once) or a notification. */
  readonly request: boolean;
  /** Absent: the message has no params. */
  readonly params?: unknown;
  /** For `$/cancelRequest`: cancel the n-th request of the same batch (modulo their count) instead of `params`. */
  readonly cancelsRequest?: number;
}

const FRAGMENTS = [
  GROUP,
  'Get-Mailbox -Identity "user" | Set-Mailbox -ProhibitSendQuota 2GB',
  'Set-Mailbox -Identity x -',
  'New-MailboxExportRequest -Mailbox x -FilePath ',
  '$cred = ConvertTo-SecureString "p" -AsPlainText -Force',
  '@"',
  '"@',
  '{ $(',
  '# exkb-disable-next-line',
  'function f { param([string]$a) }',
  '\u2013Identity \u201cx\u201d',
  '\0',
  '\uD800',
];

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

/** Mostly small, sometimes negative, huge, fractional or not a number at all. */
const count: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 2 ** 31 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0.5, 1e300) },
  { weight: 1, arbitrary: junk },
);

const position = fc.oneof({ weight: 6, arbitrary: fc.record({ line: count, character: count }) }, { weight: 1, arbitrary: junk });
const range = fc.oneof({ weight: 6, arbitrary: fc.record({ start: position, end: position }) }, { weight: 1, arbitrary: junk });

const text: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((lines) => lines.join('\n')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: junk },
);

function documentArbitraries(uris: readonly string[]) {
  const uri = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...uris) },
    { weight: 1, arbitrary: fc.constantFrom('file:///nowhere.ps1', 'untitled:Untitled-1', '', 'not a uri', 'file:///%zz.ps1', 'file:///exkb.config.json') },
    { weight: 1, arbitrary: junk },
  );
  const textDocument = fc.oneof({ weight: 8, arbitrary: fc.record({ uri, version: count }, { requiredKeys: ['uri'] }) }, { weight: 1, arbitrary: junk });
  return { uri, textDocument };
}

const diagnostic = fc.record(
  { range, code: fc.oneof(fc.constantFrom('require-sender-authentication-external', 'syntax-error', 'unknown-cmdlet'), junk), source: fc.constantFrom('exkb', 'other'), message: fc.string({ maxLength: 20 }), data: junk },
  { requiredKeys: ['range'] },
);

/** Messages to the methods the server implements, with params shaped right, a little wrong, or not at all. */
function realMessages(uris: readonly string[]): fc.Arbitrary<FuzzMessage> {
  const { textDocument } = documentArbitraries(uris);
  const positional = fc.record({ textDocument, position, context: junk }, { requiredKeys: ['textDocument', 'position'] });
  const request = (method: string, params: fc.Arbitrary<unknown>) => params.map((value): FuzzMessage => ({ method, request: true, params: value }));
  const notification = (method: string, params: fc.Arbitrary<unknown>) => params.map((value): FuzzMessage => ({ method, request: false, params: value }));
  const change = fc.oneof({ weight: 4, arbitrary: fc.record({ range, text }, { requiredKeys: ['text'] }) }, { weight: 1, arbitrary: junk });
  return fc.oneof(
    request('textDocument/hover', positional),
    request('textDocument/completion', positional),
    request('textDocument/signatureHelp', positional),
    request('textDocument/codeAction', fc.record({ textDocument, range, context: fc.oneof(fc.record({ diagnostics: fc.array(diagnostic, { maxLength: 3 }), only: fc.array(fc.constantFrom('quickfix', 'source.fixAll', 'source.fixAll.exkb', 'x'), { maxLength: 2 }) }, { requiredKeys: ['diagnostics'] }), junk) })),
    request('completionItem/resolve', fc.oneof(fc.record({ label: fc.oneof(fc.constantFrom('Get-Mailbox', 'Set-Mailbox', '-Identity'), fc.string({ maxLength: 10 })), kind: count, data: junk }, { requiredKeys: ['label'] }), junk)),
    request('exkb/search', fc.record({ query: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('5.7.1', 'mailbox quota', '0x8004010F'), junk), limit: count, products: fc.oneof(fc.constant(['exchange-online']), fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }), junk) }, { requiredKeys: ['query'] })),
    request('exkb/entry', fc.record({ id: fc.oneof(fc.string({ maxLength: 20 }), junk) })),
    request('exkb/scan', fc.record({ text })),
    request('exkb/serverStatus', fc.oneof(fc.constant(undefined), junk)),
    notification('textDocument/didOpen', fc.oneof({ weight: 6, arbitrary: fc.record({ textDocument: fc.record({ uri: documentArbitraries(uris).uri, languageId: fc.constantFrom('powershell', 'plaintext'), version: count, text }, { requiredKeys: ['uri', 'text'] }) }) }, { weight: 1, arbitrary: junk })),
    notification('textDocument/didChange', fc.oneof({ weight: 6, arbitrary: fc.record({ textDocument, contentChanges: fc.oneof(fc.array(change, { maxLength: 4 }), junk) }) }, { weight: 1, arbitrary: junk })),
    notification('textDocument/didClose', fc.oneof(fc.record({ textDocument }), junk)),
    notification('textDocument/didSave', fc.record({ textDocument })),
    notification('workspace/didChangeConfiguration', fc.record({ settings: fc.oneof(fc.record({ exkb: fc.record({ exchangeVersion: fc.oneof(fc.constantFrom('2010', '2019', 'online', 'any', 'nope'), junk), rules: junk }, { requiredKeys: [] }) }), junk) })),
    notification('$/setTrace', fc.record({ value: fc.oneof(fc.constantFrom('off', 'messages', 'verbose'), junk) })),
    fc.nat().map((index): FuzzMessage => ({ method: '$/cancelRequest', request: false, cancelsRequest: index })),
  );
}

/** Methods nobody implements, and real ones with params of any JSON shape (arrays included). */
function junkMessages(): fc.Arbitrary<FuzzMessage> {
  const method = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/signatureHelp', 'exkb/search', 'exkb/scan', 'exkb/entry', 'textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/definition', 'workspace/executeCommand', '$/progress', 'exkb/'),
  );
  return fc
    .record({ method: method.filter((name) => !LIFECYCLE_METHODS.has(name)), request: fc.boolean(), params: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }) }, { requiredKeys: ['method', 'request'] })
    .map((message): FuzzMessage => message);
}

/** A batch of messages, written to the server in one go. */
export function messageBatch(uris: readonly string[], maxLength: number): fc.Arbitrary<FuzzMessage[]> {
  return fc.array(fc.oneof({ weight: 4, arbitrary: realMessages(uris) }, { weight: 1, arbitrary: junkMessages() }), { minLength: 1, maxLength });
}
