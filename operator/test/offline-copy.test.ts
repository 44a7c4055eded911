import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COPY_LANGUAGES } from '../src/site/brief/types.ts';
import { copyFor } from '../src/site/offline/copy/index.ts';
import { ALWAYS_VARS, type Text } from '../src/site/offline/copy/schema.ts';
import { layoutData } from '../src/site/offline/layout.ts';
import { variablesOf } from '../src/site/offline/template.ts';
import { isDark } from '../src/site/offline/theme.ts';

// The copy is data: one file per language, checked by its schema when loaded. These tests hold the files
// to what the schema cannot say: every language has every key and lists of the same length as English
// (the translator pairs strings by position), sentences are usable, and no copy states a fact.

// Keys, and the length of every list, with the strings themselves left out.
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  }
  return typeof value;
}

function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) strings(v, `${path}/${i}`, out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}/${k}`, out);
  return out;
}

describe('copy files', () => {
  it.each(COPY_LANGUAGES)('%s.json exists and matches the schema', (language) => {
    expect(existsSync(new URL(`../src/site/offline/copy/${language}.json`, import.meta.url))).toBe(true);
    expect(copyFor(language).language).toBe(language);
  });

  it.each(COPY_LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every key and list length English has',
    (language) => {
      // The register swaps and the cities that take another preposition are each language's own.
      const parity = (language: (typeof COPY_LANGUAGES)[number]) => {
        const { improve: _improve, where: _where, ...common } = copyFor(language).common;
        return shape({ ...copyFor(language), common });
      };
      expect(parity(language)).toEqual(parity('en'));
    },
  );

  it.each(COPY_LANGUAGES)(
    '%s: every text a page needs can be written for any site, named or not, from what every brief gives',
    (language) => {
      const copy = copyFor(language);
      const { common } = copy;
      // Texts that must never come out empty; the eyebrow and the story's first paragraph may.
      const texts: [string, Text][] = [
        ['seo.about', common.seo.about],
        ['seo.faq', common.seo.faq],
        ['seo.contact', common.seo.contact],
        ['footer', common.footer],
        ['goodToKnow.intro', common.goodToKnow.intro],
        ['stats.heading', common.stats.heading],
        ['team.heading', common.team.heading],
        ...Object.entries(copy.families).flatMap(([family, f]): [string, Text][] => [
          [`${family}.hero.subheading`, f.hero.subheading],
          [`${family}.highlights.intro`, f.highlights.intro],
          [`${family}.offer.heading`, f.offer.heading],
          [`${family}.offer.intro`, f.offer.intro],
          [`${family}.about.heading`, f.about.heading],
          [`${family}.about.paragraphs (last)`, f.about.paragraphs.at(-1) ?? []],
          [`${family}.values.intro`, f.values.intro],
          [`${family}.cta.body`, f.cta.body],
          [`${family}.contactIntro`, f.contactIntro],
          [`${family}.imageAlt.hero`, f.imageAlt.hero],
          [`${family}.imageAlt.story`, f.imageAlt.story],
        ]),
      ];
      const general = (template: string) =>
        variablesOf(template).every((v) => (ALWAYS_VARS as readonly string[]).includes(v) && v !== 'name') &&
        // More than "{Noun}{where}.", which an unnamed site's name already says.
        /\p{L}/u.test(template.replace(/\{[A-Za-z]+\}/g, ''));
      for (const [path, text] of texts) {
        const writable = text.some((part) => (typeof part === 'string' ? [part] : part).some(general));
        expect(writable, `${language} ${path}: ${JSON.stringify(text)}`).toBe(true);
      }
    },
  );

  it.each(COPY_LANGUAGES)('%s: every family has a hero heading for a site without a name', (language) => {
    for (const [family, f] of Object.entries(copyFor(language).families)) {
      expect(
        f.hero.headings.filter((h) => !h.includes('{name}')).length,
        `${language} ${family}`,
      ).toBeGreaterThan(0);
    }
  });

  it.each(COPY_LANGUAGES)('%s: the register swaps are valid patterns', (language) => {
    for (const [pattern] of [
      ...copyFor(language).common.improve.formal,
      ...copyFor(language).common.improve.friendly,
    ]) {
      expect(() => new RegExp(pattern, 'giu')).not.toThrow();
    }
  });

  it.each(COPY_LANGUAGES)('%s: no copy states a fact: no numbers, ratings, awards or years', (language) => {
    const lines = strings(copyFor(language)).filter(([path]) => !path.startsWith('/common/improve'));
    const problems = lines.filter(
      ([path, text]) =>
        // The only number: "open 24/7", shown only when the brief says so.
        (/\d/.test(text) && path !== '/common/contact/alwaysOpen') ||
        /award|prémio|premio|prix|preis|★|rated|review|testimonial|since \d|years of|clients satisfied/i.test(
          text,
        ),
    );
    expect(problems).toEqual([]);
  });

  it('the schema documents every variable the copy uses', () => {
    const documented = readFileSync(new URL('../src/site/offline/copy/schema.ts', import.meta.url), 'utf8');
    const used = new Set(strings(copyFor('en')).flatMap(([, text]) => variablesOf(text)));
    for (const variable of used) expect(documented).toContain(`{${variable}}`);
  });
});

describe('layout data', () => {
  it('gives every family a home, an offer page, an about page and a contact section', () => {
    for (const [family, data] of Object.entries(layoutData().families)) {
      const keys = data.pages.map((p) => p.key);
      expect(keys[0], family).toBe('home');
      expect(keys, family).toEqual(expect.arrayContaining(['offer', 'about']));
      expect(
        data.pages.flatMap((p) => p.sections),
        family,
      ).toEqual(expect.arrayContaining(['hero', 'offer', 'contact']));
      expect(data.palettes.some(isDark), `${family} has a dark palette for a bold tone`).toBe(true);
      expect(
        data.palettes.some((p) => !isDark(p)),
        `${family} has a light palette`,
      ).toBe(true);
    }
  });
});
