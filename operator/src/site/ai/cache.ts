// The response cache. It only saves money and time, so it must never cost a generation: an absent or slow
// Redis turns into a miss (reads) or a skipped write after at most about a second, not an error.

import { Redis } from 'ioredis';

export interface ResponseCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

const WAIT_MS = 1000;

/** A cache on Redis at `url`; the connection opens on first use and reconnects in the background. */
export function createRedisCache(url: string): ResponseCache {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: WAIT_MS,
    commandTimeout: WAIT_MS,
    maxRetriesPerRequest: 0,
    // Commands fail at once while disconnected instead of queueing until Redis comes back.
    enableOfflineQueue: false,
  });
  // Without a listener ioredis reports connection errors as unhandled 'error' events.
  redis.on('error', () => {});
  let closed = false;

  function ready(): Promise<boolean> {
    if (redis.status === 'ready') return Promise.resolve(true);
    if (closed) return Promise.resolve(false);
    if (redis.status === 'wait' || redis.status === 'end') redis.connect().catch(() => {});
    return new Promise((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer);
        redis.off('ready', onReady);
        resolve(value);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), WAIT_MS);
      redis.once('ready', onReady);
    });
  }

  return {
    async get(key) {
      try {
        return (await ready()) ? ((await redis.get(key)) ?? undefined) : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, value, ttlSeconds) {
      try {
        // No waiting here: a read just waited, and a lost write only costs the next identical call a request.
        if (redis.status === 'ready') await redis.set(key, value, 'EX', ttlSeconds);
      } catch {
        // as above
      }
    },
    async close() {
      closed = true;
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
