// The API's settings, read once from the environment (API_ENV, and the operator's AI_ENV for section
// edits) by the parser the operator uses too, which reports every wrong variable at once. Defaults work
// against the local services (hack/services.sh, hack/test-servers.sh, hack/cluster.sh), so `pagemagic-api`
// needs no flags there; keys are the exception in production (NODE_ENV=production refuses to start without
// them).

import { hkdfSync } from 'node:crypto';
import {
  ConfigError,
  type Env,
  type LogLevel,
  logLevelFromEnv,
  parseEnv,
  parseListenAddress,
  Setting,
} from '@pagemagic/operator/runtime';
import { AI_ENV, type AiConfig, aiConfigFromValues } from '@pagemagic/operator/site';
import { type Static, Type } from '@sinclair/typebox';
import { API_NAMESPACE_LABELS } from './tenancy/namespace.ts';

export interface ApiConfig {
  listen: { host: string; port: number };
  /** The internal port: /health, /ready and /metrics for probes and scrapes, kept off the public one. */
  internalListen: { host: string; port: number };
  /** Where people and clients reach the API; login links and the token issuer are built from it. */
  publicUrl: string;
  /** The web app's origin: where a confirmed login link sends a browser next. */
  webUrl: string;
  databaseUrl: string;
  redisUrl: string;
  natsUrl: string;
  /** Unset: the default kubeconfig (KUBECONFIG, ~/.kube/config, or the in-cluster account). */
  kubeconfig: string | undefined;
  jwt: {
    issuer: string;
    audience: string;
    accessTokenSeconds: number;
    refreshTokenSeconds: number;
    /** PEM PKCS#8 RSA private keys; the first signs, every one verifies (rotation without logouts). */
    signingKeys: JwtKeyConfig[];
  };
  encryption: {
    /** AES-256-GCM keys; the first encrypts, every one decrypts. */
    keys: EncryptionKeyConfig[];
    /** HMAC-SHA256 key for lookups by email without storing it in the clear. */
    lookupKey: Buffer;
  };
  smtpUrl: string;
  mailFrom: string;
  /** CIDRs or addresses whose X-Forwarded-For is believed; empty: none. */
  trustedProxies: string[];
  /** Origins allowed by CORS; empty: no cross-origin browser access. */
  corsOrigins: string[];
  bodyLimitBytes: number;
  /** How deep objects and arrays may nest in a request body (the body itself is level 1). */
  bodyMaxDepth: number;
  /** How site hosts are formed, the same pattern and base domain the operator uses. */
  siteHostPattern: string;
  siteBaseDomain: string;
  /**
   * Labels put on every workspace namespace besides the API's own: an operator started with
   * `--namespace-selector` reconciles the namespaces they mark, so each installation has its own.
   */
  workspaceNamespaceLabels: Record<string, string>;
  logLevel: LogLevel;
  /**
   * How long SIGTERM waits for open connections to finish before closing them: a client that keeps a
   * connection without reading it (a download cancelled half way, an idle keep-alive it never ends) must not
   * hold the replica past the pod's termination grace period (30 s in the chart).
   */
  shutdownDrainSeconds: number;
  /** Build previews and section edits (previews/, routes/regenerate.ts). */
  preview: PreviewConfig;
  /** The model section edits use; undefined (no PAGEMAGIC_AI_API_KEY): the offline generator. */
  siteAi: AiConfig | undefined;
  rateLimit: RateLimitConfig;
  /** Event streams (Server-Sent Events) open at once, each holding two Kubernetes watches. */
  streamLimits: { perUser: number; perWorkspace: number };
  /** How long a live sign-in is remembered in process (0: asked of PostgreSQL on every request). */
  sessionCacheMs: number;
  /** Contact forms posted to the platform (src/forms/). */
  forms: FormsConfig;
  /** How long a change may wait for an operator before a site says none has picked it up. */
  pickupGraceMs: number;
  /** Sign-in with Google, GitHub and Apple; a provider that is not configured is not offered. */
  oauth: OAuthProvidersConfig;
  /** Plans, Stripe and the billing sweep (src/billing/). */
  billing: BillingConfig;
}

export interface JwtKeyConfig {
  kid: string;
  privateKeyPem: string;
}

export interface EncryptionKeyConfig {
  id: string;
  key: Buffer;
}

export { ConfigError } from '@pagemagic/operator/runtime';

/** The API's field manager: what it writes to the cluster is its own, never the operator's. */
export const API_FIELD_MANAGER = 'pagemagic-api';

