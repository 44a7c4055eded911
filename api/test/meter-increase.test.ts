// The meter's arithmetic without a server: a counter's exact increase within an hour from raw samples
// (resets, new series, scrape gaps, samples on the edges), Prometheus retention settings, and the usage
// route's buckets and range checks.

import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/errors.ts';
import { type CounterSample, counterIncrease, startsInside } from '../src/metering/increase.ts';
import { retentionSeconds } from '../src/metering/prometheus.ts';
import { byWorkspace } from '../src/metering/rollup.ts';
import { monthStartUtc, nextMonthUtc } from '../src/metering/totals.ts';
import { bucketStarts, usageRange } from '../src/metering/usage.ts';

const H = 3_600_000;
/** Samples every `step` ms from `from`, with the given values. */
const series = (from: number, step: number, values: number[]): CounterSample[] =>
  values.map((v, i) => ({ t: from + i * step, v }));

describe('counterIncrease', () => {
  it('sums the steps whose later sample is inside the hour', () => {
    // 10 before the hour, then 12, 15, 15, 20 inside it, and 26 at its end (the next hour's).
    const samples = [...series(-60_000, 60_000, [10, 12, 15, 15, 20]), { t: H, v: 26 }];
    expect(counterIncrease(samples, 0, H)).toBe(10);
    expect(counterIncrease(samples, H, 2 * H)).toBe(6);
  });

  it('adds up to the whole growth over consecutive hours, whatever the edges', () => {
    const samples = series(
      -30_000,
      45_000,
      Array.from({ length: 400 }, (_, i) => i * 3 + (i % 2)),
    );
    const total = [0, 1, 2, 3].reduce(
      (sum, hour) => sum + counterIncrease(samples, hour * H, (hour + 1) * H),
      0,
    );
    const inside = samples.filter((s) => s.t < 4 * H);
    const before = samples.filter((s) => s.t < 0).at(-1)?.v ?? 0;
    expect(total).toBe((inside.at(-1)?.v ?? 0) - before);
  });

  it('counts the value after a reset as the increase since the reset', () => {
    // 100 → 140 (+40), reset to 5 (+5), → 25 (+20).
    const samples = series(-1000, 600_000, [100, 140, 5, 25]);
    expect(counterIncrease(samples, 0, H)).toBe(65);
  });

  it('counts a reset to zero and a counter that then stays at zero as no usage', () => {
    expect(counterIncrease(series(-1000, 600_000, [50, 0, 0]), 0, H)).toBe(0);
  });

  it('counts the whole first value of a series that is new in the hour', () => {
    const samples = series(600_000, 60_000, [7, 9, 12]);
    expect(startsInside(samples, 0)).toBe(true);
    expect(counterIncrease(samples, 0, H)).toBe(12);
  });

  it('starts from the value before the window when the series is older than it', () => {
    const samples = series(600_000, 60_000, [107, 109, 112]);
    expect(counterIncrease(samples, 0, H, 100)).toBe(12);
    // A lower first value than before: the process restarted in between.
    expect(counterIncrease(series(600_000, 60_000, [3, 4]), 0, H, 100)).toBe(4);
  });

  it('puts the increase over a scrape gap into the hour of the first sample after it', () => {
    // Scraped at -1 min (10), then nothing until 1 h 20 min (70).
    const samples = [
      { t: -60_000, v: 10 },
      { t: H + 20 * 60_000, v: 70 },
    ];
    expect(counterIncrease(samples, 0, H)).toBe(0);
    expect(counterIncrease(samples, H, 2 * H)).toBe(60);
  });

  it('takes a sample exactly at the hour’s start into the hour, and one at its end into the next', () => {
    const samples = [
      { t: -1, v: 1 },
      { t: 0, v: 4 },
      { t: H, v: 9 },
    ];
    expect(counterIncrease(samples, 0, H)).toBe(3);
    expect(counterIncrease(samples, H, 2 * H)).toBe(5);
  });

  it('skips stale markers and other values that are no numbers', () => {
    const samples = [
      { t: -1, v: 10 },
      { t: 1000, v: Number.NaN },
      { t: 2000, v: 13 },
    ];
    expect(counterIncrease(samples, 0, H)).toBe(3);
  });

  it('keeps fractional counters (build seconds) exact to their sum', () => {
    const samples = series(-1000, 60_000, [1.25, 2.5, 2.75]);
    expect(counterIncrease(samples, 0, H)).toBeCloseTo(1.5, 12);
  });
});

