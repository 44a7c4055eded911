// Usage amounts written for a person, the same in the CLI and the web app: bytes in binary units, as the plans
// are set (a Free plan's 10 GiB is 10 × 1024³ bytes, named as IEC names it so nobody reads it as 10⁹), build
// time in minutes as plans count it, and counts exact below a million.

import type { Billing } from '../contract/billing.ts';
import type { getUsage } from '../contract/usage.ts';
import type { ResultOf } from './index.ts';

type Usage = ResultOf<typeof getUsage>;
type UsageMetric = Usage['metrics'][number];
export type UsageUnit = UsageMetric['unit'];
type MetricName = UsageMetric['metric'];

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let index = 0;
  while (Math.abs(value) >= 1024 && index < BYTE_UNITS.length - 1) {
    value /= 1024;
    index += 1;
  }
  const number = new Intl.NumberFormat('en', { maximumFractionDigits: index === 0 ? 0 : 1 }).format(value);
  return `${number} ${BYTE_UNITS[index] ?? 'B'}`;
}

/** Build time in minutes, as plans count it; under a minute in seconds. */
export function formatDuration(seconds: number): string {
  const inMinutes = seconds >= 60 || seconds === 0;
  return new Intl.NumberFormat('en', {
    style: 'unit',
    unit: inMinutes ? 'minute' : 'second',
    unitDisplay: 'long',
    maximumFractionDigits: inMinutes ? 1 : 0,
  }).format(inMinutes ? seconds / 60 : seconds);
}

/** A count: exact below a million ("12,345"), compact above it ("1.2M"). */
export function formatCount(value: number): string {
  const big = Math.abs(value) >= 1_000_000;
  return new Intl.NumberFormat('en', {
    notation: big ? 'compact' : 'standard',
    maximumFractionDigits: big ? 1 : 0,
  }).format(value);
}

const NOUNS: Readonly<Record<Exclude<UsageUnit, 'bytes' | 'seconds'>, readonly [string, string]>> = {
  requests: ['request', 'requests'],
  tokens: ['token', 'tokens'],
  generations: ['generation', 'generations'],
};

/** An amount in its unit: "1.2 GiB", "14 minutes", "12,345 requests". */
export function formatAmount(value: number, unit: UsageUnit): string {
  if (unit === 'bytes') return formatBytes(value);
  if (unit === 'seconds') return formatDuration(value);
  const [one, many] = NOUNS[unit];
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}

/** The same without a noun for counts, for table cells under a heading that names them. */
export function formatCell(value: number, unit: UsageUnit): string {
  return unit === 'bytes' || unit === 'seconds' ? formatAmount(value, unit) : formatCount(value);
}

export interface MonthlyAllowance {
  /** This month's use that counts against the limit, in the metric's own unit. */
  used: number;
  /** The plan's number, in the metric's own unit. */
  allowed: number;
}

/** The plan's monthly limit on a usage metric and what counts against it, when the plan limits that metric. */
export function allowanceFor(metric: UsageMetric['metric'], billing: Billing): MonthlyAllowance | undefined {
  const { limits } = billing.plan;
  if (metric === 'bandwidthBytes') {
    return { used: billing.usage.bandwidthBytes, allowed: limits.bandwidthBytesPerMonth };
  }
  if (metric === 'buildSeconds') {
    return { used: billing.usage.buildMinutes * 60, allowed: limits.buildMinutesPerMonth * 60 };
  }
  if (metric === 'generations') {
    return { used: billing.usage.generations, allowed: limits.generationsPerMonth };
  }
  return undefined;
}

/** Every site's totals, one row a site, busiest (by bandwidth, then requests) first. */
export function siteRows(usage: Usage): Array<{ site: string; totals: Partial<Record<MetricName, number>> }> {
  const bySite = new Map<string, Partial<Record<MetricName, number>>>();
  for (const metric of usage.metrics) {
    for (const { site, total } of metric.sites) {
      bySite.set(site, { ...bySite.get(site), [metric.metric]: total });
    }
  }
  return [...bySite.entries()]
    .map(([site, totals]) => ({ site, totals }))
    .sort(
      (a, b) =>
        (b.totals.bandwidthBytes ?? 0) - (a.totals.bandwidthBytes ?? 0) ||
        (b.totals.requests ?? 0) - (a.totals.requests ?? 0) ||
        a.site.localeCompare(b.site),
    );
}
