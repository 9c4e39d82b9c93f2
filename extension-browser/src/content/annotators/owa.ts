// Outlook on the web and the Exchange admin center: a single-page app that inserts a message's
// body when it is opened. The shared observer already sees the whole app; this annotator makes
// what lands in the reading pane go before anything else queued.
// Test URLs:
//   http://127.0.0.1:<port>/owa/app.html (the e2e fixture: messages inserted after load)
//   https://outlook.office.com/mail/
//   https://mail.contoso.com/owa/
//   https://mail.contoso.com/ecp/
import { defineAnnotator } from './annotator.js';

const OWA_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com']);
const READING_PANE = '[role="main"], [aria-label="Reading Pane"], [aria-label="Message body"], #ReadingPaneContainerId, .ReadingPaneContents';

export default defineAnnotator({
  id: 'owa',
  include(url) {
    return OWA_HOSTS.has(url.hostname) || /^\/(?:owa|ecp)\//i.test(url.pathname);
  },
  init(signal, scanner) {
    scanner.prioritize((node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      return Boolean(element?.closest(READING_PANE));
    }, signal);
    for (const pane of Array.from(document.querySelectorAll(READING_PANE)).reverse()) scanner.enqueue(pane, true);
  },
});