const JWT_KEY = Type.Object({ kid: Type.String({ minLength: 1 }), privateKeyPem: Type.String() });

/** Base64 of at least 32 bytes: a key nobody could guess. */
function base64Key(raw: string, name: string): Buffer {
  const key = Buffer.from(raw, 'base64');
  if (key.length < 32)
    throw new ConfigError(`${name} must be base64 of at least 32 bytes (openssl rand -base64 32)`);
  return key;
}

const withoutTrailingSlash = (raw: string) => raw.replace(/\/+$/, '');

/** Comma-separated origins (`https://app.example.com`), each exactly an origin: no path, no trailing slash. */
function origins(raw: string, name: string): string[] {
  const list = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const origin of list) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new ConfigError(
        `${name}: "${origin.slice(0, 80)}" is not an origin; write scheme, host and port only, e.g. http://localhost:18071`,
      );
    }
  }
  return list;
}

function url(raw: string, name: string): string {
  if (!URL.canParse(raw)) throw new ConfigError(`${name} must be a URL (got "${raw.slice(0, 80)}")`);
  return raw;
}
const KEY_EXAMPLE = '$(openssl rand -base64 32)';
const LOCAL_API = 'http://127.0.0.1:8080';
const LOCAL_DATABASE = 'postgres://pagemagic:pagemagic@127.0.0.1:15432/pagemagic';

