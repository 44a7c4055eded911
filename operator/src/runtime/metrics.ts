// Get-or-create for prom-client metrics. Several queues, controllers and informers share one registry and
// one metric each (told apart by a label), and prom-client refuses to register a name twice.

import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

function existing<T>(registry: Registry, name: string, kind: new (...args: never[]) => T): T | undefined {
  const metric = registry.getSingleMetric(name);
  if (metric === undefined) return undefined;
  if (!(metric instanceof kind)) throw new Error(`metric ${name} is already registered as another type`);
  return metric;
}

export function counter<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
): Counter<L> {
  return (
    existing<Counter<L>>(registry, name, Counter) ??
    new Counter({ name, help, labelNames, registers: [registry] })
  );
}

export function histogram<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
  buckets: number[],
): Histogram<L> {
  return (
    existing<Histogram<L>>(registry, name, Histogram) ??
    new Histogram({ name, help, labelNames, buckets, registers: [registry] })
  );
}

export function gauge<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
): Gauge<L> {
  return (
    existing<Gauge<L>>(registry, name, Gauge) ?? new Gauge({ name, help, labelNames, registers: [registry] })
  );
}

const collectors = new WeakMap<Gauge<string>, Set<() => void>>();

/**
 * A gauge whose value is computed when scraped (an age, a running time), from any number of sources that
 * share it. Returns a function that removes this source.
 */
export function computedGauge<L extends string>(
  registry: Registry,
  name: string,
  help: string,
  labelNames: readonly L[],
  update: (gauge: Gauge<L>) => void,
): () => void {
  let metric = existing<Gauge<L>>(registry, name, Gauge);
  if (metric === undefined) {
    const sources = new Set<() => void>();
    metric = new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        for (const source of sources) source();
      },
    });
    collectors.set(metric as Gauge<string>, sources);
  }
  const sources = collectors.get(metric as Gauge<string>);
  if (sources === undefined) throw new Error(`metric ${name} was registered without a collector`);
  const gaugeMetric = metric;
  const source = () => update(gaugeMetric);
  sources.add(source);
  return () => sources.delete(source);
}

/** controller-runtime's reconcile-time buckets, so dashboards built for Go operators read ours too. */
export const RECONCILE_TIME_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.25,
  1.5, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 40, 50, 60,
];

/** client-go's work-queue buckets: 10 ns to 1000 s, by tens. */
export const WORK_QUEUE_BUCKETS = Array.from({ length: 12 }, (_, i) => Number(`1e${i - 8}`));
