// Request budgets, counted in Redis (rate-limit/limiter.ts) so every replica shares them:
// - every request, as it arrives and before any body is read or token checked, against its client
//   address (request.ip: X-Forwarded-For only from PAGEMAGIC_TRUSTED_PROXIES): the strict `auth` budget on
//   sign-in routes, `refresh` on token refreshes and sign-outs (apart, so neither can use up the other), the `default`
//   one elsewhere;
// - once the route has authenticated and validated it, against the signed-in user, and for sign-in
//   requests that name an email, against that email (by its keyed hash, never the clear text).
// Sign-in budgets are counted in Redis on every request; the others once per key and window, then in
// process with the counts sent every 100 ms (limiter.ts), so an ordinary request has no Redis round trip.
// Over budget: 429 `rate_limited` with Retry-After. Every answer carries the tightest budget in
// RateLimit-Limit / -Remaining / -Reset / -Policy (draft-ietf-httpapi-ratelimit-headers-07).
// When Redis cannot answer, sign-in routes fail closed (503: an unmetered sign-in endpoint is a password
// oracle and a mail cannon) and the rest, refreshes included (their token cannot be guessed), fail open with a warning and a metric, so a Redis outage does
// not take every site edit down with it.
//
// Not @fastify/rate-limit: it keeps one counter per route, while a request here is held to two (address
// and user, or address and email), the user is known only after the route's own authenticate preHandler
// and the email only after the body is parsed, and a Redis error there cannot become our 503 per route.

import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { Counter } from 'prom-client';
import type { RateLimitClass } from '../contract/define.ts';
import { normalizeEmail } from '../crypto/pii.ts';
import { ApiError } from '../errors.ts';
import { API_PREFIX } from '../route.ts';
import type { Services } from '../services.ts';
import { type Budget, type BudgetState, clientAddressKey, RateLimiter } from './limiter.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The shared budgets, for a route that counts for itself (contact forms). */
    rateLimiter: RateLimiter;
  }
  interface FastifyContextConfig {
    /** Set from the route contract by registerRoute. */
    rateLimit?: RateLimitClass;
    /** The body's media type, set from the route contract: what a 415 asks for. */
    bodyMediaType?: string;
  }
}

/** Seconds a caller is told to wait when the limits cannot be checked. */
const UNAVAILABLE_RETRY_SECONDS = 5;

const SCOPE_PHRASE: Record<string, string> = {
  ip: 'from your network address',
  user: 'from your account',
  email: 'for this email address',
};

/** The route's budget class: the contract's choice, else `auth` for anything under /auth/. */
export function routeClass(request: FastifyRequest): RateLimitClass {
  const configured = request.routeOptions.config?.rateLimit;
  if (configured) return configured;
  return request.routeOptions.url?.startsWith(`${API_PREFIX}/auth/`) ? 'auth' : 'default';
}

