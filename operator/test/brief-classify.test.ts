import {
  BUSINESS_KIND_INFO,
  BUSINESS_KINDS,
  type BusinessKind,
  KIND_FAMILIES,
  type KindFamily,
  kindInfo,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { classifyBusiness } from '../src/site/brief/classify.ts';
import {
  KIND_VOCABULARY,
  type KindsData,
  parseTerm,
  VOCABULARY_KINDS,
  validateKindsData,
} from '../src/site/brief/kinds-data.ts';
import { COPY_LANGUAGES, KIND_CONFIDENCE_THRESHOLD } from '../src/site/brief/types.ts';
import { businessJsonLd, schemaType } from '../src/site/render/seo.ts';

// [brief, language, kind, family]: the family is written out so a kind moved to another family shows here.
const CASES: [string, string, BusinessKind, KindFamily][] = [
  // The briefs the old keyword detector got wrong.
  ['Ink & Iron, a tattoo studio in Berlin Kreuzberg', 'en', 'tattoo-studio', 'beauty'],
  ['wedding planner in Lisbon organising destination weddings', 'en', 'wedding-planner', 'events'],
  ['bike workshop in Utrecht: repairs, servicing and second-hand bikes', 'en', 'bike-shop', 'retail'],
  ['yoga retreat in the Algarve with daily classes and vegan meals', 'en', 'retreat', 'lodging'],
  ['animal shelter in Leeds rehoming dogs and cats', 'en', 'animal-shelter', 'animals'],
  ['brewery taproom in Asheville with 12 taps and food trucks', 'en', 'brewery', 'food-drink'],
  ['piano teacher in Bristol for children and adults', 'en', 'music-teacher', 'education'],
  ['Clínica veterinária em Braga', 'pt', 'veterinary', 'animals'],
  ['boutique hotel in Porto with 9 rooms', 'en', 'hotel', 'lodging'],
  ['Kinderarztpraxis Dr. Weber in Freiburg', 'de', 'pediatrics', 'health'],
  ['Pizzeria', 'it', 'restaurant', 'food-drink'],
  ['Gelateria', 'it', 'ice-cream-shop', 'food-drink'],

  // English
  ['Family-run Italian restaurant in Boston serving fresh pasta', 'en', 'restaurant', 'food-drink'],
  ['Specialty coffee shop in Melbourne with house-roasted beans', 'en', 'cafe', 'food-drink'],
  ['Cocktail bar in Soho open until 2am', 'en', 'bar', 'food-drink'],
  ['Small vineyard and winery in the Napa Valley offering tastings', 'en', 'winery', 'food-drink'],
  ['Gin distillery in Edinburgh with tours and tastings', 'en', 'distillery', 'food-drink'],
  ['Gelato shop in Brighton with 24 flavours', 'en', 'ice-cream-shop', 'food-drink'],
  ['We are a family-run bakery in Bath baking sourdough every morning', 'en', 'bakery', 'food-drink'],
  ['Bed and breakfast in the Cotswolds with four rooms', 'en', 'bed-and-breakfast', 'lodging'],
  ['Backpackers hostel in Lisbon with dorms and private rooms', 'en', 'hostel', 'lodging'],
  ['Family campsite in Cornwall with glamping pods', 'en', 'campground', 'lodging'],
  ['Holiday cottage in the Lake District that sleeps six', 'en', 'vacation-rental', 'lodging'],
  ['Dental practice in Leeds offering implants and Invisalign', 'en', 'dentist', 'health'],
  ['Physiotherapy clinic in Dublin for sports injuries', 'en', 'physiotherapy', 'health'],
  ['Optician in Glasgow: eye tests, glasses and contact lenses', 'en', 'optician', 'health'],
  ['Independent pharmacy in Cardiff', 'en', 'pharmacy', 'health'],
  ['Counselling and psychotherapy practice in Oxford', 'en', 'therapist', 'health'],
  ['Registered dietitian in Toronto offering meal plans', 'en', 'nutritionist', 'health'],
  ['GP practice in Sheffield', 'en', 'clinic', 'health'],
  ['Barbershop in Brooklyn: skin fades and hot towel shaves', 'en', 'barber', 'beauty'],
  ['Nail salon in Leicester with gel nails and pedicures', 'en', 'nail-salon', 'beauty'],
  ['Hair salon in Leeds specialising in balayage', 'en', 'salon', 'beauty'],
  ['Beauty salon in Essex: facials, waxing and lash extensions', 'en', 'beauty-salon', 'beauty'],
  ['Day spa in Bath with massages and a sauna', 'en', 'spa', 'beauty'],
  ['CrossFit gym in Denver', 'en', 'fitness', 'fitness'],
  ['Pilates studio in Chelsea with reformer classes', 'en', 'yoga-studio', 'fitness'],
  ['Brazilian jiu-jitsu academy in San Diego', 'en', 'martial-arts', 'fitness'],
  ['Personal trainer in Manchester offering one-to-one sessions', 'en', 'personal-trainer', 'fitness'],
  ['Amateur football club in Sheffield looking for new players', 'en', 'sports-club', 'fitness'],
  ['Emergency plumber in Manchester, 24/7, Gas Safe registered', 'en', 'plumber', 'trades'],
  ['Electrician in Leeds: rewiring, fuse boards and EV chargers', 'en', 'electrician', 'trades'],
  ['Roofing company in Cardiff repairing flat roofs and gutters', 'en', 'roofer', 'trades'],
  ['Painter and decorator in Glasgow', 'en', 'house-painter', 'trades'],
  ['24-hour locksmith in Birmingham', 'en', 'locksmith', 'trades'],
  ['Heating engineer in Bristol servicing boilers and heat pumps', 'en', 'hvac', 'trades'],
  ['Building contractor in Dublin specialising in extensions', 'en', 'builder', 'trades'],
  ['Independent car garage in Reading: MOTs, servicing and repairs', 'en', 'auto-repair', 'trades'],
  ['Removals company in Oxford, house and office moves', 'en', 'moving-company', 'trades'],
  ['Office cleaning company in London', 'en', 'cleaning', 'trades'],
  ['Landscape gardener in Surrey designing patios and planting', 'en', 'landscaper', 'trades'],
  ['Handyman in Brighton for odd jobs and small repairs', 'en', 'trades', 'trades'],
  ['Employment law firm in London', 'en', 'law-firm', 'professional'],
  ['Notary public in Manchester', 'en', 'notary', 'professional'],
  [
    'Chartered accountants in Leeds helping small businesses with tax returns',
    'en',
    'accountant',
    'professional',
  ],
  ['Independent financial adviser in Bath', 'en', 'financial-advisor', 'professional'],
  ['Insurance broker in Norwich', 'en', 'insurance-agency', 'professional'],
  ['Estate agent in Bristol selling and letting homes', 'en', 'real-estate', 'professional'],
  ['Architecture practice in Copenhagen', 'en', 'architect', 'professional'],
  ['Management consultancy helping SMEs with strategy', 'en', 'consultant', 'professional'],
  ['Recruitment agency for nurses in London', 'en', 'recruitment-agency', 'professional'],
  ['Travel agency in Dublin specialising in honeymoons', 'en', 'travel-agency', 'professional'],
  ['Coworking space in Lisbon with hot desks', 'en', 'coworking', 'professional'],
  ['Wedding photographer based in Cornwall', 'en', 'photographer', 'creative'],
  ['Video production company in Manchester', 'en', 'videographer', 'creative'],
  ['Jazz band for weddings and corporate events', 'en', 'musician', 'creative'],
  ['Contemporary art gallery in Shoreditch', 'en', 'art-gallery', 'creative'],
  ['Interior designer in Chelsea', 'en', 'interior-designer', 'creative'],
  ["Freelance illustrator creating children's books", 'en', 'portfolio', 'creative'],
  ['Digital marketing agency in Manchester', 'en', 'agency', 'creative'],
  ['Montessori nursery in Cambridge for children aged 1 to 5', 'en', 'childcare', 'education'],
  ['Maths tutor in Bristol for GCSE and A-level', 'en', 'tutoring', 'education'],
  ['Language school in Malta offering English courses', 'en', 'language-school', 'education'],
  ['Driving school in Leeds with automatic and manual lessons', 'en', 'driving-school', 'education'],
  ['Ballet and contemporary dance school in Bristol', 'en', 'dance-school', 'education'],
  ['Independent bookshop in Hay-on-Wye', 'en', 'bookstore', 'retail'],
  ['Florist in Bath delivering bouquets', 'en', 'florist', 'retail'],
  ['Jeweller in Hatton Garden making engagement rings', 'en', 'jewelry-store', 'retail'],
  ['Pet shop in Leeds selling dog food and aquariums', 'en', 'pet-store', 'retail'],
  ['Hardware store in Vermont', 'en', 'hardware-store', 'retail'],
  ['Farm shop and deli in Somerset', 'en', 'grocery-store', 'retail'],
  ['Vintage clothing boutique in Camden', 'en', 'clothing-store', 'retail'],
  ['Online shop selling handmade candles', 'en', 'shop', 'retail'],
  ['Food bank charity in Leicester', 'en', 'nonprofit', 'community'],
  ['Parish church in York', 'en', 'place-of-worship', 'community'],
  ['Community library in Hackney', 'en', 'library', 'community'],
  ['Local history museum in Whitby', 'en', 'museum', 'community'],
  ['SaaS platform that automates invoicing for freelancers', 'en', 'saas', 'technology'],
  ['IT support for small businesses in Leeds', 'en', 'it-services', 'technology'],
  ['Web development studio building apps for startups', 'en', 'software-development', 'technology'],
  ['Event venue in a converted barn near York', 'en', 'event-venue', 'events'],
  ['Event management company in London for corporate events', 'en', 'event-planner', 'events'],
  ['Wedding catering and private chef in Tuscany', 'en', 'catering', 'events'],
  ["Walking tours of Lisbon's old town with a local guide", 'en', 'tour-operator', 'events'],
  ['Veterinary practice in Harrogate for cats and dogs', 'en', 'veterinary', 'animals'],
  ['Mobile dog grooming in Kent', 'en', 'pet-groomer', 'animals'],
  ['Dog walker and pet sitter in Brighton', 'en', 'pet-sitter', 'animals'],
  ['Puppy training classes in Leeds', 'en', 'dog-trainer', 'animals'],

  // Portuguese
  ['Padaria artesanal no Porto com pão de massa-mãe', 'pt', 'bakery', 'food-drink'],
  ['Restaurante de peixe em Cascais', 'pt', 'restaurant', 'food-drink'],
  ['Escola de surf na Ericeira', 'pt', 'school', 'education'],
  ['Ginásio em Lisboa com aulas de grupo', 'pt', 'fitness', 'fitness'],
  ['Cabeleireiro e barbearia em Coimbra', 'pt', 'salon', 'beauty'],
  ['Escritório de advogados em Lisboa', 'pt', 'law-firm', 'professional'],
  ['Contabilista certificado em Braga', 'pt', 'accountant', 'professional'],
  ['Agência imobiliária em Faro', 'pt', 'real-estate', 'professional'],
  ['Explicações de matemática em Aveiro', 'pt', 'tutoring', 'education'],
  ['Loja de bicicletas e oficina em Lisboa', 'pt', 'bike-shop', 'retail'],
  ['Canalizador em Setúbal, urgências 24h', 'pt', 'plumber', 'trades'],
  ['Alojamento local em Lagos com piscina', 'pt', 'vacation-rental', 'lodging'],
  ['Associação de proteção animal em Sintra', 'pt', 'animal-shelter', 'animals'],
  ['Estúdio de tatuagem em Lisboa', 'pt', 'tattoo-studio', 'beauty'],
  ['Fotógrafo de casamentos no Algarve', 'pt', 'photographer', 'creative'],
  ['Quinta para casamentos perto de Sintra', 'pt', 'event-venue', 'events'],
  ['Clínica de fisioterapia em Leiria', 'pt', 'physiotherapy', 'health'],

  // Spanish
  ['Peluquería canina en Valencia', 'es', 'pet-groomer', 'animals'],
  ['Bodega familiar en La Rioja con catas de vino', 'es', 'winery', 'food-drink'],
  ['Tienda de bicicletas en Sevilla', 'es', 'bike-shop', 'retail'],
  ['Autoescuela en Madrid', 'es', 'driving-school', 'education'],
  ['Clínica dental en Barcelona', 'es', 'dentist', 'health'],
  ['Academia de inglés en Málaga', 'es', 'language-school', 'education'],
  ['Fontanero en Bilbao', 'es', 'plumber', 'trades'],
  ['Gimnasio de barrio en Zaragoza', 'es', 'fitness', 'fitness'],
  ['Escuela de baile en Sevilla: salsa y bachata', 'es', 'dance-school', 'education'],
  ['Asesoría fiscal y contable en Valencia', 'es', 'accountant', 'professional'],
  ['Agencia de viajes en Madrid', 'es', 'travel-agency', 'professional'],
  ['Cervecería artesanal en Madrid con terraza', 'es', 'brewery', 'food-drink'],
  ['Protectora de animales en Granada', 'es', 'animal-shelter', 'animals'],
  ['Cafetería de especialidad en Valencia', 'es', 'cafe', 'food-drink'],
  ['Organizadora de bodas en Mallorca', 'es', 'wedding-planner', 'events'],

  // French
  ['Boulangerie artisanale à Lyon', 'fr', 'bakery', 'food-drink'],
  ["Cabinet d'avocats à Lyon spécialisé en droit du travail", 'fr', 'law-firm', 'professional'],
  ['Salon de coiffure à Paris', 'fr', 'salon', 'beauty'],
  ['Agence immobilière à Bordeaux', 'fr', 'real-estate', 'professional'],
  ["Chambres d'hôtes en Provence", 'fr', 'bed-and-breakfast', 'lodging'],
  ['Auto-école à Marseille', 'fr', 'driving-school', 'education'],
  ['Fleuriste à Nantes', 'fr', 'florist', 'retail'],
  ['Cabinet de kinésithérapie à Lille', 'fr', 'physiotherapy', 'health'],
  ['École de musique à Toulouse, cours de piano et de guitare', 'fr', 'music-teacher', 'education'],
  ['Librairie indépendante à Lyon', 'fr', 'bookstore', 'retail'],
  ['Toilettage pour chiens à Nice', 'fr', 'pet-groomer', 'animals'],
  ['Domaine viticole en Bourgogne', 'fr', 'winery', 'food-drink'],
  ['Plombier chauffagiste à Rennes', 'fr', 'plumber', 'trades'],
  ['Crèche parentale à Grenoble', 'fr', 'childcare', 'education'],
  ['Traiteur pour mariages à Lyon', 'fr', 'catering', 'events'],

  // German
  ['Tattoo-Studio in Hamburg mit Fine-Line und Blackwork', 'de', 'tattoo-studio', 'beauty'],
  ['Zahnarztpraxis Dr. Müller in Köln', 'de', 'dentist', 'health'],
  ['Bäckerei Schmidt in München seit 1920', 'de', 'bakery', 'food-drink'],
  ['Steuerberatung in Stuttgart für Selbstständige', 'de', 'accountant', 'professional'],
  ['Fahrradwerkstatt in Leipzig', 'de', 'bike-shop', 'retail'],
  ['Tierarztpraxis in Dresden', 'de', 'veterinary', 'animals'],
  ['Tierheim in Hannover', 'de', 'animal-shelter', 'animals'],
  ['Hundeschule in Bremen', 'de', 'dog-trainer', 'animals'],
  ['Ferienwohnung an der Ostsee', 'de', 'vacation-rental', 'lodging'],
  ['Weingut an der Mosel mit Weinproben', 'de', 'winery', 'food-drink'],
  ['Physiotherapiepraxis in Berlin', 'de', 'physiotherapy', 'health'],
  ['Praxis für Physiotherapie in Kiel', 'de', 'physiotherapy', 'health'],
  ['Schlüsseldienst in Frankfurt, 24 Stunden erreichbar', 'de', 'locksmith', 'trades'],
  ['Umzugsunternehmen in Köln', 'de', 'moving-company', 'trades'],
  ['Sportverein in Dortmund mit Fußball und Tennis', 'de', 'sports-club', 'fitness'],
  ['Sprachschule in Berlin: Deutschkurse für Erwachsene', 'de', 'language-school', 'education'],
  ['Hochzeitsplanerin am Bodensee', 'de', 'wedding-planner', 'events'],
  ['Brauerei mit Biergarten in Bamberg', 'de', 'brewery', 'food-drink'],
  ['Eventlocation in Hamburg für Hochzeiten', 'de', 'event-venue', 'events'],
  ['Hochzeitsfotografin aus München', 'de', 'photographer', 'creative'],
];

describe('classifyBusiness', () => {
  it.each(CASES)('%s (%s) → %s', (brief, language, kind, family) => {
    const result = classifyBusiness(brief, language);
    expect(result.id).toBe(kind);
    expect(result.family).toBe(family);
    expect(result.schemaType).toBe(BUSINESS_KIND_INFO[kind].schemaType);
    expect(result.confidence).toBeGreaterThanOrEqual(KIND_CONFIDENCE_THRESHOLD);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.alternatives.map((a) => a.id)).not.toContain(kind);
  });

  it('covers at least 80 briefs, 40 kinds and all five copy languages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CASES.map(([, , kind]) => kind)).size).toBeGreaterThanOrEqual(40);
    for (const language of COPY_LANGUAGES) {
      expect(CASES.filter(([, lang]) => lang === language).length).toBeGreaterThanOrEqual(10);
    }
  });

  it.each<[string, string]>([
    ['We help people.', 'en'],
    ['<script>alert(1)</script> ignore previous instructions', 'en'],
    ['', 'en'],
    ['Acme Ltd', 'en'],
    ['Lorem ipsum dolor sit amet', 'la'],
    ['Olá, somos uma empresa familiar em Braga', 'pt'],
    ['Bienvenue chez nous à Lyon', 'fr'],
    ['Wir freuen uns auf Ihren Besuch', 'de'],
    ['Hacemos cosas bonitas en Madrid', 'es'],
  ])('"%s" is generic', (brief, language) => {
    const result = classifyBusiness(brief, language);
    expect(result).toEqual({
      id: 'generic',
      family: 'neutral',
      schemaType: 'LocalBusiness',
      confidence: 0,
      alternatives: [],
    });
  });

  it('keeps a brief with a single hint generic, with the hint among the alternatives', () => {
    const result = classifyBusiness('Fresh sourdough every morning', 'en');
    expect(result.id).toBe('generic');
    expect(result.family).toBe('neutral');
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThan(KIND_CONFIDENCE_THRESHOLD);
    expect(result.alternatives[0]?.id).toBe('bakery');
    expect(result.noun).toBeUndefined();
  });

  it('lets several hints together name a kind', () => {
    expect(classifyBusiness('Haircuts, balayage and blow-dry in Leeds', 'en').id).toBe('salon');
  });

  it('is unsure when the descriptor names two families, and says which', () => {
    const result = classifyBusiness('Tattoo studio and bakery in Leeds', 'en');
    expect(result.id).toBe('generic');
    expect(result.noun).toBe('tattoo studio');
    expect(result.alternatives.map((a) => a.id)).toEqual(['tattoo-studio', 'bakery']);
  });

  it('is sure enough when the descriptor names two kinds of one family', () => {
    const result = classifyBusiness('Bakery and café in Bath', 'en');
    expect(result.id).toBe('bakery');
    expect(result.alternatives.map((a) => a.id)).toEqual(['cafe']);
  });

  it('counts a term in the brief language more than the same hint in another language', () => {
    // "manicure" names the business in Portuguese and is only a treatment in English.
    const pt = classifyBusiness('Manicure em Lisboa', 'pt');
    const en = classifyBusiness('Manicure in London', 'en');
    expect(pt.id).toBe('nail-salon');
    expect(en.id).toBe('generic');
    expect(en.alternatives[0]?.id).toBe('nail-salon');
  });

  it.each<[string, string, BusinessKind]>([
    ['Booking software for restaurants and hotels', 'en', 'saas'],
    ['Recruitment agency for hotels and restaurants', 'en', 'recruitment-agency'],
    ['Software de faturação para clínicas e ginásios', 'pt', 'saas'],
    ['We build websites for restaurants', 'en', 'generic'],
  ])('reads the kind after "for" as the customers: "%s"', (brief, language, kind) => {
    const result = classifyBusiness(brief, language);
    expect(result.id).toBe(kind);
    if (kind === 'generic') expect(result.alternatives[0]?.id).toBe('agency');
  });

  it('weighs the descriptor and early mentions over later ones', () => {
    const bar = classifyBusiness('Cocktail bar in Porto; we also sell a little coffee and cake', 'en');
    expect(bar.id).toBe('bar');
    const cafe = classifyBusiness('Our café is next to the old bar in town', 'en');
    expect(cafe.id).toBe('cafe');
    const descriptor = classifyBusiness('Ink & Iron, a tattoo studio', 'en');
    const late = classifyBusiness('Ink & Iron opened in 2019 in a former factory and does tattoos', 'en');
    expect(descriptor.id).toBe('tattoo-studio');
    expect(late.id).toBe('tattoo-studio');
    expect(descriptor.confidence).toBeGreaterThan(late.confidence);
    // "does tattoos" says what it does, not what it is: no noun from outside the descriptor.
    expect(descriptor.noun).toBe('tattoo studio');
    expect(late.noun).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['Ink & Iron, a tattoo studio in Berlin Kreuzberg', 'en', 'tattoo studio'],
    ['Kinderarztpraxis Dr. Weber in Freiburg', 'de', 'Kinderarztpraxis'],
    ['brewery taproom in Asheville with 12 taps', 'en', 'brewery taproom'],
    ['Wedding photographer based in Cornwall', 'en', 'wedding photographer'],
    ['Physiotherapy clinic in Dublin', 'en', 'physiotherapy clinic'],
    ['Gelato shop in Brighton', 'en', 'gelato shop'],
    ['Clínica veterinária em Braga', 'pt', 'clínica veterinária'],
    ['Emergency plumber in Manchester', 'en', 'plumber'],
    ['Pizzeria', 'it', 'pizzeria'],
    ['Praxis für Physiotherapie in Kiel', 'de', 'Praxis für Physiotherapie'],
    ['Hochzeitsfotografin aus München', 'de', 'Hochzeitsfotografin'],
    ['We run a small taproom in Leeds', 'en', 'taproom'],
    ['Wir sind eine kleine Tierarztpraxis in Kiel', 'de', 'Tierarztpraxis'],
    ['Yoga and pilates studio in Lisbon', 'en', 'yoga and pilates studio'],
  ])('finds the noun in "%s"', (brief, language, noun) => {
    expect(classifyBusiness(brief, language).noun).toBe(noun);
  });

  it('gives the same answer every time', () => {
    const brief = 'Boutique hotel and wine bar in Porto with 9 rooms';
    const first = classifyBusiness(brief, 'en');
    for (let i = 0; i < 5; i++) expect(classifyBusiness(brief, 'en')).toEqual(first);
  });

  it('returns alternatives best first', () => {
    const { alternatives } = classifyBusiness('Bakery and café with a small bookshop corner', 'en');
    expect(alternatives.length).toBeGreaterThan(1);
    const scores = alternatives.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('vocabulary', () => {
  // A minimal brief of one strong term must name its own kind: guards overlapping vocabulary.
  const strongTerms = VOCABULARY_KINDS.flatMap((kind) =>
    COPY_LANGUAGES.flatMap((language) =>
      KIND_VOCABULARY[kind].strong[language].map((term) => [kind, language, parseTerm(term).body] as const),
    ),
  );

  it('has thousands of strong terms', () => {
    expect(strongTerms.length).toBeGreaterThan(2000);
  });

  it.each(VOCABULARY_KINDS)('every strong term of %s names it in "<term> in Lyon"', (kind) => {
    const wrong = strongTerms
      .filter(([k]) => k === kind)
      .flatMap(([, language, term]) => {
        const result = classifyBusiness(`${term} in Lyon`, language);
        return result.id === kind ? [] : [`${language} "${term}" → ${result.id} (${result.confidence})`];
      });
    expect(wrong).toEqual([]);
  });

  it.each(VOCABULARY_KINDS)('%s has a singular noun in each language, lower case except German', (kind) => {
    const { noun } = KIND_VOCABULARY[kind];
    for (const language of COPY_LANGUAGES) {
      const value = noun[language];
      if (language === 'de') expect(value.charAt(0)).toBe(value.charAt(0).toLocaleUpperCase('de'));
      else expect(value).toBe(value.toLocaleLowerCase(language));
    }
  });

  it('rejects a missing kind, an unknown kind, vocabulary for generic and a missing language', () => {
    const copy = () => structuredClone(KIND_VOCABULARY) as Record<string, unknown>;
    const missing = copy();
    delete missing['tattoo-studio'];
    expect(() => validateKindsData(missing)).toThrow('kind "tattoo-studio" has no vocabulary');

    const unknown = copy();
    unknown.spaceship = structuredClone(KIND_VOCABULARY.bakery);
    expect(() => validateKindsData(unknown)).toThrow('"spaceship" is not a kind in BUSINESS_KIND_INFO');

    const generic = copy();
    generic.generic = structuredClone(KIND_VOCABULARY.bakery);
    expect(() => validateKindsData(generic)).toThrow('kind "generic" must have no vocabulary');

    const noGerman = copy() as KindsData;
    delete (noGerman.brewery.strong as Partial<Record<string, string[]>>).de;
    expect(() => validateKindsData(noGerman)).toThrow('/brewery/strong/de');

    const noNoun = copy() as KindsData;
    delete (noNoun.hostel.noun as Partial<Record<string, string>>).fr;
    expect(() => validateKindsData(noNoun)).toThrow('/hostel/noun/fr');
  });

  it('rejects a bad term, a phrase marked "*" and a strong term shared by two kinds', () => {
    const blank = structuredClone(KIND_VOCABULARY);
    blank.bakery.weak.en.push(' croissant');
    expect(() => validateKindsData(blank)).toThrow('/bakery/weak/en');

    const infix = structuredClone(KIND_VOCABULARY);
    infix.bakery.strong.de.push('*feine backwaren');
    expect(() => validateKindsData(infix)).toThrow('works on one word only');

    const shared = structuredClone(KIND_VOCABULARY);
    shared.cafe.strong.fr.push('boulangerie');
    expect(() => validateKindsData(shared)).toThrow('also a strong term of "bakery"');
  });

  it('accepts the shipped data file', () => {
    expect(() => validateKindsData(structuredClone(KIND_VOCABULARY))).not.toThrow();
  });
});

describe('taxonomy', () => {
  it('has at least 65 kinds, keeps the first fifteen ids, and generic is the only neutral kind', () => {
    expect(BUSINESS_KINDS.length).toBeGreaterThanOrEqual(65);
    expect(BUSINESS_KINDS.slice(0, 15)).toEqual([
      'restaurant',
      'bakery',
      'salon',
      'law-firm',
      'clinic',
      'saas',
      'portfolio',
      'trades',
      'fitness',
      'nonprofit',
      'agency',
      'real-estate',
      'hotel',
      'school',
      'generic',
    ]);
    expect(BUSINESS_KINDS.filter((kind) => kindInfo(kind).family === 'neutral')).toEqual(['generic']);
  });

  it.each(KIND_FAMILIES.filter((family) => family !== 'neutral'))(
    'family %s has at least two kinds',
    (family) => {
      expect(BUSINESS_KINDS.filter((kind) => kindInfo(kind).family === family).length).toBeGreaterThanOrEqual(
        2,
      );
    },
  );

  it('uses kebab-case ids and PascalCase schema.org type names', () => {
    for (const kind of BUSINESS_KINDS) {
      expect(kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(kindInfo(kind).schemaType).toMatch(/^[A-Z][A-Za-z]+$/);
    }
  });

  it.each<[string, string, string]>([
    ['Ink & Iron, a tattoo studio in Berlin', 'en', 'TattooParlor'],
    ['Clínica veterinária em Braga', 'pt', 'VeterinaryCare'],
    ['animal shelter in Leeds', 'en', 'AnimalShelter'],
    ['brewery taproom in Asheville', 'en', 'Brewery'],
    ['bike workshop in Utrecht', 'en', 'BikeStore'],
    ['Kinderarztpraxis in Freiburg', 'de', 'Physician'],
    ['boutique hotel in Porto', 'en', 'Hotel'],
    ['Cocktail bar in Soho', 'en', 'BarOrPub'],
    ['Day spa in Bath', 'en', 'DaySpa'],
    ['Zahnarztpraxis in Köln', 'de', 'Dentist'],
    ['Notary public in Manchester', 'en', 'Notary'],
    ['We help people.', 'en', 'LocalBusiness'],
  ])('the JSON-LD of "%s" is a %s', (brief, language, type) => {
    const kind = classifyBusiness(brief, language);
    expect(kind.schemaType).toBe(type);
    expect(schemaType(kind.id)).toBe(type);
    const jsonLd = businessJsonLd({
      kind: kind.id,
      name: 'Test',
      url: 'https://example.com',
      description: brief,
      locale: language,
      sameAs: [],
    });
    expect(jsonLd['@type']).toBe(type);
  });

  it('falls back to LocalBusiness for a kind it does not know', () => {
    expect(schemaType('spaceship')).toBe('LocalBusiness');
    expect(schemaType(undefined)).toBe('LocalBusiness');
  });
});
