import type { Billing } from '@pagemagic/api/contract/billing';
import { describe, expect, it } from 'vitest';
import { limitReached } from '../components/billing/plan-limit.ts';
import {
  allowanceFor,
  formatAmount,
  formatBucket,
  formatBytes,
  formatTick,
  monthToDate,
  shareOf,
} from '../components/usage/format.ts';
import { periodRange, readView, viewHref } from '../components/usage/period.ts';

const GIB = 1024 ** 3;
const limits = (websites: number, domains: number) => ({
  websites,
  domains,
  members: 2,
  generationsPerMonth: 30,
  bandwidthBytesPerMonth: 10 * GIB,
  buildMinutesPerMonth: 60,
  formMessagesPerMonth: 100,
});
const FREE = { id: 'free', title: 'Free', priceUsdPerMonth: 0, limits: limits(3, 1) } as const;
const PRO = { id: 'pro', title: 'Pro', priceUsdPerMonth: 19, limits: limits(50, 25) } as const;
const BUSINESS = {
  id: 'business',
  title: 'Business',
  priceUsdPerMonth: 79,
  limits: limits(500, 500),
} as const;

function billing(overrides: Partial<Billing> = {}): Billing {
  return {
    plan: FREE,
    plans: [FREE, PRO, BUSINESS],
    usage: {
      websites: 2,
      domains: 1,
      members: 1,
      generations: 3,
      bandwidthBytes: 9 * GIB,
      buildMinutes: 2.5,
      formMessages: 40,
    },
    period: { start: '2026-12-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' },
    notices: [],
    canManage: true,
    ...overrides,
  };
}

describe('limits where they bite', () => {
  it('leaves room while the plan has it, and says why not once it is used up', () => {
    expect(limitReached(billing(), 'websites')).toBeUndefined();
    expect(limitReached(billing(), 'domains')).toEqual({
      reason:
        'The Free plan allows 1 custom domain and this workspace has 1. Remove a domain, or upgrade to Pro (25 custom domains).',
    });
    const full = billing({ usage: { ...billing().usage, websites: 3 } });
    expect(limitReached(full, 'websites')?.reason).toBe(
      'The Free plan allows 3 sites and this workspace has 3. Delete a site, or upgrade to Pro (50 sites).',
    );
  });

  it('sends someone who is not the owner to the owner, and the largest plan to deleting', () => {
    const editor = billing({ canManage: false, usage: { ...billing().usage, websites: 4 } });
    expect(limitReached(editor, 'websites')?.reason).toBe(
      'The Free plan allows 3 sites and this workspace has 4. Delete a site, or ask the workspace owner to upgrade to Pro (50 sites).',
    );
    const largest = billing({ plan: BUSINESS, usage: { ...billing().usage, websites: 500 } });
    expect(limitReached(largest, 'websites')?.reason).toBe(
      'The Business plan allows 500 sites and this workspace has 500. Delete a site to make room.',
    );
  });
});

describe('amounts and allowances', () => {
  it('writes amounts in their units', () => {
    expect(formatBytes(9 * GIB)).toBe('9 GiB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatAmount(150, 'seconds')).toBe('2.5 minutes');
    expect(formatAmount(1, 'generations')).toBe('1 generation');
    expect(formatAmount(3_400_000, 'tokens')).toBe('3.4M tokens');
  });

  it('writes axis ticks short, with their unit', () => {
    expect(formatTick(150, 'seconds')).toBe('2.5 min');
    expect(formatTick(2.5 * GIB, 'bytes')).toBe('2.5 GiB');
    expect(formatTick(12_000, 'requests')).toBe('12K');
    expect(formatTick(3, 'generations')).toBe('3');
  });

  it('gives the monthly allowance of the metrics a plan limits, in their own unit', () => {
    expect(allowanceFor('bandwidthBytes', billing())).toEqual({ used: 9 * GIB, allowed: 10 * GIB });
    expect(allowanceFor('buildSeconds', billing())).toEqual({ used: 150, allowed: 3600 });
    expect(allowanceFor('requests', billing())).toBeUndefined();
    expect(shareOf(9, 10)).toBe(0.9);
    expect(shareOf(1, 0)).toBe(1);
    expect(shareOf(0, 0)).toBe(0);
  });

  it('names buckets by their granularity, in UTC', () => {
    expect(formatBucket('2026-12-05T14:00:00.000Z', 'hour')).toBe('Dec 5, 14:00');
    expect(formatBucket('2026-12-05T00:00:00.000Z', 'day')).toBe('Dec 5, 2026');
    expect(formatBucket('2026-12-01T00:00:00.000Z', 'month')).toBe('December 2026');
  });

  it('runs the month-to-date total, starting again each month', () => {
    const points = [
      { start: '2026-11-29T00:00:00.000Z', value: 1 },
      { start: '2026-11-30T00:00:00.000Z', value: 2 },
      { start: '2026-12-01T00:00:00.000Z', value: 4 },
      { start: '2026-12-02T00:00:00.000Z', value: 8 },
    ];
    expect(monthToDate(points)).toEqual([1, 3, 4, 12]);
  });
});

describe('the Usage page’s address', () => {
  it('reads a view, falling back to this month by day for every site', () => {
    expect(readView({})).toEqual({ period: 'this-month', granularity: 'day', site: undefined });
    expect(readView({ period: 'last-12-months' })).toEqual({
      period: 'last-12-months',
      granularity: 'month',
      site: undefined,
    });
    expect(readView({ period: 'last-7-days', granularity: 'hour', site: 'bakery' })).toEqual({
      period: 'last-7-days',
      granularity: 'hour',
      site: 'bakery',
    });
    expect(readView({ period: 'forever', granularity: 'week', site: '../etc' })).toEqual({
      period: 'this-month',
      granularity: 'day',
      site: undefined,
    });
    expect(readView({ site: ['a', 'b'] }).site).toBeUndefined();
  });

  it('turns a period into whole UTC days and months', () => {
    const now = new Date('2026-03-15T09:30:00Z');
    expect(periodRange('this-month', now)).toEqual({ from: '2026-03-01T00:00:00.000Z' });
    expect(periodRange('last-month', now)).toEqual({
      from: '2026-02-01T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
    });
    expect(periodRange('last-7-days', now)).toEqual({ from: '2026-03-09T00:00:00.000Z' });
    expect(periodRange('last-30-days', now)).toEqual({ from: '2026-02-14T00:00:00.000Z' });
    expect(periodRange('last-12-months', now)).toEqual({ from: '2025-04-01T00:00:00.000Z' });
    expect(periodRange('last-month', new Date('2026-01-10T00:00:00Z')).from).toBe('2025-12-01T00:00:00.000Z');
  });

  it('writes a view back as an address', () => {
    expect(viewHref({ period: 'this-month', granularity: 'day', site: undefined })).toBe(
      '/account/usage?granularity=day',
    );
    expect(viewHref({ period: 'last-7-days', granularity: 'hour', site: 'bakery' })).toBe(
      '/account/usage?period=last-7-days&granularity=hour&site=bakery',
    );
  });
});
