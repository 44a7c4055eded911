// The Usage page's choices, read from its address (?period=…&granularity=…&site=…) so every view is a link
// that can be shared or bookmarked, and works without JavaScript. Periods are whole UTC days and months,
// as the meter counts them.

import { GRANULARITIES, type Granularity } from './format.ts';

export const PERIODS = [
  { id: 'this-month', label: 'This month' },
  { id: 'last-month', label: 'Last month' },
  { id: 'last-7-days', label: 'Last 7 days' },
  { id: 'last-30-days', label: 'Last 30 days' },
  { id: 'last-12-months', label: 'Last 12 months' },
] as const;
export type PeriodId = (typeof PERIODS)[number]['id'];

export interface UsageView {
  period: PeriodId;
  granularity: Granularity;
  /** A Website name, or undefined for every site. */
  site: string | undefined;
}

// A Website name as the API takes one (a DNS label).
const SITE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/** What the address asks for; anything unknown falls back to the default (this month, by day, every site). */
export function readView(search: Record<string, string | string[] | undefined>): UsageView {
  const period = PERIODS.find((choice) => choice.id === one(search.period))?.id ?? 'this-month';
  const granularity =
    GRANULARITIES.find((choice) => choice === one(search.granularity)) ??
    (period === 'last-12-months' ? 'month' : 'day');
  const site = one(search.site);
  return { period, granularity, site: site && SITE_NAME.test(site) ? site : undefined };
}

const DAY_MS = 86_400_000;

/** The period's first instant and, when it has ended, its end (else the API's default: now). */
export function periodRange(period: PeriodId, now: Date): { from: string; to?: string } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const today = Date.UTC(year, month, now.getUTCDate());
  switch (period) {
    case 'this-month':
      return { from: new Date(Date.UTC(year, month, 1)).toISOString() };
    case 'last-month':
      return {
        from: new Date(Date.UTC(year, month - 1, 1)).toISOString(),
        to: new Date(Date.UTC(year, month, 1)).toISOString(),
      };
    case 'last-7-days':
      return { from: new Date(today - 6 * DAY_MS).toISOString() };
    case 'last-30-days':
      return { from: new Date(today - 29 * DAY_MS).toISOString() };
    case 'last-12-months':
      return { from: new Date(Date.UTC(year, month - 11, 1)).toISOString() };
  }
}

/** The page's address for a view, leaving out what is the default. */
export function viewHref(view: UsageView): string {
  const search = new URLSearchParams();
  if (view.period !== 'this-month') search.set('period', view.period);
  search.set('granularity', view.granularity);
  if (view.site) search.set('site', view.site);
  return `/account/usage?${search.toString()}`;
}
