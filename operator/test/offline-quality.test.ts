import {
  contentForLocale,
  type HeroSection,
  KIND_FAMILIES,
  type KindFamily,
  type Section,
  type SiteDocument,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { COPY_LANGUAGES } from '../src/site/brief/types.ts';
import type { SiteBrief } from '../src/site/generator.ts';
import { generateFromFacts } from '../src/site/offline/generate.ts';
import { briefFacts, type FactsInput, PLACES } from './helpers/offline-facts.ts';

// The offline writer as a demanding owner reads it: the hero and the story say what the brief says (what
// it offers, where, since when, who, how many), a site without a name never uses the name it was given in
// a sentence, the numbers keep the brief's words, no section is a lonely list of one, and every kind of
// business reads in words that fit it.

const fromFacts = (input: FactsInput, brief: Partial<SiteBrief> = {}) => {
  const facts = briefFacts(input);
  return generateFromFacts({ prompt: facts.text, ...brief }, facts);
};

const sections = (doc: SiteDocument, locale = doc.defaultLocale): Section[] =>
  contentForLocale(doc, locale)?.pages.flatMap((p) => p.sections) ?? [];
const hero = (doc: SiteDocument, locale?: string) =>
  sections(doc, locale).find((s): s is HeroSection => s.type === 'hero')?.props;
const byId = (doc: SiteDocument, id: string, locale?: string) =>
  sections(doc, locale).find((s) => s.id === id);

// Every string a reader sees, but page titles (the "Services | Name" form) and data.
const DATA = new Set(['href', 'id', 'type', 'slug', 'kind', 'motif', 'currency', 'country', 'day', 'title']);
function prose(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!DATA.has(key) && !(key === 'placeholder')) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) prose(item, key, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) prose(v, k, out);
  }
  return out;
}

const HEATING_ENGINEER: FactsInput = {
  kind: 'hvac',
  noun: 'heating engineer',
  text: 'Gas Safe registered heating engineer covering Leeds and Bradford. Boiler installs, servicing and repairs. 15 years in the trade.',
  place: PLACES.leeds,
  offerings: ['Boiler installs', 'servicing', 'repairs'],
  attributes: ['Gas Safe registered'],
  counts: [{ value: 15, noun: 'years', text: '15 years' }],
};

