import { describe, expect, it } from 'vitest';
import { AI_DEFAULTS, aiConfigFromEnv } from '../src/site/ai/index.ts';

describe('aiConfigFromEnv', () => {
  it('returns undefined without an API key, so the caller uses the offline generator', () => {
    expect(aiConfigFromEnv({})).toBeUndefined();
    expect(aiConfigFromEnv({ PAGEMAGIC_AI_API_KEY: '  ', PAGEMAGIC_AI_MODEL: 'gpt-x' })).toBeUndefined();
  });

  it('falls back to OPENAI_API_KEY and to the defaults', () => {
    expect(aiConfigFromEnv({ OPENAI_API_KEY: 'sk-fallback' })).toEqual({
      ...AI_DEFAULTS,
      apiKey: 'sk-fallback',
      stream: true,
      strict: true,
    });
  });

  it('prefers PAGEMAGIC_AI_API_KEY and reads every setting', () => {
    const config = aiConfigFromEnv({
      PAGEMAGIC_AI_API_KEY: 'pm-key',
      OPENAI_API_KEY: 'sk-other',
      PAGEMAGIC_AI_BASE_URL: 'http://127.0.0.1:11434/v1/',
      PAGEMAGIC_AI_MODEL: 'llama3.3',
      PAGEMAGIC_AI_BUDGET_TOKENS: '50000',
      PAGEMAGIC_AI_TIMEOUT_MS: '30000',
      PAGEMAGIC_AI_MAX_RETRIES: '0',
      PAGEMAGIC_AI_MAX_ATTEMPTS: '2',
      PAGEMAGIC_AI_STREAM: 'false',
      PAGEMAGIC_AI_STRICT: 'off',
      REDIS_URL: 'redis://127.0.0.1:16379',
      PAGEMAGIC_AI_CACHE_TTL_SECONDS: '60',
      PAGEMAGIC_AI_CACHE_PREFIX: 'test:',
    });
    expect(config).toEqual({
      apiKey: 'pm-key',
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'llama3.3',
      budgetTokens: 50_000,
      timeoutMs: 30_000,
      maxRetries: 0,
      maxAttempts: 2,
      stream: false,
      strict: false,
      redisUrl: 'redis://127.0.0.1:16379',
      cacheTtlSeconds: 60,
      cacheKeyPrefix: 'test:',
    });
  });

  it('names the variable whose value is unusable', () => {
    const key = { PAGEMAGIC_AI_API_KEY: 'k' };
    expect(() => aiConfigFromEnv({ ...key, PAGEMAGIC_AI_BUDGET_TOKENS: 'lots' })).toThrow(
      'PAGEMAGIC_AI_BUDGET_TOKENS must be a whole number of at least 1 (got "lots")',
    );
    expect(() => aiConfigFromEnv({ ...key, PAGEMAGIC_AI_MAX_ATTEMPTS: '0' })).toThrow(
      /PAGEMAGIC_AI_MAX_ATTEMPTS/,
    );
    expect(() => aiConfigFromEnv({ ...key, PAGEMAGIC_AI_STREAM: 'maybe' })).toThrow(/PAGEMAGIC_AI_STREAM/);
    expect(() => aiConfigFromEnv({ ...key, PAGEMAGIC_AI_BASE_URL: 'api.openai.com' })).toThrow(
      /PAGEMAGIC_AI_BASE_URL must be an http\(s\) URL/,
    );
  });
});
