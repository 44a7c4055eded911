// SHA-256 for the renderer in a browser, where node:crypto does not exist and Web Crypto's digest() is
// asynchronous (the renderer is synchronous, so a live preview can re-render on every keystroke without
// awaiting). @noble/hashes is an audited, dependency-free implementation. Same functions and digests as
// sha256-node.ts, which Node uses instead (see `#sha256` in operator/package.json).

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}

/** Standard base64 (with padding) SHA-256 of the UTF-8 bytes of `text`, as CSP hash sources use. */
export function sha256Base64(text: string): string {
  // A digest is 32 bytes, so spreading it into one call is safe.
  return btoa(String.fromCharCode(...sha256(encoder.encode(text))));
}
