// The durable pull consumer on the operator's event stream. Each message becomes an activity row (and the
// emails it owes) in the workspace that owns the event's namespace; it is acknowledged only after that is
// committed. A message for a namespace no workspace owns (another installation's, or a deleted
// workspace's) is acknowledged and skipped. A message that cannot be read, or whose handling keeps failing
// for `maxDeliver` deliveries, is copied to the dead-letter stream with its subject, data and error, and
// then terminated on the events stream, so one bad message never holds the feed up.
//
// The retry budget is counted here, from each delivery's count, and the consumer itself has no
// max_deliver: NATS stops delivering a message once max_deliver is reached, so a dead-letter publish that
// failed on that last delivery would leave the message stranded; this way it is retried until it lands.

import {
  AckPolicy,
  type ConsumerMessages,
  DeliverPolicy,
  type JsMsg,
  headers as natsHeaders,
  RetentionPolicy,
  StorageType,
} from 'nats';
import { Counter, type Registry } from 'prom-client';
import type { Mailer } from '../mail/mailer.ts';
import type { Services } from '../services.ts';
import { recordEvent } from './activity.ts';
import { PoisonMessageError, parseEvent } from './messages.ts';
import type { ConsumerSettings } from './settings.ts';

export interface EventsLogger {
  info(object: Record<string, unknown>, message: string): void;
  warn(object: Record<string, unknown>, message: string): void;
  error(object: Record<string, unknown>, message: string): void;
}

export type ConsumerDeps = Pick<Services, 'db' | 'pii' | 'config' | 'nats' | 'metrics'> & {
  mailer: Mailer;
  logger: EventsLogger;
};

/** Headers on a dead letter, beside the original data. */
export const DLQ_HEADERS = {
  subject: 'Pagemagic-Original-Subject',
  stream: 'Pagemagic-Original-Stream',
  sequence: 'Pagemagic-Original-Sequence',
  messageId: 'Pagemagic-Original-Msg-Id',
  deliveries: 'Pagemagic-Deliveries',
  error: 'Pagemagic-Error',
} as const;

const MAX_RETRY_DELAY_MS = 60_000;
const NANOS_PER_MS = 1_000_000;
/** The operator's duplicate window, so a stream the API creates behaves like the one the operator would. */
const DUPLICATE_WINDOW_NS = 10 * 60_000 * NANOS_PER_MS;

function eventsCounter(registry: Registry): Counter<'type' | 'outcome'> {
  const name = 'pagemagic_api_events_total';
  const existing = registry.getSingleMetric(name);
  if (existing) return existing as Counter<'type' | 'outcome'>;
  return new Counter({
    name,
    help: 'Events read from JetStream, by type and outcome (recorded, duplicate, unknown_workspace, retried, dead_lettered).',
    labelNames: ['type', 'outcome'],
    registers: [registry],
  });
}

/** The id an event is de-duplicated by: the publisher's Nats-Msg-Id, else its place in the stream. */
export function messageIdOf(message: Pick<JsMsg, 'headers' | 'info'>): string {
  const given = message.headers?.get('Nats-Msg-Id');
  return given && given !== '' ? given : `${message.info.stream}:${message.info.streamSequence}`;
}

export function retryDelayMs(deliveryCount: number, baseMs: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.max(0, deliveryCount - 1));
}

async function ensureStream(
  deps: ConsumerDeps,
  config: { name: string; subjects: string[]; duplicateWindowNs?: number },
): Promise<void> {
  const manager = await deps.nats.jetstreamManager();
  try {
    await manager.streams.info(config.name);
    return;
  } catch {
    // Not there yet: made below.
  }
  try {
    await manager.streams.add({
      name: config.name,
      subjects: config.subjects,
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      ...(config.duplicateWindowNs ? { duplicate_window: config.duplicateWindowNs } : {}),
    });
  } catch (error) {
    // The operator (or another replica) may have made it between our look and our add.
    await manager.streams.info(config.name).catch(() => {
      throw error;
    });
  }
}

export class EventsConsumer {
  readonly #deps: ConsumerDeps;
  readonly #settings: ConsumerSettings;
  readonly #counter: Counter<'type' | 'outcome'>;
  #messages: ConsumerMessages | undefined;
  #loop: Promise<void> | undefined;

  private constructor(deps: ConsumerDeps, settings: ConsumerSettings) {
    this.#deps = deps;
    this.#settings = settings;
    this.#counter = eventsCounter(deps.metrics);
  }

  /** Makes sure the streams and the durable consumer exist, then processes messages until `stop`. */
  static async start(deps: ConsumerDeps, settings: ConsumerSettings): Promise<EventsConsumer> {
    const consumer = new EventsConsumer(deps, settings);
    await consumer.#start();
    return consumer;
  }

