// helmet's security headers on every answer. The API's helmet configuration has no per-request part (no CSP
// nonce: CSP is off, as the docs page is the only HTML here), so helmet runs once at start against a
// recording response and every request gets the headers it set, in one call. Run per request through
// @fastify/helmet, the same headers cost 6 % of a signed-in read's CPU (`make bench-api` profile).
// A route that must differ (previews drop X-Frame-Options) changes its reply as before.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/** The headers helmet sets for `options`, as helmet itself computes them. */
export function helmetHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

export const securityHeadersPlugin = fp(
  async (app: FastifyInstance, options: { helmet: Readonly<HelmetOptions> }) => {
    const headers = helmetHeaders(options.helmet);
    app.addHook('onRequest', async (_request, reply) => {
      reply.headers(headers);
    });
  },
  { name: 'security-headers' },
);
