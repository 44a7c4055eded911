import { createHash } from 'node:crypto';

const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The OCI content digest of `bytes`: `sha256:<hex>`. */
export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function isSha256Digest(value: string): boolean {
  return SHA256_DIGEST.test(value);
}

/** Throws unless `bytes` hash to `digest`: content from a registry is only trusted once it is checked. */
export function verifyDigest(bytes: Uint8Array, digest: string, what: string): void {
  if (!isSha256Digest(digest)) {
    throw new Error(`${what} has digest '${digest}', which is not a sha256 digest; only sha256 is supported`);
  }
  const actual = sha256Digest(bytes);
  if (actual !== digest) {
    throw new Error(`${what} should have digest ${digest} but its ${bytes.length} bytes hash to ${actual}`);
  }
}
