import { describe, expect, it } from 'vitest';
import { findCondition, isConditionTrue, kubeTime, setCondition } from '../../src/controllers/conditions.ts';

const at = (iso: string) => () => new Date(iso);

describe('setCondition', () => {
  it('adds a condition with the transition time and observed generation', () => {
    const list = setCondition(
      undefined,
      { type: 'Ready', status: 'False', reason: 'Building', message: 'building' },
      3,
      at('2026-01-02T03:04:05.678Z'),
    );
    expect(list).toEqual([
      {
        type: 'Ready',
        status: 'False',
        reason: 'Building',
        message: 'building',
        lastTransitionTime: '2026-01-02T03:04:05Z',
        observedGeneration: 3,
      },
    ]);
  });

  it('keeps the transition time while the status stays the same, so a repeat is identical', () => {
    const first = setCondition(
      [],
      { type: 'Ready', status: 'True', reason: 'Live', message: 'ok' },
      1,
      at('2026-01-01T00:00:00Z'),
    );
    const again = setCondition(
      first,
      { type: 'Ready', status: 'True', reason: 'Live', message: 'ok' },
      1,
      at('2026-05-05T00:00:00Z'),
    );
    expect(again).toEqual(first);
  });

  it('moves the transition time when the status changes and leaves other conditions alone', () => {
    const start = setCondition(
      [],
      { type: 'Built', status: 'True', reason: 'Built', message: 'ok' },
      1,
      at('2026-01-01T00:00:00Z'),
    );
    const withReady = setCondition(
      start,
      { type: 'Ready', status: 'False', reason: 'Deploying', message: '…' },
      1,
      at('2026-01-01T00:00:01Z'),
    );
    const ready = setCondition(
      withReady,
      { type: 'Ready', status: 'True', reason: 'Live', message: 'ok' },
      2,
      at('2026-01-01T00:00:09Z'),
    );
    expect(findCondition(ready, 'Ready')?.lastTransitionTime).toBe('2026-01-01T00:00:09Z');
    expect(findCondition(ready, 'Built')).toEqual(start[0]);
    expect(isConditionTrue(ready, 'Ready')).toBe(true);
    expect(isConditionTrue(ready, 'Deployed')).toBe(false);
  });
});

describe('kubeTime', () => {
  it('drops fractional seconds', () => {
    expect(kubeTime(new Date('2026-11-29T06:55:01.999Z'))).toBe('2026-11-29T06:55:01Z');
  });
});
