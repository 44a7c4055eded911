// The AI generator end to end against a local OpenAI-compatible server, through the real openai client.

import {
  exampleSiteDocument,
  findSection,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import {
  delayed,
  type FakeOpenAiServer,
  httpError,
  reply,
  startFakeOpenAiServer,
} from '@pagemagic/hack/testkit/fake-openai-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AiConfig,
  AiGenerationError,
  AiInputError,
  AiRequestError,
  aiConfigFromEnv,
  BudgetExceededError,
  compactFacts,
  createAiGenerator,
  estimatePromptTokens,
  generatedSiteSchema,
  improvedSectionSchema,
  localizedContentSchema,
  PLACEHOLDER_DESCRIPTION,
  withoutSection,
} from '../src/site/ai/index.ts';
import { type BriefFacts, understandBrief } from '../src/site/brief/index.ts';
import { checkFidelity, describeFidelityRules } from '../src/site/fidelity.ts';
import type { GenerationProgress, SiteBrief } from '../src/site/generator.ts';

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

const BRIEF_TEXT =
  'A family bakery by the river in Porto, wood-fired bread since 1962, run by Rui and Inês Costa, with flour ' +
  'from Moagem do Minho. Closed on Mondays. A neighbour wrote: "The best broa in Porto, still warm at 8."';

/** What understandBrief() reads out of BRIEF_TEXT, written by hand so these tests do not hang on its heuristics. */
const BAKERY_FACTS: BriefFacts = {
  text: BRIEF_TEXT,
  language: { code: 'en', name: 'English', supported: true, confidence: 0.95 },
  kind: {
    id: 'bakery',
    family: 'food-drink',
    schemaType: 'Bakery',
    confidence: 0.9,
    noun: 'family bakery',
    alternatives: [],
  },
  people: [{ name: 'Rui Costa' }, { name: 'Inês Costa' }],
  place: {
    city: 'Porto',
    written: 'Porto',
    country: 'PT',
    countryName: 'Portugal',
    currency: 'EUR',
    callingCode: '351',
  },
  foundedYear: 1962,
  counts: [],
  prices: [],
  hours: {
    alwaysOpen: false,
    spans: [],
    mentions: [{ days: ['mon'], text: 'Closed on Mondays', closed: true }],
  },
  offerings: ['wood-fired bread'],
  attributes: ['family'],
  contact: {},
};

/** A generator whose brief reader answers from fixtures: `facts` for every text, or per text. */
function ai(
  overrides: Partial<AiConfig> = {},
  facts: BriefFacts | ((text: string) => BriefFacts) = BAKERY_FACTS,
) {
  return createAiGenerator(config(overrides), {
    understandBrief: typeof facts === 'function' ? facts : () => facts,
  });
}

/**
 * The example bakery told only what BRIEF_TEXT gives: its invented figures, rating, prices, contact details,
 * hours and the quote's attribution made honest (left out, or placeholders).
 */
function honestExample(): SiteDocument {
  const doc = exampleSiteDocument();
  for (const content of [doc, ...Object.values(doc.translations)]) {
    content.footer.links = content.footer.links.filter((l) => !/^(tel|mailto):/.test(l.href));
    for (const post of content.posts) {
      for (const block of post.body) if (block.kind === 'quote') delete block.cite;
    }
    for (const section of content.pages.flatMap((p) => p.sections)) {
      if (section.type === 'stats') section.props.items = section.props.items.slice(0, 1);
      if (section.type === 'testimonials') for (const item of section.props.items) delete item.rating;
      if (section.type === 'cta') {
        section.props.body =
          content === doc ? 'Coffee and a fresh nata every morning.' : 'Café e nata fresca todas as manhãs.';
      }
      if (section.type === 'services') {
        for (const item of section.props.groups.flatMap((g) => g.items))
          item.price = { placeholder: 'price' };
      }
      if (section.type === 'pricing') {
        for (const plan of section.props.plans) plan.price = { placeholder: 'price' };
      }
      if (section.type === 'contact') {
        section.props.address = { placeholder: 'street-address' };
        section.props.phone = { placeholder: 'phone' };
        section.props.email = { placeholder: 'email' };
        section.props.hours = { placeholder: 'opening-hours', note: 'Closed on Mondays' };
      }
    }
  }
  return doc;
}

/** What the model writes for generateSite: a site's default-locale part, without what the code adds. */
function generatedPart(doc: SiteDocument = honestExample()): Record<string, unknown> {
  const {
    schemaVersion: _v,
    locales: _l,
    defaultLocale: _d,
    translations: _t,
    generatedBy: _g,
    ...rest
  } = doc;
  return rest;
}

