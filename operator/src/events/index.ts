// Page Magic's domain events on NATS JetStream. Every message carries a Nats-Msg-Id derived from what
// happened (object uid + generation or build + type), so a reconcile that repeats publishes a duplicate
// JetStream drops within its duplicate window: one transition, one message.

import { connect, type JetStreamClient, type NatsConnection, RetentionPolicy, StorageType } from 'nats';
import type { Logger } from '../runtime/index.ts';

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

export interface EventPublisher {
  publish(event: EventToPublish): Promise<void>;
  close(): Promise<void>;
}

/** For running without NATS: events are dropped. */
export const noEvents: EventPublisher = {
  publish: async () => {},
  close: async () => {},
};

export interface NatsPublisherOptions {
  url: string;
  logger?: Logger;
  /** The stream's duplicate window; JetStream's default is 2 minutes. */
  duplicateWindowMs?: number;
}

/** Connects, makes sure the stream exists (file-backed), and publishes with de-duplication ids. */
export async function natsPublisher(options: NatsPublisherOptions): Promise<EventPublisher> {
  const connection: NatsConnection = await connect({ servers: options.url, name: 'pagemagic-operator' });
  const manager = await connection.jetstreamManager();
  const duplicateWindowNs = (options.duplicateWindowMs ?? 10 * 60_000) * 1_000_000;
  try {
    await manager.streams.info(EVENTS_STREAM);
  } catch {
    try {
      await manager.streams.add({
        name: EVENTS_STREAM,
        subjects: [`${EVENTS_SUBJECT_PREFIX}.>`],
        storage: StorageType.File,
        retention: RetentionPolicy.Limits,
        duplicate_window: duplicateWindowNs,
      });
    } catch (error) {
      // Another replica may have created it between our look and our add.
      await manager.streams.info(EVENTS_STREAM).catch(() => {
        throw error;
      });
    }
  }
  const stream: JetStreamClient = connection.jetstream();
  return {
    async publish(event) {
      const payload = eventPayload(event, new Date());
      const ack = await stream.publish(
        eventSubject(event.type, event.websiteUid),
        new TextEncoder().encode(JSON.stringify(payload)),
        { msgID: eventMessageId(event) },
      );
      options.logger?.debug('event published', { type: event.type, duplicate: ack.duplicate, seq: ack.seq });
    },
    async close() {
      await connection.drain();
    },
  };
}
