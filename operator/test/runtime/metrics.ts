// Reading one sample back out of a prom-client registry, as a scrape would see it.

import type { Registry } from 'prom-client';

/**
 * The value of `name` whose labels include `labels`; for a histogram pass the series, e.g.
 * `series: 'workqueue_queue_duration_seconds_count'`. Undefined when there is no such sample.
 */
export async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
  series = name,
): Promise<number | undefined> {
  const metric = registry.getSingleMetric(name);
  if (metric === undefined) return undefined;
  const { values } = await metric.get();
  const sample = values.find(
    (value) =>
      ((value as { metricName?: string }).metricName ?? name) === series &&
      Object.entries(labels).every(([label, expected]) => String(value.labels[label]) === expected),
  );
  return sample?.value;
}
