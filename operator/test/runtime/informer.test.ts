import { describe, expect, it } from 'vitest';
import {
  apiError,
  apiStatusCode,
  diffSnapshot,
  isAlreadyExists,
  isConflict,
  isGone,
  isNotFound,
  jitteredBackoff,
  type KubeObject,
  objectKey,
  resourcePath,
  resources,
  stripManagedFields,
} from '../../src/runtime/index.ts';

const object = (name: string, resourceVersion: string): KubeObject => ({
  metadata: { name, namespace: 'ns', resourceVersion },
});
const byKey = (...objects: KubeObject[]) => new Map(objects.map((o) => [objectKey(o), o]));

describe('informer cache', () => {
  it('keys objects by namespace/name, or by name when cluster-scoped', () => {
    expect(objectKey(object('a', '1'))).toBe('ns/a');
    expect(objectKey({ metadata: { name: 'node-1' } })).toBe('node-1');
  });

  it('diffs a relist against the cache: new keys added, moved resourceVersions updated, missing keys deleted', () => {
    const cached = byKey(object('same', '1'), object('changed', '2'), object('vanished', '3'));
    const listed = byKey(object('same', '1'), object('changed', '5'), object('new', '6'));
    const diff = diffSnapshot(cached, listed);
    expect(diff.added.map(objectKey)).toEqual(['ns/new']);
    expect(
      diff.updated.map(({ previous, object: next }) => [
        previous.metadata?.resourceVersion,
        next.metadata?.resourceVersion,
      ]),
    ).toEqual([['2', '5']]);
    expect(diff.deleted.map(objectKey)).toEqual(['ns/vanished']);
  });

  it('finds nothing to announce when a relist matches the cache', () => {
    const cached = byKey(object('a', '1'), object('b', '2'));
    expect(diffSnapshot(cached, byKey(object('a', '1'), object('b', '2')))).toEqual({
      added: [],
      updated: [],
      deleted: [],
    });
  });

  it('strips managedFields and keeps the rest', () => {
    const stripped = stripManagedFields({
      metadata: { name: 'a', labels: { x: 'y' }, managedFields: [{ manager: 'kubectl' }] },
    });
    expect(stripped).toEqual({ metadata: { name: 'a', labels: { x: 'y' } } });
  });

  it('backs off exponentially with ±50 % jitter, capped', () => {
    expect(jitteredBackoff(1, 800, 30_000, 0.5)).toBe(800);
    expect(jitteredBackoff(2, 800, 30_000, 0.5)).toBe(1_600);
    expect(jitteredBackoff(3, 800, 30_000, 0)).toBe(1_600);
    expect(jitteredBackoff(3, 800, 30_000, 0.999)).toBeCloseTo(4_796.8);
    expect(jitteredBackoff(50, 800, 30_000, 0.5)).toBe(30_000);
  });
});

describe('API paths and errors', () => {
  it('builds core, group, namespaced, cluster-scoped and subresource paths', () => {
    expect(resourcePath(resources.configMaps, { namespace: 'ns' })).toBe('/api/v1/namespaces/ns/configmaps');
    expect(resourcePath(resources.configMaps)).toBe('/api/v1/configmaps');
    expect(resourcePath(resources.leases, { namespace: 'ns', name: 'op' })).toBe(
      '/apis/coordination.k8s.io/v1/namespaces/ns/leases/op',
    );
    expect(
      resourcePath(
        { apiVersion: 'pagemagic.dev/v1alpha1', plural: 'websites' },
        { namespace: 'ns', name: 'a', subresource: 'status' },
      ),
    ).toBe('/apis/pagemagic.dev/v1alpha1/namespaces/ns/websites/a/status');
    expect(resourcePath(resources.namespaces, { namespace: 'ignored', name: 'ns' })).toBe(
      '/api/v1/namespaces/ns',
    );
  });

  it('turns a Status answer into an error carrying code, reason and message', () => {
    const error = apiError(409, 'update leases/op', {
      reason: 'Conflict',
      message: 'the object has been modified',
    });
    expect(error.message).toBe('update leases/op: 409 Conflict: the object has been modified');
    expect(isConflict(error)).toBe(true);
    expect(isAlreadyExists(error)).toBe(false);
    expect(isAlreadyExists(apiError(409, 'create', { reason: 'AlreadyExists' }))).toBe(true);
    expect(isNotFound(apiError(404, 'get', 'not found'))).toBe(true);
    expect(isGone(apiError(410, 'watch', { reason: 'Expired' }))).toBe(true);
  });

  it('reads no HTTP status into errors that never reached the server', () => {
    expect(apiStatusCode(new DOMException('aborted', 'AbortError'))).toBeUndefined();
    expect(apiStatusCode(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBeUndefined();
    expect(apiStatusCode(Object.assign(new Error('watch'), { statusCode: 503 }))).toBe(503);
    expect(apiStatusCode(undefined)).toBeUndefined();
  });
});
