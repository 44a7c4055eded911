import { describe, expect, it } from 'vitest';
import { forwardedFor } from '../lib/forwarded-for.ts';

describe('forwardedFor', () => {
  it('passes on the chain of addresses as the web server received it', () => {
    expect(forwardedFor('203.0.113.7')).toBe('203.0.113.7');
    expect(forwardedFor('198.51.100.1, 203.0.113.7')).toBe('198.51.100.1, 203.0.113.7');
    expect(forwardedFor('2001:db8::1')).toBe('2001:db8::1');
  });

  it('writes IPv4 addresses in IPv6 form as IPv4, so they are not counted as one IPv6 network', () => {
    expect(forwardedFor('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(forwardedFor('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('keeps only what follows the last entry that is not an address', () => {
    // Nothing left of garbage can be trusted to be in order: the hops to its right are what is known.
    expect(forwardedFor('hello, 198.51.100.1, 203.0.113.7')).toBe('198.51.100.1, 203.0.113.7');
    expect(forwardedFor('198.51.100.1, unknown, 203.0.113.7')).toBe('203.0.113.7');
    expect(forwardedFor('203.0.113.7, <script>')).toBeUndefined();
  });

  it('sends nothing when there is nothing to send', () => {
    for (const header of [undefined, null, '', ' , ', 'unknown'])
      expect(forwardedFor(header)).toBeUndefined();
  });

  it('keeps at most the last 20 hops of an overlong chain', () => {
    const chain = Array.from({ length: 100 }, (_, i) => `10.0.${Math.floor(i / 256)}.${i % 256}`);
    const sent = forwardedFor(chain.join(', '))?.split(', ') ?? [];
    expect(sent).toEqual(chain.slice(-20));
  });
});