/** The API's environment variables (the AI ones are the operator's, AI_ENV). */
export const API_ENV = Type.Object({
  NODE_ENV: Type.Optional(Setting.string({ example: 'production' })),
  /**
   * JSON `[{"kid": "...", "privateKeyPem": "-----BEGIN PRIVATE KEY-----..."}]`, the signing key first. Rotate
   * by putting a new key first and dropping the old one after the access token lifetime has passed.
   */
  PAGEMAGIC_JWT_KEYS: Type.Optional(
    Setting.json(Type.Array(JWT_KEY, { minItems: 1 }), {
      example: '[{"kid": "2026-01", "privateKeyPem": "-----BEGIN PRIVATE KEY-----\\n..."}]',
      check: (keys) =>
        new Set(keys.map((key) => key.kid)).size === keys.length
          ? undefined
          : 'has two keys with the same kid',
    }),
  ),
  PAGEMAGIC_ENCRYPTION_KEYS: Type.Optional(
    Setting.custom(parseEncryptionKeys, { example: `key1:${KEY_EXAMPLE}` }),
  ),
  PAGEMAGIC_LOOKUP_KEY: Type.Optional(Setting.custom(base64Key, { example: KEY_EXAMPLE })),
  PAGEMAGIC_API_PUBLIC_URL: Setting.custom(withoutTrailingSlash, { default: LOCAL_API, example: LOCAL_API }),
  PAGEMAGIC_API_LISTEN: Setting.custom(parseListenAddress, {
    default: '127.0.0.1:8080',
    example: '127.0.0.1:8080',
  }),
  PAGEMAGIC_API_INTERNAL_LISTEN: Setting.custom(parseListenAddress, {
    default: '127.0.0.1:8081',
    example: '127.0.0.1:8081',
  }),
  /** Unset: the public URL. */
  PAGEMAGIC_WEB_URL: Type.Optional(
    Setting.custom(withoutTrailingSlash, { example: 'https://app.example.com' }),
  ),
  DATABASE_URL: Setting.custom(url, { default: LOCAL_DATABASE, example: LOCAL_DATABASE }),
  REDIS_URL: Setting.string({ default: 'redis://127.0.0.1:16379' }),
  NATS_URL: Setting.string({ default: 'nats://127.0.0.1:14222' }),
  KUBECONFIG: Type.Optional(Setting.string({ example: '/home/me/.kube/config' })),
  /** Unset: the public URL. */
  PAGEMAGIC_JWT_ISSUER: Type.Optional(Setting.string({ example: 'https://api.example.com' })),
  PAGEMAGIC_JWT_AUDIENCE: Setting.string({ default: 'pagemagic-api' }),
  PAGEMAGIC_ACCESS_TOKEN_SECONDS: Setting.integer({ minimum: 1, default: 15 * 60 }),
  PAGEMAGIC_REFRESH_TOKEN_SECONDS: Setting.integer({ minimum: 1, default: 30 * 24 * 3600 }),
  SMTP_URL: Setting.string({ default: 'smtp://127.0.0.1:11025' }),
  PAGEMAGIC_MAIL_FROM: Setting.string({ default: 'Page Magic <no-reply@pagemagic.localhost>' }),
  PAGEMAGIC_TRUSTED_PROXIES: Setting.list({ example: '10.0.0.0/8,192.168.1.10' }),
  PAGEMAGIC_CORS_ORIGINS: Setting.list({ example: 'https://app.example.com' }),
  PAGEMAGIC_BODY_LIMIT_BYTES: Setting.integer({ minimum: 1, default: 1024 * 1024 }),
  PAGEMAGIC_BODY_MAX_DEPTH: Setting.integer({ minimum: 1, default: 64 }),
  PAGEMAGIC_SITE_HOST_PATTERN: Setting.string({ default: '{name}-{namespace}.{baseDomain}' }),
  PAGEMAGIC_SITE_BASE_DOMAIN: Setting.string({ default: 'sites.pagemagic.localhost' }),
  PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS: Type.Optional(
    Setting.custom(parseNamespaceLabels, { example: 'pagemagic.dev/install=prod' }),
  ),
  PAGEMAGIC_SHUTDOWN_DRAIN_SECONDS: Setting.integer({ minimum: 0, default: 10 }),
  PAGEMAGIC_LOG_LEVEL: Setting.custom((raw) => logLevelFromEnv({ PAGEMAGIC_LOG_LEVEL: raw }), {
    default: 'info',
    example: 'info',
  }),
  /** Unset: derived from the lookup key (previewConfig). */
  PAGEMAGIC_PREVIEW_KEY: Type.Optional(Setting.custom(base64Key, { example: KEY_EXAMPLE })),
  PAGEMAGIC_PREVIEW_TTL_SECONDS: Setting.integer({ minimum: 1, default: 24 * 3600 }),
  PAGEMAGIC_PREVIEW_CACHE_BYTES: Setting.integer({ minimum: 1, default: 64 * 1024 * 1024 }),
  PAGEMAGIC_PREVIEW_FRAME_ORIGINS: Setting.custom(origins, {
    default: '',
    example: 'http://localhost:18071',
  }),
  PAGEMAGIC_RATE_LIMIT_WINDOW_SECONDS: Setting.integer({ minimum: 1, default: 60 }),
  PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: Setting.integer({ minimum: 1, default: 10 }),
  PAGEMAGIC_RATE_LIMIT_AUTH_PER_EMAIL: Setting.integer({ minimum: 1, default: 5 }),
  PAGEMAGIC_RATE_LIMIT_REFRESH_PER_IP: Setting.integer({ minimum: 1, default: 60 }),
  PAGEMAGIC_RATE_LIMIT_PER_USER: Setting.integer({ minimum: 1, default: 300 }),
  PAGEMAGIC_RATE_LIMIT_PER_IP: Setting.integer({ minimum: 1, default: 600 }),
  PAGEMAGIC_FORM_PER_IP: Setting.integer({
    minimum: 1,
    default: 5,
    description: 'contact form messages per client address per rate-limit window',
  }),
  PAGEMAGIC_FORM_PER_SITE: Setting.integer({
    minimum: 1,
    default: 60,
    description: 'contact form messages per site per rate-limit window',
  }),
  PAGEMAGIC_FORM_MAX_LINKS: Setting.integer({ minimum: 0, default: 2 }),
  PAGEMAGIC_FORM_BLOCKLIST: Setting.list({ example: 'cheap watches,lottery' }),
  PAGEMAGIC_FORM_BODY_LIMIT_BYTES: Setting.integer({ minimum: 1024, default: 32_768 }),
  PAGEMAGIC_FORM_RETENTION_SWEEP_SECONDS: Setting.integer({
    minimum: 1,
    default: 3600,
    description: 'how often messages past their workspace retention are deleted',
  }),
  PAGEMAGIC_FORM_STAMP_KEY: Type.Optional(
    Setting.string({
      example: 'a random secret of 32 characters or more, the same as serve-sites has',
      description:
        'the key the site server signs the time it serves a contact form with; set, a message needs that stamp and is refused when sent sooner than PAGEMAGIC_FORM_MIN_FILL_SECONDS after it',
    }),
  ),
  PAGEMAGIC_FORM_MIN_FILL_SECONDS: Setting.integer({
    minimum: 0,
    default: 3,
    description: 'how long after a form page is served a message from it is taken',
  }),
  PAGEMAGIC_FORM_STAMP_MAX_AGE_SECONDS: Setting.integer({
    minimum: 60,
    default: 86_400,
    description:
      'how old a form page may be when its message is sent; older, the person is asked to send it again',
  }),
  PAGEMAGIC_FORM_DIGEST_SECONDS: Setting.integer({
    minimum: 1,
    default: 3600,
    description:
      'how often members who chose a daily digest of contact form messages are checked for one that is due',
  }),
  /** Unset: named after the database, so deployments sharing one Redis keep separate budgets. */
  PAGEMAGIC_RATE_LIMIT_PREFIX: Type.Optional(Setting.string({ example: 'pagemagic:prod:ratelimit' })),
  PAGEMAGIC_SESSION_CACHE_MS: Setting.integer({ minimum: 0, default: 5_000 }),
  PAGEMAGIC_PICKUP_GRACE_SECONDS: Setting.integer({ minimum: 1, default: 60 }),
  PAGEMAGIC_SSE_MAX_STREAMS_PER_USER: Setting.integer({ minimum: 1, default: 8 }),
  PAGEMAGIC_SSE_MAX_STREAMS_PER_WORKSPACE: Setting.integer({ minimum: 1, default: 32 }),
  PAGEMAGIC_OAUTH_PROVIDERS: Setting.custom(parseOAuthProviders, {
    default: '{}',
    example: '{"google": {"clientId": "...", "clientSecret": "..."}}',
  }),
  /** Unset: no payments (checkout and portal answer 503, webhooks are refused); plans and limits still apply. */
  STRIPE_SECRET_KEY: Type.Optional(Setting.string({ example: 'sk_live_...' })),
  /** The signing secret of the webhook endpoint (Dashboard → Webhooks), `whsec_…`. */
  STRIPE_WEBHOOK_SECRET: Type.Optional(Setting.string({ example: 'whsec_...' })),
  /** Unset: Stripe itself. Tests and `make dev` point it at stripe-mock (hack/test-servers.sh). */
  STRIPE_API_URL: Type.Optional(Setting.custom(stripeApiUrl, { example: 'http://127.0.0.1:12111' })),
  STRIPE_PRICE_PRO: Setting.string({ default: 'price_pagemagic_pro', description: 'the Price of Pro' }),
  STRIPE_PRICE_BUSINESS: Setting.string({
    default: 'price_pagemagic_business',
    description: 'the Price of Business',
  }),
  STRIPE_METER_EVENT_BANDWIDTH: Setting.string({
    default: 'pagemagic_bandwidth_bytes',
    description: "the Billing Meter's event name that bandwidth overage (bytes) is reported under",
  }),
  PAGEMAGIC_BILLING_GRACE_DAYS: Setting.integer({
    minimum: 0,
    default: 7,
    description: 'days a workspace keeps its paid plan after a payment fails',
  }),
  PAGEMAGIC_BILLING_SWEEP_SECONDS: Setting.integer({
    minimum: 1,
    default: 3600,
    description: 'how often bandwidth notices, overage reports and grace periods are checked',
  }),
});

