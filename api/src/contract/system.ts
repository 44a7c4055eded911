import { Type } from '@sinclair/typebox';
import { commonErrors, defineRoute, ErrorBodySchema } from './define.ts';

const Check = Type.Object({ ok: Type.Boolean(), error: Type.Optional(Type.String()) });

export const health = defineRoute({
  method: 'GET',
  url: '/health',
  root: true,
  auth: false,
  summary: 'The process is up (liveness)',
  tags: ['system'],
  response: { 200: Type.Object({ status: Type.Literal('ok') }) },
});

export const ready = defineRoute({
  method: 'GET',
  url: '/ready',
  root: true,
  auth: false,
  summary:
    'Every dependency answers: PostgreSQL, Redis, NATS and the Kubernetes API, whose informer caches have synced (readiness). On the internal port (PAGEMAGIC_API_INTERNAL_LISTEN) only',
  tags: ['system'],
  response: {
    200: Type.Object({ status: Type.Literal('ready'), checks: Type.Record(Type.String(), Check) }),
    503: Type.Object({ status: Type.Literal('unready'), checks: Type.Record(Type.String(), Check) }),
    500: ErrorBodySchema,
  },
});

export const jwks = defineRoute({
  method: 'GET',
  url: '/.well-known/jwks.json',
  root: true,
  auth: false,
  summary: 'The public keys access tokens are signed with',
  tags: ['auth'],
  response: {
    200: Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.Unknown())) }),
    ...commonErrors,
  },
});
