// The API's event streams (Server-Sent Events) as a client reads them: eventsource-parser does the
// WHATWG framing; this keeps what a reconnecting reader needs besides the events, the last event id
// (Last-Event-ID) and the server's retry advice. Comments (heartbeats) are dropped.

import { createParser, type EventSourceParser } from 'eventsource-parser';

export interface SseEvent {
  event: string;
  data: string;
  /** The last event id seen so far in the stream (what to resume from). */
  id: string | undefined;
}

export class SseParser {
  readonly #parser: EventSourceParser;
  #completed: SseEvent[] = [];
  #lastId: string | undefined;
  /** The server's advice (ms) on how long to wait before reconnecting. */
  retry: number | undefined;

  constructor() {
    this.#parser = createParser({
      onEvent: (message) => {
        if (message.id !== undefined) this.#lastId = message.id;
        this.#completed.push({ event: message.event ?? 'message', data: message.data, id: this.#lastId });
      },
      onRetry: (ms) => {
        this.retry = ms;
      },
    });
  }

  get lastEventId(): string | undefined {
    return this.#lastId;
  }

  /** Feeds a chunk; returns the events it completed. */
  push(chunk: string): SseEvent[] {
    this.#parser.feed(chunk);
    return this.#completed.splice(0);
  }
}

/** Reads a fetch Response body as SSE events until it ends or the caller stops reading. */
export async function* readEvents(body: ReadableStream<Uint8Array>, parser = new SseParser()) {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    // Leaving early (the caller has what it wanted) closes the stream rather than leaving it open.
    await reader.cancel().catch(() => undefined);
  }
}
