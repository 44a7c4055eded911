// Fixed-window counters in Redis. One Lua script increments a key and starts its window on the first hit,
// atomically, so concurrent requests on any replica never both see "first" and never leave a counter
// without an expiry. A fixed window admits at most twice the budget across a window boundary; that is the
// price of one round trip and one key per budget, and the budgets are set with it in mind.

import type { Redis } from 'ioredis';

const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
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

type HitCommand = (key: string, windowMs: number) => Promise<[number, number]>;

export class RateLimiter {
  readonly #prefix: string;
  readonly #windowMs: number;
  readonly #timeoutMs: number;
  readonly #hit: HitCommand;

  constructor(redis: Redis, options: { keyPrefix: string; windowSeconds: number; timeoutMs?: number }) {
    this.#prefix = options.keyPrefix;
    this.#windowMs = options.windowSeconds * 1000;
    this.#timeoutMs = options.timeoutMs ?? 1000;
    // EVALSHA with a fallback to EVAL, so the script body crosses the wire once per connection.
    if (!('pagemagicRateLimitHit' in redis)) {
      redis.defineCommand('pagemagicRateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    }
    const command = (redis as unknown as { pagemagicRateLimitHit: HitCommand }).pagemagicRateLimitHit;
    this.#hit = command.bind(redis);
  }

  /** Counts one request against `budget`; rejects when Redis cannot answer within the timeout. */
  async hit(budget: Budget): Promise<BudgetState> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const [count, ttl] = await Promise.race([
        this.#hit(`${this.#prefix}:${budget.key}`, this.#windowMs),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Redis did not answer within ${this.#timeoutMs} ms`)),
            this.#timeoutMs,
          );
        }),
      ]);
      return {
        scope: budget.scope,
        limit: budget.limit,
        remaining: Math.max(0, budget.limit - count),
        resetSeconds: Math.max(1, Math.ceil(ttl / 1000)),
        allowed: count <= budget.limit,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  get windowSeconds(): number {
    return this.#windowMs / 1000;
  }
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
