// A real API for one test file: its own PostgreSQL database (dropped afterwards), the local Redis, NATS and
// cluster, migrated and listening on a free port, with a typed client pointed at it.

import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { localServices } from '@pagemagic/hack/testkit/env';
import { kubeconfigPath } from '@pagemagic/hack/testkit/kube';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { findOrCreateUserByEmail, type User } from '../../src/accounts/users.ts';
import { startApp } from '../../src/app.ts';
import type { TokenPair } from '../../src/auth/sessions.ts';
import { PagemagicClient } from '../../src/client/index.ts';
import { type ApiConfig, configFromEnv } from '../../src/config.ts';
import { generateDevelopmentKeys } from '../../src/dev-keys.ts';
import { createServices, type Services } from '../../src/services.ts';
import { deleteWorkspaceNamespace } from '../../src/tenancy/namespace.ts';

/** The webhook signing secret every test API takes Stripe events with. */
export const TEST_STRIPE_WEBHOOK_SECRET = 'whsec_pagemagic_test_webhooks';

export interface TestApi {
  app: FastifyInstance;
  services: Services;
  url: string;
  /** The internal port's address: /health, /ready and /metrics. */
  internalUrl: string;
  database: string;
  /** A client with no token, or with `tokens` (kept current when the client refreshes). */
  client(tokens?: { accessToken: string }, workspace?: string): PagemagicClient;
  /** A signed-in user made directly, for tests that are not about signing in. */
  signUp(email?: string, name?: string): Promise<{ user: User; tokens: TokenPair }>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Environment on top of the local services' settings (e.g. PAGEMAGIC_TRUSTED_PROXIES). */
  env?: NodeJS.ProcessEnv;
  /** Changes to the configuration after it is read. */
  configure?: (config: ApiConfig) => void;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: localServices.postgresUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitForNoConnections(database: string, timeoutMs = 5_000): Promise<void> {
  const client = new pg.Client({ connectionString: localServices.postgresUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ count: string }>(
        'SELECT count(*) FROM pg_stat_activity WHERE datname = $1',
        [database],
      );
      if (rows[0]?.count === '0') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `api_test_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(localServices.postgresUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      // pg's Pool.end() resolves before its sockets have closed; FORCE would kill those closing connections,
      // and a client killed that way reports it as an unhandled error. So the pool's own connections are
      // given a moment to go first, and FORCE only ends what would otherwise keep the database alive.
      await waitForNoConnections(name);
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = configFromEnv(
    {
      DATABASE_URL: database.url,
      REDIS_URL: localServices.redisUrl,
      NATS_URL: localServices.natsUrl,
      KUBECONFIG: kubeconfigPath(),
      SMTP_URL: testServerSettings().mailpitSmtpUrl,
      // Stripe is stripe-mock (hack/test-servers.sh); webhooks are signed in tests with this secret.
      STRIPE_API_URL: testServerSettings().stripeApiUrl,
      STRIPE_SECRET_KEY: testServerSettings().stripeSecretKey,
      STRIPE_WEBHOOK_SECRET: TEST_STRIPE_WEBHOOK_SECRET,
      PAGEMAGIC_API_LISTEN: '127.0.0.1:0',
      PAGEMAGIC_API_INTERNAL_LISTEN: '127.0.0.1:0',
      PAGEMAGIC_LOG_LEVEL: 'warn',
      // Every test calls from 127.0.0.1, many times a minute: budgets high enough that only the rate-limit
      // tests, which set their own, ever meet them.
      PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '100000',
      PAGEMAGIC_RATE_LIMIT_AUTH_PER_EMAIL: '100000',
      PAGEMAGIC_RATE_LIMIT_PER_USER: '100000',
      PAGEMAGIC_RATE_LIMIT_PER_IP: '100000',
      ...options.env,
    },
    generateDevelopmentKeys,
  );
  options.configure?.(config);
  const services = await createServices(config);
  const app = await startApp(services, { logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  await app.internalServer.listen({ host: config.internalListen.host, port: config.internalListen.port });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const internalUrl = `http://127.0.0.1:${(app.internalServer.server.address() as AddressInfo).port}`;
  // The port is only known now; links the API writes (sign-in, previews) must point at this instance.
  if (!options.env?.PAGEMAGIC_API_PUBLIC_URL) config.publicUrl = url;
  return {
    app,
    services,
    url,
    internalUrl,
    database: database.name,
    client: (tokens, workspace) =>
      new PagemagicClient({
        baseUrl: url,
        accessToken: () => tokens?.accessToken,
        workspace: () => workspace,
      }),
    async signUp(email = `someone-${randomBytes(4).toString('hex')}@example.com`, name?: string) {
      const { user } = await findOrCreateUserByEmail(services, email, name);
      return { user, tokens: await services.sessions.issue(user.id) };
    },
    async close() {
      // Namespaces outlive the database: remove the ones this run's workspaces made.
      const { rows } = await services.db.query<{ namespace: string }>('SELECT namespace FROM workspaces');
      await Promise.all(
        rows.map((row) =>
          deleteWorkspaceNamespace(services.kubeClient, row.namespace).catch(() => undefined),
        ),
      );
      await app.close();
      await database.drop();
    },
  };
}

/**
 * Waits until the API's Website cache shows the site with uid `uid` published at `url`: routes that find a
 * site by uid (contact forms) read the cache, which a status write reaches a moment later.
 */
export async function waitForPublishedInCache(api: TestApi, uid: string, url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (api.services.cache.websiteByUid(uid)?.status?.url !== url) {
    if (Date.now() > deadline)
      throw new Error(`the API's cache never saw the site with uid ${uid} at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
