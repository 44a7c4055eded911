// SHA-256 for the renderer under Node, through node:crypto (native and the fastest there). Browsers get
// sha256-browser.ts instead: operator/package.json maps `#sha256` to one or the other by the "browser"
// condition. Both export the same functions and give the same digests.

import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Standard base64 (with padding) SHA-256 of the UTF-8 bytes of `text`, as CSP hash sources use. */
export function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}
