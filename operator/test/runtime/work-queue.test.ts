import { Registry } from 'prom-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  itemExponentialRateLimiter,
  maxOfRateLimiter,
  type RateLimiter,
  tokenBucketRateLimiter,
  WorkQueue,
} from '../../src/runtime/index.ts';
import { metricValue } from './metrics.ts';

const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Resolves to whether `promise` settled by the time pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await yieldTurn();
  return done;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('WorkQueue basics', () => {
  it('keeps one entry per key however often it is added, in first-added order', async () => {
    const registry = new Registry();
    const queue = new WorkQueue({ name: 'dedupe', registry });
    queue.add('a');
    queue.add('b');
    queue.add('a');
    queue.add('a');
    expect(queue.len()).toBe(2);
    expect(await queue.get()).toBe('a');
    expect(await queue.get()).toBe('b');
    expect(queue.len()).toBe(0);
    expect(await metricValue(registry, 'workqueue_adds_total', { name: 'dedupe' })).toBe(2);
  });

  it('hands a key to a worker that was already waiting for one', async () => {
    const queue = new WorkQueue({ name: 'waiting' });
    const next = queue.get();
    expect(await settled(next)).toBe(false);
    queue.add('late');
    expect(await next).toBe('late');
  });

  it('queues a key added during processing once more, only after it is done', async () => {
    const queue = new WorkQueue({ name: 'dirty' });
    queue.add('a');
    expect(await queue.get()).toBe('a');
    queue.add('a');
    queue.add('a');
    // Not handed to a second worker while the first still holds it.
    expect(queue.len()).toBe(0);
    const second = queue.get();
    expect(await settled(second)).toBe(false);
    queue.done('a');
    expect(await second).toBe('a');
    queue.done('a');
    expect(queue.len()).toBe(0);
  });

  it('never lets two workers hold one key, and processes every add made after the last start', async () => {
    const queue = new WorkQueue({ name: 'concurrent' });
    const keys = ['a', 'b', 'c'];
    const holding = new Set<string>();
    const lastAdd = new Map<string, number>();
    const lastStart = new Map<string, number>();
    let clock = 0;
    let overlaps = 0;
    let processed = 0;

    const worker = async () => {
      for (;;) {
        const key = await queue.get();
        if (key === undefined) return;
        if (holding.has(key)) overlaps += 1;
        holding.add(key);
        lastStart.set(key, ++clock);
        for (let i = 0; i < 1 + (processed % 3); i++) await yieldTurn();
        holding.delete(key);
        processed += 1;
        queue.done(key);
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    for (let round = 0; round < 200; round++) {
      const key = keys[round % keys.length] ?? 'a';
      queue.add(key);
      lastAdd.set(key, ++clock);
      if (round % 4 === 0) await yieldTurn();
    }
    while (queue.len() > 0 || queue.processingCount() > 0) await yieldTurn();
    await queue.shutDownWithDrain();
    await Promise.all(workers);

    expect(overlaps).toBe(0);
    // Dedupe folded many of the 200 adds together...
    expect(processed).toBeLessThan(200);
    // ...but no add was lost: each key was picked up again after it was last added.
    for (const key of keys) expect(lastStart.get(key)).toBeGreaterThan(lastAdd.get(key) ?? Infinity);
  });
});

describe('rate limiting', () => {
  it('backs each key off exponentially, on its own, until forgotten', () => {
    const limiter = itemExponentialRateLimiter({ baseDelayMs: 5, maxDelayMs: 1_000_000 });
    expect([1, 2, 3, 4].map(() => limiter.when('a'))).toEqual([5, 10, 20, 40]);
    expect(limiter.when('b')).toBe(5);
    expect(limiter.numRequeues('a')).toBe(4);
    limiter.forget('a');
    expect(limiter.numRequeues('a')).toBe(0);
    expect(limiter.when('a')).toBe(5);
  });

  it('caps the per-key backoff at the maximum', () => {
    const limiter = itemExponentialRateLimiter({ baseDelayMs: 5, maxDelayMs: 1_000_000 });
    const delays = Array.from({ length: 100 }, () => limiter.when('a'));
    expect(delays.at(-1)).toBe(1_000_000);
    expect(Math.max(...delays)).toBe(1_000_000);
  });

  it('lets a burst through a token bucket, then spaces the rest by 1/qps', () => {
    let now = 0;
    const bucket = tokenBucketRateLimiter({ qps: 10, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => bucket.when('x'))).toEqual([0, 0, 0]);
    expect(bucket.when('x')).toBeCloseTo(100);
    expect(bucket.when('y')).toBeCloseTo(200);
    // A second later the debt is paid and the bucket has refilled up to its burst.
    now = 1_000;
    expect(bucket.when('z')).toBe(0);
    now = 100_000;
    expect([1, 2, 3].map(() => bucket.when('x'))).toEqual([0, 0, 0]);
    expect(bucket.when('x')).toBeGreaterThan(0);
  });

  it('waits for the longer of the per-key backoff and the global bucket', () => {
    let now = 0;
    const limiter = maxOfRateLimiter(
      itemExponentialRateLimiter({ baseDelayMs: 5 }),
      tokenBucketRateLimiter({ qps: 1, burst: 1, now: () => now }),
    );
    expect(limiter.when('a')).toBe(5);
    // The bucket is empty now: the next retry waits a full second although key b has no failures.
    expect(limiter.when('b')).toBeCloseTo(1_000);
    now = 10_000;
    expect(limiter.when('a')).toBe(10);
    limiter.forget('a');
    expect(limiter.numRequeues('a')).toBe(0);
  });

  it('re-adds a rate-limited key only once its backoff has passed, and forget resets it', async () => {
    vi.useFakeTimers();
    const registry = new Registry();
    const queue = new WorkQueue({
      name: 'limited',
      registry,
      rateLimiter: itemExponentialRateLimiter({ baseDelayMs: 5 }),
    });
    queue.addRateLimited('a');
    expect(queue.numRequeues('a')).toBe(1);
    vi.advanceTimersByTime(4);
    expect(queue.len()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(queue.len()).toBe(1);
    expect(await queue.get()).toBe('a');
    queue.done('a');

    queue.addRateLimited('a');
    vi.advanceTimersByTime(9);
    expect(queue.len()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(queue.len()).toBe(1);
    expect(queue.numRequeues('a')).toBe(2);
    expect(await metricValue(registry, 'workqueue_retries_total', { name: 'limited' })).toBe(2);

    queue.forget('a');
    expect(queue.numRequeues('a')).toBe(0);
  });
});

describe('addAfter', () => {
  it('adds the key when the delay has passed', () => {
    vi.useFakeTimers();
    const queue = new WorkQueue({ name: 'after' });
    queue.addAfter('a', 100);
    vi.advanceTimersByTime(99);
    expect(queue.len()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(queue.len()).toBe(1);
  });

  it('keeps the earliest of several pending delays for one key', async () => {
    vi.useFakeTimers();
    const queue = new WorkQueue({ name: 'earliest' });
    queue.addAfter('a', 100);
    queue.addAfter('a', 10);
    queue.addAfter('a', 50);
    vi.advanceTimersByTime(10);
    expect(queue.len()).toBe(1);
    expect(await queue.get()).toBe('a');
    queue.done('a');
    vi.advanceTimersByTime(200);
    expect(queue.len()).toBe(0);
  });

  it('adds at once for a delay of zero', () => {
    const queue = new WorkQueue({ name: 'zero' });
    queue.addAfter('a', 0);
    expect(queue.len()).toBe(1);
  });
});

describe('shutdown', () => {
  it('stops handing out keys, drops waiting ones and ignores new adds', async () => {
    vi.useFakeTimers();
    const queue = new WorkQueue({ name: 'stop' });
    const waiting = queue.get();
    queue.add('a');
    expect(await waiting).toBe('a');
    const idle = queue.get();
    queue.shutDown();
    expect(await idle).toBeUndefined();
    queue.add('b');
    queue.addAfter('c', 10);
    queue.addRateLimited('d');
    vi.advanceTimersByTime(10_000);
    expect(queue.len()).toBe(0);
    expect(await queue.get()).toBeUndefined();
  });

  it('with drain, resolves only when every held key is done, and does not requeue dirty keys', async () => {
    const queue = new WorkQueue({ name: 'drain' });
    queue.add('a');
    queue.add('b');
    queue.add('c');
    expect(await queue.get()).toBe('a');
    expect(await queue.get()).toBe('b');
    queue.add('a');
    const drained = queue.shutDownWithDrain();
    expect(await settled(drained)).toBe(false);
    queue.done('a');
    expect(await settled(drained)).toBe(false);
    queue.done('b');
    expect(await settled(drained)).toBe(true);
    expect(queue.len()).toBe(0);
    expect(await queue.get()).toBeUndefined();
  });

  it('drains at once when nothing is held', async () => {
    const queue = new WorkQueue({ name: 'empty' });
    queue.add('a');
    expect(await settled(queue.shutDownWithDrain())).toBe(true);
  });
});

describe('metrics', () => {
  it('reports depth, time in queue, work time and unfinished work under controller-runtime names', async () => {
    let now = 0;
    const registry = new Registry();
    const never: RateLimiter = { when: () => 0, forget: () => {}, numRequeues: () => 0 };
    const queue = new WorkQueue({ name: 'm', registry, rateLimiter: never, now: () => now });
    const labels = { name: 'm' };
    queue.add('a');
    queue.add('b');
    queue.add('c');
    expect(await metricValue(registry, 'workqueue_depth', labels)).toBe(3);

    now = 2_000;
    expect(await queue.get()).toBe('a');
    now = 3_000;
    expect(await queue.get()).toBe('b');
    expect(await metricValue(registry, 'workqueue_depth', labels)).toBe(1);
    expect(
      await metricValue(
        registry,
        'workqueue_queue_duration_seconds',
        labels,
        'workqueue_queue_duration_seconds_sum',
      ),
    ).toBe(5);

    now = 6_000;
    // a has run 4 s and b 3 s.
    expect(await metricValue(registry, 'workqueue_unfinished_work_seconds', labels)).toBe(7);
    expect(await metricValue(registry, 'workqueue_longest_running_processor_seconds', labels)).toBe(4);

    queue.done('a');
    expect(
      await metricValue(
        registry,
        'workqueue_work_duration_seconds',
        labels,
        'workqueue_work_duration_seconds_count',
      ),
    ).toBe(1);
    expect(
      await metricValue(
        registry,
        'workqueue_work_duration_seconds',
        labels,
        'workqueue_work_duration_seconds_sum',
      ),
    ).toBe(4);
    expect(await metricValue(registry, 'workqueue_longest_running_processor_seconds', labels)).toBe(3);
  });

  it('lets two queues share a registry, told apart by name', async () => {
    const registry = new Registry();
    const one = new WorkQueue({ name: 'one', registry });
    const two = new WorkQueue({ name: 'two', registry });
    one.add('a');
    two.add('a');
    two.add('b');
    expect(await metricValue(registry, 'workqueue_depth', { name: 'one' })).toBe(1);
    expect(await metricValue(registry, 'workqueue_depth', { name: 'two' })).toBe(2);
  });
});
