// Two electors in one process campaigning for one real Lease.

import { randomBytes } from 'node:crypto';
import type { KubeConfig } from '@kubernetes/client-node';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import {
  type ElectionEnd,
  KubeClient,
  type LeaderElectionOptions,
  LeaderElector,
  type Lease,
  resources,
} from '../../src/runtime/index.ts';
import { metricValue } from './metrics.ts';

let config: KubeConfig;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let client: KubeClient;
const electors: LeaderElector[] = [];

beforeAll(async () => {
  config = loadKubeConfig();
  namespace = await createTestNamespace(config, 'rt-election');
  client = new KubeClient(config, { fieldManager: OPERATOR_FIELD_MANAGER });
});
afterEach(async () => {
  await Promise.all(electors.splice(0).map((elector) => elector.stop({ release: false })));
});
afterAll(async () => {
  await namespace?.delete();
});

interface Candidate {
  elector: LeaderElector;
  registry: Registry;
  log: string[];
  run: Promise<ElectionEnd>;
  leadership: () => AbortSignal | undefined;
}

function candidate(
  identity: string,
  lease: string,
  timing: Pick<LeaderElectionOptions, 'leaseDurationSeconds' | 'renewDeadlineSeconds' | 'retryPeriodSeconds'>,
): Candidate {
  const registry = new Registry();
  const log: string[] = [];
  let signal: AbortSignal | undefined;
  const elector = new LeaderElector({
    client: new KubeClient(config, { fieldManager: OPERATOR_FIELD_MANAGER, registry }),
    namespace: namespace.name,
    name: lease,
    identity,
    ...timing,
    registry,
    onStartedLeading: (leading) => {
      signal = leading;
      log.push('started');
    },
    onStoppedLeading: () => {
      log.push('stopped');
    },
  });
  electors.push(elector);
  return { elector, registry, log, run: elector.run(), leadership: () => signal };
}

// Short enough that a crashed leader's lease runs out quickly, with room for a slow API server under load.
const short = { leaseDurationSeconds: 3, renewDeadlineSeconds: 2.5, retryPeriodSeconds: 0.25 };
const leaseName = () => `lease-${randomBytes(3).toString('hex')}`;
const readLease = (name: string) => client.get<Lease>(resources.leases, namespace.name, name);

async function leaderOf(candidates: Candidate[]): Promise<Candidate> {
  return eventually('a leader', async () => {
    const leaders = candidates.filter((c) => c.elector.isLeader());
    return leaders.length === 1 ? leaders[0] : undefined;
  });
}

describe('LeaderElector', () => {
  it('elects exactly one of two, and only that one reports master status', async () => {
    const lease = leaseName();
    const pair = [candidate('alpha', lease, short), candidate('beta', lease, short)];
    const leader = await leaderOf(pair);
    const follower = pair.find((c) => c !== leader);

    // Over several renewals, never two leaders at once, and the leader does not change.
    for (let i = 0; i < 30; i++) {
      expect(pair.filter((c) => c.elector.isLeader())).toEqual([leader]);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await readLease(lease)).spec?.holderIdentity).toBe(leader.elector.identity);
    expect(follower?.elector.leader()).toBe(leader.elector.identity);
    expect(await metricValue(leader.registry, 'leader_election_master_status', { name: lease })).toBe(1);
    expect(
      follower && (await metricValue(follower.registry, 'leader_election_master_status', { name: lease })),
    ).toBe(0);
    expect(leader.log).toEqual(['started']);
    expect(follower?.log).toEqual([]);
  });

  it('releases the lease on a graceful stop, so the other takes over well before the lease would expire', async () => {
    const lease = leaseName();
    // A term of 60 s: without the release, the standby could not take over within this test's wait.
    const long = { leaseDurationSeconds: 60, renewDeadlineSeconds: 10, retryPeriodSeconds: 0.25 };
    const pair = [candidate('alpha', lease, long), candidate('beta', lease, long)];
    const leader = await leaderOf(pair);
    const follower = pair.find((c) => c !== leader) as Candidate;

    await leader.elector.stop();
    expect(await leader.run).toBe('stopped');
    expect(leader.log).toEqual(['started', 'stopped']);
    expect(leader.leadership()?.aborted).toBe(true);
    // What the API server accepted from the leader's last write (reading the Lease could race the standby).
    expect(leader.elector.leader()).toBeUndefined();

    await eventually('the standby to lead', async () => (follower.elector.isLeader() ? true : undefined), 20);
    const taken = await readLease(lease);
    expect(taken.spec?.holderIdentity).toBe(follower.elector.identity);
    expect(taken.spec?.leaseTransitions).toBe(1);
  });

  it('lets the other take over once a leader that stopped renewing (a crash) lets the lease run out', async () => {
    const lease = leaseName();
    const pair = [candidate('alpha', lease, short), candidate('beta', lease, short)];
    const leader = await leaderOf(pair);
    const follower = pair.find((c) => c !== leader) as Candidate;

    await leader.elector.stop({ release: false });
    expect((await readLease(lease)).spec?.holderIdentity).toBe(leader.elector.identity);
    await eventually('the standby to lead', async () => (follower.elector.isLeader() ? true : undefined), 20);
    expect(follower.log).toEqual(['started']);
    expect((await readLease(lease)).spec?.holderIdentity).toBe(follower.elector.identity);
  });

  it('steps down when it cannot renew before the deadline because someone else holds the lease', async () => {
    const lease = leaseName();
    const solo = candidate('alpha', lease, short);
    await eventually('alpha to lead', async () => (solo.elector.isLeader() ? true : undefined));

    // Another holder takes the Lease behind alpha's back (as a partitioned replica might find on return).
    await eventually('the intruder to take the lease', async () => {
      const current = await readLease(lease);
      await client.replace<Lease>(resources.leases, {
        ...current,
        spec: { ...current.spec, holderIdentity: 'intruder', leaseDurationSeconds: 3600 },
      });
      return true;
    });

    expect(await solo.run).toBe('lost');
    expect(solo.elector.isLeader()).toBe(false);
    expect(solo.log).toEqual(['started', 'stopped']);
    expect(solo.leadership()?.aborted).toBe(true);
    expect((await readLease(lease)).spec?.holderIdentity).toBe('intruder');
    expect(await metricValue(solo.registry, 'leader_election_master_status', { name: lease })).toBe(0);
  });
});
