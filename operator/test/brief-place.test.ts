import { beforeAll, describe, expect, it } from 'vitest';
import {
  gazetteer,
  isKnownPlace,
  placeKey,
  placeLanguages,
  readCountry,
  readCountryPlace,
  readPlace,
} from '../src/site/brief/place.ts';

// The gazetteer (135,000 towns) loads once, in under a second of CPU; give it room on a busy machine.
beforeAll(() => {
  gazetteer();
}, 60_000);

describe('readPlace', () => {
  it.each([
    // brief, city, country, currency, calling code
    ['Small hotel with 9 rooms in Ljubljana', 'Ljubljana', 'SI', 'EUR', '386'],
    ['Bäckerei in Berlin seit 1920', 'Berlin', 'DE', 'EUR', '49'],
    ['Kinderarztpraxis in Freiburg mit zwei Ärztinnen', 'Freiburg', 'DE', 'EUR', '49'],
    ['Dog-friendly cafe near the harbour in Cape Town', 'Cape Town', 'ZA', 'ZAR', '27'],
    ['Padaria familiar no Porto desde 1962', 'Porto', 'PT', 'EUR', '351'],
    ['Clínica dentária em Braga com três dentistas', 'Braga', 'PT', 'EUR', '351'],
    ['Craft brewery and taproom in Asheville, 12 taps', 'Asheville', 'US', 'USD', '1'],
    ['Yoga classes for beginners in Lisbon', 'Lisbon', 'PT', 'EUR', '351'],
    ['Panadería artesanal en Sevilla', 'Sevilla', 'ES', 'EUR', '34'],
    ['Boulangerie de quartier à Lyon', 'Lyon', 'FR', 'EUR', '33'],
    ['Boiler repair and plumbing in Bristol, Gas Safe registered', 'Bristol', 'GB', 'GBP', '44'],
    ['Bakkerij in Utrecht sinds 1950', 'Utrecht', 'NL', 'EUR', '31'],
    ['Ramen shop in Porto Alegre', 'Porto Alegre', 'BR', 'BRL', '55'],
    ['Restaurant in Luxembourg', 'Luxembourg', 'LU', 'EUR', '352'],
  ])('"%s" is in %s, %s (%s, +%s)', (brief, city, country, currency, callingCode) => {
    expect(readPlace(brief, 'en')).toMatchObject({ city, country, currency, callingCode });
  });

  it('gives the country its English name', () => {
    expect(readPlace('Braai restaurant in Cape Town')).toMatchObject({ countryName: 'South Africa' });
    expect(readPlace('Guesthouse in Ljubljana old town')).toMatchObject({ countryName: 'Slovenia' });
  });

  it.each([
    // written, city as the gazetteer spells it, country
    ['Dentista em Lisboa', 'Lisboa', 'Lisbon', 'PT'],
    ['Kanzlei für Arbeitsrecht in München', 'München', 'Munich', 'DE'],
    ['Restaurant in Munich', 'Munich', 'Munich', 'DE'],
    ['Restaurant in Cologne', 'Cologne', 'Köln', 'DE'],
    ['Fahrradwerkstatt in Köln', 'Köln', 'Köln', 'DE'],
    ['Dog grooming in Seville', 'Seville', 'Sevilla', 'ES'],
    ['Pizzeria a conduzione familiare a Napoli', 'Napoli', 'Naples', 'IT'],
    ['Family-run pizzeria Da Nonna in Naples', 'Naples', 'Naples', 'IT'],
    ['Kinderarztpraxis in Freiburg im Breisgau', 'Freiburg im Breisgau', 'Freiburg', 'DE'],
    ['Café in Den Haag', 'Den Haag', 'The Hague', 'NL'],
    ['Wine bar in New York', 'New York', 'New York City', 'US'],
    ['Loja de vinhos do Porto em Gaia', 'Gaia', 'Vila Nova de Gaia', 'PT'],
    ['Tapas in Cádiz', 'Cádiz', 'Cadiz', 'ES'],
  ])('"%s": written %s, the gazetteer’s %s (%s)', (brief, written, city, country) => {
    expect(readPlace(brief)).toMatchObject({ written, city, country });
  });

  it.each([
    ["Porto's best bakery, sourdough since 1962", 'Porto', 'PT'],
    ['Restaurante no centro do Porto', 'Porto', 'PT'],
    ['Berlin-based tattoo studio', 'Berlin', 'DE'],
    ['Fysiotherapeut in Rotterdam-Zuid', 'Rotterdam', 'NL'],
    ['bakery in porto since 1962', 'Porto', 'PT'],
    ['Tattoo studio in Berlin run by two artists from Lisbon', 'Berlin', 'DE'],
    ['Restaurante en Valencia', 'Valencia', 'ES'],
    ['Open in May in Nice', 'Nice', 'FR'],
    ['Pastelaria Aloma em Campo de Ourique, Lisboa', 'Lisbon', 'PT'],
    ['Bike shop in Amsterdam Noord', 'Amsterdam', 'NL'],
    ['Dog walking in Brooklyn, NY', 'Brooklyn', 'US'],
  ])('"%s" is in %s (%s)', (brief, city, country) => {
    expect(readPlace(brief)).toMatchObject({ city, country });
  });

  it.each([
    // A district's name after "barrio/quartier/Stadtteil/colonia" is not the town, even where a town
    // elsewhere has that name.
    ['es', 'Bar de tapas en el barrio Salamanca, Madrid', 'Madrid', 'ES'],
    ['fr', 'Bistrot dans le quartier Saint-Paul, Lyon', 'Lyon', 'FR'],
    ['de', 'Café im Stadtteil Neustadt, Dresden', 'Dresden', 'DE'],
    ['es', 'Fonda en la colonia Toledo, Puebla', 'Puebla', 'MX'],
    // The town after a street address, however small.
    ['en', 'The Old Forge, 3 Mill Lane, Ledbury', 'Ledbury', 'GB'],
    ['de', 'Bäckerei Korn, Lindenstraße 4, 24211 Preetz', 'Preetz', 'DE'],
    ['pt', 'Padaria Sol, Rua Direita 5, Vila do Bispo', 'Vila do Bispo', 'PT'],
    // "Near" in two words is as firm as "in".
    ['fr', 'Gîte près de Lourmarin, piscine', 'Lourmarin', 'FR'],
    ['pt', 'Turismo rural perto de Marvão', 'Marvão', 'PT'],
    ['es', 'Casa rural cerca de Albarracín', 'Albarracín', 'ES'],
    // The short name of a compound: Châlons-en-Champagne.
    ['fr', 'Crêperie à Châlons', 'Châlons-en-Champagne', 'FR'],
    // Of two towns of one name, the one where the brief's language is spoken.
    ['es', 'Panadería en Toledo', 'Toledo', 'ES'],
    ['en', 'Bakery in Toledo', 'Toledo', 'US'],
    // A big city is a city even where its name is a country's in some language (Grenada is "Granada").
    ['es', 'Tapas en Granada', 'Granada', 'ES'],
    ['en', 'Tapas bar in Granada', 'Granada', 'ES'],
  ])('[%s] "%s" is in %s (%s)', (language, brief, city, country) => {
    expect(readPlace(brief, language)).toMatchObject({ city, country });
  });

  it('does not take the start of a town the gazetteer lacks for another town', () => {
    // Hay-on-Wye is too small for the gazetteer; Hay is a town in Australia.
    expect(readPlace('Bookshop in Hay-on-Wye')).toBeUndefined();
  });

  it('takes the town a state code or country points to', () => {
    expect(readPlace('Bakery in Portland, ME')).toMatchObject({
      city: 'Portland',
      country: 'US',
      region: 'ME',
    });
    expect(readPlace('Bakery in Portland, OR')).toMatchObject({
      city: 'Portland',
      country: 'US',
      region: 'OR',
    });
    expect(readPlace('Pub in Cambridge')).toMatchObject({ country: 'GB', region: 'England' });
  });

  it.each([
    ['Mobile dog groomer, fully insured'],
    ['Classes in English for adults'],
    ['Specialising in Thai food'],
    ['Open Monday to Saturday'],
    ['Weinhandlung mit Verkostung am Samstag'],
    ['Padaria Ribeira, a family bakery'],
    ['Surf camp in Portugal'],
    ['Hotel in Mexico'],
    ['Pizzeria'],
    [''],
    ['🍕 🍕'],
    ['مخبز عائلي في دبي'],
  ])('finds no city in "%s"', (brief) => {
    expect(readPlace(brief)).toBeUndefined();
  });

  it('leaves out a city that is part of the business’s name', () => {
    const brief = 'Lisbon Surf School, lessons for beginners';
    expect(readPlace(brief, 'en', ['Lisbon Surf School'])).toBeUndefined();
    expect(readPlace('Padaria de Lisboa, a bakery in Porto', 'en', ['Padaria de Lisboa'])).toMatchObject({
      city: 'Porto',
    });
  });
});

