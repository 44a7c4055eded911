// Budgets counted in process between flushes, against the real Redis: two limiters stand for two API
// replicas. Within one process the count is exact; across replicas each learns the others' counts at the
// next flush, so together they admit at most what one flush interval lets through beyond the budget.
// Counts that cannot be sent are kept for the next flush, never lost.

import { randomUUID } from 'node:crypto';
import { localServices } from '@pagemagic/hack/testkit/env';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/rate-limit/limiter.ts';

let redis: Redis;
const prefix = `pagemagic:test:${randomUUID()}`;
const limiters: RateLimiter[] = [];

beforeAll(() => {
  redis = new Redis(localServices.redisUrl, { lazyConnect: false });
});
afterAll(async () => {
  await Promise.all(limiters.map((limiter) => limiter.close()));
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/** A limiter that flushes only when told, so the test decides when replicas learn of each other. */
function replica(connection: Redis = redis, onFlushError?: (error: unknown) => void): RateLimiter {
  const limiter = new RateLimiter(connection, {
    keyPrefix: prefix,
    windowSeconds: 60,
    flushMs: 3_600_000,
    onFlushError,
  });
  limiters.push(limiter);
  return limiter;
}

const budget = (limit: number) => ({ scope: 'ip', key: `ip:${randomUUID()}`, limit });

describe('budgets counted in process', () => {
  it('send the count to Redis once per flush, not per request', async () => {
    const limiter = replica();
    const b = budget(100);
    for (let hit = 0; hit < 10; hit++) await limiter.hit(b);
    // The window's first hit was counted in Redis at once; the other nine wait for the flush.
    expect(await redis.get(`${prefix}:${b.key}`)).toBe('1');
    await limiter.flush();
    expect(await redis.get(`${prefix}:${b.key}`)).toBe('10');
    expect(Number(await redis.pttl(`${prefix}:${b.key}`))).toBeGreaterThan(0);
  });

  it('let exactly the budget through in one process, however the hits race', async () => {
    const limiter = replica();
    const b = budget(5);
    const states = await Promise.all(Array.from({ length: 20 }, () => limiter.hit(b)));
    expect(states.filter((s) => s.allowed)).toHaveLength(5);
    expect(states.map((s) => s.remaining).sort((x, y) => x - y)).toEqual([...Array(16).fill(0), 1, 2, 3, 4]);
  });

  it('learn what other replicas counted at the next flush', async () => {
    const [a, b] = [replica(), replica()];
    const shared = budget(10);
    for (let hit = 0; hit < 6; hit++) await a.hit(shared);
    await a.flush();
    // b opens the window after a's flush: it starts from a's six.
    const first = await b.hit(shared);
    expect(first.remaining).toBe(3);
    for (let hit = 0; hit < 3; hit++) await b.hit(shared);
    await b.flush();
    // a learns b's four at its next flush and refuses from then on.
    await a.flush();
    await a.hit(shared);
    await a.flush();
    expect((await a.hit(shared)).allowed).toBe(false);
    expect(Number(await redis.get(`${prefix}:${shared.key}`))).toBe(11);
  });

  it('keep counts that could not be sent, and send them once Redis answers', async () => {
    const connection = new Redis(localServices.redisUrl);
    const errors: unknown[] = [];
    const limiter = replica(connection, (error) => errors.push(error));
    const b = budget(100);
    for (let hit = 0; hit < 4; hit++) await limiter.hit(b);
    connection.disconnect(false);
    await limiter.flush();
    expect(errors).toHaveLength(1);
    await connection.connect();
    await limiter.flush();
    expect(await redis.get(`${prefix}:${b.key}`)).toBe('4');
    connection.disconnect();
  });

  it('count sign-in budgets in Redis on every request', async () => {
    const limiter = replica();
    const b = budget(3);
    for (let hit = 0; hit < 3; hit++) await limiter.hit(b, true);
    expect(await redis.get(`${prefix}:${b.key}`)).toBe('3');
    expect((await limiter.hit(b, true)).allowed).toBe(false);
  });
});