describe('the hero says what the business does, from the brief', () => {
  it.each<[string, FactsInput, { eyebrow: string; subheading: string }]>([
    [
      'en',
      HEATING_ENGINEER,
      {
        eyebrow: 'Heating engineer · Gas Safe registered',
        subheading:
          'Boiler installs, servicing, and repairs in Leeds. 15 years in the trade. Tell us what needs doing and we’ll get back to you.',
      },
    ],
    [
      'es',
      {
        kind: 'tattoo-studio',
        language: 'es',
        noun: 'estudio de tatuajes',
        text: 'Estudio de tatuajes en Barcelona, realismo y tradicional. Citas por Instagram.',
        place: PLACES.barcelona,
        offerings: ['realismo', 'tradicional'],
      },
      {
        eyebrow: 'Estudio de tatuajes',
        subheading: 'Realismo y tradicional en Barcelona. Reserva tu cita o pregúntanos lo que quieras.',
      },
    ],
    [
      'de',
      {
        kind: 'bakery',
        language: 'de',
        name: 'Bäckerei Müller',
        noun: 'Bäckerei',
        text: 'Bäckerei Müller in Hamburg, seit 1952 in dritter Generation. Brötchen, Vollkornbrot und Franzbrötchen.',
        place: PLACES.hamburg,
        foundedYear: 1952,
        offerings: ['Brötchen', 'Vollkornbrot', 'Franzbrötchen'],
      },
      {
        eyebrow: 'Bäckerei in Hamburg seit 1952',
        subheading:
          'Brötchen, Vollkornbrot und Franzbrötchen in Hamburg. Kommen Sie herein und lassen Sie sich verwöhnen.',
      },
    ],
    [
      'pt',
      {
        kind: 'bakery',
        language: 'pt',
        name: 'Padaria Ribeira',
        text: 'Padaria Ribeira, padaria no Porto: pão de massa-mãe e pastel de nata, sem glúten',
        place: PLACES.porto,
        offerings: ['pão de massa-mãe', 'pastel de nata'],
        attributes: ['sem glúten'],
      },
      {
        eyebrow: 'Padaria no Porto · Sem glúten',
        subheading: 'Pão de massa-mãe e pastel de nata no Porto. Entre e deixe-nos tratar de si.',
      },
    ],
    [
      'fr',
      {
        kind: 'florist',
        language: 'fr',
        name: 'Les Jardins de Léa',
        text: 'Les Jardins de Léa, fleuriste à Lyon : bouquets, mariages et plantes.',
        place: PLACES.lyon,
        offerings: ['bouquets', 'mariages', 'plantes'],
      },
      {
        eyebrow: 'Fleuriste à Lyon',
        subheading: 'Bouquets, mariages et plantes à Lyon. Entrez jeter un œil, ou posez-nous vos questions.',
      },
    ],
  ])('%s', (_language, input, expected) => {
    const doc = fromFacts(input);
    expect(hero(doc)?.eyebrow).toBe(expected.eyebrow);
    expect(hero(doc)?.subheading).toBe(expected.subheading);
    const description = doc.pages[0]?.seo.description ?? '';
    expect(expected.subheading.startsWith(description.replace(/…$/, ''))).toBe(true);
  });

  it('keeps the brief’s capitals where they are a name and lowers them where a sentence began', () => {
    const doc = fromFacts({
      kind: 'hotel',
      name: 'Casa do Rio',
      text: 'Casa do Rio, boutique hotel in Porto. Rooftop bar and views over the Douro.',
      place: PLACES.porto,
      offerings: ['Rooftop bar', 'views over the Douro'],
    });
    const story = byId(doc, 'story');
    expect(story?.type === 'about' && story.props.paragraphs[1]).toBe(
      'What you’ll find here: rooftop bar and views over the Douro. We look forward to welcoming you.',
    );
  });
});

describe('the story tells the brief’s story', () => {
  const HOTEL: FactsInput = {
    kind: 'hotel',
    name: 'Casa do Rio',
    noun: 'boutique hotel',
    text: 'Casa do Rio, a boutique hotel in Porto since 1998 with 9 rooms, a rooftop bar and views over the Douro. Dog friendly. Run by Ana Costa (owner) and Rui Lima (head chef).',
    place: PLACES.porto,
    foundedYear: 1998,
    counts: [{ value: 9, noun: 'rooms', text: '9 rooms' }],
    offerings: ['a rooftop bar', 'views over the Douro'],
    attributes: ['dog friendly'],
    people: [
      { name: 'Ana Costa', role: 'owner' },
      { name: 'Rui Lima', role: 'head chef' },
    ],
  };

  it('in English: the place, the year, the count, what it offers, its qualities and its people', () => {
    const story = byId(fromFacts(HOTEL), 'story');
    expect(story?.type === 'about' && story.props.heading).toBe('About Casa do Rio');
    expect(story?.type === 'about' && story.props.paragraphs).toEqual([
      'Casa do Rio is a boutique hotel in Porto. Our story goes back to 1998. 9 rooms.',
      'What you’ll find here: a rooftop bar and views over the Douro. Dog friendly. Your hosts: Ana Costa (owner) and Rui Lima (head chef). We look forward to welcoming you.',
    ]);
  });

  it('in every language, with the brief’s words kept as written', () => {
    const doc = fromFacts(HOTEL, { locales: [...COPY_LANGUAGES] });
    const paragraphs = (locale: string) => {
      const story = byId(doc, 'story', locale);
      return story?.type === 'about' ? story.props.paragraphs : [];
    };
    expect(paragraphs('pt')[0]).toBe('Casa do Rio: hotel no Porto. A história começa em 1998. 9 rooms.');
    expect(paragraphs('es')[0]).toBe(
      'Somos Casa do Rio, hotel en Porto. Nuestra historia comienza en 1998. 9 rooms.',
    );
    expect(paragraphs('fr')[0]).toBe(
      'Bienvenue chez Casa do Rio, hôtel à Porto. Notre histoire commence en 1998. 9 rooms.',
    );
    expect(paragraphs('de')[0]).toBe(
      'Willkommen bei Casa do Rio – Hotel in Porto. Unsere Geschichte beginnt im Jahr 1998. 9 rooms.',
    );
    for (const locale of COPY_LANGUAGES) {
      expect(paragraphs(locale)[1], locale).toContain('Ana Costa (owner)');
      expect(paragraphs(locale)[1], locale).toContain('Dog friendly.');
    }
  });

  it('leaves no gap where a fact is missing', () => {
    const story = byId(fromFacts({ kind: 'hotel', name: 'Casa do Rio', text: 'x' }), 'story');
    expect(story?.type === 'about' && story.props.paragraphs).toEqual([
      'Casa do Rio is a hotel.',
      'We look forward to welcoming you.',
    ]);
  });
});

