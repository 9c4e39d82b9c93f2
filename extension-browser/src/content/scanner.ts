// The one page scanner every annotator shares: a queue of roots, walked in idle slices; text sent
// to the background in batches (`scan`); codes with entries wrapped in marks. One MutationObserver
// only queues what the page adds; a burst of mutations becomes one rescan.
import type { ScanResult, TextFinding } from '../shared/messages.js';
import { makeBatches, type Piece } from './batches.js';
import { logOnce } from './log.js';
import { countMarks, createMark, isOurs, markAround, unwrapAll, wrapRanges } from './marks.js';
import { scheduleSlice } from './scheduler.js';
import type { Range } from './segments.js';
import { isScannableText } from './skip.js';
import { setStatus } from './status.js';
import { insideSkipped, isSkipped, textWalker } from './walk.js';

/** What annotators may ask of the scanner. */
export interface ScannerApi {
  /** Scan under `root`; `priority` puts it before everything queued. */
  enqueue(root: Node, priority?: boolean): void;
  /** Watch `root` (subtree) with the shared observer. */
  watch(root: Node): void;
  /** Nodes the page adds for which `test` holds are scanned first, until `signal` aborts. */
  prioritize(test: (node: Node) => boolean, signal: AbortSignal): void;
  /** Keeps the status `scanning` until `work` settles. */
  track(work: Promise<unknown>): void;
}

/**
 * Above this many queued nodes in one burst, or this many waiting in the queue (a page mutating
 * faster than the background answers), the queue is dropped for one full rescan: the queue never
 * holds more than this.
 */
export const BURST_LIMIT = 1_000;
/** A batch is sent once this much text is collected. */
const SEND_CHARS = 100_000;
const SEND_NODES = 500;
/** Batches read ahead of the background's answers. */
const MAX_OUTBOX = 2;

interface Collected {
  readonly node: Text;
  readonly text: string;
}

/** The nodes of one flush; a long node's pieces span several batches, so findings gather here until its last batch answers. */
interface Group {
  readonly nodes: readonly Collected[];
  readonly findings: Map<number, TextFinding[]>;
  pending: number;
}

interface Outgoing {
  readonly group: Group;
  readonly pieces: readonly Piece[];
}

export class Scanner implements ScannerApi {
  /** Titles of every entry a mark names, for labels and the popover. */
  readonly titles = new Map<string, string>();
  private readonly roots: Node[] = [];
  private walker: TreeWalker | undefined;
  private collected: Collected[] = [];
  private collectedChars = 0;
  private readonly outbox: Outgoing[] = [];
  private readonly wraps: Array<{ node: Text; text: string; findings: TextFinding[] }> = [];
  /** The text each node had when it was read: unchanged nodes are never read twice. */
  private readonly processed = new WeakMap<Text, string>();
  private readonly priorities = new Set<(node: Node) => boolean>();
  private readonly observer = new MutationObserver((records) => {
    if (this.absorb(records)) this.schedule();
  });
  /** Marks whose content the page changed: put back as plain page text and read again. */
  private readonly dissolve = new Set<Element>();
  private queuedInBurst = 0;
  private fullRescan = false;
  private inflight = false;
  private tracked = 0;
  private cancel: (() => void) | undefined;
  private stopped = false;

  /**
   * @param scan asks the background (`call('scan', …)`)
   * @param beforeIdle runs when the queue has drained, before the status says `idle`; work it
   *   starts through `track` keeps the status `scanning`
   */
  constructor(
    private readonly scan: (texts: string[]) => Promise<ScanResult>,
    private readonly beforeIdle: () => void = () => {},
  ) {}

  enqueue(root: Node, priority = false): void {
    if (this.stopped) return;
    if (priority) this.roots.unshift(root);
    else this.roots.push(root);
    this.schedule();
  }

  watch(root: Node): void {
    // `contenteditable` too: a region that turns editable loses its marks before the user types.
    if (!this.stopped) this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable'] });
  }

  prioritize(test: (node: Node) => boolean, signal: AbortSignal): void {
    this.priorities.add(test);
    signal.addEventListener('abort', () => this.priorities.delete(test), { once: true });
  }

