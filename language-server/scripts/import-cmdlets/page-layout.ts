// Where the facts sit in a page's Markdown tree: the SYNTAX section's code blocks (each under its
// `### SetName` heading, if any) and the PARAMETERS section's `### -Name` sections. Everything
// else (synopsis, description, examples, inputs, outputs) is never read.

import type { Code, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LineProblem } from './problems.js';

export interface SyntaxBlockNode {
  /** The `###` heading's text, if the block has one. */
  readonly heading?: string;
  readonly code: Code;
  /** 1-based page line of the opening fence. */
  readonly line: number;
}

export interface ParameterSectionNodes {
  /** Without the dash. */
  readonly name: string;
  /** 1-based page line of the heading. */
  readonly line: number;
  readonly nodes: readonly RootContent[];
}

export interface PageLayout {
  /** 1-based line of `## SYNTAX`; absent when the page has none. */
  readonly syntaxLine?: number;
  readonly syntaxBlocks: readonly SyntaxBlockNode[];
  /** 1-based line of `## PARAMETERS`; absent when the page has none. */
  readonly parametersLine?: number;
  readonly parameterSections: readonly ParameterSectionNodes[];
  readonly problems: LineProblem[];
}

export function readPageLayout(tree: Root): PageLayout {
  const problems: LineProblem[] = [];
  const syntaxBlocks: SyntaxBlockNode[] = [];
  const parameterSections: { name: string; line: number; nodes: RootContent[] }[] = [];
  let syntaxLine: number | undefined;
  let parametersLine: number | undefined;
  let section: 'syntax' | 'parameters' | 'other' = 'other';
  let pendingHeading: { text: string; line: number } | undefined;
  let currentParameter: { nodes: RootContent[] } | undefined;

  const closePendingHeading = () => {
    if (pendingHeading) problems.push({ line: pendingHeading.line, kind: 'syntax', message: `the set heading "${pendingHeading.text}" has no syntax block under it` });
    pendingHeading = undefined;
  };

  for (const node of tree.children) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading' && node.depth <= 2) {
      closePendingHeading();
      currentParameter = undefined;
      const title = toString(node).trim().toUpperCase();
      section = title === 'SYNTAX' ? 'syntax' : title === 'PARAMETERS' ? 'parameters' : 'other';
      if (section === 'syntax') syntaxLine ??= line;
      if (section === 'parameters') parametersLine ??= line;
      continue;
    }
    if (section === 'syntax') {
      if (node.type === 'heading' && node.depth === 3) {
        closePendingHeading();
        pendingHeading = { text: toString(node).trim(), line };
      } else if (node.type === 'code') {
        syntaxBlocks.push({ ...(pendingHeading ? { heading: pendingHeading.text } : {}), code: node, line });
        pendingHeading = undefined;
      }
    } else if (section === 'parameters') {
      if (node.type === 'heading' && node.depth === 3) {
        const title = toString(node).trim();
        if (title.startsWith('-')) {
          currentParameter = { nodes: [] };
          parameterSections.push({ name: title.slice(1).trim(), line, nodes: currentParameter.nodes });
        } else {
          // `### CommonParameters`: the common parameters are never listed.
          currentParameter = undefined;
        }
      } else {
        currentParameter?.nodes.push(node);
      }
    }
  }
  closePendingHeading();
  return {
    ...(syntaxLine !== undefined ? { syntaxLine } : {}),
    syntaxBlocks,
    ...(parametersLine !== undefined ? { parametersLine } : {}),
    parameterSections,
    problems,
  };
}
