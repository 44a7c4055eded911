import {
  contentForLocale,
  contrastRatio,
  KIND_FAMILIES,
  type KindFamily,
  kindInfo,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { COPY_LANGUAGES } from '../src/site/brief/types.ts';
import type { GenerationProgress, SiteBrief } from '../src/site/generator.ts';
import { generateFromFacts } from '../src/site/offline/generate.ts';
import { createOfflineGenerator, UnsupportedLocaleError } from '../src/site/offline/index.ts';
import { layoutData } from '../src/site/offline/layout.ts';
import { briefFacts, type FactsInput, PLACES } from './helpers/offline-facts.ts';

const generator = createOfflineGenerator();
const generate = async (brief: SiteBrief): Promise<SiteDocument> =>
  (await generator.generateSite(brief)).site;

function expectValid(site: SiteDocument): void {
  const result = validateSiteDocument(site);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

const fromFacts = (input: FactsInput, brief: Partial<SiteBrief> = {}) => {
  const facts = briefFacts(input);
  return generateFromFacts({ prompt: facts.text, ...brief }, facts);
};

// One kind per family, with a name, a place, offerings and a price, so every family writes every page.
const KIND_OF: Record<KindFamily, FactsInput['kind']> = {
  'food-drink': 'restaurant',
  lodging: 'hotel',
  health: 'clinic',
  beauty: 'salon',
  fitness: 'fitness',
  trades: 'trades',
  professional: 'law-firm',
  creative: 'agency',
  education: 'school',
  retail: 'shop',
  community: 'nonprofit',
  technology: 'saas',
  events: 'event-planner',
  animals: 'veterinary',
  neutral: 'generic',
};
const full = (family: KindFamily, language = 'en'): FactsInput => ({
  kind: KIND_OF[family],
  language,
  name: 'Casa Azul',
  text: 'Casa Azul in Porto since 2001: first thing and second thing, 40 EUR',
  place: PLACES.porto,
  foundedYear: 2001,
  offerings: ['first thing', 'second thing'],
  prices: [{ amount: 40, currency: 'EUR', floor: false, item: 'second thing', text: '40 EUR' }],
});

describe('generateSite by family', () => {
  it.each(
    KIND_FAMILIES.flatMap((f) =>
      COPY_LANGUAGES.filter((l) => l === 'en' || l === 'pt').map((l) => [f, l] as const),
    ),
  )(
    '%s in %s: valid, deterministic, named as the brief says, the offer page named for the family',
    (family, language) => {
      const doc = fromFacts(full(family, language));
      expectValid(doc);
      expect(doc.name).toBe('Casa Azul');
      expect(doc.defaultLocale).toBe(language);
      expect(doc.generatedBy).toEqual({ generator: 'offline' });
      expect(kindInfo(doc.kind).family).toBe(family);
      expect(JSON.stringify(fromFacts(full(family, language)))).toBe(JSON.stringify(doc));
      const slugs = doc.pages.map((p) => p.slug);
      const offer = layoutData().families[family].offerSlug;
      expect(slugs).toContain(offer);
      expect(slugs[0]).toBe('index');
      expect(slugs.at(-1) === 'contact' || slugs.includes('contact')).toBe(true);
      // The offer section is named after its page, so /menu#menu reads naturally.
      expect(doc.pages.find((p) => p.slug === offer)?.sections[0]?.id).toBe(offer);
      expect(JSON.stringify(doc.pages)).toContain('Porto');
      expect(JSON.stringify(doc.pages)).toContain('2001');
    },
  );

  it('gives the offer page a name per family', () => {
    const titles = (family: KindFamily) => fromFacts(full(family)).navigation.items.map((i) => i.label);
    expect(titles('food-drink')).toEqual(['Home', 'Menu', 'About', 'Contact']);
    expect(titles('lodging')).toEqual(['Home', 'Rooms', 'About', 'Contact']);
    // A tattoo studio, a barber and a spa share the family: their list is "Services", not "Treatments".
    expect(titles('beauty')).toEqual(['Home', 'Services', 'About', 'Contact']);
    expect(titles('professional')).toEqual(['Home', 'Services', 'About', 'Questions', 'Contact']);
  });

  it('writes no offer page when the brief lists nothing to offer, and no stats, team or badges without facts', () => {
    const doc = fromFacts({ kind: 'restaurant', text: 'a restaurant' });
    expect(doc.pages.map((p) => p.slug)).toEqual(['index', 'about', 'contact']);
    const types = doc.pages.flatMap((p) => p.sections.map((s) => s.id));
    expect(types).toEqual(['welcome', 'highlights', 'next-step', 'story', 'values', 'visit', 'faq']);
    expect(doc.posts).toEqual([]);
  });

  it('uses the brief’s own noun when the kind is unsure, and no kind’s copy', () => {
    const doc = fromFacts({
      kind: 'generic',
      noun: 'tattoo studio',
      text: 'tattoo studio in Berlin',
      place: PLACES.berlin,
    });
    expect(doc.kind).toBe('generic');
    expect(doc.name).toBe('Tattoo studio in Berlin');
    const hero = doc.pages[0]?.sections[0];
    expect(hero?.type === 'hero' && hero.props.eyebrow).toBe('Tattoo studio');
    const unsure = fromFacts({
      kind: 'bakery',
      confidence: 0.3,
      noun: 'candle workshop',
      name: 'Wick',
      text: 'x',
    });
    expect(unsure.kind).toBe('generic');
    const json = JSON.stringify(unsure);
    expect(json).toContain('Wick: candle workshop.');
    expect(json).not.toMatch(/menu|bakery|bread/i);
  });

  it('names an unnamed business after what it is and where, without saying it twice', () => {
    const doc = fromFacts({
      kind: 'generic',
      noun: 'pottery studio',
      text: 'x',
      place: PLACES.lyon,
      foundedYear: 2019,
    });
    expect(doc.name).toBe('Pottery studio in Lyon');
    const story = doc.pages.flatMap((p) => p.sections).find((s) => s.id === 'story');
    expect(story?.type === 'about' && story.props.heading).toBe('About us');
    expect(story?.type === 'about' && story.props.paragraphs[0]).toBe(
      'We are a pottery studio in Lyon. Our story goes back to 2019.',
    );
    expect(doc.pages[0]?.seo.title).toBe('Pottery studio in Lyon');
    // Under the name, the footer and the eyebrow say something else, or nothing.
    expect(doc.footer.text).not.toBe(doc.name);
    const hero = doc.pages[0]?.sections[0];
    expect(hero?.type === 'hero' && hero.props.eyebrow).toBe('Pottery studio since 2019');
  });

  it('gives another take for a variant, and the same take for the same variant', () => {
    const first = fromFacts(full('food-drink'));
    const other = fromFacts(full('food-drink'), { variant: 2 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(first));
    expect(JSON.stringify(fromFacts(full('food-drink'), { variant: 2 }))).toBe(JSON.stringify(other));
    expectValid(other);
  });

  it('says 24/7 and the day mentions as the brief did, with hours from the brief only', () => {
    const doc = fromFacts({
      kind: 'bakery',
      text: 'x',
      hours: {
        spans: [{ days: ['sat', 'mon'], opens: '08:00', closes: '24:00' }],
        mentions: [{ days: ['sun'], text: 'closed on Sundays', closed: true }],
      },
    });
    const contact = doc.pages.flatMap((p) => p.sections).find((s) => s.type === 'contact');
    expect(contact?.type === 'contact' && contact.props.hours).toEqual([
      { day: 'mon', opens: '08:00', closes: '23:59' },
      { day: 'sat', opens: '08:00', closes: '23:59' },
    ]);
    expect(contact?.type === 'contact' && contact.props.hoursNote).toBe('closed on Sundays');
  });
});

describe('locales', () => {
  it('writes in the brief’s language when no locales are given', () => {
    expect(fromFacts({ kind: 'bakery', language: 'pt', text: 'padaria' }).locales).toEqual(['pt']);
    expect(fromFacts({ kind: 'bakery', language: 'it', text: 'panetteria' }).locales).toEqual(['en']);
    expect(
      fromFacts({ kind: 'bakery', language: 'pt', text: 'padaria' }, { locales: ['en'] }).locales,
    ).toEqual(['en']);
  });

  it('normalises regional tags and writes them in their base language', () => {
    const doc = fromFacts(full('food-drink'), { locales: ['pt-br', 'en-GB'] });
    expectValid(doc);
    expect(doc.locales).toEqual(['pt-BR', 'en-GB']);
    expect(doc.navigation.items[0]?.label).toBe('Início');
    expect(doc.translations['en-GB']?.navigation.items[0]?.label).toBe('Home');
  });

  it('keeps the same pages and section ids in every locale, with real translations', () => {
    const doc = fromFacts(full('beauty'), { locales: ['en', 'pt'] });
    const ids = (l: string) => contentForLocale(doc, l)?.pages.flatMap((p) => p.sections.map((s) => s.id));
    expect(ids('pt')).toEqual(ids('en'));
    expect(doc.translations.pt?.pages[0]?.sections[0]).not.toEqual(doc.pages[0]?.sections[0]);
    // What the brief wrote is kept as written in every language.
    expect(JSON.stringify(doc.translations.pt)).toContain('First thing');
  });

  it('refuses a language it cannot write, naming the ones it can', () => {
    const attempt = () => fromFacts(full('food-drink'), { locales: ['en', 'nl'] });
    expect(attempt).toThrow(UnsupportedLocaleError);
    expect(attempt).toThrow('the offline generator cannot write "nl"; it writes en, pt, es, fr, de');
    try {
      attempt();
    } catch (error) {
      expect((error as UnsupportedLocaleError).supported).toEqual(['en', 'pt', 'es', 'fr', 'de']);
    }
  });

  it('drops duplicate locales', () => {
    expect(fromFacts(full('food-drink'), { locales: ['en', 'EN', 'pt'] }).locales).toEqual(['en', 'pt']);
  });
});

describe('themes', () => {
  it('every palette of every family passes the document contrast rule', () => {
    for (const [family, data] of Object.entries(layoutData().families)) {
      for (const palette of data.palettes) {
        for (const [fg, bg] of [
          ['text', 'background'],
          ['text', 'surface'],
          ['mutedText', 'background'],
          ['mutedText', 'surface'],
        ] as const) {
          expect(contrastRatio(palette[fg], palette[bg]), `${family} ${fg}/${bg}`).toBeGreaterThanOrEqual(
            4.5,
          );
        }
      }
    }
  });

  it('follows the tone', () => {
    const bold = fromFacts(full('food-drink'), { tone: 'bold' });
    expect(bold.theme.mode).toBe('dark');
    const elegant = fromFacts(full('creative'), { tone: 'elegant' });
    expect(['didone', 'old-style', 'transitional', 'classical', 'system-serif']).toContain(
      elegant.theme.typography.heading,
    );
    const playful = fromFacts(full('creative'), { tone: 'playful' });
    expect(playful.theme.radius).toBe('large');
  });
});

describe('brief.pages hints', () => {
  const slugs = (doc: SiteDocument) => doc.pages.map((p) => p.slug);

  it('builds the pages asked for, home first, in any of the five languages', () => {
    expect(slugs(fromFacts(full('food-drink'), { pages: ['menu', 'contact'] }))).toEqual([
      'index',
      'menu',
      'contact',
    ]);
    const german = fromFacts(full('food-drink', 'de'), {
      pages: ['Speisekarte', 'Über uns'],
      locales: ['en'],
    });
    expectValid(german);
    expect(slugs(german)).toEqual(['index', 'menu', 'about']);
    // No contact page left: the contact section moves to the home page.
    expect(german.pages[0]?.sections.at(-1)?.type).toBe('contact');
    expect(JSON.stringify(german.pages)).toContain('"/#visit"');
  });

  it('maps pricing and team hints to the pages that hold them and ignores pages it cannot write honestly', () => {
    expect(slugs(fromFacts(full('beauty'), { pages: ['pricing', 'team', 'blog', 'reviews'] }))).toEqual([
      'index',
      'services',
      'about',
    ]);
    // An offer page is asked for, but the brief offers nothing to list.
    expect(slugs(fromFacts({ kind: 'salon', text: 'x' }, { pages: ['services', 'faq'] }))).toEqual(['index']);
  });
});

// These read real briefs with understandBrief, whose first call loads its data: seconds on a busy machine.
describe('the SiteGenerator contract', { timeout: 120_000 }, () => {
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
    expectValid(result.site);
  });

  it('rejects when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(generator.generateSite({ prompt: 'Bakery' }, { signal: controller.signal })).rejects.toThrow(
      'stop',
    );
  });

  it('rejects an unsupported locale with UnsupportedLocaleError', async () => {
    await expect(generate({ prompt: 'Bakery in Lisbon', locales: ['it'] })).rejects.toBeInstanceOf(
      UnsupportedLocaleError,
    );
  });

  it('reads the brief with understandBrief: the same brief gives the same bytes', async () => {
    const brief = { prompt: 'A family bakery in Porto, sourdough and pastel de nata, open since 1987' };
    const a = await generate(brief);
    expectValid(a);
    expect(JSON.stringify(await generate(brief))).toBe(JSON.stringify(a));
    expect(JSON.stringify(a)).toContain('1987');
    expect(JSON.stringify(a)).toContain('Porto');
  });
});
