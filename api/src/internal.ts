// The internal port (PAGEMAGIC_API_INTERNAL_LISTEN, loopback unless configured): /health, /ready and
// /metrics for the platform's probes and Prometheus, and nothing else. The public port does not serve
// /ready or /metrics: readiness names every dependency and its error, and metrics describe traffic, neither
// of which is anybody else's business. The operator keeps its metrics and probes apart the same way
// (PAGEMAGIC_METRICS_ADDR).

import Fastify, { type FastifyInstance } from 'fastify';
import { fastifyLogging } from './logging.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { internalRoutes } from './routes/system.ts';
import type { Services } from './services.ts';

export async function buildInternalApp(
  services: Services,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    // Probes and scrapes come every few seconds; a log line each would drown the rest.
    ...fastifyLogging(options.logger === false ? false : services.config.logLevel, {
      disableRequestLogging: true,
    }),
  });
  await app.register(errorsPlugin);
  await app.register(internalRoutes, { services });
  return app;
}
