// The long-lived connections and helpers every route uses, made once per process and closed on shutdown.
// Tests build them against the real local services, with a database of their own.

import { KubeConfig } from '@kubernetes/client-node';
import { Redis } from 'ioredis';
import { connect, type NatsConnection } from 'nats';
import pg from 'pg';
import { Registry } from 'prom-client';
import { AccessTokens } from './auth/jwt.ts';
import { Sessions } from './auth/sessions.ts';
import { API_FIELD_MANAGER, type ApiConfig } from './config.ts';
import { PiiCipher } from './crypto/pii.ts';
import { type Mailer, smtpMailer } from './mail/mailer.ts';
import { CachedKubeClient, type ResourceCache } from './sites/cache.ts';
import type { WorkspaceContext } from './tenancy/context.ts';
import { MembershipCache } from './tenancy/membership-cache.ts';

export interface Services {
  config: ApiConfig;
  db: pg.Pool;
  redis: Redis;
  nats: NatsConnection;
  kube: KubeConfig;
  /**
   * Server-side apply as field manager `pagemagic-api`, with request metrics; reads of Websites, Builds and
   * Domains come from `cache` (src/sites/cache.ts).
   */
  kubeClient: CachedKubeClient;
  /** One informer per kind the API serves, fanned out to every request and SSE stream. */
  cache: ResourceCache;
  pii: PiiCipher;
  accessTokens: AccessTokens;
  sessions: Sessions;
  /** Who is a member of which workspace with what role, remembered briefly (tenancy/membership-cache.ts). */
  memberships: MembershipCache<WorkspaceContext>;
  metrics: Registry;
  mailer: Mailer;
  close(): Promise<void>;
}

export async function createServices(config: ApiConfig): Promise<Services> {
  const kube = new KubeConfig();
  if (config.kubeconfig) kube.loadFromFile(config.kubeconfig);
  else kube.loadFromDefault();
  const db = new pg.Pool({ connectionString: config.databaseUrl, max: 20 });
  // A request must not hang on Redis being away: commands fail fast so rate limits can fail closed.
  const redis = new Redis(config.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
  });
  await redis.connect();
  const nats = await connect({ servers: config.natsUrl, name: 'pagemagic-api', maxReconnectAttempts: -1 });
  const accessTokens = await AccessTokens.create(config.jwt);
  const metrics = new Registry();
  const mailer = smtpMailer(config.smtpUrl, config.mailFrom);
  const sessions = new Sessions(db, accessTokens, config.jwt.refreshTokenSeconds, {
    cacheMs: config.sessionCacheMs,
    nats,
  });
  const memberships = new MembershipCache<WorkspaceContext>({ cacheMs: config.sessionCacheMs, nats });
  const kubeClient = new CachedKubeClient(kube, { fieldManager: API_FIELD_MANAGER, registry: metrics });
  kubeClient.cache.start();
  return {
    config,
    db,
    redis,
    nats,
    kube,
    pii: new PiiCipher(config.encryption.keys, config.encryption.lookupKey),
    accessTokens,
    sessions,
    memberships,
    kubeClient,
    cache: kubeClient.cache,
    metrics,
    mailer,
    async close() {
      mailer.close();
      sessions.close();
      memberships.close();
      await Promise.allSettled([kubeClient.cache.stop(), db.end(), nats.drain(), redis.quit()]);
    },
  };
}
