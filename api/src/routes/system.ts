// The public port's system routes: liveness and the JWKS. Readiness and metrics are on the internal port
// (src/internal.ts), whose readiness check is here so both ports' routes sit together.

import { VersionApi } from '@kubernetes/client-node';
import type { FastifyInstance } from 'fastify';
import { health, jwks, ready } from '../contract/system.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';

const CHECK_TIMEOUT_MS = 2000;

async function check(probe: () => Promise<unknown>): Promise<{ ok: boolean; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

export async function systemRoutes(app: FastifyInstance, { services }: { services: Services }) {
  registerRoute(app, health, async () => ({ status: 'ok' as const }));
  registerRoute(app, jwks, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').send(services.accessTokens.jwks),
  );
}

/** The internal port's routes: liveness, readiness (every dependency answers, the caches have synced) and metrics. */
export async function internalRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const version = services.kube.makeApiClient(VersionApi);
  registerRoute(app, health, async () => ({ status: 'ok' as const }));
  app.get('/metrics', async (_request, reply) =>
    reply.type(services.metrics.contentType).send(await services.metrics.metrics()),
  );
  registerRoute(app, ready, async (_request, reply) => {
    const checks = {
      postgres: await check(() => services.db.query('SELECT 1')),
      redis: await check(() => services.redis.ping()),
      nats: await check(() => services.nats.rtt()),
      // Reads are answered from the informer caches: not ready until each has listed once.
      kubernetes: await check(async () => {
        await version.getCode();
        const unsynced = services.cache.unsynced();
        if (unsynced.length > 0) {
          throw new Error(`the caches of ${unsynced.join(', ')} have not listed from the API server yet`);
        }
      }),
    };
    const allOk = Object.values(checks).every((result) => result.ok);
    return reply.code(allOk ? 200 : 503).send({ status: allOk ? 'ready' : 'unready', checks });
  });
}
