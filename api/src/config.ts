// The API's settings, read once from the environment. Defaults work against the local services
// (hack/services.sh, hack/test-servers.sh, hack/cluster.sh), so `pagemagic-api` needs no flags there;
// keys are the exception in production (NODE_ENV=production refuses to start without them).

import { hkdfSync } from 'node:crypto';
import { type LogLevel, logLevelFromEnv } from '@pagemagic/operator/runtime';
import { type AiConfig, aiConfigFromEnv } from '@pagemagic/operator/site';
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
  /** Build previews and section edits (previews/, routes/regenerate.ts). */
  preview: PreviewConfig;
  /** The model section edits use; undefined (no PAGEMAGIC_AI_API_KEY): the offline generator. */
  siteAi: AiConfig | undefined;
  rateLimit: RateLimitConfig;
  /** Event streams (Server-Sent Events) open at once, each holding two Kubernetes watches. */
  streamLimits: { perUser: number; perWorkspace: number };
  /** How long a live sign-in is remembered in process (0: asked of PostgreSQL on every request). */
  sessionCacheMs: number;
  /** Sign-in with Google, GitHub and Apple; a provider that is not configured is not offered. */
  oauth: OAuthProvidersConfig;
}

export interface JwtKeyConfig {
  kid: string;
  privateKeyPem: string;
}

