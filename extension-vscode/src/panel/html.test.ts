import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, createNonce, panelHtml, type PanelPage } from './html.js';

const SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

describe('panel page', () => {
  it('has a CSP that allows only our stylesheet and the nonce’d script', () => {
    assert.equal(contentSecurityPolicy(SOURCE, 'abc'), `default-src 'none'; script-src 'nonce-abc'; style-src ${SOURCE}; img-src ${SOURCE}; font-src ${SOURCE}`);
  });

  it('puts the CSP, stylesheet and script (with the nonce) in the page and no inline script or style', () => {
    const html = panelHtml({ cspSource: SOURCE, nonce: 'n0nce', scriptUri: `${SOURCE}/dist/panel.js`, styleUri: `${SOURCE}/media/panel.css`, defaultProduct: '' });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-n0nce'; /);
    assert.match(html, new RegExp(`<script nonce="n0nce" src="${SOURCE.replace(/[.+]/g, '\\$&')}/dist/panel.js"></script>`));
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.doesNotMatch(html, /<style|\sstyle="|\son[a-z]+="/);
  });

  it('escapes the URIs it is given', () => {
    const html = panelHtml({ cspSource: SOURCE, nonce: 'n', scriptUri: 'x"><script>alert(1)</script>', styleUri: 's', defaultProduct: '' });
    assert.equal(html.match(/<script/g)?.length, 1);
  });

  const DEFAULTS: ReadonlyArray<[PanelPage['defaultProduct'], string]> = [
    ['', 'All products'],
    ['exchange-2010', 'Exchange 2010'],
    ['exchange-online', 'Exchange Online'],
  ];
  for (const [defaultProduct, label] of DEFAULTS) {
    it(`has a labelled product filter starting on ${label}`, () => {
      const html = panelHtml({ cspSource: SOURCE, nonce: 'n', scriptUri: 's', styleUri: 's', defaultProduct });
      assert.match(html, /<label for="exkb-product"[^>]*>Product<\/label>\s*<select id="exkb-product"/);
      assert.equal(html.match(/<option /g)?.length, 9, 'All products and the eight products');
      assert.equal(html.match(/ selected>/g)?.length, 1);
      assert.match(html, new RegExp(`<option value="${defaultProduct}" selected>${label}</option>`));
    });
  }

  const NONCES: ReadonlyArray<[string, number[], string]> = [
    ['zeros', new Array<number>(16).fill(0), 'AAAAAAAAAAAAAAAAAAAAAA'],
    ['all bits set: url-safe alphabet, no padding', new Array<number>(16).fill(255), '_____________________w'],
  ];
  for (const [name, bytes, expected] of NONCES) {
    it(`nonce from ${name}`, () => assert.equal(createNonce((target) => (target.set(bytes), target)), expected));
  }

  it('nonces differ from page to page', () => {
    assert.notEqual(createNonce(), createNonce());
    assert.match(createNonce(), /^[A-Za-z0-9_-]{22}$/);
  });
});
