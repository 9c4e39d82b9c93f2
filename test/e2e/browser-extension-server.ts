// The fixture web server for the browser extension's suite and bench: node:http on 127.0.0.1 (a
// random port), serving test/e2e/fixtures/browser/*.html under /owa/ (a built-in match of the
// content script, as OWA's own paths are) and /site/ (no built-in match) plus pages a caller generates.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { TEST_ROOT } from '../src/paths.js';

export const FIXTURES_DIR = path.join(TEST_ROOT, 'e2e', 'fixtures', 'browser');

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The URL of a fixture (`ndr.html`) or generated page under /owa/ (or another folder). */
  url(name: string, folder?: 'owa' | 'site'): string;
  /** Paths the server was asked for, in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** Starts the server; `generated` maps a page name under /owa/ to its HTML. */
export async function startFixtureServer(generated: Readonly<Record<string, string>> = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(pathname);
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    // /site/ serves the same pages outside every built-in match: a site the user must switch on.
    const prefix = ['/owa/', '/site/'].find((folder) => pathname.startsWith(folder));
    const name = prefix === undefined ? undefined : pathname.slice(prefix.length);
    let body: string | undefined;
    if (name !== undefined && Object.hasOwn(generated, name)) body = generated[name];
    else if (name !== undefined && /^[\w-]+\.html$/.test(name)) {
      try {
        body = readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
      } catch {
        body = undefined;
      }
    }
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (name, folder = 'owa') => `${origin}/${folder}/${name}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
