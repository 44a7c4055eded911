// Serves the mobile app's web export (mobile/dist, from `make mobile`) the way its users' browsers need it:
// every unknown path is the single-page app, and /api/ passes through to the API, so the app calls its
// API on its own origin as a phone calls the API's public address. `make dev` runs it; the mobile journey
// test starts it in-process.
//
//   node hack/src/serve-mobile.ts --dist mobile/dist --api URL --listen HOST:PORT

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

/** Hop-by-hop and framing headers that the proxy sets itself. */
const REQUEST_HEADERS_DROPPED = new Set(['host', 'connection']);
const RESPONSE_HEADERS_DROPPED = new Set(['content-encoding', 'content-length', 'transfer-encoding']);

export function serveMobileExport(options: {
  dist: string;
  apiUrl: string;
  port: number;
  host?: string;
}): Promise<Server> {
  const dist = resolve(options.dist);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname.startsWith('/api/')) {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === 'string' && !REQUEST_HEADERS_DROPPED.has(name)) headers.set(name, value);
        }
        const answer = await fetch(`${options.apiUrl}${url.pathname}${url.search}`, {
          method: request.method,
          headers,
          body: chunks.length ? Buffer.concat(chunks) : undefined,
          redirect: 'manual',
        });
        const out: Record<string, string> = {};
        answer.headers.forEach((value, name) => {
          if (!RESPONSE_HEADERS_DROPPED.has(name)) out[name] = value;
        });
        response.writeHead(answer.status, out);
        // Streamed, so the app's live progress (server-sent events) arrives as the API sends it.
        if (answer.body) Readable.fromWeb(answer.body as never).pipe(response);
        else response.end();
        request.on('close', () => answer.body?.cancel().catch(() => undefined));
        return;
      }
      const file = normalize(join(dist, url.pathname));
      const found = file.startsWith(dist) && (await stat(file).catch(() => undefined))?.isFile();
      const path = found ? file : join(dist, 'index.html');
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      createReadStream(path).pipe(response);
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(String(error));
    }
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => ready(server));
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string' }, api: { type: 'string' }, listen: { type: 'string' } },
  });
  const [host, port] = (values.listen ?? '').split(/:(?=\d+$)/);
  if (!values.dist || !values.api || !host || !port) {
    console.error('usage: node hack/src/serve-mobile.ts --dist mobile/dist --api URL --listen HOST:PORT');
    process.exit(2);
  }
  const server = await serveMobileExport({ dist: values.dist, apiUrl: values.api, port: Number(port), host });
  console.log(`serving ${values.dist} on http://${host}:${port}/ (API ${values.api})`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}
