import { describe, expect, it } from 'vitest';
import { MAX_OFFERINGS, readOfferingsAndAttributes } from '../src/site/brief/offerings.ts';

type Case = [string, string, string, string[], { offerings: string[]; attributes: string[] }];

describe('readOfferingsAndAttributes', () => {
  it.each<Case>([
    [
      'a bare comma list',
      'en',
      'A family bakery in Porto, sourdough, pastel de nata and coffee, open since 1987',
      ['Porto', 'family bakery'],
      { offerings: ['sourdough', 'pastel de nata', 'coffee'], attributes: [] },
    ],
    [
      'a colon list',
      'en',
      'Bike shop in Utrecht: repairs, servicing and second-hand bikes.',
      ['Utrecht', 'Bike shop'],
      { offerings: ['repairs', 'servicing', 'second-hand bikes'], attributes: [] },
    ],
    [
      'a registration is an attribute',
      'en',
      'Plumber in Leeds, Gas Safe registered, boiler repair and emergency callouts',
      ['Leeds', 'Plumber'],
      { offerings: ['boiler repair', 'emergency callouts'], attributes: ['Gas Safe registered'] },
    ],
    [
      'haircuts and colour, dog friendly',
      'en',
      'Hair salon in Leeds, haircuts and colour, dog friendly',
      ['Leeds', 'Hair salon'],
      { offerings: ['haircuts', 'colour'], attributes: ['dog friendly'] },
    ],
    [
      'only attributes',
      'en',
      'Dog friendly, cooked to order',
      [],
      { offerings: [], attributes: ['Dog friendly', 'cooked to order'] },
    ],
    [
      'attributes inside a "with" list',
      'en',
      'Café with vegan options, gluten-free cakes and free parking',
      [],
      { offerings: ['cakes'], attributes: ['vegan options', 'gluten-free', 'free parking'] },
    ],
    [
      'certifications and a free tier',
      'en',
      'SaaS for clinics, SOC2 and ISO 27001 certified, free tier',
      [],
      { offerings: [], attributes: ['SOC2', 'ISO 27001 certified', 'free tier'] },
    ],
    [
      'price items are offerings, prices are not',
      'en',
      'Barber in Leeds, haircuts from £25 and beard trims £15',
      ['Leeds', 'Barber'],
      { offerings: ['haircuts', 'beard trims'], attributes: [] },
    ],
    [
      'a day mention leaves its activity',
      'en',
      'Wine bar in Porto with tastings on Saturdays, closed on Sundays',
      ['Porto', 'Wine bar'],
      { offerings: ['tastings'], attributes: [] },
    ],
    [
      'counts are not offerings; quality words are attributes',
      'en',
      'Guesthouse with 9 rooms and a rooftop bar, friendly staff, cosy',
      ['Guesthouse'],
      { offerings: ['rooftop bar'], attributes: ['friendly staff', 'cosy'] },
    ],
    [
      'a delivery area keeps its value',
      'en',
      'Pizzeria in Austin, delivery area downtown, wood-fired pizza and salads',
      ['Austin', 'Pizzeria'],
      { offerings: ['wood-fired pizza', 'salads'], attributes: ['delivery area'] },
    ],
    [
      'cue verbs',
      'en',
      'We repair bikes and sell second-hand bikes in Utrecht',
      ['Utrecht'],
      { offerings: ['bikes', 'second-hand bikes'], attributes: [] },
    ],
    [
      'specialising in',
      'en',
      'Osteopath in Bath specialising in sports massage, dry needling and pregnancy care',
      ['Bath', 'Osteopath'],
      { offerings: ['sports massage', 'dry needling', 'pregnancy care'], attributes: [] },
    ],
    [
      'a free consultation is an offering',
      'en',
      'Yoga studio in Porto, hatha and vinyasa classes, free first class, beginners welcome',
      ['Porto', 'Yoga studio'],
      { offerings: ['hatha', 'vinyasa classes', 'first class'], attributes: ['beginners welcome'] },
    ],
    [
      'a threshold is not an offering',
      'en',
      'Law firm in Lisbon, golden visa advice, investments from €285,000',
      ['Lisbon', 'Law firm'],
      { offerings: ['golden visa advice'], attributes: [] },
    ],
    [
      'second sentence with a cue',
      'en',
      'We sell bread, cakes and coffee. Open daily.',
      [],
      { offerings: ['bread', 'cakes', 'coffee'], attributes: [] },
    ],
    [
      'pt: com list and sem glúten',
      'pt',
      'Padaria no Porto com pão de massa mãe, pastel de nata e café, sem glúten',
      ['Porto', 'Padaria'],
      { offerings: ['pão de massa mãe', 'pastel de nata', 'café'], attributes: ['sem glúten'] },
    ],
    [
      'pt: especializado em',
      'pt',
      'Escritório de advogados em Lisboa, especializado em imobiliário, vistos gold e direito fiscal',
      ['Lisboa', 'Escritório de advogados'],
      { offerings: ['imobiliário', 'vistos gold', 'direito fiscal'], attributes: [] },
    ],
    [
      'pt: a title is not an offering',
      'pt',
      'Clínica da Dra. Ana Costa em Lisboa, consultas a 60€ e primeira consulta gratuita, acessível',
      ['Lisboa', 'Dra. Ana Costa', 'Clínica'],
      { offerings: ['consultas', 'primeira consulta'], attributes: ['acessível'] },
    ],
    [
      'es: con list and opciones veganas',
      'es',
      'Panadería en Madrid con pan de masa madre, cruasanes y café, opciones veganas',
      ['Madrid', 'Panadería'],
      { offerings: ['pan de masa madre', 'cruasanes', 'café'], attributes: ['opciones veganas'] },
    ],
    [
      'es: a word that folds to an article is kept',
      'es',
      'Salón de uñas en Madrid: manicura, pedicura y uñas de gel. Abierto de lunes a sábado.',
      ['Madrid', 'Salón de uñas'],
      { offerings: ['manicura', 'pedicura', 'uñas de gel'], attributes: [] },
    ],
    [
      'fr: nous proposons and sans gluten',
      'fr',
      'Boulangerie à Lyon, nous proposons du pain au levain, des croissants et du café, sans gluten',
      ['Lyon', 'Boulangerie'],
      { offerings: ['pain au levain', 'croissants', 'café'], attributes: ['sans gluten'] },
    ],
    [
      'fr: wifi gratuit',
      'fr',
      "Café-librairie à Paris, livres d'occasion, café et pâtisseries maison, wifi gratuit",
      ['Paris', 'Café-librairie'],
      { offerings: ["livres d'occasion", 'café', 'pâtisseries maison'], attributes: ['wifi gratuit'] },
    ],
    [
      'de: mit list and compound attributes',
      'de',
      'Bäckerei in Berlin mit Sauerteigbrot, Brezeln und Kaffee, glutenfrei und hundefreundlich',
      ['Berlin', 'Bäckerei'],
      { offerings: ['Sauerteigbrot', 'Brezeln', 'Kaffee'], attributes: ['glutenfrei', 'hundefreundlich'] },
    ],
    [
      'de: für after a practice noun',
      'de',
      'Kanzlei in München für Arbeitsrecht und Mietrecht',
      ['München', 'Kanzlei'],
      { offerings: ['Arbeitsrecht', 'Mietrecht'], attributes: [] },
    ],
    [
      'de: an emergency number is a way to call, neither a quality nor a price',
      'de',
      'Notfallnummer 0761 12345, Heizungsbau und Sanitär',
      [],
      { offerings: ['Heizungsbau', 'Sanitär'], attributes: [] },
    ],
    [
      'other language: attributes by certification pattern only',
      'it',
      'Studio a Milano, ISO 9001, consulenza e formazione',
      ['Milano'],
      { offerings: [], attributes: ['ISO 9001'] },
    ],
  ])('%s', (_, language, text, exclude, expected) => {
    expect(readOfferingsAndAttributes(text, language, exclude)).toEqual(expected);
  });

  it.each<[string, string, string, string[], { offerings: string[]; attributes: string[] }]>([
    // A phone label and its number are a way to get in touch: neither a quality nor a thing sold.
    [
      'pt: WhatsApp and its number',
      'pt',
      'Oficina em Braga: travões, pneus e óleo. WhatsApp 912 345 678',
      ['Braga', 'Oficina'],
      { offerings: ['travões', 'pneus', 'óleo'], attributes: [] },
    ],
    [
      'es: an emergency phone',
      'es',
      'Fontanero en Bilbao, teléfono de urgencias 600 123 456, calderas y tuberías',
      ['Bilbao', 'Fontanero'],
      { offerings: ['calderas', 'tuberías'], attributes: [] },
    ],
    [
      'fr: an emergency number',
      'fr',
      "Serrurier à Lille, numéro d'urgence 06 12 34 56 78, portes blindées et serrures",
      ['Lille', 'Serrurier'],
      { offerings: ['portes blindées', 'serrures'], attributes: [] },
    ],
    [
      'de: a Notruf line',
      'de',
      'Schlüsseldienst in Kiel, Notruf 0431 123456, Türöffnung und Schlosstausch',
      ['Kiel', 'Schlüsseldienst'],
      { offerings: ['Türöffnung', 'Schlosstausch'], attributes: [] },
    ],
    [
      'en: ring and a number',
      'en',
      'Removals in Leeds, ring 0113 496 0000, houses and offices',
      ['Leeds', 'Removals'],
      { offerings: ['houses', 'offices'], attributes: [] },
    ],
    // What is left of "available 24/7" or "abrimos de … a …" once the hours are read is no offering.
    [
      'en: available around the clock',
      'en',
      'Electrician in Derby, available 24/7',
      ['Derby'],
      { offerings: [], attributes: [] },
    ],
    [
      'pt: disponível',
      'pt',
      'Canalizador em Faro, disponível 24 horas',
      ['Faro'],
      { offerings: [], attributes: [] },
    ],
    [
      'pt: what the hours leave',
      'pt',
      'Florista em Évora. Abrimos de segunda a sábado, das 9h às 18h.',
      ['Évora', 'Florista'],
      { offerings: [], attributes: [] },
    ],
    [
      'es: disponible',
      'es',
      'Cerrajero en Murcia, disponible 24 horas',
      ['Murcia'],
      { offerings: [], attributes: [] },
    ],
    [
      'fr: disponible',
      'fr',
      'Plombier à Nantes, disponible 7j/7',
      ['Nantes'],
      { offerings: [], attributes: [] },
    ],
    [
      'de: erreichbar',
      'de',
      'Elektriker in Kiel, rund um die Uhr erreichbar',
      ['Kiel'],
      { offerings: [], attributes: [] },
    ],
    // "Familiar" after its noun reads as a quality only with the noun.
    [
      'pt: padaria familiar',
      'pt',
      'Pastelaria familiar em Braga, bolos e salgados',
      ['Braga'],
      { offerings: ['bolos', 'salgados'], attributes: ['Pastelaria familiar'] },
    ],
    [
      'es: restaurante familiar',
      'es',
      'Restaurante familiar en Cádiz, pescaíto frito y tortillitas',
      ['Cádiz'],
      { offerings: ['pescaíto frito', 'tortillitas'], attributes: ['Restaurante familiar'] },
    ],
    [
      'fr: crêperie familiale',
      'fr',
      'Crêperie familiale à Quimper, galettes et crêpes',
      ['Quimper'],
      { offerings: ['galettes', 'crêpes'], attributes: ['Crêperie familiale'] },
    ],
    // A bare list whose items hold "au", "aux", "al" joining their words.
    [
      'fr: pain au levain',
      'fr',
      'Pâtisserie à Nantes, tartes aux pommes, éclairs et pain au chocolat',
      ['Nantes'],
      { offerings: ['tartes aux pommes', 'éclairs', 'pain au chocolat'], attributes: [] },
    ],
    [
      'es: al pastor',
      'es',
      'Taquería en Puebla, tacos al pastor y quesadillas',
      ['Puebla'],
      { offerings: ['tacos al pastor', 'quesadillas'], attributes: [] },
    ],
    [
      'fr: a bare list still ends at a place',
      'fr',
      'Boulangerie, situé au centre de Lyon',
      ['Lyon'],
      { offerings: [], attributes: [] },
    ],
    // What the business is made of, after "de" in its first words: two things or more.
    [
      'fr: fromagerie de chèvre et brebis',
      'fr',
      'Fromagerie de chèvre et brebis à Rodez',
      ['Rodez'],
      { offerings: ['chèvre', 'brebis'], attributes: [] },
    ],
    [
      'pt: loja de chás e cafés',
      'pt',
      'Loja de chás e cafés em Braga',
      ['Braga'],
      { offerings: ['chás', 'cafés'], attributes: [] },
    ],
    [
      'es: tienda de quesos y embutidos',
      'es',
      'Tienda de quesos y embutidos en León',
      ['León'],
      { offerings: ['quesos', 'embutidos'], attributes: [] },
    ],
    [
      'pt: escola de vela is what it is',
      'pt',
      'Escola de vela em Lagos',
      ['Lagos'],
      { offerings: [], attributes: [] },
    ],
    // Something named is not something sold.
    [
      'en: a goat called Pickle',
      'en',
      'Farm café with cakes, soups and a goat called Pickle',
      [],
      { offerings: ['cakes', 'soups'], attributes: [] },
    ],
  ])('%s', (_, language, text, exclude, expected) => {
    expect(readOfferingsAndAttributes(text, language, exclude)).toEqual(expected);
  });

  it('never returns an excluded span', () => {
    const result = readOfferingsAndAttributes(
      'Padaria Ribeira, sourdough, Padaria Ribeira and coffee, Porto',
      'en',
      ['Padaria Ribeira', 'Porto'],
    );
    expect(result).toEqual({ offerings: ['sourdough', 'coffee'], attributes: [] });
  });

  it('keeps a descriptor out of the attributes when the caller took it', () => {
    expect(
      readOfferingsAndAttributes('Family-run pizzeria in Naples, pizza and pasta', 'en', [
        'Family-run pizzeria',
        'Naples',
      ]),
    ).toEqual({
      offerings: ['pizza', 'pasta'],
      attributes: [],
    });
  });

  it('deduplicates, case and accents aside', () => {
    expect(
      readOfferingsAndAttributes('Café, we sell coffee, Coffee and cafe, café', 'en', []).offerings,
    ).toEqual(['coffee', 'cafe']);
  });

  it(`keeps at most ${MAX_OFFERINGS} offerings`, () => {
    const items = Array.from({ length: 20 }, (_, i) => `item${String.fromCharCode(97 + i)}`);
    const result = readOfferingsAndAttributes(`We sell ${items.join(', ')}`, 'en', []);
    expect(result.offerings).toEqual(items.slice(0, MAX_OFFERINGS));
  });

  it.each<[string, string]>([
    ['en', 'We are based in the heart of Porto, near the river'],
    ['en', 'Open daily, run by two sisters, call 0761 12345'],
    ['pt', 'Somos uma padaria no Porto, aberta desde 1987'],
    ['de', 'Bäckerei, die sonntags geschlossen hat'],
  ])('no offerings in sentences that list nothing (%s: %s)', (language, text) => {
    expect(readOfferingsAndAttributes(text, language, []).offerings).toEqual([]);
  });

  it.each([
    'with a, '.repeat(500),
    'we sell '.repeat(500),
    'x: '.repeat(1333),
    'free '.repeat(800),
    'gluten-'.repeat(570),
    '🍕🙂\u202eשלום مرحبا <script>alert(1)</script>, '.repeat(90),
    '\u0000\u0001'.repeat(2000),
  ])('adversarial input returns (%#)', (text) => {
    for (const language of ['en', 'pt', 'es', 'fr', 'de', 'zz']) {
      const result = readOfferingsAndAttributes(text, language, ['a', '', '(', '\\']);
      expect(result.offerings.length).toBeLessThanOrEqual(12);
      expect(result.attributes.length).toBeLessThanOrEqual(12);
    }
  });

  it('reads non-strings as nothing', () => {
    expect(
      readOfferingsAndAttributes(undefined as unknown as string, 'en', undefined as unknown as string[]),
    ).toEqual({
      offerings: [],
      attributes: [],
    });
  });
});
