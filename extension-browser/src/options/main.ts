// The options page: sites, import of the team's entries, export and reset.
import browser from 'webextension-polyfill';
import { AREAS } from '@exkb/knowledge';
import { FILES } from '../shared/files.js';
import { type Settings } from '../shared/settings.js';
import { loadSettings, saveSettings } from '../shared/settings-store.js';
import { BUILT_IN_MATCHES } from '../shared/sites.js';
import { checkImportedFiles } from '../background/imported-entries.js';
import { sitePattern, USER_SITES_SCRIPT_ID } from '../background/user-sites.js';
import { byId, h } from '../ui/dom.js';
import { decodeImportedFile } from './decode-text.js';
import { formatImportProblem, type ImportProblem } from './import-problem.js';
import { prepareImport } from './prepare-import.js';
import { droppedFiles, inputFiles, type FileWithPath } from './read-files.js';
import { importName, serializeSettings, SETTINGS_FILE_NAME } from './settings-file.js';

/** Larger files are not knowledge entries; refusing them keeps storage and the page responsive. */
const MAX_FILE_BYTES = 1_000_000;

const readSettings = (): Promise<Settings> => loadSettings(browser.storage.local);

let bundledIds: Promise<Set<string>> | undefined;
/** The built-in entries' ids, for the id and link checks of an import. */
function loadBundledIds(): Promise<Set<string>> {
  bundledIds ??= fetch(browser.runtime.getURL(FILES.knowledge))
    .then((response) => response.json() as Promise<{ entries?: Array<{ id?: unknown }> }>)
    .then((bundle) => new Set((bundle.entries ?? []).flatMap((entry) => (typeof entry.id === 'string' ? [entry.id] : []))));
  return bundledIds;
}

// ---- Sites

async function renderSites(): Promise<void> {
  const settings = await readSettings();
  const enabled = byId('enabled-sites', HTMLUListElement);
  const disabled = byId('disabled-sites', HTMLUListElement);
  const status = byId('sites-status', HTMLParagraphElement);
  const permitted = await Promise.all(settings.enabledSites.map((site) => browser.permissions.contains({ origins: [sitePattern(site)] }).catch(() => false)));

  enabled.replaceChildren(
    ...(settings.enabledSites.length === 0 ? [h('li', { class: 'empty' }, 'None.')] : settings.enabledSites.map((site, index) => {
      const remove = h('button', { type: 'button', class: 'exkb-button', 'aria-label': `Remove ${site}` }, 'Remove');
      remove.addEventListener('click', () => {
        void browser.permissions.remove({ origins: [sitePattern(site)] }).catch(() => false)
          .then(async () => saveSettings(browser.storage.local, { enabledSites: (await readSettings()).enabledSites.filter((other) => other !== site) }))
          .then(() => (status.textContent = `${site} removed.`));
      });
      const buttons: HTMLElement[] = [remove];
      if (!permitted[index]) {
        // A restored settings file lists the site, but the browser has not granted it here yet.
        const grant = h('button', { type: 'button', class: 'exkb-button exkb-button-primary', 'aria-label': `Allow exkb on ${site}` }, 'Allow');
        grant.addEventListener('click', () => {
          browser.permissions.request({ origins: [sitePattern(site)] }).then((granted) => {
            status.textContent = granted ? `exkb is on for ${site}.` : `Permission refused: exkb stays off for ${site}.`;
            return renderSites();
          }, (error: unknown) => (status.textContent = `Permission request failed: ${String(error)}`));
        });
        buttons.unshift(grant);
      }
      return h('li', { 'data-exkb-site': site, 'data-exkb-permission': String(permitted[index] === true) },
        h('span', { class: 'item-main' }, site, ...(permitted[index] ? [] : [h('span', { class: 'item-note' }, 'Not allowed in this browser yet: exkb stays off here until you allow it.')])),
        ...buttons);
    })),
  );
  disabled.replaceChildren(
    ...(settings.disabledSites.length === 0 ? [h('li', { class: 'empty' }, 'None.')] : settings.disabledSites.map((site) => {
      const enable = h('button', { type: 'button', class: 'exkb-button', 'aria-label': `Switch ${site} on again` }, 'Switch on again');
      enable.addEventListener('click', () => {
        void readSettings()
          .then((current) => saveSettings(browser.storage.local, { disabledSites: current.disabledSites.filter((other) => other !== site) }))
          .then(() => (status.textContent = `exkb is on again for ${site}.`));
      });
      return h('li', { 'data-exkb-site': site, 'data-exkb-disabled': '' }, h('span', { class: 'item-main' }, site), enable);
    })),
  );
}

