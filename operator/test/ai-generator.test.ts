// The AI generator end to end against a local OpenAI-compatible server, through the real openai client.

import {
  exampleSiteDocument,
  findSection,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AiConfig,
  AiGenerationError,
  AiInputError,
  AiRequestError,
  aiConfigFromEnv,
  BudgetExceededError,
  createAiGenerator,
  estimatePromptTokens,
  generatedSiteSchema,
  improvedSectionSchema,
  localizedContentSchema,
  withoutSection,
} from '../src/site/ai/index.ts';
import type { GenerationProgress, SiteBrief } from '../src/site/generator.ts';
import {
  delayed,
  type FakeOpenAiServer,
  httpError,
  reply,
  startFakeOpenAiServer,
} from './helpers/fake-openai-server.ts';

let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await server.close();
});

function config(overrides: Partial<AiConfig> = {}): AiConfig {
  const base = aiConfigFromEnv({
    PAGEMAGIC_AI_API_KEY: 'test-key',
    PAGEMAGIC_AI_BASE_URL: server.baseURL,
    PAGEMAGIC_AI_MODEL: 'test-model',
  });
  if (!base) throw new Error('expected a config');
  return { ...base, ...overrides };
}

/** What the model writes for generateSite: the example's default-locale site, without what the code adds. */
function generatedPart(doc: SiteDocument = exampleSiteDocument()): Record<string, unknown> {
  const { schemaVersion: _v, locales: _l, defaultLocale: _d, translations: _t, ...rest } = doc;
  return rest;
}

function englishOnly(): SiteDocument {
  return { ...exampleSiteDocument(), locales: ['en'], translations: {} };
}

function portuguese() {
  const pt = exampleSiteDocument().translations.pt;
  if (!pt) throw new Error('the example has Portuguese');
  return pt;
}

const brief: SiteBrief = {
  prompt: 'A family bakery by the river in Porto, wood-fired bread since 1962.',
  name: 'Padaria Ribeira',
  locales: ['en', 'pt'],
};

function lastUserMessage(index: number): string {
  const messages = server.requests[index]?.body.messages as Array<{ role: string; content: string }>;
  return messages.at(-1)?.content ?? '';
}

