// One period of annotating a page, from switch-on to switch-off: the scanner, the annotators, the
// popover and the PowerShell blocks. `stop` puts the page back as it was.
import browser from 'webextension-polyfill';
import { entryPagePath, FILES } from '../shared/files.js';
import { call } from '../shared/rpc.js';
import { annotatorsFor } from './annotators/index.js';
import { logOnce } from './log.js';
import { addMarkStyle, removeMarkStyle } from './mark-style.js';
import { unwrapAll } from './marks.js';
import { installPopover } from './popover/popover.js';
import { findCandidateBlocks, lintPageBlocks, type LintBlocks } from './powershell/page-blocks.js';
import { Scanner } from './scanner.js';
import { clearStatus, setStatus } from './status.js';

export interface Session {
  rescan(): void;
  stop(): void;
}

let chunk: Promise<LintBlocks> | undefined;

function loadChunk(): Promise<LintBlocks> {
  chunk ??= (import(browser.runtime.getURL(FILES.powershell)) as Promise<{ lintBlocks: LintBlocks }>).then((module) => module.lintBlocks);
  chunk.catch(() => (chunk = undefined));
  return chunk;
}

export function startSession(): Session {
  const controller = new AbortController();
  const seenBlocks = new WeakSet<Element>();
  setStatus('scanning');
  addMarkStyle();
  const scanner: Scanner = new Scanner(
    (texts) => call('scan', { texts }),
    () => {
      const blocks = findCandidateBlocks(document, seenBlocks);
      if (blocks.length > 0) scanner.track(lintPageBlocks(blocks, loadChunk, (id) => scanner.titles.get(id)));
    },
  );
  installPopover(controller.signal, {
    entry: (id) => call('entry', { id }),
    titleOf: (id) => scanner.titles.get(id),
    entryUrl: (id) => browser.runtime.getURL(entryPagePath(id)),
  });
  const url = new URL(location.href);
  for (const annotator of annotatorsFor(url, document)) {
    try {
      annotator.init(controller.signal, scanner);
    } catch (error) {
      logOnce(`annotator ${annotator.id}`, error);
    }
  }
  return {
    rescan: () => scanner.rescan(),
    stop() {
      controller.abort();
      scanner.stop();
      unwrapAll(document);
      removeMarkStyle();
      clearStatus();
    },
  };
}
