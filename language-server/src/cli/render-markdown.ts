import type { List, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Style } from './style.js';

const parser = unified().use(remarkParse);

/** An entry body for a terminal: headings, lists and code kept readable, links spelt out. */
export function renderMarkdown(markdown: string, s: Style): string {
  const tree = parser.parse(markdown) as Root;
  return tree.children.map((node) => block(node, s, '')).filter((text) => text !== '').join('\n\n');
}

function block(node: RootContent, s: Style, indent: string): string {
  switch (node.type) {
    case 'heading':
      return `${indent}${s.heading(inline(node.children, s))}`;
    case 'paragraph':
      return indent + inline(node.children, s).replace(/\n/g, `\n${indent}`);
    case 'code':
      return node.value
        .split('\n')
        .map((line) => `${indent}    ${s.code(line)}`)
        .join('\n');
    case 'list':
      return list(node, s, indent);
    case 'blockquote':
      return node.children.map((child) => block(child, s, `${indent}│ `)).join('\n');
    case 'thematicBreak':
      return `${indent}${'─'.repeat(40)}`;
    case 'table':
      return node.children.map((row) => indent + row.children.map((cell) => inline(cell.children, s)).join(' │ ')).join('\n');
    case 'html':
      return indent + node.value;
    default:
      return 'children' in node ? inline(node.children as RootContent[], s) : 'value' in node ? String(node.value) : '';
  }
}

function list(node: List, s: Style, indent: string): string {
  const start = node.start ?? 1;
  return node.children
    .map((item, index) => {
      const marker = node.ordered ? `${start + index}. ` : '• ';
      const pad = ' '.repeat(marker.length);
      const [first = '', ...rest] = item.children.map((child) => block(child, s, indent + pad));
      const blocks = [indent + marker + first.slice(indent.length + pad.length), ...rest];
      return blocks.join(item.spread ? '\n\n' : '\n');
    })
    .join(node.spread ? '\n\n' : '\n');
}

function inline(nodes: readonly RootContent[], s: Style): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'inlineCode':
          return s.code(node.value);
        case 'strong':
          return s.bold(inline(node.children, s));
        case 'emphasis':
        case 'delete':
          return inline(node.children, s);
        case 'break':
          return '\n';
        case 'link': {
          const text = inline(node.children, s);
          const target = node.url.startsWith('exkb:') ? `exkb show ${node.url.slice(5)}` : node.url;
          return text === node.url ? s.accent(node.url) : `${text} (${s.accent(target)})`;
        }
        case 'image':
          return node.alt ?? '';
        case 'html':
          return node.value;
        default:
          return 'children' in node ? inline(node.children as RootContent[], s) : 'value' in node ? String(node.value) : '';
      }
    })
    .join('');
}
