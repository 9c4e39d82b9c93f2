import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXTENSION_PAGES_CSP, GECKO_ID, manifest, manifestFiles, type Target } from './manifest.js';
import { FILES } from './shared/files.js';
import { BUILT_IN_MATCHES } from './shared/sites.js';

const targets: readonly Target[] = ['chromium', 'firefox'];

test('both targets: MV3, no blanket host permission, strict CSP, content script on the built-in sites', () => {
  for (const target of targets) {
    const value = manifest(target, '1.2.3');
    assert.equal(value.manifest_version, 3, target);
    assert.equal(value.version, '1.2.3', target);
    assert.equal('host_permissions' in value, false, target);
    assert.deepEqual(value.permissions, ['storage', 'activeTab', 'scripting', 'contextMenus'], target);
    assert.deepEqual(value.content_scripts, [{ matches: [...BUILT_IN_MATCHES], js: [FILES.content], run_at: 'document_idle' }], target);
    assert.equal(value.content_security_policy.extension_pages, EXTENSION_PAGES_CSP, target);
    assert.match(EXTENSION_PAGES_CSP, /script-src 'self';/);
    assert.match(EXTENSION_PAGES_CSP, /connect-src 'self'/);
    assert.equal(value.options_ui.page, FILES.options.html, target);
    assert.equal(value.action.default_popup, FILES.popup.html, target);
  }
});

test('per target: background form, gecko settings; the same web-accessible resources', () => {
  const cases: { target: Target; background: object; gecko: boolean }[] = [
    { target: 'chromium', background: { service_worker: FILES.background }, gecko: false },
    { target: 'firefox', background: { scripts: [FILES.background] }, gecko: true },
  ];
  for (const { target, background, gecko } of cases) {
    const value = manifest(target, '0.1.0');
    assert.deepEqual(value.background, background, target);
    assert.equal(value.browser_specific_settings?.gecko.id, gecko ? GECKO_ID : undefined, target);
    if (gecko) assert.deepEqual(value.browser_specific_settings?.gecko.data_collection_permissions, { required: ['none'] });
    assert.deepEqual(value.web_accessible_resources, [{ resources: [FILES.powershell, FILES.cmdletModel], matches: ['<all_urls>'] }], target);
  }
});

test('manifestFiles lists every file the manifest names', () => {
  assert.deepEqual(
    manifestFiles(manifest('firefox', '0.1.0')),
    [FILES.background, FILES.content, FILES.cmdletModel, ...Object.values(FILES.icons), FILES.options.html, FILES.popup.html, FILES.powershell].sort(),
  );
});

test('a version the browsers reject is an error', () => {
  for (const version of ['', '1.0.0-beta', 'v1', '1.2.3.4.5']) {
    assert.throws(() => manifest('chromium', version), /version/, version);
  }
});
