// What a preview answers for a path: the same resolution as the site's own web server
// (resolveSitePath in @pagemagic/operator/site: pretty URLs with a redirect to the trailing slash, the
// site's 404 page, `_`-files never served, headers from the site's `_headers`), with the headers a preview needs on
// top. A preview is served from the API's origin, so every response is sandboxed (an opaque origin: no
// access to the API's cookies or storage, no scripts); it may be framed by the web app only; and the link
// carries a token, so it is never sent as a Referer, indexed, or kept by a shared cache; the same token is
// why its files may be loaded from any origin, the sandbox's opaque one included.

import { escapeHtml } from '@pagemagic/operator/render';
import type { SiteFiles } from '@pagemagic/operator/serving';
import { encodeBody, resolveSitePath } from '@pagemagic/operator/site';

export interface PreviewResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface PreviewPolicy {
  /** Origins allowed to frame a preview (the web app's). */
  frameAncestors: string[];
}

/** The site's headers for a preview: its CSP sandboxed and framable by the app, nothing public. */
export function previewHeaders(site: Record<string, string>, policy: PreviewPolicy): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(site)) {
    const lower = name.toLowerCase();
    // Superseded by frame-ancestors below; DENY would keep the preview out of the app's iframe.
    if (lower === 'x-frame-options') continue;
    headers[lower] = value;
  }
  headers['content-security-policy'] = sandboxedCsp(headers['content-security-policy'], policy);
  const cache = headers['cache-control'];
  headers['cache-control'] = cache ? cache.replace(/\bpublic\b/, 'private') : 'private, no-cache';
  headers['referrer-policy'] = 'no-referrer';
  headers['x-robots-tag'] = 'noindex, nofollow';
  headers['x-content-type-options'] = 'nosniff';
  // The sandbox gives a preview's page an opaque origin, so the browser counts each request it makes for
  // its own art and favicon as cross-site, and the API's same-site resource policy would refuse them all.
  // The token in the path is what guards these bytes (anyone holding the link may read them), not who asks.
  headers['cross-origin-resource-policy'] = 'cross-origin';
  return headers;
}

export function sandboxedCsp(policy: string | undefined, { frameAncestors }: PreviewPolicy): string {
  const ancestors = `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`;
  const directives = (policy ?? "default-src 'none'")
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^(frame-ancestors|sandbox)\b/i.test(directive));
  return [...directives, ancestors, 'sandbox'].join('; ');
}

/**
 * The answer for `path` (decoded, starting with '/') inside the preview whose root is `root`
 * (`/preview/<token>/`). `undefined` body for HEAD is the caller's business.
 */
export function previewFile(
  site: Pick<SiteFiles, 'files' | 'rules'>,
  path: string,
  root: string,
  policy: PreviewPolicy,
  acceptEncoding = '',
): PreviewResponse {
  const answer = resolveSitePath(site.files, site.rules, path);
  if (answer.status === 301) {
    return {
      status: 301,
      headers: { ...previewHeaders(answer.headers, policy), location: `${root}${answer.location.slice(1)}` },
      body: Buffer.alloc(0),
    };
  }
  const { file } = answer;
  const html = file.contentType.startsWith('text/html');
  const { body, encoding } = encodeBody(html ? inPreview(file.body, root) : file.body, acceptEncoding);
  const headers: Record<string, string> = {
    ...previewHeaders(answer.headers, policy),
    'content-type': file.contentType,
    vary: 'Accept-Encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  };
  return { status: answer.status, headers, body };
}

/**
 * The page with its root-relative links and sources (`href="/about/"`, `src="/art/…"`) moved under the
 * preview's root, so navigating and loading art stay inside the preview. Only the renderer's own
 * attribute form is touched (double-quoted, one leading slash); absolute, protocol-relative, fragment,
 * mailto and tel links are left alone.
 */
export function inPreview(html: Uint8Array, root: string): Buffer {
  return Buffer.from(
    asBuffer(html)
      .toString('utf8')
      .replace(/\b(href|src)="\/(?!\/)/g, `$1="${root}`),
    'utf8',
  );
}

/** A page of our own for a preview that cannot be shown (bad link, expired, not built). */
export function previewMessagePage(
  status: number,
  title: string,
  message: string,
  policy: PreviewPolicy,
): PreviewResponse {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></html>\n`;
  return {
    status,
    headers: {
      ...previewHeaders({ 'Cache-Control': 'no-store' }, policy),
      'content-type': 'text/html; charset=utf-8',
    },
    body: Buffer.from(html),
  };
}

/** The renderer's bytes as a Buffer over the same memory (rendered files are plain Uint8Arrays). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
