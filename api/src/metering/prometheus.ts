// The meter's reads from Prometheus' HTTP API: raw samples of a range selector (an instant query of
// `name[window]`, which returns every stored sample in the window untouched), the last value of each series
// before some instant (`last_over_time`, also a stored sample, not an estimate), the values of a label in a
// window (to split big reads), and how long Prometheus keeps samples (its runtime info).

import type { CounterSample } from './increase.ts';

export class PrometheusError extends Error {
  override name = 'PrometheusError';
}

export interface SeriesSamples {
  /** The series' labels, without __name__. */
  labels: Record<string, string>;
  samples: CounterSample[];
}

export interface SeriesValue {
  labels: Record<string, string>;
  value: number;
}

interface QueryAnswer {
  status: 'success' | 'error';
  error?: string;
  errorType?: string;
  data?: {
    resultType: 'matrix' | 'vector' | 'scalar' | 'string';
    result: Array<{
      metric: Record<string, string>;
      values?: Array<[number, string]>;
      value?: [number, string];
    }>;
  };
}

export interface PrometheusClientOptions {
  /** Per request; a query of a day's raw samples of every site can take a while on a big installation. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const UNITS_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};

/**
 * Seconds in a Prometheus retention setting as its runtime info reports it (`15d`, `1d12h`, `2d or 10GiB`);
 * undefined when only a size limit is set, which says nothing about time.
 */
export function retentionSeconds(text: string): number | undefined {
  for (const part of text.split(/\s+or\s+/)) {
    const trimmed = part.trim();
    if (!/^(\d+(ms|[smhdwy]))+$/.test(trimmed)) continue;
    let ms = 0;
    for (const [, amount, unit] of trimmed.matchAll(/(\d+)(ms|[smhdwy])/g)) {
      ms += Number(amount) * (UNITS_MS[unit as string] ?? 0);
    }
    return ms / 1000;
  }
  return undefined;
}

const withoutName = ({ __name__: _, ...labels }: Record<string, string>) => labels;
const seconds = (ms: number) => (ms / 1000).toFixed(3);

export class PrometheusClient {
  readonly url: string;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;

  constructor(url: string, options: PrometheusClientOptions = {}) {
    this.url = url.replace(/\/+$/, '');
    this.#timeoutMs = options.timeoutMs ?? 120_000;
    this.#fetch = options.fetch ?? fetch;
  }

  async #get<T>(path: string, form?: URLSearchParams): Promise<T> {
    const where = `${this.url}${path}`;
    let response: Response;
    try {
      response = await this.#fetch(where, {
        method: form ? 'POST' : 'GET',
        ...(form ? { body: form } : {}),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      throw new PrometheusError(
        `Prometheus at ${this.url} could not be reached (${(error as Error).message}); check that it runs and PROMETHEUS_URL points at it`,
        { cause: error },
      );
    }
    const text = await response.text();
    let body: { status?: string; error?: string; data?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new PrometheusError(
        `Prometheus at ${this.url} answered ${path} with ${response.status} and no JSON (${text.slice(0, 200)}); is PROMETHEUS_URL the Prometheus server itself?`,
      );
    }
    if (!response.ok || body.status !== 'success') {
      throw new PrometheusError(
        `Prometheus at ${this.url} refused ${path} (${response.status}): ${body.error ?? text.slice(0, 200)}`,
      );
    }
    return body as T;
  }

  async #query(expression: string, at: number): Promise<NonNullable<QueryAnswer['data']>> {
    const answer = await this.#get<QueryAnswer>(
      '/api/v1/query',
      new URLSearchParams({ query: expression, time: seconds(at) }),
    );
    if (!answer.data) throw new PrometheusError(`Prometheus answered "${expression}" with no data`);
    return answer.data;
  }

  /** Every stored sample of every series `selector` picks in the `windowMs` up to `at`, in time order. */
  async rawSamples(selector: string, windowMs: number, at: number): Promise<SeriesSamples[]> {
    const data = await this.#query(`${selector}[${Math.ceil(windowMs)}ms]`, at);
    if (data.resultType !== 'matrix') {
      throw new PrometheusError(`Prometheus answered ${selector}[…] with a ${data.resultType}, not a matrix`);
    }
    return data.result.map((series) => ({
      labels: withoutName(series.metric),
      samples: (series.values ?? []).map(([t, v]) => ({ t: Math.round(t * 1000), v: Number(v) })),
    }));
  }

  /** The last stored value of every series of `metric` within `lookbackMs` up to `at`. */
  async lastValues(metric: string, lookbackMs: number, at: number): Promise<SeriesValue[]> {
    const data = await this.#query(`last_over_time(${metric}[${Math.ceil(lookbackMs)}ms])`, at);
    if (data.resultType !== 'vector') {
      throw new PrometheusError(`Prometheus answered last_over_time(${metric}) with a ${data.resultType}`);
    }
    return data.result.map((series) => ({
      labels: withoutName(series.metric),
      value: Number(series.value?.[1]),
    }));
  }

  /** The values `label` takes on the series `selector` picks that have samples in [startMs, endMs]. */
  async labelValues(label: string, selector: string, startMs: number, endMs: number): Promise<string[]> {
    const query = new URLSearchParams({ 'match[]': selector, start: seconds(startMs), end: seconds(endMs) });
    const answer = await this.#get<{ data?: string[] }>(
      `/api/v1/label/${encodeURIComponent(label)}/values?${query}`,
    );
    return answer.data ?? [];
  }

  /** How long Prometheus keeps samples, in seconds; undefined when it does not say (a size limit only). */
  async retentionSeconds(): Promise<number | undefined> {
    const answer = await this.#get<{ data?: { storageRetention?: string } }>('/api/v1/status/runtimeinfo');
    const text = answer.data?.storageRetention;
    return text ? retentionSeconds(text) : undefined;
  }
}
