import { beforeAll, describe, expect, it } from 'vitest';
import { readName } from '../src/site/brief/name.ts';
import { readPeople } from '../src/site/brief/people.ts';
import { gazetteer } from '../src/site/brief/place.ts';

// The gazetteer (135,000 towns) loads once, in under a second of CPU; give it room on a busy machine.
beforeAll(() => {
  gazetteer();
}, 60_000);

describe('readName', () => {
  it.each([
    // language, brief, name, how it was found, descriptor
    ['en', 'Padaria Ribeira, a family bakery in Porto', 'Padaria Ribeira', 'proper-noun', undefined],
    ['en', 'Hargreaves & Pike is a law firm in Leeds', 'Hargreaves & Pike', 'proper-noun', undefined],
    ['en', 'Law firm Hargreaves & Pike in Leeds', 'Hargreaves & Pike', 'proper-noun', 'Law firm'],
    ['en', 'Family-run pizzeria Da Nonna in Naples', 'Da Nonna', 'proper-noun', 'Family-run pizzeria'],
    ['en', "Joe's Diner in Austin, open late", "Joe's Diner", 'proper-noun', undefined],
    ['en', 'The Old Mill B&B in Bath', 'The Old Mill B&B', 'proper-noun', undefined],
    ['en', 'Nomad, a surf school in Ericeira', 'Nomad', 'proper-noun', undefined],
    ['en', 'We are Café Ribeira, a coffee shop in Porto', 'Café Ribeira', 'proper-noun', undefined],
    ['en', '🍕 Pizzeria Bella Napoli in Porto 🍕', 'Pizzeria Bella Napoli', 'proper-noun', undefined],
    ['en', 'A bakery called Padaria Ribeira in Porto', 'Padaria Ribeira', 'called', 'bakery'],
    ['en', 'Small bakery named “Crumb & Co” in Bristol', 'Crumb & Co', 'quoted', 'Small bakery'],
    ['pt', 'Somos a Padaria Ribeira, no Porto desde 1962', 'Padaria Ribeira', 'proper-noun', undefined],
    ['pt', 'Uma padaria chamada Casa do Pão no Porto', 'Casa do Pão', 'called', 'padaria'],
    ['pt', 'Clínica dentária Sorriso em Lisboa', 'Sorriso', 'proper-noun', 'Clínica dentária'],
    ['es', 'Un bar llamado "La Esquina" en Madrid', 'La Esquina', 'quoted', 'bar'],
    ['es', 'Bar de Pepe en Cádiz', 'Bar de Pepe', 'proper-noun', undefined],
    ['fr', 'Boulangerie « Le Fournil » à Lyon', 'Le Fournil', 'quoted', 'Boulangerie'],
    ['fr', 'Chez Marcel à Marseille', 'Chez Marcel', 'proper-noun', undefined],
    ['de', 'Kinderarztpraxis Dr. Weber in Freiburg', 'Kinderarztpraxis Dr. Weber', 'proper-noun', undefined],
    ['de', 'Zahnarztpraxis Dr. Weber in Stuttgart', 'Zahnarztpraxis Dr. Weber', 'proper-noun', undefined],
    ['de', 'Bäckerei Schmidt in Berlin seit 1920', 'Bäckerei Schmidt', 'proper-noun', undefined],
    [
      'de',
      'Zahnarztpraxis Dr. med. dent. Anna Schmidt in Köln',
      'Zahnarztpraxis Dr. med. dent. Anna Schmidt',
      'proper-noun',
      undefined,
    ],
    ['de', 'Eine Bäckerei namens Brotzeit in Köln', 'Brotzeit', 'called', 'Bäckerei'],
    ['de', 'Bäckerei „Goldkorn“ in Ulm', 'Goldkorn', 'quoted', 'Bäckerei'],
    ['it', 'Studio legale Rossi & Bianchi a Milano', 'Rossi & Bianchi', 'proper-noun', 'Studio legale'],
    ['nl', 'Bakkerij De Gouden Korenaar in Utrecht', 'Bakkerij De Gouden Korenaar', 'proper-noun', undefined],
  ])('[%s] "%s" → %s (%s), descriptor %s', (language, brief, value, source, descriptor) => {
    const reading = readName(brief, language);
    expect(reading.name).toEqual({ value, source });
    expect(reading.descriptor).toBe(descriptor);
    expect(reading.spans).toContain(value);
  });

  it.each([
    // A possessive set off from the rest is a name, even when it sounds like a town.
    ['en', "Valencia's — paella kitchen in Austin", "Valencia's", 'proper-noun', undefined],
    ['en', "Napoli's, a pizza place in Denver", "Napoli's", 'proper-noun', undefined],
    ['en', "Benny's, a diner in Toledo", "Benny's", 'proper-noun', undefined],
    // After "called", the capitalised words whatever follows them, an "& Co." with its full stop, and
    // a name that is also a common word.
    ['en', 'A deli called Rossi & Co. near the station in Leeds', 'Rossi & Co.', 'called', 'deli'],
    ['en', 'A café called Bloom, in the old mill in York', 'Bloom', 'called', 'café'],
    ['pt', 'Somos uma florista em Braga. Chamamo-nos Girassol.', 'Girassol', 'called', undefined],
    ['pt', 'A nossa tasca chama-se Sardinha Feliz e fica em Alfama', 'Sardinha Feliz', 'called', 'tasca'],
    ['es', 'Nos llamamos Amanecer, una cafetería en Cádiz', 'Amanecer', 'called', undefined],
    ['fr', 'Nous nous appelons Tournesol, fleuristes à Nantes', 'Tournesol', 'called', undefined],
    ['de', 'Wir heißen Kornblume und backen in Kiel', 'Kornblume', 'called', undefined],
    // German: what the business is and its name, as a later sentence of its own.
    [
      'de',
      'Wir sind eine kleine Gärtnerei bei Bremen. Gärtnerei Blumenwiese, Familie Koch.',
      'Gärtnerei Blumenwiese',
      'proper-noun',
      undefined,
    ],
  ])('[%s] "%s" → %s (%s), descriptor %s', (language, brief, value, source, descriptor) => {
    const reading = readName(brief, language);
    expect(reading.name).toEqual({ value, source });
    expect(reading.descriptor).toBe(descriptor);
  });

  it.each([
    ['en', 'Our farm dog called Rex greets everyone at the gate'],
    ['en', 'Bookshop with a cat named Dickens'],
    ['en', 'Guitar lessons with teacher Sam Reed'],
    ['en', 'Owner: Lucy Grant'],
    ['en', 'I’m Priya, a dog walker in Leeds'],
    ['pt', 'Chamo-me Inês e faço cerâmica em Aveiro'],
    ['pt', 'Olá, somos uma padaria em Faro'],
    ['es', 'Hola, somos un taller de bicis en Sevilla'],
    ['es', 'Nuestra perra se llama Luna y vive en la tienda'],
    ['fr', 'Bonjour, nous sommes une crêperie à Quimper'],
    ['de', 'Hallo, wir sind ein Café in Kiel'],
    ['de', 'Wir sind ein Hofladen. Der Laden ist freitags geöffnet.'],
  ])('[%s] "%s" gives no name (a pet, a person, a greeting)', (language, brief) => {
    expect(readName(brief, language).name).toBeUndefined();
  });

  it.each([
    ['en', "Porto's best bakery, sourdough since 1962"],
    ['en', 'Family bakery in Porto since 1962'],
    ['en', 'Tattoo studio in Berlin run by two artists'],
    ['en', 'Italian deli in Boston run by Maria Rossi'],
    ['en', 'Dr. Anna Weber and Dr. Lena Vogt run a paediatric practice in Freiburg'],
    ['en', 'Maria and João run a bakery in Braga'],
    ['en', 'Cape Town bakery open daily'],
    ['en', 'Monday to Friday bakery'],
    ['en', 'Bakery, sourdough and pastries'],
    ['en', 'Welcome, we are a bakery'],
    ['en', 'Small hotel with 9 rooms in Ljubljana'],
    ['en', 'Mobile dog groomer serving Austin and Round Rock'],
    ['pt', 'Padaria familiar no Porto desde 1962'],
    ['es', 'Panadería artesanal en Sevilla'],
    ['fr', 'Boulangerie de quartier à Lyon'],
    ['de', 'Kinderarztpraxis in Freiburg mit zwei Ärztinnen'],
    ['de', 'Gemütliches Café mit hausgemachten Kuchen in Dresden'],
    ['de', 'Weinhandlung mit Verkostung am Samstag'],
    ['en', 'Pizzeria'],
    ['en', ''],
    ['ar', 'مخبز عائلي في دبي'],
  ])('[%s] "%s" gives no name', (language, brief) => {
    expect(readName(brief, language).name).toBeUndefined();
  });

  it.each([
    "Porto's",
    "'",
    '""',
    '“”',
    '&&& & &',
    'Dr.',
    '« »',
    '🍕'.repeat(50),
    'A'.repeat(5000),
    'שלום עולם Café',
    'Café\u200d\u200f Ribeira',
  ])('does not throw on %j', (brief) => {
    expect(() => readName(brief, 'en')).not.toThrow();
  });
});

