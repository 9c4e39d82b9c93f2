import path from 'node:path';
import type { ScanFinding } from '@exkb/knowledge';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { decodeText, fileErrorReason, InputError, UsageError } from '../io.js';
import { readRegularFile } from '../read-file.js';
import { htmlText, looksLikeHtml, plainText } from '../../page-text.js';
import { style } from '../style.js';

export const scan: Command = {
  name: 'scan',
  summary: 'find error codes in a text, Markdown or HTML page and print their remedies',
  usage: `exkb scan <file|-> [--json]

  Reads a file, or standard input for "-": an NDR, a message header, an event log export, a
  saved web page. HTML is parsed as HTML; scripts and styles are skipped.

  --json   print {codes: [{code, kind, normalized, line, column, entries}]}

  Exit code: 0 when a code was found, 1 when none was, 2 on bad usage or an unreadable file.`,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs('scan', args, { json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('exkb scan: give one file, or - to read standard input');
    const source = positionals[0] ?? '-';
    const { io } = context;
    const raw = source === '-' ? await io.readStdin() : await readSource(path.resolve(io.cwd, source), source);
    const page = looksLikeHtml(raw, source) ? htmlText(raw) : plainText(raw);
    const knowledge = context.knowledge();
    const findings = knowledge.scan(page.text).map((finding): ScanFinding => ({ ...finding, line: page.lineOf(finding.code.start) }));

    if (values['json'] === true) {
      const codes = findings.map(({ code, line, column, entries }) => ({ code: code.text, kind: code.kind, normalized: code.normalized, line, column, entries }));
      io.out(JSON.stringify({ codes }, null, 2));
      return findings.length > 0 ? 0 : 1;
    }
    const name = source === '-' ? '<stdin>' : source;
    if (findings.length === 0) {
      io.err(`${name}: no error codes found.`);
      return 1;
    }
    const s = style(io.color);
    for (const { code, line, entries } of findings) {
      io.out(`${s.dim(`${name}:${line}`)}  ${s.bold(code.text)}  ${s.dim(`${code.kind} ${code.normalized}`)}`);
      if (entries.length === 0) io.out(`    ${s.dim('no entry for this code yet')}`);
      for (const id of entries) io.out(`    → ${s.accent(id)}  ${knowledge.entry(id)?.title ?? ''}`);
    }
    const remedies = [...new Set(findings.map((finding) => finding.entries[0]).filter((id): id is string => id !== undefined))];
    if (remedies.length > 0) {
      io.out(`\n${s.heading('Remedies')}`);
      for (const id of remedies) {
        const entry = knowledge.entry(id);
        if (entry) io.out(`\n${s.bold(entry.title)}  ${s.dim(`(exkb show ${id})`)}\n${entry.summary.fix}`);
      }
    }
    const matched = findings.filter((finding) => finding.entries.length > 0).length;
    io.out(`\n${findings.length} code(s) found, ${matched} with knowledge entries.`);
    return 0;
  },
};

async function readSource(file: string, shown: string): Promise<string> {
  try {
    return decodeText((await readRegularFile(file)).bytes);
  } catch (error) {
    throw new InputError(`exkb scan: cannot read ${shown}: ${fileErrorReason(error)}`, 2);
  }
}
