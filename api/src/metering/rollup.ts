// One hour's roll-up: the raw samples of every metered counter from Prometheus, each series' exact increase
// within the hour (increase.ts), summed per workspace, site and metric, and written in one transaction
// together with the meter's progress. Rows are upserted with the hour's full value, never added to, so
// rolling an hour again (a retry, a second meter) writes the same numbers over themselves.

import type { Pool } from 'pg';
import { inTransaction } from '../db/transaction.ts';
import { counterIncrease, startsInside } from './increase.ts';
import type { PrometheusClient } from './prometheus.ts';

/** usage_hourly.metric values. */
export type UsageColumn =
  | 'requests'
  | 'bandwidth_bytes'
  | 'build_seconds'
  | 'ai_prompt_tokens'
  | 'ai_completion_tokens'
  | 'generations';

export interface MeteredCounter {
  /** The Prometheus counter; every series has `namespace` and `website` labels. */
  name: string;
  /** The usage_hourly metric a series adds to, by its labels; undefined: not metered. */
  metric(labels: Record<string, string>): UsageColumn | undefined;
}

/** The counters the meter reads, and what each becomes (see the README, "Metering"). */
export const METERED_COUNTERS: readonly MeteredCounter[] = [
  { name: 'pagemagic_site_requests_total', metric: () => 'requests' },
  { name: 'pagemagic_site_response_bytes_total', metric: () => 'bandwidth_bytes' },
  { name: 'pagemagic_build_seconds_total', metric: () => 'build_seconds' },
  {
    name: 'pagemagic_ai_tokens_total',
    metric: ({ kind }) =>
      kind === 'prompt' ? 'ai_prompt_tokens' : kind === 'completion' ? 'ai_completion_tokens' : undefined,
  },
  { name: 'pagemagic_api_generations_total', metric: () => 'generations' },
];

export interface HourWindow {
  /** The hour's real span, [start, end) in milliseconds. */
  start: number;
  end: number;
}

/** Usage of one namespace, site and metric in an hour. */
export interface MeasuredUsage {
  namespace: string;
  site: string;
  metric: UsageColumn;
  value: number;
}

export interface MeasureOptions {
  /**
   * How far before the hour raw samples are read, so that each series' step into the hour starts from a
   * sample already in the answer; a series with none there has its last earlier value looked up.
   */
  marginMs: number;
  /** How far back that look-up goes: Prometheus' retention. A series with no sample in it is new. */
  lookbackMs: number;
  counters?: readonly MeteredCounter[];
  /** Namespaces read per query (NAMESPACES_PER_QUERY). */
  namespacesPerQuery?: number;
}

/**
 * Namespaces read per query. One query of a counter over every site would return every raw sample of the
 * hour at once (10,000 sites with 240 samples each is 2.4 million); a batch bounds both Prometheus' answer
 * and what the meter holds at a time to a hundred workspaces' series.
 */
const NAMESPACES_PER_QUERY = 100;

