// The meter against the real Prometheus and PostgreSQL. A test exporter serves counter values the test
// chooses (registered with Prometheus by file_sd), and the meter runs with 10-second "hours" so that a
// script of values plays out in a minute: a new series, growth, a process restart (counter reset) mid-hour,
// a scrape gap longer than the meter's look-behind, late hours (the settle delay), the same hours rolled
// twice, two meters at once, a meter restarted, Prometheus unreachable and back, and the command itself.
// Every check is an exact number in usage_hourly.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { repoRoot } from '@pagemagic/hack/testkit/env';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { silentLogger } from '@pagemagic/operator/runtime';
import pg from 'pg';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeter } from '../src/commands/meter.ts';
import { migrate } from '../src/db/migrate.ts';
import { meterConfigFromEnv } from '../src/metering/config.ts';
import { Meter } from '../src/metering/meter.ts';
import { PrometheusClient } from '../src/metering/prometheus.ts';
import { type MeasuredUsage, measureHour } from '../src/metering/rollup.ts';
import {
  type Exporter,
  prometheusUrl,
  type RegisteredTarget,
  registerTarget,
  startExporter,
  startPrometheusProxy,
  waitForValue,
} from './helpers/prometheus.ts';
import { createTestDatabase } from './helpers/test-api.ts';

const run = promisify(execFile);

/** A metered "hour" lasts 10 seconds here: five scrapes of the local Prometheus (2 s interval). */
const HOUR_SECONDS = 10;
const HOUR_MS = HOUR_SECONDS * 1000;
/** Two scrape intervals: a scrape that started in an hour is stored by then. */
const SETTLE_MS = 4000;
const SITE = 'bakery';
const REQUESTS = 'pagemagic_site_requests_total';
const BYTES = 'pagemagic_site_response_bytes_total';
const TOKENS = 'pagemagic_ai_tokens_total';
const GENERATIONS = 'pagemagic_api_generations_total';
const BUILD = 'pagemagic_build_seconds_total';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: pg.Pool;
let exporter: Exporter;
let target: RegisteredTarget;
const workspaceId = `mt${randomBytes(6).toString('hex')}`;
const namespace = `pm-${workspaceId}`;
/** Another installation's namespace in the same Prometheus: never metered here. */
const strangerNamespace = `pm-stranger${randomBytes(4).toString('hex')}`;

function meter(options: { prometheus?: string; now?: () => number; registry?: Registry } = {}): Meter {
  return new Meter({
    db,
    databaseUrl: database.url,
    prometheus: new PrometheusClient(options.prometheus ?? prometheusUrl, { timeoutMs: 5000 }),
    intervalMs: 500,
    hourSeconds: HOUR_SECONDS,
    settleMs: SETTLE_MS,
    lookbackSeconds: 3600,
    retryMs: 300,
    lockPollMs: 200,
    registry: options.registry ?? new Registry(),
    logger: silentLogger,
    now: options.now,
  });
}

const span = (at: number) => Math.floor(at / HOUR_MS);
const storedHour = (n: number) => new Date(n * 3_600_000);

/** Waits until the hour holding `at` has ended and settled: a meter now rolls it. */
async function settledPast(at: number): Promise<void> {
  const due = (span(at) + 1) * HOUR_MS + SETTLE_MS + 50;
  if (due > Date.now()) await sleep(due - Date.now());
}

async function rolledTo(): Promise<Date | undefined> {
  const { rows } = await db.query<{ rolled_to: Date }>(
    'SELECT rolled_to FROM meter_state WHERE hour_seconds = $1',
    [HOUR_SECONDS],
  );
  return rows[0]?.rolled_to;
}

async function setRolledTo(to: Date): Promise<void> {
  await db.query(
    `INSERT INTO meter_state (hour_seconds, rolled_to) VALUES ($1, $2)
     ON CONFLICT (hour_seconds) DO UPDATE SET rolled_to = EXCLUDED.rolled_to`,
    [HOUR_SECONDS, to],
  );
}

/** site/metric → the sum of its rows. */
async function totals(): Promise<Record<string, number>> {
  const { rows } = await db.query<{ site: string; metric: string; total: number }>(
    `SELECT site, metric, sum(value)::float8 AS total FROM usage_hourly WHERE workspace_id = $1
      GROUP BY site, metric ORDER BY site, metric`,
    [workspaceId],
  );
  return Object.fromEntries(rows.map((row) => [`${row.site}/${row.metric}`, row.total]));
}