describe('retentionSeconds', () => {
  it('reads Prometheus durations, and the time part of a combined setting', () => {
    expect(retentionSeconds('2d')).toBe(172_800);
    expect(retentionSeconds('15d')).toBe(1_296_000);
    expect(retentionSeconds('1d12h')).toBe(129_600);
    expect(retentionSeconds('2d or 10GiB')).toBe(172_800);
    expect(retentionSeconds('10GiB')).toBeUndefined();
  });
});

describe('byWorkspace', () => {
  it('leaves out namespaces that are no workspace’s and says how many series each had', () => {
    const result = byWorkspace(
      [
        { namespace: 'pm-a', site: 'bakery', metric: 'requests', value: 5 },
        { namespace: 'pm-x', site: 'other', metric: 'requests', value: 9 },
        { namespace: 'pm-x', site: 'other', metric: 'bandwidth_bytes', value: 90 },
      ],
      new Map([['pm-a', 'wsa']]),
    );
    expect(result.rows).toEqual([{ workspaceId: 'wsa', site: 'bakery', metric: 'requests', value: 5 }]);
    expect(Object.fromEntries(result.unknownNamespaces)).toEqual({ 'pm-x': 2 });
  });
});

describe('usage buckets', () => {
  it('cuts a range into UTC hours, days and calendar months that overlap it', () => {
    const from = new Date('2026-01-30T22:30:00Z');
    const to = new Date('2026-03-01T00:00:00Z');
    expect(bucketStarts(from, to, 'month').map((d) => d.toISOString())).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
    // January 30 and 31, and the 28 days of February.
    expect(bucketStarts(from, to, 'day')).toHaveLength(30);
    expect(bucketStarts(from, new Date('2026-01-31T00:00:01Z'), 'hour').map((d) => d.toISOString())).toEqual([
      '2026-01-30T22:00:00.000Z',
      '2026-01-30T23:00:00.000Z',
      '2026-01-31T00:00:00.000Z',
    ]);
  });

  it('defaults to this UTC month until now, by day', () => {
    const now = new Date('2026-02-14T10:00:00Z');
    expect(usageRange({}, now)).toEqual({
      from: new Date('2026-02-01T00:00:00Z'),
      to: now,
      granularity: 'day',
    });
    expect(monthStartUtc(now).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(nextMonthUtc(new Date('2026-12-01T00:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('refuses a backwards range, one over 366 days, and hours over 31 days, naming the limit', () => {
    const now = new Date('2026-02-14T10:00:00Z');
    const refused = (query: Parameters<typeof usageRange>[0]) => {
      try {
        usageRange(query, now);
      } catch (error) {
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).statusCode).toBe(400);
        return (error as ApiError).message;
      }
      throw new Error('not refused');
    };
    expect(refused({ from: '2026-02-10T00:00:00Z', to: '2026-02-10T00:00:00Z' })).toMatch(/must be before/);
    expect(refused({ from: '2026-01-31T23:59:60Z' })).toMatch(
      /from \(2026-01-31T23:59:60Z\) is not an instant/,
    );
    expect(refused({ from: '2025-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' })).toMatch(/at most 366 days/);
    expect(
      refused({ from: '2026-01-01T00:00:00Z', to: '2026-02-10T00:00:00Z', granularity: 'hour' }),
    ).toMatch(/at most 31 days/);
    expect(
      usageRange({ from: '2026-01-10T00:00:00Z', to: '2026-02-10T00:00:00Z', granularity: 'hour' }, now)
        .granularity,
    ).toBe('hour');
  });
});