  track(work: Promise<unknown>): void {
    this.tracked++;
    setStatus('scanning');
    void work.finally(() => {
      this.tracked--;
      this.settle();
    });
  }

  /** Everything again (only text that changed since it was read is sent). */
  rescan(): void {
    this.roots.length = 0;
    this.walker = undefined;
    this.enqueue(document.body ?? document.documentElement);
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.cancel?.();
    this.roots.length = 0;
    this.walker = undefined;
    this.collected = [];
    this.outbox.length = 0;
    this.wraps.length = 0;
  }

  /**
   * The observer's work: queue only, never scan here. Returns whether anything was queued. Marks
   * the page changed and regions that turned editable are handled even while a full rescan is
   * pending (a rescan only adds marks; it would not take these away).
   */
  private absorb(records: readonly MutationRecord[]): boolean {
    if (this.stopped) return false;
    let queued = false;
    for (const record of records) {
      // A mark whose content or attributes the page changed is no longer ours to keep: it is dissolved.
      const changedMark = markAround(record.target);
      if (changedMark) {
        this.dissolve.add(changedMark);
        queued = true;
        continue;
      }
      // A mark the page removed changes the count.
      if (record.removedNodes.length > 0) queued = true;
      if (record.type === 'attributes') {
        const element = record.target as Element;
        // Editable now: the user's text gets no foreign elements (an editor would save them).
        if (isSkipped(element)) unwrapAll(element);
        else this.queueRoot(element);
        queued = true;
        continue;
      }
      const nodes = record.type === 'characterData' ? [record.target] : Array.from(record.addedNodes);
      for (const node of nodes) {
        if (this.fullRescan) break;
        if (isOurs(node)) continue;
        this.queueRoot(node);
        queued = true;
      }
    }
    return queued;
  }

  /** Queues one root from the page; a burst or a backlog over BURST_LIMIT becomes one full rescan instead. */
  private queueRoot(node: Node): void {
    if (this.fullRescan) return;
    if (++this.queuedInBurst > BURST_LIMIT || this.roots.length >= BURST_LIMIT) {
      this.roots.length = 0;
      this.walker = undefined;
      this.fullRescan = true;
      return;
    }
    const first = this.priorities.size > 0 && [...this.priorities].some((test) => test(node));
    if (first) this.roots.unshift(node);
    else this.roots.push(node);
  }

  private schedule(): void {
    if (this.cancel || this.stopped) return;
    setStatus('scanning');
    this.cancel = scheduleSlice((hasTime) => {
      this.cancel = undefined;
      try {
        this.slice(hasTime);
      } catch (error) {
        logOnce('scan slice', error);
      }
      this.settle();
    });
  }

  private slice(hasTime: () => boolean): void {
    // The page's own mutations first; whatever is recorded after our writes is ours and dropped.
    this.absorb(this.observer.takeRecords());
    this.queuedInBurst = 0;
    for (const mark of this.dissolve) {
      const parent = mark.parentNode;
      if (!mark.isConnected || !parent) continue;
      // Its children (the page's now) stay where they were, without the mark around them.
      mark.replaceWith(...Array.from(mark.childNodes));
      this.queueRoot(parent);
    }
    this.dissolve.clear();
    if (this.fullRescan) {
      this.fullRescan = false;
      this.rescan();
    }
    while (hasTime()) {
      const wrap = this.wraps.shift();
      if (wrap) {
        this.wrap(wrap.node, wrap.text, wrap.findings);
        continue;
      }
      if (!this.collectNext()) break;
    }
    if (this.collected.length > 0 && (this.collectedChars >= SEND_CHARS || this.collected.length >= SEND_NODES || (!this.walker && this.roots.length === 0))) this.flush();
    this.send();
    this.observer.takeRecords();
  }

  /** Reads one more text node; false when there is nothing left to walk for now. */
  private collectNext(): boolean {
    if (this.outbox.length >= MAX_OUTBOX) return false; // wait for the background to catch up
    const node = this.walker?.nextNode() as Text | null | undefined;
    if (node) {
      this.collect(node);
      return true;
    }
    this.walker = undefined;
    const root = this.roots.shift();
    if (!root) return false;
    if (!root.isConnected || insideSkipped(root.nodeType === Node.TEXT_NODE ? root.parentNode ?? root : root)) return true;
    if (root.nodeType === Node.TEXT_NODE) {
      const text = root as Text;
      if (isScannableText(text.data) && this.processed.get(text) !== text.data) this.collect(text);
    } else {
      this.walker = textWalker(root, (text) => this.processed.get(text) !== text.data);
    }
    return true;
  }