// ---- Import

function showProblems(problems: readonly ImportProblem[]): void {
  const list = byId('import-problems', HTMLUListElement);
  list.hidden = problems.length === 0;
  list.replaceChildren(...problems.map((problem) => h('li', { 'data-exkb-problem': problem.code, 'data-exkb-file': problem.file }, formatImportProblem(problem))));
}

async function importPicked(picked: readonly FileWithPath[]): Promise<void> {
  const status = byId('import-status', HTMLParagraphElement);
  const area = byId('import-area', HTMLSelectElement).value || undefined;
  status.textContent = 'Checking…';
  status.dataset.exkbImport = 'checking';
  try {
    // A file too large is not read at all (it is not an entry, and reading 50 MB would stall the page).
    const tooLarge = picked.filter(({ file }) => file.size > MAX_FILE_BYTES);
    const sizeProblems: ImportProblem[] = tooLarge.map(({ path }) => ({ code: 'SETTINGS', file: path, line: 1, column: 1, message: `larger than ${MAX_FILE_BYTES / 1_000_000} MB; an entry is a short Markdown file` }));
    const decoded = await Promise.all(picked.filter((item) => !tooLarge.includes(item)).map(async ({ path, file }) => {
      const name = /\.json$/i.test(path) ? path : importName(path, area);
      return { name, decoded: decodeImportedFile(new Uint8Array(await file.arrayBuffer()), name) };
    }));
    const files = decoded.flatMap(({ name, decoded: result }) => (result.ok ? [{ name, text: result.text }] : []));
    const encodingProblems = [...sizeProblems, ...decoded.flatMap(({ decoded: result }) => (result.ok ? [] : [result.problem]))];
    const prepared = prepareImport(await readSettings(), files, await loadBundledIds());
    // Every problem at once: the files too large or not UTF-8, and whatever the readable ones have.
    const problems = [...encodingProblems, ...(prepared.ok || (files.length === 0 && encodingProblems.length > 0) ? [] : prepared.problems)];
    if (!prepared.ok || problems.length > 0) {
      showProblems(problems);
      status.textContent = `Nothing was imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}. Fix ${problems.length === 1 ? 'it' : 'them'} and import again.`;
      status.dataset.exkbImport = 'refused';
      return;
    }
    showProblems([]);
    await saveSettings(browser.storage.local, { ...prepared.settings });
    status.dataset.exkbImport = 'done';
    if (prepared.kind === 'settings') {
      status.textContent = `Settings restored: ${prepared.settings.importedFiles.length} imported file(s), ${prepared.settings.enabledSites.length + prepared.settings.disabledSites.length} site(s).`;
    } else {
      const parts = [prepared.added.length > 0 ? `${prepared.added.length} added` : '', prepared.replaced.length > 0 ? `${prepared.replaced.length} replaced` : ''].filter(Boolean);
      status.textContent = `Imported: ${parts.join(', ')}.`;
    }
  } catch (error) {
    status.textContent = `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`;
    status.dataset.exkbImport = 'refused';
  }
}

