// Diagnostic links that open the knowledge panel. The client hands the server an entry link
// template in VS Code's own URI scheme (`vscode://exkb.exkb-vscode/entry?id={id}`); VS Code routes
// such a URI to the extension's URI handler, which reads the id back with `entryIdOfUri`.
// Pure, without the `vscode` module, so both halves are table-tested.

/** The path of an entry link; other paths are not ours to answer. */
export const ENTRY_LINK_PATH = '/entry';

/**
 * The template the server fills with `{id}` (see `entryHref` in the language server), or undefined
 * when the editor reports no usable scheme: then the server keeps its own links (the entry files).
 */
export function entryLinkTemplate(uriScheme: string, extensionId: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*$/i.test(uriScheme)) return undefined;
  return `${uriScheme}://${extensionId}${ENTRY_LINK_PATH}?id={id}`;
}

/** The parts of a URI the handler reads, as `vscode.Uri` has them (its query is already percent-decoded once). */
export interface LinkUri {
  readonly authority: string;
  readonly path: string;
  readonly query: string;
}

export type EntryLinkResult = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly problem: string };

/** The entry id of an entry link, or why the URI is not one. */
export function entryIdOfUri(uri: LinkUri, extensionId: string): EntryLinkResult {
  const shown = `${uri.authority}${uri.path}${uri.query ? `?${uri.query}` : ''}`;
  if (uri.authority.toLowerCase() !== extensionId.toLowerCase()) return { ok: false, problem: `${shown} is not an exkb link` };
  if (uri.path.replace(/\/+$/, '') !== ENTRY_LINK_PATH) return { ok: false, problem: `${shown}: exkb links are ${ENTRY_LINK_PATH}?id=<entry id>` };
  // URLSearchParams never throws: malformed escapes stay as they are.
  const trimmed = new URLSearchParams(uri.query).get('id')?.trim() ?? '';
  if (trimmed === '') return { ok: false, problem: `${shown} names no entry (expected ?id=<entry id>)` };
  return { ok: true, id: trimmed };
}

/** A Markdown link target, up to the closing parenthesis (entry ids have none). */
const LINK_TARGET = /\]\(([a-z][a-z0-9+.-]*:\/\/[^)\s]+)\)/gi;

/**
 * Hovers and completion documentation drop links in schemes they do not know (VS Code's Markdown
 * sanitizer keeps http(s), file, mailto and, for trusted text, `command:`), so there the entry links
 * become `command:<showEntryCommand>?["<id>"]` links; other links are left alone.
 */
export function entryLinksToCommands(markdown: string, extensionId: string, showEntryCommand: string): string {
  return markdown.replace(LINK_TARGET, (whole, href: string) => {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return whole;
    }
    const link = entryIdOfUri({ authority: url.host, path: url.pathname, query: safeDecode(url.search.slice(1)) }, extensionId);
    return link.ok ? `](command:${showEntryCommand}?${encodeURIComponent(JSON.stringify([link.id]))})` : whole;
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
