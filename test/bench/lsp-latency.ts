// Edit → diagnostics latency of the real language server over stdio: a 5,000-line script is opened,
// then 200 single-character edits spread over the file are sent one at a time, each waiting for the
// diagnostics of its own version. Measured from sending didChange to receiving publishDiagnostics.
import path from 'node:path';
import { LspClient, fileUri, temporaryFolder } from '../src/lsp/lsp-client.js';
import { benchScript } from './bench-script.js';
import { ms, report, seededRandom, summarise } from './stats.js';

const LINES = 5_000;
const EDITS = 200;

export async function benchLspLatency(): Promise<void> {
  const text = benchScript(LINES);
  const lines = text.split('\n');
  const client = new LspClient();
  try {
    const startedAt = performance.now();
    await client.initialize();
    const initialized = performance.now() - startedAt;

    const uri = fileUri(path.join(temporaryFolder('exkb-bench-'), 'bench.ps1'));
    const openAt = performance.now();
    const first = await client.open(uri, text);
    const cold = performance.now() - openAt;

    const lineCount = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    const random = seededRandom(11);
    const samples: number[] = [];
    let findings = first.diagnostics.length;
    for (let edit = 0; edit < EDITS; edit++) {
      // Spread over the file; each edit inserts one space at the start of a line (indentation: the
      // meaning stays), except before a here-string's closing quote, which must start its line.
      let line = Math.min(lineCount - 1, Math.floor(((edit + random()) * lineCount) / EDITS));
      while (/^['"]@/.test(lines[line] ?? '') && line + 1 < lineCount) line++;
      lines[line] = ` ${lines[line] ?? ''}`;
      const version = edit + 2;
      const sentAt = performance.now();
      const published = await client.change(uri, version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }]);
      samples.push(performance.now() - sentAt);
      findings = published.diagnostics.length;
    }
    const latency = summarise(samples);
    report(`Language server over stdio: ${lineCount}-line script, ${first.diagnostics.length} diagnostics (${findings} after the edits)`, [
      ['start + initialize', ms(initialized)],
      ['cold open → first diagnostics', ms(cold)],
      [`edit → diagnostics p50 / p95 / max (${latency.count} single-character edits)`, `${ms(latency.p50)} / ${ms(latency.p95)} / ${ms(latency.max)}`],
    ]);
    await client.stop();
  } finally {
    client.kill();
  }
}
