// The informer against the real API server, through a proxy that can cut, stall or expire its watches.

import type { KubeConfig } from '@kubernetes/client-node';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import {
  Informer,
  type InformerOptions,
  KubeClient,
  type KubeObject,
  objectKey,
  resources,
} from '../../src/runtime/index.ts';
import { type KubeProxy, startKubeProxy } from '../helpers/kube-proxy.ts';
import { metricValue } from './metrics.ts';

interface ConfigMap extends KubeObject {
  data?: Record<string, string>;
}

let config: KubeConfig;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let direct: KubeClient;
let proxy: KubeProxy;
const informers: Informer<ConfigMap>[] = [];

beforeAll(async () => {
  config = loadKubeConfig();
  namespace = await createTestNamespace(config, 'rt-informer');
  direct = new KubeClient(config, { fieldManager: OPERATOR_FIELD_MANAGER });
});
afterAll(async () => {
  await namespace?.delete();
});
afterEach(async () => {
  await Promise.all(informers.splice(0).map((informer) => informer.stop()));
  await proxy?.close();
});

async function throughProxy(
  group: string,
  options: Partial<InformerOptions<ConfigMap>> = {},
): Promise<{ informer: Informer<ConfigMap>; registry: Registry; events: string[] }> {
  proxy = await startKubeProxy(config);
  const registry = new Registry();
  const informer = new Informer<ConfigMap>({
    client: new KubeClient(proxy.kubeConfig(), { fieldManager: OPERATOR_FIELD_MANAGER, registry }),
    resource: resources.configMaps,
    namespace: namespace.name,
    labelSelector: `test-group=${group}`,
    backoff: { initialMs: 50, maxMs: 500 },
    registry,
    ...options,
  });
  const events: string[] = [];
  informer.onAdd((object) => events.push(`add ${object.metadata?.name}`));
  informer.onUpdate((previous, object) =>
    events.push(`update ${object.metadata?.name} ${previous.data?.v ?? ''}->${object.data?.v ?? ''}`),
  );
  informer.onDelete((object) => events.push(`delete ${object.metadata?.name}`));
  informers.push(informer);
  return { informer, registry, events };
}

function configMap(group: string, name: string, value = '1'): ConfigMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: namespace.name, labels: { 'test-group': group } },
    data: { v: value },
  };
}

const create = (object: ConfigMap) => direct.create(resources.configMaps, object);
const update = (group: string, name: string, value: string) =>
  direct.mergePatch(resources.configMaps, { namespace: namespace.name, name }, configMap(group, name, value));
const remove = (name: string) => direct.delete(resources.configMaps, { namespace: namespace.name, name });

async function createMany(objects: ConfigMap[], concurrency = 16): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let object = objects[next++]; object !== undefined; object = objects[next++]) await create(object);
    }),
  );
}

