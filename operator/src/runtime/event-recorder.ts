// Kubernetes Events, written in the background as client-go's recorder does: an Event is a courtesy to the
// person running `kubectl describe`, so recording one must never hold up a reconcile (which would then wait
// on a round trip per transition) nor fail it. Events wait in a bounded buffer; when the API server cannot
// keep up, the oldest are dropped and counted rather than letting memory grow.

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Registry } from 'prom-client';
import type { KubeClient, KubeObject } from './kube-client.ts';
import { resources } from './kube-client.ts';
import { type Logger, silentLogger } from './log.ts';
import { counter } from './metrics.ts';

export type EventType = 'Normal' | 'Warning';

export interface EventRecorderOptions {
  client: KubeClient;
  component: string;
  /** The reporting instance; the host name by default. */
  instance?: string;
  /** Events waiting to be written beyond which the oldest are dropped; 1,000 by default. */
  maxPending?: number;
  /** Writes in flight at once; 2 by default, so Events never crowd out reconciles. */
  concurrency?: number;
  registry?: Registry;
  logger?: Logger;
  now?: () => Date;
}

/** The Event object for one happening to `involved` (pure, for golden tests). */
export function eventObject(
  involved: KubeObject,
  type: EventType,
  reason: string,
  message: string,
  { component, instance, at, suffix }: { component: string; instance: string; at: Date; suffix: string },
): KubeObject {
  const name = involved.metadata?.name ?? '';
  const timestamp = at.toISOString();
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${name}.${suffix}`, namespace: involved.metadata?.namespace },
    involvedObject: {
      apiVersion: involved.apiVersion,
      kind: involved.kind,
      name,
      namespace: involved.metadata?.namespace,
      uid: involved.metadata?.uid,
      resourceVersion: involved.metadata?.resourceVersion,
    },
    type,
    reason,
    // The API server refuses messages over 1 KiB on the events.k8s.io side; stay under it everywhere.
    message: message.slice(0, 1000),
    source: { component },
    reportingComponent: component,
    reportingInstance: instance,
    firstTimestamp: timestamp,
    lastTimestamp: timestamp,
    count: 1,
  } as KubeObject;
}

export class EventRecorder {
  readonly #options: EventRecorderOptions;
  readonly #logger: Logger;
  readonly #pending: KubeObject[] = [];
  readonly #metrics;
  #inFlight = 0;
  #idle: Array<() => void> = [];

  constructor(options: EventRecorderOptions) {
    this.#options = options;
    this.#logger = (options.logger ?? silentLogger).child({ component: 'event-recorder' });
    const registry = options.registry ?? new Registry();
    this.#metrics = {
      recorded: counter(registry, 'pagemagic_events_recorded_total', 'Kubernetes Events written, by type', [
        'type',
      ]),
      failed: counter(
        registry,
        'pagemagic_events_failed_total',
        'Kubernetes Events the API server refused',
        [],
      ),
      dropped: counter(
        registry,
        'pagemagic_events_dropped_total',
        'Kubernetes Events dropped because too many were waiting to be written',
        [],
      ),
    };
  }

  /** Queues an Event about `involved`; returns at once and never throws. */
  record(involved: KubeObject, type: EventType, reason: string, message: string): void {
    const event = eventObject(involved, type, reason, message, {
      component: this.#options.component,
      instance: this.#options.instance ?? hostname(),
      at: (this.#options.now ?? (() => new Date()))(),
      suffix: randomBytes(8).toString('hex'),
    });
    this.#pending.push(event);
    if (this.#pending.length > (this.#options.maxPending ?? 1_000)) {
      this.#pending.shift();
      this.#metrics.dropped.inc();
    }
    this.#pump();
  }

  get pending(): number {
    return this.#pending.length + this.#inFlight;
  }

  /** Resolves once everything queued so far is written (or refused), or after `timeoutMs`. */
  async flush(timeoutMs = 5_000): Promise<boolean> {
    if (this.pending === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const drained = new Promise<boolean>((resolve) => this.#idle.push(() => resolve(true)));
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([drained, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  #pump(): void {
    while (this.#inFlight < (this.#options.concurrency ?? 2) && this.#pending.length > 0) {
      const event = this.#pending.shift() as KubeObject;
      this.#inFlight += 1;
      void this.#write(event).finally(() => {
        this.#inFlight -= 1;
        this.#pump();
        if (this.pending === 0) for (const resolve of this.#idle.splice(0)) resolve();
      });
    }
  }

  async #write(event: KubeObject): Promise<void> {
    try {
      await this.#options.client.create(resources.events, event);
      this.#metrics.recorded.inc({ type: (event as { type?: string }).type ?? 'Normal' });
    } catch (error) {
      this.#metrics.failed.inc();
      this.#logger.warn(
        { reason: (event as { reason?: string }).reason, error: (error as Error).message },
        'could not record event',
      );
    }
  }
}
