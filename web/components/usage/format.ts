// How the Usage and Billing pages write amounts: bytes in binary units (GiB), as the plans are set; build
// time in minutes, as plans limit it; counts exact below a million. The CLI writes them the same way
// (both from api/src/client/amounts.ts).

import type { ResultOf } from '@pagemagic/api/client';
import type { getUsage } from '@pagemagic/api/contract/usage';

export {
  allowanceFor,
  formatAmount,
  formatBytes,
  formatCell,
  formatCount,
  formatDuration,
  type MonthlyAllowance as Allowance,
  siteRows,
} from '@pagemagic/api/client/amounts';

import { formatBytes } from '@pagemagic/api/client/amounts';

export type Usage = ResultOf<typeof getUsage>;
export type MetricUsage = Usage['metrics'][number];
export type Metric = MetricUsage['metric'];
export type Unit = MetricUsage['unit'];
export type Granularity = Usage['granularity'];

export const GRANULARITIES = ['hour', 'day', 'month'] as const satisfies readonly Granularity[];

export const METRIC_TITLES: Readonly<Record<Metric, string>> = {
  requests: 'Requests',
  bandwidthBytes: 'Bandwidth',
  buildSeconds: 'Build time',
  aiPromptTokens: 'AI prompt tokens',
  aiCompletionTokens: 'AI completion tokens',
  generations: 'Generations',
};

export const METRIC_EXPLANATIONS: Readonly<Record<Metric, string>> = {
  requests: 'Pages and files your sites served to visitors.',
  bandwidthBytes: 'What those responses weighed. Soft limit: you get notices, your sites stay up.',
  buildSeconds: 'Time spent building your sites into images and publishing them.',
  aiPromptTokens: 'What Page Magic sent the AI model while writing your sites.',
  aiCompletionTokens: 'What the AI model wrote back.',
  generations: 'Sites written or rewritten by AI, whole or one section at a time.',
};

/** An axis tick: as short as it can be and still say its unit ("2.5 min", "1.5 GiB", "12K"). */
export function formatTick(value: number, unit: Unit): string {
  if (unit === 'bytes') return formatBytes(value);
  if (unit === 'seconds') {
    return `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value / 60)} min`;
  }
  return new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function shareOf(used: number, allowed: number): number {
  if (allowed > 0) return used / allowed;
  return used > 0 ? 1 : 0;
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

const DAY = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const HOUR = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A bucket's start as its granularity names it: "Jan 5, 14:00", "Jan 5, 2026", "January 2026". */
export function formatBucket(iso: string, granularity: Granularity): string {
  const date = new Date(iso);
  if (granularity === 'hour') return HOUR.format(date);
  if (granularity === 'month') return MONTH.format(date);
  return DAY.format(date);
}

/** Month-to-date running totals of the buckets: what counted against a monthly limit at the end of each. */
export function monthToDate(points: readonly { start: string; value: number }[]): number[] {
  let month = '';
  let running = 0;
  return points.map((point) => {
    const bucketMonth = point.start.slice(0, 7);
    if (bucketMonth !== month) {
      month = bucketMonth;
      running = 0;
    }
    running += point.value;
    return running;
  });
}
