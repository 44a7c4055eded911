// What a request body may be. Bodies are JSON (routes that take forms add their own parser): fastify's
// built-in text/plain parser would hand a JSON route a string to fail validation with a confusing 400, and
// lets a "simple" cross-site form post (text/plain needs no CORS preflight) reach a handler at all. Without
// it such a request gets 415 `unsupported_media_type`. The size limit is fastify's own bodyLimit
// (PAGEMAGIC_BODY_LIMIT_BYTES), enforced while reading, Content-Length or not; plugins/errors.ts turns both
// refusals into the one error shape.
//
// Depth is bounded too (PAGEMAGIC_BODY_MAX_DEPTH): 40 KB of brackets nests 20,000 levels, which JSON.parse
// reads without trouble but any recursive walk of it (a validator, a serializer, a document check) overflows
// the stack on. Before schema validation or a handler sees a body, one iterative pass measures it, and a
// body nested deeper is refused with 400 `validation_failed` naming where and the limit.

import { tooDeep } from '@pagemagic/crds/site-document';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../errors.ts';

export const bodyPolicyPlugin = fp(
  async (app: FastifyInstance, { maxDepth }: { maxDepth: number }) => {
    app.removeContentTypeParser('text/plain');
    app.addHook('preValidation', async (request) => {
      const deep = tooDeep(request.body, maxDepth);
      if (deep === undefined) return;
      const path = `body${deep}`;
      const message = `nests objects and arrays more than ${maxDepth} levels deep; send a flatter body`;
      throw new ApiError('validation_failed', `The request is not valid: ${path} ${message}`, {
        issues: [{ path, message }],
      });
    });
  },
  { name: 'body-policy' },
);