describe('readCountry', () => {
  it('names the country of a city, or a country named alone', () => {
    expect(readCountry('Surf camp in Portugal')).toBe('PT');
    expect(readCountry('Bäckerei in Deutschland')).toBe('DE');
    expect(readCountry('Yoga in Ljubljana')).toBe('SI');
    expect(readCountry('Bakery')).toBeUndefined();
  });
});

describe('readCountryPlace', () => {
  it.each([
    ['Surf camp in Portugal', 'Portugal', 'PT', 'EUR', '351'],
    ['Escuela de español en México', 'México', 'MX', 'MXN', '52'],
    ['Weingut in Österreich, Führungen ab 15 €', 'Österreich', 'AT', 'EUR', '43'],
    ['Safari lodge in South Africa', 'South Africa', 'ZA', 'ZAR', '27'],
  ])('"%s" names %s: %s, %s, +%s, and no city', (brief, written, country, currency, callingCode) => {
    const place = readCountryPlace(brief);
    expect(place).toEqual({
      written,
      country,
      countryName: expect.any(String),
      currency,
      callingCode,
    });
    expect(place?.city).toBeUndefined();
  });

  it.each([
    ['Hostel with beds from US$20', []],
    ["Jordan's bakery, sourdough and rye", []],
    ['China Garden takeaway, noodles and dumplings', ['China Garden']],
    ['Bakery', []],
  ])('"%s" names no country', (brief, exclude) => {
    expect(readCountryPlace(brief, exclude)).toBeUndefined();
  });
});

