// The fastify app in three layers: external plugins (OpenAPI, docs, security headers, CORS), app plugins
// (errors, metrics, authentication, rate limits), then routes. `buildApp` takes ready-made services so
// tests and `main.ts` decide where they connect.

import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { migrate } from './db/migrate.ts';
import { authenticatePlugin } from './plugins/authenticate.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { metricsPlugin } from './plugins/metrics.ts';
import { systemRoutes } from './routes/system.ts';
import type { Services } from './services.ts';

export interface BuildAppOptions {
  /** false silences request logs (tests); otherwise JSON lines at the configured level. */
  logger?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export async function buildApp(services: Services, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    requestIdHeader: false,
    // A caller's own request id is kept when it looks like one, so logs join up across services.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { allErrors: true, removeAdditional: false } },
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // External plugins.
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Page Magic API',
        version: '1',
        description: 'Accounts, workspaces, and every site action as a change to the cluster.',
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(helmet, {
    // The docs page is the only HTML this API serves, and it needs its own inline scripts and styles.
    contentSecurityPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && config.corsOrigins.includes(origin)),
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after'],
  });

  // App plugins.
  await app.register(errorsPlugin);
  await app.register(metricsPlugin, { registry: services.metrics });
  await app.register(authenticatePlugin, { services });

  // Routes.
  await app.register(systemRoutes, { services });

  app.addHook('onClose', async () => services.close());
  return app;
}

/** Migrates the database, then builds the app: what a replica does on start. */
export async function startApp(services: Services, options?: BuildAppOptions): Promise<FastifyInstance> {
  await migrate(services.db);
  return buildApp(services, options);
}
