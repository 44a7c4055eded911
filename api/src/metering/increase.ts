// How much a counter grew within one hour, from its raw samples, exactly: no extrapolation to the hour's
// edges (which is what PromQL's increase() and rate() do, so their totals are fractional and a sum of
// hours is not the true count). Each step between two consecutive samples belongs to the hour its later
// sample falls in, so every increment lands in exactly one hour and a sum over hours is exact:
//   - a value lower than the one before is a counter reset (the process restarted): the new value is
//     the increase since the reset, since counters start at 0;
//   - a series' first sample ever counts its whole value (it started at 0 when it was created);
//   - after a scrape gap the first sample carries the whole gap's increase into the hour it lands in.
// The only loss is what a process counted after its last scrape before it restarted: no exporter can
// report that.

export interface CounterSample {
  /** Milliseconds since the epoch. */
  t: number;
  v: number;
}

/**
 * The increase of one counter series over [start, end) (milliseconds). `samples` are the series' raw
 * samples in time order, from some time before `start` (so the step into the hour is known) up to `end`;
 * `before` is its last value before the first of them, undefined when it has none (a new series).
 */
export function counterIncrease(
  samples: readonly CounterSample[],
  start: number,
  end: number,
  before?: number,
): number {
  let previous = before;
  let increase = 0;
  for (const { t, v } of samples) {
    if (t >= end) break;
    if (!Number.isFinite(v)) continue;
    if (t >= start) increase += previous === undefined || v < previous ? v : v - previous;
    previous = v;
  }
  return increase;
}

/** Whether a series has no sample before `start`: its step into the hour needs the value before. */
export function startsInside(samples: readonly CounterSample[], start: number): boolean {
  const first = samples.find((sample) => Number.isFinite(sample.v));
  return first !== undefined && first.t >= start;
}
