// The response cache against a real Redis (hack/services.sh), with the local OpenAI-compatible server.

import { randomUUID } from 'node:crypto';
import { exampleSiteDocument, type LocalizedContent, type SiteDocument } from '@pagemagic/crds/site-document';
import { serviceSettings } from '@pagemagic/hack/testkit/env';
import {
  type FakeOpenAiServer,
  reply,
  startFakeOpenAiServer,
} from '@pagemagic/hack/testkit/fake-openai-server';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AiConfig,
  type AiGenerator,
  aiConfigFromEnv,
  cacheKey,
  createAiGenerator,
  normaliseBrief,
} from '../src/site/ai/index.ts';
import type { BriefFacts } from '../src/site/brief/types.ts';
import type { SiteBrief } from '../src/site/generator.ts';

const { redisUrl } = serviceSettings();
// Keys of this run only, so parallel runs and other users of the Redis are left alone.
const prefix = `pagemagic:ai-test:${randomUUID()}:`;
let redis: Redis;
let server: FakeOpenAiServer;
const generators: AiGenerator[] = [];

beforeAll(() => {
  redis = new Redis(redisUrl);
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});
beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await Promise.all(generators.splice(0).map((g) => g.close()));
  await server.close();
});

function config(overrides: Partial<AiConfig> = {}): AiConfig {
  const base = aiConfigFromEnv({
    PAGEMAGIC_AI_API_KEY: 'test-key',
    PAGEMAGIC_AI_BASE_URL: server.baseURL,
    PAGEMAGIC_AI_MODEL: 'test-model',
    PAGEMAGIC_AI_CACHE_REDIS_URL: redisUrl,
    PAGEMAGIC_AI_CACHE_PREFIX: prefix,
  });
  if (!base) throw new Error('expected a config');
  return { ...base, ...overrides };
}

/** What understandBrief() reads from these briefs, by hand: a bakery in Porto, and nothing else. */
function bakeryFacts(text: string): BriefFacts {
  return {
    text,
    language: { code: 'en', name: 'English', supported: true, confidence: 0.9 },
    kind: { id: 'bakery', family: 'food-drink', schemaType: 'Bakery', confidence: 0.9, alternatives: [] },
    people: [],
    counts: [],
    prices: [],
    hours: { alwaysOpen: false, spans: [], mentions: [] },
    offerings: ['wood-fired bread'],
    attributes: [],
    contact: {},
  };
}

function generator(overrides: Partial<AiConfig> = {}): AiGenerator {
  const created = createAiGenerator(config(overrides), { understandBrief: bakeryFacts });
  generators.push(created);
  return created;
}

/** The example's home page alone: its hero and features state nothing these briefs do not give. */
function homeOnly(content: LocalizedContent): LocalizedContent {
  const [home] = content.pages;
  if (!home) throw new Error('the example has a home page');
  const sections = home.sections.filter((s) => s.id === 'welcome' || s.id === 'why-us');
  for (const section of sections) if (section.type === 'hero') section.props.actions = [];
  return {
    navigation: { items: content.navigation.items.slice(0, 1) },
    footer: { ...content.footer, links: [], social: [] },
    pages: [{ ...home, sections }],
    posts: [],
  };
}

function englishOnly(): SiteDocument {
  const example = exampleSiteDocument();
  return { ...example, ...homeOnly(example), locales: ['en'], translations: {} };
}

function portuguese(): LocalizedContent {
  const pt = exampleSiteDocument().translations.pt;
  if (!pt) throw new Error('the example has Portuguese');
  return homeOnly(pt);
}

function generatedPart(): Record<string, unknown> {
  const { schemaVersion: _v, locales: _l, defaultLocale: _d, translations: _t, ...rest } = englishOnly();
  return rest;
}

// A fresh brief per test, so that no test is served what another one cached.
function uniqueBrief(): SiteBrief {
  return { prompt: `A family bakery in Porto, wood-fired bread (${randomUUID()}).`, name: 'Padaria Ribeira' };
}

describe('response cache in Redis', () => {
  it('serves a second identical call from the cache, without a request and without spending tokens', async () => {
    const brief = uniqueBrief();
    server.enqueue(reply(generatedPart(), { promptTokens: 800, completionTokens: 600 }));
    const ai = generator();

    const first = await ai.generateSite(brief);
    // The same brief, spaced differently: normalised to the same key.
    const second = await ai.generateSite({ ...brief, prompt: `  ${brief.prompt.replace(/ /g, '\n  ')}  ` });

    expect(first).toMatchObject({ cached: false, usage: { promptTokens: 800, completionTokens: 600 } });
    expect(second).toEqual({
      site: first.site,
      usage: { promptTokens: 0, completionTokens: 0 },
      cached: true,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('stores entries with a TTL', async () => {
    const brief = uniqueBrief();
    server.enqueue(reply(generatedPart()));
    await generator({ cacheTtlSeconds: 3600 }).generateSite(brief);

    const input = normaliseBrief(brief);
    const key = cacheKey(prefix, 'test-model', 'generateSite', {
      ...input,
      facts: bakeryFacts(input.prompt),
    });
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3600);
    expect(JSON.parse((await redis.get(key)) ?? 'null')).toEqual({
      ...englishOnly(),
      generatedBy: { generator: 'ai', model: 'test-model' },
    });
  });

  it('asks the model again when the call bypasses the cache', async () => {
    const brief = uniqueBrief();
    server.enqueue(reply(generatedPart()), reply(generatedPart()));
    const ai = generator();

    await ai.generateSite(brief);
    const bypassed = await ai.generateSite(brief, { bypassCache: true });

    expect(bypassed.cached).toBe(false);
    expect(server.requests).toHaveLength(2);
  });

  it('keeps the answers of different models apart', async () => {
    const brief = uniqueBrief();
    server.enqueue(reply(generatedPart()), reply(generatedPart()));

    await generator().generateSite(brief);
    const other = await generator({ model: 'other-model' }).generateSite(brief);

    expect(other.cached).toBe(false);
    expect(server.requests.map((r) => r.body.model)).toEqual(['test-model', 'other-model']);
    const input = { ...normaliseBrief(brief), facts: bakeryFacts(normaliseBrief(brief).prompt) };
    const keys = [cacheKey(prefix, 'test-model', 'generateSite', input)];
    keys.push(cacheKey(prefix, 'other-model', 'generateSite', input));
    expect(keys[0]).not.toBe(keys[1]);
    expect(await redis.exists(...keys)).toBe(2);
  });

  it('caches translations and section rewrites too', async () => {
    const site = englishOnly();
    const pt = portuguese();
    site.name = `Padaria ${randomUUID().slice(0, 8)}`;
    server.enqueue(reply(pt));
    const ai = generator();

    const first = await ai.translateSite(site, 'pt');
    const second = await ai.translateSite(site, 'pt');

    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.site).toEqual(first.site);
    expect(server.requests).toHaveLength(1);
  });

  it('generates without a cache when Redis cannot be reached', async () => {
    server.enqueue(reply(generatedPart()), reply(generatedPart()));
    // Port 9 (discard) is not listening on loopback: every cache read and write fails fast.
    const ai = generator({ redisUrl: 'redis://127.0.0.1:9' });
    const brief = uniqueBrief();

    expect((await ai.generateSite(brief)).cached).toBe(false);
    expect((await ai.generateSite(brief)).cached).toBe(false);
    expect(server.requests).toHaveLength(2);
  });
});
