import { contentForLocale, type SiteDocument, validateSiteDocument } from '@pagemagic/crds/site-document';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BriefFacts } from '../src/site/brief/types.ts';
import { generateFromFacts, generateOfflineSite } from '../src/site/offline/generate.ts';
import { translateOfflineSite } from '../src/site/offline/translate.ts';
import { briefFacts, PLACES } from './helpers/offline-facts.ts';

// Whatever the owner types, the offline generator writes a valid document and never throws: quotes,
// apostrophes, emoji, right-to-left text, markup, 4,000 characters, nothing but spaces. Every URL it
// writes is https (or an internal path, mailto: or tel:) and parses.

// Text an owner might paste: a mix of the awkward cases and arbitrary Unicode.
const awkward = fc.constantFrom(
  "Porto's",
  '"quoted"',
  '‘curly’ “quotes”',
  '🍕🍺👩‍🍳',
  'مطعم في القاهرة',
  'מסעדה בתל אביב',
  '<script>alert(1)</script>',
  '<b>bold</b> & co',
  '   ',
  '\t\n',
  '\u202eevil\u202c',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder as text is the point
  '{name} {where} ${x}',
  'a'.repeat(4000),
  'Rua d’Ouro 12, 4000-123 Porto',
  'café · bar; bistro — 24/7',
);
const text = fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 80 }));
const words = fc.array(text, { maxLength: 6 });

function expectSound(doc: SiteDocument): void {
  const result = validateSiteDocument(doc);
  expect(result.ok ? [] : result.errors).toEqual([]);
  const json = JSON.stringify(doc);
  for (const [, url] of json.matchAll(/"(?:href|mapUrl|src|ogImage)":"([^"]*)"/g)) {
    const value = JSON.parse(`"${url}"`) as string;
    if (value.startsWith('/') || value.startsWith('mailto:') || value.startsWith('tel:')) continue;
    expect(value.startsWith('https://')).toBe(true);
    expect(() => new URL(value)).not.toThrow();
  }
  for (const locale of doc.locales) expect(contentForLocale(doc, locale)?.pages.length).toBeGreaterThan(0);
}

const place = fc.option(
  fc.record({
    city: text,
    written: text,
    country: fc.constantFrom('PT', 'GB', 'DE', 'xx'),
    countryName: text,
  }),
  { nil: undefined },
);

const facts = fc
  .record({
    kind: fc.constantFrom(
      'bakery',
      'hotel',
      'law-firm',
      'generic',
      'plumber',
      'yoga-studio',
      'saas',
      'museum',
    ),
    language: fc.constantFrom('en', 'pt', 'es', 'it'),
    name: fc.option(text, { nil: undefined }),
    noun: fc.option(text, { nil: undefined }),
    text,
    place,
    foundedYear: fc.option(fc.integer({ min: -5, max: 99999 }), { nil: undefined }),
    offerings: words,
    attributes: words,
    people: fc.array(fc.record({ name: text, role: fc.option(text, { nil: undefined }) }), { maxLength: 4 }),
    counts: fc.array(fc.record({ value: fc.double(), noun: text, text }), { maxLength: 3 }),
    prices: fc.array(
      fc.record({
        amount: fc.double(),
        currency: fc.constantFrom('EUR', 'GBP', 'eur', ''),
        floor: fc.boolean(),
        free: fc.option(fc.boolean(), { nil: undefined }),
        item: fc.option(text, { nil: undefined }),
        per: fc.option(fc.constantFrom('hour', 'night', 'person', 'session', 'month', 'year'), {
          nil: undefined,
        }),
        text,
      }),
      { maxLength: 4 },
    ),
    phone: fc.option(text, { nil: undefined }),
    email: fc.option(fc.oneof(text, fc.emailAddress()), { nil: undefined }),
    street: fc.option(text, { nil: undefined }),
    mentions: fc.array(fc.record({ text }), { maxLength: 2 }),
  })
  .map((r): BriefFacts => {
    const base = briefFacts({
      kind: r.kind as 'bakery',
      language: r.language,
      ...(r.name !== undefined ? { name: r.name } : {}),
      ...(r.noun !== undefined ? { noun: r.noun } : {}),
      text: r.text,
      ...(r.foundedYear !== undefined ? { foundedYear: r.foundedYear } : {}),
      offerings: r.offerings,
      attributes: r.attributes,
      people: r.people.map((p) => ({ name: p.name, ...(p.role !== undefined ? { role: p.role } : {}) })),
      counts: r.counts,
      prices: r.prices.map((p) => ({
        ...p,
        ...(p.free === undefined ? { free: undefined } : {}),
      })) as BriefFacts['prices'],
      contact: {
        ...(r.phone !== undefined ? { phone: r.phone } : {}),
        ...(r.email !== undefined ? { email: r.email } : {}),
        ...(r.street !== undefined ? { street: r.street } : {}),
      },
      hours: { mentions: r.mentions.map((m) => ({ days: ['mon'], text: m.text, closed: false })) },
    });
    return r.place ? { ...base, place: { ...PLACES.porto, ...r.place } } : base;
  });

describe('the offline generator on any input', () => {
  it('writes a valid document from any facts, in any locale it supports, and translates it', {
    timeout: 300_000,
  }, () => {
    fc.assert(
      fc.property(
        facts,
        fc.constantFrom<string[] | undefined>(undefined, ['en'], ['pt', 'en'], ['es']),
        fc.option(text, { nil: undefined }),
        fc.nat({ max: 5 }),
        (f, locales, name, variant) => {
          const doc = generateFromFacts(
            {
              prompt: f.text,
              ...(locales ? { locales } : {}),
              ...(name !== undefined ? { name } : {}),
              variant,
            },
            f,
          );
          expectSound(doc);
          const target = doc.defaultLocale === 'pt' ? 'es' : 'pt';
          expectSound(translateOfflineSite(doc, target));
        },
      ),
      { numRuns: 200, seed: 20260507 },
    );
  });

  // understandBrief takes most of the time here; fewer runs keep the file under a minute on a busy machine.
  it('writes a valid document from any brief text', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(awkward, fc.string({ unit: 'grapheme', maxLength: 400 })), (prompt) => {
        expectSound(generateOfflineSite({ prompt, locales: ['en'] }));
      }),
      { numRuns: 40, seed: 20260507 },
    );
  });

  it.each([
    ["Porto's finest wine bar"],
    ['"The Quote" café'],
    ['🍕 Pizza Napoli 🍕 em Lisboa'],
    ['مطعم في القاهرة'],
    ['<img src=x onerror=alert(1)> bakery'],
    ['   '],
    ['x'.repeat(4000)],
  ])('writes a valid document for %#', { timeout: 120_000 }, (prompt) => {
    expectSound(generateOfflineSite({ prompt, locales: ['en', 'pt'] }));
  });
});
