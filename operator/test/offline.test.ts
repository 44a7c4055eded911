import {
  BUSINESS_KINDS,
  type BusinessKind,
  contentForLocale,
  contrastRatio,
  SECTION_TYPES,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import type { GenerationProgress, SiteBrief } from '../src/site/generator.ts';
import { copyFor } from '../src/site/offline/copy/index.ts';
import { createOfflineGenerator, detectBusinessKind, extractBriefFacts } from '../src/site/offline/index.ts';
import { KIND_DATA } from '../src/site/offline/kinds.ts';
import { COPY_LANGUAGES } from '../src/site/offline/locales.ts';

const generator = createOfflineGenerator();
const generate = async (brief: SiteBrief): Promise<SiteDocument> =>
  (await generator.generateSite(brief)).site;

function expectValid(site: SiteDocument): void {
  const result = validateSiteDocument(site);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

// One brief per kind, with a name-less description and a place, so the built name is checked too.
const BRIEF_BY_KIND: Record<BusinessKind, { prompt: string; place: string }> = {
  restaurant: { prompt: 'Seafood restaurant in Lisbon with grilled fish and wine', place: 'Lisbon' },
  bakery: {
    prompt: 'A family bakery in Porto, sourdough and pastel de nata, open since 1987',
    place: 'Porto',
  },
  salon: { prompt: 'Hair salon in Brighton, cuts and colour', place: 'Brighton' },
  'law-firm': { prompt: 'Kanzlei für Arbeitsrecht in München seit 1995', place: 'München' },
  clinic: { prompt: 'Clínica dentária Sorriso em Lisboa', place: 'Lisboa' },
  saas: {
    prompt: 'We are a B2B SaaS that automates invoice reconciliation, based in Berlin',
    place: 'Berlin',
  },
  portfolio: { prompt: 'Wedding photographer based in Seville', place: 'Seville' },
  trades: { prompt: 'Emergency plumber in Manchester, 24/7', place: 'Manchester' },
  fitness: { prompt: 'Studio de yoga à Lyon', place: 'Lyon' },
  nonprofit: { prompt: 'Animal shelter charity in Bristol since 2004', place: 'Bristol' },
  agency: { prompt: 'Branding and web design agency in Amsterdam', place: 'Amsterdam' },
  'real-estate': { prompt: 'Real estate agency in Miami selling apartments', place: 'Miami' },
  hotel: { prompt: 'Bed and breakfast in Sintra with six rooms', place: 'Sintra' },
  school: { prompt: 'Language school in Berlin offering evening courses', place: 'Berlin' },
  generic: { prompt: 'Handmade candles and soaps in Utrecht', place: 'Utrecht' },
};

describe('generateSite across kinds and locales', () => {
  const cases = BUSINESS_KINDS.flatMap((kind) => COPY_LANGUAGES.map((locale) => [kind, locale] as const));

  it.each(cases)(
    '%s in %s: valid, deterministic, with the name and place from the brief',
    async (kind, locale) => {
      const { prompt, place } = BRIEF_BY_KIND[kind];
      const site = await generate({ prompt, locales: [locale] });
      expectValid(site);
      expect(site.kind).toBe(kind);
      expect(site.defaultLocale).toBe(locale);
      const again = await generate({ prompt, locales: [locale] });
      expect(JSON.stringify(again)).toBe(JSON.stringify(site));
      const json = JSON.stringify(site);
      expect(json).toContain(place);
      expect(site.name.length).toBeGreaterThan(0);
      // The name appears in the content, not only in the document's name field.
      expect(JSON.stringify(site.pages)).toContain(site.name);
    },
  );

  it.each(BUSINESS_KINDS)(
    '%s in all five languages at once: one structure, five real translations',
    async (kind) => {
      const site = await generate({
        prompt: BRIEF_BY_KIND[kind].prompt,
        locales: ['en', 'pt', 'es', 'fr', 'de'],
      });
      expectValid(site);
      const homes = COPY_LANGUAGES.map((l) => contentForLocale(site, l)?.pages[0]?.sections[0]);
      // Same section ids in the same order everywhere…
      const ids = (l: string) => contentForLocale(site, l)?.pages.flatMap((p) => p.sections.map((s) => s.id));
      for (const l of COPY_LANGUAGES) expect(ids(l)).toEqual(ids('en'));
      // …and a different hero in each language.
      expect(new Set(homes.map((s) => JSON.stringify(s?.props))).size).toBe(5);
      expect(
        new Set(COPY_LANGUAGES.map((l) => contentForLocale(site, l)?.navigation.items[0]?.label)).size,
      ).toBe(5);
    },
  );

  it('writes the bakery example as a real bakery site', async () => {
    const site = await generate({ prompt: BRIEF_BY_KIND.bakery.prompt, locales: ['en', 'pt'] });
    expect(site.name).toBe('Porto Family Bakery');
    const menu = site.pages.find((p) => p.slug === 'menu');
    const items = menu?.sections.flatMap((s) =>
      s.type === 'services' ? s.props.groups.flatMap((g) => g.items) : [],
    );
    expect(items?.map((i) => i.name)).toEqual(expect.arrayContaining(['Sourdough', 'Pastel de nata']));
    expect(items?.every((i) => i.price === undefined || i.price.currency === 'EUR')).toBe(true);
    expect(items?.find((i) => i.name === 'Pastel de nata')?.price?.amount).toBeLessThan(3);
    const stats = site.pages[0]?.sections.find((s) => s.type === 'stats');
    expect(stats?.type === 'stats' && stats.props.items[0]).toEqual({ value: '1987', label: 'Baking since' });
    const about = JSON.stringify(site.pages.find((p) => p.slug === 'about'));
    expect(about).toContain('since 1987');
    const pt = JSON.stringify(site.translations.pt);
    expect(pt).toContain('Pão de massa-mãe');
    expect(pt).toContain('desde 1987');
    expect(pt).toContain('no Porto');
  });

  it('never writes filler', async () => {
    for (const kind of BUSINESS_KINDS) {
      const json = JSON.stringify(
        await generate({ prompt: BRIEF_BY_KIND[kind].prompt, locales: [...COPY_LANGUAGES] }),
      );
      expect(json).not.toMatch(/lorem|ipsum|placeholder\]|\[placeholder|\$\{/i);
      expect(json).not.toMatch(/\bundefined\b|\bNaN\b|:null\b|\bTODO\b|\bFIXME\b/);
    }
  });

  it('uses every section type somewhere across the kinds', async () => {
    const used = new Set<string>();
    for (const kind of BUSINESS_KINDS) {
      const site = await generate({ prompt: BRIEF_BY_KIND[kind].prompt });
      for (const page of site.pages) for (const section of page.sections) used.add(section.type);
    }
    expect([...used].sort()).toEqual([...SECTION_TYPES].sort());
  });

  it('gives different briefs different sites', async () => {
    const a = await generate({ prompt: 'Bakery in Lisbon' });
    const b = await generate({ prompt: 'Bakery in Madrid' });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });
});

describe('locales', () => {
  it('normalises regional tags and writes them in their base language', async () => {
    const site = await generate({ prompt: 'Bakery in Lisbon', locales: ['pt-br', 'en-GB', 'fr-CA'] });
    expectValid(site);
    expect(site.locales).toEqual(['pt-BR', 'en-GB', 'fr-CA']);
    expect(site.navigation.items[0]?.label).toBe(copyFor('pt').common.pages.home);
    expect(site.translations['fr-CA']?.navigation.items[0]?.label).toBe(copyFor('fr').common.pages.home);
  });

  it('falls back to English copy for a language without tables and stays valid', async () => {
    const site = await generate({ prompt: 'Bakery in Rome', locales: ['it', 'en'] });
    expectValid(site);
    expect(site.navigation.items[0]?.label).toBe('Home');
    expect(site.translations.en).toEqual({
      navigation: site.navigation,
      footer: site.footer,
      pages: site.pages,
      posts: site.posts,
    });
  });

  it('drops duplicate locales', async () => {
    const site = await generate({ prompt: 'Bakery in Lisbon', locales: ['en', 'EN', 'pt'] });
    expect(site.locales).toEqual(['en', 'pt']);
  });
});

describe('places, currency and hours', () => {
  const currencies = async (brief: SiteBrief) =>
    new Set(JSON.stringify(await generate(brief)).match(/"currency":"[A-Z]{3}"/g));

  it('prices in the currency of the place', async () => {
    expect(await currencies({ prompt: 'Hair salon in Porto' })).toEqual(new Set(['"currency":"EUR"']));
    expect(await currencies({ prompt: 'Hair salon in Manchester' })).toEqual(new Set(['"currency":"GBP"']));
    expect(await currencies({ prompt: 'Hair salon in Toronto' })).toEqual(new Set(['"currency":"CAD"']));
  });

  it('falls back to the locale region, then the brief language, when the place is unknown', async () => {
    expect(await currencies({ prompt: 'Hair salon', locales: ['pt-BR'] })).toEqual(
      new Set(['"currency":"BRL"']),
    );
    expect(await currencies({ prompt: 'Salão de cabeleireiro familiar', locales: ['en'] })).toEqual(
      new Set(['"currency":"EUR"']),
    );
  });

  it('builds the address from the place, with example contact details', async () => {
    const site = await generate({ prompt: 'A family bakery in Porto, open since 1987' });
    const contact = site.pages.flatMap((p) => p.sections).find((s) => s.type === 'contact');
    expect(contact?.type).toBe('contact');
    if (contact?.type !== 'contact') return;
    expect(contact.props.address).toMatchObject({ locality: 'Porto', country: 'PT', postalCode: '4050-262' });
    expect(contact.props.phone).toBe('+351 220 000 000');
    expect(contact.props.email).toBe('hello@porto-family-bakery.example');
    expect(contact.props.hours?.some((h) => h.day === 'sun')).toBe(true);
  });

  it('opens around the clock when the brief says 24/7', async () => {
    const site = await generate({ prompt: 'Emergency plumber in Manchester, 24/7' });
    const contact = site.pages.flatMap((p) => p.sections).find((s) => s.type === 'contact');
    if (contact?.type !== 'contact') throw new Error('no contact section');
    expect(contact.props.hours).toHaveLength(7);
    expect(contact.props.hours?.every((h) => h.opens === '00:00' && h.closes === '23:59')).toBe(true);
    expect(contact.props.hoursNote).toMatch(/24 hours/);
  });
});

describe('themes', () => {
  it('every palette of every kind passes the document contrast rule', () => {
    for (const [kind, data] of Object.entries(KIND_DATA)) {
      for (const palette of data.palettes) {
        for (const [fg, bg] of [
          ['text', 'background'],
          ['text', 'surface'],
          ['mutedText', 'background'],
          ['mutedText', 'surface'],
        ] as const) {
          expect(contrastRatio(palette[fg], palette[bg]), `${kind} ${fg}/${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('follows the tone', async () => {
    const bold = await generate({ prompt: 'Agency in Paris', tone: 'bold' });
    expect(bold.theme.mode).toBe('dark');
    const elegant = await generate({ prompt: 'Agency in Paris', tone: 'elegant' });
    expect(['didone', 'old-style', 'transitional', 'classical', 'system-serif']).toContain(
      elegant.theme.typography.heading,
    );
    const playful = await generate({ prompt: 'Agency in Paris', tone: 'playful' });
    expect(playful.theme.radius).toBe('large');
  });
});

describe('brief.pages hints', () => {
  const slugs = (site: SiteDocument) => site.pages.map((p) => p.slug);

  it('builds exactly the pages asked for, home first', async () => {
    const site = await generate({ prompt: BRIEF_BY_KIND.bakery.prompt, pages: ['menu', 'about', 'contact'] });
    expectValid(site);
    expect(slugs(site)).toEqual(['index', 'menu', 'about', 'contact']);
    // No journal page, so no posts and no links to one.
    expect(site.posts).toEqual([]);
    expect(JSON.stringify(site)).not.toContain('"/blog');
  });

  it('understands hints in other languages and keeps the contact section when there is no contact page', async () => {
    const site = await generate({
      prompt: 'Restaurant in Berlin',
      pages: ['Speisekarte', 'Über uns'],
      locales: ['de'],
    });
    expectValid(site);
    expect(slugs(site)).toEqual(['index', 'menu', 'about']);
    expect(site.pages[0]?.sections.some((s) => s.type === 'contact')).toBe(true);
    expect(JSON.stringify(site.pages)).toContain('"/#visit"');
  });

  it('maps a hint to the page that holds it, and gives standalone pages to sections that have none', async () => {
    const salon = await generate({ prompt: 'Hair salon in Lyon', pages: ['pricing', 'team'] });
    expectValid(salon);
    expect(slugs(salon)).toEqual(['index', 'services', 'about']);
    const bakery = await generate({ prompt: 'Bakery in Lyon', pages: ['faq', 'gallery', 'unknown thing'] });
    expectValid(bakery);
    expect(slugs(bakery)).toEqual(['index', 'contact', 'menu']);
    const law = await generate({ prompt: 'Law firm in Leeds', pages: ['team', 'faq', 'contact'] });
    expectValid(law);
    expect(slugs(law)).toEqual(['index', 'about', 'practice-areas', 'contact']);
    const clinic = await generate({ prompt: 'Dental clinic in Cork', pages: ['about', 'team'] });
    expectValid(clinic);
    expect(slugs(clinic)).toEqual(['index', 'about']);
    const photographer = await generate({ prompt: 'Photographer in Bath', pages: ['services', 'faq'] });
    expectValid(photographer);
    expect(slugs(photographer)).toEqual(['index', 'packages']);
  });
});

describe('detectBusinessKind', () => {
  const table: Array<[string, BusinessKind]> = [
    ['Italian restaurant in Boston', 'restaurant'],
    ['Restaurante familiar en Sevilla, tapas y mariscos', 'restaurant'],
    ['Brasserie à Lyon, cuisine du marché', 'restaurant'],
    ['A family bakery in Porto, sourdough and pastel de nata, open since 1987', 'bakery'],
    ['Bäckerei in Köln mit Sauerteigbrot', 'bakery'],
    ['Pastelaria e café no centro de Braga', 'bakery'],
    ['Hair salon in Brighton', 'salon'],
    ['Peluquería y estética en Valencia', 'salon'],
    ['Friseursalon in Hamburg', 'salon'],
    ['Kanzlei für Arbeitsrecht in München seit 1995', 'law-firm'],
    ['Escritório de advogados em Coimbra', 'law-firm'],
    ['Cabinet d’avocats à Bordeaux', 'law-firm'],
    ['Clínica dentária Sorriso em Lisboa', 'clinic'],
    ['Zahnarztpraxis in Dresden', 'clinic'],
    ['Physiotherapy clinic in Leeds', 'clinic'],
    ['We are a B2B SaaS that automates invoice reconciliation', 'saas'],
    ['Plataforma de software para restaurantes gestionar reservas', 'saas'],
    ['Wedding photographer based in Seville', 'portfolio'],
    ['Hochzeitsfotografin aus Leipzig', 'portfolio'],
    ['Fotógrafo de retratos no Porto', 'portfolio'],
    ['Emergency plumber in Manchester, 24/7', 'trades'],
    ['Électricien à Toulouse, dépannage rapide', 'trades'],
    ['Canalizador em Faro', 'trades'],
    ['Studio de yoga à Lyon', 'fitness'],
    ['CrossFit gym in Denver', 'fitness'],
    ['Ginásio de bairro em Aveiro', 'fitness'],
    ['Animal shelter charity in Bristol', 'nonprofit'],
    ['Associação sem fins lucrativos de apoio a idosos', 'nonprofit'],
    ['Gemeinnütziger Verein für Jugendarbeit', 'nonprofit'],
    ['Branding and web design agency in Amsterdam', 'agency'],
    ['Agence de communication à Nantes', 'agency'],
    ['Real estate agency in Miami', 'real-estate'],
    ['Agência imobiliária em Cascais', 'real-estate'],
    ['Immobilienmakler in Frankfurt', 'real-estate'],
    ['Bed and breakfast in Sintra', 'hotel'],
    ['Chambres d’hôtes en Provence', 'hotel'],
    ['Hostal familiar en Granada', 'hotel'],
    ['Language school in Berlin', 'school'],
    ['Centro de explicações em Braga', 'school'],
    ['Nachhilfe für Mathe in Bremen', 'school'],
    ['Just a shop', 'generic'],
    ['Hello world', 'generic'],
  ];
  it.each(table)('%s → %s', (prompt, kind) => {
    expect(detectBusinessKind(prompt)).toBe(kind);
  });

  it('has at least two briefs per kind in the table, some not in English', () => {
    for (const kind of BUSINESS_KINDS)
      expect(table.filter(([, k]) => k === kind).length).toBeGreaterThanOrEqual(2);
  });
});

describe('extractBriefFacts', () => {
  it.each([
    [
      'A family bakery in Porto, sourdough and pastel de nata, open since 1987',
      {
        name: 'Porto Family Bakery',
        nameSource: 'built',
        place: 'Porto',
        year: 1987,
        products: ['sourdough', 'pastel de nata'],
      },
    ],
    [
      'Padaria Ribeira, a family bakery in Porto',
      { name: 'Padaria Ribeira', nameSource: 'brief', place: 'Porto' },
    ],
    [
      'Clínica dentária Sorriso em Lisboa',
      { name: 'Clínica dentária Sorriso', place: 'Lisboa', language: 'pt' },
    ],
    [
      'Kanzlei für Arbeitsrecht in München seit 1995',
      {
        name: 'Kanzlei für Arbeitsrecht München',
        place: 'München',
        year: 1995,
        language: 'de',
        products: ['Arbeitsrecht'],
      },
    ],
    ['Studio de yoga à Lyon', { name: 'Studio de yoga Lyon', place: 'Lyon', language: 'fr' }],
    [
      'Emergency plumber in Manchester, 24/7',
      { name: 'Manchester Emergency Plumber', place: 'Manchester', alwaysOpen: true },
    ],
    [
      'Wedding photographer based in Seville',
      { name: 'Seville Wedding Photographer', place: 'Seville', country: 'ES' },
    ],
    [
      'Restaurante familiar en Sevilla desde 1972, especializado en tapas y mariscos',
      { place: 'Sevilla', year: 1972, products: ['tapas', 'mariscos'], language: 'es' },
    ],
    [
      'Boulangerie artisanale à Paris depuis 1950, pain au levain et croissants',
      { place: 'Paris', year: 1950, products: ['pain au levain', 'croissants'] },
    ],
    [
      'Bäckerei in Köln, Sauerteigbrot und Franzbrötchen, seit 1962',
      { place: 'Köln', year: 1962, products: ['Sauerteigbrot', 'Franzbrötchen'] },
    ],
    [
      'A hair salon called Glow Studio in Brighton',
      { name: 'Glow Studio', nameSource: 'brief', place: 'Brighton' },
    ],
    ['Hotel boutique no Porto, established 2015', { place: 'Porto', year: 2015 }],
    ['Bakery “Golden Crumb” in the heart of Lisbon', { name: 'Golden Crumb', place: 'Lisbon' }],
    [
      'Family-run Italian restaurant in Boston with pizza and pasta',
      { name: 'Boston Family-run Italian Restaurant', products: ['pizza', 'pasta'] },
    ],
  ])('%s', (prompt, expected) => {
    expect(extractBriefFacts(prompt)).toMatchObject(expected);
  });

  it('builds a credible name from the kind when the brief has neither name nor place', () => {
    const facts = extractBriefFacts('We are a B2B SaaS that automates invoice reconciliation');
    expect(facts.nameSource).toBe('built');
    expect(copyFor('en').kinds.saas.names).toContain(facts.name);
    expect(facts.place).toBeUndefined();
  });

  it('does not mistake languages or acronyms for places and names', () => {
    const facts = extractBriefFacts('Tutoring in English and maths for B2B teams');
    expect(facts.place).toBeUndefined();
    expect(facts.nameSource).toBe('built');
  });
});

describe('phrase tables', () => {
  // Lists line up with prices and slugs by position, so every language must have the same shape as English.
  function shape(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(shape);
    if (typeof value === 'function') return 'fn';
    if (value && typeof value === 'object' && !(value instanceof RegExp)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
    }
    return typeof value;
  }
  it.each(COPY_LANGUAGES.filter((l) => l !== 'en'))(
    '%s has the same shape as English for every kind',
    (language) => {
      for (const kind of BUSINESS_KINDS) {
        expect(shape(copyFor(language).kinds[kind]), `${language} ${kind}`).toEqual(
          shape(copyFor('en').kinds[kind]),
        );
      }
    },
  );
});

describe('the SiteGenerator contract', () => {
  it('is named offline, spends no tokens and reports progress', async () => {
    const stages: GenerationProgress['stage'][] = [];
    const result = await generator.generateSite(
      { prompt: 'Bakery in Lisbon' },
      { onProgress: (p) => stages.push(p.stage) },
    );
    expect(generator.name).toBe('offline');
    expect(result.usage).toEqual({ promptTokens: 0, completionTokens: 0 });
    expect(result.cached).toBe(false);
    expect(stages).toEqual(['writing', 'validating', 'done']);
  });

  it('rejects when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(generator.generateSite({ prompt: 'Bakery' }, { signal: controller.signal })).rejects.toThrow(
      'stop',
    );
  });
});
