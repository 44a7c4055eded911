import { describe, expect, it } from 'vitest';
import { PAUSED_RETRY_MS, pausedStream } from '../lib/paused-stream.ts';

/** The events of a stream, as EventSource would dispatch them. */
function eventsOf(stream: string): Array<{ event?: string; data?: string; retry?: string }> {
  return stream
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) =>
      Object.fromEntries(
        block
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
      ),
    );
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
