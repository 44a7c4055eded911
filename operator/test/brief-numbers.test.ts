import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import {
  loadBriefData,
  parseAmount,
  readCounts,
  readFoundedYear,
  readPrices,
} from '../src/site/brief/numbers.ts';
import type { CountFact, PriceFact } from '../src/site/brief/types.ts';

const count = (value: number, noun: string, text: string): CountFact => ({ value, noun, text });

describe('readCounts', () => {
  it.each<[string, string, string, CountFact[]]>([
    [
      'en digits',
      'en',
      'B&B in Porto with 9 rooms, 12 taps and 40 seats',
      [count(9, 'rooms', '9 rooms'), count(12, 'taps', '12 taps'), count(40, 'seats', '40 seats')],
    ],
    ['en number word', 'en', 'Dental practice with two doctors', [count(2, 'doctors', 'two doctors')]],
    [
      'en years of experience',
      'en',
      'Electrician with 20 years of experience',
      [count(20, 'years of experience', '20 years of experience')],
    ],
    [
      'en 20+ years',
      'en',
      'Over 20+ years in business',
      [count(20, 'years in business', '20+ years in business')],
    ],
    [
      'en compound noun',
      'en',
      'Pub with 12 craft beer taps',
      [count(12, 'craft beer taps', '12 craft beer taps')],
    ],
    [
      'en three generations',
      'en',
      'Family-run by three generations',
      [count(3, 'generations', 'three generations')],
    ],
    ['en thousands', 'en', 'Gym with 1,200 members', [count(1200, 'members', '1,200 members')]],
    ['pt digits', 'pt', 'Guesthouse no Porto com 9 quartos', [count(9, 'quartos', '9 quartos')]],
    ['pt number word', 'pt', 'Padaria familiar há três gerações', [count(3, 'gerações', 'três gerações')]],
    [
      'pt experience',
      'pt',
      'Mais de 20 anos de experiência',
      [count(20, 'anos de experiência', '20 anos de experiência')],
    ],
    ['pt thousands', 'pt', 'Ginásio com 1.200 sócios', [count(1200, 'sócios', '1.200 sócios')]],
    [
      'es number word',
      'es',
      'Hostal con nueve habitaciones',
      [count(9, 'habitaciones', 'nueve habitaciones')],
    ],
    ['es thousands', 'es', 'Club con 1.500 socios', [count(1500, 'socios', '1.500 socios')]],
    ['fr number word', 'fr', "Maison d'hôtes avec neuf chambres", [count(9, 'chambres', 'neuf chambres')]],
    ['fr hyphenated word', 'fr', 'Hôtel de dix-sept chambres', [count(17, 'chambres', 'dix-sept chambres')]],
    [
      'fr experience',
      'fr',
      "Plus de 20 ans d'expérience",
      [count(20, "ans d'expérience", "20 ans d'expérience")],
    ],
    ['fr space thousands', 'fr', 'Club de 1 200 adhérents', [count(1200, 'adhérents', '1 200 adhérents')]],
    ['de digits', 'de', 'Hotel mit 12 Zimmer', [count(12, 'Zimmer', '12 Zimmer')]],
    [
      'de number word',
      'de',
      'Bäckerei in drei Generationen',
      [count(3, 'Generationen', 'drei Generationen')],
    ],
    [
      'de two counts',
      'de',
      'Praxis mit 3 Ärzte und 2 Therapeuten',
      [count(3, 'Ärzte', '3 Ärzte'), count(2, 'Therapeuten', '2 Therapeuten')],
    ],
    ['de experience', 'de', 'Über 20 Jahre Erfahrung', [count(20, 'Jahre Erfahrung', '20 Jahre Erfahrung')]],
    [
      'other language, digits only',
      'it',
      'Albergo con 12 camere e nove bagni',
      [count(12, 'camere', '12 camere')],
    ],
  ])('%s', (_, language, text, expected) => {
    expect(readCounts(text, language)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['a founding year', 'en', 'Bakery since 1962'],
    ['a year after "in"', 'en', 'Opened in 2010 by two sisters'.replace('two sisters', 'the owners')],
    ['a price', 'en', 'Haircuts €25'],
    ['a price with a code', 'en', 'Rooms 80 EUR'],
    ['opening times', 'en', 'Mon–Fri 9–18h'],
    ['times with am/pm', 'en', 'Open 9am to 5pm'],
    ['German times', 'de', 'Mo–Fr 9–18 Uhr'],
    ['a phone number', 'de', 'Notfallnummer 0761 12345'],
    ['an international phone number', 'pt', 'Ligue +351 912 345 678'],
    ['a Portuguese postcode', 'pt', 'Rua das Flores 12, 1000-001 Lisboa'],
    ['a German postcode', 'de', 'Hauptstraße 3, 79098 Freiburg'],
    ['always open', 'en', 'Pharmacy open 24/7'],
    ['24 hours', 'pt', 'Farmácia aberta 24 horas'],
    ['a duration', 'pt', 'Massagem 60 min'],
    ['a percentage', 'en', '10% off all orders'],
    ['a certification', 'en', 'ISO 27001 certified'],
    ['an ordinal', 'en', 'On the 2nd floor'],
    ['an age', 'en', 'The shop is 20 years old'],
    ['a ranking', 'en', 'Top 10 restaurants in Leeds'],
    ['a street number', 'en', '12 High Street, London'],
    ['"one of"', 'en', 'One of the best bakeries'],
    ['an article that is also "one"', 'pt', 'Uma padaria no Porto'],
  ])('no count in %s', (_, language, text) => {
    expect(readCounts(text, language)).toEqual([]);
  });
});

const price = (fact: Omit<PriceFact, 'floor'> & { floor?: boolean }): PriceFact => ({
  floor: false,
  ...fact,
});

describe('readPrices', () => {
  it.each<[string, string, string | undefined, string, PriceFact[]]>([
    [
      'symbol before',
      'en',
      'GBP',
      'Plumber, call-outs £81',
      [price({ amount: 81, currency: 'GBP', item: 'call-outs', text: '£81' })],
    ],
    [
      'dollar with cents',
      'en',
      'USD',
      'Burgers $15.40',
      [price({ amount: 15.4, currency: 'USD', item: 'Burgers', text: '$15.40' })],
    ],
    [
      'dollar in a dollar country',
      'en',
      'CAD',
      'Haircut 25$',
      [price({ amount: 25, currency: 'CAD', item: 'Haircut', text: '25$' })],
    ],
    [
      'floor and item',
      'en',
      'GBP',
      'Barber in Leeds, haircuts from £25 and beard trims £15',
      [
        price({ amount: 25, currency: 'GBP', floor: true, item: 'haircuts', text: 'from £25' }),
        price({ amount: 15, currency: 'GBP', item: 'beard trims', text: '£15' }),
      ],
    ],
    [
      'symbol after with space',
      'en',
      'EUR',
      'Tasting menu 85 €',
      [price({ amount: 85, currency: 'EUR', item: 'Tasting menu', text: '85 €' })],
    ],
    [
      'item before a colon',
      'en',
      'EUR',
      'Tasting menu: €85',
      [price({ amount: 85, currency: 'EUR', item: 'Tasting menu', text: '€85' })],
    ],
    [
      'item after the price',
      'en',
      'EUR',
      '€60 for a 60-minute massage',
      [price({ amount: 60, currency: 'EUR', item: '60-minute massage', text: '€60' })],
    ],
    [
      'per night',
      'en',
      'EUR',
      'Rooms from €80 per night',
      [
        price({
          amount: 80,
          currency: 'EUR',
          floor: true,
          item: 'Rooms',
          per: 'night',
          text: 'from €80 per night',
        }),
      ],
    ],
    [
      'slash unit',
      'en',
      'EUR',
      'Hourly rate €60/h',
      [price({ amount: 60, currency: 'EUR', item: 'Hourly rate', per: 'hour', text: '€60/h' })],
    ],
    [
      'per session and per month',
      'en',
      'GBP',
      'Yoga classes £12 per class or £90 a month',
      [
        price({ amount: 12, currency: 'GBP', item: 'Yoga classes', per: 'session', text: '£12 per class' }),
        price({ amount: 90, currency: 'GBP', per: 'month', text: '£90 a month' }),
      ],
    ],
    [
      'per day and per week',
      'en',
      'EUR',
      'Hot desk €20/day or €80 per week',
      [
        price({ amount: 20, currency: 'EUR', item: 'Hot desk', per: 'day', text: '€20/day' }),
        price({ amount: 80, currency: 'EUR', per: 'week', text: '€80 per week' }),
      ],
    ],
    [
      'pro Tag in German',
      'de',
      'EUR',
      'Fahrradverleih 15 € pro Tag',
      [price({ amount: 15, currency: 'EUR', item: 'Fahrradverleih', per: 'day', text: '15 € pro Tag' })],
    ],
    [
      'a range is a floor',
      'en',
      'EUR',
      'Rooms 60–80 € per night',
      [
        price({
          amount: 60,
          currency: 'EUR',
          floor: true,
          item: 'Rooms',
          per: 'night',
          text: '60–80 € per night',
        }),
      ],
    ],
    [
      'codes before and after',
      'en',
      'EUR',
      'Coaching: EUR 60, audit 5000 EUR, R$ 50, CHF 120',
      [
        price({ amount: 60, currency: 'EUR', item: 'Coaching', text: 'EUR 60' }),
        price({ amount: 5000, currency: 'EUR', item: 'audit', text: '5000 EUR' }),
        price({ amount: 50, currency: 'BRL', text: 'R$ 50' }),
        price({ amount: 120, currency: 'CHF', text: 'CHF 120' }),
      ],
    ],
    [
      'en thousands and decimals',
      'en',
      'USD',
      'Kitchens from $1,200.50',
      [price({ amount: 1200.5, currency: 'USD', floor: true, item: 'Kitchens', text: 'from $1,200.50' })],
    ],
    [
      'a price word with the place currency',
      'en',
      'EUR',
      'A lesson costs 40',
      [price({ amount: 40, currency: 'EUR', item: 'lesson', text: 'costs 40' })],
    ],
    [
      'pt thousands and decimals, floor, per night',
      'pt',
      'EUR',
      'Quartos a partir de 1.200,50 € por noite',
      [
        price({
          amount: 1200.5,
          currency: 'EUR',
          floor: true,
          item: 'Quartos',
          per: 'night',
          text: 'a partir de 1.200,50 € por noite',
        }),
      ],
    ],
    [
      'pt duration in the item',
      'pt',
      'EUR',
      'Massagem 60 min 45€',
      [price({ amount: 45, currency: 'EUR', item: 'Massagem 60 min', text: '45€' })],
    ],
    [
      'pt title is not an item',
      'pt',
      'EUR',
      'Dra Ana Costa, consultas a 60€',
      [price({ amount: 60, currency: 'EUR', item: 'consultas', text: '60€' })],
    ],
    [
      'pt free',
      'pt',
      'EUR',
      'Primeira consulta gratuita',
      [
        price({
          amount: 0,
          currency: 'EUR',
          free: true,
          item: 'Primeira consulta',
          text: 'Primeira consulta gratuita',
        }),
      ],
    ],
    [
      'es floor, per hour',
      'es',
      'EUR',
      'Clases desde 20 € la hora',
      [
        price({
          amount: 20,
          currency: 'EUR',
          floor: true,
          item: 'Clases',
          per: 'hour',
          text: 'desde 20 € la hora',
        }),
      ],
    ],
    [
      'es currency word, per person',
      'es',
      'EUR',
      'Cena a 30 euros por persona',
      [price({ amount: 30, currency: 'EUR', item: 'Cena', per: 'person', text: '30 euros por persona' })],
    ],
    [
      'es free',
      'es',
      'EUR',
      'Consulta gratis',
      [price({ amount: 0, currency: 'EUR', free: true, item: 'Consulta', text: 'Consulta gratis' })],
    ],
    [
      'fr floor, per night',
      'fr',
      'EUR',
      'Chambres à partir de 90 € la nuit',
      [
        price({
          amount: 90,
          currency: 'EUR',
          floor: true,
          item: 'Chambres',
          per: 'night',
          text: 'à partir de 90 € la nuit',
        }),
      ],
    ],
    [
      'fr thousands',
      'fr',
      'EUR',
      'Cuisine sur mesure dès 1.200,50 €',
      [
        price({
          amount: 1200.5,
          currency: 'EUR',
          floor: true,
          item: 'Cuisine sur mesure',
          text: 'dès 1.200,50 €',
        }),
      ],
    ],
    [
      'fr free',
      'fr',
      'EUR',
      'Première consultation gratuite',
      [
        price({
          amount: 0,
          currency: 'EUR',
          free: true,
          item: 'Première consultation',
          text: 'Première consultation gratuite',
        }),
      ],
    ],
    [
      'de floor, per night, and a second item',
      'de',
      'EUR',
      'Zimmer ab 80 € pro Nacht, Haarschnitt 25 €',
      [
        price({
          amount: 80,
          currency: 'EUR',
          floor: true,
          item: 'Zimmer',
          per: 'night',
          text: 'ab 80 € pro Nacht',
        }),
        price({ amount: 25, currency: 'EUR', item: 'Haarschnitt', text: '25 €' }),
      ],
    ],
    [
      'de thousands',
      'de',
      'EUR',
      'Küchen ab 1.200,50 €',
      [price({ amount: 1200.5, currency: 'EUR', floor: true, item: 'Küchen', text: 'ab 1.200,50 €' })],
    ],
    [
      'de free',
      'de',
      'EUR',
      'Kostenloses Erstgespräch',
      [
        price({
          amount: 0,
          currency: 'EUR',
          free: true,
          item: 'Erstgespräch',
          text: 'Kostenloses Erstgespräch',
        }),
      ],
    ],
    [
      'en free',
      'en',
      'GBP',
      'Free first consultation',
      [
        price({
          amount: 0,
          currency: 'GBP',
          free: true,
          item: 'first consultation',
          text: 'Free first consultation',
        }),
      ],
    ],
    [
      'free without a known currency',
      'en',
      undefined,
      'Free first consultation',
      [
        price({
          amount: 0,
          currency: 'XXX',
          free: true,
          item: 'first consultation',
          text: 'Free first consultation',
        }),
      ],
    ],
    [
      'a sale price, not a threshold',
      'en',
      'EUR',
      'Apartments from €285,000',
      [price({ amount: 285000, currency: 'EUR', floor: true, item: 'Apartments', text: 'from €285,000' })],
    ],
    [
      'a threshold clause that names a fee',
      'en',
      'EUR',
      'Golden visa advice, fixed fee €1,500',
      [price({ amount: 1500, currency: 'EUR', item: 'fixed fee', text: '€1,500' })],
    ],
    [
      'a title before a price gives no item',
      'pt',
      'EUR',
      'Dra. Ana €60',
      [price({ amount: 60, currency: 'EUR', text: '€60' })],
    ],
    [
      'other language: symbols only',
      'it',
      'EUR',
      'Menu degustazione 85 €',
      [price({ amount: 85, currency: 'EUR', item: 'Menu degustazione', text: '85 €' })],
    ],
  ])('%s', (_, language, currency, text, expected) => {
    expect(readPrices(text, language, currency)).toEqual(expected);
  });

  it.each<[string, string, string | undefined, string]>([
    ['attributes', 'en', 'USD', 'Dog friendly, cooked to order'],
    ['an attribute and a registration', 'en', 'GBP', 'Plumber in Leeds, Gas Safe registered'],
    ['a delivery area', 'en', 'USD', 'Pizzeria in Austin, delivery area downtown'],
    ['an emergency phone number', 'de', 'EUR', 'Notfallnummer 0761 12345'],
    ['a title', 'es', 'EUR', 'Clínica dental de la Dra. García en Madrid'],
    ['counts', 'en', 'EUR', 'Hotel with 9 rooms and 40 seats'],
    ['a number without currency or price word', 'en', 'EUR', 'Lessons 40'],
    ['a price word without a known currency', 'en', undefined, 'A lesson costs 40'],
    ['a price word before a duration', 'en', 'EUR', 'A lesson costs 40 minutes of your time'],
    [
      'a threshold: investments',
      'en',
      'EUR',
      'Law firm in Lisbon, golden visa advice, investments from €285,000',
    ],
    ['a threshold: golden visa', 'en', 'EUR', 'Golden visa advice €285,000'],
    ['a threshold in Portuguese', 'pt', 'EUR', 'Vistos gold, investimento mínimo de 500.000 €'],
    ['free amenities', 'en', 'GBP', 'Free parking and free Wi-Fi, free tier'],
    ['a percentage', 'en', 'EUR', '10% off all orders'],
    ['a capitalised word that is a currency code', 'en', 'EUR', 'TOP 10 cocktails'],
    ['kroner without a kroner country', 'en', 'EUR', 'Consultations 100 kr'],
    ['a founding year', 'pt', 'EUR', 'Padaria desde 1962'],
    ['opening hours', 'de', 'EUR', 'Mo.–Fr. 9–18 Uhr'],
  ])('no price in %s', (_, language, currency, text) => {
    expect(readPrices(text, language, currency)).toEqual([]);
  });
});

describe('readPrices: the currency of a bare mark', () => {
  it.each<[string, string, string, PriceFact[]]>([
    // "$" is the place's own dollar or peso wherever it has one; "US$" is always the US dollar.
    [
      'es',
      'MXN',
      'Tortas a $45 cada una',
      [price({ amount: 45, currency: 'MXN', item: 'Tortas', text: '$45' })],
    ],
    [
      'es',
      'ARS',
      'Empanadas $900',
      [price({ amount: 900, currency: 'ARS', item: 'Empanadas', text: '$900' })],
    ],
    [
      'es',
      'COP',
      'Tinto desde $3.500',
      [price({ amount: 3500, currency: 'COP', floor: true, item: 'Tinto', text: 'desde $3.500' })],
    ],
    [
      'en',
      'NZD',
      'Kayak hire $60',
      [price({ amount: 60, currency: 'NZD', item: 'Kayak hire', text: '$60' })],
    ],
    [
      'pt',
      'EUR',
      'Aulas de surf $40',
      [price({ amount: 40, currency: 'USD', item: 'Aulas de surf', text: '$40' })],
    ],
    [
      'es',
      'MXN',
      'Tour en lancha US$30',
      [price({ amount: 30, currency: 'USD', item: 'Tour en lancha', text: 'US$30' })],
    ],
    // "R" is the rand where the place uses it, written against the amount or not.
    [
      'en',
      'ZAR',
      'Safari lodge, rooms from R950 a night',
      [
        price({
          amount: 950,
          currency: 'ZAR',
          floor: true,
          per: 'night',
          item: 'rooms',
          text: 'from R950 a night',
        }),
      ],
    ],
    [
      'en',
      'ZAR',
      'Braai platter R 180',
      [price({ amount: 180, currency: 'ZAR', item: 'Braai platter', text: 'R 180' })],
    ],
  ])('[%s, place %s] "%s"', (language, currency, text, expected) => {
    expect(readPrices(text, language, currency)).toEqual(expected);
  });

  it.each<[string | undefined, string]>([
    ['GBP', 'Room R12 on the first floor'],
    [undefined, 'Rooms from R950 a night'],
    ['EUR', 'Platform R2, trains every hour'],
  ])('no rand where the place does not use it (%s): "%s"', (currency, text) => {
    expect(readPrices(text, 'en', currency)).toEqual([]);
  });
});

describe('readPrices: attributes are never priced', () => {
  it.each<[string, string, PriceFact]>([
    ['Dog friendly $15.40', 'USD', price({ amount: 15.4, currency: 'USD', text: '$15.40' })],
    [
      'Dog friendly — cooked to order $15.40',
      'USD',
      price({ amount: 15.4, currency: 'USD', text: '$15.40' }),
    ],
    ['Gas Safe registered £81', 'GBP', price({ amount: 81, currency: 'GBP', text: '£81' })],
    ['Delivery area $15.40', 'USD', price({ amount: 15.4, currency: 'USD', text: '$15.40' })],
    ['Notfallnummer $66', 'EUR', price({ amount: 66, currency: 'USD', text: '$66' })],
  ])('%s keeps its amount but has no item', (text, currency, expected) => {
    expect(readPrices(text, 'en', currency)).toEqual([expected]);
  });
});

describe('loadBriefData', () => {
  const schema = Type.Object({ words: Type.Array(Type.String()) });
  it('returns a value that matches the schema', () => {
    expect(loadBriefData('test.json', schema, { words: ['a'] })).toEqual({ words: ['a'] });
  });
  it('names the file and the path of what is wrong', () => {
    expect(() => loadBriefData('test.json', schema, { words: [1] })).toThrow(
      /operator\/src\/site\/brief\/data\/test\.json does not match its schema \(\/words\/0: Expected string/,
    );
  });
});

describe('readFoundedYear', () => {
  it.each<[string, string, number | undefined]>([
    ['Bakery since 1962', 'en', 1962],
    ['Founded in 1987 by two brothers', 'en', 1987],
    ['Established 1920', 'en', 1920],
    ['Est. 2001', 'en', 2001],
    ['Padaria desde 1962', 'pt', 1962],
    ['Fundada em 1962', 'pt', 1962],
    ['Fundado en 1950', 'es', 1950],
    ['Desde el año 1975', 'es', 1975],
    ['Boulangerie depuis 1987', 'fr', 1987],
    ['Fondée en 1899', 'fr', 1899],
    ['Seit 1990 in Freiburg', 'de', 1990],
    ['Gegründet 1921', 'de', 1921],
    ['Trattoria est. 1955', 'it', 1955],
    ['Three generations of bakers', 'en', undefined],
    ['Três gerações', 'pt', undefined],
    ['Since 2999', 'en', undefined],
    ['Since 999', 'en', undefined],
    ['Since the 1960s', 'en', undefined],
    ['Open 1962 hours a year', 'en', undefined],
    ['Haircuts from €25', 'en', undefined],
  ])('%s → %s', (text, language, expected) => {
    expect(readFoundedYear(text, language)).toBe(expected);
  });
});

describe('parseAmount', () => {
  it.each<[string, number]>([
    ['60', 60],
    ['15.40', 15.4],
    ['1,5', 1.5],
    ['1.200,50', 1200.5],
    ['1,200.50', 1200.5],
    ['1 200', 1200],
    ['285,000', 285000],
    ["1'200", 1200],
    ['285k', 285000],
  ])('%s → %s', (raw, expected) => {
    expect(parseAmount(raw)).toBe(expected);
  });
});

describe('robustness', () => {
  const adversarial = [
    '1'.repeat(4000),
    '1.'.repeat(2000),
    '€1 '.repeat(1333),
    '1 '.repeat(2000),
    'from '.repeat(800),
    'a@'.repeat(2000),
    '🍕🙂\u202eשלום مرحبا <script>alert(1)</script>'.repeat(100),
    `${'Mon-'.repeat(999)}Fri`,
    'free consultation '.repeat(222),
    '\u0000\u0001\uffff\ud800'.repeat(1000),
  ];
  it.each(adversarial.map((text, i) => [i, text] as const))('adversarial input %i returns', (_, text) => {
    for (const language of ['en', 'pt', 'es', 'fr', 'de', 'zz', '']) {
      expect(Array.isArray(readCounts(text, language))).toBe(true);
      expect(Array.isArray(readPrices(text, language, 'EUR'))).toBe(true);
      expect(readFoundedYear(text, language) ?? 0).toBeTypeOf('number');
    }
  });

  it('reads no input as nothing, whatever was passed', () => {
    expect(readCounts(undefined as unknown as string, 'en')).toEqual([]);
    expect(readPrices(null as unknown as string, 'en', 'EUR')).toEqual([]);
    expect(readFoundedYear(42 as unknown as string, 'en')).toBeUndefined();
  });
});
