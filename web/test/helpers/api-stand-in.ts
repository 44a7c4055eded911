// A pass-through in front of a real API for the web app's tests: every request goes on to the API as it
// came (streams included) and is recorded with its headers, unless a test has told the stand-in to answer a
// path itself, with a status of its choosing or by dropping the connection. This is how the tests see
// what the web server sends the API (X-Forwarded-For) and how it copes with 429, 5xx and network errors.

import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

/** Answers instead of the API: a status and JSON body with headers, or 'drop' to cut the connection. */
export type StandInAnswer = { status: number; headers?: Record<string, string>; body?: unknown } | 'drop';

export interface ApiStandIn {
  url: string;
  calls: RecordedCall[];
  /** From now on, requests to `path` (without query) get `answer` instead of reaching the API. */
  answer(path: string, answer: StandInAnswer): void;
  /** Requests to `path` reach the API again. */
  passThrough(path: string): void;
  close(): Promise<void>;
}

export async function startApiStandIn(apiUrl: string): Promise<ApiStandIn> {
  const target = new URL(apiUrl);
  const calls: RecordedCall[] = [];
  const answers = new Map<string, StandInAnswer>();

  const forward = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    outgoing.on('close', () => upstream.destroy());
    incoming.pipe(upstream);
  };

  const server = createServer((incoming, outgoing) => {
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    calls.push({ method: incoming.method ?? 'GET', path, headers: incoming.headers });
    const answer = answers.get(path);
    if (answer === undefined) return forward(incoming, outgoing);
    if (answer === 'drop') {
      incoming.socket.destroy();
      return;
    }
    incoming.resume();
    outgoing.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    outgoing.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    answer: (path, answer) => answers.set(path, answer),
    passThrough: (path) => answers.delete(path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
