// Retry pacing for the work queue, after client-go's DefaultControllerRateLimiter: each key backs off
// exponentially on its own, and a global token bucket keeps a storm of failures from hammering the API
// server; a retry waits for whichever is longer. Pure apart from the clock, which is passed in.

export interface RateLimiter {
  /** How long to wait (ms) before `key` is retried; counts as one more failure of `key`. */
  when(key: string): number;
  /** Forgets `key`'s failures: the next `when` starts from the shortest delay again. */
  forget(key: string): void;
  numRequeues(key: string): number;
}

export interface ItemBackoffOptions {
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/** base × 2^failures, capped: 5 ms, 10 ms, 20 ms … 1000 s by default. */
export function itemExponentialRateLimiter(options: ItemBackoffOptions = {}): RateLimiter {
  const base = options.baseDelayMs ?? 5;
  const max = options.maxDelayMs ?? 1_000_000;
  const failures = new Map<string, number>();
  return {
    when(key) {
      const count = failures.get(key) ?? 0;
      failures.set(key, count + 1);
      // Past 2^60 the multiplication overflows to Infinity anyway; cap before that.
      return Math.min(base * 2 ** Math.min(count, 60), max);
    },
    forget: (key) => failures.delete(key),
    numRequeues: (key) => failures.get(key) ?? 0,
  };
}

export interface TokenBucketOptions {
  /** Tokens added per second. */
  qps?: number;
  /** Bucket size: how many retries may go at once before pacing starts. */
  burst?: number;
  now?: () => number;
}

/**
 * A token bucket that hands out reservations, like Go's rate.Limiter: a caller that finds it empty takes a
 * token from the future and is told how long to wait for it, so a burst of N failures spreads evenly.
 */
export function tokenBucketRateLimiter(options: TokenBucketOptions = {}): RateLimiter {
  const qps = options.qps ?? 10;
  const burst = options.burst ?? 100;
  const now = options.now ?? (() => performance.now());
  let tokens = burst;
  let last = now();
  return {
    when() {
      const at = now();
      tokens = Math.min(burst, tokens + ((at - last) * qps) / 1000);
      last = at;
      tokens -= 1;
      return tokens >= 0 ? 0 : (-tokens / qps) * 1000;
    },
    forget: () => {},
    numRequeues: () => 0,
  };
}

/** The longest wait any of `limiters` asks for. */
export function maxOfRateLimiter(...limiters: RateLimiter[]): RateLimiter {
  return {
    when: (key) => Math.max(0, ...limiters.map((limiter) => limiter.when(key))),
    forget: (key) => {
      for (const limiter of limiters) limiter.forget(key);
    },
    numRequeues: (key) => Math.max(0, ...limiters.map((limiter) => limiter.numRequeues(key))),
  };
}

export interface ControllerRateLimiterOptions extends ItemBackoffOptions, TokenBucketOptions {}

/** Per-key 5 ms … 1000 s backoff combined with a 10 qps, burst 100 bucket: client-go's default. */
export function defaultControllerRateLimiter(options: ControllerRateLimiterOptions = {}): RateLimiter {
  return maxOfRateLimiter(itemExponentialRateLimiter(options), tokenBucketRateLimiter(options));
}

/**
 * The wait before retry number `attempt` (1, 2, …) of a reconnecting loop: initial × 2^(attempt-1), capped,
 * then spread by ±50 % so that many clients cut off together do not come back together.
 */
export function jitteredBackoff(
  attempt: number,
  initialMs: number,
  maxMs: number,
  random = Math.random(),
): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return base * (0.5 + random);
}
