// Operator benchmark: N Websites with inline content created at once against the local cluster, timed from
// create to Ready, with the operator's memory and API traffic per Website, beside the published figures of
// webhosting-operator (Go, controller-runtime).
//
//   node hack/bench/operator.ts [--websites 1000] [--concurrency 20] [--workers 16] [--timeout-minutes N/150, at least 10]
//                               [--change-rate 2] [--change-seconds 60]
//
// Two phases: N Websites created in a burst (create→Ready under saturation, throughput, memory, API calls,
// writes in a quiet window), then content edits at a fixed rate (edit→Ready, which is what the peer's p99 is).
//
// The operator runs as a child process so the RSS sampled from /proc is its own, not this script's.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { CoreV1Api, CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import type { Website } from '@pagemagic/crds';
import { OPERATOR_FIELD_MANAGER } from '../../operator/src/config.ts';
import { Informer, KubeClient } from '../../operator/src/runtime/index.ts';
import { repoRoot } from '../testkit/env.ts';
import { freePort } from '../testkit/free-port.ts';
import { kubeconfigPath, loadKubeConfig } from '../testkit/kube.ts';
import { parseMetrics, type Sample } from '../testkit/prometheus-text.ts';
import { smallSiteDocument } from '../testkit/small-site.ts';
import { testServerSettings } from '../testkit/test-servers.ts';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const GROUP = 'pagemagic.dev';
const VERSION = 'v1alpha1';
const PLURAL = 'websites';
const WRITE_VERBS = ['create', 'update', 'patch', 'apply', 'delete'];
// No resync trigger exists in `run` (informers are built without resyncIntervalMs), so the no-op check
// watches a quiet window instead: any write in it is a reconcile that should have been a no-op.
const QUIET_WINDOW_MS = 30_000;
const SETTLE_MS = 10_000;

const PEER = {
  name: 'webhosting-operator (Go, controller-runtime)',
  p99Seconds: 0.388,
  // The peer's Websites have no build: a change there is a Deployment and ConfigMap update. Here every edit
  // is rendered into a new image and pushed to a registry before it rolls out.
  websites: '~9,000',
  changesPerSecond: '~160',
  bytesPerWebsite: '~30 KB',
};

// ---- pure helpers --------------------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

function sum(
  samples: Sample[],
  name: string,
  keep: (labels: Record<string, string>) => boolean = () => true,
) {
  return samples.filter((s) => s.name === name && keep(s.labels)).reduce((total, s) => total + s.value, 0);
}

const isWrite = (labels: Record<string, string>) =>
  WRITE_VERBS.includes(labels.verb ?? '') && labels.resource !== 'leases';

function isReady(website: Website, generation = 0): boolean {
  return (
    website.status?.conditions?.some(
      (c) => c.type === 'Ready' && c.status === 'True' && (c.observedGeneration ?? 0) >= generation,
    ) ?? false
  );
}

interface ChangePhase {
  rate: number;
  seconds: number;
  sent: number;
  latencies: number[];
  /** Changes whose Website was not Ready at the new generation when the phase gave up waiting. */
  unfinished: number;
}

/**
 * Open-loop load, as the peer measured it: at `rate` per second, edit the content of the next Website
 * (round robin) and time each edit until the Website is Ready at the new generation, which means the new
 * content is rendered, pushed and rolled out. Edits are sent on schedule whether or not earlier ones are done.
 */
async function runChanges(
  api: CustomObjectsApi,
  namespace: string,
  names: string[],
  rate: number,
  seconds: number,
  pending: Map<string, { generation: number; sentAt: number }>,
  latencies: number[],
): Promise<ChangePhase> {
  const total = Math.max(1, Math.round(rate * seconds));
  const started = Date.now();
  const sends: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / rate;
    await sleep(Math.max(0, due - Date.now()));
    const name = names[index % names.length] as string;
    if (pending.has(name)) continue; // still rolling out the previous edit of this one
    const sentAt = Date.now();
    sends.push(
      api
        .patchNamespacedCustomObject({
          group: GROUP,
          version: VERSION,
          namespace,
          plural: PLURAL,
          name,
          body: [{ op: 'replace', path: '/spec/content/inline/name', value: `Padaria ${name} r${index}` }],
        })
        .then((patched: Website) => {
          pending.set(name, { generation: patched.metadata?.generation ?? 0, sentAt });
        }),
    );
  }
  await Promise.all(sends);
  const deadline = Date.now() + 120_000;
  while (pending.size > 0 && Date.now() < deadline) await sleep(250);
  return { rate, seconds, sent: sends.length, latencies, unfinished: pending.size };
}

