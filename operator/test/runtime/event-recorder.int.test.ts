// The background Event recorder against the real API server: Events land as core/v1 Events about the object,
// a reconcile never waits for them, and a full buffer drops the oldest instead of growing.

import type { KubeConfig } from '@kubernetes/client-node';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace } from '@pagemagic/hack/testkit/test-namespace';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import {
  EventRecorder,
  eventObject,
  KubeClient,
  type KubeObject,
  resources,
} from '../../src/runtime/index.ts';
import { metricValue } from './metrics.ts';

let config: KubeConfig;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let client: KubeClient;
let subject: KubeObject;

beforeAll(async () => {
  config = loadKubeConfig();
  namespace = await createTestNamespace(config, 'rt-events');
  client = new KubeClient(config, { fieldManager: OPERATOR_FIELD_MANAGER });
  subject = await client.create(resources.configMaps, {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'subject', namespace: namespace.name },
  });
});
afterAll(async () => {
  await namespace?.delete();
});

type Event = KubeObject & { reason?: string; type?: string; message?: string; count?: number };

async function eventsAbout(name: string): Promise<Event[]> {
  const { items } = await client.list<Event>(resources.events, {
    namespace: namespace.name,
    fieldSelector: `involvedObject.name=${name}`,
  });
  return items;
}

describe('eventObject', () => {
  it('describes the involved object and cuts long messages (golden)', () => {
    const event = eventObject(
      {
        apiVersion: 'pagemagic.dev/v1alpha1',
        kind: 'Website',
        metadata: { name: 'w', namespace: 'n', uid: 'u' },
      },
      'Warning',
      'BuildFailed',
      'x'.repeat(2_000),
      {
        component: 'pagemagic-operator',
        instance: 'pod-1',
        at: new Date('2026-01-02T03:04:05.678Z'),
        suffix: 'ab',
      },
    );
    expect(event).toEqual({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'w.ab', namespace: 'n' },
      involvedObject: {
        apiVersion: 'pagemagic.dev/v1alpha1',
        kind: 'Website',
        name: 'w',
        namespace: 'n',
        uid: 'u',
        resourceVersion: undefined,
      },
      type: 'Warning',
      reason: 'BuildFailed',
      message: 'x'.repeat(1_000),
      source: { component: 'pagemagic-operator' },
      reportingComponent: 'pagemagic-operator',
      reportingInstance: 'pod-1',
      firstTimestamp: '2026-01-02T03:04:05.678Z',
      lastTimestamp: '2026-01-02T03:04:05.678Z',
      count: 1,
    });
  });
});

describe('EventRecorder', () => {
  it('returns at once and writes every Event in the background; flush waits for them', async () => {
    const registry = new Registry();
    const recorder = new EventRecorder({ client, component: 'pagemagic-test', registry });
    for (let i = 0; i < 12; i++) recorder.record(subject, 'Normal', 'Step', `step ${i}`);
    expect(recorder.pending).toBeGreaterThan(0);
    expect(await recorder.flush(30_000)).toBe(true);
    expect(recorder.pending).toBe(0);

    const events = await eventsAbout('subject');
    expect(events.map((e) => e.message).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `step ${i}`).sort(),
    );
    expect(events.every((e) => e.reason === 'Step' && e.type === 'Normal')).toBe(true);
    expect(await metricValue(registry, 'pagemagic_events_recorded_total', { type: 'Normal' })).toBe(12);
  });

  it('counts an Event the API server refuses, and carries on', async () => {
    const registry = new Registry();
    const recorder = new EventRecorder({ client, component: 'pagemagic-test', registry });
    const missingNamespace = {
      ...subject,
      metadata: { ...subject.metadata, namespace: 'no-such-namespace-pm' },
    };
    recorder.record(missingNamespace, 'Warning', 'Refused', 'into a namespace that does not exist');
    recorder.record(subject, 'Normal', 'Accepted', 'after a refusal');
    expect(await recorder.flush(30_000)).toBe(true);
    expect(await metricValue(registry, 'pagemagic_events_failed_total')).toBe(1);
    expect((await eventsAbout('subject')).some((e) => e.reason === 'Accepted')).toBe(true);
  });

  it('drops the oldest when more wait than the bound, and says how many', async () => {
    const registry = new Registry();
    // Stalled writes: nothing leaves the buffer, so the bound is what is tested.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const written: string[] = [];
    const stalled = {
      create: async (_ref: unknown, event: Event) => {
        await gate;
        written.push(event.message ?? '');
        return event;
      },
    } as unknown as KubeClient;
    const recorder = new EventRecorder({
      client: stalled,
      component: 'pagemagic-test',
      registry,
      maxPending: 3,
      concurrency: 1,
    });
    for (let i = 0; i < 10; i++) recorder.record(subject, 'Normal', 'Step', `step ${i}`);
    expect(recorder.pending).toBe(4); // one in flight, three waiting
    release();
    expect(await recorder.flush(5_000)).toBe(true);
    expect(written).toEqual(['step 0', 'step 7', 'step 8', 'step 9']);
    expect(await metricValue(registry, 'pagemagic_events_dropped_total')).toBe(6);
  });
});