export interface EncryptionKeyConfig {
  id: string;
  key: Buffer;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function set(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = set(env[name]);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new ConfigError(`${name}='${raw}' must be a whole number ≥ 1`);
  return Number(raw);
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = set(env[name]);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name}='${raw}' must be a whole number ≥ 0`);
  return Number(raw);
}

function list(value: string | undefined): string[] {
  return (set(value) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The API's field manager: what it writes to the cluster is its own, never the operator's. */
export const API_FIELD_MANAGER = 'pagemagic-api';

export function parseListen(value: string): { host: string; port: number } {
  const match = /^(?:(.*):)?(\d+)$/.exec(value.trim());
  const port = Number(match?.[2]);
  if (!match || port > 65535) throw new ConfigError(`'${value}' is not host:port, e.g. 127.0.0.1:8080`);
  const host = match[1] ?? '';
  return { host: host === '' ? '0.0.0.0' : host.replace(/^\[(.*)\]$/, '$1'), port };
}

const ANY_ADDRESS = new Set(['0.0.0.0', '::', '']);

/** Whether two listen addresses would take the same port (a wildcard host overlaps every host). Port 0 picks a free one each. */
function sameSocket(a: { host: string; port: number }, b: { host: string; port: number }): boolean {
  if (a.port === 0 || a.port !== b.port) return false;
  return a.host === b.host || ANY_ADDRESS.has(a.host) || ANY_ADDRESS.has(b.host);
}

/**
 * `PAGEMAGIC_JWT_KEYS`: JSON `[{"kid": "...", "privateKeyPem": "-----BEGIN PRIVATE KEY-----..."}]`,
 * the signing key first. Rotate by putting a new key first and dropping the old one after the access
 * token lifetime has passed.
 */
export function parseJwtKeys(raw: string): JwtKeyConfig[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('PAGEMAGIC_JWT_KEYS must be JSON: [{"kid": "...", "privateKeyPem": "..."}]');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new ConfigError('PAGEMAGIC_JWT_KEYS must be a non-empty array, the signing key first');
  }
  const keys = parsed.map((entry, index) => {
    const { kid, privateKeyPem } = (entry ?? {}) as Partial<JwtKeyConfig>;
    if (typeof kid !== 'string' || kid === '' || typeof privateKeyPem !== 'string') {
      throw new ConfigError(`PAGEMAGIC_JWT_KEYS[${index}] needs a string kid and privateKeyPem`);
    }
    return { kid, privateKeyPem };
  });
  if (new Set(keys.map((key) => key.kid)).size !== keys.length) {
    throw new ConfigError('PAGEMAGIC_JWT_KEYS has two keys with the same kid');
  }
  return keys;
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
 * Reads the configuration. `developmentKeys` fills in keys that are not configured, outside production
 * only: `make dev` and tests make their own, and a production API never runs on a key nobody chose.
 */
export function configFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  developmentKeys?: () => DevelopmentKeys,
): ApiConfig {
  const production = env.NODE_ENV === 'production';
  const jwtRaw = set(env.PAGEMAGIC_JWT_KEYS);
  const encryptionRaw = set(env.PAGEMAGIC_ENCRYPTION_KEYS);
  const lookupRaw = set(env.PAGEMAGIC_LOOKUP_KEY);
  const missing = [
    jwtRaw ? undefined : 'PAGEMAGIC_JWT_KEYS',
    encryptionRaw ? undefined : 'PAGEMAGIC_ENCRYPTION_KEYS',
    lookupRaw ? undefined : 'PAGEMAGIC_LOOKUP_KEY',
  ].filter((name) => name !== undefined);
  if (missing.length > 0 && (production || !developmentKeys)) {
    throw new ConfigError(`${missing.join(', ')} must be set (see the README, "API configuration")`);
  }
  const generated = missing.length > 0 ? developmentKeys?.() : undefined;
  const lookupKey = lookupRaw ? Buffer.from(lookupRaw, 'base64') : (generated?.lookupKey as Buffer);
  if (lookupKey.length < 32)
    throw new ConfigError('PAGEMAGIC_LOOKUP_KEY must be base64 of at least 32 bytes');

  const publicUrl = (set(env.PAGEMAGIC_API_PUBLIC_URL) ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  const listen = parseListen(set(env.PAGEMAGIC_API_LISTEN) ?? '127.0.0.1:8080');
  const internalListen = parseListen(set(env.PAGEMAGIC_API_INTERNAL_LISTEN) ?? '127.0.0.1:8081');
  if (sameSocket(listen, internalListen)) {
    throw new ConfigError(
      `PAGEMAGIC_API_INTERNAL_LISTEN (${internalListen.host}:${internalListen.port}) must differ from PAGEMAGIC_API_LISTEN (${listen.host}:${listen.port}): readiness and metrics are kept off the public port; pick another port, e.g. ${internalListen.host}:${listen.port + 1}`,
    );
  }
  return {
    listen,
    internalListen,
    publicUrl,
    webUrl: (set(env.PAGEMAGIC_WEB_URL) ?? publicUrl).replace(/\/+$/, ''),
    databaseUrl: set(env.DATABASE_URL) ?? 'postgres://pagemagic:pagemagic@127.0.0.1:15432/pagemagic',
    redisUrl: set(env.REDIS_URL) ?? 'redis://127.0.0.1:16379',
    natsUrl: set(env.NATS_URL) ?? 'nats://127.0.0.1:14222',
    kubeconfig: set(env.KUBECONFIG),
    jwt: {
      issuer: set(env.PAGEMAGIC_JWT_ISSUER) ?? publicUrl,
      audience: set(env.PAGEMAGIC_JWT_AUDIENCE) ?? 'pagemagic-api',
      accessTokenSeconds: positiveInt(env, 'PAGEMAGIC_ACCESS_TOKEN_SECONDS', 15 * 60),
      refreshTokenSeconds: positiveInt(env, 'PAGEMAGIC_REFRESH_TOKEN_SECONDS', 30 * 24 * 3600),
      signingKeys: jwtRaw ? parseJwtKeys(jwtRaw) : (generated?.jwtKeys as JwtKeyConfig[]),
    },
    encryption: {
      keys: encryptionRaw
        ? parseEncryptionKeys(encryptionRaw)
        : (generated?.encryptionKeys as EncryptionKeyConfig[]),
      lookupKey,
    },
    smtpUrl: set(env.SMTP_URL) ?? 'smtp://127.0.0.1:11025',
    mailFrom: set(env.PAGEMAGIC_MAIL_FROM) ?? 'Page Magic <no-reply@pagemagic.localhost>',
    trustedProxies: list(env.PAGEMAGIC_TRUSTED_PROXIES),
    corsOrigins: list(env.PAGEMAGIC_CORS_ORIGINS),
    bodyLimitBytes: positiveInt(env, 'PAGEMAGIC_BODY_LIMIT_BYTES', 1024 * 1024),
    bodyMaxDepth: positiveInt(env, 'PAGEMAGIC_BODY_MAX_DEPTH', 64),
    siteHostPattern: set(env.PAGEMAGIC_SITE_HOST_PATTERN) ?? '{name}-{namespace}.{baseDomain}',
    siteBaseDomain: set(env.PAGEMAGIC_SITE_BASE_DOMAIN) ?? 'sites.pagemagic.localhost',
    workspaceNamespaceLabels: parseNamespaceLabels(set(env.PAGEMAGIC_WORKSPACE_NAMESPACE_LABELS)),
    logLevel: logLevelFromEnv(env),
    preview: previewFromEnv(env, lookupKey),
    siteAi: siteAiFromEnv(env),
    rateLimit: rateLimitFromEnv(env, set(env.DATABASE_URL)),
    sessionCacheMs: wholeNumber(env, 'PAGEMAGIC_SESSION_CACHE_MS', 5_000),
    streamLimits: {
      perUser: positiveInt(env, 'PAGEMAGIC_SSE_MAX_STREAMS_PER_USER', 8),
      perWorkspace: positiveInt(env, 'PAGEMAGIC_SSE_MAX_STREAMS_PER_WORKSPACE', 32),
    },
    oauth: parseOAuthProviders(set(env.PAGEMAGIC_OAUTH_PROVIDERS)),
  };
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

// --- Rate limits (plugins/rate-limit.ts) ---------------------------------------------------------------

/** Request budgets per fixed window, counted in Redis so every replica shares them. */
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

export function rateLimitFromEnv(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): RateLimitConfig {
  const database = databaseUrl ? new URL(databaseUrl).pathname.replace(/^\//, '') : '';
  return {
    windowSeconds: positiveInt(env, 'PAGEMAGIC_RATE_LIMIT_WINDOW_SECONDS', 60),
    authPerIp: positiveInt(env, 'PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP', 10),
    authPerEmail: positiveInt(env, 'PAGEMAGIC_RATE_LIMIT_AUTH_PER_EMAIL', 5),
    refreshPerIp: positiveInt(env, 'PAGEMAGIC_RATE_LIMIT_REFRESH_PER_IP', 60),
    perUser: positiveInt(env, 'PAGEMAGIC_RATE_LIMIT_PER_USER', 300),
    perIp: positiveInt(env, 'PAGEMAGIC_RATE_LIMIT_PER_IP', 600),
    keyPrefix: set(env.PAGEMAGIC_RATE_LIMIT_PREFIX) ?? `pagemagic:${database || 'pagemagic'}:ratelimit`,
  };
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
}

/**
 * `PAGEMAGIC_PREVIEW_KEY` (base64, ≥ 32 bytes) signs preview links. Unset, a key is derived from the lookup
 * key with HKDF under a label of its own: every replica already shares that key, and the derived one is
 * useless for anything else.
 */
export function previewFromEnv(env: NodeJS.ProcessEnv, lookupKey: Buffer): PreviewConfig {
  const raw = set(env.PAGEMAGIC_PREVIEW_KEY);
  const signingKey = raw
    ? Buffer.from(raw, 'base64')
    : Buffer.from(hkdfSync('sha256', lookupKey, Buffer.alloc(0), 'pagemagic preview links v1', 32));
  if (signingKey.length < 32) {
    throw new ConfigError(
      'PAGEMAGIC_PREVIEW_KEY must be base64 of at least 32 bytes (openssl rand -base64 32)',
    );
  }
  return {
    signingKey,
    ttlSeconds: positiveInt(env, 'PAGEMAGIC_PREVIEW_TTL_SECONDS', 24 * 3600),
    cacheBytes: positiveInt(env, 'PAGEMAGIC_PREVIEW_CACHE_BYTES', 64 * 1024 * 1024),
  };
}

/** The operator's own PAGEMAGIC_AI_* settings, so section edits use the model the site was written with. */
export function siteAiFromEnv(env: NodeJS.ProcessEnv): AiConfig | undefined {
  try {
    return aiConfigFromEnv(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}
