// A recording proxy on 127.0.0.1 that Chromium is told to use for every request (--proxy-server).
// Chromium never sends loopback requests through a proxy, so everything that reaches it is
// traffic to some other host, from the browser or from the extension (service worker and
// content-script requests included, which page-level request events do not all show). It answers
// every request with 403 and every CONNECT by closing, so nothing leaves the machine either way.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  /** `127.0.0.1:<port>`, for `--proxy-server`. */
  readonly address: string;
  /** `GET http://host/path` or `CONNECT host:443`, in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method ?? '?'} ${request.url ?? ''}`);
    response.writeHead(403, { 'content-type': 'text/plain' }).end('exkb test proxy: no network');
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