async function allRows() {
  const { rows } = await db.query(
    'SELECT workspace_id, site, metric, hour, value FROM usage_hourly ORDER BY hour, workspace_id, site, metric',
  );
  return rows;
}

async function counterValue(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (!metric) throw new Error(`the meter registered no ${name}`);
  const wanted = Object.entries(labels);
  return (await metric.get()).values
    .filter((value) => wanted.every(([key, label]) => value.labels[key] === label))
    .reduce((sum, value) => sum + value.value, 0);
}

const site = (extra: Record<string, string> = {}) => ({ namespace, website: SITE, ...extra });
const ok = site({ code_class: '2xx' });
const okQuery = `${REQUESTS}{namespace="${namespace}",website="${SITE}",code_class="2xx"}`;

/** Sets the 2xx request counter and waits until Prometheus has scraped that value. */
async function requestsAt(value: number): Promise<number> {
  exporter.set(REQUESTS, ok, value);
  await waitForValue(okQuery, value);
  return Date.now();
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = new pg.Pool({ connectionString: database.url, max: 6 });
  await migrate(db);
  await db.query('INSERT INTO workspaces (id, name, namespace) VALUES ($1, $2, $3)', [
    workspaceId,
    'Meter test',
    namespace,
  ]);
  exporter = await startExporter();
  target = await registerTarget(exporter.address, 'meter');
  await target.scraped();
});

afterAll(async () => {
  await target?.remove();
  await exporter?.stop();
  await db?.end();
  await database?.drop();
});

let scripted: Date | undefined;
let firstHour: Date;
let snapshot: unknown[];

