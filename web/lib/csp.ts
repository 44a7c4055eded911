// The web app's Content-Security-Policy: scripts only with this response's nonce (Next puts it on its own
// scripts, reading it from the policy the proxy adds to the request) and what those load ('strict-dynamic'),
// styles from this origin or with the nonce, images from this origin or inlined (the previews inline the
// site's art as data: URLs), nothing framing the app, no <base>, no plugins, forms posting only here.
//
// The editor's preview and the dashboard's thumbnails are `srcdoc` frames, which run under this same policy:
// the site's one inline stylesheet carries the page's nonce (lib/preview-html.ts), and scripts cannot run
// there at all (sandbox).

import { randomBytes } from 'node:crypto';

/** 128 random bits, base64: a fresh one for every response. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  // `next dev` evaluates code for its error overlay and injects styles without a nonce.
  const scriptDev = options.development ? " 'unsafe-eval'" : '';
  const style = options.development ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`;
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${scriptDev}`,
    `style-src ${style}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Two years: browsers keep to HTTPS for this host once they have seen it over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000';

/**
 * Whether the browser used HTTPS: the request's own scheme, or the first X-Forwarded-Proto a proxy in front
 * wrote (Next fills it in from the connection when none did). A browser ignores the header over plain
 * HTTP anyway; sending it only over HTTPS keeps a plain-HTTP local set-up usable.
 */
export function cameOverHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(request.url).protocol === 'https:';
}
