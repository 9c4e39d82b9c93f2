// Host names as certificate authorities and Autodiscover see them.

/**
 * Top-level names that are not on the public internet: the usual Active Directory suffixes and
 * the names RFC 2606 / RFC 6761 reserve. Public CAs have refused them since November 2015.
 */
const INTERNAL_SUFFIXES = new Set([
  'local', 'lan', 'internal', 'corp', 'intra', 'intranet', 'localdomain', 'private', 'home',
  'localhost', 'test', 'invalid', 'example',
]);

/** Second-level names under which registrations happen one level lower (`contoso.co.uk`). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or', 'ltd', 'plc']);

export type InternalReason = 'single-label' | 'internal-suffix' | 'private-address';

/** Why a public CA would refuse the name, or `undefined` when it looks like a public name. */
export function internalNameReason(name: string): InternalReason | undefined {
  const written = name.trim().replace(/\.$/, '').toLowerCase();
  if (written === '') return undefined;
  const host = written.startsWith('*.') ? written.slice(2) : written;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return isPrivateAddress(host) ? 'private-address' : undefined;
  if (!host.includes('.')) return 'single-label';
  const suffix = host.slice(host.lastIndexOf('.') + 1);
  return INTERNAL_SUFFIXES.has(suffix) ? 'internal-suffix' : undefined;
}

function isPrivateAddress(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** The domain a host name belongs to: `mail.eu.contoso.com` → `contoso.com`, `owa.contoso.co.uk` → `contoso.co.uk`. */
export function registrableDomain(name: string): string | undefined {
  const labels = name.trim().replace(/\.$/, '').toLowerCase().split('.');
  if (labels.length < 2 || labels.some((label) => label === '')) return undefined;
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const keep = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.length >= keep ? labels.slice(-keep).join('.') : undefined;
}

/** A plain DNS host name (letters, digits, hyphens, dots), optionally a wildcard. */
export function isHostName(name: string): boolean {
  return /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(name.trim());
}