function englishOnly(): SiteDocument {
  return { ...honestExample(), locales: ['en'], translations: {} };
}

function portuguese() {
  const pt = honestExample().translations.pt;
  if (!pt) throw new Error('the example has Portuguese');
  return pt;
}

/** The site as the generator returns it: with the record of which model wrote it. */
function written(doc: SiteDocument, model = 'test-model'): SiteDocument {
  return { ...doc, generatedBy: { generator: 'ai', model } };
}

const brief: SiteBrief = { prompt: BRIEF_TEXT, name: 'Padaria Ribeira', locales: ['en', 'pt'] };

function lastUserMessage(index: number): string {
  const messages = server.requests[index]?.body.messages as Array<{ role: string; content: string }>;
  return messages.at(-1)?.content ?? '';
}

it('the honest example states only what the brief gives (the fixture the tests below rely on)', () => {
  expect(validateSiteDocument(honestExample()).ok).toBe(true);
  expect(checkFidelity(honestExample(), BAKERY_FACTS, { name: 'Padaria Ribeira' })).toEqual([]);
  expect(checkFidelity(exampleSiteDocument(), BAKERY_FACTS).length).toBeGreaterThan(10);
});

describe('generateSite', () => {
  it('asks for structured output, then translates each further locale', async () => {
    server.enqueue(
      reply(generatedPart(), { promptTokens: 9000, completionTokens: 5000 }),
      reply(portuguese(), { promptTokens: 7000, completionTokens: 4000 }),
    );
    const generator = ai();

    const result = await generator.generateSite(brief);

    expect(result.site).toEqual(written(honestExample()));
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

    const result = await ai().generateSite({ ...brief, locales: ['en'] });

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

    const result = await ai().generateSite({ ...brief, locales: ['en'] });

    expect(result.site).toEqual(written(englishOnly()));
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

    const result = await ai().generateSite({ ...brief, locales: ['en'] });

    expect(result.site).toEqual(written(englishOnly()));
    expect(lastUserMessage(1)).toMatch(/^- \(document\): is not valid JSON/m);
  });

  it('gives up after the allowed attempts with the problems that remain', async () => {
    const invalid = generatedPart(englishOnly()) as ReturnType<typeof englishOnly>;
    invalid.theme.palette.primary = 'red';
    for (let i = 0; i < 3; i++) server.enqueue(reply(invalid, { promptTokens: 10, completionTokens: 20 }));

    const error = await ai({ maxAttempts: 3 })
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

    const error = await ai()
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiGenerationError);
    expect((error as Error).message).toMatch(/cut off at \d+ completion tokens/);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects an empty brief before any request', async () => {
    await expect(ai().generateSite({ prompt: '  \n ' })).rejects.toThrow(AiInputError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('honesty', () => {
  /** The English site with an invented testimonial (added to the brief's one) and an invented phone number. */
  function inventive(): SiteDocument {
    const doc = englishOnly();
    const reviews = findSection(doc, 'reviews')?.section;
    const visit = findSection(doc, 'visit')?.section;
    if (reviews?.type !== 'testimonials' || visit?.type !== 'contact') throw new Error('example sections');
    reviews.props.items.push({ quote: 'Worth the queue every Saturday.', author: 'João Pinto', rating: 5 });
    visit.props.phone = '+351 222 000 000';
    return doc;
  }
  const REVIEW = '/pages/0/sections/3/props/items/1';
  const PHONE = '/pages/5/sections/0/props/phone';

  it("shows the model the brief's facts, the honesty rule and the placeholders it may write", async () => {
    server.enqueue(reply(generatedPart(englishOnly())));

    await ai().generateSite({ ...brief, locales: ['en'] });

    const body = server.requests[0]?.body;
    const [system, user] = body.messages as Array<{ role: string; content: string }>;
    expect(system?.content).toContain(describeFidelityRules());
    expect(user?.content).toContain(JSON.stringify(compactFacts(BAKERY_FACTS)));
    expect(compactFacts(BAKERY_FACTS)).toMatchObject({
      name: null,
      kind: { id: 'bakery', noun: 'family bakery' },
      foundedYear: 1962,
      people: [{ name: 'Rui Costa' }, { name: 'Inês Costa' }],
      prices: [],
      contact: { street: null, phone: null, email: null, website: null },
    });
    const schema = JSON.stringify(body.response_format.json_schema.schema);
    expect(schema).toContain(PLACEHOLDER_DESCRIPTION);
    expect(schema).toContain(JSON.stringify(['street-address', 'phone', 'email', 'opening-hours', 'price']));
  });

  it('sends an invented testimonial and phone number back with their paths, and accepts the repair', async () => {
    server.enqueue(reply(generatedPart(inventive())), reply(generatedPart(englishOnly())));

    const result = await ai().generateSite({ ...brief, locales: ['en'] });

    expect(result.site).toEqual(written(englishOnly()));
    expect(server.requests).toHaveLength(2);
    const repair = lastUserMessage(1);
    expect(repair).toContain(
      `- ${REVIEW}: is a testimonial the owner did not give ("Worth the queue every Saturday." by João Pinto)`,
    );
    expect(repair).toContain(
      `- ${PHONE}: invents a phone number ("+351 222 000 000"): use {"placeholder": "phone"} instead`,
    );
  });

  it('rejects a site that keeps inventing after the last repair, listing what it invented', async () => {
    for (let i = 0; i < 2; i++) server.enqueue(reply(generatedPart(inventive())));

    const error = await ai({ maxAttempts: 2 })
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiGenerationError);
    const failure = error as AiGenerationError;
    expect(failure.message).toContain(
      "The model's site still states facts the owner did not give after 2 attempts, so it was rejected",
    );
    expect(failure.message).toContain(`- ${REVIEW}: is a testimonial the owner did not give`);
    expect(failure.message).toContain(`- ${PHONE}: invents a phone number`);
    expect(failure.violations.map((v) => [v.category, v.path])).toEqual([
      ['testimonial', REVIEW],
      ['phone', PHONE],
    ]);
    expect(server.requests).toHaveLength(2);
  });

  it('holds the translations it makes to the same facts, with paths into the translation', async () => {
    const pt = portuguese();
    const invented = structuredClone(pt);
    const stats = invented.pages[0]?.sections[2];
    if (stats?.type !== 'stats') throw new Error('the home page has stats');
    stats.props.items.push({ value: '600+', label: 'Pastéis por dia' });
    server.enqueue(reply(generatedPart()), reply(invented), reply(pt));

    const result = await ai().generateSite(brief);

    expect(result.site).toEqual(written(honestExample()));
    expect(lastUserMessage(2)).toContain(
      '- /pages/0/sections/2/props/items/1: states a figure the brief does not give ("600+ Pastéis por dia")',
    );
  });

  it("keeps the owner's name: given apart, else the one in the brief", async () => {
    const named: BriefFacts = { ...BAKERY_FACTS, name: { value: 'Padaria Ribeira', source: 'quoted' } };
    const answer = { ...generatedPart(englishOnly()), name: 'Ribeira Bakery' };
    server.enqueue(reply(answer), reply(answer));

    const fromBrief = await ai({}, named).generateSite({ prompt: BRIEF_TEXT, locales: ['en'] });
    const given = await ai({}, named).generateSite({
      prompt: BRIEF_TEXT,
      name: 'Casa Ribeira',
      locales: ['en'],
    });

    expect(fromBrief.site.name).toBe('Padaria Ribeira');
    expect(given.site.name).toBe('Casa Ribeira');
    expect(server.requests[0]?.body.messages[1].content).toContain(
      'Business name: Padaria Ribeira (use it exactly as written).',
    );
  });

  it("writes the site in the brief's language when no locales are asked for", async () => {
    const text =
      'Padaria familiar junto ao rio no Porto, pão de forno a lenha desde 1962, de Rui e Inês Costa, com farinha ' +
      'da Moagem do Minho. Um vizinho escreveu: "A melhor broa do Porto, ainda quente às 8."';
    const portugueseBrief: BriefFacts = {
      ...BAKERY_FACTS,
      text,
      language: { code: 'pt', name: 'Portuguese', supported: true, confidence: 0.9 },
    };
    const answer = generatedPart({ ...englishOnly(), ...portuguese() });
    server.enqueue(reply(answer), reply(answer));

    const inPortuguese = await ai({}, portugueseBrief).generateSite({
      prompt: text,
      name: 'Padaria Ribeira',
    });
    const asked = await ai({}, portugueseBrief).generateSite({
      prompt: text,
      name: 'Padaria Ribeira',
      locales: ['pt-PT'],
    });

    expect(inPortuguese.site).toMatchObject({ locales: ['pt'], defaultLocale: 'pt', translations: {} });
    expect(server.requests[0]?.body.messages[1].content).toContain('write all text in Portuguese (pt)');
    // Locales the owner asked for win over the brief's language.
    expect(asked.site).toMatchObject({ locales: ['pt-PT'], defaultLocale: 'pt-PT' });
    expect(server.requests).toHaveLength(2);
  });

  it('reads the brief with understandBrief() by default: a Portuguese brief makes a Portuguese site', async () => {
    const text = 'Padaria Ribeira, uma padaria familiar no Porto, pão de forno a lenha desde 1962.';
    const pt = portuguese();
    const [home] = pt.pages;
    if (!home) throw new Error('the example has a home page');
    const sections = home.sections.filter((s) => s.id === 'welcome' || s.id === 'why-us');
    for (const section of sections) if (section.type === 'hero') section.props.actions = [];
    const answer = {
      ...generatedPart(englishOnly()),
      name: 'Padaria do Rio',
      navigation: { items: pt.navigation.items.slice(0, 1) },
      footer: { ...pt.footer, links: [], social: [] },
      pages: [{ ...home, sections }],
      posts: [],
    };
    server.enqueue(reply(answer));

    const result = await createAiGenerator(config()).generateSite({ prompt: text });

    expect(result.site).toMatchObject({
      name: 'Padaria Ribeira',
      locales: ['pt'],
      defaultLocale: 'pt',
      generatedBy: { generator: 'ai', model: 'test-model' },
    });
    const prompt = server.requests[0]?.body.messages[1].content as string;
    expect(prompt).toContain(JSON.stringify(compactFacts(understandBrief(text))));
    expect(prompt).toContain('"foundedYear":1962');
    expect(prompt).toContain('write all text in Portuguese (pt)');
    // Reading a brief first loads language tables and a gazetteer: seconds on a busy machine.
  }, 120_000);

  it('records the model that wrote a site, and section edits and translations keep that record', async () => {
    server.enqueue(reply(generatedPart(englishOnly())), reply(portuguese()));
    const generator = ai({ model: 'vendor/model-x' });

    const generated = await generator.generateSite({ ...brief, locales: ['en'] });
    const translated = await generator.translateSite(generated.site, 'pt');

    expect(generated.site.generatedBy).toEqual({ generator: 'ai', model: 'vendor/model-x' });
    expect(translated.site.generatedBy).toEqual({ generator: 'ai', model: 'vendor/model-x' });
    const offline = { ...englishOnly(), generatedBy: { generator: 'offline' as const } };
    const why = structuredClone(findSection(offline, 'why-us')?.section);
    if (why?.type !== 'features') throw new Error('why-us is a features section');
    why.props.heading = 'Why Porto lines up';
    server.enqueue(reply({ section: why }));
    const edited = await generator.improveSection(offline, 'why-us', 'Shorter heading');
    expect(edited.site.generatedBy).toEqual({ generator: 'offline' });
    expect(findSection(edited.site, 'why-us')?.section).toEqual(why);
  });

  it('rejects a section edit that invents a phone number, and accepts one the instruction gives', async () => {
    const site = honestExample();
    const rewrite = (phone: string) => {
      const sections = ['en', 'pt'].map((locale) => {
        const section = structuredClone(findSection(site, 'visit', locale)?.section);
        if (section?.type !== 'contact') throw new Error('visit is a contact section');
        section.props.phone = phone;
        return section;
      });
      return { section: sections[0], translations: { pt: sections[1] } };
    };
    const instruction = 'Add our phone number, +351 222 000 000.';
    const fromInstruction: BriefFacts = {
      ...BAKERY_FACTS,
      text: instruction,
      people: [],
      foundedYear: undefined,
      contact: { phone: '+351 222 000 000' },
    };
    const facts = (text: string) => (text === instruction ? fromInstruction : BAKERY_FACTS);
    server.enqueue(reply(rewrite('+351 222 000 000')), reply(rewrite('+351 222 000 000')));

    const error = await ai({ maxAttempts: 1 }, facts)
      .improveSection(site, 'visit', 'Add a phone number.')
      .catch((e: unknown) => e);
    const result = await ai({ maxAttempts: 1 }, facts).improveSection(site, 'visit', instruction);

    expect(error).toBeInstanceOf(AiGenerationError);
    expect((error as AiGenerationError).errors.map((e) => e.path)).toEqual([
      '/section/props/phone',
      '/translations/pt/props/phone',
    ]);
    expect((error as AiGenerationError).violations.map((v) => v.path)).toEqual([
      '/pages/5/sections/0/props/phone',
      '/translations/pt/pages/5/sections/0/props/phone',
    ]);
    const visit = findSection(result.site, 'visit')?.section;
    expect(visit?.type === 'contact' && visit.props.phone).toBe('+351 222 000 000');
  });
});

describe('retries and timeouts', () => {
  it('retries a 429 no earlier than its Retry-After', async () => {
    server.enqueue(httpError(429, { 'retry-after': '1' }), reply(generatedPart(englishOnly())));

    const result = await ai().generateSite({ ...brief, locales: ['en'] });

    expect(result.site).toEqual(written(englishOnly()));
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    // Retry-After: 1 is one second; the client's own backoff without it starts at 0.375-0.5 s.
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('retries a 500', async () => {
    server.enqueue(httpError(500), reply(generatedPart(englishOnly())));

    const result = await ai().generateSite({ ...brief, locales: ['en'] });

    expect(result.site).toEqual(written(englishOnly()));
    expect(server.requests).toHaveLength(2);
  });

  it('reports a 429 that outlasts the retries clearly', async () => {
    server.enqueue(httpError(429, { 'retry-after-ms': '10' }), httpError(429, { 'retry-after-ms': '10' }));

    const error = await ai({ maxRetries: 1 })
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

    const error = await ai({ timeoutMs: 300, maxRetries: 1 })
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

    const error = await ai({ timeoutMs: 300 })
      .generateSite({ ...brief, locales: ['en'] })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AiRequestError);
    expect((error as Error).message).toContain('went silent for 0.3 s in the middle of its answer');
    expect(server.requests).toHaveLength(1);
  });

  it('stops when the caller cancels, mid-stream, without repairing', async () => {
    server.enqueue({ kind: 'content', content: generatedPart(englishOnly()), gate: new Promise(() => {}) });
    const cancel = new AbortController();

    const error = await ai()
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
    const error = await ai({ budgetTokens: 1000 })
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

    const result = await ai({ budgetTokens: budget }).generateSite({
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

    const error = await ai({ budgetTokens: 40_000 })
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

    const result = await ai().improveSection(site, 'why-us', 'Mention the  morning queue.');

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

    const error = await ai({ maxAttempts: 1 })
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

    const result = await ai({ maxAttempts: 2 }).improveSection(site, 'why-us', 'Shorter');

    expect(findSection(result.site, 'why-us')?.section).toEqual(en);
    expect(lastUserMessage(1)).toContain('/section/type: must stay "features" (got "stats")');
  });

  it('refuses an unknown section before any request', async () => {
    const error = await ai()
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

    const result = await ai().translateSite(englishOnly(), 'pt');

    expect(result.site).toEqual(honestExample());
    expect(server.requests[0]?.body.messages[1].content).toContain(JSON.stringify(englishOnly().pages));
  });

  it('sends structure mismatches back as errors and accepts the repair', async () => {
    const missingPage = { ...portuguese(), pages: portuguese().pages.filter((p) => p.slug !== 'bread-club') };
    server.enqueue(reply(missingPage), reply(portuguese()));

    const result = await ai().translateSite(englishOnly(), 'pt');

    expect(result.site).toEqual(honestExample());
    expect(lastUserMessage(1)).toContain('- /pages: is missing page "bread-club"');
  });

  it('refuses to translate into the default locale', async () => {
    await expect(ai().translateSite(englishOnly(), 'EN')).rejects.toThrow(
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
    const result = await ai().generateSite(
      { ...brief, locales: ['en'] },
      {
        onProgress: (event) => {
          events.push(event);
          if (event.stage === 'writing' && (event.received ?? 0) > 0) opened();
        },
      },
    );

    expect(result.site).toEqual(written(englishOnly()));
    const received = events.filter((e) => e.stage === 'writing').map((e) => e.received ?? 0);
    expect(received.length).toBeGreaterThanOrEqual(10);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(received.at(-1)).toBe(content.length);
    expect(events.at(-1)?.stage).toBe('done');
  });

  it('works without streaming for endpoints that cannot stream', async () => {
    server.enqueue(reply(generatedPart(englishOnly()), { promptTokens: 5, completionTokens: 7 }));
    const events: GenerationProgress[] = [];

    const result = await ai({ stream: false }).generateSite(
      { ...brief, locales: ['en'] },
      { onProgress: (e) => events.push(e) },
    );

    expect(result.site).toEqual(written(englishOnly()));
    expect(result.usage).toEqual({ promptTokens: 5, completionTokens: 7 });
    expect(server.requests[0]?.body.stream).toBe(false);
    expect(events.map((e) => e.stage)).toEqual(['writing', 'writing', 'validating', 'done']);
  });
});