/** `STRIPE_API_URL`: an http(s) URL with no path (the library adds /v1/…). */
function stripeApiUrl(raw: string): URL {
  const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.pathname.replace(/\/+$/, '') !== '') {
    throw new ConfigError(
      `STRIPE_API_URL must be an http(s) URL with no path, such as http://127.0.0.1:12111 (got "${raw.slice(0, 80)}")`,
    );
  }
  return parsed;
}

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '']);

/** Whether two listen addresses would take the same port (a wildcard host overlaps every host). Port 0 picks a free one each. */
function sameSocket(a: { host: string; port: number }, b: { host: string; port: number }): boolean {
  if (a.port === 0 || a.port !== b.port) return false;
  return a.host === b.host || ANY_ADDRESS.has(a.host) || ANY_ADDRESS.has(b.host);
}

/** `PAGEMAGIC_ENCRYPTION_KEYS`: `id:base64key,id:base64key`, the current key first; each 32 bytes. */
export function parseEncryptionKeys(raw: string): EncryptionKeyConfig[] {
  const keys = list(raw).map((entry) => {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (separator < 1 || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32) {
      throw new ConfigError(
        `PAGEMAGIC_ENCRYPTION_KEYS entry '${id || entry.slice(0, 8)}…' must be id:base64 of 32 bytes (openssl rand -base64 32)`,
      );
    }
    return { id, key };
  });
  if (keys.length === 0) throw new ConfigError('PAGEMAGIC_ENCRYPTION_KEYS names no key');
  if (new Set(keys.map((key) => key.id)).size !== keys.length) {
    throw new ConfigError('PAGEMAGIC_ENCRYPTION_KEYS has two keys with the same id');
  }
  return keys;
}

