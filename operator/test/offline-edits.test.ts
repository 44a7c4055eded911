import {
  contentForLocale,
  exampleSiteDocument,
  findSection,
  type Section,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { generateFromFacts } from '../src/site/offline/generate.ts';
import {
  createOfflineGenerator,
  parseInstruction,
  UnsupportedLocaleError,
} from '../src/site/offline/index.ts';
import { briefFacts, PLACES } from './helpers/offline-facts.ts';

const generator = createOfflineGenerator();

// A bakery with every kind of fact, so every section is written.
const FACTS = briefFacts({
  kind: 'bakery',
  name: 'Padaria Ribeira',
  text: 'Padaria Ribeira, a family bakery in Porto since 1987, 9 tables and 40 seats',
  place: PLACES.porto,
  foundedYear: 1987,
  offerings: ['sourdough', 'pastel de nata', 'broa'],
  attributes: ['dog friendly'],
  counts: [
    { value: 9, noun: 'tables', text: '9 tables' },
    { value: 40, noun: 'seats', text: '40 seats' },
  ],
  people: [{ name: 'Ana Costa', role: 'owner' }, { name: 'Rui Lima' }],
  prices: [
    { amount: 1.2, currency: 'EUR', floor: false, item: 'pastel de nata', text: 'pastel de nata €1.20' },
  ],
});

function site(locales = ['en', 'pt']): SiteDocument {
  return generateFromFacts({ prompt: FACTS.text, locales }, FACTS);
}

function expectValid(doc: SiteDocument): void {
  const result = validateSiteDocument(doc);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

// The document with one section blanked out in every locale, to compare everything else.
function without(doc: SiteDocument, id: string): unknown {
  const copy = structuredClone(doc);
  for (const locale of copy.locales) {
    for (const page of contentForLocale(copy, locale)?.pages ?? []) {
      page.sections = page.sections.map((s) => (s.id === id ? ({ id, type: s.type } as Section) : s));
    }
  }
  return copy;
}

const section = (doc: SiteDocument, id: string, locale?: string) => findSection(doc, id, locale)?.section;

describe('improveSection', () => {
  it.each([
    ['welcome', 'shorter'],
    ['welcome', 'mention free delivery'],
    ['menu', 'more formal'],
    ['menu', 'Make it shorter please'],
    ['faq', 'mencione entrega grátis ao domicílio'],
    ['numbers', 'add that we bake gluten-free on Fridays'],
    ['story', 'kürzer'],
    ['visit', 'mention parking at the back'],
    ['team', 'shorter'],
  ])('changes only section %s for "%s"', async (id, instruction) => {
    const before = site();
    const { site: after, usage, cached } = await generator.improveSection(before, id, instruction);
    expectValid(after);
    expect(usage).toEqual({ promptTokens: 0, completionTokens: 0 });
    expect(cached).toBe(false);
    expect(section(after, id)).not.toEqual(section(before, id));
    expect(without(after, id)).toEqual(without(before, id));
    // The input document is not touched.
    expect(before).toEqual(site());
  });

  it('puts the mentioned phrase where readers see it, in the default locale only', async () => {
    const before = site();
    const { site: after } = await generator.improveSection(before, 'welcome', 'mention free delivery');
    const hero = section(after, 'welcome');
    expect(hero?.type === 'hero' && hero.props.subheading).toMatch(/Free delivery\.$/);
    expect(section(after, 'welcome', 'pt')).toEqual(section(before, 'welcome', 'pt'));
  });

  it('shortens every locale and keeps lists within the schema', async () => {
    const before = site();
    const { site: after } = await generator.improveSection(before, 'faq', 'shorter');
    for (const locale of ['en', 'pt']) {
      const a = section(after, 'faq', locale);
      const b = section(before, 'faq', locale);
      expect(a).not.toEqual(b);
      expect(JSON.stringify(a).length).toBeLessThan(JSON.stringify(b).length);
    }
  });

  it('switches register visibly, from the copy’s word lists', async () => {
    const before = site(['en']);
    const { site: formal } = await generator.improveSection(before, 'menu', 'more formal');
    const intro = (s: Section | undefined) => (s?.type === 'services' ? s.props.intro : undefined);
    expect(intro(section(before, 'menu'))).toContain('we’ll');
    expect(intro(section(formal, 'menu'))).toContain('we will');
    const { site: friendly } = await generator.improveSection(formal, 'menu', 'friendlier');
    expect(intro(section(friendly, 'menu'))).toContain('we’ll');
  });

  it('swaps words whole, accents included', async () => {
    const portuguese = site(['pt']);
    const { site: formal } = await generator.improveSection(portuguese, 'next-step', 'mais formal');
    const cta = section(formal, 'next-step');
    expect(cta?.type === 'cta' && cta.props.actions[0]?.label).toBe('Contacte-nos');
  });

  it('rejects an unknown section id with the ids it has', async () => {
    await expect(generator.improveSection(site(), 'nope', 'shorter')).rejects.toThrow(
      /no section with id "nope".*welcome/,
    );
  });

  it('refuses instructions it cannot follow rather than guessing', async () => {
    await expect(generator.improveSection(site(), 'welcome', 'make it pop')).rejects.toThrow(/cannot follow/);
  });

  it('understands instructions in the five languages', () => {
    expect(parseInstruction('plus court')).toEqual([{ kind: 'shorter' }]);
    expect(parseInstruction('más corto y más formal')).toEqual([{ kind: 'shorter' }, { kind: 'formal' }]);
    expect(parseInstruction('freundlicher')).toEqual([{ kind: 'friendly' }]);
    expect(parseInstruction('menciona "envío gratis"')).toEqual([
      { kind: 'mention', phrase: 'envío gratis' },
    ]);
    expect(parseInstruction('Erwähne kostenlose Lieferung.')).toEqual([
      { kind: 'mention', phrase: 'kostenlose Lieferung' },
    ]);
  });
});

describe('translateSite', () => {
  it('adds a locale equal to generating it in the first place', async () => {
    const { site: translated } = await generator.translateSite(site(['en']), 'pt');
    expectValid(translated);
    expect(translated).toEqual(site(['en', 'pt']));
  });

  it('translates back the other way too', async () => {
    const { site: translated } = await generator.translateSite(site(['pt']), 'en');
    expect(translated).toEqual(site(['pt', 'en']));
  });

  it('keeps what the brief wrote as written, and says the rest in the new language', async () => {
    const { site: translated } = await generator.translateSite(site(['en']), 'pt');
    const pt = JSON.stringify(translated.translations.pt);
    for (const kept of [
      'Padaria Ribeira',
      'Sourdough',
      'Pastel de nata',
      'Ana Costa',
      'owner',
      'Dog friendly',
    ])
      expect(pt).toContain(kept);
    expect(pt).toContain('no Porto');
    expect(pt).toContain('A história começa em 1987.');
    expect(pt).toContain('sourdough, pastel de nata e broa');
    expect(pt).not.toContain('Get in touch');
  });

  it('keeps working after an edit: known phrases are translated, the edited text is kept', async () => {
    const { site: edited } = await generator.improveSection(site(['en']), 'welcome', 'mention free delivery');
    const { site: translated } = await generator.translateSite(edited, 'pt');
    expectValid(translated);
    const hero = findSection(translated, 'welcome', 'pt')?.section;
    expect(hero?.type === 'hero' && hero.props.subheading).toBe(
      'Sourdough, pastel de nata e broa no Porto. Entre e deixe-nos tratar de si. Free delivery.',
    );
    expect(translated.translations.pt?.navigation.items.map((i) => i.label)).toEqual([
      'Início',
      'Menu',
      'Sobre nós',
      'Contactos',
    ]);
  });

  it('translates a document it did not write, phrase by phrase, and keeps it valid', async () => {
    const doc = exampleSiteDocument();
    const { site: translated } = await generator.translateSite(doc, 'es-MX');
    expectValid(translated);
    expect(translated.locales).toEqual(['en', 'pt', 'es-MX']);
    expect(translated.translations.pt).toEqual(doc.translations.pt);
  });

  it('normalises the tag, refuses the default locale and languages it cannot write', async () => {
    const { site: brazilian } = await generator.translateSite(site(['pt']), 'pt-br');
    expect(brazilian.locales).toEqual(['pt', 'pt-BR']);
    await expect(generator.translateSite(site(['pt']), 'pt')).rejects.toThrow(/default locale/);
    await expect(generator.translateSite(site(['en']), 'it')).rejects.toBeInstanceOf(UnsupportedLocaleError);
  });
});
