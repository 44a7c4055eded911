// Serves a rendered site the way the site image's web server does (resolve.ts: pretty URLs with a redirect
// to the trailing slash, the 404 page for unknown paths, the headers from `_headers`, which itself is never
// served, and gzip when the client accepts it). Used by `pagemagic-operator site serve` to preview a site
// from a directory or straight from the image a Build pushed, and by the browser tests.

import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { type HeaderRule, parseHeadersFile, type RenderedFile } from './render/index.ts';
import { encodeBody, resolveSitePath } from './resolve.ts';

export interface SiteServer {
  /** e.g. http://127.0.0.1:43123, without a trailing slash. */
  url: string;
  /** Replaces the site being served (say, after rendering with this server's URL as the base URL). */
  setFiles(files: Map<string, RenderedFile>): void;
  /** Every request path seen, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startSiteServer(
  files = new Map<string, RenderedFile>(),
  { host = '127.0.0.1', port = 0 }: { host?: string; port?: number } = {},
): Promise<SiteServer> {
  let site = files;
  let rules = rulesOf(site);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handle(site, rules, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
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

/** Content-Type by extension; the site image's server is configured from this same table. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** Files read back from an image layer or a directory carry no content type; the extension gives it. */
export function withContentTypes(files: Map<string, { body: Buffer }>): Map<string, RenderedFile> {
  return new Map(
    [...files].map(([path, { body }]) => [
      path,
      { body, contentType: CONTENT_TYPES[extname(path)] ?? DEFAULT_CONTENT_TYPE },
    ]),
  );
}

/** Every file under `directory`, keyed by its path from there ('/index.html'). */
export async function readSiteDirectory(directory: string): Promise<Map<string, RenderedFile>> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = new Map<string, { body: Buffer }>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(`/${relative(directory, path).split(sep).join('/')}`, { body: await readFile(path) });
  }
  return withContentTypes(files);
}

function rulesOf(files: Map<string, RenderedFile>): HeaderRule[] {
  const headers = files.get('/_headers');
  return headers ? parseHeadersFile(Buffer.from(headers.body).toString('utf8')) : [];
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
  const answer = resolveSitePath(files, rules, path);
  if (answer.status === 301) {
    res.writeHead(301, { Location: answer.location, ...answer.headers }).end();
    return;
  }
  const { body: bytes, encoding } = encodeBody(
    answer.file.body,
    String(req.headers['accept-encoding'] ?? ''),
  );
  const headers: Record<string, string | number> = {
    ...answer.headers,
    'Content-Type': answer.file.contentType,
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  };
  headers['Content-Length'] = bytes.length;
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