export interface DevelopmentKeys {
  jwtKeys: JwtKeyConfig[];
  encryptionKeys: EncryptionKeyConfig[];
  lookupKey: Buffer;
}

/**
 * Reads the configuration, and throws a ConfigError naming every variable that is wrong. `developmentKeys`
 * fills in keys that are not configured, outside production only: `make dev` and tests make their own, and
 * a production API never runs on a key nobody chose.
 */
export function configFromEnv(env: Env = process.env, developmentKeys?: () => DevelopmentKeys): ApiConfig {
  const api = parseEnv(API_ENV, env);
  const ai = parseEnv(AI_ENV, env);
  // Without a key the model is off, and the other AI settings are not looked at (aiConfigFromEnv).
  const aiOn = Boolean(env.PAGEMAGIC_AI_API_KEY?.trim() || env.OPENAI_API_KEY?.trim());
  const problems = [...api.problems, ...(aiOn ? ai.problems : [])];
  const values = api.values;
  const production = values.NODE_ENV === 'production';
  const missing = (
    ['PAGEMAGIC_JWT_KEYS', 'PAGEMAGIC_ENCRYPTION_KEYS', 'PAGEMAGIC_LOOKUP_KEY'] as const
  ).filter((name) => !env[name]?.trim());
  if (missing.length > 0 && (production || !developmentKeys)) {
    problems.push(`${missing.join(', ')} must be set (see the README, "API configuration")`);
  }
  const { PAGEMAGIC_API_LISTEN: listen, PAGEMAGIC_API_INTERNAL_LISTEN: internalListen } = values;
  if (listen && internalListen && sameSocket(listen, internalListen)) {
    problems.push(
      `PAGEMAGIC_API_INTERNAL_LISTEN (${internalListen.host}:${internalListen.port}) must differ from PAGEMAGIC_API_LISTEN (${listen.host}:${listen.port}): readiness and metrics are kept off the public port; pick another port, e.g. ${internalListen.host}:${listen.port + 1}`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const read = values as Static<typeof API_ENV>;
  const generated = missing.length > 0 ? developmentKeys?.() : undefined;
  const lookupKey = read.PAGEMAGIC_LOOKUP_KEY ?? (generated?.lookupKey as Buffer);
  const publicUrl = read.PAGEMAGIC_API_PUBLIC_URL;
  const database = new URL(read.DATABASE_URL).pathname.replace(/^\//, '');
  return {
    listen: read.PAGEMAGIC_API_LISTEN,
    internalListen: read.PAGEMAGIC_API_INTERNAL_LISTEN,
    publicUrl,
    webUrl: read.PAGEMAGIC_WEB_URL ?? publicUrl,
    databaseUrl: read.DATABASE_URL,
    redisUrl: read.REDIS_URL,
    natsUrl: read.NATS_URL,
    kubeconfig: read.KUBECONFIG,
    jwt: {
      issuer: read.PAGEMAGIC_JWT_ISSUER ?? publicUrl,
      audience: read.PAGEMAGIC_JWT_AUDIENCE,
      accessTokenSeconds: read.PAGEMAGIC_ACCESS_TOKEN_SECONDS,
      refreshTokenSeconds: read.PAGEMAGIC_REFRESH_TOKEN_SECONDS,
      signingKeys: read.PAGEMAGIC_JWT_KEYS ?? (generated?.jwtKeys as JwtKeyConfig[]),
    },
    encryption: {
      keys: read.PAGEMAGIC_ENCRYPTION_KEYS ?? (generated?.encryptionKeys as EncryptionKeyConfig[]),
      lookupKey,
    },
    smtpUrl: read.SMTP_URL,
    mailFrom: read.PAGEMAGIC_MAIL_FROM,
    trustedProxies: read.PAGEMAGIC_TRUSTED_PROXIES,
    corsOrigins: read.PAGEMAGIC_CORS_ORIGINS,
    bodyLimitBytes: read.PAGEMAGIC_BODY_LIMIT_BYTES,
    bodyMaxDepth: read.PAGEMAGIC_BODY_MAX_DEPTH,
    siteHostPattern: read.PAGEMAGIC_SITE_HOST_PATTERN,
    siteBaseDomain: read.PAGEMAGIC_SITE_BASE_DOMAIN,
    workspaceNamespaceLabels: read.PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS ?? {},
    logLevel: read.PAGEMAGIC_LOG_LEVEL,
    shutdownDrainSeconds: read.PAGEMAGIC_SHUTDOWN_DRAIN_SECONDS,
    preview: {
      // Unset, derived from the lookup key with HKDF under a label of its own: every replica already shares
      // that key, and the derived one is useless for anything else.
      signingKey:
        read.PAGEMAGIC_PREVIEW_KEY ??
        Buffer.from(hkdfSync('sha256', lookupKey, Buffer.alloc(0), 'pagemagic preview links v1', 32)),
      ttlSeconds: read.PAGEMAGIC_PREVIEW_TTL_SECONDS,
      cacheBytes: read.PAGEMAGIC_PREVIEW_CACHE_BYTES,
      frameOrigins: read.PAGEMAGIC_PREVIEW_FRAME_ORIGINS,
    },
    siteAi: aiOn ? aiConfigFromValues(ai.values as Static<typeof AI_ENV>) : undefined,
    rateLimit: {
      windowSeconds: read.PAGEMAGIC_RATE_LIMIT_WINDOW_SECONDS,
      authPerIp: read.PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP,
      authPerEmail: read.PAGEMAGIC_RATE_LIMIT_AUTH_PER_EMAIL,
      refreshPerIp: read.PAGEMAGIC_RATE_LIMIT_REFRESH_PER_IP,
      perUser: read.PAGEMAGIC_RATE_LIMIT_PER_USER,
      perIp: read.PAGEMAGIC_RATE_LIMIT_PER_IP,
      keyPrefix: read.PAGEMAGIC_RATE_LIMIT_PREFIX ?? `pagemagic:${database || 'pagemagic'}:ratelimit`,
    },
    sessionCacheMs: read.PAGEMAGIC_SESSION_CACHE_MS,
    forms: {
      perIp: read.PAGEMAGIC_FORM_PER_IP,
      perSite: read.PAGEMAGIC_FORM_PER_SITE,
      maxLinks: read.PAGEMAGIC_FORM_MAX_LINKS,
      blocklist: read.PAGEMAGIC_FORM_BLOCKLIST,
      bodyLimitBytes: read.PAGEMAGIC_FORM_BODY_LIMIT_BYTES,
      retentionSweepMs: read.PAGEMAGIC_FORM_RETENTION_SWEEP_SECONDS * 1000,
      stampKey: read.PAGEMAGIC_FORM_STAMP_KEY,
      minFillMs: read.PAGEMAGIC_FORM_MIN_FILL_SECONDS * 1000,
      stampMaxAgeMs: read.PAGEMAGIC_FORM_STAMP_MAX_AGE_SECONDS * 1000,
      digestCheckMs: read.PAGEMAGIC_FORM_DIGEST_SECONDS * 1000,
    },
    pickupGraceMs: read.PAGEMAGIC_PICKUP_GRACE_SECONDS * 1000,
    streamLimits: {
      perUser: read.PAGEMAGIC_SSE_MAX_STREAMS_PER_USER,
      perWorkspace: read.PAGEMAGIC_SSE_MAX_STREAMS_PER_WORKSPACE,
    },
    oauth: read.PAGEMAGIC_OAUTH_PROVIDERS,
    billing: {
      stripe: read.STRIPE_SECRET_KEY
        ? {
            secretKey: read.STRIPE_SECRET_KEY,
            webhookSecret: read.STRIPE_WEBHOOK_SECRET,
            apiUrl: read.STRIPE_API_URL,
          }
        : undefined,
      prices: { pro: read.STRIPE_PRICE_PRO, business: read.STRIPE_PRICE_BUSINESS },
      meterEvents: { bandwidthBytes: read.STRIPE_METER_EVENT_BANDWIDTH },
      graceMs: read.PAGEMAGIC_BILLING_GRACE_DAYS * 24 * 3600 * 1000,
      sweepMs: read.PAGEMAGIC_BILLING_SWEEP_SECONDS * 1000,
    },
  };
}

/** Comma-separated items, trimmed, blanks dropped. */
function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

// --- Workspace namespace labels (tenancy/namespace.ts) -------------------------------------------------------

const LABEL_NAME = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;

/** Why `key` cannot be a label key, or undefined when it can. */
function labelKeyProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) {
    return `its prefix '${prefix}' must be a lowercase DNS name of at most 253 characters`;
  }
  if (!LABEL_NAME.test(name)) {
    return `its name '${name}' must be 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`;
  }
  if (API_NAMESPACE_LABELS.includes(key)) return 'the API sets it itself';
  if (prefix !== undefined && /(?:^|\.)(?:kubernetes\.io|k8s\.io)$/.test(prefix)) {
    return 'its prefix is reserved for Kubernetes';
  }
  return undefined;
}

/**
 * `PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS`: `key=value,key=value`, Kubernetes label syntax, put on every
 * workspace namespace the API applies; unset: none.
 */
export function parseNamespaceLabels(raw: string | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const entry of list(raw)) {
    const equals = entry.indexOf('=');
    if (equals === -1) {
      throw new ConfigError(
        `PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS entry '${entry}' is not key=value: write pairs such as pagemagic.dev/install=prod, separated by commas`,
      );
    }
    const key = entry.slice(0, equals).trim();
    const value = entry.slice(equals + 1).trim();
    const problem = labelKeyProblem(key);
    if (problem) {
      throw new ConfigError(`PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS key '${key}' cannot be used: ${problem}`);
    }
    if (value !== '' && !LABEL_NAME.test(value)) {
      throw new ConfigError(
        `PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS value '${value}' of ${key} must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`,
      );
    }
    if (Object.hasOwn(labels, key)) {
      throw new ConfigError(`PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS sets ${key} twice: keep one value`);
    }
    labels[key] = value;
  }
  return labels;
}