describe('readPeople', () => {
  it.each([
    [
      'en',
      'Seafood restaurant in Porto run by chef Ana Costa and her brother Rui',
      [
        { name: 'Ana Costa', role: 'chef' },
        { name: 'Rui', role: 'brother' },
      ],
    ],
    [
      'en',
      'Paediatric practice in Freiburg: Dr. Anna Weber and Dr. Lena Vogt',
      [{ name: 'Dr. Anna Weber' }, { name: 'Dr. Lena Vogt' }],
    ],
    ['en', 'Bakery in Braga, owner Maria', [{ name: 'Maria', role: 'owner' }]],
    ['en', 'Our bakery: the owner, Maria Costa, bakes daily', [{ name: 'Maria Costa', role: 'owner' }]],
    ['en', 'Maria and João run a bakery in Braga', [{ name: 'Maria' }, { name: 'João' }]],
    ['en', 'Italian deli in Boston run by Maria Rossi', [{ name: 'Maria Rossi', role: 'owner' }]],
    [
      'en',
      'Dentists Dr. Rui Sousa and Dr. Marta Lima, in Lisbon',
      [
        { name: 'Dr. Rui Sousa', role: 'Dentists' },
        { name: 'Dr. Marta Lima', role: 'Dentists' },
      ],
    ],
    [
      'en',
      'Wine bar owned by sommelier Jo Smith & partner Sam Lee',
      [
        { name: 'Jo Smith', role: 'sommelier' },
        { name: 'Sam Lee', role: 'partner' },
      ],
    ],
    ['pt', 'Padaria fundada por João Silva em 1962', [{ name: 'João Silva' }]],
    ['en', 'Our sourdough is baked every morning by her son Tiago', [{ name: 'Tiago', role: 'son' }]],
    ['de', 'Zahnarztpraxis Dr. med. dent. Anna Schmidt in Köln', [{ name: 'Dr. med. dent. Anna Schmidt' }]],
    [
      'fr',
      'Boulangerie tenue par Paul et son fils Hugo',
      [
        { name: 'Paul', role: 'responsable' },
        { name: 'Hugo', role: 'fils' },
      ],
    ],
    [
      'pt',
      'Clínica com a Dra. Ana Costa, dentista, em Lisboa',
      [{ name: 'Dra. Ana Costa', role: 'dentista' }],
    ],
    [
      'fr',
      'Restaurant tenu par le chef Paul Martin et sa femme Claire',
      [
        { name: 'Paul Martin', role: 'chef' },
        { name: 'Claire', role: 'femme' },
      ],
    ],
    ['de', 'Kinderarztpraxis geleitet von Dr. Weber', [{ name: 'Dr. Weber', role: 'Leitung' }]],
    [
      'de',
      'Inhaberin Maria Schmidt führt die Bäckerei seit 1990',
      [{ name: 'Maria Schmidt', role: 'Inhaberin' }],
    ],
    // The person to call, named after "ring", "ask for", "fale com"…; "Call Now" names nobody.
    ['en', 'Farrier in the north lakes, ring Tom on 07700 900417', [{ name: 'Tom' }]],
    ['en', 'Boiler repairs, ask for Dave. Call Now!', [{ name: 'Dave' }]],
    ['pt', 'Explicações de matemática, fale com a Rita pelo 912 345 678', [{ name: 'Rita' }]],
  ])('[%s] "%s"', (language, brief, people) => {
    expect(readPeople(brief, language)).toEqual(people);
  });

  it.each([
    ['en', 'Tattoo studio in Berlin run by two artists'],
    ['en', 'Café on Baker Street in London'],
    ['en', 'Hargreaves & Pike is a law firm in Leeds'],
    ['de', 'Kinderarztpraxis in Freiburg mit zwei Ärztinnen, Mo–Fr 8–18 Uhr'],
    ['pt', 'Barbearia do Zé no Porto'],
    ['en', ''],
  ])('[%s] "%s" names nobody', (language, brief) => {
    expect(readPeople(brief, language)).toEqual([]);
  });
});

