// Two operator processes campaigning for the same `pagemagic-operator` Lease: only the leader reconciles
// (the standby makes no writes at all), and when the leader is SIGKILLed while Websites are in flight the
// standby takes over once the Lease runs out and finishes them, with no duplicate Builds or ConfigMaps.
// The graceful hand-over (SIGTERM releases the Lease) is covered by runtime/manager.int.test.ts.

import type { Build, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import { KubeClient, type Lease, resources, WRITE_VERBS } from '../../src/runtime/index.ts';
import { RENDERER_VERSION } from '../../src/site/index.ts';
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
import { metricSum, type OperatorProcess, type Sample, startOperator } from '../helpers/operator-process.ts';

const SEED = Number(process.env.PAGEMAGIC_FAULT_SEED ?? 20261129);
const WEBSITE_COUNT = 30;
const LEASE = 'pagemagic-operator';
/** The operator's retry period (runtime/leader-election.ts); `run` has no flag for it. */
const RETRY_PERIOD_SECONDS = 2;
/** Room for a loaded 2-core machine: process scheduling, API latency, the metrics poll. */
const SLACK_SECONDS = 10;

let client: KubeClient;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
const processes: OperatorProcess[] = [];

beforeAll(async () => {
  const kubeConfig = loadKubeConfig();
  client = new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER });
  namespace = await createTestNamespace(kubeConfig, 'fault-failover');
});

afterAll(async () => {
  await Promise.all(processes.map((operator) => operator.kill('SIGKILL')));
  await namespace?.delete();
});

async function start(name: string): Promise<OperatorProcess> {
  const operator = await startOperator({ namespace: namespace.name, name, leaderElect: true });
  processes.push(operator);
  return operator;
}

const leading = (samples: Sample[]) =>
  metricSum(samples, 'leader_election_master_status', { name: LEASE }) === 1;
const reconciles = (samples: Sample[]) => metricSum(samples, 'controller_runtime_reconcile_total');
const writes = (samples: Sample[]) =>
  samples
    .filter(
      (s) =>
        s.name === 'pagemagic_kube_requests_total' &&
        WRITE_VERBS.includes(s.labels.verb as never) &&
        s.labels.resource !== 'leases',
    )
    .reduce((sum, s) => sum + s.value, 0);

async function progress(): Promise<{ ready: number; built: number }> {
  const [websites, builds] = await Promise.all([
    client.list<Website>(WEBSITES, { namespace: namespace.name }),
    client.list<Build>(BUILDS, { namespace: namespace.name }),
  ]);
  return {
    ready: websites.items.filter(isReady).length,
    built: builds.items.filter((b) => b.status?.phase === 'Succeeded').length,
  };
}

describe(`leader failover between two operator processes (seed ${SEED}; set PAGEMAGIC_FAULT_SEED to replay)`, () => {
  it('lets only the leader reconcile, and the standby take over within the lease duration when it dies', async () => {
    const random = seededRandom(SEED);
    const first = await start('failover-a');
    await first.waitReady(120);
    const second = await start('failover-b');
    await second.waitReady(120);
    const roles = await eventually('one leader and one standby', async () => {
      const [a, b] = await Promise.all([first.metrics(), second.metrics()]);
      if (leading(a) === leading(b)) return undefined;
      return leading(a) ? { leader: first, standby: second } : { leader: second, standby: first };
    });
    const { leader, standby } = roles;

    const contents = new Map<string, SiteDocument[]>();
    const objects = siteNames(WEBSITE_COUNT, 'fo').map((name) => {
      const content = smallSiteDocument(`Padaria ${name}`);
      contents.set(name, [content]);
      return websiteObject(namespace.name, name, content);
    });
    await createWebsites(client, objects, 5);

    // Kill at a seeded point between a fifth and a half of the work (Builds done plus Websites Ready).
    const killAt = Math.floor(2 * WEBSITE_COUNT * (0.2 + 0.3 * random()));
    const atKill = await eventually(
      `progress ${killAt} of ${2 * WEBSITE_COUNT}`,
      async () => {
        const now = await progress();
        return now.ready + now.built >= killAt ? now : undefined;
      },
      180,
    );
    const [leaderBefore, standbyBefore] = await Promise.all([leader.metrics(), standby.metrics()]);
    expect(reconciles(leaderBefore)).toBeGreaterThan(0);
    expect(leading(standbyBefore)).toBe(false);
    expect(reconciles(standbyBefore), 'the standby reconciled').toBe(0);
    expect(writes(standbyBefore), 'the standby wrote').toBe(0);
    const lease = await client.get<Lease>(resources.leases, namespace.name, LEASE);
    expect(lease.spec?.holderIdentity).toBe(leader.name);
    const leaseSeconds = lease.spec?.leaseDurationSeconds ?? 0;
    expect(leaseSeconds).toBeGreaterThan(0);

    const killedAt = performance.now();
    await leader.kill('SIGKILL');
    expect(atKill.ready, 'all the work was done before the kill').toBeLessThan(WEBSITE_COUNT);
    let tookOver = Number.POSITIVE_INFINITY;
    await eventually(
      `${standby.name} to lead`,
      async () => {
        if (!leading(await standby.metrics())) return undefined;
        tookOver = (performance.now() - killedAt) / 1000;
        return true;
      },
      120,
    );
    // The standby may take the Lease once it has seen no renewal for a whole lease duration; the last one it
    // saw came before the kill. It looks every retry period with client-go's jitter (up to 2.2 periods).
    const bound = leaseSeconds + 2.2 * RETRY_PERIOD_SECONDS + SLACK_SECONDS;
    console.log(`${standby.name} led ${tookOver.toFixed(1)} s after the kill (bound ${bound} s)`);
    expect(tookOver).toBeLessThanOrEqual(bound);
    const taken = await client.get<Lease>(resources.leases, namespace.name, LEASE);
    expect(taken.spec?.holderIdentity).toBe(standby.name);
    expect(taken.spec?.leaseTransitions).toBe((lease.spec?.leaseTransitions ?? 0) + 1);

    await eventually(
      `all ${WEBSITE_COUNT} Websites Ready under ${standby.name} (log: ${standby.logPath})`,
      async () => ((await progress()).ready === WEBSITE_COUNT ? true : undefined),
      240,
    );
    expect(
      faultProblems(await snapshotNamespace(client, namespace.name), contents, RENDERER_VERSION),
    ).toEqual([]);
    expect(reconciles(await standby.metrics())).toBeGreaterThan(0);
    expect(standby.running()).toBe(true);
  });
});