// --- Rate limits (rate-limit/plugin.ts) ---------------------------------------------------------------

/** Request budgets per fixed window, counted in Redis so every replica shares them. */
export interface FormsConfig {
  /** Messages per client address, and per site, in each rate-limit window. */
  perIp: number;
  perSite: number;
  /** More links than this in a message marks it as spam. */
  maxLinks: number;
  /** Words that mark a message as spam, besides the built-in ones. */
  blocklist: string[];
  bodyLimitBytes: number;
  /** How often messages past their workspace's retention are deleted. */
  retentionSweepMs: number;
  /** The key the site server signs a form page's serving time with; unset, fill time is not checked. */
  stampKey: string | undefined;
  /** A message sent sooner than this after its page was served is taken for a robot's. */
  minFillMs: number;
  /** A stamp older than this is stale: the person is asked to send again (from a page with a fresh one). */
  stampMaxAgeMs: number;
  /** How often daily digests are checked for being due. */
  digestCheckMs: number;
}

export interface RateLimitConfig {
  windowSeconds: number;
  /** Sign-in routes (`/auth/…`), per client address: the brute-force and mail-bombing fence. */
  authPerIp: number;
  /** Sign-in requests naming an email, per email (keyed hash): one inbox cannot be flooded from many addresses. */
  authPerEmail: number;
  /** Token refreshes (`/auth/refresh`), per client address: a budget apart from sign-in's. */
  refreshPerIp: number;
  /** Every other route, per signed-in user. */
  perUser: number;
  /** Every other route, per client address. */
  perIp: number;
  /**
   * Prefix of the Redis keys. The default names the database, so two deployments sharing one Redis
   * (staging and production, or parallel test runs) keep separate budgets.
   */
  keyPrefix: string;
}

