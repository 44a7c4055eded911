// Configuration of the AI generator. Everything comes from the environment so that the operator, the CLI and
// tests configure it the same way; an absent API key means "no AI", and the caller falls back to the offline
// generator.

export interface AiConfig {
  /** Base URL of an OpenAI-compatible API, including its version path, e.g. http://127.0.0.1:11434/v1. */
  baseURL: string;
  model: string;
  apiKey: string;
  /**
   * The most tokens (prompt + completion) one generator call may spend, summed over repair attempts and,
   * for generateSite, over the translations it makes.
   */
  budgetTokens: number;
  /** Per HTTP request, until the response starts; while streaming, the longest silence between chunks. */
  timeoutMs: number;
  /** Retries of one request on 408/409/429/5xx and connection errors, honouring Retry-After. */
  maxRetries: number;
  /** Model answers per call, the first included: the repair loop stops after this many. */
  maxAttempts: number;
  /** Stream responses (progress callbacks as chunks arrive); off for endpoints that cannot stream. */
  stream: boolean;
  /** OpenAI structured-output strict mode; off for endpoints that reject strict schemas. */
  strict: boolean;
  /** Redis for the response cache; no URL, no cache. */
  redisUrl?: string;
  cacheTtlSeconds: number;
  /** Prefix of cache keys, so tests and environments sharing a Redis stay apart. */
  cacheKeyPrefix: string;
}

export const AI_DEFAULTS = {
  baseURL: 'https://api.openai.com/v1',
  model: 'gpt-4.1-mini',
  // A whole site in one locale is roughly 8k prompt tokens (the schema is most of it) plus 5-8k completion
  // tokens; this leaves room for two more locales and a repair.
  budgetTokens: 100_000,
  timeoutMs: 180_000,
  maxRetries: 2,
  maxAttempts: 3,
  cacheTtlSeconds: 7 * 24 * 60 * 60,
  cacheKeyPrefix: 'pagemagic:ai:',
} as const;

type Env = Record<string, string | undefined>;

/**
 * Reads PAGEMAGIC_AI_* (and OPENAI_API_KEY as a fallback for the key). Returns undefined when there is no API
 * key. Throws on values that are present but unusable, naming the variable.
 */
export function aiConfigFromEnv(env: Env = process.env): AiConfig | undefined {
  const apiKey = nonEmpty(env.PAGEMAGIC_AI_API_KEY) ?? nonEmpty(env.OPENAI_API_KEY);
  if (apiKey === undefined) return undefined;
  const baseURL = (nonEmpty(env.PAGEMAGIC_AI_BASE_URL) ?? AI_DEFAULTS.baseURL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(baseURL)) {
    throw new Error(
      `PAGEMAGIC_AI_BASE_URL must be an http(s) URL such as https://api.openai.com/v1 (got "${baseURL}")`,
    );
  }
  const redisUrl = nonEmpty(env.PAGEMAGIC_AI_CACHE_REDIS_URL) ?? nonEmpty(env.REDIS_URL);
  return {
    baseURL,
    model: nonEmpty(env.PAGEMAGIC_AI_MODEL) ?? AI_DEFAULTS.model,
    apiKey,
    budgetTokens: integer(env, 'PAGEMAGIC_AI_BUDGET_TOKENS', AI_DEFAULTS.budgetTokens, 1),
    timeoutMs: integer(env, 'PAGEMAGIC_AI_TIMEOUT_MS', AI_DEFAULTS.timeoutMs, 1),
    maxRetries: integer(env, 'PAGEMAGIC_AI_MAX_RETRIES', AI_DEFAULTS.maxRetries, 0),
    maxAttempts: integer(env, 'PAGEMAGIC_AI_MAX_ATTEMPTS', AI_DEFAULTS.maxAttempts, 1),
    stream: flag(env, 'PAGEMAGIC_AI_STREAM', true),
    strict: flag(env, 'PAGEMAGIC_AI_STRICT', true),
    ...(redisUrl === undefined ? {} : { redisUrl }),
    cacheTtlSeconds: integer(env, 'PAGEMAGIC_AI_CACHE_TTL_SECONDS', AI_DEFAULTS.cacheTtlSeconds, 1),
    cacheKeyPrefix: nonEmpty(env.PAGEMAGIC_AI_CACHE_PREFIX) ?? AI_DEFAULTS.cacheKeyPrefix,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min} (got "${raw}")`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = nonEmpty(env[name])?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false (got "${env[name]}")`);
}