// A site the brief gives no name is called after what it is and where. That name heads the site; in a
// sentence it would read as a proper name ("Tell Heating engineer in Leeds what needs doing").
describe('a site without a name', () => {
  const UNNAMED: Record<KindFamily, FactsInput['kind']> = {
    'food-drink': 'bakery',
    lodging: 'hotel',
    health: 'dentist',
    beauty: 'tattoo-studio',
    fitness: 'yoga-studio',
    trades: 'hvac',
    professional: 'accountant',
    creative: 'photographer',
    education: 'music-teacher',
    retail: 'florist',
    community: 'nonprofit',
    technology: 'saas',
    events: 'wedding-planner',
    animals: 'animal-shelter',
    neutral: 'generic',
  };
  const cases = KIND_FAMILIES.flatMap((family) =>
    COPY_LANGUAGES.map((language) => [family, language] as const),
  );

  it.each(cases)('%s in %s never uses its built name inside a sentence', (family, language) => {
    const doc = fromFacts({
      kind: UNNAMED[family],
      language,
      ...(family === 'neutral' ? { noun: 'pottery studio' } : {}),
      text: 'x 2004 9',
      place: PLACES.porto,
      foundedYear: 2004,
      offerings: ['first thing', 'second thing'],
      attributes: ['one quality'],
      people: [{ name: 'Ana Costa', role: 'owner' }],
      counts: [{ value: 9, noun: 'rooms', text: '9 rooms' }],
    });
    const name = doc.name.toLocaleLowerCase();
    expect(name).toContain('porto');
    // As a proper name it follows a word ("Tell Bakery in Porto", "About Bakery in Porto", "Willkommen bei
    // Bakery in Porto"); saying what the business is ("We are a bakery in Porto.", "…: Bäckerei in Porto.")
    // is not using it as a name.
    const problems: string[] = [];
    for (const text of prose(contentForLocale(doc, language))) {
      for (let at = text.indexOf(doc.name); at >= 0; at = text.indexOf(doc.name, at + 1)) {
        if (/\p{L}[’']?\s$/u.test(text.slice(0, at))) problems.push(text);
      }
    }
    expect(problems).toEqual([]);
    expect(doc.footer.text.toLocaleLowerCase()).not.toContain(name);
    expect(hero(doc)?.eyebrow?.toLocaleLowerCase() ?? '').not.toContain(name);
  });

  it('says "we" and "us" in English', () => {
    const doc = fromFacts(HEATING_ENGINEER);
    expect(doc.name).toBe('Heating engineer in Leeds');
    const texts = prose(doc.pages);
    expect(texts).toContain('Getting a job done starts with a message.');
    expect(texts).toContain('Tell us what needs doing and we’ll get back to you.');
    expect(texts).toContain('About us');
    expect(doc.footer.text).toBe('Boiler installs, servicing, and repairs.');
  });

  it('has a footer line that is not the name again, even with nothing else to say', () => {
    for (const language of COPY_LANGUAGES) {
      const doc = fromFacts({ kind: 'bakery', language, text: 'x', place: PLACES.porto });
      expect(doc.footer.text, language).not.toBe(doc.name);
      expect(doc.footer.text.toLocaleLowerCase(), language).not.toContain(doc.name.toLocaleLowerCase());
      expect(doc.footer.text.length, language).toBeGreaterThan(0);
    }
  });
});

describe('numbers keep the brief’s words', () => {
  const stats = (doc: SiteDocument) => {
    const s = byId(doc, 'numbers');
    return s?.type === 'stats' ? s.props.items : undefined;
  };

  it.each<[string, string, FactsInput['counts'], { value: string; label: string }[]]>([
    [
      'the words after the count, to the end of the clause',
      'Heating engineer in Leeds. 15 years in the trade, 3 vans on the road.',
      [
        { value: 15, noun: 'years', text: '15 years' },
        { value: 3, noun: 'vans', text: '3 vans' },
      ],
      [
        { value: '15', label: 'years in the trade' },
        { value: '3', label: 'vans on the road' },
      ],
    ],
    [
      'not past "and" or another number',
      'Boutique hotel with 9 rooms and a rooftop bar, 2 suites',
      [
        { value: 9, noun: 'rooms', text: '9 rooms' },
        { value: 2, noun: 'suites', text: '2 suites' },
      ],
      [
        { value: '9', label: 'rooms' },
        { value: '2', label: 'suites' },
      ],
    ],
    [
      'a long clause is left out, never cut',
      'We have 3 vans covering the whole of West Yorkshire, and 12 engineers.',
      [
        { value: 3, noun: 'vans', text: '3 vans' },
        { value: 12, noun: 'engineers', text: '12 engineers' },
      ],
      [
        { value: '3', label: 'vans' },
        { value: '12', label: 'engineers' },
      ],
    ],
    [
      'in Portuguese',
      'Associação de proteção animal em Viseu. Temos 40 cães e 15 gatos para adoção.',
      [
        { value: 40, noun: 'cães', text: '40 cães' },
        { value: 15, noun: 'gatos', text: '15 gatos' },
      ],
      [
        { value: '40', label: 'cães' },
        { value: '15', label: 'gatos para adoção' },
      ],
    ],
  ])('%s', (_label, text, counts, expected) => {
    expect(stats(fromFacts({ kind: 'hvac', text, counts }))).toEqual(expected);
  });

  it('says the founding year once, as the brief did, and works out no years from today', () => {
    const doc = fromFacts({
      kind: 'bakery',
      name: 'Padaria Ribeira',
      text: 'Padaria Ribeira, bakery in Porto since 1987',
      place: PLACES.porto,
      foundedYear: 1987,
    });
    expect(stats(doc)).toBeUndefined();
    expect(hero(doc)?.eyebrow).toBe('Bakery in Porto since 1987');
    const home = prose(doc.pages[0]).join('\n');
    expect(home.match(/1987/g)).toHaveLength(1);
    expect(home).not.toMatch(/\byears?\b/i);
  });

  it('puts a single count in the hero, in the brief’s words, instead of a stats section of one', () => {
    const doc = fromFacts(HEATING_ENGINEER);
    expect(stats(doc)).toBeUndefined();
    expect(hero(doc)?.subheading).toContain('15 years in the trade.');
  });
});

describe('no section looks empty', () => {
  it('folds one or two qualities into the hero as badges, not a "good to know" list of one', () => {
    const doc = fromFacts(HEATING_ENGINEER);
    expect(byId(doc, 'good-to-know')).toBeUndefined();
    expect(hero(doc)?.eyebrow).toBe('Heating engineer · Gas Safe registered');
  });

  it('says a quality too long for a badge in the hero’s line', () => {
    const doc = fromFacts({
      ...HEATING_ENGINEER,
      attributes: ['registered with the Gas Safe Register for every kind of boiler'],
    });
    expect(byId(doc, 'good-to-know')).toBeUndefined();
    expect(hero(doc)?.eyebrow).toBe('Heating engineer');
    expect(hero(doc)?.subheading).toContain(
      '15 years in the trade. Registered with the Gas Safe Register for every kind of boiler.',
    );
  });

  it('gives three or more qualities a section of their own, and keeps them out of the hero', () => {
    const doc = fromFacts({
      ...HEATING_ENGINEER,
      attributes: ['Gas Safe registered', 'fully insured', 'free quotes'],
    });
    const good = byId(doc, 'good-to-know');
    expect(good?.type === 'text' && good.props.blocks[1]).toEqual({
      kind: 'list',
      ordered: false,
      items: ['Gas Safe registered', 'Fully insured', 'Free quotes'],
    });
    expect(hero(doc)?.eyebrow).toBe('Heating engineer');
    expect(hero(doc)?.subheading).not.toMatch(/insured/);
  });

  it('writes no home section without content of its own', () => {
    const doc = fromFacts({ kind: 'hvac', text: 'x' });
    expect(doc.pages[0]?.sections.map((s) => s.id)).toEqual(['welcome', 'highlights', 'next-step']);
  });
});

describe('the offer page', () => {
  it('lists what the brief offers, as written, with no filler line repeated on every item', () => {
    const offer = byId(fromFacts(HEATING_ENGINEER), 'services');
    expect(offer?.type === 'services' && offer.props.groups).toEqual([
      { items: [{ name: 'Boiler installs' }, { name: 'Servicing' }, { name: 'Repairs' }] },
    ]);
    expect(offer?.type === 'services' && offer.props.intro).toBe(
      'The jobs we take on. Not on the list? Ask us anyway.',
    );
  });
});

describe('words that fit the business', () => {
  const json = (input: FactsInput, locales?: string[]) =>
    JSON.stringify(fromFacts(input, locales ? { locales } : {}));

  it('a German bakery has an offer, not a menu of dishes', () => {
    const text = json({
      kind: 'bakery',
      language: 'de',
      name: 'Bäckerei Müller',
      text: 'Bäckerei Müller: Brötchen und Vollkornbrot',
      offerings: ['Brötchen', 'Vollkornbrot'],
    });
    expect(text).not.toMatch(/Speisekarte|Gericht|Tisch|Karte/);
    expect(text).toContain('"label":"Angebot"');
  });

  it.each([
    ['tattoo-studio', /treatment|behandlung|tratamiento|tratamento|soins\b/i],
    ['barber', /treatment|behandlung|tratamiento|tratamento|soins\b/i],
    ['bike-shop', /patient|paciente/i],
    ['animal-shelter', /your animal|seu animal|tu animal|votre animal|Ihr Tier|pet owners/i],
    ['brewery', /\bdish|prato|plato|Gericht|Speisekarte|good food/i],
    ['music-teacher', /patient|treatment|menu/i],
  ] as const)('a %s reads in its own words in every language', (kind, wrong) => {
    for (const language of COPY_LANGUAGES) {
      const text = json({ kind, language, name: 'Casa Azul', text: 'x', offerings: ['a thing'] });
      expect(text.match(wrong), `${kind} in ${language}`).toBeNull();
    }
  });

  it('uses the brief’s own word for the business, in the brief’s language', () => {
    const piano = fromFacts({
      kind: 'music-teacher',
      language: 'de',
      noun: 'Klavierlehrerin',
      name: 'Anna Berg',
      text: 'Klavierlehrerin in Hamburg',
      place: PLACES.hamburg,
    });
    expect(hero(piano)?.eyebrow).toBe('Klavierlehrerin in Hamburg');
    expect(JSON.stringify(piano)).not.toContain('Musikschule');
    const english = fromFacts(
      { kind: 'music-teacher', language: 'de', noun: 'Klavierlehrerin', name: 'Anna Berg', text: 'x' },
      { locales: ['en'] },
    );
    expect(hero(english)?.eyebrow).toBe('Music teacher');
  });
});
