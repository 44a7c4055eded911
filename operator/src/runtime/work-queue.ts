// A keyed work queue with client-go's guarantees: a key waits in the queue at most once however often it is
// added, and is handed to one worker at a time; a key added while a worker holds it is queued again once
// that worker is done ("dirty while processing"). Retries are paced by a rate limiter.
//
// One deliberate difference from client-go: after shutDown, keys still waiting are dropped instead of
// handed out. Shutdown means "stop taking new work"; the next leader lists everything afresh anyway.

import { Registry } from 'prom-client';
import { computedGauge, counter, gauge, histogram, WORK_QUEUE_BUCKETS } from './metrics.ts';
import { defaultControllerRateLimiter, type RateLimiter } from './rate-limit.ts';

export interface WorkQueueOptions {
  /** The `name` label of the workqueue_* metrics. */
  name: string;
  rateLimiter?: RateLimiter;
  registry?: Registry;
  /** Milliseconds on a monotonic clock. */
  now?: () => number;
}

type Waiter = (key: string | undefined) => void;

/** A FIFO of keys with O(1) take, where Array#shift would copy a 10,000-key backlog on every call. */
class Fifo {
  #items: string[] = [];
  #head = 0;

  get length(): number {
    return this.#items.length - this.#head;
  }

  push(key: string): void {
    this.#items.push(key);
  }

  shift(): string | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const key = this.#items[this.#head];
    this.#head += 1;
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return key;
  }

  clear(): void {
    this.#items = [];
    this.#head = 0;
  }
}

export class WorkQueue {
  readonly name: string;
  readonly #limiter: RateLimiter;
  readonly #now: () => number;
  readonly #queue = new Fifo();
  /** Keys that need processing: waiting in the queue, or added again while being processed. */
  readonly #dirty = new Set<string>();
  /** Keys a worker holds, with when it took them. */
  readonly #processing = new Map<string, number>();
  /** When each dirty key was added, for the time-in-queue histogram. */
  readonly #addedAt = new Map<string, number>();
  readonly #delayed = new Map<string, { readyAt: number; timer: NodeJS.Timeout }>();
  readonly #waiters: Waiter[] = [];
  readonly #drained: Array<() => void> = [];
  #shuttingDown = false;
  readonly #metrics;

  constructor(options: WorkQueueOptions) {
    this.name = options.name;
    this.#limiter = options.rateLimiter ?? defaultControllerRateLimiter();
    this.#now = options.now ?? (() => performance.now());
    const registry = options.registry ?? new Registry();
    const labels = { name: this.name };
    this.#metrics = {
      labels,
      depth: gauge(registry, 'workqueue_depth', 'Current depth of workqueue', ['name']),
      adds: counter(registry, 'workqueue_adds_total', 'Total number of adds handled by workqueue', ['name']),
      queueDuration: histogram(
        registry,
        'workqueue_queue_duration_seconds',
        'How long in seconds an item stays in workqueue before being requested',
        ['name'],
        WORK_QUEUE_BUCKETS,
      ),
      workDuration: histogram(
        registry,
        'workqueue_work_duration_seconds',
        'How long in seconds processing an item from workqueue takes',
        ['name'],
        WORK_QUEUE_BUCKETS,
      ),
      retries: counter(registry, 'workqueue_retries_total', 'Total number of retries handled by workqueue', [
        'name',
      ]),
    };
    this.#metrics.depth.set(labels, 0);
    this.#metrics.adds.inc(labels, 0);
    this.#metrics.retries.inc(labels, 0);
    computedGauge(
      registry,
      'workqueue_unfinished_work_seconds',
      'How many seconds of work has been done that is in progress and has not been observed by work_duration',
      ['name'],
      (metric) => metric.set(labels, this.#runningSeconds().total),
    );
    computedGauge(
      registry,
      'workqueue_longest_running_processor_seconds',
      'How many seconds has the longest running processor for workqueue been running',
      ['name'],
      (metric) => metric.set(labels, this.#runningSeconds().longest),
    );
  }

  #runningSeconds(): { total: number; longest: number } {
    const now = this.#now();
    let total = 0;
    let longest = 0;
    for (const startedAt of this.#processing.values()) {
      const seconds = (now - startedAt) / 1000;
      total += seconds;
      longest = Math.max(longest, seconds);
    }
    return { total, longest };
  }

