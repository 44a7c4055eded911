// Opaque secrets handed to people (login links, refresh tokens): 32 bytes from the CSPRNG, base64url.
// Only the SHA-256 of a token is stored, so a database leak hands out nothing that can be presented.

import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_BYTES = 32;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
