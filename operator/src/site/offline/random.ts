import { createHash } from 'node:crypto';

// Variety without randomness: every choice is drawn from a PRNG seeded by a hash of stable input, so one
// brief always yields one site.

/** A 32-bit seed from the SHA-256 of the given parts. */
export function seedFrom(...parts: Array<string | number | undefined>): number {
  const digest = createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('\u0000'))
    .digest();
  return digest.readUInt32BE(0);
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** A fresh 32-bit seed, e.g. for an art image. */
  seed(): number;
}

/** mulberry32: tiny, fast and good enough for picking words and colours. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('cannot pick from an empty list');
      return item;
    },
    seed: () => Math.floor(next() * 4294967296) >>> 0,
  };
}
