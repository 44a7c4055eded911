// The operator against a concurrent writer that edits the same Websites while they reconcile: labels and
// annotations through merge patches with resourceVersion preconditions (a label change makes the operator
// reconcile, so the two race), status patches on a stale resourceVersion (which the API server must
// refuse), and edits of the spec fields the operator owns on its Deployments, Services and Ingresses. Every
// Website still becomes Ready, the writer keeps what is its own, and the operator's fields win back.
//
// The operator's own writes carry no precondition (status by merge patch, children by forced server-side
// apply), so no writer can make them conflict; a proxy in front of the operator answers a seeded share of
// its Website status writes with the API server's 409 instead, so the test can show that conflicts are
// requeued with backoff and counted as requeues, never as errors (runtime/controller.ts).

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Website } from '@pagemagic/crds';
import { WEBSITES } from '@pagemagic/crds';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import { repoRoot } from '@pagemagic/hack/testkit/env';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';
import { siteHost } from '../../src/controllers/website/resources.ts';
import {
  apiStatusCode,
  isConflict,
  KubeClient,
  type KubeObject,
  resources,
} from '../../src/runtime/index.ts';
import { RENDERER_VERSION } from '../../src/site/index.ts';
import { type ConflictProxy, startConflictProxy } from '../helpers/conflict-proxy.ts';
import {
  createWebsites,
  faultProblems,
  isReady,
  seededRandom,
  siteNames,
  smallSiteDocument,
  snapshotNamespace,
  websiteObject,
} from '../helpers/fault-websites.ts';
import { type KubeProxy, startKubeProxy } from '../helpers/kube-proxy.ts';
import { metricSum, type OperatorProcess, startOperator } from '../helpers/operator-process.ts';

const SEED = Number(process.env.PAGEMAGIC_FAULT_SEED ?? 20261129);
const WEBSITE_COUNT = 10;
/** Share of the operator's Website status writes answered with 409, besides the first of each Website. */
const CONFLICT_SHARE = 0.3;
const WRITER_KEY = 'faults.pagemagic.dev/writer';
/** How late the operator's Website watch delivers in the late-status case. */
const LATE_WATCH_MS = 4000;

let client: KubeClient;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let kubeProxy: KubeProxy;
let conflictProxy: ConflictProxy;
let operator: OperatorProcess;
const contents = new Map<string, SiteDocument[]>();
const names = siteNames(WEBSITE_COUNT, 'race');

beforeAll(async () => {
  const kubeConfig = loadKubeConfig();
  // A field manager of its own, as another controller or a person with kubectl would have.
  client = new KubeClient(kubeConfig, { fieldManager: 'fault-writer' });
  namespace = await createTestNamespace(kubeConfig, 'fault-conflicts');
  const random = seededRandom(SEED);
  const conflicted = new Set<string>();
  kubeProxy = await startKubeProxy(kubeConfig);
  conflictProxy = await startConflictProxy(kubeProxy.url, ({ method, path }) => {
    if (method !== 'PATCH' || !/\/websites\/[^/]+\/status$/.test(path)) return false;
    if (!conflicted.has(path)) {
      conflicted.add(path);
      return true;
    }
    return random() < CONFLICT_SHARE;
  });
  const dir = join(repoRoot, '.local', 'faults');
  mkdirSync(dir, { recursive: true });
  const kubeconfig = join(dir, 'conflicts-kubeconfig.json');
  conflictProxy.writeKubeconfig(kubeconfig);
  // Debug level: a requeued conflict is logged at debug, and the test reads that line.
  operator = await startOperator({
    namespace: namespace.name,
    name: 'conflicts',
    logLevel: 'debug',
    kubeconfig,
  });
  await operator.waitReady(120);
});