// --- Billing (billing/) ----------------------------------------------------------------------------------

export interface BillingConfig {
  /** Undefined without STRIPE_SECRET_KEY: nobody can pay, and every workspace keeps the plan it has. */
  stripe: { secretKey: string; webhookSecret: string | undefined; apiUrl: URL | undefined } | undefined;
  /** The Stripe Price each paid plan is sold at. */
  prices: { pro: string; business: string };
  /** Billing Meter event names overage is reported under. */
  meterEvents: { bandwidthBytes: string };
  /** How long a workspace keeps its paid plan after a payment fails. */
  graceMs: number;
  /** How often the billing sweep runs (bandwidth notices, overage, grace periods, quotas). */
  sweepMs: number;
}

// --- Sign-in with OAuth/OIDC providers (auth/oauth.ts) ----------------------------------------------------

export type OAuthProviderId = 'google' | 'github' | 'apple';

export interface OidcProviderConfig {
  /** The issuer; its /.well-known/openid-configuration is read on first use. */
  issuer: string;
  clientId: string;
  /** For Apple: the client-secret JWT you signed with your Sign in with Apple key (valid ≤ 6 months). */
  clientSecret: string;
}

export interface GitHubProviderConfig {
  clientId: string;
  clientSecret: string;
  authorizeUrl: string;
  tokenUrl: string;
  /** The REST API root, for /user and /user/emails. */
  apiUrl: string;
}