async function renderImported(): Promise<void> {
  const { importedFiles } = await readSettings();
  const list = byId('imported', HTMLUListElement);
  const { entries } = checkImportedFiles(importedFiles, await loadBundledIds().catch(() => new Set<string>()));
  const entryOf = new Map(entries.map((entry) => [entry.file, entry]));
  list.replaceChildren(
    ...(importedFiles.length === 0 ? [h('li', { class: 'empty' }, 'None yet.')] : importedFiles.map((file) => {
      const entry = entryOf.get(file.name);
      const remove = h('button', { type: 'button', class: 'exkb-button', 'aria-label': `Remove ${file.name}` }, 'Remove');
      remove.addEventListener('click', () => {
        void readSettings()
          .then((current) => saveSettings(browser.storage.local, { importedFiles: current.importedFiles.filter((other) => other.name !== file.name) }))
          .then(() => (byId('import-status', HTMLParagraphElement).textContent = `${file.name} removed.`));
      });
      const title = entry
        ? h('a', { href: `${FILES.entry.html}?id=${encodeURIComponent(entry.id)}`, target: '_blank' }, entry.title)
        : h('span', { class: 'exkb-error' }, 'No longer valid, left out (export, fix and import it again)');
      return h('li', { 'data-exkb-imported': file.name }, h('span', { class: 'item-main' }, title, h('span', { class: 'item-note' }, file.name)), remove);
    })),
  );
}

function startImport(): void {
  const areaSelect = byId('import-area', HTMLSelectElement);
  areaSelect.append(...AREAS.map((area) => h('option', { value: area }, area)));
  for (const id of ['import-files', 'import-folder']) {
    const input = byId(id, HTMLInputElement);
    input.addEventListener('change', () => {
      const picked = inputFiles(input.files);
      input.value = '';
      void importPicked(picked);
    });
  }
  const zone = byId('drop-zone', HTMLDivElement);
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.dataset.exkbDragging = '';
  });
  zone.addEventListener('dragleave', () => delete zone.dataset.exkbDragging);
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    delete zone.dataset.exkbDragging;
    if (event.dataTransfer) void droppedFiles(event.dataTransfer).then(importPicked);
  });
}

// ---- Export and reset

function startBackup(): void {
  const status = byId('backup-status', HTMLParagraphElement);
  byId('export', HTMLButtonElement).addEventListener('click', () => {
    void readSettings().then((settings) => {
      const url = URL.createObjectURL(new Blob([serializeSettings(settings)], { type: 'application/json' }));
      const link = h('a', { href: url, download: SETTINGS_FILE_NAME });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      status.textContent = `Exported ${SETTINGS_FILE_NAME}.`;
    });
  });
  const reset = byId('reset', HTMLButtonElement);
  const box = byId('reset-confirm-box', HTMLDivElement);
  const showBox = (open: boolean) => {
    box.hidden = !open;
    reset.setAttribute('aria-expanded', String(open));
    (open ? byId('reset-cancel', HTMLButtonElement) : reset).focus();
  };
  reset.addEventListener('click', () => showBox(true));
  byId('reset-cancel', HTMLButtonElement).addEventListener('click', () => showBox(false));
  byId('reset-confirm', HTMLButtonElement).addEventListener('click', () => {
    void resetEverything().then(
      () => (status.textContent = 'Everything was reset.'),
      (error: unknown) => (status.textContent = `Reset failed: ${String(error)}`),
    ).finally(() => showBox(false));
  });
}

async function resetEverything(): Promise<void> {
  const { enabledSites } = await readSettings();
  await browser.storage.local.clear();
  await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] }).catch(() => undefined);
  // Every optional origin granted (the built-in matches are required and cannot be removed).
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const builtIn = new Set<string>(BUILT_IN_MATCHES);
  const optional = [...new Set([...enabledSites.map(sitePattern), ...granted.filter((origin) => !builtIn.has(origin))])];
  await Promise.all(optional.map((origin) => browser.permissions.remove({ origins: [origin] }).catch(() => false)));
}

// ---- Start

startImport();
startBackup();
void renderSites();
void renderImported();
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if ('enabledSites' in changes || 'disabledSites' in changes) void renderSites();
  if ('importedFiles' in changes) void renderImported();
});
browser.permissions.onAdded.addListener(() => void renderSites());
browser.permissions.onRemoved.addListener(() => void renderSites());
