// Random hostile pages for the browser fuzzer: a random tree of elements (text, inline and block
// elements, form controls, editable regions, SVG, templates, the page's own <exkb-mark>) holding
// code-like text in text nodes and attributes, and a random mutation script run after load. The
// page snapshots itself (see SNAPSHOT_SCRIPT) so the property can compare what the page holds
// before and after exkb with marks seen through: every attribute, every form value, every text.
import fc from 'fast-check';

/** Code-like text: codes with entries, codes without, near misses and markup that must stay text. */
export const CODE_TEXTS = [
  '550 5.7.1', '550 5.2.0 STOREDRV.Deliver', '0x8004010F', 'Event 9373', 'KB953467', '5.4.1', '4.2.2', '0x80070057', '5.7.15',
  '550\u20115.7.1', 'HTTP 440', '5.7.900-999', '<script>window.__pwned=1</script>', '&lt;exkb-mark&gt;', '"quoted 5.2.0"', 'plain words',
] as const;

const ELEMENTS = ['div', 'span', 'p', 'b', 'pre', 'code', 'a', 'button', 'label', 'li', 'td', 'textarea', 'input', 'select', 'noscript', 'template', 'svg', 'editable', 'plain-editable', 'exkb-mark', 'iframe'] as const;
type ElementKind = (typeof ELEMENTS)[number];
const ATTRIBUTES = ['title', 'alt', 'aria-label', 'data-note', 'data-exkb-code', 'value', 'placeholder'] as const;

export interface PageNode {
  readonly kind: ElementKind | 'text';
  readonly text: string;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly children: readonly PageNode[];
}

export interface Mutation {
  readonly op: 'append' | 'text' | 'attribute' | 'remove' | 'replace-mark' | 'editable' | 'not-editable';
  readonly target: number;
  readonly text: string;
}

export interface FuzzPage {
  readonly body: readonly PageNode[];
  readonly mutations: readonly Mutation[];
  /** `sync`: one loop at load; `timers`: one mutation per timer tick; `frames`: one per animation frame. */
  readonly timing: 'sync' | 'timers' | 'frames';
}

const codeText = fc.array(fc.oneof(fc.constantFrom(...CODE_TEXTS), fc.constantFrom(' ', ', ', '\n', ' – ', 'the server said ')), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

const pageNode: fc.Arbitrary<PageNode> = fc.letrec<{ node: PageNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('text' as const), text: codeText, attributes: fc.constant([]), children: fc.constant([]) }),
    fc.record({
      kind: fc.constantFrom(...ELEMENTS),
      text: codeText,
      attributes: fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTES), codeText), { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('append', 'text', 'attribute', 'remove', 'replace-mark', 'editable', 'not-editable'),
  target: fc.nat({ max: 1_000 }),
  text: codeText,
});

export const fuzzPage: fc.Arbitrary<FuzzPage> = fc.record({
  body: fc.array(pageNode, { minLength: 1, maxLength: 8 }),
  mutations: fc.array(mutation, { maxLength: 40 }),
  timing: fc.constantFrom('sync', 'timers', 'frames'),
});

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function attributesOf(node: PageNode): string {
  return node.attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
}

function renderNode(node: PageNode): string {
  const inner = (): string => escapeHtml(node.text) + node.children.map(renderNode).join('');
  switch (node.kind) {
    case 'text':
      return escapeHtml(node.text);
    case 'input':
      return `<input${attributesOf(node)} data-typed="${escapeHtml(node.text)}">`;
    case 'textarea':
      return `<textarea${attributesOf(node)}>${escapeHtml(node.text)}</textarea>`;
    case 'select':
      return `<select${attributesOf(node)}><option>${escapeHtml(node.text)}</option><option value="${escapeHtml(node.text)}">${escapeHtml(node.text)}</option></select>`;
    case 'svg':
      return `<svg${attributesOf(node)} width="200" height="20"><text x="0" y="15">${escapeHtml(node.text)}</text></svg>`;
    case 'editable':
      return `<div contenteditable="true"${attributesOf(node)}>${inner()}</div>`;
    case 'plain-editable':
      return `<div contenteditable="plaintext-only"${attributesOf(node)}>${inner()}</div>`;
    case 'iframe':
      return `<iframe${attributesOf(node)} srcdoc="${escapeHtml(`<p>${escapeHtml(node.text)}</p>`)}"></iframe>`;
    case 'exkb-mark':
      return `<exkb-mark data-page=""${attributesOf(node)}>${inner()}</exkb-mark>`;
    default:
      return `<${node.kind}${attributesOf(node)}>${inner()}</${node.kind}>`;
  }
}

