// The parameters of New-ExchangeCertificate / Enable-ExchangeCertificate with the shortest
// abbreviation PowerShell accepts for each (New-ExchangeCertificate also has -Server,
// -SubjectName, -SubjectKeyIdentifier, -DomainController, -IncludeAcceptedDomains, -IncludeServerFQDN).
import type { CommandView } from '../../powershell/types.js';
import { switchIsOn } from './constant-values.js';
import { findParameter, type ParameterName } from './find-parameter.js';
import { listValue } from './list-items.js';

export const DOMAIN_NAME: ParameterName = { name: 'DomainName', shortest: 'DomainN'.length };
export const SERVICES: ParameterName = { name: 'Services', shortest: 'Servi'.length };
export const GENERATE_REQUEST: ParameterName = { name: 'GenerateRequest', shortest: 1 };
export const INCLUDE_AUTODISCOVER: ParameterName = { name: 'IncludeAutoDiscover', shortest: 'IncludeAu'.length };
export const INCLUDE_SERVER_NETBIOS_NAME: ParameterName = { name: 'IncludeServerNetBIOSName', shortest: 'IncludeServerN'.length };
export const SUBJECT_NAME: ParameterName = { name: 'SubjectName', shortest: 'SubjectN'.length };

/** True for `New-ExchangeCertificate -GenerateRequest`: a request that goes to a certification authority. */
export function isCertificateRequest(command: CommandView): boolean {
  return command.key === 'new-exchangecertificate' && switchIsOn(findParameter(command, GENERATE_REQUEST));
}

/** True when the command's `-Services` list names IIS. */
export function servicesIncludeIis(command: CommandView): boolean {
  return listValue(findParameter(command, SERVICES)?.value).names.some((name) => name.text.toLowerCase() === 'iis');
}
