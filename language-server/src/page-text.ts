import type { Element, ElementContent, Root, RootContent } from 'hast';
import { countAtMost, lineStarts } from '@exkb/knowledge';
import { fromHtml } from 'hast-util-from-html';

/** Text of a document with a way back to source lines: what `scan` searches for codes. */
export interface PageText {
  text: string;
  /** 1-based source line of a 0-based offset in `text`. */
  lineOf(offset: number): number;
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul']);

export function looksLikeHtml(text: string, fileName?: string): boolean {
  if (fileName !== undefined && /\.(html?|xhtml|mht)$/i.test(fileName)) return true;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

export function plainText(text: string): PageText {
  const starts = lineStarts(text);
  return { text, lineOf: (offset) => countAtMost(starts, offset) };
}

/**
 * HTML parsed with a real parser (hast-util-from-html, the parse5 behind rehype): text nodes in
 * document order, entities decoded, blocks separated by newlines; scripts and styles skipped.
 */
export function htmlText(html: string): PageText {
  const tree = fromHtml(html) as Root;
  let text = '';
  /** Parallel arrays: where each chunk starts in `text`, and the source line it came from. */
  const chunkStarts: number[] = [];
  const chunkLines: number[] = [];
  const visit = (node: Root | RootContent | ElementContent) => {
    if (node.type === 'text') {
      chunkStarts.push(text.length);
      chunkLines.push(node.position?.start.line ?? chunkLines.at(-1) ?? 1);
      text += node.value;
      return;
    }
    if (node.type === 'element' && SKIPPED.has((node as Element).tagName)) return;
    const isBlock = node.type === 'element' && BLOCKS.has((node as Element).tagName);
    if (isBlock && !text.endsWith('\n')) text += '\n';
    if ('children' in node) for (const child of node.children) visit(child);
    if (isBlock && !text.endsWith('\n')) text += '\n';
  };
  visit(tree);
  return {
    text,
    lineOf(offset) {
      const chunk = countAtMost(chunkStarts, offset) - 1;
      if (chunk < 0) return 1;
      const start = chunkStarts[chunk] ?? 0;
      let line = chunkLines[chunk] ?? 1;
      for (let i = text.indexOf('\n', start); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
      return line;
    },
  };
}
