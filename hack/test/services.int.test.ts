// Ground-floor checks that the services from hack/services.sh are up and do
// what the rest of Page Magic relies on. Start them first: `bash hack/services.sh up`.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  AckPolicy,
  type JetStreamClient,
  type JetStreamManager,
  type NatsConnection,
  nanos,
  connect as natsConnect,
  StringCodec,
} from 'nats';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localServices } from '../testkit/env.ts';

// Unique per run so parallel and repeated runs never share names.
const runId = `${Date.now().toString(36)}_${randomUUID().slice(0, 8)}`;
const hint = 'is it running? Start it with `bash hack/services.sh up`';

// DATABASE_URL may point at a real server; keep its password out of test output.
function redacted(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

describe('PostgreSQL', () => {
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: localServices.postgresUrl, connectionTimeoutMillis: 5000 });
    try {
      await db.connect();
    } catch (err) {
      throw new Error(`cannot connect to PostgreSQL at ${redacted(localServices.postgresUrl)}; ${hint}`, {
        cause: err,
      });
    }
  });

  afterAll(async () => {
    await db?.end();
  });

  const table = `pm_test_${runId}`;

  it('creates a temp table, inserts and selects', async () => {
    await db.query(`CREATE TEMP TABLE ${table} (id serial PRIMARY KEY, name text NOT NULL)`);
    await db.query(`INSERT INTO ${table} (name) VALUES ($1), ($2)`, ['alpha', 'beta']);
    const { rows } = await db.query<{ name: string }>(`SELECT name FROM ${table} ORDER BY id`);
    expect(rows.map((r) => r.name)).toEqual(['alpha', 'beta']);
  });

  it('rolls back a transaction', async () => {
    await db.query('BEGIN');
    await db.query(`INSERT INTO ${table} (name) VALUES ($1)`, ['gamma']);
    const inside = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    expect(Number(inside.rows[0]?.n)).toBe(3);
    await db.query('ROLLBACK');
    const after = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    expect(Number(after.rows[0]?.n)).toBe(2);
  });
});

describe('Redis', () => {
  let redis: Redis;
  const key = `pm:test:${runId}`;

  beforeAll(async () => {
    redis = new Redis(localServices.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
    } catch (err) {
      throw new Error(`cannot connect to Redis at ${localServices.redisUrl}; ${hint}`, { cause: err });
    }
  });

  afterAll(async () => {
    if (!redis) return;
    await redis.del(key, `${key}:counter`);
    await redis.quit();
  });

  it('sets a value with a TTL and reads it back', async () => {
    expect(await redis.set(key, 'hello', 'EX', 30)).toBe('OK');
    expect(await redis.get(key)).toBe('hello');
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(30);
  });

  it('increments atomically in a Lua script', async () => {
    // Increment and set the expiry in one step, as a rate limiter would.
    const script = `
      local n = redis.call('INCRBY', KEYS[1], ARGV[1])
      redis.call('EXPIRE', KEYS[1], ARGV[2])
      return n`;
    const counter = `${key}:counter`;
    expect(await redis.eval(script, 1, counter, 2, 60)).toBe(2);
    expect(await redis.eval(script, 1, counter, 3, 60)).toBe(5);
    expect(await redis.get(counter)).toBe('5');
    expect(await redis.ttl(counter)).toBeGreaterThan(0);
  });
});

describe('NATS JetStream', () => {
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let js: JetStreamClient;
  const stream = `PM_TEST_${runId}`.toUpperCase();
  const subject = `pm.test.${runId}`;
  const durable = `worker_${runId}`;
  const sc = StringCodec();

  beforeAll(async () => {
    try {
      nc = await natsConnect({ servers: localServices.natsUrl, timeout: 5000, maxReconnectAttempts: 0 });
    } catch (err) {
      throw new Error(`cannot connect to NATS at ${localServices.natsUrl}; ${hint}`, { cause: err });
    }
    jsm = await nc.jetstreamManager();
    js = nc.jetstream();
  });

  afterAll(async () => {
    if (!nc) return;
    await jsm?.streams.delete(stream).catch(() => undefined);
    await nc.drain();
  });

  it('creates or updates a stream', async () => {
    const config = { name: stream, subjects: [subject], duplicate_window: nanos(60_000) };
    const info = await jsm.streams.add(config).catch(async (err: unknown) => {
      // A stream left from an earlier attempt with the same name is updated in place.
      if (!String(err).includes('already in use')) throw err;
      return jsm.streams.update(stream, config);
    });
    expect(info.config.name).toBe(stream);
  });

  it('de-duplicates a publish with the same msgID', async () => {
    const msgID = `msg-${runId}`;
    const first = await js.publish(subject, sc.encode('build site'), { msgID });
    expect(first.duplicate).toBe(false);
    const second = await js.publish(subject, sc.encode('build site'), { msgID });
    expect(second.duplicate).toBe(true);
    expect(second.seq).toBe(first.seq);
    const info = await jsm.streams.info(stream);
    expect(info.state.messages).toBe(1);
  });

  it('delivers to a durable pull consumer and clears pending on ack', async () => {
    await jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      filter_subject: subject,
    });
    const consumer = await js.consumers.get(stream, durable);
    expect((await consumer.info()).num_pending).toBe(1);

    const msg = await consumer.next({ expires: 5000 });
    expect(msg, 'no message arrived within 5s').not.toBeNull();
    if (!msg) return;
    expect(sc.decode(msg.data)).toBe('build site');
    expect((await consumer.info()).num_ack_pending).toBe(1);

    // ackAck waits for the server to confirm, so the counts below are settled.
    expect(await msg.ackAck()).toBe(true);
    const info = await consumer.info();
    expect(info.num_pending).toBe(0);
    expect(info.num_ack_pending).toBe(0);
  });
});

describe('Prometheus', () => {
  const base = localServices.prometheusUrl;

  async function api<T>(path: string): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(5000) });
    } catch (err) {
      throw new Error(`cannot reach Prometheus at ${base}; ${hint}`, { cause: err });
    }
    if (!res.ok) throw new Error(`GET ${base}${path} returned ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { status: string; data: T };
    expect(body.status).toBe('success');
    return body.data;
  }

  it('scrapes at least one healthy target', { timeout: 40_000 }, async () => {
    type Targets = { activeTargets: { health: string; scrapeUrl: string; lastError: string }[] };
    const deadline = Date.now() + 30_000;
    let targets: Targets['activeTargets'] = [];
    while (Date.now() < deadline) {
      targets = (await api<Targets>('/api/v1/targets?state=active')).activeTargets;
      if (targets.some((t) => t.health === 'up')) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(
      targets.filter((t) => t.health === 'up'),
      `no target up after 30s: ${JSON.stringify(targets)}`,
    ).not.toHaveLength(0);
  });

  it('answers an instant query for `up` with 1', async () => {
    type Vector = {
      resultType: string;
      result: { metric: Record<string, string>; value: [number, string] }[];
    };
    const data = await api<Vector>(`/api/v1/query?query=${encodeURIComponent('up')}`);
    expect(data.resultType).toBe('vector');
    expect(data.result.map((r) => r.value[1])).toContain('1');
  });
});
