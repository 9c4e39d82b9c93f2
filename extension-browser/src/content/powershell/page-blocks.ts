// PowerShell in the page's code blocks: look at `pre` and standalone `code` blocks with the cheap
// test, and only if one looks like PowerShell load the parser chunk (powershell.js) and mark the
// lint core's findings, mapped over the block's text nodes (syntax highlighters split a command
// into many spans).
import { logOnce } from '../log.js';
import { createMark, isOurs, wrapRanges } from '../marks.js';
import { mapRange } from '../offsets.js';
import { setLintFacts } from '../popover/popover.js';
import { insideSkipped } from '../walk.js';
import type { BlockFinding, BlockResult } from './lint-blocks.js';
import { looksLikePowerShell } from './looks-like-powershell.js';

export type LintBlocks = (texts: readonly string[]) => Promise<BlockResult[]>;

/** `pre` blocks, and `code` elements not inside one; each read once per page. */
export function findCandidateBlocks(root: ParentNode, seen: WeakSet<Element>): Element[] {
  const blocks: Element[] = [];
  for (const element of Array.from(root.querySelectorAll('pre, code'))) {
    if (seen.has(element) || (element.tagName === 'CODE' && element.closest('pre')) || insideSkipped(element.parentNode ?? element)) continue;
    seen.add(element);
    if (looksLikePowerShell(element.textContent ?? '')) blocks.push(element);
  }
  return blocks;
}

function textNodesOf(block: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Marks one block's findings; nothing when the block changed since it was linted. */
export function markFindings(block: Element, text: string, findings: readonly BlockFinding[], titleOf: (id: string) => string | undefined): number {
  const nodes = textNodesOf(block);
  // The page may have changed the block, or made it editable, while it was being linted.
  if (nodes.map((node) => node.data).join('') !== text || !block.isConnected || insideSkipped(block)) return 0;
  const perNode = new Map<number, Array<{ start: number; end: number; value: BlockFinding }>>();
  for (const finding of findings) {
    for (const range of mapRange(nodes.map((node) => node.data), finding.start, finding.end)) {
      const list = perNode.get(range.index) ?? [];
      list.push({ start: range.start, end: range.end, value: finding });
      perNode.set(range.index, list);
    }
  }
  let marked = 0;
  for (const [index, ranges] of perNode) {
    const node = nodes[index]!;
    if (isOurs(node.parentNode ?? node)) continue; // already inside a code mark
    marked += wrapRanges(node, ranges, (slice, finding) => {
      const [entry = ''] = finding.entries;
      const mark = createMark(slice, {
        entry,
        entries: finding.entries,
        label: `PowerShell ${finding.severity} (exkb/${finding.rule}): ${titleOf(entry) ?? finding.message}`,
        lint: { rule: finding.rule, severity: finding.severity },
      });
      setLintFacts(mark, { rule: finding.rule, severity: finding.severity, message: finding.message });
      return mark;
    }).length;
  }
  return marked;
}

/** Lints the blocks `findCandidateBlocks` gave and marks their findings; never rejects. */
export async function lintPageBlocks(blocks: readonly Element[], load: () => Promise<LintBlocks>, titleOf: (id: string) => string | undefined): Promise<number> {
  const texts = blocks.map((block) => block.textContent ?? '');
  let results: BlockResult[];
  try {
    results = await (await load())(texts);
  } catch (error) {
    logOnce('PowerShell blocks', error);
    return 0;
  }
  let marked = 0;
  results.forEach((result, index) => {
    if (result.findings.length > 0) marked += markFindings(blocks[index]!, texts[index]!, result.findings, titleOf);
  });
  return marked;
}
