// Configuration of the AI generator. Everything comes from the environment so that the operator, the CLI and
// tests configure it the same way; an absent API key means "no AI", and the caller falls back to the offline
// generator.

import { type Static, Type } from '@sinclair/typebox';
import { ConfigError, type Env, readEnv, Setting } from '../../runtime/env.ts';

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

/** The generator's environment variables; PAGEMAGIC_AI_API_KEY (or OPENAI_API_KEY) turns the model on. */
export const AI_ENV = Type.Object({
  PAGEMAGIC_AI_API_KEY: Type.Optional(Setting.string({ example: 'sk-...' })),
  OPENAI_API_KEY: Type.Optional(Setting.string({ example: 'sk-...' })),
  PAGEMAGIC_AI_BASE_URL: Setting.custom(httpUrl, {
    default: AI_DEFAULTS.baseURL,
    example: AI_DEFAULTS.baseURL,
  }),
  PAGEMAGIC_AI_MODEL: Setting.string({ default: AI_DEFAULTS.model }),
  PAGEMAGIC_AI_BUDGET_TOKENS: Setting.integer({ minimum: 1, default: AI_DEFAULTS.budgetTokens }),
  PAGEMAGIC_AI_TIMEOUT_MS: Setting.integer({ minimum: 1, default: AI_DEFAULTS.timeoutMs }),
  PAGEMAGIC_AI_MAX_RETRIES: Setting.integer({ minimum: 0, default: AI_DEFAULTS.maxRetries }),
  PAGEMAGIC_AI_MAX_ATTEMPTS: Setting.integer({ minimum: 1, default: AI_DEFAULTS.maxAttempts }),
  PAGEMAGIC_AI_STREAM: Setting.boolean({ default: true }),
  PAGEMAGIC_AI_STRICT: Setting.boolean({ default: true }),
  PAGEMAGIC_AI_CACHE_REDIS_URL: Type.Optional(Setting.string({ example: 'redis://127.0.0.1:16379' })),
  REDIS_URL: Type.Optional(Setting.string({ example: 'redis://127.0.0.1:16379' })),
  PAGEMAGIC_AI_CACHE_TTL_SECONDS: Setting.integer({ minimum: 1, default: AI_DEFAULTS.cacheTtlSeconds }),
  PAGEMAGIC_AI_CACHE_PREFIX: Setting.string({ default: AI_DEFAULTS.cacheKeyPrefix }),
});

function httpUrl(raw: string, name: string): string {
  const url = raw.replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(url)) {
    throw new ConfigError(`${name} must be an http(s) URL such as ${AI_DEFAULTS.baseURL} (got "${url}")`);
  }
  return url;
}

/** The AI settings `values` (read with AI_ENV) describe; undefined when there is no API key. */
export function aiConfigFromValues(values: Static<typeof AI_ENV>): AiConfig | undefined {
  const apiKey = values.PAGEMAGIC_AI_API_KEY ?? values.OPENAI_API_KEY;
  if (apiKey === undefined) return undefined;
  const redisUrl = values.PAGEMAGIC_AI_CACHE_REDIS_URL ?? values.REDIS_URL;
  return {
    baseURL: values.PAGEMAGIC_AI_BASE_URL,
    model: values.PAGEMAGIC_AI_MODEL,
    apiKey,
    budgetTokens: values.PAGEMAGIC_AI_BUDGET_TOKENS,
    timeoutMs: values.PAGEMAGIC_AI_TIMEOUT_MS,
    maxRetries: values.PAGEMAGIC_AI_MAX_RETRIES,
    maxAttempts: values.PAGEMAGIC_AI_MAX_ATTEMPTS,
    stream: values.PAGEMAGIC_AI_STREAM,
    strict: values.PAGEMAGIC_AI_STRICT,
    ...(redisUrl === undefined ? {} : { redisUrl }),
    cacheTtlSeconds: values.PAGEMAGIC_AI_CACHE_TTL_SECONDS,
    cacheKeyPrefix: values.PAGEMAGIC_AI_CACHE_PREFIX,
  };
}

/**
 * Reads PAGEMAGIC_AI_* (and OPENAI_API_KEY as a fallback for the key). Returns undefined when there is no API
 * key, without looking at the rest. Throws a ConfigError naming every variable whose value is unusable.
 */
export function aiConfigFromEnv(env: Env = process.env): AiConfig | undefined {
  if (!env.PAGEMAGIC_AI_API_KEY?.trim() && !env.OPENAI_API_KEY?.trim()) return undefined;
  return aiConfigFromValues(readEnv(AI_ENV, env));
}
