// Findings as LSP diagnostics, published on open and on every change. No debounce: a change is
// linted on the next turn of the event loop, and only if no newer version arrived meanwhile. At
// most `maxDiagnosticsPerFile` are published (diagnostics-cap.ts).
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../lint.js';
import type { Severity } from '../settings.js';
import { capFindings, tooManyProblems } from './diagnostics-cap.js';
import { entryHref, type KnowledgeSnapshot } from './knowledge-state.js';
import { describeError } from './log.js';
import type { Session } from './session.js';
import { isConfigUri } from './settings-store.js';

export const DIAGNOSTIC_SOURCE = 'exkb';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  /** The knowledge entries the finding cites, main one first. */
  entries: readonly string[];
}

/** `links`: entry id → href, filled as it goes, when many findings are converted at once (they cite few entries). */
export function toDiagnostic(finding: Finding, document: TextDocument, knowledge: KnowledgeSnapshot, linkTemplate: string | undefined, links?: Map<string, string | undefined>): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: finding.start, end: finding.end },
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { entries: finding.entries } satisfies DiagnosticData,
  };
  const main = finding.entries[0];
  let href: string | undefined;
  if (main !== undefined && links?.has(main)) href = links.get(main);
  else if (main !== undefined) {
    href = entryHref(knowledge, main, linkTemplate);
    links?.set(main, href);
  }
  if (href) diagnostic.codeDescription = { href };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map(
      (related): DiagnosticRelatedInformation => ({
        location: { uri: document.uri, range: { start: document.positionAt(related.span.start), end: document.positionAt(related.span.end) } },
        message: related.message,
      }),
    );
  }
  return diagnostic;
}

/** The code of the diagnostic that says exkb itself failed on a document. */
export const INTERNAL_ERROR_CODE = 'exkb-internal-error';

function lintFailure(error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: INTERNAL_ERROR_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `exkb could not lint this file (${reason}), so its findings are not shown. The exkb log has the details for a bug report.`,
  };
}

export function registerDiagnostics(session: Session, settingsReady: () => Promise<void>): void {
  const { documents, connection, log } = session;
  const pending = new Set<string>();

  const validate = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    await settingsReady();
    const settings = await session.settings.settingsFor(uri);
    // A newer version arrived while the settings were read: its own validation follows.
    if (documents.get(uri) !== document || document.version !== version) return;
    let diagnostics: Diagnostic[];
    try {
      const analysis = session.analyzer.analyse(document, settings);
      const knowledge = session.knowledge.current;
      const template = session.settings.entryLinkTemplate;
      // Capped here, not in the analysis: code actions (fix all) still see every finding.
      const capped = capFindings(analysis.result.findings, settings.maxDiagnosticsPerFile);
      const links = new Map<string, string | undefined>();
      diagnostics = capped.shown.map((finding) => toDiagnostic(finding, document, knowledge, template, links));
      const summary = tooManyProblems(capped, DIAGNOSTIC_SOURCE);
      if (summary) diagnostics.unshift(summary);
    } catch (error) {
      // A bug in the parser or the core: say so where the user looks, instead of leaving stale diagnostics.
      log.error(`exkb: linting ${uri} (version ${version}) failed: ${describeError(error)}`);
      diagnostics = [lintFailure(error)];
    }
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };

  /*
   * The protocol library hands over one message per event-loop turn. Linting waits one turn and
   * looks again: while the version keeps changing, changes are still queued behind this one (an
   * editor flushing a burst, a paste, a replay after a stall), and only the last one is linted.
   */
  const schedule = (uri: string): void => {
    if (pending.has(uri)) return;
    pending.add(uri);
    const settle = (seen: number | undefined): void => {
      setImmediate(() => {
        const now = documents.get(uri)?.version;
        if (now !== seen) return settle(now);
        pending.delete(uri);
        validate(uri).catch((error: unknown) => log.error(`exkb: linting ${uri} failed: ${describeError(error)}`));
      });
    };
    settle(Number.NaN);
  };

  documents.onDidChangeContent((document) => {
    if (!isConfigUri(document.uri)) schedule(document.uri);
  });
  documents.onDidClose((uri) => {
    session.analyzer.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });
  session.onRefresh(() => {
    for (const document of documents.all()) if (!isConfigUri(document.uri)) schedule(document.uri);
  });
}
