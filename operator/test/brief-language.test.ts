import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, tokenize } from '../src/site/brief/language.ts';
import { gazetteer, placeLanguages } from '../src/site/brief/place.ts';

// The gazetteer (135,000 towns) that names places anywhere in a brief loads once, in under a second of CPU;
// give it room on a busy machine.
beforeAll(() => {
  gazetteer();
}, 60_000);

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

describe('detectLanguage with the gazetteer', () => {
  it.each([
    // A word or two, a town and a number: the town's name and the district number say nothing, and read
    // alone the n-grams of "Paris" or "Lyon" lean French.
    ['en', 'Hair salon Paris 11'],
    ['en', 'Beauty salon Cork 2'],
    ['en', 'Hair salon Lyon 2'],
    ['en', 'Nail salon Lille 3'],
    ['pt', 'Padaria Lyon 3'],
    ['pt', 'Cabeleireiro Madrid 28004'],
    ['es', 'Panadería Lyon 2'],
    ['fr', 'Fleuriste Genève 3'],
    ['de', 'Friseursalon Wien 7'],
    ['de', 'Bäckerei Porto 4000'],
    // The words are Spanish and Italian alike: the town breaks the tie.
    ['es', 'Veterinario Granada 18001'],
    // A preposition still says more than the town after it.
    ['es', 'Restaurante en Porto'],
  ])('reads %s in "%s"', (code, brief) => {
    expect(detectLanguage(brief, placeLanguages).code).toBe(code);
  });

  it.each([
    // Spelled as Spanish spells them, "urgencias", "servicio" and "horas" are Spanish; only without their
    // accents are they Portuguese.
    ['es', 'Clínica veterinaria en Braga con servicio de urgencias 24 horas'],
    ['es', 'Servicio de urgencias veterinarias en Oporto las 24 horas'],
    ['pt', 'Clínica veterinária com serviço de urgências 24 horas em Vigo'],
    ['es', 'Taller mecánico en Braga con servicio de grúa 24 horas'],
    ['pt', 'Oficina em Sevilha com serviço de reboque 24 horas'],
    // Greetings are words of their language.
    ['es', 'Hola, somos un taller de bicis en Sevilla'],
    ['pt', 'Olá, somos uma padaria em Faro'],
    ['de', 'Hallo, wir sind ein Café in Kiel'],
    ['fr', 'Bonjour, nous sommes une crêperie à Quimper'],
    ['en', "Hi, I'm Priya, a dog walker in Leeds"],
  ])('reads %s in "%s"', (code, brief) => {
    expect(detectLanguage(brief, placeLanguages).code).toBe(code);
    expect(detectLanguage(brief).code).toBe(code);
  });
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

describe('detectLanguage on German briefs full of loanwords', () => {
  it.each([
    'Nagelstudio in Mannheim 💅 Gel, Acryl, Naildesign, Pediküre. Termine per WhatsApp',
    'Notariat in Wiesbaden - Notar Dr. Jan Roth. Immobilienkaufverträge, Testamente.',
  ])('"%s" is German: its spelling votes where the word lists are silent', (brief) => {
    expect(detectLanguage(brief, placeLanguages).code).toBe('de');
  });
});