const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

function table(rows: Array<[string, string, string]>): string {
  const header: [string, string, string] = [
    '',
    'Page Magic (measured, this run)',
    `${PEER.name} (published)`,
  ];
  const all = [header, ...rows];
  const widths = [0, 1, 2].map((i) => Math.max(...all.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

// ---- I/O ------------------------------------------------------------------------------------------------

async function script(name: string, ...args: string[]): Promise<void> {
  try {
    await run('bash', [join(repoRoot, 'hack', name), ...args], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`hack/${name} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}

interface RssSample {
  at: number;
  rssKiB: number;
  hwmKiB: number;
}

async function readRss(pid: number): Promise<RssSample | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { at: Date.now(), rssKiB: field('VmRSS'), hwmKiB: field('VmHWM') };
  } catch {
    return undefined;
  }
}

function sampleRss(pid: number): { samples: RssSample[]; stop: () => void } {
  const samples: RssSample[] = [];
  const timer = setInterval(() => {
    void readRss(pid).then((sample) => sample && samples.push(sample));
  }, 500);
  return { samples, stop: () => clearInterval(timer) };
}

function medianRss(samples: RssSample[], from: number, to: number): number {
  const window = samples
    .filter((s) => s.at >= from && s.at <= to)
    .map((s) => s.rssKiB)
    .sort((a, b) => a - b);
  return window[Math.floor(window.length / 2)] ?? Number.NaN;
}

async function scrape(port: number): Promise<Sample[]> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  return parseMetrics(await response.text());
}

async function waitFor(description: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out after ${ms / 1000}s waiting for ${description}`);
}

function startOperator(
  namespace: string,
  metricsPort: number,
  acmePort: number,
  log: string,
  workers: number,
): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KUBECONFIG: kubeconfigPath(),
    PAGEMAGIC_BUILD_HISTORY_LIMIT: '1',
    PAGEMAGIC_REGISTRY: testServerSettings().registryHost,
    // Another operator (a dev loop, a test) may hold the default 0.0.0.0:8089.
    PAGEMAGIC_ACME_HTTP_ADDR: `127.0.0.1:${acmePort}`,
  };
  delete env.NATS_URL;
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, 'operator', 'src', 'main.ts'),
      'run',
      '--namespace',
      namespace,
      '--no-leader-elect',
      '--metrics-addr',
      `127.0.0.1:${metricsPort}`,
      '--workers',
      String(workers),
    ],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const out = createWriteStream(log);
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

async function stopOperator(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Every Website change, through the operator's own informer: it relists when its watch fails or goes
 * quiet, so a stalled stream cannot hide a Ready Website (client-node's Watch stalled silently at
 * 10,000 Websites). It keeps only what readiness needs, not 20 KB of inline content per Website.
 */
function watchWebsites(kubeConfig: KubeConfig, namespace: string, onWebsite: (website: Website) => void) {
  const informer = new Informer<Website>({
    client: new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER }),
    resource: { apiVersion: `${GROUP}/${VERSION}`, plural: PLURAL, kind: 'Website' },
    namespace,
    maxEventAgeMs: 30_000,
    transform: (website) =>
      ({
        metadata: {
          name: website.metadata.name,
          namespace: website.metadata.namespace,
          generation: website.metadata.generation,
          resourceVersion: website.metadata.resourceVersion,
        },
        status: { conditions: website.status?.conditions?.filter((c) => c.type === 'Ready') },
      }) as Website,
  });
  informer.onAdd(onWebsite);
  informer.onUpdate((_previous, website) => onWebsite(website));
  informer.start();
  return () => void informer.stop();
}

