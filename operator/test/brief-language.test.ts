import { describe, expect, it } from 'vitest';
import { detectLanguage, tokenize } from '../src/site/brief/language.ts';

describe('detectLanguage', () => {
  it.each([
    // English, with the city's name in every other language's spelling: the city must not swing it.
    ['en', 'Family bakery in Porto since 1962'],
    ['en', 'Law firm Hargreaves & Pike in Leeds'],
    ['en', 'Tattoo studio in Berlin run by two artists'],
    ['en', 'Small hotel with 9 rooms in Ljubljana'],
    ['en', 'Craft brewery and taproom in Asheville, 12 taps'],
    ['en', 'Dog grooming in Seville'],
    ['en', 'Coffee shop in Lisbon'],
    ['en', 'Plumber in Berlin'],
    ['en', 'Bakery in Napoli'],
    ['en', "Porto's best bakery"],
    // Portuguese
    ['pt', 'Padaria familiar no Porto desde 1962'],
    ['pt', 'Clínica dentária em Braga com três dentistas'],
    ['pt', 'Pastelaria em Berlim'],
    ['pt', 'Padaria em Paris'],
    ['pt', 'Restaurante vegano em Londres'],
    // Spanish
    ['es', 'Panadería artesanal en Sevilla'],
    ['es', 'Bar de tapas en el centro de Madrid'],
    ['es', 'Restaurante en Porto'],
    ['es', 'Fisioterapeuta a domicilio en Madrid'],
    // French
    ['fr', 'Boulangerie de quartier à Lyon'],
    ['fr', 'Coiffeur à Paris'],
    ['fr', 'Boulangerie à Porto'],
    ['fr', "Cabinet d'avocats à Paris spécialisé en droit du travail"],
    // German
    ['de', 'Kinderarztpraxis in Freiburg mit zwei Ärztinnen'],
    ['de', 'Kinderarztpraxis Dr. Weber in Freiburg'],
    ['de', 'Bäckerei in Berlin seit 1920'],
    ['de', 'Tätowierstudio in Porto'],
    ['de', 'Zahnarzt in München'],
  ])('reads %s in "%s"', (code, brief) => {
    const language = detectLanguage(brief);
    expect(language.code).toBe(code);
    expect(language.supported).toBe(true);
  });

  it.each([
    ['it', 'Italian', 'Pizzeria a conduzione familiare a Napoli'],
    ['it', 'Italian', 'Gelateria artigianale nel centro di Roma'],
    ['nl', 'Dutch', 'Bakkerij in Utrecht sinds 1950'],
    ['nl', 'Dutch', 'Fietsenwinkel in het centrum van Amsterdam'],
    ['ar', 'Arabic', 'مخبز عائلي في دبي'],
    ['ru', 'Russian', 'Семейная пекарня в Москве'],
    ['he', 'Hebrew', 'מאפייה משפחתית בתל אביב'],
    ['el', 'Greek', 'Οικογενειακός φούρνος στην Αθήνα'],
  ])('names %s (%s), which the offline generator does not write, in "%s"', (code, name, brief) => {
    expect(detectLanguage(brief)).toMatchObject({ code, name, supported: false });
  });

  it('is sure of a sentence and unsure of a word', () => {
    expect(detectLanguage('Tattoo studio in Berlin run by two artists').confidence).toBeGreaterThanOrEqual(
      0.8,
    );
    expect(detectLanguage('Clínica dentária em Braga com três dentistas').confidence).toBeGreaterThanOrEqual(
      0.8,
    );
    expect(detectLanguage('Padaria').confidence).toBeLessThan(0.35);
    expect(detectLanguage('Bakery').confidence).toBeLessThan(0.35);
  });

  it('calls a one-word "Pizzeria" English or Italian, and says it is unsure', () => {
    const language = detectLanguage('Pizzeria');
    expect(['en', 'it']).toContain(language.code);
    expect(language.confidence).toBeLessThan(0.35);
  });

  it.each([
    ['Hair salon', 'en'],
    ['Padaria', 'pt'],
    ['Bäckerei', 'de'],
    ['Boulangerie', 'fr'],
    ['Panadería', 'es'],
  ])('reads the one or two words of "%s" by its word lists (%s)', (brief, code) => {
    expect(detectLanguage(brief).code).toBe(code);
  });

  it.each([[''], ['   '], ['🍕🍕🍕'], ['12345 678'], ['Berlin']])(
    'is English with little or no confidence when there is nothing to go on: %j',
    (brief) => {
      const language = detectLanguage(brief);
      expect(language).toMatchObject({ code: 'en', name: 'English', supported: true });
      expect(language.confidence).toBeLessThanOrEqual(0.15);
    },
  );
});

describe('tokenize', () => {
  it('keeps titles, possessives, ampersands and emoji apart as a name reader needs them', () => {
    const words = tokenize("Kinderarztpraxis Dr. Weber in Freiburg. Porto's & Joe's 24/7 🍕").map(
      (t) => t.text,
    );
    expect(words).toEqual([
      'Kinderarztpraxis',
      'Dr.',
      'Weber',
      'in',
      'Freiburg',
      '.',
      "Porto's",
      '&',
      "Joe's",
      '24/7',
      '🍕',
    ]);
  });

  it('gives offsets into the text', () => {
    const text = 'Café «Ribeira» no Porto';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
