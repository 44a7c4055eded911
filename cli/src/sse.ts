// A Server-Sent Events parser (the WHATWG event-stream format): fed chunks of text as they arrive, it
// yields complete events. Comments (heartbeats) are dropped; `id:` is remembered for Last-Event-ID.

export interface SseEvent {
  event: string;
  data: string;
  /** The last event id seen so far in the stream (what to resume from). */
  id: string | undefined;
}

export class SseParser {
  #buffer = '';
  #event = '';
  #data: string[] = [];
  #lastId: string | undefined;
  /** The server's advice (ms) on how long to wait before reconnecting. */
  retry: number | undefined;

  get lastEventId(): string | undefined {
    return this.#lastId;
  }

  /** Feeds a chunk; returns the events it completed. */
  push(chunk: string): SseEvent[] {
    this.#buffer += chunk;
    const events: SseEvent[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      if (!match) break;
      // A lone \r at the very end may be the first half of \r\n: wait for the next chunk.
      if (match[0] === '\r' && match.index === this.#buffer.length - 1) break;
      const line = this.#buffer.slice(0, match.index);
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
      const event = this.#line(line);
      if (event) events.push(event);
    }
    return events;
  }

  #line(line: string): SseEvent | undefined {
    if (line === '') {
      const data = this.#data;
      const event = this.#event || 'message';
      this.#data = [];
      this.#event = '';
      return data.length === 0 ? undefined : { event, data: data.join('\n'), id: this.#lastId };
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.#event = value;
    else if (field === 'data') this.#data.push(value);
    else if (field === 'id' && !value.includes('\u0000')) this.#lastId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
    return undefined;
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
