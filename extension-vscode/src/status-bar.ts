// The target Exchange version in the status bar while a PowerShell editor is active; a click
// picks another one and writes `exkb.exchangeVersion` to the workspace settings.
import * as vscode from 'vscode';
import { CONFIGURATION_SECTION } from 'exkb-language-server/protocol';
import { COMMANDS, EXCHANGE_VERSION_LABELS, exchangeVersions } from './manifest.js';
import { versionStatus } from './exchange-version.js';

const SETTING = 'exchangeVersion';

export function registerStatusBar(): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('exkb.exchangeVersion', vscode.StatusBarAlignment.Right, 100);
  item.name = 'exkb: target Exchange version';
  item.command = COMMANDS.selectExchangeVersion.id;
  const update = (): void => {
    const status = versionStatus(vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get<unknown>(SETTING));
    item.text = status.text;
    item.tooltip = status.tooltip;
    item.backgroundColor = status.known ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
    if (vscode.window.activeTextEditor?.document.languageId === 'powershell') item.show();
    else item.hide();
  };
  update();
  return [
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${CONFIGURATION_SECTION}.${SETTING}`)) update();
    }),
    vscode.commands.registerCommand(COMMANDS.selectExchangeVersion.id, selectExchangeVersion),
  ];
}

async function selectExchangeVersion(): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(CONFIGURATION_SECTION);
  const current = configuration.get<unknown>(SETTING);
  const chosen = await vscode.window.showQuickPick(
    exchangeVersions().map((version) => ({ label: version, description: EXCHANGE_VERSION_LABELS[version], picked: version === current, version })),
    { placeHolder: 'The Exchange version your scripts run against' },
  );
  if (!chosen) return;
  // Without a folder open there are no workspace settings; the user settings are the next best place.
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await configuration.update(SETTING, chosen.version, target);
}
