// API benchmark: `GET /api/v1/sites` of a signed-in demo owner with a few sites, against a bare fastify
// route started by this script as the peer, in the same run, with autocannon as the load generator.
//
//   node hack/bench/api.ts [--seconds 10] [--rate 1000] [--connections 32] [--sites 3]
//
// The servers run in a child process of their own (the API exactly as the integration tests run it: its
// own database, the local Redis, NATS and cluster; and beside it a fastify app with one route answering a
// small JSON body), so the load generators in this process do not take CPU from the event loop they
// measure. For each target: the most requests a second it answers (autocannon, `--connections` at once, no
// rate), then latency at a constant `--rate` requests a second (vegeta, hack/tools/vegeta: open loop, one
// request every 1/rate s whatever the answers do). autocannon's own rate mode is not used for that: each
// connection sends its quota for the second back to back and then waits for the next second, so it
// measures a burst at full speed once a second, not a steady rate. Per-request costs behind the API's
// answer are counted too: PostgreSQL transactions of its database and Redis commands (all clients of the
// shared Redis) per request.

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import pg from 'pg';
import { localServices, repoRoot } from '../testkit/env.ts';

const self = fileURLToPath(import.meta.url);

interface Served {
  apiUrl: string;
  internalUrl: string;
  bareUrl: string;
  token: string;
  database: string;
  sites: number;
}

/** The child: the API as the tests run it, a demo owner with sites, and the bare peer. */
async function serve(sites: number): Promise<void> {
  const { startTestApi } = await import('../../api/test/helpers/test-api.ts');
  const { createSite } = await import('../../api/src/contract/sites.ts');
  const budget = '100000000';
  const api = await startTestApi({
    // Rate limits stay on (their Redis round trips are part of each request), with budgets this run cannot
    // reach.
    env: {
      PAGEMAGIC_RATE_LIMIT_PER_USER: budget,
      PAGEMAGIC_RATE_LIMIT_PER_IP: budget,
    },
  });
  const { tokens } = await api.signUp('owner@demo.pagemagic.localhost', 'Demo Owner');
  const client = api.client(tokens);
  const prompts = [
    'A family bakery in Porto with sourdough and pastel de nata',
    'A bike repair shop in Leeds',
    'A yoga studio in Lisbon with morning classes',
  ];
  for (let i = 0; i < sites; i++) {
    await client.call(createSite, {
      body: { prompt: prompts[i % prompts.length] as string, name: `demo-${i + 1}` },
    });
  }
  const bare = Fastify({ logger: false });
  bare.get('/api/v1/sites', async () => ({
    items: Array.from({ length: sites }, (_, i) => ({ id: `demo-${i + 1}`, status: { phase: 'writing' } })),
  }));
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
  const served: Served = {
    apiUrl: api.url,
    internalUrl: api.internalUrl,
    bareUrl,
    token: tokens.accessToken,
    database: api.database,
    sites,
  };
  process.stdout.write(`${JSON.stringify(served)}\n`);
  const stop = async () => {
    await bare.close();
    await api.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

async function startServers(sites: number): Promise<{ child: ChildProcess; served: Served }> {
  const child = spawn(process.execPath, [self, '--serve', '--sites', String(sites)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const served = await new Promise<Served>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolve(JSON.parse(line) as Served);
    });
    child.once('exit', (code) => reject(new Error(`the servers exited with ${code} before they were ready`)));
  });
  return { child, served };
}