afterAll(async () => {
  await operator?.kill('SIGKILL');
  await conflictProxy?.close();
  await kubeProxy?.close();
  await namespace?.delete();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const target = (name: string) => ({ namespace: namespace.name, name });
const statusOf = (name: string) => ({ ...target(name), subresource: 'status' as const });
const getWebsite = (name: string) => client.get<Website>(WEBSITES, namespace.name, name);

async function problemsNow(): Promise<string[]> {
  return faultProblems(await snapshotNamespace(client, namespace.name), contents, RENDERER_VERSION);
}

/** Waits for no problems at all; the problems last seen otherwise, so a failure says what was wrong. */
async function settled(seconds = 120): Promise<string[]> {
  let problems: string[] = [];
  await eventually(
    'the namespace to settle',
    async () => {
      problems = await problemsNow();
      return problems.length === 0 ? true : undefined;
    },
    seconds,
  ).catch(() => undefined);
  return problems;
}

/** Resolves true if the write went through, false on a 409; anything else fails the test. */
async function accepted(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (!isConflict(error)) throw error;
    return false;
  }
}

interface Writer {
  rounds: number;
  /** Preconditioned writes on a resourceVersion read just before: through, or lost a race (409). */
  won: number;
  lost: number;
  /** Status writes on a resourceVersion known to be stale: the API server must refuse every one. */
  staleRefused: number;
  staleAccepted: number;
  /** Deployments the writer scaled while the operator was still at work. */
  scaled: number;
}

/**
 * One round on one Website: a label and annotation through a merge patch preconditioned on the
 * resourceVersion just read (a label change makes the operator reconcile, so the two race), a status
 * patch on an older resourceVersion, and, once it exists, a scale of the Deployment the operator owns.
 */
async function writerRound(name: string, writer: Writer, seen: Map<string, string>): Promise<void> {
  const fresh = await getWebsite(name);
  const resourceVersion = fresh.metadata.resourceVersion ?? '';
  const mark = String(writer.rounds);
  const metadata = { resourceVersion, labels: { [WRITER_KEY]: mark }, annotations: { [WRITER_KEY]: mark } };
  if (await accepted(client.mergePatch(WEBSITES, target(name), { metadata }))) writer.won += 1;
  else writer.lost += 1;
  const old = seen.get(name);
  seen.set(name, resourceVersion);
  if (old !== undefined && old !== resourceVersion) {
    const stale = { metadata: { resourceVersion: old }, status: { liveBuild: 'stale-writer' } };
    if (await accepted(client.mergePatch(WEBSITES, statusOf(name), stale))) writer.staleAccepted += 1;
    else writer.staleRefused += 1;
  }
  const scaled = await client.mergePatch(resources.deployments, target(name), { spec: { replicas: 2 } }).then(
    () => true,
    (error: unknown) => {
      if (apiStatusCode(error) === 404) return false;
      throw error;
    },
  );
  if (scaled) writer.scaled += 1;
  writer.rounds += 1;
}

interface Served extends KubeObject {
  spec: {
    replicas?: number;
    template?: { spec?: { containers?: Array<{ name: string; image?: string; readinessProbe?: unknown }> } };
    ports?: Array<{ name?: string; port: number; targetPort?: number | string }>;
    rules?: Array<{ host?: string }>;
  };
}

describe(`the operator against a concurrent writer (seed ${SEED}; set PAGEMAGIC_FAULT_SEED to replay)`, () => {
  it('brings every Website to Ready while the writer races it, requeueing its conflicts without errors', async () => {
    for (const name of names) contents.set(name, [smallSiteDocument(`Padaria ${name}`)]);
    const objects = names.map((name) =>
      websiteObject(namespace.name, name, contents.get(name)?.[0] as SiteDocument),
    );
    await createWebsites(client, objects, 5);

    const random = seededRandom(SEED + 1);
    const writer: Writer = { rounds: 0, won: 0, lost: 0, staleRefused: 0, staleAccepted: 0, scaled: 0 };
    const seen = new Map<string, string>();
    const everReady = new Set<string>();
    // The writer keeps going until every Website has been Ready at least once in spite of it.
    while (everReady.size < WEBSITE_COUNT || writer.rounds < 3 * WEBSITE_COUNT) {
      if (writer.rounds >= 600)
        throw new Error(`only ${[...everReady]} were ever Ready; ${operator.logPath}`);
      await writerRound(names[Math.floor(random() * names.length)] as string, writer, seen);
      const { items } = await client.list<Website>(WEBSITES, { namespace: namespace.name });
      for (const website of items) if (isReady(website)) everReady.add(website.metadata.name ?? '');
    }
    console.log(`writer: ${JSON.stringify(writer)}; operator log: ${operator.logPath}`);

    expect(await settled(), `once the writer stopped (log: ${operator.logPath})`).toEqual([]);
    // The writer really raced: its stale writes were refused, its others went through, and what it owns
    // (its label and annotation) survived the operator's writes, while the replicas it set did not.
    expect(writer.staleAccepted).toBe(0);
    expect(writer.staleRefused).toBeGreaterThan(0);
    expect(writer.won).toBeGreaterThan(0);
    expect(writer.scaled).toBeGreaterThan(0);
    const snapshot = await snapshotNamespace(client, namespace.name);
    for (const website of snapshot.websites) {
      expect(website.metadata.labels?.[WRITER_KEY] ?? '0').toMatch(/^\d+$/);
    }
    expect(snapshot.websites.some((w) => w.metadata.annotations?.[WRITER_KEY] !== undefined)).toBe(true);

    // Every conflict the operator met was a requeue: counted as such, logged at debug, never an error.
    const injected = conflictProxy.conflicts.length;
    expect(injected).toBeGreaterThanOrEqual(WEBSITE_COUNT);
    const samples = await eventually('the requeues to be counted', async () => {
      const now = await operator.metrics();
      const requeues = metricSum(now, 'controller_runtime_reconcile_total', {
        controller: 'website',
        result: 'requeue',
      });
      return requeues >= injected ? now : undefined;
    });
    expect(
      metricSum(samples, 'controller_runtime_reconcile_total', { controller: 'website', result: 'requeue' }),
    ).toBe(injected);
    expect(metricSum(samples, 'controller_runtime_reconcile_errors_total', { controller: 'website' })).toBe(
      0,
    );
    expect(metricSum(samples, 'controller_runtime_reconcile_total', { result: 'error' })).toBe(0);
    const lines = operator.lines();
    const requeued = lines.filter(
      (line) => line.msg === 'conflict; requeued' && line.controller === 'website',
    );
    expect(requeued.length).toBe(injected);
    expect(requeued.every((line) => line.level === 'debug' && String(line.error).includes('409'))).toBe(true);
    expect(lines.filter((line) => line.level === 'error' || line.level === 'unparsed')).toEqual([]);
  });

  it('wins back the fields it owns on the Deployments, Services and Ingresses the writer edits', async () => {
    const config = configFromEnv({});
    const edited = names.slice(0, 3);
    const before = new Map<string, string | undefined>();
    for (const name of edited) {
      const deployment = await client.get<Served>(resources.deployments, namespace.name, name);
      before.set(name, deployment.spec.template?.spec?.containers?.[0]?.image);
      // Merge patches replace whole lists: the container keeps only its name and the writer's image.
      await client.mergePatch(resources.deployments, target(name), {
        spec: {
          replicas: 3,
          template: { spec: { containers: [{ name: 'site', image: 'registry.invalid/writer:1' }] } },
        },
      });
      await client.mergePatch(resources.services, target(name), {
        spec: { ports: [{ name: 'http', port: 80, targetPort: 9999, protocol: 'TCP' }] },
      });
      await client.mergePatch(resources.ingresses, target(name), {
        spec: { rules: [{ host: 'writer.example.com' }] },
      });
    }
    /** What of the writer's edits is still in place. */
    const drift = async (name: string): Promise<string[]> => {
      const website = await getWebsite(name);
      const deployment = await client.get<Served>(resources.deployments, namespace.name, name);
      const service = await client.get<Served>(resources.services, namespace.name, name);
      const ingress = await client.get<Served>(resources.ingresses, namespace.name, name);
      const container = deployment.spec.template?.spec?.containers?.[0];
      const port = service.spec.ports?.find((p) => p.port === 80);
      return [
        deployment.spec.replicas === 1 ? '' : `Deployment ${name} replicas ${deployment.spec.replicas}`,
        container?.image === before.get(name) ? '' : `Deployment ${name} image ${container?.image}`,
        container?.readinessProbe ? '' : `Deployment ${name} lost its readiness probe`,
        port?.targetPort === 8080 ? '' : `Service ${name} port 80 targets ${port?.targetPort}`,
        JSON.stringify(ingress.spec.rules?.map((rule) => rule.host)) ===
        JSON.stringify([siteHost(config, website)])
          ? ''
          : `Ingress ${name} hosts ${ingress.spec.rules?.map((rule) => rule.host)}`,
      ].filter((line) => line !== '');
    };
    let left: string[] = [];
    await eventually(
      'the operator to restore what the writer changed',
      async () => {
        left = (await Promise.all(edited.map(drift))).flat();
        return left.length === 0 ? true : undefined;
      },
      60,
    ).catch(() => undefined);
    expect(left, `still the writer's (log: ${operator.logPath})`).toEqual([]);
    expect(await settled()).toEqual([]);
  });

  it('keeps its status right when its own status writes reach its cache late', async () => {
    // A watch that lags (as under load) lets a reconcile read a status older than the operator's own last
    // write. The writer's edit of the Deployment makes the operator say RollingOut, then Live again once it
    // has taken its fields back; the Live reconcile still sees the status from before RollingOut.
    const name = 'late-status';
    const content = smallSiteDocument(`Padaria ${name}`);
    contents.set(name, [content]);
    await createWebsites(client, [websiteObject(namespace.name, name, content)], 1);
    expect(await settled()).toEqual([]);
    conflictProxy.delayWatches((path) => path.endsWith('/websites'), LATE_WATCH_MS);
    try {
      await client.mergePatch(resources.deployments, target(name), { spec: { replicas: 2 } });
      // Longer than the delay, so every late event has arrived and been acted on.
      await sleep(3 * LATE_WATCH_MS);
      expect(await settled(), `log: ${operator.logPath}`).toEqual([]);
    } finally {
      conflictProxy.delayWatches(() => false, 0);
    }
  });
});
