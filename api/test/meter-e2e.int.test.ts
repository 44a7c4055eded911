// Metering end to end: a Website built by the operator and served by `serve-sites`, a known load of
// requests of known size against it, both processes scraped by the real Prometheus (file_sd), and one
// roll-up by the meter: usage_hourly holds exactly the requests made, exactly their body bytes (HEAD sends
// none), and the build seconds the operator counted. Requests for a host that is no site count nowhere.

import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseMetrics } from '@pagemagic/hack/testkit/prometheus-text';
import { silentLogger } from '@pagemagic/operator/runtime';
import pg from 'pg';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getByHost, type ServedSites, startServedSites } from '../../operator/test/helpers/served-sites.ts';
import { migrate } from '../src/db/migrate.ts';
import { Meter } from '../src/metering/meter.ts';
import { PrometheusClient } from '../src/metering/prometheus.ts';
import { prometheusUrl, type RegisteredTarget, registerTarget, waitForValue } from './helpers/prometheus.ts';
import { createTestDatabase } from './helpers/test-api.ts';

const NAME = 'bakery';
const GETS = 23;
const HEADS = 4;
const HOUR_SECONDS = 10;
const SETTLE_MS = 4000;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: pg.Pool;
let served: ServedSites;
const targets: RegisteredTarget[] = [];
const workspaceId = `me${randomBytes(6).toString('hex')}`;

const hostOf = (url: string | undefined) => new URL(url ?? 'http://missing/').host;

beforeAll(async () => {
  database = await createTestDatabase();
  db = new pg.Pool({ connectionString: database.url, max: 4 });
  await migrate(db);
  served = await startServedSites('meter-e2e');
  await db.query('INSERT INTO workspaces (id, name, namespace) VALUES ($1, $2, $3)', [
    workspaceId,
    'Metered',
    served.namespace,
  ]);
  for (const [process, url] of [
    ['serve-sites', served.router.manager.url],
    ['operator', served.operator.manager.url],
  ] as const) {
    const target = await registerTarget(hostOf(url), `meter-e2e-${process}`);
    targets.push(target);
    await target.scraped();
  }
}, 300_000);

afterAll(async () => {
  await Promise.all(targets.map((target) => target.remove()));
  await served?.stop();
  await db?.end();
  await database?.drop();
});

describe('a site’s traffic, metered', () => {
  it('appears in usage_hourly exactly after one roll-up', { timeout: 300_000 }, async () => {
    // The meter starts with the 10-second hour this test starts in, so the build below is in its range.
    const firstSpan = Math.floor(Date.now() / (HOUR_SECONDS * 1000));
    await db.query('INSERT INTO meter_state (hour_seconds, rolled_to) VALUES ($1, $2)', [
      HOUR_SECONDS,
      new Date(firstSpan * 3_600_000),
    ]);
    const { website } = await served.createWebsite(NAME, 'A family bakery in Porto with fresh bread');
    const host = hostOf(website.status?.url);

    const sizes = new Set<number>();
    for (let request = 0; request < GETS; request++) {
      const answer = await getByHost(served.port, host, '/');
      expect(answer.status).toBe(200);
      sizes.add(answer.body.length);
    }
    // One page, served whole every time: the load is GETS × its size.
    expect(sizes.size).toBe(1);
    const [pageBytes = 0] = sizes;
    expect(pageBytes).toBeGreaterThan(1000);
    for (let request = 0; request < HEADS; request++) {
      const answer = await getByHost(served.port, host, '/', { method: 'HEAD' });
      expect([answer.status, answer.body.length]).toEqual([200, 0]);
    }
    const stranger = await getByHost(
      served.port,
      `nobody-${served.namespace}.sites.pagemagic.localhost`,
      '/',
    );
    expect(stranger.status).toBe(404);

    // Only the site has series, one per status class it answered with, and no host, path or client.
    const exported = parseMetrics(await (await fetch(`${served.router.manager.url}/metrics`)).text()).filter(
      (sample) => sample.name === 'pagemagic_site_requests_total',
    );
    expect(exported).toEqual([
      {
        name: 'pagemagic_site_requests_total',
        labels: { namespace: served.namespace, website: NAME, code_class: '2xx' },
        value: GETS + HEADS,
      },
    ]);
    const operatorMetrics = parseMetrics(
      await (await fetch(`${served.operator.manager.url}/metrics`)).text(),
    );
    const buildSeconds =
      operatorMetrics.find(
        (sample) =>
          sample.name === 'pagemagic_build_seconds_total' &&
          sample.labels.namespace === served.namespace &&
          sample.labels.website === NAME,
      )?.value ?? 0;
    expect(buildSeconds).toBeGreaterThan(0);

    const selector = `namespace="${served.namespace}",website="${NAME}"`;
    await waitForValue(`sum(pagemagic_site_requests_total{${selector}})`, GETS + HEADS);
    await waitForValue(`pagemagic_site_response_bytes_total{${selector}}`, GETS * pageBytes);
    await waitForValue(`pagemagic_build_seconds_total{${selector}}`, buildSeconds);
    const scraped = Date.now();
    const settled = (Math.floor(scraped / (HOUR_SECONDS * 1000)) + 1) * HOUR_SECONDS * 1000 + SETTLE_MS + 50;
    await sleep(Math.max(0, settled - Date.now()));

    const meter = new Meter({
      db,
      databaseUrl: database.url,
      prometheus: new PrometheusClient(prometheusUrl),
      intervalMs: 60_000,
      hourSeconds: HOUR_SECONDS,
      settleMs: SETTLE_MS,
      lookbackSeconds: 3600,
      retryMs: 1000,
      lockPollMs: 200,
      registry: new Registry(),
      logger: silentLogger,
    });
    const result = await meter.once();
    expect(result.hours[0]).toEqual(new Date(firstSpan * 3_600_000));

    const { rows } = await db.query<{ site: string; metric: string; total: number }>(
      `SELECT site, metric, sum(value)::float8 AS total FROM usage_hourly WHERE workspace_id = $1
        GROUP BY site, metric ORDER BY metric`,
      [workspaceId],
    );
    const totals = Object.fromEntries(rows.map((row) => [`${row.site}/${row.metric}`, row.total]));
    expect(totals[`${NAME}/requests`]).toBe(GETS + HEADS);
    expect(totals[`${NAME}/bandwidth_bytes`]).toBe(GETS * pageBytes);
    expect(totals[`${NAME}/build_seconds`]).toBeCloseTo(buildSeconds, 9);
    // The offline generator spends no tokens, so there is nothing of them to bill.
    expect(Object.keys(totals).sort()).toEqual(
      [`${NAME}/bandwidth_bytes`, `${NAME}/build_seconds`, `${NAME}/requests`].sort(),
    );
  });
});
