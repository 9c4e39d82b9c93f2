// The knowledge entries about each command and parameter, for hover and completion: every cmdlet
// an entry lists in its front matter, and every Verb-Noun command with its -Parameters in the
// entries' PowerShell (fenced snippets and inline code) and prose. The facts about Exchange cmdlets
// (sets, types, versions) come from the cmdlet model; this index says which entries are about them,
// and is the only source for the other commands entries use (`Set-WebConfigurationProperty`).
import { POWERSHELL_FENCES, type Entry } from '@exkb/knowledge';
import { parseScript } from '../powershell/index.js';

export interface CatalogParameter {
  /** As the knowledge base writes it (`RequireSenderAuthenticationEnabled`), without the dash. */
  readonly name: string;
  /** Entries that use it with this command, in code or prose. */
  readonly entries: readonly string[];
}

export interface CatalogCommand {
  /** Canonical spelling (`Set-DistributionGroup`). */
  readonly name: string;
  /** Sorted by name. */
  readonly parameters: readonly CatalogParameter[];
  /** Entries about this command: those listing it in `cmdlets` first, then those using or naming it; ids sorted within each group. */
  readonly entries: readonly string[];
}

export interface CommandCatalog {
  /** Sorted by name. */
  readonly commands: readonly CatalogCommand[];
  /** Case-insensitive. */
  command(name: string): CatalogCommand | undefined;
  /** The parameter written as `written` (no dash; PowerShell lets users abbreviate to a unique prefix). */
  parameter(command: string, written: string): CatalogParameter | undefined;
  /** Entries that mention `-parameter` together with the command: those using it first. */
  entriesFor(command: string, parameter?: string): readonly string[];
  /**
   * Entries about one parameter however they write it (alias, abbreviation): `writes` says whether
   * a spelling (no dash) names it. Those using it in code first, then those mentioning it in prose.
   */
  entriesForParameter(command: string, writes: (spelling: string) => boolean): readonly string[];
}

