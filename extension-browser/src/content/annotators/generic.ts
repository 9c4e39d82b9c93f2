// Every page the content script runs on: the whole body, and the shared observer on the whole
// document so content added later (forums, single-page apps) is read too.
// Test URLs:
//   http://127.0.0.1:<port>/owa/forum.html (the e2e fixture: a forum page with a PowerShell block)
//   any site the user switched on from the popup, or a one-off "Scan this page"
import { defineAnnotator } from './annotator.js';

export default defineAnnotator({
  id: 'generic',
  include() {
    return true;
  },
  init(signal, scanner) {
    if (signal.aborted) return;
    scanner.watch(document.documentElement);
    scanner.enqueue(document.body ?? document.documentElement);
  },
});
