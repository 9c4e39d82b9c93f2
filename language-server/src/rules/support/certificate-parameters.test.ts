import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastCommand } from '../testing.js';
import {
  DOMAIN_NAME,
  GENERATE_REQUEST,
  INCLUDE_AUTODISCOVER,
  INCLUDE_SERVER_NETBIOS_NAME,
  isCertificateRequest,
  servicesIncludeIis,
  SERVICES,
  SUBJECT_NAME,
} from './certificate-parameters.js';
import { findParameter, type ParameterName } from './find-parameter.js';

// [parameter, the shortest spelling PowerShell binds to it, one letter less, which it does not]
const ABBREVIATIONS: ReadonlyArray<[ParameterName, string, string | undefined]> = [
  [DOMAIN_NAME, 'DomainN', 'Domain'],
  [SERVICES, 'Servi', 'Serv'],
  [GENERATE_REQUEST, 'G', undefined],
  [INCLUDE_AUTODISCOVER, 'IncludeAu', 'IncludeA'],
  [INCLUDE_SERVER_NETBIOS_NAME, 'IncludeServerN', 'IncludeServer'],
  [SUBJECT_NAME, 'SubjectN', 'Subject'],
];

describe('certificate parameter names', () => {
  for (const [parameter, shortest, tooShort] of ABBREVIATIONS) {
    it(`-${parameter.name}: -${shortest} binds${tooShort ? `, -${tooShort} does not` : ''}`, () => {
      assert.ok(findParameter(lastCommand(`New-ExchangeCertificate -${parameter.name} x`), parameter));
      assert.ok(findParameter(lastCommand(`New-ExchangeCertificate -${shortest} x`), parameter));
      if (tooShort) assert.equal(findParameter(lastCommand(`New-ExchangeCertificate -${tooShort} x`), parameter), undefined);
    });
  }
});

const REQUESTS: ReadonlyArray<[string, boolean]> = [
  ["New-ExchangeCertificate -GenerateRequest -SubjectName 'CN=mail.contoso.com'", true],
  ['New-ExchangeCertificate -G -DomainName mail.contoso.com', true],
  ['New-ExchangeCertificate -GenerateRequest:$true -DomainName mail.contoso.com', true],
  ['New-ExchangeCertificate -GenerateRequest:$false -DomainName mail.contoso.com', false],
  ['New-ExchangeCertificate -DomainName mail.contoso.com', false],
  ["$p = @{ GenerateRequest = $true }\nNew-ExchangeCertificate @p", true],
  ['Enable-ExchangeCertificate -GenerateRequest', false],
];

describe('isCertificateRequest', () => {
  for (const [script, request] of REQUESTS) {
    it(`${JSON.stringify(script)} → ${request}`, () => assert.equal(isCertificateRequest(lastCommand(script)), request));
  }
});

const IIS: ReadonlyArray<[string, boolean]> = [
  ['New-ExchangeCertificate -Services IIS,SMTP', true],
  ["New-ExchangeCertificate -Services 'SMTP, iis'", true],
  ['Enable-ExchangeCertificate -Thumbprint ABC -Servi IIS', true],
  ["$services = 'POP', 'IIS'\nEnable-ExchangeCertificate -Thumbprint ABC -Services $services", true],
  ['New-ExchangeCertificate -Services SMTP, POP', false],
  ['New-ExchangeCertificate -Serv IIS', false],
  ['New-ExchangeCertificate -Services $services', false],
  ['New-ExchangeCertificate -DomainName mail.contoso.com', false],
];

describe('servicesIncludeIis', () => {
  for (const [script, iis] of IIS) {
    it(`${JSON.stringify(script)} → ${iis}`, () => assert.equal(servicesIncludeIis(lastCommand(script)), iis));
  }
});
