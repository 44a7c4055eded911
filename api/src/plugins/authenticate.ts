// `Authorization: Bearer <access token>` → `request.principal`. The token's signature, type, issuer,
// audience, expiry and claim shapes are checked (auth/jwt.ts), and so is its sign-in: it must be live (a
// logout ends its access tokens at once rather than when they expire) and belong to the token's user.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../errors.ts';
import type { Principal } from '../route.ts';
import type { Services } from '../services.ts';

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
  return match?.[1];
}

export const authenticatePlugin = fp(
  async (app: FastifyInstance, { services }: { services: Services }) => {
    app.decorateRequest('principal', undefined);
    app.decorate('authenticate', async (request: FastifyRequest) => {
      const token = bearerToken(request);
      if (!token) {
        throw new ApiError('unauthenticated', 'Sign in first: send Authorization: Bearer <access token>');
      }
      const claims = await services.accessTokens.verify(token);
      const user = await services.sessions.activeUser(claims.sid);
      if (user === undefined) {
        throw new ApiError('invalid_token', 'This sign-in has ended (signed out or revoked); sign in again');
      }
      // A token names its user and its sign-in; both must agree, or it was not made for this person.
      if (user !== claims.sub)
        throw new ApiError('invalid_token', 'The access token is not valid; sign in again');
      request.principal = { userId: claims.sub, sessionId: claims.sid };
    });
  },
  { name: 'authenticate' },
);