export interface OAuthProvidersConfig {
  google?: OidcProviderConfig;
  apple?: OidcProviderConfig;
  github?: GitHubProviderConfig;
}

const OIDC_DEFAULT_ISSUERS = {
  google: 'https://accounts.google.com',
  apple: 'https://appleid.apple.com',
} as const;

const GITHUB_DEFAULTS = {
  authorizeUrl: 'https://github.com/login/oauth/authorize',
  tokenUrl: 'https://github.com/login/oauth/access_token',
  apiUrl: 'https://api.github.com',
} as const;

/**
 * An https URL (plain http only to loopback: local providers and test doubles), kept exactly as given: an
 * issuer is compared character for character.
 */
function oauthUrl(path: string, value: unknown): string {
  if (typeof value !== 'string' || !URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new ConfigError(`PAGEMAGIC_OAUTH_PROVIDERS ${path} must be an http(s) URL`);
  }
  const { protocol, hostname } = new URL(value);
  if (protocol === 'http:' && !['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) {
    throw new ConfigError(
      `PAGEMAGIC_OAUTH_PROVIDERS ${path} must use https (plain http is allowed to 127.0.0.1 and localhost only)`,
    );
  }
  return value;
}

function oauthString(path: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError(`PAGEMAGIC_OAUTH_PROVIDERS ${path} must be a non-empty string`);
  }
  return value.trim();
}

/**
 * `PAGEMAGIC_OAUTH_PROVIDERS`: JSON `{"google": {"issuer"?, "clientId", "clientSecret"}, "apple": {…},
 * "github": {"clientId", "clientSecret", "authorizeUrl"?, "tokenUrl"?, "apiUrl"?}}`; unset: none.
 */
export function parseOAuthProviders(raw: string | undefined): OAuthProvidersConfig {
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(
      'PAGEMAGIC_OAUTH_PROVIDERS must be JSON: {"google": {"clientId": "...", "clientSecret": "..."}, ...}',
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError('PAGEMAGIC_OAUTH_PROVIDERS must be a JSON object keyed by provider');
  }
  const result: OAuthProvidersConfig = {};
  for (const [name, entry] of Object.entries(parsed)) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new ConfigError(`PAGEMAGIC_OAUTH_PROVIDERS.${name} must be an object`);
    }
    const fields = entry as Record<string, unknown>;
    if (name === 'google' || name === 'apple') {
      result[name] = {
        issuer: oauthUrl(`${name}.issuer`, fields.issuer ?? OIDC_DEFAULT_ISSUERS[name]),
        clientId: oauthString(`${name}.clientId`, fields.clientId),
        clientSecret: oauthString(`${name}.clientSecret`, fields.clientSecret),
      };
    } else if (name === 'github') {
      result.github = {
        clientId: oauthString('github.clientId', fields.clientId),
        clientSecret: oauthString('github.clientSecret', fields.clientSecret),
        authorizeUrl: oauthUrl('github.authorizeUrl', fields.authorizeUrl ?? GITHUB_DEFAULTS.authorizeUrl),
        tokenUrl: oauthUrl('github.tokenUrl', fields.tokenUrl ?? GITHUB_DEFAULTS.tokenUrl),
        apiUrl: oauthUrl('github.apiUrl', fields.apiUrl ?? GITHUB_DEFAULTS.apiUrl).replace(/\/+$/, ''),
      };
    } else {
      throw new ConfigError(
        `PAGEMAGIC_OAUTH_PROVIDERS names '${name}'; the providers are google, github and apple`,
      );
    }
  }
  return result;
}

// --- Build previews and section edits (previews/, routes/previews.ts, routes/regenerate.ts) ---------------

export interface PreviewConfig {
  /** HMAC-SHA256 key preview links are signed with; every replica needs the same one. */
  signingKey: Buffer;
  /** How long a preview link works. */
  ttlSeconds: number;
  /** Bytes of extracted site layers kept in memory, least recently used dropped first. */
  cacheBytes: number;
  /** Origins besides the web app's that may frame a preview: the mobile app's web export, wherever it is served. */
  frameOrigins: string[];
}
