import { describe, expect, it } from 'vitest';
import { MembershipCache } from '../src/tenancy/membership-cache.ts';

describe('MembershipCache', () => {
  it('remembers an answer for its time, per user and workspace asked for', () => {
    const cache = new MembershipCache<string>({ cacheMs: 1000 });
    cache.set('u1', undefined, 'default', cache.epoch, 0);
    cache.set('u1', 'w2', 'second', cache.epoch, 0);
    expect(cache.get('u1', undefined, 999)).toBe('default');
    expect(cache.get('u1', 'w2', 999)).toBe('second');
    expect(cache.get('u1', undefined, 1000)).toBeUndefined();
    expect(cache.get('u2', undefined, 0)).toBeUndefined();
  });

  it("forgets one user's answers on a change of theirs, and everyone's on a workspace change", () => {
    const cache = new MembershipCache<string>({ cacheMs: 1000 });
    cache.set('u1', undefined, 'a', cache.epoch, 0);
    cache.set('u2', undefined, 'b', cache.epoch, 0);
    cache.changed(['u1']);
    expect(cache.get('u1', undefined, 1)).toBeUndefined();
    expect(cache.get('u2', undefined, 1)).toBe('b');
    cache.changed();
    expect(cache.get('u2', undefined, 1)).toBeUndefined();
  });

  it('does not remember a look-up that was under way when something changed', () => {
    const cache = new MembershipCache<string>({ cacheMs: 1000 });
    const started = cache.epoch;
    cache.changed(['u1']);
    cache.set('u1', undefined, 'old role', started, 0);
    expect(cache.get('u1', undefined, 1)).toBeUndefined();
  });

  it('remembers nothing when turned off', () => {
    const cache = new MembershipCache<string>({ cacheMs: 0 });
    cache.set('u1', undefined, 'a', cache.epoch, 0);
    expect(cache.get('u1', undefined, 0)).toBeUndefined();
  });
});
