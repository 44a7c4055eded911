// The usage route's reading of usage_hourly: the range checked, cut into UTC buckets (hours, days or
// calendar months), every bucket present (0 where nothing was used), and per-site totals. An hour is in
// the range when it overlaps [from, to), so a range that starts or ends mid-hour keeps that hour whole:
// usage is only known per hour.

import type { Pool } from 'pg';
import {
  type MetricUsage,
  USAGE_MAX_HOURLY_DAYS,
  USAGE_MAX_RANGE_DAYS,
  type Usage,
  type UsageGranularity,
  type UsageUnit,
} from '../contract/usage.ts';
import { ApiError } from '../errors.ts';
import { monthStartUtc, USAGE_METRICS, type UsageMetric, usageMetricOf } from './totals.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const METRIC_UNITS: Record<UsageMetric, UsageUnit> = {
  requests: 'requests',
  bandwidthBytes: 'bytes',
  buildSeconds: 'seconds',
  aiPromptTokens: 'tokens',
  aiCompletionTokens: 'tokens',
  generations: 'generations',
};

/** The first instant of the UTC bucket that holds `at`. */
export function bucketStart(at: Date, granularity: UsageGranularity): Date {
  const [y, m, d, h] = [at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours()];
  if (granularity === 'hour') return new Date(Date.UTC(y, m, d, h));
  if (granularity === 'day') return new Date(Date.UTC(y, m, d));
  return new Date(Date.UTC(y, m, 1));
}

function nextBucket(start: Date, granularity: UsageGranularity): Date {
  if (granularity === 'hour') return new Date(start.getTime() + HOUR_MS);
  if (granularity === 'day') return new Date(start.getTime() + DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** The start of every bucket that overlaps [from, to), oldest first. */
export function bucketStarts(from: Date, to: Date, granularity: UsageGranularity): Date[] {
  const starts: Date[] = [];
  for (let start = bucketStart(from, granularity); start < to; start = nextBucket(start, granularity)) {
    starts.push(start);
  }
  return starts;
}

export interface UsageRange {
  from: Date;
  to: Date;
  granularity: UsageGranularity;
}

function invalid(path: string, message: string): ApiError {
  return new ApiError('validation_failed', `The request is not valid: ${message}`, {
    issues: [{ path, message }],
  });
}

/** The range a request asks for, with the defaults filled in; a 400 that names the limit when it is not. */
export function usageRange(
  query: { from?: string; to?: string; granularity?: UsageGranularity },
  now: Date,
): UsageRange {
  const from = query.from ? new Date(query.from) : monthStartUtc(now);
  const to = query.to ? new Date(query.to) : now;
  const granularity = query.granularity ?? 'day';
  // RFC 3339 allows what Date cannot hold (a leap second, a year past 275760).
  for (const [name, date] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (Number.isNaN(date.getTime())) {
      throw invalid(
        `querystring/${name}`,
        `${name} (${query[name]}) is not an instant this API can read; give a date-time such as 2026-01-01T00:00:00Z`,
      );
    }
  }
  if (from >= to) {
    throw invalid(
      'querystring/from',
      `from (${from.toISOString()}) must be before to (${to.toISOString()}); swap them, or leave either out (from: the start of this month, to: now)`,
    );
  }
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (days > USAGE_MAX_RANGE_DAYS) {
    throw invalid(
      'querystring/to',
      `the range is ${Math.ceil(days)} days and at most ${USAGE_MAX_RANGE_DAYS} days can be asked for at once; ask for a shorter range`,
    );
  }
  if (granularity === 'hour' && days > USAGE_MAX_HOURLY_DAYS) {
    throw invalid(
      'querystring/granularity',
      `hourly usage covers at most ${USAGE_MAX_HOURLY_DAYS} days and the range is ${Math.ceil(days)}; ask for a shorter range, or granularity day or month`,
    );
  }
  return { from, to, granularity };
}

/** The end of the last hour the production meter (one-hour buckets) has rolled up, if it ever has. */
export async function rolledUpTo(db: Pick<Pool, 'query'>): Promise<Date | undefined> {
  const { rows } = await db.query<{ rolled_to: Date }>(
    'SELECT rolled_to FROM meter_state WHERE hour_seconds = 3600',
  );
  return rows[0]?.rolled_to;
}

/** A workspace's usage over `range`, for the whole workspace or only `site`. */
export async function workspaceUsage(
  db: Pick<Pool, 'query'>,
  workspaceId: string,
  range: UsageRange,
  site?: string,
): Promise<Usage> {
  const { from, to, granularity } = range;
  const where = `workspace_id = $1 AND hour > $2::timestamptz - interval '1 hour' AND hour < $3
     AND ($4::text IS NULL OR site = $4)`;
  const parameters = [workspaceId, from, to, site ?? null];
  const [buckets, sites, rolled] = await Promise.all([
    db.query<{ metric: string; bucket: Date; value: number }>(
      `SELECT metric, date_trunc($5, hour, 'UTC') AS bucket, sum(value)::float8 AS value
         FROM usage_hourly WHERE ${where} GROUP BY 1, 2`,
      [...parameters, granularity],
    ),
    db.query<{ metric: string; site: string; total: number }>(
      `SELECT metric, site, sum(value)::float8 AS total
         FROM usage_hourly WHERE ${where} GROUP BY 1, 2 ORDER BY total DESC, site`,
      parameters,
    ),
    rolledUpTo(db),
  ]);
  const starts = bucketStarts(from, to, granularity);
  const index = new Map(starts.map((start, position) => [start.getTime(), position]));
  const metrics = new Map<UsageMetric, MetricUsage>(
    USAGE_METRICS.map((metric) => [
      metric,
      {
        metric,
        unit: METRIC_UNITS[metric],
        total: 0,
        points: starts.map((start) => ({ start: start.toISOString(), value: 0 })),
        sites: [],
      },
    ]),
  );
  for (const row of buckets.rows) {
    const usage = metrics.get(usageMetricOf(row.metric) as UsageMetric);
    const position = index.get(new Date(row.bucket).getTime());
    if (!usage || position === undefined) continue;
    const point = usage.points[position];
    if (point) point.value += row.value;
    usage.total += row.value;
  }
  for (const row of sites.rows) {
    if (row.total <= 0) continue;
    metrics.get(usageMetricOf(row.metric) as UsageMetric)?.sites.push({ site: row.site, total: row.total });
  }
  return {
    workspace: workspaceId,
    from: from.toISOString(),
    to: to.toISOString(),
    granularity,
    ...(rolled ? { rolledUpTo: rolled.toISOString() } : {}),
    metrics: [...metrics.values()],
  };
}
