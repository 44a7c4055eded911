// The local cluster's real kube-apiserver restarted under a running operator: its watches break, its
// informers notice, reconnect and catch up, and Websites created and edited after the restart become
// Ready through the very same operator process. Every other user of the cluster sees the outage too, so
// this file runs in the `faults` project, alone and after everything else, and leaves the whole control
// plane running and renewed when it ends.
//
// The operator runs without leader election here: with it, an outage longer than the renew deadline makes
// the operator step down and exit by design (as client-go's does), and the question is the informers.

import { WEBSITES } from '@pagemagic/crds';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import { KubeClient } from '../../src/runtime/index.ts';
import { RENDERER_VERSION } from '../../src/site/index.ts';
import {
  createWebsites,
  faultProblems,
  siteNames,
  smallSiteDocument,
  snapshotNamespace,
  websiteObject,
} from '../helpers/fault-websites.ts';
import { componentPid, ensureClusterRunning, startCluster, stopApiserver } from '../helpers/local-cluster.ts';
import { metricSum, type OperatorProcess, type Sample, startOperator } from '../helpers/operator-process.ts';

/** Every informer `pagemagic-operator run` starts. */
const INFORMERS = [
  'websites',
  'builds',
  'domains',
  'configmaps',
  'deployments',
  'services',
  'ingresses',
  'domainclaims',
];

let client: KubeClient;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let operator: OperatorProcess;
let restartedAt = Date.now();

beforeAll(async () => {
  const kubeConfig = loadKubeConfig();
  client = new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER });
  namespace = await createTestNamespace(kubeConfig, 'fault-apiserver');
  operator = await startOperator({ namespace: namespace.name, name: 'apiserver' });
  await operator.waitReady(120);
});

afterAll(async () => {
  // Whatever happened above, the next user of the cluster finds it whole.
  await ensureClusterRunning(client);
  await operator?.kill('SIGKILL');
  await namespace?.delete();
});

const perInformer = (samples: Sample[], name: string) =>
  Object.fromEntries(INFORMERS.map((resource) => [resource, metricSum(samples, name, { resource })]));

/** Relists per informer, the first list left out. */
function relistCounts(samples: Sample[]): Record<string, number> {
  return Object.fromEntries(
    INFORMERS.map((resource) => [
      resource,
      metricSum(samples, 'pagemagic_informer_relists_total', { resource }) -
        metricSum(samples, 'pagemagic_informer_relists_total', { resource, reason: 'initial' }),
    ]),
  );
}

async function problems(contents: ReadonlyMap<string, readonly SiteDocument[]>): Promise<string[]> {
  let last: string[] = [];
  await eventually(
    'every Website Ready and as it should be',
    async () => {
      last = faultProblems(await snapshotNamespace(client, namespace.name), contents, RENDERER_VERSION);
      return last.length === 0 ? true : undefined;
    },
    180,
  ).catch(() => undefined);
  return last;
}

describe('a restart of the real kube-apiserver under a running operator', () => {
  it('is survived by the same operator process: its informers recover and new work becomes Ready', async () => {
    const contents = new Map<string, SiteDocument[]>();
    const names = siteNames(4, 'api');
    for (const name of names) contents.set(name, [smallSiteDocument(`Padaria ${name}`)]);
    const [before, after] = [names.slice(0, 2), names.slice(2)];
    await createWebsites(
      client,
      before.map((name) => websiteObject(namespace.name, name, contents.get(name)?.[0] as SiteDocument)),
      2,
    );
    expect(await problems(new Map(before.map((name) => [name, contents.get(name) ?? []])))).toEqual([]);
    const pid = operator.pid;
    const samplesBefore = await operator.metrics();
    const failuresBefore = perInformer(samplesBefore, 'pagemagic_informer_watch_failures_total');

    const apiserverPid = await stopApiserver();
    restartedAt = Date.now();
    // Down long enough for every informer to have seen its watch fail, so recovery is what is tested.
    await eventually(
      'every informer to notice the API server is gone',
      async () => {
        const failures = perInformer(await operator.metrics(), 'pagemagic_informer_watch_failures_total');
        return INFORMERS.every((resource) => (failures[resource] ?? 0) > (failuresBefore[resource] ?? 0))
          ? true
          : undefined;
      },
      60,
    );
    await startCluster();
    await ensureClusterRunning(client);
    expect(componentPid('kube-apiserver')).not.toBe(apiserverPid);

    // New work and an edit, both after the restart, through the same process.
    await createWebsites(
      client,
      after.map((name) => websiteObject(namespace.name, name, contents.get(name)?.[0] as SiteDocument)),
      2,
    );
    const edited = before[0] as string;
    const newContent = smallSiteDocument(`Padaria ${edited} (edited)`);
    contents.get(edited)?.push(newContent);
    await client.mergePatch(
      WEBSITES,
      { namespace: namespace.name, name: edited },
      { spec: { content: { inline: newContent } } },
    );
    expect(await problems(contents), `log: ${operator.logPath}`).toEqual([]);

    expect(operator.running(), `the operator exited: ${operator.stderr()}`).toBe(true);
    expect(operator.pid).toBe(pid);
    expect(operator.lines().filter((line) => line.msg === 'manager started')).toHaveLength(1);
    // Every informer heard from the new API server: it relisted (a 410 for a resourceVersion the new watch
    // cache does not hold) or its resumed watch delivered events; the wait leaves room for a bookmark.
    const relistsBefore = relistCounts(samplesBefore);
    const samples = await eventually(
      'every informer to hear from the restarted API server',
      async () => {
        const now = await operator.metrics();
        const relisted = relistCounts(now);
        const sinceStop = (Date.now() - restartedAt) / 1000;
        const silent = INFORMERS.filter(
          (resource) =>
            (relisted[resource] ?? 0) === (relistsBefore[resource] ?? 0) &&
            metricSum(now, 'pagemagic_informer_last_event_age_seconds', { resource }) >= sinceStop,
        );
        return silent.length === 0 ? now : undefined;
      },
      120,
    );
    const reasons = Object.fromEntries(
      INFORMERS.map((resource) => [
        resource,
        samples
          .filter((s) => s.name === 'pagemagic_informer_relists_total' && s.labels.resource === resource)
          .map((s) => `${s.labels.reason}=${s.value}`)
          .join(' '),
      ]),
    );
    console.log(`relists by reason: ${JSON.stringify(reasons)}`);
  });
});
