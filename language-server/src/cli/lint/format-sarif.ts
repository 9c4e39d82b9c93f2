// SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: rules carry their knowledge entry as help,
// results point at 1-based UTF-16 regions relative to %SRCROOT% (the current folder), fixes travel along.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Entry, KnowledgeBase } from '@exkb/knowledge';
import type * as Sarif from 'sarif';
import { SYNTAX_ERROR_RULE } from '../../lint.js';
import type { RuleMeta } from '../../rules/rule.js';
import type { Severity } from '../../settings.js';
import type { FileReport, Range, ReportedFinding } from './report.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SOURCE_ROOT = '%SRCROOT%';

export interface SarifTool {
  readonly version: string;
  /** The project's home page, when package.json names one; entries then link into its knowledge folder. */
  readonly homepage?: string;
}

export interface SarifInput {
  readonly reports: readonly FileReport[];
  readonly rules: readonly RuleMeta[];
  readonly knowledge: KnowledgeBase;
  readonly cwd: string;
  readonly tool: SarifTool;
  /** What went wrong outside the findings (unreadable files, config problems); makes the run unsuccessful. */
  readonly notifications: readonly string[];
  /** Worth knowing but harmless (a binary file skipped): notes, the run stays successful. */
  readonly notes?: readonly string[];
}

const LEVEL: Readonly<Record<Severity, Sarif.Result.level>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** GitHub code scanning's own severity for non-security alerts. */
const PROBLEM_SEVERITY: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'recommendation', hint: 'recommendation' };

const SYNTAX_ERROR_META: RuleMeta = {
  id: SYNTAX_ERROR_RULE,
  description: 'PowerShell cannot parse the script, so it would not run at all.',
  severity: 'error',
  entries: [],
  fixable: false,
};

export function formatSarif(input: SarifInput): string {
  const metas = [SYNTAX_ERROR_META, ...input.rules];
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
  const results = input.reports.flatMap((report) =>
    report.findings.map((finding) => result(finding, ruleIndex.get(finding.rule), artifactLocation(report.absolute, input.cwd))),
  );
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'exkb',
        version: input.tool.version,
        semanticVersion: input.tool.version,
        ...(input.tool.homepage ? { informationUri: input.tool.homepage } : {}),
        rules: metas.map((meta) => ruleDescriptor(meta, input.knowledge, input.tool.homepage)),
      },
    },
    invocations: [
      {
        executionSuccessful: input.notifications.length === 0,
        toolExecutionNotifications: [
          ...input.notifications.map((text) => ({ level: 'error' as const, message: { text } })),
          ...(input.notes ?? []).map((text) => ({ level: 'note' as const, message: { text } })),
        ],
      },
    ],
    originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(input.cwd.endsWith(path.sep) ? input.cwd : `${input.cwd}${path.sep}`).href } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  const log: Sarif.Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2);
}

function ruleDescriptor(meta: RuleMeta, knowledge: KnowledgeBase, homepage: string | undefined): Sarif.ReportingDescriptor {
  const entry = meta.entries[0] === undefined ? undefined : knowledge.entry(meta.entries[0]);
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: entry ? `${meta.description} ${entry.summary.cause}` : meta.description },
    ...(entry ? { help: help(entry, meta), helpUri: entryUri(entry, homepage) } : {}),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: ['exchange', 'powershell', ...(entry ? [entry.area, ...entry.tags] : ['syntax'])].filter(unique),
      'problem.severity': PROBLEM_SEVERITY[meta.severity],
      ...(meta.fixable ? { fixable: true } : {}),
    },
  };
}

function help(entry: Entry, meta: RuleMeta): Sarif.MultiformatMessageString {
  const others = meta.entries.slice(1);
  const more = others.length > 0 ? `\n\nSee also: ${others.join(', ')}.` : '';
  return {
    text: `${entry.title}\n\nSymptom: ${entry.summary.symptom}\n\nCause: ${entry.summary.cause}\n\nFix: ${entry.summary.fix}\n\nMore: exkb show ${entry.id}${more}`,
    markdown: `**${entry.title}**\n\n**Symptom.** ${entry.summary.symptom}\n\n**Cause.** ${entry.summary.cause}\n\n**Fix.** ${entry.summary.fix}\n\nMore: \`exkb show ${entry.id}\`${more}`,
  };
}

/** The entry's file in the project's repository when there is a home page; otherwise the `exkb:` link the knowledge base itself uses. */
export function entryUri(entry: Entry, homepage: string | undefined): string {
  if (homepage) return `${homepage.replace(/\/+$/, '')}/blob/main/knowledge/entries/${entry.file.split('/').map(encodeURIComponent).join('/')}`;
  return `exkb:${entry.id}`;
}

function result(finding: ReportedFinding, index: number | undefined, location: Sarif.ArtifactLocation): Sarif.Result {
  return {
    ruleId: finding.rule,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
    ...(finding.fix
      ? {
          fixes: [
            {
              description: { text: finding.fix.title },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: finding.fix.edits.map((edit) => ({ deletedRegion: region(edit), insertedContent: { text: edit.text } })),
                },
              ],
            },
          ],
        }
      : {}),
    ...(finding.entries.length > 0 ? { properties: { entries: [...finding.entries] } } : {}),
  };
}

function region(range: Range): Sarif.Region {
  return { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn };
}

/** Relative to %SRCROOT% when the file is under the current folder, else an absolute file: URI. */
export function artifactLocation(absolute: string, cwd: string): Sarif.ArtifactLocation {
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function unique(value: string, index: number, all: readonly string[]): boolean {
  return all.indexOf(value) === index;
}
