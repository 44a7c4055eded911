// The chart's alerts and dashboards against the real things: `promtool check rules` and `promtool test rules`
// (Debian's prometheus package, which hack/services.sh installs) on the generated rules, and every metric a
// dashboard or alert names is one the running processes export. The operator (`run`) and the site server
// (`serve-sites`, the operator binary's pool that counts site traffic) are started from their entrypoint
// as `make dev` starts them; the API is the API tests' own (startTestApi), which creates one site, since
// some of its counters appear only once they have counted something. Each /metrics page is read over HTTP.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EVENTS_STREAM, EVENTS_SUBJECT_PREFIX } from '@pagemagic/crds/events';
import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createSite } from '../../api/src/contract/sites.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { alertTests, EXTERNAL_METRICS, RULE_GROUPS } from '../chart/alerts.ts';
import { dashboardExpressions, dashboards } from '../chart/dashboards.ts';
import { chartDir } from '../chart/generate.ts';
import { declaredMetrics, isExported, metricNames } from '../chart/promql-metrics.ts';
import { localServices, repoRoot } from '../testkit/env.ts';
import { freePort } from '../testkit/free-port.ts';
import { kubeconfigPath, loadKubeConfig } from '../testkit/kube.ts';
import { createTestNamespace, eventually } from '../testkit/test-namespace.ts';
import { testServerSettings } from '../testkit/test-servers.ts';

const run = promisify(execFile);
const RULES = join(chartDir, 'files', 'alerts.yaml');

