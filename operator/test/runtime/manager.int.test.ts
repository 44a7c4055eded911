// The manager: readiness of a leader and a standby in-process, and graceful shutdown of a real process.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { KubeConfig } from '@kubernetes/client-node';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import {
  createLogger,
  KubeClient,
  type KubeObject,
  type Lease,
  Manager,
  resources,
} from '../../src/runtime/index.ts';

let config: KubeConfig;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let client: KubeClient;
const managers: Manager[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  config = loadKubeConfig();
  namespace = await createTestNamespace(config, 'rt-manager');
  client = new KubeClient(config, { fieldManager: OPERATOR_FIELD_MANAGER });
});
afterEach(async () => {
  await Promise.all(managers.splice(0).map((manager) => manager.stop()));
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(async () => {
  await namespace?.delete();
});

const leaseName = () => `lease-${randomBytes(3).toString('hex')}`;

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

function configMap(name: string, labels: Record<string, string>) {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: namespace.name, labels } };
}

describe('Manager', () => {
  it('is ready as leader once synced and as a standby, and the standby takes over on a graceful stop', async () => {
    const lease = leaseName();
    await client.create(resources.configMaps, configMap('watched', { manager: 'ready' }));
    const start = async (identity: string) => {
      const manager = new Manager({
        kubeConfig: config,
        fieldManager: OPERATOR_FIELD_MANAGER,
        logger: createLogger({ level: 'error', write: () => {} }),
        metrics: { host: '127.0.0.1', port: 0 },
        leaderElection: {
          namespace: namespace.name,
          name: lease,
          identity,
          leaseDurationSeconds: 30,
          renewDeadlineSeconds: 20,
          retryPeriodSeconds: 0.25,
        },
        processMetrics: false,
      });
      const informer = manager.addInformer<KubeObject>({
        resource: resources.configMaps,
        namespace: namespace.name,
        labelSelector: 'manager=ready',
      });
      managers.push(manager);
      await manager.start();
      return { manager, informer, url: manager.url ?? '' };
    };
    const first = await start('first');
    await eventually('first to lead', async () => (first.manager.elector?.isLeader() ? true : undefined));
    const second = await start('second');

    const firstReady = await eventually('the leader to be ready', async () => {
      const answer = await get(`${first.url}/readyz`);
      return answer.status === 200 ? answer : undefined;
    });
    expect(firstReady.body).toContain('[+]leader-election: leading');
    expect(firstReady.body).toContain('[+]informer configmaps: synced');
    expect(first.informer.size).toBe(1);

    const secondReady = await eventually('the standby to be ready', async () => {
      const answer = await get(`${second.url}/readyz`);
      return answer.status === 200 ? answer : undefined;
    });
    expect(secondReady.body).toContain('[+]leader-election: standing by');
    expect(second.informer.hasSynced()).toBe(false);
    expect((await get(`${second.url}/healthz`)).status).toBe(200);
    const standbyMetrics = (await get(`${second.url}/metrics`)).body;
    expect(standbyMetrics).toContain(`leader_election_master_status{name="${lease}"} 0`);
    expect((await get(`${first.url}/metrics`)).body).toContain(
      `leader_election_master_status{name="${lease}"} 1`,
    );

    expect(await first.manager.stop()).toBe('stopped');
    await expect(get(`${first.url}/healthz`)).rejects.toThrow();
    // A 30 s lease: only the release lets the standby lead within this wait.
    await eventually(
      'the standby to take over and sync',
      async () => {
        const answer = await get(`${second.url}/readyz`);
        return answer.status === 200 && answer.body.includes('leading') ? true : undefined;
      },
      20,
    );
    expect(second.informer.size).toBe(1);
  });

  it('on SIGTERM finishes the in-flight reconcile, releases the Lease and exits 0', async () => {
    const lease = leaseName();
    await client.create(resources.configMaps, configMap('job', { fixture: 'work' }));
    const child = spawn(
      process.execPath,
      [fileURLToPath(new URL('./fixtures/manager.ts', import.meta.url))],
      {
        env: {
          ...process.env,
          FIXTURE_NAMESPACE: namespace.name,
          FIXTURE_LEASE: lease,
          PAGEMAGIC_LOG_LEVEL: 'debug',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = once(child, 'exit');

    const annotations = async () =>
      (await client.get<KubeObject>(resources.configMaps, namespace.name, 'job')).metadata?.annotations ?? {};
    await eventually(`the reconcile to start (stderr: ${stderr})`, async () =>
      (await annotations()).started ? true : undefined,
    );
    const lines = () =>
      stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    const started = lines().find((line) => line.msg === 'manager started');
    const metricsUrl = String(started?.metrics);
    expect((await get(`${metricsUrl}/readyz`)).status).toBe(200);
    const metrics = (await get(`${metricsUrl}/metrics`)).body;
    expect(metrics).toContain('controller_runtime_active_workers{controller="work"} 1');
    expect(metrics).toContain(`leader_election_master_status{name="${lease}"} 1`);
    expect((await annotations()).finished).toBeUndefined();

    child.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
    expect(await annotations()).toMatchObject({ started: 'true', finished: 'true' });
    const held = await client.get<Lease>(resources.leases, namespace.name, lease);
    expect(held.spec?.holderIdentity).toBe('');

    const log = lines();
    for (const line of log) {
      const keys = Object.keys(line);
      expect([...keys.slice(0, 2), keys.at(-1)]).toEqual(['level', 'time', 'msg']);
    }
    const messages = log.map((line) => line.msg);
    expect(messages.indexOf('shutting down')).toBeLessThan(messages.indexOf('reconcile finished'));
    expect(messages.indexOf('reconcile finished')).toBeLessThan(messages.indexOf('released the lease'));
    expect(messages.at(-1)).toBe('manager stopped');
    const finished = log.find((line) => line.msg === 'reconcile finished');
    expect(finished).toMatchObject({ controller: 'work', key: `${namespace.name}/job` });
    expect(String(finished?.traceId)).toMatch(/^[0-9a-f]{32}$/);
  });
});
