// Page Magic's domain events on NATS JetStream, as the operator publishes them and the API consumes them:
// the stream, the subjects, the payload and the de-duplication id. Every message carries a Nats-Msg-Id
// derived from what happened (object uid + generation or build + type), so a reconcile that repeats
// publishes a duplicate JetStream drops within its duplicate window: one transition, one message.

export const EVENTS_STREAM = 'PAGEMAGIC_EVENTS';
export const EVENTS_SUBJECT_PREFIX = 'pagemagic.events';
export const EVENT_TYPES = [
  'site.generated',
  'build.succeeded',
  'build.failed',
  'site.published',
  'domain.verified',
  'domain.failed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface PagemagicEvent {
  type: EventType;
  namespace: string;
  name: string;
  uid: string;
  generation: number | undefined;
  time: string;
  data: Record<string, unknown>;
}

export interface EventToPublish extends Omit<PagemagicEvent, 'time'> {
  /** The Website's uid, so one site's events can be read with one subject filter. */
  websiteUid: string;
  /** What makes this occurrence unique besides uid and type: a generation or a build name. */
  occurrence: string;
}

/** `pagemagic.events.<type>.<website uid>`: filter on a type, or on one site with `pagemagic.events.*.*.<uid>`. */
export function eventSubject(type: EventType, websiteUid: string): string {
  return `${EVENTS_SUBJECT_PREFIX}.${type}.${websiteUid}`;
}

export function eventMessageId(event: Pick<EventToPublish, 'uid' | 'occurrence' | 'type'>): string {
  return `${event.uid}.${event.occurrence}.${event.type}`;
}

export function eventPayload(event: EventToPublish, now: Date): PagemagicEvent {
  const { type, namespace, name, uid, generation, data } = event;
  return { type, namespace, name, uid, generation, time: now.toISOString(), data };
}
