// The one shape every controller has: `observe` gathers what a decision needs (the caches, and the few
// reads and outside calls whose answers are facts: a content body, a generation job, a DNS lookup, a
// certificate order, a rendered image), `plan` decides from that alone, and this shell carries the plan
// out. Plans are plain data, so every decision is unit-tested by calling `plan` with an object literal;
// the shell is the only place that writes, and it writes status only when it changed, which is what keeps
// a resync of a settled object free of writes.

import { canonicalJson } from '@pagemagic/crds/content';
import type { EventToPublish } from '@pagemagic/crds/events';
import type { EventPublisher } from '../events/index.ts';
import {
  type EventRecorder,
  type EventType,
  isAlreadyExists,
  isNotFound,
  type KubeClient,
  type KubeObject,
  type ReconcileContext,
  type Reconciler,
  type ResourceRef,
  type Result,
  WrittenStatus,
} from '../runtime/index.ts';

export interface ObjectWrite {
  resource: ResourceRef;
  object: KubeObject;
}

export interface ObjectDeletion {
  resource: ResourceRef;
  namespace?: string;
  name: string;
  /** Deletes only the object with this uid, never one made under the same name in the meantime. */
  uid?: string;
}

export interface RecordedEvent {
  type: EventType;
  reason: string;
  message: string;
}

/** What one reconcile does, in the order the shell does it. */
export interface Plan<S> {
  /** Objects named after their content: made once, and "already exists" means a previous pass made it. */
  create?: ObjectWrite[];
  /** Server-side applied. A plan lists only objects that differ from the cache. */
  apply?: ObjectWrite[];
  /** Deleted; one that is already gone counts as deleted. */
  delete?: ObjectDeletion[];
  /** A merge patch of the object's own metadata (finalizers), conditional on the observed resourceVersion. */
  metadata?: Record<string, unknown>;
  /**
   * Published before the status is written: a failed status write reconciles again and publishes the same
   * message id, which JetStream drops, so no message is lost and none is sent twice.
   */
  messages?: EventToPublish[];
  /** The whole next status; written only when it differs from the observed one. */
  status?: S;
  /** Recorded after the status write, and only when there was one. */
  events?: RecordedEvent[];
  result?: Result;
  /** Raised after everything else, so the work queue counts a failure and backs off. */
  failure?: Error;
}

/** What every observation holds: the object, and the status its decisions start from. */
export interface Observed<T extends KubeObject, S> {
  object: T;
  status: S | undefined;
}

export interface ObserveContext<S> extends ReconcileContext {
  /** The status to decide against: the cached one, or this controller's last write if the cache lags it. */
  statusOf(object: KubeObject & { status?: S }): S | undefined;
}

export interface ReconcilerKind<T extends KubeObject, S, O extends Observed<T, S>> {
  /** The kind's resource, for status and metadata writes. */
  resource: ResourceRef;
  /**
   * Keep each status write until the cache has it, for `statusOf`. For kinds that reconcile again at once
   * after their own writes (a Website's new children enqueue it); a kind that is never looked at again
   * once finished (a Build) would only collect entries.
   */
  remembersWrites?: boolean;
  /** Undefined when there is nothing to do: the object is gone, or finished. */
  observe(key: string, context: ObserveContext<S>): Promise<O | undefined>;
  plan(observed: O): Plan<S>;
}

export interface ShellIO {
  client: KubeClient;
  publisher?: Pick<EventPublisher, 'publish'>;
  /** Where a plan's Kubernetes Events are recorded; a kind that plans none needs no recorder. */
  events?: Pick<EventRecorder, 'record'>;
}

/** Compared as canonical JSON, so key order in what the API server returned does not count as a change. */
export function sameStatus(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? {}) === canonicalJson(b ?? {});
}

/** A merge patch that turns `current` into `next`: fields that went away are set to null. */
export function statusPatch(
  current: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = { ...next };
  for (const key of Object.keys(current ?? {})) if (!(key in next)) patch[key] = null;
  return patch;
}

/** True when a plan writes nothing at all: what a resync of a settled object must plan. */
export function writesNothing<S>(plan: Plan<S>, observedStatus: S | undefined): boolean {
  return (
    !plan.create?.length &&
    !plan.apply?.length &&
    !plan.delete?.length &&
    plan.metadata === undefined &&
    !plan.messages?.length &&
    (plan.status === undefined || sameStatus(observedStatus, plan.status))
  );
}

export function reconcilerOf<T extends KubeObject, S, O extends Observed<T, S>>(
  kind: ReconcilerKind<T, S, O>,
  io: ShellIO,
): Reconciler {
  const written = new WrittenStatus<S>();
  return async (key, context) => {
    const observed = await kind.observe(key, {
      ...context,
      statusOf: (object) => written.current(key, object),
    });
    if (!observed) {
      written.forget(key);
      return undefined;
    }
    const plan = kind.plan(observed);
    const { client } = io;
    const { signal } = context;
    const { namespace, name = '', resourceVersion } = observed.object.metadata ?? {};
    for (const { resource, object } of plan.create ?? []) {
      await client.create(resource, object, { signal }).catch((error: unknown) => {
        if (!isAlreadyExists(error)) throw error;
      });
    }
    for (const { resource, object } of plan.apply ?? []) await client.apply(resource, object, { signal });
    for (const deletion of plan.delete ?? []) {
      const preconditions = deletion.uid === undefined ? undefined : { uid: deletion.uid };
      await client.delete(deletion.resource, deletion, { signal, preconditions }).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
    }
    if (plan.metadata) {
      await client.mergePatch(
        kind.resource,
        { namespace, name },
        { metadata: { ...plan.metadata, resourceVersion } },
        { signal },
      );
    }
    for (const message of plan.messages ?? []) await io.publisher?.publish(message);
    if (plan.status !== undefined && !sameStatus(observed.status, plan.status)) {
      const answer = await client.patchStatus<KubeObject & { status?: S }>(
        kind.resource,
        { namespace, name },
        statusPatch(
          observed.status as Record<string, unknown> | undefined,
          plan.status as Record<string, unknown>,
        ),
        { signal },
      );
      if (kind.remembersWrites) written.remember(key, answer);
      for (const event of plan.events ?? [])
        io.events?.record(observed.object, event.type, event.reason, event.message);
    }
    if (plan.failure) throw plan.failure;
    return plan.result;
  };
}