describe('placeLanguages', () => {
  it('gives the languages of the country of a town or a country, and nothing for other words', () => {
    expect(placeLanguages('Granada')).toContain('es');
    expect(placeLanguages('Wien')).toContain('de');
    expect(placeLanguages('Portugal')).toContain('pt');
    expect(placeLanguages('Hargreaves')).toBeUndefined();
  });
});

describe('the gazetteer', () => {
  it('folds spellings to one key', () => {
    expect(placeKey('München')).toBe('munchen');
    expect(placeKey('St. Ives')).toBe(placeKey('Saint Ives'));
    expect(placeKey("Porto's")).toBe('porto');
    expect(placeKey('Aix-en-Provence')).toBe('aix en provence');
  });

  it('knows towns by size', () => {
    expect(isKnownPlace('Porto')).toBe(true);
    expect(isKnownPlace('Lisboa')).toBe(true);
    expect(isKnownPlace('Ericeira')).toBe(false);
    expect(isKnownPlace('Ericeira', 1_000)).toBe(true);
    expect(isKnownPlace('Hargreaves')).toBe(false);
  });
});

describe('readPlace, the harder spellings', () => {
  it.each([
    // brief, language, city, country
    // Lower case, after "in" and on its own when the town is big.
    ['Emergency plumber in calgary, Dave on call', 'en', 'Calgary', 'CA'],
    ['Hot Yoga Co. classes in byron bay, mats provided', 'en', 'Byron Bay', 'AU'],
    ['Mick’s Barbers glasgow southside, walk ins', 'en', 'Glasgow', 'GB'],
    ['Tattoos à la Guillotière (lyon 7e), sur rendez-vous', 'fr', 'Lyon', 'FR'],
    // A district, then its city; a suburb, then its city; a namesake abroad, then the city.
    ['Bike shop in Newtown, Sydney. Repairs while you wait', 'en', 'Sydney', 'AU'],
    ['Kiezkneipe auf St. Pauli, Hamburg. Astra vom Fass', 'de', 'Hamburg', 'DE'],
    ['Parrilla en Palermo, Buenos Aires, abierta de noche', 'es', 'Buenos Aires', 'AR'],
    ['Guitar lessons in East Nashville, all ages', 'en', 'Nashville', 'US'],
    // A state's code or "Town" after the town is not more of its name.
    ['Luxe Nails in Houston TX (Heights), walk-ins', 'en', 'Houston', 'US'],
    ['Pousada no centro, Salvador BA, café incluso', 'pt', 'Salvador', 'BR'],
    ['Autoescola Nova Rota - Recife/PE, categoria B', 'pt', 'Recife', 'BR'],
    // An elided preposition, a possessive, and a town after the business's name and a comma.
    ['Fromagerie dans la vieille ville d’Annecy, raclette', 'fr', 'Annecy', 'FR'],
    ['Property sales on Auckland’s North Shore', 'en', 'Auckland', 'NZ'],
  ])('"%s" [%s] is in %s (%s)', (brief, language, city, country) => {
    expect(readPlace(brief, language)).toMatchObject({ city, country });
  });

  it('takes a town after the business’s name and a comma, and "Town" or "city" after it', () => {
    expect(
      readPlace('St. Mary’s Church, Kildare Town. Mass on Sundays', 'en', ['St. Mary’s Church']),
    ).toMatchObject({ city: 'Kildare', country: 'IE' });
    // GeoNames names Galway in Irish; the brief's own spelling is what the site shows.
    expect(readPlace('Coworking on the docks in Galway city, hot desks', 'en')).toMatchObject({
      written: 'Galway',
      country: 'IE',
      currency: 'EUR',
    });
  });

  it.each([
    // A region after the town is not a town of the same name elsewhere.
    ['Porthmeor Gallery, St Ives, Cornwall: painting and ceramics', 'en', 'GB'],
    // "Havelock North" is not Havelock, North Carolina; better no town than a wrong country.
    ['Honey from our hives in Havelock North, Hawke’s Bay', 'en', undefined],
  ])('"%s" [%s] is not placed abroad', (brief, language, country) => {
    expect(readPlace(brief, language, ['Porthmeor Gallery'])?.country).toBe(country);
  });

  it('takes no lower-case word for a town a capital would not have made one', () => {
    // "colonia" is a district in Spanish, Köln in Italian; "jardín" a garden and a Colombian town.
    expect(readPlace('Taquería en la colonia centro, abierta tarde', 'es')?.city).toBeUndefined();
    expect(
      readPlace('Hacienda Los Olivos, jardín y salón para bodas', 'es', ['Hacienda Los Olivos']),
    ).toBeUndefined();
  });
});
