// Names and emails at rest: AES-256-GCM with a random 96-bit IV per value and the column as additional
// authenticated data, so a ciphertext copied into another column or row kind fails to decrypt. The key
// id travels with each value: keys rotate by putting a new one first, and old values stay readable
// until re-encrypted (`reencrypt`).

import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { EncryptionKeyConfig } from '../config.ts';

const VERSION = 'v1';

export class PiiCipher {
  readonly #keys: Map<string, Buffer>;
  readonly #current: EncryptionKeyConfig;
  readonly #lookupKey: Buffer;

  constructor(keys: EncryptionKeyConfig[], lookupKey: Buffer) {
    const [current] = keys;
    if (!current) throw new Error('PiiCipher needs at least one key');
    this.#current = current;
    this.#keys = new Map(keys.map(({ id, key }) => [id, key]));
    this.#lookupKey = lookupKey;
  }

  get currentKeyId(): string {
    return this.#current.id;
  }

  /** `context` names the column (e.g. `users.email`); decrypting needs the same one. */
  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#current.key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    return `${VERSION}.${this.#current.id}.${sealed}`;
  }

  decrypt(value: string, context: string): string {
    const [version, keyId, sealed] = value.split('.');
    const key = keyId === undefined ? undefined : this.#keys.get(keyId);
    if (version !== VERSION || sealed === undefined) throw new Error('not a value this cipher wrote');
    if (!key)
      throw new Error(`encryption key '${keyId}' is not configured; add it to PAGEMAGIC_ENCRYPTION_KEYS`);
    const bytes = Buffer.from(sealed, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  }

  /** True when `value` was sealed with a key other than the current one. */
  isStale(value: string): boolean {
    return value.split('.')[1] !== this.#current.id;
  }

  /** A keyed hash to find a row by email without storing or indexing the clear text. */
  lookup(value: string): Buffer {
    return createHmac('sha256', this.#lookupKey).update(value).digest();
  }
}

/** Emails compare case-insensitively and without surrounding space. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
