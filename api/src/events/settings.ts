import { EVENTS_STREAM, EVENTS_SUBJECT_PREFIX } from '@pagemagic/crds/events';
// Settings of the event side of the API, read from the environment when the app is built: the JetStream
// consumer (stream, durable name, retry budget, dead-letter stream) and the Server-Sent Events streams.
// Names are settings so that tests (and a second installation sharing one NATS) use their own.

export interface ConsumerSettings {
  /** Off: this replica serves the feed but does not consume (tests, or a read-only replica). */
  enabled: boolean;
  stream: string;
  /** The stream's subjects, used when the API has to create the stream before the operator has. */
  streamSubjects: string;
  durable: string;
  /** Which of the stream's subjects this consumer reads. */
  filterSubject: string;
  /** Where a new durable consumer starts: `new` (events from now on) or `all` (the stream's history). */
  deliver: 'new' | 'all';
  /** Deliveries before a message that keeps failing is moved to the dead-letter stream. */
  maxDeliver: number;
  ackWaitMs: number;
  /** The first redelivery delay; it doubles with each failed delivery, up to a minute. */
  retryDelayMs: number;
  dlqStream: string;
  /** Dead letters are published to `<prefix>.<original subject>`. */
  dlqSubjectPrefix: string;
}

export interface SseSettings {
  heartbeatMs: number;
}

export interface EventsSettings {
  consumer: ConsumerSettings;
  sse: SseSettings;
}

function text(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? fallback : value;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${name}='${raw}' must be a whole number ≥ 1`);
  return Number(raw);
}

const TOKEN = /^[A-Za-z0-9_-]+$/;

function streamName(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!TOKEN.test(value)) throw new Error(`${name}='${value}' may hold only letters, digits, "-" and "_"`);
  return value;
}

/**
 * `PAGEMAGIC_EVENTS_CONSUMER` is `on` or `off`; unset, it is on, except under NODE_ENV=test, where every
 * test file's API would otherwise share (and steal from) one durable consumer on the shared NATS.
 */
export function eventsSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): EventsSettings {
  const switchRaw = text(env, 'PAGEMAGIC_EVENTS_CONSUMER', env.NODE_ENV === 'test' ? 'off' : 'on');
  if (switchRaw !== 'on' && switchRaw !== 'off') {
    throw new Error(`PAGEMAGIC_EVENTS_CONSUMER='${switchRaw}' must be on or off`);
  }
  const deliver = text(env, 'PAGEMAGIC_EVENTS_DELIVER', 'new');
  if (deliver !== 'new' && deliver !== 'all') {
    throw new Error(`PAGEMAGIC_EVENTS_DELIVER='${deliver}' must be new or all`);
  }
  return {
    consumer: {
      enabled: switchRaw === 'on',
      stream: streamName(env, 'PAGEMAGIC_EVENTS_STREAM', EVENTS_STREAM),
      streamSubjects: `${EVENTS_SUBJECT_PREFIX}.>`,
      durable: streamName(env, 'PAGEMAGIC_EVENTS_DURABLE', 'pagemagic-api'),
      filterSubject: text(env, 'PAGEMAGIC_EVENTS_FILTER', `${EVENTS_SUBJECT_PREFIX}.>`),
      deliver,
      maxDeliver: whole(env, 'PAGEMAGIC_EVENTS_MAX_DELIVER', 5),
      ackWaitMs: whole(env, 'PAGEMAGIC_EVENTS_ACK_WAIT_SECONDS', 30) * 1000,
      retryDelayMs: whole(env, 'PAGEMAGIC_EVENTS_RETRY_MS', 1000),
      dlqStream: streamName(env, 'PAGEMAGIC_EVENTS_DLQ_STREAM', `${EVENTS_STREAM}_DLQ`),
      dlqSubjectPrefix: text(env, 'PAGEMAGIC_EVENTS_DLQ_SUBJECT', 'pagemagic.dlq'),
    },
    sse: { heartbeatMs: whole(env, 'PAGEMAGIC_SSE_HEARTBEAT_MS', 15_000) },
  };
}
