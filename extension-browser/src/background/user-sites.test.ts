import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planUserSites, sitesOfOrigins, USER_SITES_SCRIPT_ID } from './user-sites.js';

describe('planUserSites', () => {
  const script = (matches: string[]) => ({ id: USER_SITES_SCRIPT_ID, matches, js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: false });
  const cases = [
    { name: 'nothing, nothing registered', sites: [], registered: false, expected: { action: 'none' } },
    { name: 'nothing left, registered', sites: [], registered: true, expected: { action: 'unregister' } },
    { name: 'first site', sites: ['https://b.example'], registered: false, expected: { action: 'register', script: script(['https://b.example/*']) } },
    { name: 'more sites, sorted and unique', sites: ['https://b.example', 'http://a.example:8080', 'https://b.example'], registered: true, expected: { action: 'update', script: script(['http://a.example:8080/*', 'https://b.example/*']) } },
  ];
  for (const { name, sites, registered, expected } of cases) it(name, () => assert.deepEqual(planUserSites(sites, registered), expected));
});

describe('sitesOfOrigins', () => {
  const cases = [
    { origins: ['https://forum.example.org/*'], expected: ['https://forum.example.org'] },
    { origins: ['http://127.0.0.1:8080/*', 'https://a.example/*'], expected: ['http://127.0.0.1:8080', 'https://a.example'] },
    { origins: ['*://*/*', '<all_urls>', 'https://*.example.org/*', 'https://a.example/owa/*', 'ftp://a.example/*'], expected: [] },
  ];
  for (const { origins, expected } of cases) it(origins.join(' '), () => assert.deepEqual(sitesOfOrigins(origins), expected));
});