/**
 * The page's own view of itself, marks seen through: per element (in document order, exkb's marks
 * left out) its name, attributes and form value, and the text of each element's own text runs with
 * adjacent text joined (a mark splits a text node into several). exkb must leave all of it as it was.
 */
export const SNAPSHOT_SCRIPT = `
window.__snapshot = () => {
  const isMark = (node) => node.nodeType === 1 && node.classList.contains('exkb-mark') && node.hasAttribute('data-exkb-entry');
  const rows = [];
  const visit = (element) => {
    const attributes = [...element.attributes].map((attribute) => attribute.name + '=' + attribute.value).sort();
    const value = 'value' in element && typeof element.value === 'string' ? element.value : null;
    let runs = [];
    let run = '';
    const collect = (parent) => {
      for (const child of parent.childNodes) {
        if (child.nodeType === 3) run += child.data;
        else if (isMark(child)) collect(child);
        else if (child.nodeType === 1) {
          runs.push(run);
          run = '';
        }
      }
    };
    collect(element);
    runs.push(run);
    rows.push({ name: element.localName, attributes, value, runs });
    for (const child of element.children) {
      if (isMark(child)) {
        for (const inner of child.children) visit(inner);
      } else visit(child);
    }
  };
  visit(document.body);
  return JSON.stringify(rows);
};
`;

/** JSON safe inside an inline <script> (a "</script>" in a string would end it). */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

function mutationScript(page: FuzzPage): string {
  return `
(() => {
  const mutations = ${scriptJson(page.mutations)};
  const elements = () => [...document.body.querySelectorAll('*')].filter((element) => element.localName !== 'script');
  const apply = ({ op, target, text }) => {
    const all = elements();
    const element = all.length === 0 ? document.body : all[target % all.length];
    switch (op) {
      case 'append': {
        const paragraph = document.createElement('p');
        paragraph.textContent = text;
        (element.localName === 'template' ? document.body : element).append(paragraph);
        break;
      }
      case 'text': {
        const texts = [...element.childNodes].filter((node) => node.nodeType === 3);
        if (texts.length > 0) texts[target % texts.length].data = text;
        else element.append(document.createTextNode(text));
        break;
      }
      case 'attribute':
        element.setAttribute('title', text);
        break;
      case 'remove':
        if (element !== document.body) element.remove();
        break;
      case 'replace-mark': {
        const marks = document.querySelectorAll('.exkb-mark[data-exkb-entry]');
        const mark = marks[target % Math.max(1, marks.length)];
        if (mark) {
          const own = document.createElement('exkb-mark');
          own.setAttribute('data-page', '');
          own.textContent = mark.textContent;
          mark.replaceWith(own);
        }
        break;
      }
      case 'editable':
        element.setAttribute('contenteditable', 'true');
        break;
      case 'not-editable':
        element.removeAttribute('contenteditable');
        break;
    }
  };
  const finish = () => { window.__done = true; };
  const timing = ${scriptJson(page.timing)};
  if (timing === 'sync') {
    mutations.forEach(apply);
    finish();
    return;
  }
  let next = 0;
  const step = () => {
    if (next >= mutations.length) return finish();
    apply(mutations[next++]);
    if (timing === 'timers') setTimeout(step, 5);
    else requestAnimationFrame(step);
  };
  step();
})();
`;
}

export function renderFuzzPage(page: FuzzPage): string {
  // Inputs get their value from data-typed after parsing, as if the user had typed it.
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>exkb fuzz page</title></head>
<body>
${page.body.map(renderNode).join('\n')}
<script>
for (const input of document.querySelectorAll('input[data-typed]')) input.value = input.dataset.typed;
${SNAPSHOT_SCRIPT}
${mutationScript(page)}
</script>
</body></html>`;
}