/** A label value as a literal inside a PromQL regular expression, inside a double-quoted string. */
function regexQuoted(value: string): string {
  return value.replace(/[\\.^$|?*+()[\]{}]/g, '\\$&').replace(/[\\"]/g, '\\$&');
}

const seriesKey = (labels: Record<string, string>) =>
  JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Every namespace, site and metric that grew in `hour`, by how much, read from Prometheus. */
export async function measureHour(
  prometheus: PrometheusClient,
  hour: HourWindow,
  options: MeasureOptions,
): Promise<MeasuredUsage[]> {
  const windowMs = hour.end - hour.start + options.marginMs;
  const sums = new Map<string, MeasuredUsage>();
  const add = (labels: Record<string, string>, metric: UsageColumn, increase: number) => {
    const namespace = labels.namespace ?? '';
    const site = labels.website ?? '';
    const key = JSON.stringify([namespace, site, metric]);
    const sum = sums.get(key);
    if (sum) sum.value += increase;
    else sums.set(key, { namespace, site, metric, value: increase });
  };
  for (const counter of options.counters ?? METERED_COUNTERS) {
    const namespaces = await prometheus.labelValues('namespace', counter.name, hour.end - windowMs, hour.end);
    const perQuery = options.namespacesPerQuery ?? NAMESPACES_PER_QUERY;
    for (let first = 0; first < namespaces.length; first += perQuery) {
      const batch = namespaces.slice(first, first + perQuery);
      const selector = `${counter.name}{namespace=~"${batch.map(regexQuoted).join('|')}"}`;
      const series = await prometheus.rawSamples(selector, windowMs, hour.end);
      const before = new Map<string, number>();
      if (series.some((one) => startsInside(one.samples, hour.start))) {
        // Where the answer above begins: the last value before it, over all of Prometheus' retention.
        const values = await prometheus.lastValues(selector, options.lookbackMs, hour.end - windowMs);
        for (const { labels, value } of values) before.set(seriesKey(labels), value);
      }
      for (const { labels, samples } of series) {
        const metric = counter.metric(labels);
        if (!metric) continue;
        const increase = counterIncrease(samples, hour.start, hour.end, before.get(seriesKey(labels)));
        if (increase !== 0) add(labels, metric, increase);
      }
    }
  }
  return [...sums.values()];
}

export interface HourRows {
  rows: Array<{ workspaceId: string; site: string; metric: UsageColumn; value: number }>;
  /** Namespaces that are no workspace's, with how many series of theirs were left out. */
  unknownNamespaces: Map<string, number>;
}

/** Usage by workspace: a namespace that is no workspace's (another installation, a test) is left out. */
export function byWorkspace(measured: readonly MeasuredUsage[], workspaces: Map<string, string>): HourRows {
  const rows: HourRows['rows'] = [];
  const unknownNamespaces = new Map<string, number>();
  for (const usage of measured) {
    const workspaceId = workspaces.get(usage.namespace);
    if (workspaceId === undefined) {
      unknownNamespaces.set(usage.namespace, (unknownNamespaces.get(usage.namespace) ?? 0) + 1);
      continue;
    }
    rows.push({ workspaceId, site: usage.site, metric: usage.metric, value: usage.value });
  }
  return { rows, unknownNamespaces };
}

/** namespace → workspace id, for every workspace. */
export async function workspaceNamespaces(db: Pick<Pool, 'query'>): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; namespace: string }>('SELECT id, namespace FROM workspaces');
  return new Map(rows.map((row) => [row.namespace, row.id]));
}

/**
 * Writes an hour's rows and moves the meter's progress to the hour's end, in one transaction: either both
 * happen or neither, so a meter stopped at any point never skips an hour nor counts one twice.
 * `hour` and `rolledTo` are the stored times (see Meter: one-hour rows even when tests shorten the hour).
 */
export async function writeHour(
  db: Pool,
  hourSeconds: number,
  hour: Date,
  rolledTo: Date,
  rows: HourRows['rows'],
): Promise<void> {
  await inTransaction(db, async (client) => {
    if (rows.length > 0) {
      await client.query(
        `INSERT INTO usage_hourly (workspace_id, site, metric, hour, value)
         SELECT workspace_id, site, metric, $4, value
           FROM unnest($1::text[], $2::text[], $3::text[], $5::float8[]) AS r(workspace_id, site, metric, value)
         ON CONFLICT (workspace_id, metric, hour, site) DO UPDATE SET value = EXCLUDED.value`,
        [
          rows.map((row) => row.workspaceId),
          rows.map((row) => row.site),
          rows.map((row) => row.metric),
          hour,
          rows.map((row) => row.value),
        ],
      );
    }
    await client.query(
      `INSERT INTO meter_state (hour_seconds, rolled_to) VALUES ($1, $2)
       ON CONFLICT (hour_seconds) DO UPDATE
         SET rolled_to = GREATEST(meter_state.rolled_to, EXCLUDED.rolled_to), updated_at = now()`,
      [hourSeconds, rolledTo],
    );
  });
}

/** The end of the last hour rolled up, as stored; undefined before the first. */
export async function storedRolledTo(
  db: Pick<Pool, 'query'>,
  hourSeconds: number,
): Promise<Date | undefined> {
  const { rows } = await db.query<{ rolled_to: Date }>(
    'SELECT rolled_to FROM meter_state WHERE hour_seconds = $1',
    [hourSeconds],
  );
  return rows[0]?.rolled_to;
}
