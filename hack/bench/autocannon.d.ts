// autocannon ships no types; this is the slice of its programmatic API the API benchmark uses.
declare module 'autocannon' {
  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
  }
  export interface Result {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }
  export interface Options {
    url: string;
    connections?: number;
    pipelining?: number;
    duration?: number;
    overallRate?: number;
    headers?: Record<string, string>;
  }
  // biome-ignore lint/style/noDefaultExport: autocannon's own module shape.
  export default function autocannon(options: Options): Promise<Result>;
}
