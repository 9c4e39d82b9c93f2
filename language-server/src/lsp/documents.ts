// Open documents, kept in sync with incremental edits. Malformed notifications (missing fields,
// positions that are not numbers, edits for documents that were never opened) are logged and
// dropped; positions past the end are clamped, as editors expect.
import type { Connection, Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { guardNotification, isRecord } from './guard.js';
import type { Log } from './log.js';

type Listener<T> = (value: T) => void;

export class DocumentStore {
  private readonly documents = new Map<string, TextDocument>();
  private readonly changed: Listener<TextDocument>[] = [];
  private readonly closed: Listener<string>[] = [];

  get(uri: unknown): TextDocument | undefined {
    return typeof uri === 'string' ? this.documents.get(uri) : undefined;
  }

  all(): TextDocument[] {
    return [...this.documents.values()];
  }

  /** Opened or edited. */
  onDidChangeContent(listener: Listener<TextDocument>): void {
    this.changed.push(listener);
  }

  onDidClose(listener: Listener<string>): void {
    this.closed.push(listener);
  }

  listen(connection: Connection, log: Log): void {
    connection.onDidOpenTextDocument(
      guardNotification(log, 'textDocument/didOpen', (params: unknown) => {
        const item = isRecord(params) ? params['textDocument'] : undefined;
        if (!isRecord(item) || typeof item['uri'] !== 'string' || typeof item['text'] !== 'string') {
          log.warn('exkb: textDocument/didOpen without a uri and text; ignored');
          return;
        }
        const version = typeof item['version'] === 'number' && Number.isFinite(item['version']) ? item['version'] : 0;
        const languageId = typeof item['languageId'] === 'string' ? item['languageId'] : 'powershell';
        const document = TextDocument.create(item['uri'], languageId, version, item['text']);
        this.documents.set(document.uri, document);
        for (const listener of this.changed) listener(document);
      }),
    );
    connection.onDidChangeTextDocument(
      guardNotification(log, 'textDocument/didChange', (params: unknown) => {
        const identifier = isRecord(params) ? params['textDocument'] : undefined;
        const uri = isRecord(identifier) ? identifier['uri'] : undefined;
        const document = this.get(uri);
        if (!document) {
          log.warn(`exkb: textDocument/didChange for ${String(uri)}, which is not open; ignored`);
          return;
        }
        const raw = isRecord(params) && Array.isArray(params['contentChanges']) ? (params['contentChanges'] as unknown[]) : [];
        const changes: TextDocumentContentChangeEvent[] = [];
        for (const change of raw) {
          const valid = readChange(change);
          if (valid) changes.push(valid);
          else log.warn(`exkb: textDocument/didChange for ${document.uri} has a malformed change; it was skipped: ${JSON.stringify(change)?.slice(0, 200)}`);
        }
        const version = isRecord(identifier) && typeof identifier['version'] === 'number' && Number.isFinite(identifier['version']) ? identifier['version'] : document.version + 1;
        TextDocument.update(document, changes, version);
        for (const listener of this.changed) listener(document);
      }),
    );
    connection.onDidCloseTextDocument(
      guardNotification(log, 'textDocument/didClose', (params: unknown) => {
        const identifier = isRecord(params) ? params['textDocument'] : undefined;
        const uri = isRecord(identifier) ? identifier['uri'] : undefined;
        if (typeof uri !== 'string' || !this.documents.delete(uri)) return;
        for (const listener of this.closed) listener(uri);
      }),
    );
  }
}

function readChange(change: unknown): TextDocumentContentChangeEvent | undefined {
  if (!isRecord(change) || typeof change['text'] !== 'string') return undefined;
  if (change['range'] === undefined) return { text: change['text'] };
  const range = readRange(change['range']);
  return range ? { range, text: change['text'] } : undefined;
}

/** A range from the wire, or undefined when it is not one; positions are clamped to whole, non-negative numbers. */
export function readRange(range: unknown): Range | undefined {
  if (!isRecord(range)) return undefined;
  const start = readPosition(range['start']);
  const end = readPosition(range['end']);
  if (!start || !end) return undefined;
  // A reversed range is read as the span between the two positions.
  const reversed = start.line > end.line || (start.line === end.line && start.character > end.character);
  return reversed ? { start: end, end: start } : { start, end };
}

function readPosition(position: unknown): Position | undefined {
  if (!isRecord(position)) return undefined;
  const { line, character } = position;
  if (typeof line !== 'number' || typeof character !== 'number' || !Number.isFinite(line) || !Number.isFinite(character)) return undefined;
  return { line: Math.max(0, Math.floor(line)), character: Math.max(0, Math.floor(character)) };
}