describe('Informer', () => {
  it('lists in pages and caches every object, without managedFields', async () => {
    const names = Array.from({ length: 1_200 }, (_, i) => `bulk-${String(i).padStart(4, '0')}`);
    await createMany(names.map((name) => configMap('bulk', name)));
    const { informer, events } = await throughProxy('bulk', { pageSize: 500 });
    informer.start();
    await informer.waitForSync();

    expect(informer.size).toBe(1_200);
    expect(informer.keys().sort()).toEqual(names.map((name) => `${namespace.name}/${name}`));
    expect(events.filter((event) => event.startsWith('add '))).toHaveLength(1_200);
    const lists = proxy.requests.filter((request) => request.method === 'GET' && !request.watch);
    expect(lists.map((request) => request.query.get('limit'))).toEqual(['500', '500', '500']);
    expect(lists.map((request) => Boolean(request.query.get('continue')))).toEqual([false, true, true]);
    expect(informer.stats().pages).toBe(3);
    const cached = informer.get(`${namespace.name}/bulk-0000`);
    expect(cached?.data).toEqual({ v: '1' });
    expect(cached?.kind).toBe('ConfigMap');
    expect(cached?.metadata?.managedFields).toBeUndefined();
  });

  it('announces adds, updates and deletes as they happen, and watches from the listed resourceVersion', async () => {
    await create(configMap('live', 'before'));
    const { informer, events } = await throughProxy('live');
    informer.start();
    await informer.waitForSync();
    const listedVersion = informer.resourceVersion;
    expect(events).toEqual(['add before']);

    await create(configMap('live', 'x'));
    await eventually('the add', async () => informer.get(`${namespace.name}/x`));
    await update('live', 'x', '2');
    await eventually('the update', async () =>
      informer.get(`${namespace.name}/x`)?.data?.v === '2' ? true : undefined,
    );
    await remove('x');
    await eventually('the delete', async () => (informer.get(`${namespace.name}/x`) ? undefined : true));

    expect(events).toEqual(['add before', 'add x', 'update x 1->2', 'delete x']);
    const watch = proxy.requests.find((request) => request.watch);
    expect(watch?.query.get('resourceVersion')).toBe(listedVersion);
    expect(watch?.query.get('allowWatchBookmarks')).toBe('true');
    expect(informer.stats().lists).toBe(1);
  });

  it('relists on 410 Gone and announces what changed meanwhile, deletions included', async () => {
    await create(configMap('gone', 'stays'));
    await create(configMap('gone', 'changes'));
    await create(configMap('gone', 'vanishes'));
    // Short watches, so a new one (which the proxy answers with 410) starts soon.
    const { informer, events } = await throughProxy('gone', { watchTimeoutSeconds: 1 });
    informer.start();
    await informer.waitForSync();
    events.length = 0;

    // While the watch carries nothing, change things; only a relist can reveal them.
    proxy.stallWatches(true);
    await update('gone', 'changes', '2');
    await remove('vanishes');
    await create(configMap('gone', 'arrives'));
    proxy.expireNextWatch();

    await eventually('a relist after the 410', async () =>
      informer.stats().relists.gone > 0 ? true : undefined,
    );
    await eventually('the cache to catch up', async () =>
      informer.get(`${namespace.name}/arrives`) && !informer.get(`${namespace.name}/vanishes`)
        ? true
        : undefined,
    );
    proxy.stallWatches(false);

    expect(proxy.expiredServed).toBe(1);
    expect(events.sort()).toEqual(['add arrives', 'delete vanishes', 'update changes 1->2']);
    expect(informer.list().map(objectKey).sort()).toEqual(
      ['arrives', 'changes', 'stays'].map((name) => `${namespace.name}/${name}`),
    );
  });

  it('reconnects after the connection is cut, and after 5xx answers, without losing changes', async () => {
    const { informer, registry, events } = await throughProxy('cut');
    informer.start();
    await informer.waitForSync();

    proxy.sever();
    await create(configMap('cut', 'while-cut'));
    // Long enough for the informer to fail a few reconnects against the severed proxy.
    await eventually('failed reconnects', async () =>
      ((await metricValue(registry, 'pagemagic_informer_watch_failures_total', { resource: 'configmaps' })) ??
        0) >= 2
        ? true
        : undefined,
    );
    proxy.failNext(2, 503);
    proxy.restore();

    await eventually('the change made while cut off', async () =>
      informer.get(`${namespace.name}/while-cut`),
    );
    await create(configMap('cut', 'after'));
    await eventually('a change after reconnecting', async () => informer.get(`${namespace.name}/after`));
    expect(events).toEqual(['add while-cut', 'add after']);
    expect(informer.stats().watches).toBeGreaterThan(1);
  });

  it('relists when nothing arrives within the bound, so a silently stalled watch cannot hide changes', async () => {
    const { informer, registry, events } = await throughProxy('stale', {
      maxEventAgeMs: 1_000,
      watchTimeoutSeconds: 300,
    });
    informer.start();
    await informer.waitForSync();
    proxy.stallWatches(true);
    await create(configMap('stale', 'unseen-by-watch'));

    await eventually('the stalled change, through a relist', async () =>
      informer.get(`${namespace.name}/unseen-by-watch`),
    );
    proxy.stallWatches(false);
    expect(informer.stats().relists.stale).toBeGreaterThan(0);
    expect(events).toEqual(['add unseen-by-watch']);
    expect(
      await metricValue(registry, 'pagemagic_informer_relists_total', {
        resource: 'configmaps',
        reason: 'stale',
      }),
    ).toBeGreaterThan(0);
    const age = await metricValue(registry, 'pagemagic_informer_last_event_age_seconds', {
      resource: 'configmaps',
    });
    expect(age).toBeGreaterThanOrEqual(0);
  });
});

