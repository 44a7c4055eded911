// What a request body may be. Bodies are JSON (routes that take forms add their own parser): fastify's
// built-in text/plain parser would hand a JSON route a string to fail validation with a confusing 400, and
// lets a "simple" cross-site form post (text/plain needs no CORS preflight) reach a handler at all. Without
// it such a request gets 415 `unsupported_media_type`. The size limit is fastify's own bodyLimit
// (PAGEMAGIC_BODY_LIMIT_BYTES), enforced while reading, Content-Length or not; plugins/errors.ts turns both
// refusals into the one error shape.

import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const bodyPolicyPlugin = fp(
  async (app: FastifyInstance) => {
    app.removeContentTypeParser('text/plain');
  },
  { name: 'body-policy' },
);
