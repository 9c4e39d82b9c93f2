// The status bar's words for the target Exchange version, kept apart from `vscode` to be tested.
import { EXCHANGE_VERSION_LABELS } from './manifest.js';
import type { ExchangeVersion } from 'exkb-language-server';

export interface VersionStatus {
  readonly text: string;
  readonly tooltip: string;
  /** False for a value the server does not know: it falls back to `any` and says so. */
  readonly known: boolean;
}

export function isExchangeVersion(value: unknown): value is ExchangeVersion {
  return typeof value === 'string' && Object.hasOwn(EXCHANGE_VERSION_LABELS, value);
}

export function versionStatus(value: unknown): VersionStatus {
  const change = 'Click to change the target (exkb.exchangeVersion)';
  if (value === undefined || value === null || value === '') return versionStatus('any');
  if (!isExchangeVersion(value)) {
    return { text: `$(warning) Exchange: ${String(value)}`, tooltip: `exkb.exchangeVersion is "${String(value)}", which is not a version exkb knows. ${change}.`, known: false };
  }
  const text = value === 'any' ? 'Exchange: any' : `Exchange: ${value === 'se' ? 'SE' : value === 'online' ? 'Online' : value}`;
  const scope = value === 'any' ? 'no target version: rules limited to some versions stay quiet' : `checking scripts against ${EXCHANGE_VERSION_LABELS[value]}`;
  return { text: `$(server) ${text}`, tooltip: `exkb is ${scope}. ${change}.`, known: true };
}