describe('Informer indexes and metadata-only caches', () => {
  const owner = (object: ConfigMap) => {
    const value = object.metadata?.labels?.owner;
    return value ? [value] : [];
  };

  it('keeps an index current through adds, label moves, deletes and relists', async () => {
    const labelled = (name: string, value: string): ConfigMap => ({
      ...configMap('index', name),
      metadata: { ...configMap('index', name).metadata, labels: { 'test-group': 'index', owner: value } },
    });
    await create(labelled('a', 'one'));
    const { informer } = await throughProxy('index');
    informer.addIndex('owner', owner);
    expect(() => informer.addIndex('owner', owner)).toThrow(/already has an index/);
    informer.start();
    await informer.waitForSync();
    const names = (value: string) =>
      informer
        .byIndex('owner', value)
        .map((o) => o.metadata?.name)
        .sort();
    expect(names('one')).toEqual(['a']);
    await create(labelled('b', 'one'));
    await create(labelled('c', 'two'));
    await eventually('b and c indexed', async () =>
      names('one').length === 2 && names('two').length === 1 ? true : undefined,
    );
    expect(names('one')).toEqual(['a', 'b']);

    await direct.mergePatch(
      resources.configMaps,
      { namespace: namespace.name, name: 'b' },
      {
        metadata: { labels: { owner: 'two' } },
      },
    );
    await eventually('b moved', async () => (names('two').length === 2 ? true : undefined));
    expect(names('one')).toEqual(['a']);
    expect(names('two')).toEqual(['b', 'c']);

    await remove('c');
    await eventually('c gone', async () => (names('two').length === 1 ? true : undefined));
    informer.relist();
    await eventually('a relist', async () => (informer.stats().lists === 2 ? true : undefined));
    expect(names('one')).toEqual(['a']);
    expect(names('two')).toEqual(['b']);
    expect(informer.byIndex('owner', 'nobody')).toEqual([]);
    expect(() => informer.byIndex('missing', 'x')).toThrow(/no index 'missing'/);
  });

  it('caches only metadata when asked, from the list and from the watch', async () => {
    await create(configMap('meta', 'listed', 'a large body'));
    const { informer } = await throughProxy('meta', { metadataOnly: true });
    informer.start();
    await informer.waitForSync();
    await create(configMap('meta', 'watched', 'another body'));
    const watched = await eventually('the watched object', async () =>
      informer.get(`${namespace.name}/watched`),
    );
    for (const object of [informer.get(`${namespace.name}/listed`), watched]) {
      expect(object?.kind).toBe('PartialObjectMetadata');
      expect(object?.data).toBeUndefined();
      expect(object?.metadata?.labels).toEqual({ 'test-group': 'meta' });
      expect(object?.metadata?.managedFields).toBeUndefined();
    }
    const list = proxy.requests.find((request) => !request.watch);
    const watch = proxy.requests.find((request) => request.watch);
    expect(list?.accept).toContain('as=PartialObjectMetadataList;g=meta.k8s.io;v=v1');
    expect(watch?.accept).toContain('as=PartialObjectMetadata;g=meta.k8s.io;v=v1');
  });
});