  private collect(node: Text): void {
    this.processed.set(node, node.data);
    this.collected.push({ node, text: node.data });
    this.collectedChars += node.data.length;
    if (this.collectedChars >= SEND_CHARS || this.collected.length >= SEND_NODES) this.flush();
  }

  private flush(): void {
    const nodes = this.collected;
    this.collected = [];
    this.collectedChars = 0;
    const batches = makeBatches(nodes.map((item) => item.text));
    const group: Group = { nodes, findings: new Map(), pending: batches.length };
    for (const pieces of batches) this.outbox.push({ group, pieces });
  }

  private send(): void {
    if (this.inflight || this.stopped) return;
    const batch = this.outbox.shift();
    if (!batch) return;
    this.inflight = true;
    this.scan(batch.pieces.map((piece) => piece.text))
      .then((result) => this.receive(batch, result))
      .catch((error: unknown) => logOnce('scan request', error))
      .finally(() => {
        this.inflight = false;
        this.finishBatch(batch.group);
        this.settle();
      });
  }

  private receive(batch: Outgoing, result: ScanResult): void {
    if (this.stopped) return;
    for (const [id, title] of Object.entries(result.titles)) this.titles.set(id, title);
    const bySource = batch.group.findings;
    batch.pieces.forEach((piece, index) => {
      for (const finding of result.findings[index] ?? []) {
        if (finding.entries.length === 0) continue;
        const list = bySource.get(piece.source) ?? [];
        list.push({ ...finding, start: finding.start + piece.offset, end: finding.end + piece.offset });
        bySource.set(piece.source, list);
      }
    });
  }

  /** After a group's last batch (answered or failed), its nodes are wrapped, each once with all its findings. */
  private finishBatch(group: Group): void {
    if (--group.pending > 0 || this.stopped) return;
    for (const [source, findings] of group.findings) {
      const item = group.nodes[source];
      if (item) this.wraps.push({ node: item.node, text: item.text, findings });
    }
    group.findings.clear();
  }

  private wrap(node: Text, text: string, findings: readonly TextFinding[]): void {
    // The page may have changed or removed the node since it was read.
    // Or made it editable meanwhile (a click-to-edit region while its text was with the background).
    if (!node.isConnected || node.data !== text || isOurs(node.parentNode ?? node) || insideSkipped(node.parentNode ?? node)) return;
    const ranges: Array<Range<TextFinding>> = findings.map((finding) => ({ start: finding.start, end: finding.end, value: finding }));
    wrapRanges(node, ranges, (slice, finding) => {
      const [best = ''] = finding.entries;
      return createMark(slice, { code: finding.code, entry: best, entries: finding.entries, label: `${finding.code}: ${this.titles.get(best) ?? best} (exkb)` });
    });
    this.markRead(node);
  }

  /** The node and the text nodes split off it are read: a rescan leaves them alone. */
  private markRead(node: Text): void {
    this.processed.set(node, node.data);
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling.nodeType === Node.TEXT_NODE && isOurs(sibling)) this.processed.set(sibling as Text, (sibling as Text).data);
      else if (!isOurs(sibling)) break;
    }
  }

  private settle(): void {
    if (this.stopped) return;
    const canWalk = (this.roots.length > 0 || this.walker !== undefined || this.collected.length > 0) && this.outbox.length < MAX_OUTBOX;
    const work = this.wraps.length > 0 || canWalk || (this.outbox.length > 0 && !this.inflight);
    if (work) {
      this.schedule();
      return;
    }
    if (this.cancel || this.inflight || this.tracked > 0 || this.outbox.length > 0 || this.roots.length > 0 || this.walker) return;
    try {
      this.beforeIdle();
    } catch (error) {
      logOnce('before idle', error);
    }
    if (this.tracked > 0 || this.cancel) return;
    setStatus('idle', countMarks(document));
  }
}
