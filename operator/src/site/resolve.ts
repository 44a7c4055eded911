// How a site's web server answers a path, as the site image's server is configured to (image/): pretty URLs
// with a redirect to the trailing slash, the site's 404 page for unknown paths, `_`-files at the root never
// served, the headers from `_headers`, and gzip when the client accepts it. Pure, so the operator's preview
// server (serve.ts) and the API's build previews (api/src/previews/serve.ts) answer alike.

import { gzipSync } from 'node:zlib';
import { type HeaderRule, headersForPath, type RenderedFile } from './render/index.ts';

export type SiteAnswer =
  /** `location` is the path with its trailing slash, relative to the site's root. */
  | { status: 301; location: string; headers: Record<string, string> }
  | { status: 200 | 404; file: RenderedFile; headers: Record<string, string> };

/** What the image's server answers when a site has no 404 page. */
const NOT_FOUND: RenderedFile = { body: Buffer.from('Not found'), contentType: 'text/plain' };

/** The answer for `path` (decoded, starting with '/'); `headers` are the site's own for what is answered. */
export function resolveSitePath(
  files: Map<string, RenderedFile>,
  rules: HeaderRule[],
  path: string,
): SiteAnswer {
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
    file: files.get('/404.html') ?? NOT_FOUND,
    headers: headersForPath(rules, '/404.html'),
  };
}

/** The body as sent: gzipped when the client accepts gzip and it is worth it (over 512 bytes). */
export function encodeBody(body: Uint8Array, acceptEncoding: string): { body: Buffer; encoding?: 'gzip' } {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (/\bgzip\b/.test(acceptEncoding) && bytes.length > 512)
    return { body: gzipSync(bytes), encoding: 'gzip' };
  return { body: bytes };
}
