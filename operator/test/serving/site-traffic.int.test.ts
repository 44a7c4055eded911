// serve-sites' per-site counters (serving/metrics.ts) on a real HTTP server, with the route table's
// Website cache on the local cluster: each response counted once under its status class with the body bytes
// it sent (HEAD, 304 and an abandoned response send none; a body written in pieces counts whole); requests
// that are no site's count nowhere; and a deleted Website's series stay for one keep period after it left
// the table, so its last requests are scraped, and are then dropped.

import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEBSITES } from '@pagemagic/crds';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { parseMetrics } from '@pagemagic/hack/testkit/prometheus-text';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import { type Informer, Manager, silentLogger } from '../../src/runtime/index.ts';
import { SiteTraffic } from '../../src/serving/metrics.ts';
import { type RoutedWebsite, routingWebsite, type SiteRoute } from '../../src/serving/routes.ts';

const NAME = 'bakery';
const KEEP_MS = 60_000;
const PAGE = Buffer.alloc(1234, 'a');

let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let manager: Manager;
let websites: Informer<RoutedWebsite>;
let server: Server;
let port: number;
const registry = new Registry();
let clock = 0;

function route(path: string): SiteRoute {
  return path === '/unknown'
    ? { kind: 'unknown', host: 'nobody.example' }
    : {
        kind: 'site',
        host: 'bakery.example',
        namespace: namespace.name,
        website: NAME,
        build: 'b',
        image: 'i',
      };
}

/** A request that resolves once the response has ended, or was abandoned after its first bytes. */
function send(path: string, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, method }, (response) => {
      if (path === '/abandoned') {
        response.once('data', () => {
          outgoing.destroy();
          resolve(response.statusCode ?? 0);
        });
        return;
      }
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    outgoing.on('error', (error) => (path === '/abandoned' ? undefined : reject(error)));
    outgoing.end();
  });
}

async function series(): Promise<Record<string, number>> {
  const samples = parseMetrics(await registry.metrics()).filter((sample) =>
    sample.name.startsWith('pagemagic_site_'),
  );
  return Object.fromEntries(
    samples.map((sample) => [`${sample.name}{${Object.values(sample.labels).join(',')}}`, sample.value]),
  );
}

beforeAll(async () => {
  const kubeConfig = loadKubeConfig();
  namespace = await createTestNamespace(kubeConfig, 'site-traffic');
  manager = new Manager({
    kubeConfig,
    fieldManager: OPERATOR_FIELD_MANAGER,
    registry,
    logger: silentLogger,
    metrics: { host: '127.0.0.1', port: 0 },
    processMetrics: false,
  });
  websites = manager.addInformer<RoutedWebsite>({
    resource: WEBSITES,
    namespace: namespace.name,
    transform: routingWebsite,
  });
  const traffic = new SiteTraffic({ registry, websites, keepGoneMs: KEEP_MS, now: () => clock });
  server = createServer((incoming, response) => {
    const path = incoming.url ?? '/';
    traffic.watch(incoming, response, route(path));
    if (path === '/pieces') {
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.write('abc');
      response.write(Buffer.from([1, 2, 3, 4, 5]));
      response.end('xy', 'utf8');
    } else if (path === '/not-modified') {
      response.writeHead(304).end();
    } else if (path === '/missing') {
      response.writeHead(404, { 'Content-Length': 4 }).end('nope');
    } else if (path === '/abandoned') {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      response.write(PAGE);
    } else {
      response
        .writeHead(200, { 'Content-Length': PAGE.length })
        .end(incoming.method === 'HEAD' ? undefined : PAGE);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  await manager.start();
  await manager.client.create(WEBSITES, {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Website',
    metadata: { name: NAME, namespace: namespace.name },
    spec: { brief: { prompt: 'A family bakery in Porto', locales: ['en'] } },
  });
  await eventually('the Website in the cache', async () => websites.get(`${namespace.name}/${NAME}`));
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await manager?.stop();
  await namespace?.delete();
});

describe('per-site traffic counters', () => {
  it('count each response under its status class with the body bytes it sent', async () => {
    for (let i = 0; i < 3; i++) expect(await send('/page')).toBe(200);
    expect(await send('/page', 'HEAD')).toBe(200);
    expect(await send('/pieces')).toBe(200);
    expect(await send('/not-modified')).toBe(304);
    expect(await send('/missing')).toBe(404);
    expect(await send('/unknown')).toBe(200);
    expect(await send('/abandoned')).toBe(200);
    const ns = namespace.name;
    await eventually('the abandoned response to be counted', async () =>
      (await series())[`pagemagic_site_requests_total{${ns},${NAME},2xx}`] === 6 ? true : undefined,
    );
    expect(await series()).toEqual({
      // Three pages, a HEAD, the body in pieces and the abandoned one; the /unknown host is no site.
      [`pagemagic_site_requests_total{${ns},${NAME},2xx}`]: 6,
      [`pagemagic_site_requests_total{${ns},${NAME},3xx}`]: 1,
      [`pagemagic_site_requests_total{${ns},${NAME},4xx}`]: 1,
      // 3 × 1234, 3 + 5 + 2 in pieces, 4 for the 404; the HEAD, the 304 and the abandoned body: none.
      [`pagemagic_site_response_bytes_total{${ns},${NAME}}`]: 3 * PAGE.length + 10 + 4,
    });
  });

  it('keep a deleted site’s series for one keep period, then drop them', async () => {
    await manager.client.delete(WEBSITES, { namespace: namespace.name, name: NAME });
    await eventually('the Website to leave the cache', async () =>
      websites.get(`${namespace.name}/${NAME}`) ? undefined : true,
    );
    clock = 1_000;
    // The first read after it left still has them: Prometheus scrapes the site's last requests.
    expect(Object.keys(await series())).toHaveLength(4);
    clock += KEEP_MS - 1;
    expect(Object.keys(await series())).toHaveLength(4);
    clock += 1;
    expect(await series()).toEqual({});
  });
});