  async #start(): Promise<void> {
    const settings = this.#settings;
    await ensureStream(this.#deps, {
      name: settings.stream,
      subjects: [settings.streamSubjects],
      duplicateWindowNs: DUPLICATE_WINDOW_NS,
    });
    await ensureStream(this.#deps, {
      name: settings.dlqStream,
      subjects: [`${settings.dlqSubjectPrefix}.>`],
      duplicateWindowNs: DUPLICATE_WINDOW_NS,
    });
    const manager = await this.#deps.nats.jetstreamManager();
    const wanted = {
      ack_policy: AckPolicy.Explicit,
      ack_wait: settings.ackWaitMs * NANOS_PER_MS,
      max_deliver: -1,
      filter_subject: settings.filterSubject,
    };
    const existing = await manager.consumers.info(settings.stream, settings.durable).catch(() => undefined);
    if (existing) {
      await manager.consumers.update(settings.stream, settings.durable, {
        ack_wait: wanted.ack_wait,
        max_deliver: wanted.max_deliver,
      });
    } else {
      await manager.consumers.add(settings.stream, {
        ...wanted,
        durable_name: settings.durable,
        deliver_policy: settings.deliver === 'all' ? DeliverPolicy.All : DeliverPolicy.New,
      });
    }
    const consumer = await this.#deps.nats.jetstream().consumers.get(settings.stream, settings.durable);
    const messages = await consumer.consume({ max_messages: 16 });
    this.#messages = messages;
    this.#loop = (async () => {
      for await (const message of messages) {
        await this.#handle(message).catch((error: unknown) => {
          // #handle settles every message itself; reaching here means NATS went away mid-settle, and the
          // message comes back after ack_wait.
          this.#deps.logger.error({ err: error, subject: message.subject }, 'settling an event failed');
        });
      }
    })();
    this.#deps.logger.info(
      { stream: settings.stream, durable: settings.durable, filter: settings.filterSubject },
      'consuming events',
    );
  }

  async #handle(message: JsMsg): Promise<void> {
    const deliveries = message.info.deliveryCount;
    let type = 'unknown';
    try {
      const event = parseEvent(message.subject, message.data);
      type = event.type;
      const result = await recordEvent(this.#deps, {
        messageId: messageIdOf(message),
        subject: message.subject,
        streamSequence: message.info.streamSequence,
        event,
      });
      await message.ackAck();
      this.#counter.inc({ type, outcome: result.outcome });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof PoisonMessageError || deliveries >= this.#settings.maxDeliver) {
        await this.#deadLetter(message, reason);
        this.#counter.inc({ type, outcome: 'dead_lettered' });
        this.#deps.logger.error(
          { subject: message.subject, sequence: message.info.streamSequence, deliveries, error: reason },
          'event moved to the dead-letter stream',
        );
        return;
      }
      message.nak(retryDelayMs(deliveries, this.#settings.retryDelayMs));
      this.#counter.inc({ type, outcome: 'retried' });
      this.#deps.logger.warn(
        { subject: message.subject, deliveries, error: reason },
        'event handling failed; it will be redelivered',
      );
    }
  }

  async #deadLetter(message: JsMsg, reason: string): Promise<void> {
    const settings = this.#settings;
    const headers = natsHeaders();
    headers.set(DLQ_HEADERS.subject, message.subject);
    headers.set(DLQ_HEADERS.stream, message.info.stream);
    headers.set(DLQ_HEADERS.sequence, String(message.info.streamSequence));
    headers.set(DLQ_HEADERS.messageId, messageIdOf(message));
    headers.set(DLQ_HEADERS.deliveries, String(message.info.deliveryCount));
    // Header values are one line; the error keeps its words and loses its line breaks.
    headers.set(DLQ_HEADERS.error, reason.replace(/[\r\n]+/g, ' ').slice(0, 1000));
    try {
      await this.#deps.nats
        .jetstream()
        .publish(`${settings.dlqSubjectPrefix}.${message.subject}`, message.data, {
          headers,
          // Two replicas dead-lettering the same delivery write one dead letter.
          msgID: `${message.info.stream}:${message.info.streamSequence}`,
        });
    } catch (error) {
      message.nak(retryDelayMs(message.info.deliveryCount, settings.retryDelayMs));
      throw error;
    }
    message.term();
  }

  /** Stops pulling and waits for the message in hand to be settled. */
  async stop(): Promise<void> {
    const messages = this.#messages;
    this.#messages = undefined;
    if (!messages) return;
    messages.stop();
    await this.#loop;
  }
}
