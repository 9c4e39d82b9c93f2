// Non-delivery reports: the "Diagnostic information for administrators" block holds the codes
// that matter (enhanced status code, generating server, remote server's answer), so it is read
// first; the rest of the page follows through the generic annotator.
// Test URLs:
//   http://127.0.0.1:<port>/owa/ndr.html (the e2e fixture)
//   https://outlook.office.com/mail/inbox/id/<message id> (an NDR opened in Outlook on the web)
import { defineAnnotator } from './annotator.js';

const TITLE = /undeliverable|delivery (?:status notification|has failed)|non-?delivery|mail delivery failed/i;
const DIAGNOSTIC_HEADINGS = ['Diagnostic information for administrators', 'Remote Server returned', 'Generating server'];

function diagnosticBlocks(document: Document): Element[] {
  const blocks = new Set<Element>();
  for (const heading of DIAGNOSTIC_HEADINGS) {
    const found = document.evaluate(`//body//text()[contains(., ${JSON.stringify(heading)})]`, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let index = 0; index < found.snapshotLength; index++) {
      const block = found.snapshotItem(index)?.parentElement?.closest('div, td, pre, blockquote, p') ?? found.snapshotItem(index)?.parentElement;
      if (block) blocks.add(block.parentElement ?? block);
    }
  }
  return [...blocks];
}

export default defineAnnotator({
  id: 'ndr',
  include(url, document) {
    return TITLE.test(document.title) || url.pathname.includes('/owa/') || diagnosticBlocks(document).length > 0;
  },
  init(signal, scanner) {
    if (signal.aborted) return;
    // Enqueued with priority in reverse, so the first block in the page is read first.
    for (const block of diagnosticBlocks(document).reverse()) scanner.enqueue(block, true);
  },
});
