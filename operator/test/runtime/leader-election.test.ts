import { describe, expect, it } from 'vitest';
import {
  claimedSpec,
  heldByOther,
  type LeaseSpec,
  microTime,
  releasedSpec,
} from '../../src/runtime/index.ts';

const at = new Date(Date.UTC(2026, 5, 1, 12, 0, 0, 250));

describe('lease decisions', () => {
  it('formats MicroTime with six fractional digits', () => {
    expect(microTime(at)).toBe('2026-06-01T12:00:00.250000Z');
  });

  it('sees a lease as held by another only while its term, counted from when we saw it change, runs', () => {
    const spec: LeaseSpec = { holderIdentity: 'other', leaseDurationSeconds: 15 };
    expect(heldByOther(spec, 'me', 1_000, 1_000)).toBe(true);
    expect(heldByOther(spec, 'me', 1_000, 15_999)).toBe(true);
    expect(heldByOther(spec, 'me', 1_000, 16_000)).toBe(false);
  });

  it('never sees our own, an empty or a missing lease as held by another', () => {
    expect(heldByOther({ holderIdentity: 'me', leaseDurationSeconds: 15 }, 'me', 0, 0)).toBe(false);
    expect(heldByOther({ holderIdentity: '', leaseDurationSeconds: 15 }, 'me', 0, 0)).toBe(false);
    expect(heldByOther({ leaseDurationSeconds: 15 }, 'me', 0, 0)).toBe(false);
    expect(heldByOther(undefined, 'me', 0, 0)).toBe(false);
  });

  it('ignores the holder’s own renewTime, so a skewed clock cannot end its term early', () => {
    const spec: LeaseSpec = {
      holderIdentity: 'other',
      leaseDurationSeconds: 15,
      renewTime: '2000-01-01T00:00:00.000000Z',
    };
    expect(heldByOther(spec, 'me', 10_000, 12_000)).toBe(true);
  });

  it('creates a fresh lease with no transitions', () => {
    expect(claimedSpec(undefined, 'me', 15, at)).toEqual({
      holderIdentity: 'me',
      leaseDurationSeconds: 15,
      acquireTime: '2026-06-01T12:00:00.250000Z',
      renewTime: '2026-06-01T12:00:00.250000Z',
      leaseTransitions: 0,
    });
  });

  it('renews our own lease keeping acquireTime and transitions', () => {
    const current: LeaseSpec = {
      holderIdentity: 'me',
      leaseDurationSeconds: 15,
      acquireTime: '2026-06-01T11:00:00.000000Z',
      renewTime: '2026-06-01T11:59:58.000000Z',
      leaseTransitions: 4,
    };
    expect(claimedSpec(current, 'me', 15, at)).toEqual({
      ...current,
      renewTime: '2026-06-01T12:00:00.250000Z',
    });
  });

  it('counts a transition when taking over from another holder or a released lease', () => {
    const theirs: LeaseSpec = { holderIdentity: 'other', leaseDurationSeconds: 15, leaseTransitions: 4 };
    expect(claimedSpec(theirs, 'me', 15, at)).toMatchObject({
      holderIdentity: 'me',
      acquireTime: '2026-06-01T12:00:00.250000Z',
      leaseTransitions: 5,
    });
    expect(claimedSpec(releasedSpec(theirs, at), 'me', 15, at).leaseTransitions).toBe(5);
  });

  it('releases by clearing the holder and shortening the term to one second', () => {
    expect(releasedSpec({ holderIdentity: 'me', leaseDurationSeconds: 15, leaseTransitions: 2 }, at)).toEqual(
      {
        holderIdentity: '',
        leaseDurationSeconds: 1,
        acquireTime: '2026-06-01T12:00:00.250000Z',
        renewTime: '2026-06-01T12:00:00.250000Z',
        leaseTransitions: 2,
      },
    );
  });
});