/** What vegeta's JSON report says of a constant-rate run. */
interface Steady {
  rate: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

/** `rate` requests a second for `seconds`, open loop, with vegeta; its report, in milliseconds. */
async function steadyRate(url: string, token: string, rate: number, seconds: number): Promise<Steady> {
  const vegeta = join(repoRoot, 'hack', 'bin', 'vegeta');
  const attack = spawn(vegeta, ['attack', `-rate=${rate}/s`, `-duration=${seconds}s`, '-timeout=10s'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  attack.stdin.end(`GET ${url}\nAuthorization: Bearer ${token}\n\n`);
  const report = spawn(vegeta, ['report', '-type=json'], { stdio: [attack.stdout, 'pipe', 'inherit'] });
  let text = '';
  for await (const chunk of report.stdout) text += chunk;
  const [code] = (await once(report, 'exit')) as [number | null];
  if (code !== 0)
    throw new Error(`vegeta report exited with ${code}; build it with bash hack/tools/build.sh bench`);
  const answer = JSON.parse(text) as {
    rate: number;
    requests: number;
    success: number;
    latencies: { '50th': number; '99th': number };
  };
  return {
    rate: answer.rate,
    p50Ms: answer.latencies['50th'] / 1e6,
    p99Ms: answer.latencies['99th'] / 1e6,
    failed: Math.round(answer.requests * (1 - answer.success)),
  };
}

interface Row {
  name: string;
  max: Result;
  steady: Steady;
  pgPerRequest?: number;
  kubePerRequest?: number;
  redisPerRequest?: number;
}

/** Kubernetes requests the API has made other than its watches. */
async function kubeReads(internalUrl: string): Promise<number> {
  const text = await (await fetch(`${internalUrl}/metrics`)).text();
  let total = 0;
  for (const match of text.matchAll(/^pagemagic_kube_requests_total\{([^}]*)\} (\d+)/gm)) {
    if (!(match[1] as string).includes('verb="watch"')) total += Number(match[2]);
  }
  return total;
}

async function redisCommands(redis: Redis): Promise<number> {
  const info = await redis.info('stats');
  return Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? Number.NaN);
}

async function pgTransactions(db: pg.Client, database: string): Promise<number> {
  // Statistics are sent to the collector when a transaction ends; a fresh snapshot each time.
  await db.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await db.query<{ n: string }>(
    'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1',
    [database],
  );
  return Number(rows[0]?.n ?? Number.NaN);
}

const fmt = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const failures = (result: Result) => result.errors + result.timeouts + result.non2xx;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      serve: { type: 'boolean', default: false },
      seconds: { type: 'string', default: '10' },
      rate: { type: 'string', default: '1000' },
      connections: { type: 'string', default: '32' },
      sites: { type: 'string', default: '3' },
    },
  });
  const sites = Number(values.sites);
  if (values.serve) return serve(sites);
  const seconds = Number(values.seconds);
  const rate = Number(values.rate);
  const connections = Number(values.connections);

  const { child, served } = await startServers(sites);
  const redis = new Redis(localServices.redisUrl);
  const db = new pg.Client({ connectionString: localServices.postgresUrl });
  await db.connect();
  try {
    const targets = [
      {
        name: `Page Magic GET /api/v1/sites (${sites} sites)`,
        url: `${served.apiUrl}/api/v1/sites`,
        api: true,
      },
      { name: 'bare fastify GET (same JSON shape)', url: `${served.bareUrl}/api/v1/sites`, api: false },
    ];
    const headers = { authorization: `Bearer ${served.token}` };
    const rows: Row[] = [];
    for (const target of targets) {
      // Warm up: JIT, connection pools, caches.
      await autocannon({ url: target.url, headers, connections, duration: 3 });
      const beforePg = target.api ? await pgTransactions(db, served.database) : 0;
      const beforeRedis = target.api ? await redisCommands(redis) : 0;
      const beforeKube = target.api ? await kubeReads(served.internalUrl) : 0;
      const max = await autocannon({ url: target.url, headers, connections, duration: seconds });
      const row: Row = {
        name: target.name,
        max,
        steady: { rate: 0, p50Ms: Number.NaN, p99Ms: Number.NaN, failed: 0 },
      };
      if (target.api) {
        row.pgPerRequest = ((await pgTransactions(db, served.database)) - beforePg) / max.requests.total;
        row.redisPerRequest = ((await redisCommands(redis)) - beforeRedis) / max.requests.total;
        row.kubePerRequest = ((await kubeReads(served.internalUrl)) - beforeKube) / max.requests.total;
      }
      row.steady = await steadyRate(target.url, served.token, rate, seconds);
      rows.push(row);
    }

    const [ours, peer] = rows as [Row, Row];
    console.log(
      `API benchmark: ${seconds} s per run; max with autocannon 9.0.0 at ${connections} connections, constant rate with vegeta v12.13.0; Node ${process.version}; servers in one child process`,
    );
    console.log(
      `${'target'.padEnd(44)} | max req/s | p50 ms | p99 ms | at ${rate} req/s: p50 ms | p99 ms | failed`,
    );
    for (const row of rows) {
      console.log(
        `${row.name.padEnd(44)} | ${fmt(row.max.requests.average, 0).padStart(9)} | ${fmt(row.max.latency.p50).padStart(6)} | ${fmt(row.max.latency.p99).padStart(6)} | ${fmt(row.steady.rate, 0).padStart(5)} req/s ${fmt(row.steady.p50Ms).padStart(6)} | ${fmt(row.steady.p99Ms).padStart(6)} | ${failures(row.max) + row.steady.failed}`,
      );
    }
    const share = ours.max.requests.average / peer.max.requests.average;
    console.log(
      `Page Magic / bare fastify throughput: ${(share * 100).toFixed(0)} % (goal ≥ 30 %); p99 at ${rate} req/s: ${fmt(ours.steady.p99Ms)} ms (goal ≤ 10 ms)`,
    );
    console.log(
      `per request behind the API's answer: ${fmt(ours.pgPerRequest ?? Number.NaN)} PostgreSQL transactions, ${fmt(ours.redisPerRequest ?? Number.NaN)} Redis commands (the whole shared Redis), ${fmt(ours.kubePerRequest ?? Number.NaN, 3)} Kubernetes requests`,
    );
    if (failures(ours.max) + ours.steady.failed > 0) process.exitCode = 1;
  } finally {
    await redis.quit();
    await db.end();
    child.stdin?.end();
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

await main();