/** `Verb-Noun`: the shape of a cmdlet name (natives like `cscript` and scripts like `.\x.ps1` are not catalogued). */
const CMDLET_NAME = /^[A-Za-z]+-[A-Za-z][A-Za-z0-9]*$/;
const INLINE_CODE = /`([^`\n]+)`/g;
const FENCE = /^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm;
/** `-Name` in prose or code, not a hyphen inside a word (`Set-Mailbox`) or a negative number. */
const PARAMETER_MENTION = /(?<![\w-])-([A-Za-z][A-Za-z0-9]*)\b/g;

interface CommandDraft {
  name: string;
  listedBy: Set<string>;
  usedBy: Set<string>;
  parameters: Map<string, { name: string; usedBy: Set<string> }>;
}

export function catalogFromKnowledge(entries: readonly Entry[]): CommandCatalog {
  const drafts = new Map<string, CommandDraft>();
  const draft = (name: string): CommandDraft => {
    const key = name.toLowerCase();
    let found = drafts.get(key);
    if (!found) drafts.set(key, (found = { name, listedBy: new Set(), usedBy: new Set(), parameters: new Map() }));
    return found;
  };

  for (const entry of entries) {
    for (const cmdlet of entry.cmdlets) if (CMDLET_NAME.test(cmdlet)) draft(cmdlet).listedBy.add(entry.id);
    for (const code of entryCode(entry)) {
      for (const command of parseScript(code).commands) {
        if (command.native || !CMDLET_NAME.test(command.canonical)) continue;
        const found = draft(command.canonical);
        found.usedBy.add(entry.id);
        for (const parameter of command.parameters) {
          if (!/^[A-Za-z][A-Za-z0-9]*$/.test(parameter.name)) continue;
          const key = parameter.name.toLowerCase();
          const known = found.parameters.get(key) ?? { name: parameter.name, usedBy: new Set<string>() };
          known.usedBy.add(entry.id);
          found.parameters.set(key, known);
        }
      }
    }
  }

  // Prose: an entry that names a known command and mentions one of its parameters is about both.
  const mentions = new Map<string, { text: string; parameters: Set<string> }>();
  for (const entry of entries) {
    mentions.set(entry.id, { text: entry.markdown.toLowerCase(), parameters: new Set([...entry.markdown.matchAll(PARAMETER_MENTION)].map((match) => (match[1] ?? '').toLowerCase())) });
  }
  const namedBy = (key: string, draftEntry: CommandDraft): Set<string> => {
    const ids = new Set([...draftEntry.listedBy, ...draftEntry.usedBy]);
    for (const [id, mention] of mentions) if (!ids.has(id) && namesCommand(mention.text, key)) ids.add(id);
    return ids;
  };

  const commands: CatalogCommand[] = [];
  const byKey = new Map<string, CatalogCommand>();
  const parameterEntries = new Map<string, Map<string, string[]>>();
  const aboutCommand = new Map<string, string[]>();
  for (const [key, found] of [...drafts].sort((a, b) => a[0].localeCompare(b[0]))) {
    const named = namedBy(key, found);
    const perParameter = new Map<string, string[]>();
    const parameters = [...found.parameters]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([parameterKey, parameter]) => {
        const mentioned = [...named].filter((id) => !parameter.usedBy.has(id) && mentions.get(id)?.parameters.has(parameterKey));
        const ids = [...sorted(parameter.usedBy), ...sorted(mentioned)];
        perParameter.set(parameterKey, ids);
        return { name: parameter.name, entries: ids };
      });
    const others = [...named].filter((id) => !found.listedBy.has(id));
    const command: CatalogCommand = { name: found.name, parameters, entries: [...sorted(found.listedBy), ...sorted(others)] };
    commands.push(command);
    byKey.set(key, command);
    parameterEntries.set(key, perParameter);
    aboutCommand.set(key, [...named]);
  }

  const parameterOf = (command: string, written: string): CatalogParameter | undefined => {
    const parameters = byKey.get(command.toLowerCase())?.parameters ?? [];
    const prefix = written.replace(/^-/, '').toLowerCase();
    const exact = parameters.find((parameter) => parameter.name.toLowerCase() === prefix);
    if (exact) return exact;
    const candidates = parameters.filter((parameter) => parameter.name.toLowerCase().startsWith(prefix));
    return candidates.length === 1 ? candidates[0] : undefined;
  };

  return {
    commands,
    command: (name) => byKey.get(name.toLowerCase()),
    parameter: parameterOf,
    entriesFor(commandName, parameter) {
      const key = commandName.toLowerCase();
      const command = byKey.get(key);
      if (!command) return [];
      if (parameter === undefined) return command.entries;
      const known = parameterOf(commandName, parameter);
      if (known) return parameterEntries.get(key)?.get(known.name.toLowerCase()) ?? [];
      // A parameter no entry uses in code: entries that still mention it in their prose.
      const wanted = parameter.replace(/^-/, '').toLowerCase();
      return sorted((aboutCommand.get(key) ?? []).filter((id) => mentions.get(id)?.parameters.has(wanted)));
    },
    entriesForParameter(commandName, writes) {
      const key = commandName.toLowerCase();
      const command = byKey.get(key);
      if (!command) return [];
      const written = new Set(command.parameters.filter((parameter) => writes(parameter.name)).flatMap((parameter) => parameterEntries.get(key)?.get(parameter.name.toLowerCase()) ?? []));
      const mentioned = (aboutCommand.get(key) ?? []).filter((id) => !written.has(id) && [...(mentions.get(id)?.parameters ?? [])].some(writes));
      return [...written, ...sorted(mentioned)];
    },
  };
}

/** The PowerShell of an entry: fenced snippets, then inline code spans of the prose (where `Set-X -Y $false` is often written). */
function entryCode(entry: Entry): string[] {
  const fenced = entry.snippets.filter((snippet) => POWERSHELL_FENCES.has(snippet.language)).map((snippet) => snippet.code);
  const prose = entry.markdown.replace(FENCE, '');
  const inline = [...prose.matchAll(INLINE_CODE)].map((match) => match[1] ?? '').filter((code) => /^[A-Za-z]+-[A-Za-z]/.test(code));
  return [...fenced, ...inline];
}

/** The command's name as a whole word: `get-mailbox` is not named by `get-mailboxdatabase`. */
function namesCommand(lowerText: string, key: string): boolean {
  let from = 0;
  for (;;) {
    const at = lowerText.indexOf(key, from);
    if (at < 0) return false;
    const before = lowerText.charAt(at - 1);
    const after = lowerText.charAt(at + key.length);
    if (!/[\w-]/.test(before) && !/[\w-]/.test(after)) return true;
    from = at + 1;
  }
}

function sorted(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => a.localeCompare(b));
}
