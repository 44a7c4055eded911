// Central error handling: whatever went wrong leaves as `{error: {code, message, details}}` with the right
// status. Validation errors list every failing path; unexpected errors are logged with the request id and
// reported without internals.

import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { ApiError, type ErrorCode, errorBody } from '../errors.ts';

interface ValidationIssue {
  instancePath?: string;
  params?: Record<string, unknown>;
  message?: string;
  keyword?: string;
  /** With ajv's `verbose`: the schema that failed, whose `x-error-message` (if any) is what people read. */
  parentSchema?: { 'x-error-message'?: unknown };
}

/** The schema's own words for a failed pattern or length, else ajv's. */
function issueMessage(issue: ValidationIssue): string {
  const own = issue.parentSchema?.['x-error-message'];
  if (typeof own === 'string' && issue.keyword !== 'type' && issue.keyword !== 'required') return own;
  return issue.message ?? 'is not valid';
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
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'bad_request',
    message: 'The body is empty but Content-Type says JSON; send a JSON body or drop the header',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', message: 'The body is not valid JSON' },
};

const ALL_METHODS: HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof ApiError) {
        return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.details));
      }
      if (error.validation) {
        // One line per path and message: a value that breaks two rules with one `x-error-message` is one issue.
        const seen = new Set<string>();
        const issues = (error.validation as ValidationIssue[])
          .map((issue) => ({ path: issuePath(error.validationContext, issue), message: issueMessage(issue) }))
          .filter((issue) => {
            const key = `${issue.path}\n${issue.message}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          });
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
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        const wanted = request.routeOptions.config?.bodyMediaType ?? 'application/json';
        return reply.code(415).send(errorBody('unsupported_media_type', `Send the body as ${wanted}`));
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
    // Which methods each path has, to tell "no such method here" (405 with Allow) from "no such path"
    // (404). Fastify's own router is not exposed, so the same router package keeps a copy of the table.
    const methodsByPath = FindMyWay();
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (!methodsByPath.hasRoute(method as HTTPMethod, route.url)) {
          methodsByPath.on(method as HTTPMethod, route.url, () => undefined);
        }
      }
    });
    // In onRequest, before a body is read: a method that carries one (QUERY, PROPFIND…) must be answered
    // 405 here, not refused for its missing Content-Type.
    app.addHook('onRequest', async (request, reply) => {
      if (!request.is404) return;
      const path = request.url.split('?')[0] ?? '/';
      const allowed = ALL_METHODS.filter((method) => methodsByPath.find(method, path) !== null);
      if (allowed.length === 0) return;
      return reply
        .code(405)
        .header('allow', allowed.join(', '))
        .send(
          errorBody(
            'method_not_allowed',
            `${request.method} is not allowed on ${path}; use ${allowed.join(' or ')} (see /docs for the API)`,
            { allowed },
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
