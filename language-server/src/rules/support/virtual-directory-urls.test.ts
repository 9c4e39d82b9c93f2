import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExchangeVersion } from '../../settings.js';
import { lastCommand } from '../testing.js';
import { acceptedPaths, pathMatches, VIRTUAL_DIRECTORY_URLS, writtenUrls } from './virtual-directory-urls.js';

describe('VIRTUAL_DIRECTORY_URLS', () => {
  for (const table of VIRTUAL_DIRECTORY_URLS) {
    it(`${table.service}: cmdlets are command keys, the path is absolute`, () => {
      for (const cmdlet of table.cmdlets) assert.equal(cmdlet, cmdlet.toLowerCase(), 'compared with CommandView.key');
      assert.match(table.path, /^\/[^/]/);
      assert.ok(table.parameters.length > 0);
    });
  }
});

// [script, each URL found as [service, parameter as written, URL as written]]
const WRITTEN: ReadonlyArray<[string, ReadonlyArray<[string, string, string]>]> = [
  [
    "Set-OwaVirtualDirectory 'EX01\\owa (Default Web Site)' -InternalUrl https://ex01.contoso.local/owa -ExternalUrl 'https://mail.contoso.com/owa'",
    [['OWA', 'InternalUrl', 'https://ex01.contoso.local/owa'], ['OWA', 'ExternalUrl', 'https://mail.contoso.com/owa']],
  ],
  ['New-EcpVirtualDirectory -InternalU https://ex01/ecp', [['ECP', 'InternalU', 'https://ex01/ecp']]],
  ['Set-WebServicesVirtualDirectory -InternalNLBBypassUrl https://ex01/EWS/Exchange.asmx', [['EWS', 'InternalNLBBypassUrl', 'https://ex01/EWS/Exchange.asmx']]],
  ['Set-ClientAccessService EX01 -AutoDiscoverSe https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml', [['Autodiscover', 'AutoDiscoverSe', 'https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml']]],
  ['Set-ActiveSyncVirtualDirectory -ExternalUrl "https://$publicName/Microsoft-Server-ActiveSync"', [['ActiveSync', 'ExternalUrl', 'https://$publicName/Microsoft-Server-ActiveSync']]],
  // Too short to bind to -InternalUrl alone (-InternalAuthenticationMethods also starts so).
  ['Set-OwaVirtualDirectory -Internal https://ex01/owa', []],
  ['Set-OwaVirtualDirectory -ExternalUrl $url', []],
  ['Set-OwaVirtualDirectory -ExternalUrl "https://$(hostname)/owa"', []],
  ['Set-OwaVirtualDirectory -ExternalUrl $null', []],
  ['Set-Mailbox jdoe -ExternalUrl https://mail.contoso.com/owa', []],
];

describe('writtenUrls', () => {
  for (const [script, expected] of WRITTEN) {
    it(JSON.stringify(script), () => {
      const urls = writtenUrls(lastCommand(script));
      assert.deepEqual(urls.map(({ table, parameter, literal }) => [table.service, parameter.name, literal.raw]), expected);
    });
  }
});

// [script, target version, accepted paths]
const ACCEPTED: ReadonlyArray<[string, ExchangeVersion, string[]]> = [
  ["Set-OwaVirtualDirectory 'EX01\\owa (Default Web Site)' -ExternalUrl https://mail/owa", '2016', ['/owa']],
  ["Set-OwaVirtualDirectory -Identity 'EX01\\mail (Default Web Site)' -ExternalUrl https://mail/mail", '2016', ['/mail']],
  // The directory is not named: OWA's own path, and under 2007 (or any version) the legacy folders too.
  ['Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -ExternalUrl https://mail/owa', '2016', ['/owa']],
  ['Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -ExternalUrl https://mail/owa', '2007', ['/owa', '/Exchange', '/Public', '/Exchweb']],
  ['Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -ExternalUrl https://mail/owa', 'any', ['/owa', '/Exchange', '/Public', '/Exchweb']],
  ['New-OwaVirtualDirectory -Name Partners -ExternalUrl https://mail/Partners', '2010', ['/Partners']],
  ['New-OwaVirtualDirectory -ExternalUrl https://mail/owa', 'any', ['/owa']],
  ["Set-WebServicesVirtualDirectory 'EX01\\EWS (Default Web Site)' -ExternalUrl https://mail/EWS/Exchange.asmx", 'any', ['/EWS/Exchange.asmx']],
];

describe('acceptedPaths', () => {
  for (const [script, version, expected] of ACCEPTED) {
    it(`${JSON.stringify(script)} under ${version}`, () => {
      const command = lastCommand(script);
      const [url] = writtenUrls(command);
      assert.ok(url);
      assert.deepEqual(acceptedPaths(url.table, command, version), expected);
    });
  }
});

// [path, accepted, folder, matches]
const MATCHES: ReadonlyArray<[string, string[], boolean, boolean]> = [
  ['/owa', ['/owa'], true, true],
  ['/OWA/', ['/owa'], true, true],
  ['/owa//', ['/owa'], true, true],
  ['/owa/', ['/owa'], false, false],
  ['/ews/exchange.asmx', ['/EWS/Exchange.asmx'], false, true],
  ['/Public', ['/owa', '/Exchange', '/Public', '/Exchweb'], true, true],
  ['/ow', ['/owa'], true, false],
  ['/owa/auth', ['/owa'], true, false],
  ['', ['/owa'], true, false],
];

describe('pathMatches', () => {
  for (const [path, accepted, folder, matches] of MATCHES) {
    it(`${JSON.stringify(path)} ${matches ? 'matches' : 'does not match'} ${accepted.join(' or ')}${folder ? ' (a folder)' : ''}`, () => {
      assert.equal(pathMatches(path, accepted, folder), matches);
    });
  }
});
