// Serves a rendered site the way the site image's web server does: pretty URLs (with a redirect to the
// trailing slash), the 404 page for unknown paths, the headers from `_headers` (which itself is never
// served), and gzip when the client accepts it. Used by `pagemagic-operator site serve` to preview a site
// from a directory or straight from the image a Build pushed, and by the browser tests.

import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type HeaderRule, headersForPath, parseHeadersFile, type RenderedFile } from './render/index.ts';

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

/** A site's files with its `_headers` rules: everything needed to answer a request the way its server does. */
export interface ServableSite {
  files: ReadonlyMap<string, RenderedFile>;
  rules: readonly HeaderRule[];
}

/** What the site's server answers for a path: a file (200, or the 404 page) or a redirect to the folder. */
export type SiteAnswer =
  | { status: 200 | 404; file: RenderedFile; headers: Record<string, string> }
  | { status: 301; location: string; headers: Record<string, string> };

const PLAIN_NOT_FOUND: RenderedFile = { body: Buffer.from('Not found'), contentType: 'text/plain' };

/**
 * The answer for `path` (decoded, starting with '/'): pretty URLs (`/menu/` is `/menu/index.html`, `/menu`
 * redirects to `/menu/`), the site's 404 page, and the headers its `_headers` gives that path. Every server
 * of a site's files answers through this one function: `site serve`, the API's Build previews and
 * `serve-sites`; the image's own server is configured to match it (image/static-server-config.ts).
 * `location` is the path with its slash; a server mounted under a prefix puts that in front.
 */
export function resolveSitePath(site: ServableSite, path: string): SiteAnswer {
  const { files, rules } = site;
  const key = path.endsWith('/') ? `${path}index.html` : path;
  // Files at the root whose names start with '_' configure the server (`_headers`, the image's
  // `_caddy.json`); the renderer writes no page there, and none of them is ever served.
  const file = /^\/_[^/]*$/.test(key) ? undefined : files.get(key);
  if (!file && !path.endsWith('/') && files.has(`${path}/index.html`)) {
    return { status: 301, location: `${path}/`, headers: headersForPath(rules, path) };
  }
  if (file) return { status: 200, file, headers: headersForPath(rules, path) };
  return {
    status: 404,
    file: files.get('/404.html') ?? PLAIN_NOT_FOUND,
    headers: headersForPath(rules, '/404.html'),
  };
}

/** The body gzipped when the client takes gzip and it is worth it, as the site's server does. */
export function compressFor(body: Uint8Array, acceptEncoding: string): { body: Uint8Array; gzip: boolean } {
  return /\bgzip\b/.test(acceptEncoding) && body.length > 512
    ? { body: gzipSync(body), gzip: true }
    : { body, gzip: false };
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
  const answer = resolveSitePath({ files, rules }, path);
  if (answer.status === 301) {
    res.writeHead(301, { Location: answer.location, ...answer.headers }).end();
    return;
  }
  const { body, gzip } = compressFor(answer.file.body, String(req.headers['accept-encoding'] ?? ''));
  const headers: Record<string, string | number> = {
    ...answer.headers,
    'Content-Type': answer.file.contentType,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    'Content-Length': body.length,
  };
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