export const rateLimitPlugin = fp(
  async (app: FastifyInstance, { services }: { services: Services }) => {
    const limits = services.config.rateLimit;
    const errors = new Counter({
      name: 'pagemagic_api_rate_limit_errors_total',
      help: 'Requests whose rate limits could not be checked (Redis unavailable), by budget class and outcome',
      labelNames: ['class', 'outcome'],
      registers: [services.metrics],
    });
    const rejected = new Counter({
      name: 'pagemagic_api_rate_limited_total',
      help: 'Requests refused with 429, by budget class and what was counted (ip, user, email)',
      labelNames: ['class', 'scope'],
      registers: [services.metrics],
    });
    const limiter = new RateLimiter(services.redis, {
      keyPrefix: limits.keyPrefix,
      windowSeconds: limits.windowSeconds,
      onFlushError(error) {
        errors.inc({ class: 'default', outcome: 'deferred' });
        app.log.warn(
          { err: error },
          'rate-limit counts could not be sent to Redis; they are kept for the next try',
        );
      },
    });
    app.addHook('onClose', () => limiter.close());
    // The tightest budget seen so far for a request, so the second check only lowers what the headers say.
    const shown = new WeakMap<FastifyRequest, BudgetState>();

    function show(request: FastifyRequest, reply: FastifyReply, state: BudgetState) {
      const before = shown.get(request);
      if (before && before.remaining <= state.remaining && state.allowed) return;
      shown.set(request, state);
      reply.header('ratelimit-limit', String(state.limit));
      reply.header('ratelimit-remaining', String(state.remaining));
      reply.header('ratelimit-reset', String(state.resetSeconds));
      reply.header('ratelimit-policy', `${state.limit};w=${limiter.windowSeconds}`);
    }

    async function enforce(request: FastifyRequest, reply: FastifyReply, budgets: Budget[]) {
      if (budgets.length === 0) return;
      const kind = routeClass(request);
      let states: BudgetState[];
      try {
        // Sign-in budgets are counted in Redis on every request; the rest in process between flushes.
        states = await Promise.all(budgets.map((budget) => limiter.hit(budget, kind === 'auth')));
      } catch (error) {
        if (kind === 'auth') {
          errors.inc({ class: kind, outcome: 'refused' });
          request.log.error({ err: error }, 'rate limits cannot be checked; refusing a sign-in request');
          reply.header('retry-after', String(UNAVAILABLE_RETRY_SECONDS));
          throw new ApiError(
            'unavailable',
            `Signing in is briefly unavailable because request limits cannot be checked; try again shortly (in about ${UNAVAILABLE_RETRY_SECONDS} seconds)`,
          );
        }
        errors.inc({ class: kind, outcome: 'allowed' });
        request.log.warn({ err: error }, 'rate limits cannot be checked; letting the request through');
        return;
      }
      const over = states.find((state) => !state.allowed);
      for (const state of states) show(request, reply, state);
      if (!over) return;
      rejected.inc({ class: kind, scope: over.scope });
      reply.header('retry-after', String(over.resetSeconds));
      throw new ApiError(
        'rate_limited',
        `Too many requests ${SCOPE_PHRASE[over.scope] ?? ''}: the limit is ${over.limit} every ${limiter.windowSeconds} seconds; try again in ${over.resetSeconds} second${over.resetSeconds === 1 ? '' : 's'}`,
        {
          scope: over.scope,
          limit: over.limit,
          windowSeconds: limiter.windowSeconds,
          retryAfterSeconds: over.resetSeconds,
        },
      );
    }

    // request.ip is the peer's address, or the client a trusted proxy (PAGEMAGIC_TRUSTED_PROXIES, fastify's
    // trustProxy) names in X-Forwarded-For; a header from anyone else is ignored.
    const addressBudget: Record<RateLimitClass, (address: string) => Budget> = {
      auth: (address) => ({ scope: 'ip', key: `auth:ip:${address}`, limit: limits.authPerIp }),
      refresh: (address) => ({ scope: 'ip', key: `refresh:ip:${address}`, limit: limits.refreshPerIp }),
      default: (address) => ({ scope: 'ip', key: `ip:${address}`, limit: limits.perIp }),
      form: (address) => ({ scope: 'ip', key: `form:ip:${address}`, limit: services.config.forms.perIp }),
    };
    app.decorate('rateLimiter', limiter);
    app.addHook('onRequest', async (request, reply) => {
      const kind = routeClass(request);
      // A contact form's visitor reads HTML, not JSON: its route counts and answers for itself.
      if (kind === 'form') return;
      await enforce(request, reply, [addressBudget[kind](clientAddressKey(request.ip))]);
    });

    // After the route's own preHandlers (authentication) have run and the body has been validated.
    async function principalBudgets(request: FastifyRequest, reply: FastifyReply) {
      const budgets: Budget[] = [];
      if (request.principal) {
        budgets.push({ scope: 'user', key: `user:${request.principal.userId}`, limit: limits.perUser });
      }
      const email = (request.body as { email?: unknown } | undefined)?.email;
      if (routeClass(request) === 'auth' && typeof email === 'string' && email.trim() !== '') {
        const hashed = services.pii.lookup(normalizeEmail(email)).toString('hex');
        budgets.push({ scope: 'email', key: `auth:email:${hashed}`, limit: limits.authPerEmail });
      }
      await enforce(request, reply, budgets);
    }

    app.addHook('onRoute', (route: RouteOptions) => {
      const own = route.preHandler;
      route.preHandler = [...(own === undefined ? [] : Array.isArray(own) ? own : [own]), principalBudgets];
    });
  },
  { name: 'rate-limit', dependencies: ['authenticate', 'errors', 'metrics'] },
);
