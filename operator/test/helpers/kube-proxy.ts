// A loopback proxy in front of the test cluster's API server, for breaking the connection on purpose
// without touching the shared API server. Clients speak plain HTTP to it (127.0.0.1 only); it forwards over
// HTTPS with the kubeconfig's own credentials. It can cut every connection, hold watch streams open while
// swallowing their events (a stalled watch), answer a watch with 410 Expired, and fail requests with 5xx.

import { type ClientRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';

export interface ProxiedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  watch: boolean;
  accept: string;
}

export interface KubeProxy {
  readonly url: string;
  /** Every request that reached the proxy, in order. */
  readonly requests: ProxiedRequest[];
  /** 410 answers served so far by `expireNextWatch`. */
  readonly expiredServed: number;
  /** A kubeconfig whose cluster is this proxy. */
  kubeConfig(): KubeConfig;
  /** Cuts every open connection and refuses new ones until `restore`. */
  sever(): void;
  restore(): void;
  /** While on, watch streams stay open but carry nothing (events are dropped, not delayed). */
  stallWatches(stalled: boolean): void;
  /** Answers the next watch the way the API server answers a too-old resourceVersion. */
  expireNextWatch(): void;
  /** Answers the next `count` requests with `status` and no forwarding. */
  failNext(count: number, status?: number): void;
  close(): Promise<void>;
}

function status(code: number, reason: string, message: string) {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}

export async function startKubeProxy(upstream: KubeConfig): Promise<KubeProxy> {
  const cluster = upstream.getCurrentCluster();
  if (!cluster) throw new Error('the kubeconfig has no current cluster');
  const tls: RequestOptions = {};
  await upstream.applyToHTTPSOptions(tls);
  const target = new URL(cluster.server);

  const sockets = new Set<Socket>();
  const upstreamRequests = new Set<ClientRequest>();
  const requests: ProxiedRequest[] = [];
  let severed = false;
  let stalled = false;
  let expirePending = 0;
  let expiredServed = 0;
  let failPending = 0;
  let failStatus = 500;

  const forward = (incoming: IncomingMessage, outgoing: ServerResponse, watch: boolean) => {
    const headers = { ...incoming.headers, ...(tls.headers as Record<string, string> | undefined) };
    delete headers.host;
    delete headers.connection;
    const proxied = httpsRequest(
      {
        ...tls,
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        if (watch) outgoing.flushHeaders();
        answer.on('data', (chunk: Buffer) => {
          if (!(watch && stalled)) outgoing.write(chunk);
        });
        answer.on('end', () => outgoing.end());
        answer.on('error', () => outgoing.destroy());
      },
    );
    upstreamRequests.add(proxied);
    proxied.on('close', () => upstreamRequests.delete(proxied));
    proxied.on('error', () => outgoing.destroy());
    outgoing.on('close', () => proxied.destroy());
    incoming.pipe(proxied);
  };

  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://proxy');
    const watch = url.searchParams.get('watch') === 'true';
    requests.push({
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      watch,
      accept: incoming.headers.accept ?? '',
    });
    if (failPending > 0) {
      failPending -= 1;
      outgoing
        .writeHead(failStatus, { 'Content-Type': 'application/json' })
        .end(JSON.stringify(status(failStatus, 'InternalError', 'injected by the test proxy')));
      return;
    }
    if (watch && expirePending > 0) {
      expirePending -= 1;
      expiredServed += 1;
      const resourceVersion = url.searchParams.get('resourceVersion') ?? '';
      const event = {
        type: 'ERROR',
        object: status(
          410,
          'Expired',
          `too old resource version: ${resourceVersion} (injected by the test proxy)`,
        ),
      };
      outgoing.writeHead(200, { 'Content-Type': 'application/json' }).end(`${JSON.stringify(event)}\n`);
      return;
    }
    forward(incoming, outgoing, watch);
  });
  server.on('connection', (socket) => {
    if (severed) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const cut = () => {
    for (const socket of sockets) socket.destroy();
    for (const proxied of upstreamRequests) proxied.destroy();
  };

  return {
    url,
    requests,
    get expiredServed() {
      return expiredServed;
    },
    kubeConfig() {
      const config = new KubeConfig();
      config.loadFromOptions({
        clusters: [{ name: 'proxy', server: url, skipTLSVerify: true }],
        users: [{ name: 'proxy' }],
        contexts: [{ name: 'proxy', cluster: 'proxy', user: 'proxy' }],
        currentContext: 'proxy',
      });
      return config;
    },
    sever() {
      severed = true;
      cut();
    },
    restore() {
      severed = false;
    },
    stallWatches(on) {
      stalled = on;
    },
    expireNextWatch() {
      expirePending += 1;
    },
    failNext(count, code = 500) {
      failPending += count;
      failStatus = code;
    },
    async close() {
      cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