async function createWebsites(
  api: CustomObjectsApi,
  namespace: string,
  count: number,
  concurrency: number,
  createdAt: Map<string, number>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const name = `site-${String(next++).padStart(5, '0')}`;
      const body = {
        apiVersion: `${GROUP}/${VERSION}`,
        kind: 'Website',
        metadata: { name, namespace },
        spec: {
          brief: { prompt: 'A family bakery in Porto', locales: ['en'] },
          content: { inline: smallSiteDocument(`Padaria Ribeira ${name}`) },
        },
      };
      const started = Date.now();
      await api.createNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        namespace,
        plural: PLURAL,
        body,
      });
      createdAt.set(name, started);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

async function deleteNamespace(core: CoreV1Api, name: string): Promise<void> {
  await core.deleteNamespace({ name }).catch(() => undefined);
  try {
    await waitFor(
      `namespace ${name} to go`,
      async () => {
        try {
          await core.readNamespace({ name });
          return false;
        } catch (error) {
          return (error as { code?: number }).code === 404;
        }
      },
      300_000,
    );
  } catch (error) {
    console.error(`warning: ${(error as Error).message}; it is still terminating`);
  }
}

function queueReport(samples: Sample[]): string[] {
  const names = new Set(
    samples
      .filter((s) => s.name === 'workqueue_queue_duration_seconds_count')
      .map((s) => s.labels.name ?? ''),
  );
  const lines: string[] = [];
  for (const name of names) {
    const of = (metric: string) => sum(samples, metric, (l) => (l.name ?? '') === name);
    const queued = of('workqueue_queue_duration_seconds_count');
    const work = of('workqueue_work_duration_seconds_count');
    const reconciles = sum(samples, 'controller_runtime_reconcile_total', (l) => l.controller === name);
    lines.push(
      `  ${name.padEnd(10)} adds ${of('workqueue_adds_total')}, reconciles ${reconciles}, ` +
        `mean wait in queue ${queued ? seconds((of('workqueue_queue_duration_seconds_sum') / queued) * 1000) : '-'}, ` +
        `mean work ${work ? seconds((of('workqueue_work_duration_seconds_sum') / work) * 1000) : '-'}, ` +
        `retries ${of('workqueue_retries_total')}`,
    );
  }
  const requests = samples
    .filter((s) => s.name === 'pagemagic_kube_requests_total' && s.value > 0)
    .sort((a, b) => b.value - a.value)
    .map((s) => `${s.labels.verb} ${s.labels.resource} ${s.value}`);
  lines.push(`  API requests by verb and resource: ${requests.join(', ')}`);
  const latency = samples
    .filter((s) => s.name === 'pagemagic_kube_request_duration_seconds_count' && s.value > 0)
    .map((s) => {
      const same = (l: Record<string, string>) =>
        l.verb === s.labels.verb && l.resource === s.labels.resource;
      const total = sum(samples, 'pagemagic_kube_request_duration_seconds_sum', same);
      return { label: `${s.labels.verb} ${s.labels.resource}`, mean: total / s.value, count: s.value };
    })
    .filter((entry) => entry.count >= 10)
    .sort((a, b) => b.mean - a.mean)
    .map((entry) => `${entry.label} ${seconds(entry.mean * 1000)}`);
  lines.push(`  mean API latency (to response headers): ${latency.join(', ')}`);
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      websites: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '20' },
      workers: { type: 'string', default: '16' },
      'change-rate': { type: 'string', default: '2' },
      'change-seconds': { type: 'string', default: '60' },
      // Long enough for this 2-core machine: about 3 creations a second, whatever N is.
      'timeout-minutes': { type: 'string' },
    },
  });
  const count = Number.parseInt(values.websites, 10);
  const concurrency = Number.parseInt(values.concurrency, 10);
  const workers = Number.parseInt(values.workers, 10);
  const changeRate = Number(values['change-rate']);
  const changeSeconds = Number(values['change-seconds']);
  const timeoutMs = Number(values['timeout-minutes'] ?? Math.max(10, Math.ceil(count / 150))) * 60_000;
  if (!(count > 0 && concurrency > 0 && workers > 0 && timeoutMs > 0 && changeRate > 0 && changeSeconds > 0))
    throw new Error(
      '--websites, --concurrency, --workers, --change-rate, --change-seconds and --timeout-minutes must be positive',
    );

  console.log('Bringing up the local cluster, services and test servers…');
  await Promise.all([
    script('cluster.sh', 'up'),
    script('services.sh', 'up'),
    script('test-servers.sh', 'up'),
  ]);
  await script('cluster.sh', 'install-crds');

  const kubeConfig = loadKubeConfig();
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const api = kubeConfig.makeApiClient(CustomObjectsApi);
  const namespace = `bench-${randomBytes(4).toString('hex')}`;
  await core.createNamespace({
    body: { metadata: { name: namespace, labels: { 'pagemagic.dev/bench': 'true' } } },
  });

  const logDir = join(repoRoot, '.local');
  await mkdir(logDir, { recursive: true });
  const log = join(logDir, `bench-operator-${namespace}.log`);
  const metricsPort = await freePort();
  const operator = startOperator(namespace, metricsPort, await freePort(), log, workers);
  const rss = sampleRss(operator.pid as number);
  const stopWatch: { stop?: () => void } = {};
  // Ctrl-C still cleans up: the namespace and the operator would otherwise outlive the run.
  const abort = new Promise<never>((_, reject) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => reject(new Error(`interrupted by ${signal}`)));
    }
  });
  abort.catch(() => undefined);
  try {
    await waitFor(
      'the operator to be ready (see its log)',
      async () => {
        if (operator.exitCode !== null)
          throw new Error(`the operator exited (${operator.exitCode}); see ${log}`);
        return (await fetch(`http://127.0.0.1:${metricsPort}/readyz`)).ok;
      },
      120_000,
    );
    await sleep(3000);
    const baselineKiB = (await readRss(operator.pid as number))?.rssKiB ?? Number.NaN;

    const createdAt = new Map<string, number>();
    const readyAt = new Map<string, number>();
    const pendingChanges = new Map<string, { generation: number; sentAt: number }>();
    const changeLatencies: number[] = [];
    stopWatch.stop = watchWebsites(kubeConfig, namespace, (website) => {
      const name = website.metadata?.name;
      if (!name) return;
      if (!readyAt.has(name) && isReady(website)) readyAt.set(name, Date.now());
      const change = pendingChanges.get(name);
      if (change && isReady(website, change.generation)) {
        changeLatencies.push(Date.now() - change.sentAt);
        pendingChanges.delete(name);
      }
    });
    console.log(
      `Creating ${count} Websites in ${namespace} at concurrency ${concurrency}; operator log ${log}`,
    );
    const started = Date.now();
    await createWebsites(api, namespace, count, concurrency, createdAt);
    const createSeconds = (Date.now() - started) / 1000;

    const deadline = started + timeoutMs;
    let lastReport = Date.now();
    while (readyAt.size < count) {
      if (operator.exitCode !== null)
        throw new Error(`the operator exited (${operator.exitCode}); see ${log}`);
      if (Date.now() > deadline) {
        throw new Error(
          `${count - readyAt.size} of ${count} Websites were not Ready after ${timeoutMs / 60_000} min`,
        );
      }
      if (Date.now() - lastReport > 10_000) {
        // Failing reconciles (a full Service IP range, say) otherwise look like a merely slow operator.
        const failed = sum(
          await scrape(metricsPort).catch(() => []),
          'controller_runtime_reconcile_total',
          (l) => l.result === 'error',
        );
        console.log(
          `  ${readyAt.size}/${count} Ready after ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
            `${failed} failed reconciles so far (see ${log})`,
        );
        lastReport = Date.now();
      }
      await Promise.race([sleep(250), abort]);
    }
    const allReady = Math.max(...readyAt.values());
    const totalMs = allReady - started;
    const latencies = [...readyAt]
      .map(([name, at]) => at - (createdAt.get(name) ?? started))
      .sort((a, b) => a - b);
    const afterReady = await scrape(metricsPort);

    await sleep(SETTLE_MS);
    const quietStart = Date.now();
    const writesBefore = sum(await scrape(metricsPort), 'pagemagic_kube_requests_total', isWrite);
    await sleep(QUIET_WINDOW_MS);
    const final = await scrape(metricsPort);
    const quietWrites = sum(final, 'pagemagic_kube_requests_total', isWrite) - writesBefore;
    const steadyKiB = medianRss(rss.samples, quietStart, Date.now());
    const requests = sum(afterReady, 'pagemagic_kube_requests_total');

    console.log(`Editing content at ${changeRate}/s for ${changeSeconds} s…`);
    const changes = await runChanges(
      api,
      namespace,
      [...readyAt.keys()].sort(),
      changeRate,
      changeSeconds,
      pendingChanges,
      changeLatencies,
    );
    const changeSorted = [...changes.latencies].sort((a, b) => a - b);
    const peakKiB = Math.max(...rss.samples.map((s) => s.hwmKiB));

    console.log('');
    console.log(
      `Operator benchmark: ${count} Websites, inline content, --workers ${workers}, create concurrency ${concurrency}.`,
    );
    console.log(
      'Machine: 2 cores shared with other work (unknown what else ran during this run); figures are indicative.',
    );
    console.log('');
    console.log(
      table([
        ['Websites', String(count), PEER.websites],
        ['create→Ready p50', seconds(percentile(latencies, 50)), ''],
        ['create→Ready p95', seconds(percentile(latencies, 95)), ''],
        ['create→Ready p99', seconds(percentile(latencies, 99)), ''],
        ['create→Ready max', seconds(latencies.at(-1) ?? Number.NaN), ''],
        ['time to create all', `${createSeconds.toFixed(1)} s`, ''],
        ['time to all Ready', seconds(totalMs), ''],
        ['creations/s sustained (burst)', (count / (totalMs / 1000)).toFixed(1), ''],
        ['operator RSS baseline', mib(baselineKiB), ''],
        ['operator RSS peak (VmHWM)', mib(peakKiB), ''],
        ['operator RSS steady', mib(steadyKiB), ''],
        [
          'RSS per Website',
          `${(((steadyKiB - baselineKiB) * 1024) / count / 1000).toFixed(1)} KB`,
          PEER.bytesPerWebsite,
        ],
        ['API requests per Website', (requests / count).toFixed(1), ''],
        [`writes in a ${QUIET_WINDOW_MS / 1000} s quiet window`, String(quietWrites), ''],
        [
          `edits at ${changes.rate}/s for ${changes.seconds} s`,
          `${changes.latencies.length} of ${changes.sent} Ready at the new generation`,
          `${PEER.changesPerSecond} changes/s`,
        ],
        ['edit→Ready p50', seconds(percentile(changeSorted, 50)), ''],
        ['edit→Ready p95', seconds(percentile(changeSorted, 95)), ''],
        ['edit→Ready p99', seconds(percentile(changeSorted, 99)), `${PEER.p99Seconds} s`],
      ]),
    );
    console.log('');
    console.log(
      `The peer's figures are published numbers from different hardware and a different setup, not measured here.`,
    );
    console.log(
      `No-op check: the operator has no resync trigger (no informer resyncIntervalMs), so writes were counted ` +
        `over a ${QUIET_WINDOW_MS / 1000} s quiet window ${SETTLE_MS / 1000} s after all were Ready (expected 0).`,
    );
    console.log('Where the time went (from the operator’s /metrics, at the end):');
    for (const line of queueReport(final)) console.log(line);
    if (quietWrites !== 0 || changes.unfinished > 0) process.exitCode = 1;
  } finally {
    stopWatch.stop?.();
    console.log(`Cleaning up: deleting ${namespace}, then stopping the operator…`);
    // The operator stays up while the namespace goes, in case its objects carry finalizers.
    await deleteNamespace(core, namespace);
    rss.stop();
    await stopOperator(operator);
  }
}

try {
  await main();
} catch (error) {
  console.error(`error: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
}
