// Central error handling: whatever went wrong leaves as `{error: {code, message, details}}` with the right
// status. Validation errors list every failing path; unexpected errors are logged with the request id and
// reported without internals.

import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError, type ErrorCode, errorBody } from '../errors.ts';

interface ValidationIssue {
  instancePath?: string;
  params?: Record<string, unknown>;
  message?: string;
  keyword?: string;
}

/** `/pages/0/sections/2/props/title`, with a missing property's own name appended. */
function issuePath(context: string | undefined, issue: ValidationIssue): string {
  const missing = issue.keyword === 'required' ? `/${String(issue.params?.missingProperty)}` : '';
  const extra =
    issue.keyword === 'additionalProperties' ? `/${String(issue.params?.additionalProperty)}` : '';
  return `${context ?? 'body'}${issue.instancePath ?? ''}${missing}${extra}`;
}

const FASTIFY_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload_too_large',
    message: 'The request body is larger than this API accepts; send less',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Send the body as application/json',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'bad_request',
    message: 'The body is empty but Content-Type says JSON; send a JSON body or drop the header',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', message: 'The body is not valid JSON' },
};

export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ApiError) {
        return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.details));
      }
      if (error.validation) {
        const issues = (error.validation as ValidationIssue[]).map((issue) => ({
          path: issuePath(error.validationContext, issue),
          message: issue.message ?? 'is not valid',
        }));
        const first = issues[0];
        return reply
          .code(400)
          .send(
            errorBody(
              'validation_failed',
              `The request is not valid: ${first ? `${first.path} ${first.message}` : 'see details'}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
              { issues },
            ),
          );
      }
      const known = error.code ? FASTIFY_CODES[error.code] : undefined;
      if (known) return reply.code(error.statusCode ?? 400).send(errorBody(known.code, known.message));
      if (error.statusCode && error.statusCode < 500) {
        return reply.code(error.statusCode).send(errorBody('bad_request', error.message));
      }
      request.log.error({ err: error }, 'unhandled error');
      return reply
        .code(500)
        .send(
          errorBody(
            'internal',
            `Something went wrong on our side; try again, and quote request id ${request.id} if it keeps happening`,
          ),
        );
    });
    app.setNotFoundHandler((request, reply) =>
      reply
        .code(404)
        .send(
          errorBody(
            'not_found',
            `No route ${request.method} ${request.url.split('?')[0]}; see /docs for the API`,
          ),
        ),
    );
  },
  { name: 'errors' },
);
