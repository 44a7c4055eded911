// Publishing Page Magic's domain events on NATS JetStream. What a message is (stream, subject, payload,
// de-duplication id) is the contract's: @pagemagic/crds/events.

import {
  EVENTS_STREAM,
  EVENTS_SUBJECT_PREFIX,
  type EventToPublish,
  eventMessageId,
  eventPayload,
  eventSubject,
} from '@pagemagic/crds/events';
import { connect, type JetStreamClient, type NatsConnection, RetentionPolicy, StorageType } from 'nats';
import type { Logger } from '../runtime/index.ts';

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
      options.logger?.debug({ type: event.type, duplicate: ack.duplicate, seq: ack.seq }, 'event published');
    },
    async close() {
      await connection.drain();
    },
  };
}
