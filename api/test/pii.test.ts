// The cipher for names and emails at rest: authenticated, bound to its column, readable across a key
// rotation, and a lookup hash that finds an address however it was typed.

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizeEmail, PiiCipher } from '../src/crypto/pii.ts';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const lookupKey = randomBytes(32);

/** Flips one bit of the sealed part (IV, ciphertext or tag) at `index`. */
function flip(value: string, index: number): string {
  const [version, keyId, sealed] = value.split('.') as [string, string, string];
  const bytes = Buffer.from(sealed, 'base64url');
  bytes[index] = (bytes[index] as number) ^ 0x01;
  return `${version}.${keyId}.${bytes.toString('base64url')}`;
}

describe('PiiCipher', () => {
  it('round-trips text, with a fresh IV every time and nothing of the clear text in the output', () => {
    const cipher = new PiiCipher([k1], lookupKey);
    const email = 'zoë.o’brien@example.com';
    const first = cipher.encrypt(email, 'users.email');
    const second = cipher.encrypt(email, 'users.email');
    expect(first).not.toBe(second);
    expect(first).toMatch(/^v1\.k1\.[A-Za-z0-9_-]+$/);
    expect(first).not.toContain('example');
    expect(cipher.decrypt(first, 'users.email')).toBe(email);
    expect(cipher.decrypt(second, 'users.email')).toBe(email);
    expect(cipher.decrypt(cipher.encrypt('', 'users.name'), 'users.name')).toBe('');
  });

  it('throws when any byte of IV, ciphertext or tag was changed', () => {
    const cipher = new PiiCipher([k1], lookupKey);
    const sealed = cipher.encrypt('alice@example.com', 'users.email');
    const length = Buffer.from(sealed.split('.')[2] as string, 'base64url').length;
    for (const index of [0, 11, 12, 20, length - 16, length - 1]) {
      expect(() => cipher.decrypt(flip(sealed, index), 'users.email')).toThrow();
    }
    // Truncated, or relabelled with another configured key's id.
    expect(() => cipher.decrypt(sealed.slice(0, -4), 'users.email')).toThrow();
    const both = new PiiCipher([k1, k2], lookupKey);
    expect(() => both.decrypt(sealed.replace('.k1.', '.k2.'), 'users.email')).toThrow();
  });

  it('throws when a value is read as another column than it was written for', () => {
    const cipher = new PiiCipher([k1], lookupKey);
    const name = cipher.encrypt('Alice', 'users.name');
    expect(() => cipher.decrypt(name, 'users.email')).toThrow();
    expect(() => cipher.decrypt(name, 'users.name ')).toThrow();
    expect(cipher.decrypt(name, 'users.name')).toBe('Alice');
  });

  it('still decrypts values of the old key after a rotation, and names a key that is missing', () => {
    const before = new PiiCipher([k1], lookupKey);
    const old = before.encrypt('bob@example.com', 'users.email');

    const after = new PiiCipher([k2, k1], lookupKey);
    expect(after.currentKeyId).toBe('k2');
    expect(after.decrypt(old, 'users.email')).toBe('bob@example.com');
    expect(after.isStale(old)).toBe(true);
    const fresh = after.encrypt('bob@example.com', 'users.email');
    expect(fresh.startsWith('v1.k2.')).toBe(true);
    expect(after.isStale(fresh)).toBe(false);

    const oldDropped = new PiiCipher([k2], lookupKey);
    expect(() => oldDropped.decrypt(old, 'users.email')).toThrow(/'k1' is not configured/);
  });

  it('refuses values it did not write', () => {
    const cipher = new PiiCipher([k1], lookupKey);
    expect(() => cipher.decrypt('alice@example.com', 'users.email')).toThrow();
    expect(() => cipher.decrypt('v2.k1.AAAA', 'users.email')).toThrow();
  });

  it('gives a stable lookup hash, the same however the address is cased or padded', () => {
    const one = new PiiCipher([k1], lookupKey);
    const other = new PiiCipher([k2], lookupKey);
    const canonical = one.lookup(normalizeEmail('bob@example.com'));
    expect(canonical).toHaveLength(32);
    expect(one.lookup(normalizeEmail('  Bob@Example.COM\t'))).toEqual(canonical);
    // Independent of the encryption keys, so rotating them does not break lookups.
    expect(other.lookup(normalizeEmail('BOB@example.com'))).toEqual(canonical);
    expect(one.lookup(normalizeEmail('bob@example.co'))).not.toEqual(canonical);
    // Keyed: without the lookup key, the hash of a guessed address cannot be computed.
    expect(new PiiCipher([k1], randomBytes(32)).lookup('bob@example.com')).not.toEqual(canonical);
  });
});