describe('promtool', () => {
  it('checks the rules', async () => {
    const { stdout } = await run('promtool', ['check', 'rules', RULES]);
    const count = RULE_GROUPS.flatMap((group) => group.rules).length;
    expect(stdout).toContain(`SUCCESS: ${count} rules found`);
  });

  it('passes the unit tests of every alert', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pagemagic-alert-tests-'));
    try {
      const tests = join(dir, 'alerts.test.yaml');
      await writeFile(tests, stringify(alertTests(RULES), { lineWidth: 0 }));
      const result = await run('promtool', ['test', 'rules', tests]).catch(
        (error: { stdout?: string; stderr?: string }) => ({
          stdout: `${error.stdout ?? ''}${error.stderr ?? ''}`,
        }),
      );
      expect(result.stdout).toContain('SUCCESS');
      expect(result.stdout).not.toContain('FAILED');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

interface Started {
  name: string;
  child: ChildProcess;
  output: () => string;
  metricsUrl: string;
}

const started: Started[] = [];

function start(name: string, args: string[], env: Record<string, string>, metricsUrl: string): Started {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const process_ = { name, child, output: () => output, metricsUrl };
  started.push(process_);
  return process_;
}

async function scrape(target: Started): Promise<string> {
  return eventually(
    `${target.name} to serve /metrics`,
    async () => {
      if (target.child.exitCode !== null) {
        throw new Error(`${target.name} exited (${target.child.exitCode}):\n${target.output().slice(-4000)}`);
      }
      const response = await fetch(target.metricsUrl);
      return response.ok ? await response.text() : undefined;
    },
    90,
  );
}

let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let api: TestApi | undefined;
// The API's event consumer, on a durable and dead-letter stream of this run's own, reading a subject nobody
// publishes to: it registers its counters without taking events meant for other tests.
const runId = randomBytes(4).toString('hex');
const events = {
  PAGEMAGIC_EVENTS_CONSUMER: 'on',
  PAGEMAGIC_EVENTS_DURABLE: `chart-metrics-${runId}`,
  PAGEMAGIC_EVENTS_FILTER: `${EVENTS_SUBJECT_PREFIX}.chartmetrics.${runId}`,
  PAGEMAGIC_EVENTS_DLQ_STREAM: `PAGEMAGIC_EVENTS_DLQ_TEST_${runId}`,
  PAGEMAGIC_EVENTS_DLQ_SUBJECT: `pagemagic.dlqtest.${runId}`,
};
const exported = new Map<string, Set<string>>();

beforeAll(async () => {
  namespace = await createTestNamespace(loadKubeConfig(), 'chart-metrics');
  const servers = testServerSettings();
  const kube = { KUBECONFIG: kubeconfigPath() };
  const [operatorMetrics, acme, sites, sitesMetrics] = await Promise.all(
    Array.from({ length: 4 }, () => freePort()),
  );
  const operatorEnv = {
    ...kube,
    PAGEMAGIC_REGISTRY: servers.registryHost,
    PAGEMAGIC_NAMESPACE: namespace.name,
    NATS_URL: localServices.natsUrl,
    PAGEMAGIC_DNS_SERVERS: `127.0.0.1:${servers.challtestsrvDnsPort}`,
    PAGEMAGIC_ACME_HTTP_ADDR: `127.0.0.1:${acme}`,
  };
  const targets = [
    start(
      'operator',
      [
        'operator/src/main.ts',
        'run',
        '--metrics-addr',
        `127.0.0.1:${operatorMetrics}`,
        '--namespace',
        namespace.name,
      ],
      operatorEnv,
      `http://127.0.0.1:${operatorMetrics}/metrics`,
    ),
    start(
      'serve-sites',
      [
        'operator/src/main.ts',
        'serve-sites',
        '--listen',
        `127.0.0.1:${sites}`,
        '--metrics-addr',
        `127.0.0.1:${sitesMetrics}`,
        '--namespace',
        namespace.name,
      ],
      kube,
      `http://127.0.0.1:${sitesMetrics}/metrics`,
    ),
  ];
  // The consumer reads its settings from the process's environment (api/src/events/plugin.ts); this file
  // runs in a worker of its own.
  Object.assign(process.env, events);
  api = await startTestApi();
  const { tokens } = await api.signUp();
  await api
    .client(tokens)
    .call(createSite, { body: { prompt: 'A bakery in Lyon called Pain Doré', name: 'bakery' } });
  const apiMetrics = await fetch(`${api.internalUrl}/metrics`);
  expect(apiMetrics.status).toBe(200);
  exported.set('api', declaredMetrics(await apiMetrics.text()));
  for (const target of targets) exported.set(target.name, declaredMetrics(await scrape(target)));
}, 180_000);

afterAll(async () => {
  await Promise.all(
    started.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
  await api?.close();
  const nats = await connect({ servers: localServices.natsUrl });
  try {
    const manager = await nats.jetstreamManager();
    await manager.consumers.delete(EVENTS_STREAM, events.PAGEMAGIC_EVENTS_DURABLE).catch(() => undefined);
    await manager.streams.delete(events.PAGEMAGIC_EVENTS_DLQ_STREAM).catch(() => undefined);
  } finally {
    await nats.close();
  }
  await namespace?.delete();
});

/** Where each expression comes from, for the failure message. */
function namedMetrics(): Map<string, string[]> {
  const named = new Map<string, string[]>();
  const add = (where: string, expr: string) => {
    for (const name of metricNames(expr)) named.set(name, [...(named.get(name) ?? []), where]);
  };
  for (const [file, dashboard] of dashboards()) {
    for (const expr of dashboardExpressions(dashboard)) add(`dashboard ${file}`, expr);
  }
  for (const group of RULE_GROUPS) for (const rule of group.rules) add(`alert ${rule.alert}`, rule.expr);
  return named;
}

describe('every metric the dashboards and alerts name', () => {
  it('is exported by the operator, the site server or the API', () => {
    const all = new Set([...exported.values()].flatMap((names) => [...names]));
    const named = namedMetrics();
    expect(named.size).toBeGreaterThan(20);
    const missing = [...named.entries()]
      .filter(([name]) => !(name in EXTERNAL_METRICS) && !isExported(name, all))
      .map(([name, where]) => `${name} (${[...new Set(where)].join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('leaves out only metrics that are really another exporter’s, and each is named somewhere', () => {
    const all = new Set([...exported.values()].flatMap((names) => [...names]));
    const named = namedMetrics();
    for (const name of Object.keys(EXTERNAL_METRICS)) {
      expect(
        isExported(name, all),
        `${name} is exported by our processes: drop it from EXTERNAL_METRICS`,
      ).toBe(false);
      expect(
        named.has(name),
        `${name} is named by no dashboard or alert: drop it from EXTERNAL_METRICS`,
      ).toBe(true);
    }
  });

  it('reaches each process: every one exports some of them', () => {
    const named = namedMetrics();
    for (const [process_, names] of exported) {
      expect(
        [...named.keys()].some((name) => isExported(name, names)),
        `${process_} exports none`,
      ).toBe(true);
    }
  });
});
