// A loopback proxy that answers chosen requests with 409 Conflict, the way the API server answers a write
// that lost an optimistic-concurrency race, and forwards everything else (watches stream through, or late
// when asked: a watch that lags behind the writes, as under load). It sits
// in front of kube-proxy.ts, which holds the credentials and TLS, and writes a kubeconfig a child process
// can use. The operator writes status with merge patches and children with forced server-side apply, so a
// real concurrent writer never makes its writes conflict; this is how a test still reaches its 409 path.

import { writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ConflictRequest {
  method: string;
  path: string;
}

export interface ConflictProxy {
  readonly url: string;
  /** The requests answered with 409 so far. */
  readonly conflicts: readonly ConflictRequest[];
  /**
   * Holds back every chunk of the watches whose path `matches` for `ms` (order kept); 0 turns it off.
   * Chunks already held back are still delivered late.
   */
  delayWatches(matches: (path: string) => boolean, ms: number): void;
  /** Writes a kubeconfig whose cluster is this proxy (no credentials: the proxy behind adds them). */
  writeKubeconfig(path: string): void;
  close(): Promise<void>;
}

/** The Status the API server sends for a write based on a stale resourceVersion. */
export function conflictStatus(path: string) {
  const [, resource = 'objects', name = ''] = /\/([a-z]+)\/([^/]+)(?:\/status)?$/.exec(path) ?? [];
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message:
      `Operation cannot be fulfilled on ${resource}.pagemagic.dev "${name}": the object has been modified; ` +
      'please apply your changes to the latest version and try again',
    reason: 'Conflict',
    details: { name, kind: resource },
    code: 409,
  };
}

/**
 * Starts the proxy in front of `upstream` (a plain-HTTP URL such as kube-proxy's); `conflict` decides, per
 * request, whether to answer 409 instead of forwarding.
 */
export async function startConflictProxy(
  upstream: string,
  conflict: (request: ConflictRequest) => boolean,
): Promise<ConflictProxy> {
  const target = new URL(upstream);
  const conflicts: ConflictRequest[] = [];
  const sockets = new Set<Socket>();
  let delay = { matches: (_path: string) => false, ms: 0 };
  const server = createServer((incoming, outgoing) => {
    const method = incoming.method ?? 'GET';
    const path = new URL(incoming.url ?? '/', 'http://proxy').pathname;
    if (conflict({ method, path })) {
      conflicts.push({ method, path });
      incoming.resume();
      outgoing
        .writeHead(409, { 'Content-Type': 'application/json' })
        .end(JSON.stringify(conflictStatus(path)));
      return;
    }
    const forwarded = request(
      {
        hostname: target.hostname,
        port: target.port,
        method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        outgoing.flushHeaders();
        answer.on('error', () => outgoing.destroy());
        const watch = new URL(incoming.url ?? '/', 'http://proxy').searchParams.get('watch') === 'true';
        if (!watch) {
          answer.pipe(outgoing);
          return;
        }
        // Each chunk is due `ms` after it arrived; one chain of waits keeps them in order.
        let last = Promise.resolve();
        const later = (write: () => void) => {
          const due = Date.now() + (delay.matches(path) ? delay.ms : 0);
          last = last
            .then(() => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, due - Date.now()))))
            .then(write);
        };
        answer.on('data', (chunk: Buffer) => later(() => outgoing.write(chunk)));
        answer.on('end', () => later(() => outgoing.end()));
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    outgoing.on('close', () => forwarded.destroy());
    incoming.pipe(forwarded);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    conflicts,
    delayWatches(matches, ms) {
      delay = { matches, ms };
    },
    writeKubeconfig(path) {
      writeFileSync(
        path,
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'Config',
          // client-node refuses plain HTTP unless TLS verification is off; there is no TLS to verify here.
          clusters: [{ name: 'conflicts', cluster: { server: url, 'insecure-skip-tls-verify': true } }],
          users: [{ name: 'conflicts', user: {} }],
          contexts: [{ name: 'conflicts', context: { cluster: 'conflicts', user: 'conflicts' } }],
          'current-context': 'conflicts',
        }),
      );
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
