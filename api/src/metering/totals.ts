// Monthly usage of a workspace, read from usage_hourly (what `pagemagic-api meter` rolled up): the sum over
// the hours of one UTC calendar month, every site and the workspace-wide rows ('' site) together. Billing
// reads it for limits and overage; the usage route reads the same table by bucket.

import type { Pool, PoolClient } from 'pg';

/** The metrics of usage_hourly, as the API and its clients name them. */
export const USAGE_METRICS = [
  'requests',
  'bandwidthBytes',
  'buildSeconds',
  'aiPromptTokens',
  'aiCompletionTokens',
  'generations',
] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];

/** usage_hourly.metric for each API metric name. */
export const METRIC_COLUMN: Record<UsageMetric, string> = {
  requests: 'requests',
  bandwidthBytes: 'bandwidth_bytes',
  buildSeconds: 'build_seconds',
  aiPromptTokens: 'ai_prompt_tokens',
  aiCompletionTokens: 'ai_completion_tokens',
  generations: 'generations',
};

const BY_COLUMN = new Map<string, UsageMetric>(
  USAGE_METRICS.map((metric) => [METRIC_COLUMN[metric], metric] as const),
);

/** The API's name of a usage_hourly.metric value; undefined for one this version does not know. */
export function usageMetricOf(column: string): UsageMetric | undefined {
  return BY_COLUMN.get(column);
}

/** The first instant of the UTC calendar month that holds `at`. */
export function monthStartUtc(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/** The first instant of the following UTC calendar month. */
export function nextMonthUtc(monthStart: Date): Date {
  return new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + 1, 1));
}

/**
 * Every metric's total over the UTC calendar month that starts at (or holds) `monthStart`, 0 for a metric
 * with no rows. Only hours the meter has rolled up are in the table, so the current month's totals lag
 * real time by up to one roll-up interval plus the settle delay.
 */
export async function monthlyUsage(
  db: Pick<Pool | PoolClient, 'query'>,
  workspaceId: string,
  monthStart: Date,
): Promise<Record<UsageMetric, number>> {
  const start = monthStartUtc(monthStart);
  const { rows } = await db.query<{ metric: string; total: number }>(
    `SELECT metric, sum(value)::float8 AS total
       FROM usage_hourly
      WHERE workspace_id = $1 AND hour >= $2 AND hour < $3
      GROUP BY metric`,
    [workspaceId, start, nextMonthUtc(start)],
  );
  const totals = Object.fromEntries(USAGE_METRICS.map((metric) => [metric, 0])) as Record<
    UsageMetric,
    number
  >;
  for (const row of rows) {
    const metric = usageMetricOf(row.metric);
    if (metric) totals[metric] = Number(row.total);
  }
  return totals;
}
