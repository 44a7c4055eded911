// Fixed-window counters in Redis. One Lua script adds to a key and starts its window on the first hit,
// atomically, so concurrent requests on any replica never both see "first" and never leave a counter
// without an expiry. A fixed window admits at most twice the budget across a window boundary; that is the
// price of one key per budget, and the budgets are set with it in mind.
//
// Strict budgets (sign-in) ask Redis on every request. The others ask it once per key and window, then
// count in process and send the counts in one pipeline every `flushMs`: a signed-in request then costs no
// Redis round trip at all. One process counts exactly, as every hit of a key is counted in the same place;
// with several replicas, each can admit at most what the others admitted in the last `flushMs` beyond the
// budget before it sees their counts.

import type { Redis } from 'ioredis';

const HIT_SCRIPT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

export interface Budget {
  /** What is counted, for messages and metrics: ip, user, email. */
  scope: string;
  /** The Redis key, without the prefix. */
  key: string;
  limit: number;
}

export interface BudgetState {
  scope: string;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the budget is whole again (at least 1). */
  resetSeconds: number;
  allowed: boolean;
}

type HitCommand = (key: string, windowMs: number, increment: number) => Promise<[number, number]>;

/** One budget's count in this process, for the window Redis started. */
interface LocalCount {
  /** The count every replica had reached, as Redis last answered. */
  shared: number;
  /** Hits counted here since then, not yet sent. */
  pending: number;
  /** Milliseconds since the epoch when the window ends. */
  resetAt: number;
  /** The window's first hit, while Redis has not answered it. */
  opening?: Promise<unknown>;
}

export interface RateLimiterOptions {
  keyPrefix: string;
  windowSeconds: number;
  timeoutMs?: number;
  /** How often counts made in process are sent to Redis; 100 ms by default. */
  flushMs?: number;
  /** Told when sending counts fails; they are kept and sent with the next flush. */
  onFlushError?: (error: unknown) => void;
}

export class RateLimiter {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #windowMs: number;
  readonly #timeoutMs: number;
  readonly #hit: HitCommand;
  readonly #local = new Map<string, LocalCount>();
  readonly #timer: NodeJS.Timeout;
  readonly #onFlushError: (error: unknown) => void;
  #flushing: Promise<void> | undefined;

  constructor(redis: Redis, options: RateLimiterOptions) {
    this.#redis = redis;
    this.#prefix = options.keyPrefix;
    this.#windowMs = options.windowSeconds * 1000;
    this.#timeoutMs = options.timeoutMs ?? 1000;
    this.#onFlushError = options.onFlushError ?? (() => {});
    // EVALSHA with a fallback to EVAL, so the script body crosses the wire once per connection.
    if (!('pagemagicRateLimitHit' in redis)) {
      redis.defineCommand('pagemagicRateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    }
    const command = (redis as unknown as { pagemagicRateLimitHit: HitCommand }).pagemagicRateLimitHit;
    this.#hit = command.bind(redis);
    this.#timer = setInterval(() => void this.flush(), options.flushMs ?? 100);
    this.#timer.unref();
  }

  /**
   * Counts one request against `budget`. Strict budgets are counted in Redis every time; the others in
   * process after the window's first hit. Rejects when Redis cannot answer within the timeout.
   */
  async hit(budget: Budget, strict = false): Promise<BudgetState> {
    const key = `${this.#prefix}:${budget.key}`;
    if (strict) {
      const [count, ttl] = await this.#remote(key, 1);
      return state(budget, count, ttl);
    }
    let entry = this.#local.get(key);
    if (entry && entry.resetAt <= Date.now() && !entry.opening) {
      // The window is over; hits not sent yet belonged to it and are dropped with it.
      this.#local.delete(key);
      entry = undefined;
    }
    if (!entry) {
      // The window's first hit asks Redis, so a budget starts from the count every replica shares.
      const opened: LocalCount = { shared: 0, pending: 0, resetAt: 0 };
      const answer = this.#remote(key, 1);
      opened.opening = answer;
      this.#local.set(key, opened);
      try {
        const [count, ttl] = await answer;
        opened.shared = count;
        opened.resetAt = Date.now() + ttl;
        return state(budget, count, ttl);
      } catch (error) {
        this.#local.delete(key);
        throw error;
      } finally {
        opened.opening = undefined;
      }
    }
    if (entry.opening) await entry.opening;
    entry.pending += 1;
    return state(budget, entry.shared + entry.pending, entry.resetAt - Date.now());
  }

  /** Sends the counts made in process, in one pipeline, and learns what the other replicas counted. */
  flush(): Promise<void> {
    this.#flushing ??= this.#flush().finally(() => {
      this.#flushing = undefined;
    });
    return this.#flushing;
  }

  async #flush(): Promise<void> {
    const now = Date.now();
    const sending: Array<[string, LocalCount, number]> = [];
    for (const [key, entry] of this.#local) {
      if (entry.opening) continue;
      if (entry.resetAt <= now) this.#local.delete(key);
      else if (entry.pending > 0) sending.push([key, entry, entry.pending]);
    }
    if (sending.length === 0) return;
    const pipeline = this.#redis.pipeline() as unknown as {
      exec(): Promise<Array<[Error | null, unknown]>>;
    } & {
      pagemagicRateLimitHit(key: string, windowMs: number, increment: number): void;
    };
    for (const [key, , increment] of sending) pipeline.pagemagicRateLimitHit(key, this.#windowMs, increment);
    try {
      const answers = await pipeline.exec();
      sending.forEach(([, entry, increment], index) => {
        const [error, reply] = answers[index] ?? [new Error('no answer')];
        if (error) throw error;
        const [count, ttl] = reply as [number, number];
        entry.pending -= increment;
        entry.shared = count;
        entry.resetAt = Date.now() + ttl;
      });
    } catch (error) {
      this.#onFlushError(error);
    }
  }

  /** Stops the flush timer and sends what is left. */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.flush().catch(() => {});
  }

  async #remote(key: string, increment: number): Promise<[number, number]> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.#hit(key, this.#windowMs, increment),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Redis did not answer within ${this.#timeoutMs} ms`)),
            this.#timeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  get windowSeconds(): number {
    return this.#windowMs / 1000;
  }
}

function state(budget: Budget, count: number, ttlMs: number): BudgetState {
  return {
    scope: budget.scope,
    limit: budget.limit,
    remaining: Math.max(0, budget.limit - count),
    resetSeconds: Math.max(1, Math.ceil(ttlMs / 1000)),
    allowed: count <= budget.limit,
  };
}

/**
 * The address a client is counted by. IPv6 clients are counted by their /64, the block one subscriber
 * usually holds, so walking through the addresses of one's own prefix does not buy a fresh budget.
 */
export function clientAddressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('%')[0]?.split('::') ?? [];
  const left = head === '' ? [] : head.split(':');
  const right = ip.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group || '0', 16).toString(16))
    .join(':')}::/64`;
}
