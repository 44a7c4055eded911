import { beforeAll, describe, expect, it } from 'vitest';
import {
  KIND_CONFIDENCE_THRESHOLD,
  MAX_BRIEF_LENGTH,
  tidyBrief,
  understandBrief,
} from '../src/site/brief/index.ts';

// The first brief loads the gazetteer and the word tables; give that room on a busy machine.
beforeAll(() => {
  understandBrief('Bakery in Porto');
}, 60_000);

describe('understandBrief', () => {
  it('reads an English brief about a Portuguese bakery, apostrophe and all', () => {
    const facts = understandBrief("Porto's best bakery, sourdough and pastel de nata since 1962");
    expect(facts.language).toMatchObject({ code: 'en', supported: true });
    expect(facts.name).toBeUndefined();
    expect(facts.place).toMatchObject({ city: 'Porto', country: 'PT', currency: 'EUR', callingCode: '351' });
    expect(facts.foundedYear).toBe(1962);
  });

  it('reads a Portuguese brief in Portuguese', () => {
    const facts = understandBrief('Padaria familiar no Porto desde 1962');
    expect(facts.language).toMatchObject({ code: 'pt', name: 'Portuguese', supported: true });
    expect(facts.place).toMatchObject({ city: 'Porto', country: 'PT' });
    expect(facts.foundedYear).toBe(1962);
  });

  it('keeps the descriptor out of the name and prices in the place’s currency', () => {
    const facts = understandBrief(
      'Law firm Hargreaves & Pike in Leeds, employment law, free first consultation',
    );
    expect(facts.name).toEqual({ value: 'Hargreaves & Pike', source: 'proper-noun' });
    expect(facts.descriptor).toBe('Law firm');
    expect(facts.place).toMatchObject({ city: 'Leeds', country: 'GB', currency: 'GBP', callingCode: '44' });
    expect(facts.prices).toContainEqual(expect.objectContaining({ free: true, amount: 0, currency: 'GBP' }));
    expect(facts.offerings).not.toContain('Hargreaves & Pike');
  });

  it.each([
    ['Law firm in Cape Town, free first consultation', 'ZA', 'ZAR'],
    ['Accountant in Asheville, free first consultation', 'US', 'USD'],
    ['Architect in Ljubljana, free first consultation', 'SI', 'EUR'],
  ])('"%s" is priced in its country’s currency', (brief, country, currency) => {
    const facts = understandBrief(brief);
    expect(facts.place).toMatchObject({ country, currency });
    for (const price of facts.prices) expect(price.currency).toBe(currency);
  });

  it('keeps a German practice’s name whole and its doctor as a person', () => {
    const facts = understandBrief('Kinderarztpraxis Dr. Weber in Freiburg mit zwei Ärztinnen');
    expect(facts.language.code).toBe('de');
    expect(facts.name).toEqual({ value: 'Kinderarztpraxis Dr. Weber', source: 'proper-noun' });
    expect(facts.place).toMatchObject({ city: 'Freiburg', country: 'DE', currency: 'EUR' });
    expect(facts.people).toEqual([{ name: 'Dr. Weber' }]);
  });

  it('reads a name after its descriptor and the people with their roles', () => {
    const facts = understandBrief(
      'Family-run pizzeria Da Nonna in Naples, run by chef Ana Costa and her brother Rui',
    );
    expect(facts.name?.value).toBe('Da Nonna');
    expect(facts.descriptor).toBe('Family-run pizzeria');
    expect(facts.place).toMatchObject({ city: 'Naples', country: 'IT' });
    expect(facts.people).toEqual([
      { name: 'Ana Costa', role: 'chef' },
      { name: 'Rui', role: 'brother' },
    ]);
  });

  it.each([
    ['Panadería artesanal en Sevilla', 'es', 'Sevilla', 'ES'],
    ['Boulangerie de quartier à Lyon', 'fr', 'Lyon', 'FR'],
    ['Bakkerij in Utrecht sinds 1950', 'nl', 'Utrecht', 'NL'],
  ])('"%s" is %s, in %s', (brief, code, city, country) => {
    const facts = understandBrief(brief);
    expect(facts.language.code).toBe(code);
    expect(facts.place).toMatchObject({ city, country });
  });

  it('names a language it does not write', () => {
    const facts = understandBrief('Bakkerij in Utrecht sinds 1950');
    expect(facts.language).toMatchObject({ code: 'nl', name: 'Dutch', supported: false });
  });

  it('reads through emoji', () => {
    const facts = understandBrief('🍕🍕 Pizzeria Bella Napoli in Porto 🍕');
    expect(facts.name?.value).toBe('Pizzeria Bella Napoli');
    expect(facts.place).toMatchObject({ city: 'Porto', country: 'PT' });
  });

  it('reads right-to-left text without a guess', () => {
    const facts = understandBrief('מאפייה משפחתית בתל אביב');
    expect(facts.language).toMatchObject({ code: 'he', supported: false });
    expect(facts.name).toBeUndefined();
  });

  it('survives markup and reads what is between the tags', () => {
    const brief = "<b>Bakery</b> in <i>Bristol</i> <script>alert('x')</script>";
    const facts = understandBrief(brief);
    expect(facts.text).toBe(brief);
    expect(facts.place).toMatchObject({ city: 'Bristol', country: 'GB' });
  });

  it('tidies whitespace before reading', () => {
    const facts = understandBrief('  Padaria   Ribeira,\n\n a family bakery\tin Porto  ');
    expect(facts.text).toBe('Padaria Ribeira, a family bakery in Porto');
    expect(facts.name?.value).toBe('Padaria Ribeira');
  });

  it('reads nothing from whitespace, and says so', () => {
    const facts = understandBrief(' \n\t\u00a0 ');
    expect(facts.text).toBe('');
    expect(facts.language).toMatchObject({ code: 'en', confidence: 0 });
    expect(facts.kind.confidence).toBeLessThan(KIND_CONFIDENCE_THRESHOLD);
    expect(facts.name).toBeUndefined();
    expect(facts.place).toBeUndefined();
    expect(facts.people).toEqual([]);
    expect(facts.offerings).toEqual([]);
  });

  it('clips a long brief to 4,000 characters and still reads its start', () => {
    const facts = understandBrief('Family bakery in Porto since 1962. '.repeat(300));
    expect(facts.text.length).toBeLessThanOrEqual(MAX_BRIEF_LENGTH);
    expect(facts.place).toMatchObject({ city: 'Porto' });
  });

  it.each([
    ['4,000 letters in one word', 'x'.repeat(4000)],
    ['10,000 emoji', '🍕'.repeat(10_000)],
    ['a lone surrogate', 'Bakery \uD800 in Porto'],
    ['control characters', 'Bakery\u0000\u0007 in\u001b Porto'],
    ['only punctuation', '.,;:!?()[]{}"\'«»„“”‘’&'],
    ['quotes that never close', 'A bakery called "Ribeira in Porto'],
    ['an apostrophe alone', "'"],
    ['mixed scripts', 'Café مخبز Пекарня 東京 in Berlin'],
    ['a title alone', 'Dr.'],
    ['numbers only', '1962 12 9 80 24/7'],
  ])('does not throw on %s', (_label, brief) => {
    expect(() => understandBrief(brief)).not.toThrow();
  });

  it('does not throw on a value that is not a string', () => {
    expect(() => understandBrief(undefined as unknown as string)).not.toThrow();
    expect(understandBrief(42 as unknown as string).text).toBe('');
  });
});

describe('tidyBrief', () => {
  it('does not split an emoji at the limit', () => {
    const tidy = tidyBrief(`${'a'.repeat(MAX_BRIEF_LENGTH - 1)}🍕`);
    expect(tidy).toBe('a'.repeat(MAX_BRIEF_LENGTH - 1));
  });

  it('makes every run of whitespace one space', () => {
    expect(tidyBrief('a\r\n\tb\u2028c  d')).toBe('a b c d');
  });

  it('drops invisible format characters but keeps the joiners of an emoji', () => {
    expect(tidyBrief('\ufeffBäcker\u00adei \u200fin Köln')).toBe('Bäckerei in Köln');
    expect(tidyBrief('👩\u200d🍳 Bakery')).toBe('👩\u200d🍳 Bakery');
  });
});
