// The fastify app in three layers: external plugins (OpenAPI, docs, security headers, CORS), app plugins
// (errors, metrics, authentication, rate limits), then routes. `buildApp` takes ready-made services so
// tests and `main.ts` decide where they connect. Beside it, as `app.internalServer`, the internal app
// (src/internal.ts) with /health, /ready and /metrics: listen on it after the public port, at
// config.internalListen; it closes when the public app does.

import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { migrate } from './db/migrate.ts';
import { errorBody } from './errors.ts';
import { eventsConsumerPlugin } from './events/plugin.ts';
import { buildInternalApp } from './internal.ts';
import { fastifyLogging } from './logging.ts';
import { authenticatePlugin } from './plugins/authenticate.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { metricsPlugin } from './plugins/metrics.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { bodyPolicyPlugin } from './protection/body-policy.ts';
import { strictBodyValidators } from './protection/body-types.ts';
import { rateLimitPlugin } from './rate-limit/plugin.ts';
import { authRoutes } from './routes/auth.ts';
import { billingRoutes } from './routes/billing.ts';
import { buildRoutes } from './routes/builds.ts';
import { domainRoutes } from './routes/domains.ts';
import { eventRoutes } from './routes/events.ts';
import { formRoutes } from './routes/forms.ts';
import { oauthRoutes } from './routes/oauth.ts';
import { previewRoutes } from './routes/previews.ts';
import { profileRoutes } from './routes/profile.ts';
import { regenerateRoutes } from './routes/regenerate.ts';
import { siteRoutes } from './routes/sites.ts';
import { systemRoutes } from './routes/system.ts';
import { usageRoutes } from './routes/usage.ts';
import { workspaceRoutes } from './routes/workspaces.ts';
import type { Services } from './services.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The internal port's app (/health, /ready, /metrics); set on the public app only. */
    internalServer: FastifyInstance;
  }
}

export interface BuildAppOptions {
  /** false silences request logs (tests); otherwise JSON lines at the configured level. */
  logger?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, body] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          '431 Request Header Fields Too Large',
          errorBody(
            'headers_too_large',
            'The request line and headers are over 16 KB; send a shorter URL or fewer headers',
          ),
        ]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [
            '408 Request Timeout',
            errorBody('request_timeout', 'The request took too long to arrive; send it again'),
          ]
        : ['400 Bad Request', errorBody('bad_request', 'The request is not valid HTTP')];
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status}\r\nContent-Length: ${Buffer.byteLength(json)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(error);
}

const DOCS_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="180" height="32" viewBox="0 0 180 32"><rect width="32" height="32" rx="7" fill="#4338ca"/><path d="M9 23V9h7a4.5 4.5 0 0 1 0 9h-3v5z" fill="#fff"/><text x="42" y="22" font-family="system-ui,sans-serif" font-size="16" font-weight="700" fill="#fff">Page Magic API</text></svg>';

export async function buildApp(services: Services, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    ...fastifyLogging(options.logger === false ? false : config.logLevel),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    requestIdHeader: false,
    // A caller's own request id is kept when it looks like one, so logs join up across services.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // `verbose` hands each error its schema, so a schema's own `x-error-message` can say what a pattern means.
    ajv: {
      customOptions: {
        allErrors: true,
        removeAdditional: false,
        verbose: true,
        keywords: ['x-error-message'],
      },
    },
    // Bodies are taken as sent (a wrong JSON type is a 400); query strings and params are still coerced.
    schemaController: { compilersFactory: { buildValidator: strictBodyValidators() } },
    // Room for the longest value a path parameter's schema allows (a 253-character host name), so an
    // over-long one is a 400 that names it; past this the router answers 414.
    routerOptions: { maxParamLength: 1024 },
    // Requests Node refuses before fastify sees them (headers or a URL past 16 KB, a malformed request
    // line) are answered in the API's error shape too.
    clientErrorHandler: answerClientError,
    // The router's own refusals leave in the API's error shape too.
    frameworkErrors: (error, _request, reply) => {
      const answer = reply as unknown as FastifyReply;
      if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
        answer
          .code(414)
          .send(
            errorBody(
              'uri_too_long',
              'A path segment is too long; no id or host name here is longer than 253 characters',
            ),
          );
      } else {
        answer
          .code(400)
          .send(
            errorBody(
              'bad_request',
              'The path is not a valid URL (a bad %-escape?); encode it and try again',
            ),
          );
      }
    },
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
        description: [
          'Accounts, workspaces, and every site action as a change to the cluster.',
          '',
          '**Getting a token.** Send `POST /api/v1/auth/login` with `{"email": "you@example.com"}`: the answer has a `loginRequestId`, a `pollSecret` and a short code, and the email a link. Confirm the link (it shows the same code), then `POST /api/v1/auth/login/poll` with both from the first answer returns the tokens. Send the access token as `Authorization: Bearer <accessToken>` (the Authorize button above), and `X-Pagemagic-Workspace: <workspace id>` to act in a workspace other than your personal one. With the CLI, `pagemagic login` does all of this; under `make dev` the link lands in mailpit.',
        ].join('\n'),
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // The product's name and mark, not the framework's.
    logo: { type: 'image/svg+xml', content: Buffer.from(DOCS_LOGO), href: '/docs', target: '_self' },
    theme: { title: 'Page Magic API' },
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(securityHeadersPlugin, {
    helmet: {
      // The docs page is the only HTML this API serves, and it needs its own inline scripts and styles.
      contentSecurityPolicy: false,
      crossOriginResourcePolicy: { policy: 'same-site' },
    },
  });
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && config.corsOrigins.includes(origin)),
    credentials: true,
    exposedHeaders: [
      'x-request-id',
      'retry-after',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
      'ratelimit-policy',
    ],
  });

  // App plugins.
  await app.register(errorsPlugin);
  await app.register(metricsPlugin, { registry: services.metrics });
  await app.register(authenticatePlugin, { services });
  await app.register(rateLimitPlugin, { services });
  await app.register(bodyPolicyPlugin, { maxDepth: config.bodyMaxDepth });
  await app.register(eventsConsumerPlugin, { services });

  // Routes.
  await app.register(systemRoutes, { services });
  await app.register(workspaceRoutes, { services });
  await app.register(authRoutes, { services });
  await app.register(profileRoutes, { services });
  await app.register(oauthRoutes, { services });
  await app.register(siteRoutes, { services });
  await app.register(buildRoutes, { services });
  await app.register(regenerateRoutes, { services });
  await app.register(previewRoutes, { services });
  await app.register(domainRoutes, { services });
  await app.register(formRoutes, { services });
  await app.register(eventRoutes, { services });
  await app.register(billingRoutes, { services });
  await app.register(usageRoutes, { services });

  // Closed first, so probes see the replica going before its connections to the services do.
  const internal = await buildInternalApp(services, options);
  app.decorate('internalServer', internal);
  app.addHook('preClose', async () => internal.close());

  app.addHook('onClose', async () => services.close());
  return app;
}

/** Migrates the database, then builds the app: what a replica does on start. */
export async function startApp(services: Services, options?: BuildAppOptions): Promise<FastifyInstance> {
  await migrate(services.db);
  return buildApp(services, options);
}
