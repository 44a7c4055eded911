// The API's settings, read once from the environment. Defaults work against the local services
// (hack/services.sh, hack/test-servers.sh, hack/cluster.sh), so `pagemagic-api` needs no flags there;
// keys are the exception in production (NODE_ENV=production refuses to start without them).

export interface ApiConfig {
  listen: { host: string; port: number };
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
  /** How site hosts are formed, the same pattern and base domain the operator uses. */
  siteHostPattern: string;
  siteBaseDomain: string;
  logLevel: string;
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

function list(value: string | undefined): string[] {
  return (set(value) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseListen(value: string): { host: string; port: number } {
  const match = /^(?:(.*):)?(\d+)$/.exec(value.trim());
  const port = Number(match?.[2]);
  if (!match || port > 65535) throw new ConfigError(`'${value}' is not host:port, e.g. 127.0.0.1:8080`);
  const host = match[1] ?? '';
  return { host: host === '' ? '0.0.0.0' : host.replace(/^\[(.*)\]$/, '$1'), port };
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
  return {
    listen: parseListen(set(env.PAGEMAGIC_API_LISTEN) ?? '127.0.0.1:8080'),
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
    siteHostPattern: set(env.PAGEMAGIC_SITE_HOST_PATTERN) ?? '{name}-{namespace}.{baseDomain}',
    siteBaseDomain: set(env.PAGEMAGIC_SITE_BASE_DOMAIN) ?? 'sites.pagemagic.localhost',
    logLevel: set(env.PAGEMAGIC_LOG_LEVEL) ?? 'info',
  };
}
