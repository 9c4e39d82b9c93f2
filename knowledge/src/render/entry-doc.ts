// An entry's Markdown as the small, allow-listed tree the panel renders. Anything outside the list
// (raw HTML, images, unknown link schemes) becomes text, so an entry can never inject markup.
import type { BlockContent, DefinitionContent, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

export type LinkTarget = { kind: 'entry'; id: string } | { kind: 'external'; url: string };

export type DocInline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'emphasis' | 'strong'; children: DocInline[] }
  | { type: 'link'; target: LinkTarget; children: DocInline[] }
  | { type: 'break' };

export type DocBlock =
  | { type: 'heading'; depth: number; children: DocInline[] }
  | { type: 'paragraph'; children: DocInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: DocBlock[][] }
  /** `wrong`: the example under "Wrong", shown as such and never offered for insertion. */
  | { type: 'code'; lang: string; value: string; wrong: boolean }
  | { type: 'quote'; children: DocBlock[] }
  | { type: 'rule' };

/** `exkb:<id>` links open another entry in the panel; ids are entry file names. */
const ENTRY_LINK = /^exkb:([a-z0-9][a-z0-9-]*)$/;
const EXTERNAL_SCHEMES = new Set(['http:', 'https:']);

export function entryDoc(markdown: string): DocBlock[] {
  const context = { section: '' };
  return blocks(fromMarkdown(markdown).children, context);
}

interface Context {
  /** The text of the last level-2 heading: the entry's section. */
  section: string;
}

export function linkTarget(url: string): LinkTarget | undefined {
  const entry = ENTRY_LINK.exec(url);
  if (entry?.[1]) return { kind: 'entry', id: entry[1] };
  try {
    const parsed = new URL(url);
    return EXTERNAL_SCHEMES.has(parsed.protocol) ? { kind: 'external', url: parsed.href } : undefined;
  } catch {
    return undefined;
  }
}

function blocks(nodes: ReadonlyArray<RootContent | BlockContent | DefinitionContent>, context: Context): DocBlock[] {
  return nodes.flatMap((node): DocBlock[] => {
    switch (node.type) {
      case 'heading':
        if (node.depth === 2) context.section = toString(node);
        return [{ type: 'heading', depth: node.depth, children: inlines(node.children) }];
      case 'paragraph':
        return [{ type: 'paragraph', children: inlines(node.children) }];
      case 'list':
        return [{ type: 'list', ordered: node.ordered === true, start: node.start ?? 1, items: node.children.map((item) => blocks(item.children, context)) }];
      case 'code':
        return [{ type: 'code', lang: node.lang ?? '', value: node.value, wrong: context.section === 'Wrong' }];
      case 'blockquote':
        return [{ type: 'quote', children: blocks(node.children, context) }];
      case 'thematicBreak':
        return [{ type: 'rule' }];
      case 'html':
        return [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }];
      default:
        // Definitions, front matter and the rest carry nothing to show.
        return [];
    }
  });
}

function inlines(nodes: readonly PhrasingContent[]): DocInline[] {
  return nodes.flatMap((node): DocInline[] => {
    switch (node.type) {
      case 'text':
      case 'html':
        return [{ type: 'text', value: node.value }];
      case 'inlineCode':
        return [{ type: 'code', value: node.value }];
      case 'emphasis':
      case 'strong':
        return [{ type: node.type, children: inlines(node.children) }];
      case 'break':
        return [{ type: 'break' }];
      case 'link': {
        const target = linkTarget(node.url);
        const children = inlines(node.children);
        return target ? [{ type: 'link', target, children }] : children;
      }
      case 'linkReference':
        return inlines(node.children);
      case 'image':
        return node.alt ? [{ type: 'text', value: node.alt }] : [];
      default:
        return [];
    }
  });
}
