// Serves a rendered site from memory on 127.0.0.1 the way the site image's web server will: pretty URLs,
// the 404 page for unknown paths, the headers from `_headers` (which itself is never served), and gzip when
// the client accepts it.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import {
  type HeaderRule,
  headersForPath,
  parseHeadersFile,
  type RenderedFile,
} from '../../src/site/render/index.ts';

export interface StaticServer {
  /** e.g. http://127.0.0.1:43123, without a trailing slash. */
  url: string;
  /** Replaces the site being served (say, after rendering with this server's URL as the base URL). */
  setFiles(files: Map<string, RenderedFile>): void;
  /** Every request path seen, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startStaticServer(files = new Map<string, RenderedFile>()): Promise<StaticServer> {
  let site = files;
  let rules = rulesOf(site);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handle(site, rules, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setFiles(next) {
      site = next;
      rules = rulesOf(next);
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function rulesOf(files: Map<string, RenderedFile>): HeaderRule[] {
  const headers = files.get('/_headers');
  return headers ? parseHeadersFile(headers.body.toString('utf8')) : [];
}

function handle(
  files: Map<string, RenderedFile>,
  rules: HeaderRule[],
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://site').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const key = path.endsWith('/') ? `${path}index.html` : path;
  const file = key === '/_headers' ? undefined : files.get(key);
  if (!file && !path.endsWith('/') && files.has(`${path}/index.html`)) {
    res.writeHead(301, { Location: `${path}/`, ...headersForPath(rules, path) }).end();
    return;
  }
  const notFound = files.get('/404.html');
  const [status, body, headersPath] = file
    ? [200, file, path]
    : [404, notFound ?? { body: Buffer.from('Not found'), contentType: 'text/plain' }, '/404.html'];
  const headers: Record<string, string | number> = {
    ...headersForPath(rules, headersPath),
    'Content-Type': body.contentType,
    Vary: 'Accept-Encoding',
  };
  let bytes = body.body;
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && bytes.length > 512) {
    bytes = gzipSync(bytes);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = bytes.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