describe('names a brief puts after its first sentence', () => {
  it.each([
    // A legal form says the words before it are a registered name, and stays part of it.
    [
      'de',
      'Wir sind der Kleiderladen Lindenhof e.V. und verkaufen Spenden weiter.',
      'Kleiderladen Lindenhof e.V.',
    ],
    ['de', 'Heizung und Sanitär, Meisterbetrieb. Schulte GmbH, seit 1975.', 'Schulte GmbH'],
    ['en', 'Commercial cleaning for offices. Brightwell Ltd, fully insured.', 'Brightwell Ltd'],
    // An introduction in a later sentence.
    ['pt', 'Pastelaria em Setúbal com fabrico próprio. Somos a Doce Maré.', 'Doce Maré'],
    ['en', 'Dog grooming in Leeds, all breeds. We are Fluff Stop!', 'Fluff Stop'],
    // A label.
    ['pt', 'Churros artesanais na feira de sábado. Nome: Churro Mania', 'Churro Mania'],
    ['en', 'Mobile coffee van for events. Business name: Bean Machine', 'Bean Machine'],
    // A brief signed with the business's name, after a full stop, a dash or an emoji.
    ['fr', 'Crêperie à Quimper, galettes et cidre. Fermé le mardi. Le Blé Noir', 'Le Blé Noir'],
    ['fr', 'Atelier de reliure 📚 carnets sur mesure. Papiers & Fils', 'Papiers & Fils'],
    [
      'en',
      'Magician for kids parties, balloon modelling. Sam Hart - Hart Entertainment',
      'Hart Entertainment',
    ],
    // A word capitalised inside is a product's name; a platform's is not the business's.
    ['de', 'Wir haben RadPlan gebaut, eine App für Vereinsfahrten.', 'RadPlan'],
  ])('[%s] "%s" is %s', (language, brief, name) => {
    expect(readName(brief, language).name?.value).toBe(name);
  });

  it.each([
    // A person signs the brief: that is who, not what.
    ['fr', 'Ostéopathe à Nantes, adultes et nourrissons. Séance 55€. Élodie Marchal'],
    ['en', 'Roofing repairs across Cork. Free quotes. Call Dave'],
    // What follows a colon is labelled by what comes before it.
    ['de', 'Reitschule bei Celle, Kurse für Kinder. Reitlehrerin: Anke Voss'],
    // German capitalises nouns: a closing phrase of nouns is no name.
    ['de', 'Physiotherapie in Kiel, alle Kassen. Team von 4 Therapeuten.'],
    // "e" is "and", not "é" ("is"): "Banho e tosa" states no name.
    ['pt', 'Banho e tosa em Campinas, taxi dog incluso'],
    // A hyphen against a word shortens a German compound; it does not end a name.
    ['de', 'Garten- und Landschaftsbau in Kassel, Pflaster und Rasen'],
    ['en', 'Order on WhatsApp for same day delivery'],
  ])('[%s] "%s" names no business', (language, brief) => {
    expect(readName(brief, language).name).toBeUndefined();
  });
});
