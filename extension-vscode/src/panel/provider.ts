// The host side of the knowledge panel: serves the page, answers the webview's messages through the
// language server (exkb/search, exkb/entry, exkb/scan), and does what a webview may not: write the
// clipboard, insert into the editor, open URLs.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntryRequest, ScanRequest, SearchRequest } from 'exkb-language-server/protocol';
import { entryDoc } from '@exkb/knowledge/entry-doc';
import { createNonce, panelHtml } from './html.js';
import { parseWebviewMessage, type HostMessage, type WebviewMessage } from './messages.js';
import { productForVersion } from './product-filter.js';

/** The webview bundle and stylesheet, relative to the extension folder. */
export const PANEL_SCRIPT = ['dist', 'panel.js'] as const;
export const PANEL_STYLE = ['media', 'panel.css'] as const;
const RESULT_LIMIT = 25;

export class KnowledgePanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  /** Messages for a webview that is not showing or not loaded yet; sent in order once it says ready. */
  private queue: HostMessage[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly viewId: string,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const { webview } = view;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist')],
    };
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...PANEL_SCRIPT)).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...PANEL_STYLE)).toString(),
      defaultProduct: productForVersion(vscode.workspace.getConfiguration('exkb').get<unknown>('exchangeVersion')),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((value: unknown) => this.receive(value)),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
        this.ready = false;
      }),
    );
  }

  /** Shows the panel with one entry, as a diagnostic's link or a command asks. */
  async showEntry(id: string): Promise<void> {
    await this.reveal();
    await this.openEntry(id);
  }

  /** Shows the panel with `query` in the search box and its results. */
  async search(query: string): Promise<void> {
    await this.reveal();
    this.post({ type: 'showSearch', query });
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private async reveal(): Promise<void> {
    // `<view id>.focus` is the command VS Code adds for every view: it opens the container, resolves
    // the view if needed and moves keyboard focus into it, so the search box can take the typing.
    await vscode.commands.executeCommand(`${this.viewId}.focus`);
  }

  private post(message: HostMessage): void {
    if (!this.view || !this.ready) {
      this.queue.push(message);
      return;
    }
    void this.view.webview.postMessage(message);
  }

  private receive(value: unknown): void {
    const parsed = parseWebviewMessage(value);
    if (!parsed.ok) {
      this.client.warn(`exkb panel: ignored a message from the webview: ${parsed.problem}`);
      return;
    }
    this.handle(parsed.message).catch((error: unknown) => this.fail(error));
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        const queued = this.queue.splice(0);
        for (const item of queued) this.post(item);
        return;
      }
      case 'search': {
        const { query, product } = message;
        const items = query.trim() === '' ? [] : await this.client.sendRequest(SearchRequest.type, { query, limit: RESULT_LIMIT, ...(product === '' ? {} : { products: [product] }) });
        this.post({
          type: 'results',
          seq: message.seq,
          query,
          product,
          items: items.map(({ id, title, summary, codes, matchedCodes, matchedRanges, products }) => ({ id, title, summary, codes, matchedCodes, matchedRanges: matchedRanges ?? [], products: products ?? [] })),
        });
        return;
      }
      case 'open':
        return this.openEntry(message.id);
      case 'scan': {
        const { codes, totalCodes } = await this.client.sendRequest(ScanRequest.type, { text: message.text });
        this.post({ type: 'scanned', seq: message.seq, codes, totalCodes: totalCodes ?? codes.length });
        return;
      }
      case 'copy':
        await vscode.env.clipboard.writeText(message.text);
        vscode.window.setStatusBarMessage('exkb: snippet copied', 2_000);
        return;
      case 'insert':
        return insertAtCursor(message.text);
      case 'openExternal':
        await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        return;
    }
  }

  private async openEntry(id: string): Promise<void> {
    const entry = await this.client.sendRequest(EntryRequest.type, { id });
    if (!entry) {
      this.post({ type: 'missing', id });
      return;
    }
    const { title, area, codes, products, markdown } = entry;
    this.post({ type: 'entry', entry: { id, title, area, codes, products, doc: entryDoc(markdown) } });
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.client.error(`exkb panel: ${message}`, undefined, false);
    this.post({ type: 'failed', message: `The exkb language server did not answer: ${message}` });
  }
}

/** Replaces every selection of the editor the user was last in; the panel keeps no editor of its own. */
async function insertAtCursor(text: string): Promise<void> {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
  if (!editor) {
    void vscode.window.showInformationMessage('exkb: open a file to insert the snippet into.');
    return;
  }
  const done = await editor.edit((builder) => {
    for (const selection of editor.selections) builder.replace(selection, text);
  });
  if (!done) {
    void vscode.window.showWarningMessage(`exkb: could not insert into ${editor.document.fileName}; is it read-only?`);
    return;
  }
  await vscode.window.showTextDocument(editor.document, editor.viewColumn);
}
