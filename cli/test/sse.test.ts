import { readEvents, SseParser } from '@pagemagic/api/client';
import { describe, expect, it } from 'vitest';

describe('the Server-Sent Events parser', () => {
  it('yields events as they complete, split anywhere across chunks, and drops comments', () => {
    const parser = new SseParser();
    const stream =
      'retry: 3000\n\n: heartbeat\n\nid: t1\nevent: site\ndata: {"a":1}\n\nid: t2\nevent: build\ndata: x\ndata: y\n\n';
    const events = [];
    for (const char of stream) events.push(...parser.push(char));
    expect(events).toEqual([
      { event: 'site', data: '{"a":1}', id: 't1' },
      { event: 'build', data: 'x\ny', id: 't2' },
    ]);
    expect(parser.retry).toBe(3000);
    expect(parser.lastEventId).toBe('t2');
  });

  it('accepts CRLF and CR line ends, a missing space after the colon, and defaults the event name', () => {
    const parser = new SseParser();
    expect(parser.push('data:one\r\n\r\ndata: two\r\r\n')).toEqual([
      { event: 'message', data: 'one', id: undefined },
      { event: 'message', data: 'two', id: undefined },
    ]);
  });

  it('waits for the rest of a CRLF split between chunks instead of seeing an empty line', () => {
    const parser = new SseParser();
    expect(parser.push('data: a\r')).toEqual([]);
    expect(parser.push('\ndata: b\r\n\r\n')).toEqual([{ event: 'message', data: 'a\nb', id: undefined }]);
  });

  it('does not dispatch an event without data, and ignores an id with a NUL in it', () => {
    const parser = new SseParser();
    expect(parser.push('event: site\n\nid: a\u0000b\ndata: z\n\n')).toEqual([
      { event: 'message', data: 'z', id: undefined },
    ]);
  });

  it('reads a byte stream with multi-byte characters split between chunks', async () => {
    const bytes = new TextEncoder().encode('event: site\ndata: "Padaria São João"\n\n');
    const cut = bytes.indexOf(0xc3) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const events = [];
    for await (const event of readEvents(body)) events.push(event);
    expect(events).toEqual([{ event: 'site', data: '"Padaria São João"', id: undefined }]);
  });
});
