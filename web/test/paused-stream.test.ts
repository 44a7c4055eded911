import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import { PAUSED_RETRY_MS, pausedStream } from '../lib/paused-stream.ts';

/** The events of a stream, as EventSource would dispatch them, with each retry advice where it comes. */
function eventsOf(stream: string): Array<{ event?: string; data?: string; retry?: string }> {
  const events: Array<{ event?: string; data?: string; retry?: string }> = [];
  const parser = createParser({
    onEvent: ({ event, data }) => events.push({ ...(event === undefined ? {} : { event }), data }),
    onRetry: (ms) => events.push({ retry: String(ms) }),
  });
  parser.feed(stream);
  return events;
}

describe('pausedStream', () => {
  it('sets the reconnection delay first, then the site as a snapshot, then why it paused', () => {
    const events = eventsOf(
      pausedStream({ message: 'Too many streams', site: { id: 'bakery', status: { phase: 'writing' } } }),
    );
    expect(events[0]).toEqual({ retry: String(PAUSED_RETRY_MS) });
    expect(events[1]?.event).toBe('site');
    expect(JSON.parse(events[1]?.data ?? '')).toEqual({
      id: 'bakery',
      status: { phase: 'writing' },
      change: 'snapshot',
    });
    expect(events[2]?.event).toBe('paused');
    expect(JSON.parse(events[2]?.data ?? '')).toEqual({
      message: 'Too many streams',
      retryMs: PAUSED_RETRY_MS,
    });
  });

  it('still pauses when the site could not be read', () => {
    const events = eventsOf(pausedStream({ message: 'Busy', retryMs: 1000 }));
    expect(events.map((e) => e.event ?? 'retry')).toEqual(['retry', 'paused']);
  });

  it('keeps a message with line breaks inside one data line', () => {
    const stream = pausedStream({ message: 'one\ntwo\n\nevent: fake' });
    expect(eventsOf(stream).map((e) => e.event ?? 'retry')).toEqual(['retry', 'paused']);
  });
});
