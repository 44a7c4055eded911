// How many Server-Sent Events streams may be open at once, per person and per workspace. Each stream holds
// two Kubernetes watches for as long as it lasts, so without a cap one person opening forty tabs (or one
// script opening forty requests) holds eighty watches on the API server.
//
// Counted in Redis, so every replica shares the count: per person and per workspace a sorted set of the
// streams open, each scored with when its lease runs out. One Lua script drops lapsed leases, checks both
// counts and takes a slot in both sets, atomically, so concurrent opens never both take the last slot. An
// open stream renews its lease while it lasts and gives the slot back when it ends; the lease is what frees
// the slots of a replica that died without giving them back.
//
// When Redis cannot answer, this replica's own count stands in (the same limits, per replica), with a
// warning and a metric: a Redis outage neither takes progress views down nor lifts the cap.

import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import { ApiError } from '../errors.ts';

/** Drops lapsed leases, then takes a slot in every set unless one is full: {0, 0}, or {index of the full set, its count}. */
const ACQUIRE_SCRIPT = `
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local leaseMs = tonumber(ARGV[1])
for i = 1, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', nowMs)
end
for i = 1, #KEYS do
  local open = redis.call('ZCARD', KEYS[i])
  if open >= tonumber(ARGV[2 + i]) then
    return {i, open}
  end
end
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], nowMs + leaseMs, ARGV[2])
  redis.call('PEXPIRE', KEYS[i], leaseMs)
end
return {0, 0}
`;

/** Moves a slot's lease on in every set. */
const RENEW_SCRIPT = `
local now = redis.call('TIME')
local nowMs = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local leaseMs = tonumber(ARGV[1])
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], nowMs + leaseMs, ARGV[2])
  redis.call('PEXPIRE', KEYS[i], leaseMs)
end
return 1
`;

export interface StreamLimits {
  perUser: number;
  perWorkspace: number;
}

export interface StreamSlotsOptions extends StreamLimits {
  /** Prefix of the Redis keys. */
  keyPrefix: string;
  /** How long a slot is held without a renewal; renewed every third of it. */
  leaseMs?: number;
  /** How long a Redis call may take before this replica's own count is used instead. */
  timeoutMs?: number;
}

/** A stream's place in the count; give it back when the stream ends. */
export interface StreamSlot {
  release(): Promise<void>;
}

type Scope = 'user' | 'workspace';

type AcquireCommand = (
  userKey: string,
  workspaceKey: string,
  leaseMs: number,
  member: string,
  userLimit: number,
  workspaceLimit: number,
) => Promise<[number, number]>;
type RenewCommand = (
  userKey: string,
  workspaceKey: string,
  leaseMs: number,
  member: string,
) => Promise<number>;

function tooMany(scope: Scope, open: number, limit: number): ApiError {
  const message =
    scope === 'user'
      ? `You have ${open} event streams open, the most one person may have at once (${limit}); close one (another tab or window showing a site's progress) and try again`
      : `This workspace has ${open} event streams open, the most a workspace may have at once (${limit}); close one and try again`;
  return new ApiError('too_many_streams', message, { scope, open, limit });
}

export class StreamSlots {
  readonly #redis: Redis;
  readonly #options: Required<StreamSlotsOptions>;
  readonly #acquire: AcquireCommand;
  readonly #renew: RenewCommand;
  /** This replica's open streams per key, whatever Redis says: the count used while Redis is away. */
  readonly #local = new Map<string, number>();
  readonly #errors: Counter;
  #next = 0;
  readonly #replica = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

  constructor(redis: Redis, options: StreamSlotsOptions, registry: Registry) {
    this.#redis = redis;
    this.#options = { leaseMs: 60_000, timeoutMs: 1000, ...options };
    if (!('pagemagicStreamAcquire' in redis)) {
      redis.defineCommand('pagemagicStreamAcquire', { numberOfKeys: 2, lua: ACQUIRE_SCRIPT });
      redis.defineCommand('pagemagicStreamRenew', { numberOfKeys: 2, lua: RENEW_SCRIPT });
    }
    const commands = redis as unknown as {
      pagemagicStreamAcquire: AcquireCommand;
      pagemagicStreamRenew: RenewCommand;
    };
    this.#acquire = commands.pagemagicStreamAcquire.bind(redis);
    this.#renew = commands.pagemagicStreamRenew.bind(redis);
    const name = 'pagemagic_api_sse_limit_errors_total';
    this.#errors =
      (registry.getSingleMetric(name) as Counter | undefined) ??
      new Counter({
        name,
        help: 'Event streams whose shared count could not be checked (Redis unavailable) and were counted on this replica alone',
        registers: [registry],
      });
  }

  /** A slot for one more stream of `user` in `workspace`; 429 `too_many_streams` when either is at its limit. */
  async acquire(owner: { user: string; workspace: string }, log: FastifyBaseLogger): Promise<StreamSlot> {
    const { keyPrefix, leaseMs, perUser, perWorkspace } = this.#options;
    const keys = [`${keyPrefix}:user:${owner.user}`, `${keyPrefix}:workspace:${owner.workspace}`] as const;
    const member = `${this.#replica}-${this.#next++}`;
    let shared = true;
    try {
      const [full, open] = await this.#withTimeout(
        this.#acquire(keys[0], keys[1], leaseMs, member, perUser, perWorkspace),
      );
      if (full === 1) throw tooMany('user', open, perUser);
      if (full === 2) throw tooMany('workspace', open, perWorkspace);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      shared = false;
      this.#errors.inc();
      log.warn({ err: error }, 'event streams cannot be counted in Redis; counting this replica alone');
      const [userOpen, workspaceOpen] = keys.map((key) => this.#local.get(key) ?? 0) as [number, number];
      if (userOpen >= perUser) throw tooMany('user', userOpen, perUser);
      if (workspaceOpen >= perWorkspace) throw tooMany('workspace', workspaceOpen, perWorkspace);
    }
    for (const key of keys) this.#local.set(key, (this.#local.get(key) ?? 0) + 1);

    const renewal = shared
      ? setInterval(() => {
          this.#withTimeout(this.#renew(keys[0], keys[1], leaseMs, member)).catch((error: unknown) =>
            log.warn({ err: error }, 'could not renew an event stream slot'),
          );
        }, leaseMs / 3)
      : undefined;
    renewal?.unref();
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(renewal);
        for (const key of keys) {
          const left = (this.#local.get(key) ?? 1) - 1;
          if (left > 0) this.#local.set(key, left);
          else this.#local.delete(key);
        }
        if (!shared) return;
        // Should this fail, the lease runs out and frees the slot all the same.
        await this.#withTimeout(
          this.#redis
            .multi()
            .zrem(keys[0], member)
            .zrem(keys[1], member)
            .exec()
            .then(() => undefined),
        ).catch((error: unknown) => log.warn({ err: error }, 'could not give back an event stream slot'));
      },
    };
  }

  async #withTimeout<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        promise,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Redis did not answer within ${this.#options.timeoutMs} ms`)),
            this.#options.timeoutMs,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
