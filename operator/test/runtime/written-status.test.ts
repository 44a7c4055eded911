import { describe, expect, it } from 'vitest';
import { WrittenStatus } from '../../src/runtime/index.ts';

const at = (resourceVersion: string, phase: string) => ({ metadata: { resourceVersion }, status: { phase } });

describe('WrittenStatus', () => {
  it('answers the written status while the cache still holds an older object', () => {
    const memo = new WrittenStatus<{ phase: string }>();
    memo.remember('ns/site', at('120', 'Building'));
    expect(memo.current('ns/site', at('118', 'Writing'))).toEqual({ phase: 'Building' });
  });

  it('answers the cache, and forgets, once the cache has the write or anything after it', () => {
    const memo = new WrittenStatus<{ phase: string }>();
    memo.remember('ns/site', at('120', 'Building'));
    expect(memo.current('ns/site', at('121', 'Live'))).toEqual({ phase: 'Live' });
    expect(memo.size).toBe(0);
    memo.remember('ns/site', at('130', 'Building'));
    expect(memo.current('ns/site', at('130', 'Building'))).toEqual({ phase: 'Building' });
    expect(memo.size).toBe(0);
  });

  it('trusts the cache when resource versions cannot be ordered', () => {
    const memo = new WrittenStatus<{ phase: string }>();
    memo.remember('ns/site', at('b', 'Building'));
    expect(memo.current('ns/site', at('a', 'Writing'))).toEqual({ phase: 'Writing' });
  });

  it('keeps nothing for an object that is gone', () => {
    const memo = new WrittenStatus<{ phase: string }>();
    memo.remember('ns/site', at('5', 'Live'));
    memo.forget('ns/site');
    expect(memo.current('ns/site', at('4', 'Writing'))).toEqual({ phase: 'Writing' });
  });
});
