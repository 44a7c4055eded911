// The check behind "the operator's fields win back" (conflicts.int.test.ts) without a cluster: a child is up
// to date only while every field the operator sets still has its value, whatever the API server added.

import type { Website } from '@pagemagic/crds';
import { describe, expect, it } from 'vitest';
import {
  covers,
  desiredDeployment,
  desiredService,
  upToDate,
} from '../../src/controllers/website/resources.ts';

const website: Website = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Website',
  metadata: { name: 'bakery', namespace: 'shop', uid: '0f6e2c1a-8d3b-4b8e-9a51-2f1d7c3e9b40' },
  spec: { brief: { prompt: 'A bakery', locales: ['en'], tone: 'friendly' } },
};
const image = `127.0.0.1:15000/shop/bakery@sha256:${'a'.repeat(64)}`;

/** What the API server stores for an applied Deployment: ours, plus defaults and a status. */
function stored() {
  const desired = desiredDeployment(website, image);
  const live = structuredClone(desired) as typeof desired & {
    spec: {
      replicas: number;
      revisionHistoryLimit?: number;
      template: { spec: { containers: Array<Record<string, unknown>>; dnsPolicy?: string } };
    };
  };
  live.spec.revisionHistoryLimit = 10;
  live.spec.template.spec.dnsPolicy = 'ClusterFirst';
  const container = live.spec.template.spec.containers[0] as Record<string, unknown>;
  container.imagePullPolicy = 'IfNotPresent';
  container.terminationMessagePath = '/dev/termination-log';
  return { desired, live: { ...live, status: { replicas: 1 } } };
}

describe('drift of a child another writer edited', () => {
  it('is none when the API server only added defaults', () => {
    const { desired, live } = stored();
    expect(upToDate(live, desired)).toBe(true);
  });

  it('is found in a scalar, a list item, and a field taken out', () => {
    const scaled = stored();
    scaled.live.spec.replicas = 3;
    expect(upToDate(scaled.live, scaled.desired)).toBe(false);

    const swapped = stored();
    (swapped.live.spec.template.spec.containers[0] as Record<string, unknown>).image = 'registry.invalid/x:1';
    expect(upToDate(swapped.live, swapped.desired)).toBe(false);

    const stripped = stored();
    delete (stripped.live.spec.template.spec.containers[0] as Record<string, unknown>).readinessProbe;
    expect(upToDate(stripped.live, stripped.desired)).toBe(false);

    const extra = stored();
    extra.live.spec.template.spec.containers.push({ name: 'sidecar', image: 'registry.invalid/y:1' });
    expect(upToDate(extra.live, extra.desired)).toBe(false);
  });

  it('is judged on the spec only when the spec hash matches', () => {
    const service = desiredService(website);
    const live = structuredClone(service);
    expect(upToDate(live, service)).toBe(true);
    expect(upToDate({ metadata: live.metadata }, service)).toBe(false);
    expect(upToDate({ ...live, metadata: { annotations: {} } }, service)).toBe(false);
  });

  it('treats an empty list or object the server leaves out as equal', () => {
    expect(covers(undefined, [])).toBe(true);
    expect(covers(undefined, {})).toBe(true);
    expect(covers({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2], c: undefined })).toBe(true);
    expect(covers({ a: 1 }, { a: '1' })).toBe(false);
    expect(covers([1], { 0: 1 })).toBe(false);
  });
});
