// Microsoft's docs and support articles: codes sit in tables (status code, description, fix) and
// in the article body; tables are read first, then the article, and the rest follows.
// Test URLs:
//   http://127.0.0.1:<port>/owa/docs.html (the e2e fixture: a table of codes)
//   https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
//   https://support.microsoft.com/en-us/topic/<article>
import { defineAnnotator } from './annotator.js';

const DOCS_HOSTS = new Set(['learn.microsoft.com', 'docs.microsoft.com', 'support.microsoft.com', 'answers.microsoft.com', 'techcommunity.microsoft.com']);

export default defineAnnotator({
  id: 'docs',
  include(url, document) {
    return DOCS_HOSTS.has(url.hostname) || document.querySelector('main table, article table') !== null;
  },
  init(signal, scanner) {
    if (signal.aborted) return;
    const article = document.querySelector('main, article, [role="main"]');
    if (article) scanner.enqueue(article, true);
    for (const table of Array.from(document.querySelectorAll('table')).reverse()) scanner.enqueue(table, true);
  },
});