describe('generateSite', () => {
  it('asks for structured output, then translates each further locale', async () => {
    server.enqueue(
      reply(generatedPart(), { promptTokens: 9000, completionTokens: 5000 }),
      reply(portuguese(), { promptTokens: 7000, completionTokens: 4000 }),
    );
    const generator = createAiGenerator(config());

    const result = await generator.generateSite(brief);

    expect(result.site).toEqual(exampleSiteDocument());
    expect(result.cached).toBe(false);
    expect(result.usage).toEqual({ promptTokens: 16_000, completionTokens: 9000 });
    expect(server.requests).toHaveLength(2);
    const [writing, translating] = server.requests;
    expect(writing?.headers.authorization).toBe('Bearer test-key');
    expect(writing?.body).toMatchObject({
      model: 'test-model',
      stream: true,
      stream_options: { include_usage: true },
      response_format: { type: 'json_schema', json_schema: { name: 'site', strict: true } },
    });
    expect(writing?.body.response_format.json_schema.schema).toEqual(generatedSiteSchema());
    expect(writing?.body.messages[1].content).toContain('wood-fired bread since 1962');
    expect(writing?.body.messages[1].content).toContain('English (en)');
    expect(translating?.body.response_format.json_schema).toMatchObject({
      name: 'site_content',
      strict: true,
    });
    expect(translating?.body.response_format.json_schema.schema).toEqual(localizedContentSchema());
    expect(translating?.body.messages[1].content).toContain('Portuguese (pt)');
    expect(translating?.body.messages[1].content).toContain('Bread worth crossing the bridge for');
  });

  it('reads absent optional fields from the nulls strict mode makes the model write', async () => {
    const answer = generatedPart(englishOnly()) as { pages: Array<{ sections: Array<{ props: object }> }> };
    const hero = answer.pages[0]?.sections[0];
    if (!hero) throw new Error('the example has a hero');
    hero.props = { ...hero.props, eyebrow: null, image: null };
    server.enqueue(reply(answer));

    const result = await createAiGenerator(config()).generateSite({ ...brief, locales: ['en'] });

    const props = result.site.pages[0]?.sections[0]?.props;
    expect(props).not.toHaveProperty('eyebrow');
    expect(props).not.toHaveProperty('image');
    expect(validateSiteDocument(result.site).ok).toBe(true);
  });

  it('sends schema errors back with their paths and accepts the repaired answer', async () => {
    const invalid = generatedPart(englishOnly()) as ReturnType<typeof englishOnly>;
    invalid.theme.palette.primary = 'red';
    const hero = invalid.pages[0]?.sections[0];
    if (hero?.type !== 'hero') throw new Error('the example starts with a hero');
    hero.props.heading = '';
    server.enqueue(
      reply(invalid, { promptTokens: 100, completionTokens: 200 }),
      reply(generatedPart(englishOnly()), { promptTokens: 300, completionTokens: 400 }),
    );

    const result = await createAiGenerator(config()).generateSite({ ...brief, locales: ['en'] });

    expect(result.site).toEqual(englishOnly());
    expect(result.usage).toEqual({ promptTokens: 400, completionTokens: 600 });
    expect(server.requests).toHaveLength(2);
    const repair = server.requests[1]?.body.messages as Array<{ role: string; content: string }>;
    expect(repair.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(repair[2]?.content).toBe(JSON.stringify(invalid));
    expect(lastUserMessage(1)).toContain('/theme/palette/primary: must be a #rrggbb hex colour');
    expect(lastUserMessage(1)).toContain('/pages/0/sections/0/props/heading: must not be empty');
  });

  it('repairs malformed JSON', async () => {
    server.enqueue(reply('{"name": "Padaria Ribeira", "kind": "bak'), reply(generatedPart(englishOnly())));

    const result = await createAiGenerator(config()).generateSite({ ...brief, locales: ['en'] });

    expect(result.site).toEqual(englishOnly());
    expect(lastUserMessage(1)).toMatch(/^- \(document\): is not valid JSON/m);
  });

  it('gives up after the allowed attempts with the problems that remain', async () => {
    const invalid = generatedPart(englishOnly()) as ReturnType<typeof englishOnly>;
    invalid.theme.palette.primary = 'red';
    for (let i = 0; i < 3; i++) server.enqueue(reply(invalid, { promptTokens: 10, completionTokens: 20 }));

    const error = await createAiGenerator(config({ maxAttempts: 3 }))
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiGenerationError);
    const failure = error as AiGenerationError;
    expect(failure.message).toContain('did not write a valid site in 3 attempts');
    expect(failure.message).toContain('/theme/palette/primary');
    expect(failure.errors).toEqual([{ path: '/theme/palette/primary', message: expect.any(String) }]);
    expect(failure.usage).toEqual({ promptTokens: 30, completionTokens: 60 });
    expect(server.requests).toHaveLength(3);
  });

  it('stops on an answer cut off at the completion limit instead of repairing it', async () => {
    server.enqueue({ kind: 'content', content: '{"name": "Padaria', finishReason: 'length' });

    const error = await createAiGenerator(config())
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiGenerationError);
    expect((error as Error).message).toMatch(/cut off at \d+ completion tokens/);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects an empty brief before any request', async () => {
    await expect(createAiGenerator(config()).generateSite({ prompt: '  \n ' })).rejects.toThrow(AiInputError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('retries and timeouts', () => {
  it('retries a 429 no earlier than its Retry-After', async () => {
    server.enqueue(httpError(429, { 'retry-after': '1' }), reply(generatedPart(englishOnly())));

    const result = await createAiGenerator(config()).generateSite({ ...brief, locales: ['en'] });

    expect(result.site).toEqual(englishOnly());
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    // Retry-After: 1 is one second; the client's own backoff without it starts at 0.375-0.5 s.
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('retries a 500', async () => {
    server.enqueue(httpError(500), reply(generatedPart(englishOnly())));

    const result = await createAiGenerator(config()).generateSite({ ...brief, locales: ['en'] });

    expect(result.site).toEqual(englishOnly());
    expect(server.requests).toHaveLength(2);
  });

  it('reports a 429 that outlasts the retries clearly', async () => {
    server.enqueue(httpError(429, { 'retry-after-ms': '10' }), httpError(429, { 'retry-after-ms': '10' }));

    const error = await createAiGenerator(config({ maxRetries: 1 }))
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiRequestError);
    expect((error as AiRequestError).status).toBe(429);
    expect((error as Error).message).toContain('rate-limiting (HTTP 429');
    expect((error as Error).message).toContain('2 attempts');
    expect(server.requests).toHaveLength(2);
  });

  it('times out each request and fails clearly after the allowed attempts', async () => {
    const late = reply(generatedPart(englishOnly()));
    server.enqueue(delayed(10_000, late), delayed(10_000, late), delayed(10_000, late));

    const error = await createAiGenerator(config({ timeoutMs: 300, maxRetries: 1 }))
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiRequestError);
    expect((error as Error).message).toContain(
      `The AI endpoint ${server.baseURL} did not answer within 0.3 s (2 attempts)`,
    );
    expect(server.requests).toHaveLength(2);
  });

  it('aborts a stream that goes silent midway', async () => {
    server.enqueue({ kind: 'content', content: generatedPart(englishOnly()), gate: new Promise(() => {}) });

    const error = await createAiGenerator(config({ timeoutMs: 300 }))
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiRequestError);
    expect((error as Error).message).toContain('went silent for 0.3 s in the middle of its answer');
    expect(server.requests).toHaveLength(1);
  });

  it('stops when the caller cancels, mid-stream, without repairing', async () => {
    server.enqueue({ kind: 'content', content: generatedPart(englishOnly()), gate: new Promise(() => {}) });
    const cancel = new AbortController();

    const error = await createAiGenerator(config())
      .generateSite(
        { ...brief, locales: ['en'] },
        {
          signal: cancel.signal,
          onProgress: (e) => (e.received ?? 0) > 0 && cancel.abort(new Error('user cancelled')),
        },
      )
      .catch((e: unknown) => e);

    expect((error as Error).message).toBe('user cancelled');
    expect(server.requests).toHaveLength(1);
  });
});

describe('token budget', () => {
  it('refuses without sending anything when the prompt alone is over budget', async () => {
    const error = await createAiGenerator(config({ budgetTokens: 1000 }))
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BudgetExceededError);
    expect((error as BudgetExceededError).usage).toEqual({ promptTokens: 0, completionTokens: 0 });
    expect((error as Error).message).toMatch(
      /budget of 1000 exceeded: the prompt alone needs about \d+ tokens/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('gives each request only what is left of the budget as its completion limit', async () => {
    const budget = 60_000;
    const invalid = generatedPart(englishOnly()) as ReturnType<typeof englishOnly>;
    invalid.theme.palette.primary = 'red';
    server.enqueue(
      reply(invalid, { promptTokens: 12_000, completionTokens: 8000 }),
      reply(generatedPart(englishOnly()), { promptTokens: 14_000, completionTokens: 8000 }),
    );

    const result = await createAiGenerator(config({ budgetTokens: budget })).generateSite({
      ...brief,
      locales: ['en'],
    });

    const [first, second] = server.requests.map((r) => r.body);
    expect(first.max_completion_tokens).toBe(
      budget - estimatePromptTokens(first.messages, first.response_format),
    );
    expect(second.max_completion_tokens).toBe(
      budget - 20_000 - estimatePromptTokens(second.messages, second.response_format),
    );
    expect(result.usage.promptTokens + result.usage.completionTokens).toBeLessThanOrEqual(budget);
  });

  it('stops the repair loop before an attempt that could exceed the budget', async () => {
    const invalid = generatedPart(englishOnly()) as ReturnType<typeof englishOnly>;
    invalid.theme.palette.primary = 'red';
    server.enqueue(
      reply(invalid, { promptTokens: 12_000, completionTokens: 20_000 }),
      reply(generatedPart(englishOnly())),
    );

    const error = await createAiGenerator(config({ budgetTokens: 40_000 }))
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BudgetExceededError);
    const refusal = error as BudgetExceededError;
    expect(refusal.usage).toEqual({ promptTokens: 12_000, completionTokens: 20_000 });
    expect(refusal.errors.map((e) => e.path)).toEqual(['/theme/palette/primary']);
    expect(refusal.message).toContain('32000 tokens are spent');
    expect(refusal.message).toContain('/theme/palette/primary');
    expect(server.requests).toHaveLength(1);
    expect(server.pending()).toBe(1);
  });
});

describe('improveSection', () => {
  function improvedWhyUs(site: SiteDocument) {
    const en = structuredClone(findSection(site, 'why-us')?.section);
    const pt = structuredClone(findSection(site, 'why-us', 'pt')?.section);
    if (en?.type !== 'features' || pt?.type !== 'features') throw new Error('why-us is a features section');
    en.props.heading = 'Why Porto lines up at 7 am';
    pt.props.heading = 'Porque é que o Porto faz fila às 7 da manhã';
    return { en, pt };
  }

  it('rewrites only the section asked for, in every locale', async () => {
    const site = exampleSiteDocument();
    const { en, pt } = improvedWhyUs(site);
    server.enqueue(
      reply({ section: en, translations: { pt } }, { promptTokens: 900, completionTokens: 300 }),
    );

    const result = await createAiGenerator(config()).improveSection(
      site,
      'why-us',
      'Mention the  morning queue.',
    );

    expect(findSection(result.site, 'why-us')?.section).toEqual(en);
    expect(findSection(result.site, 'why-us', 'pt')?.section).toEqual(pt);
    expect(withoutSection(result.site, 'why-us')).toEqual(withoutSection(site, 'why-us'));
    expect(result.usage).toEqual({ promptTokens: 900, completionTokens: 300 });
    const body = server.requests[0]?.body;
    expect(body.response_format.json_schema.schema).toEqual(
      improvedSectionSchema('features', 'why-us', ['pt']),
    );
    const prompt = body.messages[1].content as string;
    expect(prompt).toContain(JSON.stringify(findSection(site, 'why-us')?.section));
    expect(prompt).toContain('Mention the morning queue.');
    expect(prompt).toContain('- / "Home": welcome (hero), why-us (features), numbers (stats)');
  });

  it('rejects an answer that overwrites another section', async () => {
    const site = exampleSiteDocument();
    const { en, pt } = improvedWhyUs(site);
    server.enqueue(reply({ section: { ...en, id: 'numbers' }, translations: { pt } }));

    const error = await createAiGenerator(config({ maxAttempts: 1 }))
      .improveSection(site, 'why-us', 'Shorter heading')
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiGenerationError);
    expect((error as Error).message).toContain(
      '/section/id: is "numbers", the id of another section (on page /): the answer would overwrite that section, but only section "why-us" may change',
    );
  });

  it('retries, within the attempts allowed, an answer that changed the section type', async () => {
    const site = exampleSiteDocument();
    const { en, pt } = improvedWhyUs(site);
    const asStats = { id: 'why-us', type: 'stats', props: { items: [{ value: '1962', label: 'Since' }] } };
    server.enqueue(
      reply({ section: asStats, translations: { pt } }),
      reply({ section: en, translations: { pt } }),
    );

    const result = await createAiGenerator(config({ maxAttempts: 2 })).improveSection(
      site,
      'why-us',
      'Shorter',
    );

    expect(findSection(result.site, 'why-us')?.section).toEqual(en);
    expect(lastUserMessage(1)).toContain('/section/type: must stay "features" (got "stats")');
  });

  it('refuses an unknown section before any request', async () => {
    const error = await createAiGenerator(config())
      .improveSection(exampleSiteDocument(), 'nope', 'Anything')
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiInputError);
    expect((error as Error).message).toContain('There is no section "nope"');
    expect((error as Error).message).toContain('welcome, why-us');
    expect(server.requests).toHaveLength(0);
  });
});

describe('translateSite', () => {
  it('adds the locale and its translated content', async () => {
    server.enqueue(reply(portuguese()));

    const result = await createAiGenerator(config()).translateSite(englishOnly(), 'pt');

    expect(result.site).toEqual(exampleSiteDocument());
    expect(server.requests[0]?.body.messages[1].content).toContain(JSON.stringify(englishOnly().pages));
  });

  it('sends structure mismatches back as errors and accepts the repair', async () => {
    const missingPage = { ...portuguese(), pages: portuguese().pages.filter((p) => p.slug !== 'bread-club') };
    server.enqueue(reply(missingPage), reply(portuguese()));

    const result = await createAiGenerator(config()).translateSite(englishOnly(), 'pt');

    expect(result.site).toEqual(exampleSiteDocument());
    expect(lastUserMessage(1)).toContain('- /pages: is missing page "bread-club"');
  });

  it('refuses to translate into the default locale', async () => {
    await expect(createAiGenerator(config()).translateSite(englishOnly(), 'EN')).rejects.toThrow(
      /"en" is the site's default locale/,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('progress', () => {
  it('reports progress while the answer streams in', async () => {
    let opened: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      opened = resolve;
    });
    const content = JSON.stringify(generatedPart(englishOnly()));
    server.enqueue({ kind: 'content', content, chunks: 10, gate });
    const events: GenerationProgress[] = [];

    // The server sends the second half of the answer only after a progress event for the first half has
    // arrived; progress reported only at the end would never open the gate and this call would time out.
    const result = await createAiGenerator(config()).generateSite(
      { ...brief, locales: ['en'] },
      {
        onProgress: (event) => {
          events.push(event);
          if (event.stage === 'writing' && (event.received ?? 0) > 0) opened();
        },
      },
    );

    expect(result.site).toEqual(englishOnly());
    const received = events.filter((e) => e.stage === 'writing').map((e) => e.received ?? 0);
    expect(received.length).toBeGreaterThanOrEqual(10);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(received.at(-1)).toBe(content.length);
    expect(events.at(-1)?.stage).toBe('done');
  });

  it('works without streaming for endpoints that cannot stream', async () => {
    server.enqueue(reply(generatedPart(englishOnly()), { promptTokens: 5, completionTokens: 7 }));
    const events: GenerationProgress[] = [];

    const result = await createAiGenerator(config({ stream: false })).generateSite(
      { ...brief, locales: ['en'] },
      { onProgress: (e) => events.push(e) },
    );

    expect(result.site).toEqual(englishOnly());
    expect(result.usage).toEqual({ promptTokens: 5, completionTokens: 7 });
    expect(server.requests[0]?.body.stream).toBe(false);
    expect(events.map((e) => e.stage)).toEqual(['writing', 'writing', 'validating', 'done']);
  });
});
