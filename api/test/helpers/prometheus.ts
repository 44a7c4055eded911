// The local Prometheus (hack/services.sh) from a test: register a scrape target by dropping a file_sd file
// into its targets directory (picked up within its 2 s refresh, no restart), wait until it is scraped, read
// what it stored; and an exporter whose counters a test sets value by value, or makes fail (a scrape gap).

import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { localServices } from '@pagemagic/hack/testkit/env';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';

export const prometheusUrl = localServices.prometheusUrl;
/** hack/services.sh's file_sd directory: every *.json file in it is a list of targets. */
export const targetsDir = join(localServices.localDir, 'services', 'prometheus', 'targets');

interface PromAnswer<T> {
  status: string;
  data: T;
  error?: string;
}

export async function prometheusApi<T>(path: string): Promise<T> {
  const response = await fetch(`${prometheusUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as PromAnswer<T>;
  if (body.status !== 'success') throw new Error(`Prometheus ${path}: ${body.error}`);
  return body.data;
}

interface ActiveTarget {
  scrapeUrl: string;
  health: string;
  lastScrape: string;
  lastError: string;
}

async function target(address: string): Promise<ActiveTarget | undefined> {
  const { activeTargets } = await prometheusApi<{ activeTargets: ActiveTarget[] }>(
    '/api/v1/targets?state=active',
  );
  return activeTargets.find((candidate) => new URL(candidate.scrapeUrl).host === address);
}

export interface RegisteredTarget {
  address: string;
  /** Resolves once Prometheus scraped the target successfully at least once. */
  scraped(): Promise<void>;
  /** Resolves once a scrape after now failed (the target is down for Prometheus). */
  failedScrape(): Promise<void>;
  remove(): Promise<void>;
}

/** Makes Prometheus scrape `address` (`host:port`, path /metrics) until `remove`. */
export async function registerTarget(address: string, name = 'test'): Promise<RegisteredTarget> {
  const file = join(targetsDir, `${name}-${randomBytes(4).toString('hex')}.json`);
  // Written under another name and renamed, so Prometheus never reads half a file.
  await writeFile(`${file}.tmp`, JSON.stringify([{ targets: [address], labels: { pagemagic_test: name } }]));
  await rename(`${file}.tmp`, file);
  return {
    address,
    async scraped() {
      await eventually(
        `Prometheus to scrape ${address}`,
        async () => ((await target(address))?.health === 'up' ? true : undefined),
        60,
      );
    },
    async failedScrape() {
      const since = Date.now();
      await eventually(
        `a failed scrape of ${address}`,
        async () => {
          const current = await target(address);
          return current?.health === 'down' && Date.parse(current.lastScrape) > since ? true : undefined;
        },
        60,
      );
    },
    async remove() {
      await rm(file, { force: true });
    },
  };
}

/** The value of an instant query's single result (the newest sample), or undefined if there is none. */
export async function instantValue(query: string): Promise<number | undefined> {
  const data = await prometheusApi<{ result: Array<{ value: [number, string] }> }>(
    `/api/v1/query?query=${encodeURIComponent(query)}`,
  );
  const [first] = data.result;
  return first ? Number(first.value[1]) : undefined;
}

/** Waits until Prometheus' newest sample of `query` is `value`: it has scraped that value. */
export async function waitForValue(query: string, value: number): Promise<void> {
  await eventually(
    `Prometheus to store ${query} = ${value}`,
    async () => ((await instantValue(query)) === value ? true : undefined),
    60,
  );
}

export interface Exporter {
  address: string;
  /** Sets a counter series' value; `labels` in the exposition's order. */
  set(name: string, labels: Record<string, string>, value: number): void;
  /** While on, /metrics answers 500: Prometheus records a failed scrape and no samples. */
  failing(on: boolean): void;
  stop(): Promise<void>;
}

/** A /metrics endpoint serving exactly the counter values a test sets, in the text exposition format. */
export async function startExporter(): Promise<Exporter> {
  const series = new Map<string, { name: string; labels: Record<string, string>; value: number }>();
  let failing = false;
  const server: Server = createServer((request, response) => {
    if (failing || request.url !== '/metrics') {
      response.writeHead(failing ? 500 : 404).end();
      return;
    }
    const names = new Set([...series.values()].map((one) => one.name));
    const lines: string[] = [];
    for (const name of names) {
      lines.push(`# TYPE ${name} counter`);
      for (const one of series.values()) {
        if (one.name !== name) continue;
        const labels = Object.entries(one.labels)
          .map(([key, value]) => `${key}="${value}"`)
          .join(',');
        lines.push(`${name}{${labels}} ${one.value}`);
      }
    }
    response.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(`${lines.join('\n')}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    set(name, labels, value) {
      series.set(JSON.stringify([name, labels]), { name, labels, value });
    },
    failing(on) {
      failing = on;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/**
 * A pass-through to Prometheus that can be switched off: while down, every connection is dropped, as if
 * Prometheus were unreachable.
 */
export async function startPrometheusProxy(): Promise<{
  url: string;
  down(on: boolean): void;
  stop(): Promise<void>;
}> {
  let down = false;
  const server = createServer((request, response) => {
    if (down) {
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      fetch(`${prometheusUrl}${request.url}`, {
        method: request.method,
        headers: { 'content-type': String(request.headers['content-type'] ?? 'text/plain') },
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      }).then(
        async (answer) => {
          response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' });
          response.end(Buffer.from(await answer.arrayBuffer()));
        },
        () => request.socket.destroy(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    down(on) {
      down = on;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
