// Server-side apply, /status writes and error classification against the real API server.

import type { KubeConfig } from '@kubernetes/client-node';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace } from '@pagemagic/hack/testkit/test-namespace';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import {
  isConflict,
  isNotFound,
  KubeClient,
  type KubeObject,
  type ResourceRef,
  resources,
} from '../../src/runtime/index.ts';
import { type KubeProxy, startKubeProxy } from '../helpers/kube-proxy.ts';
import { metricValue } from './metrics.ts';

interface ConfigMap extends KubeObject {
  data?: Record<string, string>;
}

interface Domain extends KubeObject {
  spec?: { hostname: string; website: string };
  status?: {
    conditions?: Array<{
      type: string;
      status: string;
      reason: string;
      message: string;
      lastTransitionTime: string;
    }>;
    verifiedAt?: string;
  };
}

const domains: ResourceRef = { apiVersion: 'pagemagic.dev/v1alpha1', plural: 'domains', kind: 'Domain' };

let config: KubeConfig;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let proxy: KubeProxy;
let registry: Registry;
let client: KubeClient;

beforeAll(async () => {
  config = loadKubeConfig();
  namespace = await createTestNamespace(config, 'rt-client');
  proxy = await startKubeProxy(config);
  registry = new Registry();
  client = new KubeClient(proxy.kubeConfig(), { fieldManager: OPERATOR_FIELD_MANAGER, registry });
});
afterAll(async () => {
  await proxy?.close();
  await namespace?.delete();
});

const requests = (verb: string, resource: string) =>
  metricValue(registry, 'pagemagic_kube_requests_total', { verb, resource });

function configMap(name: string, data: Record<string, string>): ConfigMap {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: namespace.name }, data };
}

describe('server-side apply', () => {
  it('is a no-op when the same object is applied twice, and counts every request', async () => {
    const first = await client.apply(resources.configMaps, configMap('applied', { a: '1' }));
    const second = await client.apply(resources.configMaps, configMap('applied', { a: '1' }));
    expect(second.metadata?.resourceVersion).toBe(first.metadata?.resourceVersion);
    const changed = await client.apply(resources.configMaps, configMap('applied', { a: '2' }));
    expect(changed.metadata?.resourceVersion).not.toBe(first.metadata?.resourceVersion);

    expect(await requests('apply', 'configmaps')).toBe(3);
    const patches = proxy.requests.filter((request) => request.path.endsWith('/configmaps/applied'));
    expect(
      patches.map((request) => [
        request.method,
        request.query.get('fieldManager'),
        request.query.get('force'),
      ]),
    ).toEqual([
      ['PATCH', OPERATOR_FIELD_MANAGER, 'true'],
      ['PATCH', OPERATOR_FIELD_MANAGER, 'true'],
      ['PATCH', OPERATOR_FIELD_MANAGER, 'true'],
    ]);
    const managers = (changed.metadata?.managedFields ?? []) as Array<{
      manager?: string;
      operation?: string;
    }>;
    expect(managers.map((entry) => [entry.manager, entry.operation])).toEqual([
      [OPERATOR_FIELD_MANAGER, 'Apply'],
    ]);
  });

  it('takes back a field another manager took (force) and drops fields it no longer applies', async () => {
    await client.apply(resources.configMaps, configMap('contested', { mine: '1', dropped: 'x' }));
    const taken = await client.apply(resources.configMaps, configMap('contested', { mine: 'theirs' }), {
      fieldManager: 'someone-else',
    });
    expect(taken.data).toEqual({ mine: 'theirs', dropped: 'x' });
    // Without force this apply would be refused with 409: data.mine belongs to someone-else now.
    const result = await client.apply(resources.configMaps, configMap('contested', { mine: '2' }));
    expect(result.data).toEqual({ mine: '2' });
  });
});

describe('status writes', () => {
  it('go through the /status subresource, leave spec and generation alone, and repeat as no-ops', async () => {
    const name = 'example';
    const created = await client.create<Domain>(domains, {
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Domain',
      metadata: { name, namespace: namespace.name },
      spec: { hostname: 'www.example.com', website: 'site' },
    });
    const status: Domain['status'] = {
      conditions: [
        {
          type: 'Ready',
          status: 'False',
          reason: 'Verifying',
          message: 'waiting for the TXT record',
          lastTransitionTime: '2026-01-01T00:00:00Z',
        },
      ],
    };
    const body = {
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Domain',
      metadata: { name, namespace: namespace.name },
      status,
    };
    const applied = await client.applyStatus<Domain>(domains, body);
    expect(applied.status).toEqual(status);
    expect(applied.spec).toEqual(created.spec);
    expect(applied.metadata?.generation).toBe(created.metadata?.generation);
    const again = await client.applyStatus<Domain>(domains, body);
    expect(again.metadata?.resourceVersion).toBe(applied.metadata?.resourceVersion);

    const patched = await client.patchStatus<Domain>(
      domains,
      { namespace: namespace.name, name },
      {
        verifiedAt: '2026-01-02T00:00:00Z',
      },
    );
    expect(patched.status).toEqual({ ...status, verifiedAt: '2026-01-02T00:00:00Z' });
    expect(patched.metadata?.generation).toBe(created.metadata?.generation);

    const statusWrites = proxy.requests.filter(
      (request) => request.method === 'PATCH' && request.path.includes('/domains/'),
    );
    expect(statusWrites.map((request) => request.path)).toEqual([
      `/apis/pagemagic.dev/v1alpha1/namespaces/${namespace.name}/domains/${name}/status`,
      `/apis/pagemagic.dev/v1alpha1/namespaces/${namespace.name}/domains/${name}/status`,
      `/apis/pagemagic.dev/v1alpha1/namespaces/${namespace.name}/domains/${name}/status`,
    ]);
    expect(await requests('apply', 'domains/status')).toBe(2);
    expect(await requests('patch', 'domains/status')).toBe(1);
  });
});

describe('errors', () => {
  it('tells NotFound and Conflict apart on real answers', async () => {
    const missing = await client
      .get(resources.configMaps, namespace.name, 'missing')
      .catch((error: unknown) => error);
    expect(isNotFound(missing)).toBe(true);
    expect(isConflict(missing)).toBe(false);

    const current = await client.create<ConfigMap>(resources.configMaps, configMap('versioned', { v: '1' }));
    await client.replace<ConfigMap>(resources.configMaps, { ...current, data: { v: '2' } });
    const stale = await client
      .replace<ConfigMap>(resources.configMaps, { ...current, data: { v: '3' } })
      .catch((error: unknown) => error);
    expect(isConflict(stale)).toBe(true);
    expect((stale as Error).message).toMatch(/^update .*configmaps\/versioned: 409 Conflict: /);
    expect(await requests('update', 'configmaps')).toBe(2);
    expect(await requests('get', 'configmaps')).toBe(1);
  });
});