describe('the meter', () => {
  it('rolls a scripted counter up exactly: a new series, growth, a reset mid-hour, a long scrape gap', {
    timeout: 180_000,
  }, async () => {
    // Everything from the hour this test starts in is rolled; the meter would otherwise back-fill an hour.
    firstHour = storedHour(span(Date.now()));
    await setRolledTo(firstHour);
    // A new series counts its first value whole: 5 requests, 1000 bytes, and so on.
    exporter.set(BYTES, site(), 1000);
    exporter.set(TOKENS, site({ kind: 'prompt' }), 100);
    exporter.set(TOKENS, site({ kind: 'completion' }), 40);
    exporter.set(GENERATIONS, site({ kind: 'generate' }), 1);
    exporter.set(BUILD, site(), 1.5);
    exporter.set(REQUESTS, { namespace: strangerNamespace, website: 'elsewhere', code_class: '2xx' }, 50);
    await requestsAt(5);
    // Growth: +7 requests, +2500 bytes, and two 404s on a new series.
    exporter.set(BYTES, site(), 3500);
    exporter.set(REQUESTS, site({ code_class: '4xx' }), 2);
    await requestsAt(12);
    // serve-sites restarted: every counter of that process starts again from 0.
    exporter.set(BYTES, site(), 200);
    exporter.set(REQUESTS, site({ code_class: '4xx' }), 0);
    await requestsAt(3);
    await requestsAt(8);
    // A scrape gap of two "hours", longer than the meter reads before an hour: the first sample after it
    // carries everything counted meanwhile, and its step starts from the last value before the gap.
    exporter.failing(true);
    await target.failedScrape();
    exporter.set(REQUESTS, ok, 20);
    exporter.set(BYTES, site(), 900);
    exporter.set(TOKENS, site({ kind: 'prompt' }), 250);
    exporter.set(TOKENS, site({ kind: 'completion' }), 90);
    exporter.set(GENERATIONS, site({ kind: 'regenerate' }), 2);
    exporter.set(BUILD, site(), 4.25);
    await sleep(2 * HOUR_MS + 1000);
    exporter.failing(false);
    const last = await requestsAt(20);
    await settledPast(last);

    const registry = new Registry();
    const result = await meter({ registry }).rollDue();
    scripted = result.rolledTo;
    // Every hour from the first, in order, up to at least the one that holds the last scrape.
    const first = firstHour.getTime() / 3_600_000;
    const spans = result.hours.map((hour) => hour.getTime() / 3_600_000);
    expect(spans).toEqual(spans.map((_, index) => first + index));
    expect(spans.at(-1)).toBeGreaterThanOrEqual(span(last));
    expect(await rolledTo()).toEqual(result.rolledTo);
    expect(await totals()).toEqual({
      // 5 + 7 + 3 (after the reset) + 5 + 12 (over the gap), and 2 errors.
      [`${SITE}/requests`]: 34,
      // 1000 + 2500 + 200 (after the reset) + 700 (over the gap).
      [`${SITE}/bandwidth_bytes`]: 4400,
      [`${SITE}/ai_prompt_tokens`]: 250,
      [`${SITE}/ai_completion_tokens`]: 90,
      [`${SITE}/generations`]: 3,
      [`${SITE}/build_seconds`]: 4.25,
    });
    // The other installation's namespace made no rows, and was counted as skipped.
    const { rows } = await db.query('SELECT DISTINCT workspace_id FROM usage_hourly');
    expect(rows).toEqual([{ workspace_id: workspaceId }]);
    expect(await counterValue(registry, 'pagemagic_meter_skipped_series_total')).toBeGreaterThan(0);
    expect(await counterValue(registry, 'pagemagic_meter_hours_rolled_total')).toBe(result.hours.length);
    // Every row is an hour the meter rolled, one row per hour, site and metric.
    const rolledHours = new Set(result.hours.map((hour) => hour.getTime()));
    const written = await allRows();
    expect(written.every((row) => rolledHours.has((row.hour as Date).getTime()))).toBe(true);
    snapshot = written;
  });

  it('writes the same rows when the same hours are rolled again, one after another or at once', {
    timeout: 60_000,
  }, async () => {
    await setRolledTo(firstHour);
    const again = await meter().rollDue();
    expect(again.rolledTo).toEqual(scripted);
    expect(await allRows()).toEqual(snapshot);
    await setRolledTo(firstHour);
    await Promise.all([meter().rollDue(), meter().rollDue()]);
    expect(await allRows()).toEqual(snapshot);
    expect(await rolledTo()).toEqual(scripted);
  });

  it('measures the same hours alike whether it reads a hundred namespaces per query or one', {
    timeout: 60_000,
  }, async () => {
    const prometheus = new PrometheusClient(prometheusUrl, { timeoutMs: 5000 });
    const options = { marginMs: HOUR_MS, lookbackMs: 3_600_000 };
    const ordered = (measured: MeasuredUsage[]) =>
      measured.map((usage) => JSON.stringify(usage)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const seen = new Set<string>();
    const until = (scripted?.getTime() ?? 0) / 3_600_000;
    for (let hour = firstHour.getTime() / 3_600_000; hour < until; hour++) {
      const window = { start: hour * HOUR_MS, end: (hour + 1) * HOUR_MS };
      const together = await measureHour(prometheus, window, options);
      const oneByOne = await measureHour(prometheus, window, { ...options, namespacesPerQuery: 1 });
      expect(ordered(oneByOne)).toEqual(ordered(together));
      for (const usage of together) seen.add(usage.namespace);
    }
    expect(seen).toContain(namespace);
    expect(seen).toContain(strangerNamespace);
  });

  it('back-fills, by default, as far back as Prometheus keeps samples (2 days for hack/services.sh)', async () => {
    expect(await new PrometheusClient(prometheusUrl).retentionSeconds()).toBe(2 * 24 * 3600);
  });

  it('rolls only hours that have ended and settled', { timeout: 60_000 }, async () => {
    const next = Math.round(((await rolledTo()) as Date).getTime() / 3_600_000);
    const settles = (next + 1) * HOUR_MS + SETTLE_MS;
    if (settles > Date.now()) await sleep(settles - Date.now());
    expect((await meter({ now: () => settles - 1 }).rollDue()).hours).toEqual([]);
    expect((await meter({ now: () => settles }).rollDue()).hours).toEqual([storedHour(next)]);
  });

  it('runs one meter at a time: the second waits, takes over when the first stops, and counts nothing twice', {
    timeout: 120_000,
  }, async () => {
    const first = meter();
    const second = meter();
    first.start();
    second.start();
    try {
      await eventually(
        'a meter to take the lock',
        async () => (first.leading || second.leading ? true : undefined),
        30,
      );
      for (let check = 0; check < 5; check++) {
        expect([first.leading, second.leading].filter(Boolean)).toHaveLength(1);
        await sleep(200);
      }
      const [leader, waiting] = first.leading ? [first, second] : [second, first];
      await settledPast(await requestsAt(26));
      await eventually(
        'the leader to roll the new requests up',
        async () => ((await totals())[`${SITE}/requests`] === 40 ? true : undefined),
        30,
      );
      await leader.stop();
      await eventually(
        'the waiting meter to take over',
        async () => (waiting.leading ? true : undefined),
        30,
      );
      await settledPast(await requestsAt(30));
      await eventually(
        'the new leader to roll up',
        async () => ((await totals())[`${SITE}/requests`] === 44 ? true : undefined),
        30,
      );
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
    expect((await totals())[`${SITE}/bandwidth_bytes`]).toBe(4400);
  });

  it('continues from where the last meter stopped after a restart', { timeout: 60_000 }, async () => {
    const before = await rolledTo();
    await settledPast(await requestsAt(35));
    const result = await meter().rollDue();
    expect(result.hours[0]).toEqual(before);
    expect((await totals())[`${SITE}/requests`]).toBe(49);
  });

  it('neither loses nor double counts an hour while Prometheus is unreachable', {
    timeout: 90_000,
  }, async () => {
    const proxy = await startPrometheusProxy();
    proxy.down(true);
    const registry = new Registry();
    const waiting = meter({ prometheus: proxy.url, registry });
    try {
      const before = await rolledTo();
      await settledPast(await requestsAt(36));
      waiting.start();
      await eventually(
        'a failed roll-up',
        async () =>
          (await counterValue(registry, 'pagemagic_meter_failures_total', { stage: 'prometheus' })) >= 2
            ? true
            : undefined,
        30,
      );
      expect(await rolledTo()).toEqual(before);
      expect((await totals())[`${SITE}/requests`]).toBe(49);
      proxy.down(false);
      await eventually(
        'the meter to catch up',
        async () => ((await totals())[`${SITE}/requests`] === 50 ? true : undefined),
        30,
      );
      expect(((await rolledTo()) as Date).getTime()).toBeGreaterThan((before as Date).getTime());
    } finally {
      await waiting.stop();
      await proxy.stop();
    }
    expect(await totals()).toMatchObject({ [`${SITE}/bandwidth_bytes`]: 4400, [`${SITE}/generations`]: 3 });
  });

  it('runs as `pagemagic-api meter`: once from the command line, and as a process with its own metrics', {
    timeout: 90_000,
  }, async () => {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      PROMETHEUS_URL: prometheusUrl,
      PAGEMAGIC_METER_HOUR_SECONDS: String(HOUR_SECONDS),
      PAGEMAGIC_METER_SETTLE_SECONDS: String(SETTLE_MS / 1000),
      PAGEMAGIC_METER_LOOKBACK_SECONDS: '3600',
      PAGEMAGIC_LOG_LEVEL: 'warn',
    };
    await settledPast(await requestsAt(38));
    const before = await rolledTo();
    const { stdout } = await run(
      process.execPath,
      [join(repoRoot, 'api', 'src', 'main.ts'), 'meter', '--once'],
      {
        env,
      },
    );
    const printed = JSON.parse(stdout) as { hours: string[]; rows: number; rolledUpTo: string };
    expect(printed.hours[0]).toBe(before?.toISOString());
    expect(printed.rolledUpTo).toBe((await rolledTo())?.toISOString());
    expect((await totals())[`${SITE}/requests`]).toBe(52);

    const running = await startMeter(
      meterConfigFromEnv({
        ...env,
        PAGEMAGIC_METER_METRICS_LISTEN: '127.0.0.1:0',
        PAGEMAGIC_METER_INTERVAL_SECONDS: '1',
      }),
      silentLogger,
    );
    try {
      await settledPast(await requestsAt(39));
      await eventually(
        'the process to roll up',
        async () => ((await totals())[`${SITE}/requests`] === 53 ? true : undefined),
        30,
      );
      const metrics = await (await fetch(`${running.metricsUrl}/metrics`)).text();
      expect(metrics).toMatch(/^pagemagic_meter_leader 1$/m);
      expect(metrics).toMatch(/^pagemagic_meter_hours_rolled_total [1-9]/m);
      expect(metrics).toMatch(/^pagemagic_meter_lag_seconds \d/m);
      expect(metrics).toMatch(/^pagemagic_meter_rolled_up_to_timestamp_seconds \d/m);
    } finally {
      await running.stop();
    }
  });
});
