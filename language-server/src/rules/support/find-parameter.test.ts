import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastCommand } from '../testing.js';
import { bindArguments, findParameter, type ParameterName, type PositionalParameter } from './find-parameter.js';

const DOMAIN_NAME: ParameterName = { name: 'DomainName', shortest: 'DomainN'.length };
const SERVICE_NAME: ParameterName = { name: 'Name', shortest: 1, aliases: ['ServiceName'] };

// [script, parameter, the value found (text), or undefined when nothing matches]
const FIND: ReadonlyArray<[string, ParameterName | string, string | undefined]> = [
  ['New-ExchangeCertificate -DomainName a.contoso.com', DOMAIN_NAME, 'a.contoso.com'],
  ['New-ExchangeCertificate -domainname a.contoso.com', DOMAIN_NAME, 'a.contoso.com'],
  ['New-ExchangeCertificate -DomainN a.contoso.com', DOMAIN_NAME, 'a.contoso.com'],
  // Shorter than the cmdlet allows: PowerShell would not bind it to -DomainName alone.
  ['New-ExchangeCertificate -Domain a.contoso.com', DOMAIN_NAME, undefined],
  ['New-ExchangeCertificate -DomainNames a.contoso.com', DOMAIN_NAME, undefined],
  ['New-ExchangeCertificate -DomainN a.contoso.com -DomainName b.contoso.com', DOMAIN_NAME, 'b.contoso.com'],
  ['Start-Service -Name MSExchangePOP3', SERVICE_NAME, 'MSExchangePOP3'],
  ['Start-Service -N MSExchangePOP3', SERVICE_NAME, 'MSExchangePOP3'],
  ['Start-Service -ServiceName MSExchangePOP3', SERVICE_NAME, 'MSExchangePOP3'],
  // Aliases only match in full.
  ['Start-Service -ServiceN MSExchangePOP3', SERVICE_NAME, undefined],
  // A plain string means the full name only.
  ['Set-Mailbox -Identity jdoe', 'Identity', 'jdoe'],
  ['Set-Mailbox -Ident jdoe', 'Identity', undefined],
  ["$p = @{ DomainName = 'a.contoso.com' }\nNew-ExchangeCertificate @p", DOMAIN_NAME, "'a.contoso.com'"],
  ['New-ExchangeCertificate', DOMAIN_NAME, undefined],
];

describe('findParameter', () => {
  for (const [script, parameter, value] of FIND) {
    const label = typeof parameter === 'string' ? parameter : parameter.name;
    it(`${JSON.stringify(script)}, ${label} → ${value ?? 'nothing'}`, () => {
      const found = findParameter(lastCommand(script), parameter);
      assert.equal(found?.value?.text, value);
    });
  }
  it('finds a switch written without a value', () => {
    const found = findParameter(lastCommand('New-ExchangeCertificate -GenerateRequest'), { name: 'GenerateRequest', shortest: 1 });
    assert.equal(found?.name, 'GenerateRequest');
    assert.equal(found?.value, undefined);
  });
});

const ITEM_PROPERTY: readonly PositionalParameter[] = [
  { name: 'Path', shortest: 1, aliases: ['LiteralPath'] },
  { name: 'Name', shortest: 1 },
  { name: 'Value', shortest: 1 },
];
const WEB_CONFIGURATION: readonly PositionalParameter[] = [
  { name: 'Filter', shortest: 1 },
  { name: 'Name', shortest: 1, positional: false },
  { name: 'PSPath', shortest: 2 },
];

// [script, parameters, bound name → value text]
const BIND: ReadonlyArray<[string, readonly PositionalParameter[], Record<string, string>]> = [
  ['Set-ItemProperty IIS:\\AppPools\\Pool enable32BitAppOnWin64 $true', ITEM_PROPERTY, { Path: 'IIS:\\AppPools\\Pool', Name: 'enable32BitAppOnWin64', Value: '$true' }],
  ['Set-ItemProperty -Path p -Name n -Value v', ITEM_PROPERTY, { Path: 'p', Name: 'n', Value: 'v' }],
  // A named parameter takes its place; the unnamed arguments bind to the others in order.
  ['Set-ItemProperty -Name n p v', ITEM_PROPERTY, { Path: 'p', Name: 'n', Value: 'v' }],
  ['Set-ItemProperty -LiteralPath p n', ITEM_PROPERTY, { Path: 'p', Name: 'n' }],
  ['Set-ItemProperty p', ITEM_PROPERTY, { Path: 'p' }],
  // A parameter written without a value binds nothing and takes no positional argument.
  ['Set-ItemProperty n v -Path', ITEM_PROPERTY, { Name: 'n', Value: 'v' }],
  // Name can only be named, so the second unnamed argument goes to PSPath.
  ['Set-WebConfigurationProperty f IIS:\\ -Name n', WEB_CONFIGURATION, { Filter: 'f', Name: 'n', PSPath: 'IIS:\\' }],
  ['Set-WebConfigurationProperty f IIS:\\', WEB_CONFIGURATION, { Filter: 'f', PSPath: 'IIS:\\' }],
];

describe('bindArguments', () => {
  for (const [script, parameters, expected] of BIND) {
    it(JSON.stringify(script), () => {
      const bound = bindArguments(lastCommand(script), parameters);
      assert.deepEqual(Object.fromEntries([...bound].map(([name, value]) => [name, value.text])), expected);
    });
  }
});