  /** Queues `key` unless it is already waiting; a key being processed is queued again when it is done. */
  add(key: string): void {
    if (this.#shuttingDown || this.#dirty.has(key)) return;
    this.#dirty.add(key);
    this.#addedAt.set(key, this.#now());
    this.#metrics.adds.inc(this.#metrics.labels);
    if (this.#processing.has(key)) return;
    this.#push(key);
  }

  /** Adds `key` once `delayMs` has passed; of several pending delays for one key the earliest wins. */
  addAfter(key: string, delayMs: number): void {
    if (this.#shuttingDown) return;
    if (delayMs <= 0) {
      this.add(key);
      return;
    }
    const readyAt = this.#now() + delayMs;
    const pending = this.#delayed.get(key);
    if (pending !== undefined) {
      if (pending.readyAt <= readyAt) return;
      clearTimeout(pending.timer);
    }
    const timer = setTimeout(() => {
      this.#delayed.delete(key);
      this.add(key);
    }, delayMs);
    this.#delayed.set(key, { readyAt, timer });
  }

  /** Adds `key` after the rate limiter's delay: one more failure of `key`. */
  addRateLimited(key: string): void {
    if (this.#shuttingDown) return;
    this.#metrics.retries.inc(this.#metrics.labels);
    this.addAfter(key, this.#limiter.when(key));
  }

  /** Resets `key`'s backoff. Call it when `key` was processed successfully, and only then. */
  forget(key: string): void {
    this.#limiter.forget(key);
  }

  numRequeues(key: string): number {
    return this.#limiter.numRequeues(key);
  }

  /** Keys waiting to be handed out. */
  len(): number {
    return this.#queue.length;
  }

  /** Keys currently held by workers. */
  processingCount(): number {
    return this.#processing.size;
  }

  isShuttingDown(): boolean {
    return this.#shuttingDown;
  }

  /**
   * The next key, once there is one; the caller owns it until it calls `done(key)`. Resolves to undefined
   * when the queue shuts down: the worker should then exit.
   */
  get(): Promise<string | undefined> {
    if (this.#shuttingDown) return Promise.resolve(undefined);
    if (this.#queue.length > 0) return Promise.resolve(this.#take());
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Releases `key`; if it was added meanwhile, it is queued again now. */
  done(key: string): void {
    const startedAt = this.#processing.get(key);
    if (startedAt === undefined) return;
    this.#processing.delete(key);
    this.#metrics.workDuration.observe(this.#metrics.labels, (this.#now() - startedAt) / 1000);
    if (!this.#shuttingDown && this.#dirty.has(key)) this.#push(key);
    if (this.#processing.size === 0) {
      for (const resolve of this.#drained.splice(0)) resolve();
    }
  }

  /** Stops handing out keys at once; keys still waiting are dropped, and later adds are ignored. */
  shutDown(): void {
    if (!this.#shuttingDown) {
      this.#shuttingDown = true;
      for (const { timer } of this.#delayed.values()) clearTimeout(timer);
      this.#delayed.clear();
      this.#queue.clear();
      for (const key of [...this.#dirty]) {
        if (!this.#processing.has(key)) this.#dirty.delete(key);
      }
      this.#addedAt.clear();
      this.#metrics.depth.set(this.#metrics.labels, 0);
    }
    for (const resolve of this.#waiters.splice(0)) resolve(undefined);
  }

  /** shutDown, then wait until every key a worker holds is done. */
  shutDownWithDrain(): Promise<void> {
    this.shutDown();
    if (this.#processing.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#drained.push(resolve));
  }

  #push(key: string): void {
    const waiter = this.#waiters.shift();
    if (waiter !== undefined) {
      this.#queue.push(key);
      waiter(this.#take());
      return;
    }
    this.#queue.push(key);
    this.#metrics.depth.set(this.#metrics.labels, this.#queue.length);
  }

  #take(): string | undefined {
    const key = this.#queue.shift();
    if (key === undefined) return undefined;
    const now = this.#now();
    this.#processing.set(key, now);
    this.#dirty.delete(key);
    const addedAt = this.#addedAt.get(key);
    this.#addedAt.delete(key);
    if (addedAt !== undefined)
      this.#metrics.queueDuration.observe(this.#metrics.labels, (now - addedAt) / 1000);
    this.#metrics.depth.set(this.#metrics.labels, this.#queue.length);
    return key;
  }
}
