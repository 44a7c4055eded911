// Registers a handler against a route contract (src/contract): the schemas go to fastify for validation,
// serialization and OpenAPI, `auth: true` puts the access-token check in front, and the handler's
// parameters and result are typed from the same contract the client uses.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type BodyOf,
  type ParamsOf,
  type QueryOf,
  type ResultOf,
  type RouteContract,
  transportErrors,
} from './contract/define.ts';

export const API_PREFIX = '/api/v1';

export interface Principal {
  userId: string;
  /** The sign-in the access token belongs to. */
  sessionId: string;
}

export type ContractRequest<C extends RouteContract> = FastifyRequest<{
  Params: ParamsOf<C>;
  Querystring: QueryOf<C>;
  Body: BodyOf<C>;
}> &
  (C['auth'] extends true ? { principal: Principal } : unknown);

export type ContractHandler<C extends RouteContract> = (
  request: ContractRequest<C>,
  reply: FastifyReply,
) => Promise<ResultOf<C> | FastifyReply>;

export function contractUrl(contract: RouteContract): string {
  return contract.root ? contract.url : `${API_PREFIX}${contract.url}`;
}

export function registerRoute<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  handler: NoInfer<ContractHandler<C>>,
): void {
  app.route({
    method: contract.method,
    url: contractUrl(contract),
    schema: {
      summary: contract.summary,
      tags: contract.tags,
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.querystring ? { querystring: contract.querystring } : {}),
      ...(contract.body ? { body: contract.body } : {}),
      ...(contract.bodyMediaType ? { consumes: [contract.bodyMediaType] } : {}),
      ...(contract.headers ? { headers: contract.headers } : {}),
      response: Object.fromEntries(
        Object.entries({ ...transportErrors, ...contract.response }).map(([status, schema]) => {
          const mediaType = contract.mediaTypes?.[Number(status)];
          return [status, mediaType ? { content: { [mediaType]: { schema } } } : schema];
        }),
      ),
      ...(contract.auth ? { security: [{ bearerAuth: [] }] } : {}),
    },
    ...(contract.auth ? { preHandler: app.authenticate } : {}),
    config: {
      rateLimit: contract.rateLimit ?? (contract.url.startsWith('/auth/') ? 'auth' : 'default'),
      bodyMediaType: contract.bodyMediaType ?? 'application/json',
    },
    handler: handler as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
  });
}
