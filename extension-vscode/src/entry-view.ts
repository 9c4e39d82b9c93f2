// Shows one knowledge entry. Until the knowledge panel exists it opens the entry as a Markdown
// preview; the panel will take this over.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntryRequest, SearchRequest, type SearchItem } from 'exkb-language-server/protocol';
import { entryMarkdown, searchItemRow } from './entry-document.js';

export async function showEntry(client: LanguageClient, id: string): Promise<void> {
  const entry = await client.sendRequest(EntryRequest.type, { id });
  if (!entry) {
    void vscode.window.showWarningMessage(`exkb: there is no knowledge entry "${id}".`);
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: entryMarkdown(entry) });
  await vscode.commands.executeCommand('markdown.showPreview', document.uri);
}

type ResultPick = vscode.QuickPickItem & { id: string };

function toPicks(items: readonly SearchItem[]): ResultPick[] {
  return items.map((item) => ({ ...searchItemRow(item), id: item.id }));
}

/**
 * A quick pick that searches as the user types (only the newest answer is shown) and opens the
 * chosen entry; `query` fills the box.
 */
export async function pickEntry(client: LanguageClient, query = ''): Promise<void> {
  const pick = vscode.window.createQuickPick<ResultPick>();
  pick.placeholder = 'An error code (5.7.1, 0x8004010F, STOREDRV.Deliver) or words';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  let asked = 0;
  const search = async (value: string): Promise<void> => {
    const mine = ++asked;
    if (value.trim() === '') {
      pick.items = [];
      return;
    }
    pick.busy = true;
    try {
      const items = await client.sendRequest(SearchRequest.type, { query: value, limit: 20 });
      if (mine === asked) pick.items = toPicks(items);
    } catch (error) {
      if (mine === asked) pick.items = [{ label: `Search failed: ${error instanceof Error ? error.message : String(error)}`, id: '' }];
    } finally {
      if (mine === asked) pick.busy = false;
    }
  };
  const chosen = new Promise<string | undefined>((resolve) => {
    pick.onDidChangeValue((value) => void search(value));
    pick.onDidAccept(() => resolve(pick.selectedItems[0]?.id || undefined));
    pick.onDidHide(() => resolve(undefined));
  });
  pick.value = query;
  pick.show();
  void search(query);
  const id = await chosen;
  pick.dispose();
  if (id) await showEntry(client, id);
}
