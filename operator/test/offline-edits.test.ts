import {
  contentForLocale,
  exampleSiteDocument,
  findSection,
  type Section,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { createOfflineGenerator, parseInstruction } from '../src/site/offline/index.ts';

const generator = createOfflineGenerator();
const BAKERY = 'A family bakery in Porto, sourdough and pastel de nata, open since 1987';

async function site(locales = ['en', 'pt']): Promise<SiteDocument> {
  return (await generator.generateSite({ prompt: BAKERY, locales })).site;
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
  ])('changes only section %s for "%s"', async (id, instruction) => {
    const before = await site();
    const { site: after, usage, cached } = await generator.improveSection(before, id, instruction);
    expectValid(after);
    expect(usage).toEqual({ promptTokens: 0, completionTokens: 0 });
    expect(cached).toBe(false);
    expect(section(after, id)).not.toEqual(section(before, id));
    expect(without(after, id)).toEqual(without(before, id));
    // The input document is not touched.
    expect(before).toEqual(await site());
  });

  it('puts the mentioned phrase where readers see it, in the default locale only', async () => {
    const before = await site();
    const { site: after } = await generator.improveSection(before, 'welcome', 'mention free delivery');
    const hero = section(after, 'welcome');
    expect(hero?.type === 'hero' && hero.props.subheading).toMatch(/Free delivery\.$/);
    expect(section(after, 'welcome', 'pt')).toEqual(section(before, 'welcome', 'pt'));
  });

  it('shortens every locale and keeps lists within the schema', async () => {
    const before = await site();
    const { site: after } = await generator.improveSection(before, 'reviews', 'shorter');
    for (const locale of ['en', 'pt']) {
      const a = section(after, 'reviews', locale);
      const b = section(before, 'reviews', locale);
      expect(a).not.toEqual(b);
      expect(JSON.stringify(a).length).toBeLessThan(JSON.stringify(b).length);
    }
  });

  it('switches to a formal register visibly', async () => {
    const before = await site(['en']);
    const { site: after } = await generator.improveSection(before, 'menu', 'more formal');
    const intro = (s: Section | undefined) => (s?.type === 'services' ? s.props.intro : undefined);
    expect(intro(section(before, 'menu'))).toContain('we’ll');
    expect(intro(section(after, 'menu'))).toContain('we will');
  });

  it('rejects an unknown section id with the ids it has', async () => {
    await expect(generator.improveSection(await site(), 'nope', 'shorter')).rejects.toThrow(
      /no section with id "nope".*welcome/,
    );
  });

  it('refuses instructions it cannot follow rather than guessing', async () => {
    await expect(generator.improveSection(await site(), 'welcome', 'make it pop')).rejects.toThrow(
      /cannot follow/,
    );
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
    const english = await site(['en']);
    const { site: translated } = await generator.translateSite(english, 'pt');
    expectValid(translated);
    const both = await site(['en', 'pt']);
    expect(translated).toEqual(both);
  });

  it.each(['es', 'fr', 'de'])('adds %s to a Portuguese site', async (locale) => {
    const portuguese = (
      await generator.generateSite({ prompt: 'Clínica dentária Sorriso em Lisboa', locales: ['pt'] })
    ).site;
    const { site: translated } = await generator.translateSite(portuguese, locale);
    expectValid(translated);
    expect(translated.locales).toEqual(['pt', locale]);
    expect(translated.pages).toEqual(portuguese.pages);
    const direct = (
      await generator.generateSite({ prompt: 'Clínica dentária Sorriso em Lisboa', locales: ['pt', locale] })
    ).site;
    expect(translated.translations[locale]).toEqual(direct.translations[locale]);
  });

  it('keeps working after an edit: known phrases are translated, the edited text is kept', async () => {
    const english = await site(['en']);
    const { site: edited } = await generator.improveSection(english, 'welcome', 'mention free delivery');
    const { site: translated } = await generator.translateSite(edited, 'de');
    expectValid(translated);
    const de = translated.translations.de;
    expect(de?.navigation.items.map((i) => i.label)).toEqual([
      'Start',
      'Sortiment',
      'Über uns',
      'Journal',
      'Kontakt',
    ]);
    const hero = findSection(translated, 'welcome', 'de')?.section;
    expect(hero?.type === 'hero' && hero.props.subheading).toContain('Free delivery.');
    const faq = findSection(translated, 'faq', 'de')?.section;
    expect(faq?.type === 'faq' && faq.props.heading).toBe('Häufige Fragen');
  });

  it('translates a document it did not write, phrase by phrase, and keeps it valid', async () => {
    const doc = exampleSiteDocument();
    const { site: translated } = await generator.translateSite(doc, 'fr');
    expectValid(translated);
    expect(translated.locales).toEqual(['en', 'pt', 'fr']);
    expect(translated.translations.pt).toEqual(doc.translations.pt);
  });

  it('normalises the tag, falls back to English for unknown languages and refuses the default locale', async () => {
    const english = await site(['pt']);
    const { site: brazilian } = await generator.translateSite(english, 'pt-br');
    expect(brazilian.locales).toEqual(['pt', 'pt-BR']);
    const { site: italian } = await generator.translateSite(await site(['en']), 'it');
    expectValid(italian);
    expect(italian.translations.it?.navigation).toEqual(italian.navigation);
    await expect(generator.translateSite(english, 'pt')).rejects.toThrow(/default locale/);
  });
});
