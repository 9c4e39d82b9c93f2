import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXTENSION_PAGES_CSP, GECKO_ID, manifest, manifestFiles, SCAN_PAGE_COMMAND, type Target } from './manifest.js';
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

test('both targets: keyboard commands to scan the page and open the popup, each with a suggested key', () => {
  for (const target of targets) {
    const { commands } = manifest(target, '0.1.0');
    assert.deepEqual(Object.keys(commands).sort(), ['_execute_action', SCAN_PAGE_COMMAND], target);
    assert.equal(commands[SCAN_PAGE_COMMAND]?.suggested_key.default, 'Alt+Shift+K', target);
    assert.equal(commands._execute_action?.suggested_key.default, 'Alt+Shift+E', target);
    const keys = Object.values(commands).map((command) => command.suggested_key.default);
    assert.equal(new Set(keys).size, keys.length, `no key is used twice: ${keys.join(', ')}`);
    for (const [name, command] of Object.entries(commands)) {
      // The form both browsers accept: Alt or Ctrl, optionally Shift, then one letter or digit.
      assert.match(command.suggested_key.default, /^(Alt|Ctrl)(\+Shift)?\+[A-Z0-9]$/, name);
      assert.ok(command.description.length > 0, `${name} has a description for the browsers' shortcut settings`);
    }
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
