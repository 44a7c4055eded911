import { fold } from './text.ts';

// What the generator knows about a place: enough to pick the currency, a phone number format and a
// plausible postal code. Places it does not know still appear on the site; their country then comes from
// the locale.

export interface Country {
  code: string;
  currency: string;
  /** An obviously fictitious number in the country's format (zeros), for the owner to replace. */
  phone: string;
  /** A street in the country's address style; `n` is the house number. */
  street: (n: number) => string;
  /** The language people's names are drawn from. */
  names: 'en' | 'pt' | 'es' | 'fr' | 'de';
}

const COUNTRIES: Record<string, Country> = {
  PT: {
    code: 'PT',
    currency: 'EUR',
    phone: '+351 220 000 000',
    street: (n) => `Rua Direita ${n}`,
    names: 'pt',
  },
  BR: {
    code: 'BR',
    currency: 'BRL',
    phone: '+55 11 0000 0000',
    street: (n) => `Rua das Flores ${n}`,
    names: 'pt',
  },
  ES: {
    code: 'ES',
    currency: 'EUR',
    phone: '+34 910 000 000',
    street: (n) => `Calle Mayor ${n}`,
    names: 'es',
  },
  MX: {
    code: 'MX',
    currency: 'MXN',
    phone: '+52 55 0000 0000',
    street: (n) => `Avenida Juárez ${n}`,
    names: 'es',
  },
  AR: {
    code: 'AR',
    currency: 'ARS',
    phone: '+54 11 0000 0000',
    street: (n) => `Avenida Corrientes ${n}`,
    names: 'es',
  },
  FR: {
    code: 'FR',
    currency: 'EUR',
    phone: '+33 1 00 00 00 00',
    street: (n) => `${n} rue de la République`,
    names: 'fr',
  },
  BE: { code: 'BE', currency: 'EUR', phone: '+32 2 000 00 00', street: (n) => `Rue Haute ${n}`, names: 'fr' },
  CA: {
    code: 'CA',
    currency: 'CAD',
    phone: '+1 555 010 0000',
    street: (n) => `${n} Main Street`,
    names: 'en',
  },
  CH: {
    code: 'CH',
    currency: 'CHF',
    phone: '+41 44 000 00 00',
    street: (n) => `Bahnhofstrasse ${n}`,
    names: 'de',
  },
  DE: {
    code: 'DE',
    currency: 'EUR',
    phone: '+49 30 0000000',
    street: (n) => `Hauptstraße ${n}`,
    names: 'de',
  },
  AT: {
    code: 'AT',
    currency: 'EUR',
    phone: '+43 1 000 0000',
    street: (n) => `Hauptstraße ${n}`,
    names: 'de',
  },
  GB: {
    code: 'GB',
    currency: 'GBP',
    phone: '+44 20 0000 0000',
    street: (n) => `${n} High Street`,
    names: 'en',
  },
  IE: {
    code: 'IE',
    currency: 'EUR',
    phone: '+353 1 000 0000',
    street: (n) => `${n} Main Street`,
    names: 'en',
  },
  US: {
    code: 'US',
    currency: 'USD',
    phone: '+1 555 010 0000',
    street: (n) => `${n} Main Street`,
    names: 'en',
  },
  AU: {
    code: 'AU',
    currency: 'AUD',
    phone: '+61 2 0000 0000',
    street: (n) => `${n} George Street`,
    names: 'en',
  },
  NL: {
    code: 'NL',
    currency: 'EUR',
    phone: '+31 20 000 0000',
    street: (n) => `Dorpsstraat ${n}`,
    names: 'en',
  },
  IT: { code: 'IT', currency: 'EUR', phone: '+39 06 0000 0000', street: (n) => `Via Roma ${n}`, names: 'en' },
};

export interface KnownPlace {
  country: string;
  postalCode?: string;
  /** Portuguese says "no Porto" but "em Lisboa". */
  ptArticle?: 'o' | 'a';
}

// Keys are folded names, with the usual exonyms, so "Seville" and "Sevilla" are both found.
const PLACES: Record<string, KnownPlace> = {
  lisboa: { country: 'PT', postalCode: '1100-148' },
  lisbon: { country: 'PT', postalCode: '1100-148' },
  porto: { country: 'PT', postalCode: '4050-262', ptArticle: 'o' },
  oporto: { country: 'PT', postalCode: '4050-262', ptArticle: 'o' },
  braga: { country: 'PT', postalCode: '4700-320' },
  coimbra: { country: 'PT', postalCode: '3000-142' },
  faro: { country: 'PT', postalCode: '8000-138' },
  aveiro: { country: 'PT', postalCode: '3800-200' },
  evora: { country: 'PT', postalCode: '7000-508' },
  funchal: { country: 'PT', postalCode: '9000-060', ptArticle: 'o' },
  cascais: { country: 'PT', postalCode: '2750-310' },
  sintra: { country: 'PT', postalCode: '2710-616' },
  guimaraes: { country: 'PT', postalCode: '4800-443' },
  algarve: { country: 'PT', ptArticle: 'o' },
  'sao paulo': { country: 'BR', postalCode: '01310-100' },
  'rio de janeiro': { country: 'BR', postalCode: '20040-020', ptArticle: 'o' },
  'belo horizonte': { country: 'BR', postalCode: '30130-000' },
  curitiba: { country: 'BR', postalCode: '80010-000' },
  salvador: { country: 'BR', postalCode: '40020-000' },
  recife: { country: 'BR', postalCode: '50030-000', ptArticle: 'o' },
  'porto alegre': { country: 'BR', postalCode: '90010-000' },
  florianopolis: { country: 'BR', postalCode: '88010-000' },
  madrid: { country: 'ES', postalCode: '28013' },
  barcelona: { country: 'ES', postalCode: '08002' },
  sevilla: { country: 'ES', postalCode: '41004' },
  seville: { country: 'ES', postalCode: '41004' },
  valencia: { country: 'ES', postalCode: '46001' },
  bilbao: { country: 'ES', postalCode: '48005' },
  malaga: { country: 'ES', postalCode: '29005' },
  granada: { country: 'ES', postalCode: '18009' },
  zaragoza: { country: 'ES', postalCode: '50001' },
  'palma de mallorca': { country: 'ES', postalCode: '07001' },
  palma: { country: 'ES', postalCode: '07001' },
  'san sebastian': { country: 'ES', postalCode: '20003' },
  donostia: { country: 'ES', postalCode: '20003' },
  'ciudad de mexico': { country: 'MX', postalCode: '06000' },
  'mexico city': { country: 'MX', postalCode: '06000' },
  guadalajara: { country: 'MX', postalCode: '44100' },
  monterrey: { country: 'MX', postalCode: '64000' },
  'buenos aires': { country: 'AR', postalCode: 'C1043' },
  paris: { country: 'FR', postalCode: '75003' },
  lyon: { country: 'FR', postalCode: '69002' },
  marseille: { country: 'FR', postalCode: '13001' },
  bordeaux: { country: 'FR', postalCode: '33000' },
  lille: { country: 'FR', postalCode: '59000' },
  nantes: { country: 'FR', postalCode: '44000' },
  toulouse: { country: 'FR', postalCode: '31000' },
  nice: { country: 'FR', postalCode: '06000' },
  strasbourg: { country: 'FR', postalCode: '67000' },
  montpellier: { country: 'FR', postalCode: '34000' },
  bruxelles: { country: 'BE', postalCode: '1000' },
  brussels: { country: 'BE', postalCode: '1000' },
  montreal: { country: 'CA', postalCode: 'H2Y 1C6' },
  quebec: { country: 'CA', postalCode: 'G1R 4P5' },
  toronto: { country: 'CA', postalCode: 'M5H 2N2' },
  vancouver: { country: 'CA', postalCode: 'V6B 1A1' },
  geneve: { country: 'CH', postalCode: '1204' },
  geneva: { country: 'CH', postalCode: '1204' },
  lausanne: { country: 'CH', postalCode: '1003' },
  zurich: { country: 'CH', postalCode: '8001' },
  basel: { country: 'CH', postalCode: '4051' },
  bern: { country: 'CH', postalCode: '3011' },
  berlin: { country: 'DE', postalCode: '10115' },
  munchen: { country: 'DE', postalCode: '80331' },
  munich: { country: 'DE', postalCode: '80331' },
  hamburg: { country: 'DE', postalCode: '20095' },
  koln: { country: 'DE', postalCode: '50667' },
  cologne: { country: 'DE', postalCode: '50667' },
  frankfurt: { country: 'DE', postalCode: '60311' },
  'frankfurt am main': { country: 'DE', postalCode: '60311' },
  stuttgart: { country: 'DE', postalCode: '70173' },
  dusseldorf: { country: 'DE', postalCode: '40213' },
  leipzig: { country: 'DE', postalCode: '04109' },
  dresden: { country: 'DE', postalCode: '01067' },
  nurnberg: { country: 'DE', postalCode: '90403' },
  bremen: { country: 'DE', postalCode: '28195' },
  hannover: { country: 'DE', postalCode: '30159' },
  wien: { country: 'AT', postalCode: '1010' },
  vienna: { country: 'AT', postalCode: '1010' },
  salzburg: { country: 'AT', postalCode: '5020' },
  graz: { country: 'AT', postalCode: '8010' },
  london: { country: 'GB', postalCode: 'EC1V 9HX' },
  manchester: { country: 'GB', postalCode: 'M1 1AE' },
  birmingham: { country: 'GB', postalCode: 'B1 1AA' },
  bristol: { country: 'GB', postalCode: 'BS1 4DJ' },
  leeds: { country: 'GB', postalCode: 'LS1 4AP' },
  liverpool: { country: 'GB', postalCode: 'L1 8JQ' },
  edinburgh: { country: 'GB', postalCode: 'EH1 1YZ' },
  glasgow: { country: 'GB', postalCode: 'G1 1XQ' },
  cardiff: { country: 'GB', postalCode: 'CF10 1EP' },
  brighton: { country: 'GB', postalCode: 'BN1 1AA' },
  oxford: { country: 'GB', postalCode: 'OX1 1AA' },
  cambridge: { country: 'GB', postalCode: 'CB2 1TN' },
  dublin: { country: 'IE', postalCode: 'D02 X285' },
  cork: { country: 'IE', postalCode: 'T12 W8CX' },
  'new york': { country: 'US', postalCode: '10013' },
  brooklyn: { country: 'US', postalCode: '11201' },
  'san francisco': { country: 'US', postalCode: '94103' },
  'los angeles': { country: 'US', postalCode: '90012' },
  chicago: { country: 'US', postalCode: '60607' },
  austin: { country: 'US', postalCode: '78701' },
  boston: { country: 'US', postalCode: '02108' },
  seattle: { country: 'US', postalCode: '98101' },
  miami: { country: 'US', postalCode: '33130' },
  denver: { country: 'US', postalCode: '80202' },
  sydney: { country: 'AU', postalCode: '2000' },
  melbourne: { country: 'AU', postalCode: '3000' },
  amsterdam: { country: 'NL', postalCode: '1012 AB' },
  rotterdam: { country: 'NL', postalCode: '3011 AA' },
  roma: { country: 'IT', postalCode: '00186' },
  rome: { country: 'IT', postalCode: '00186' },
  milano: { country: 'IT', postalCode: '20121' },
  milan: { country: 'IT', postalCode: '20121' },
  portugal: { country: 'PT' },
  brasil: { country: 'BR', ptArticle: 'o' },
  brazil: { country: 'BR', ptArticle: 'o' },
  espana: { country: 'ES' },
  spain: { country: 'ES' },
  france: { country: 'FR' },
  deutschland: { country: 'DE' },
  germany: { country: 'DE' },
  osterreich: { country: 'AT' },
  austria: { country: 'AT' },
  schweiz: { country: 'CH' },
  switzerland: { country: 'CH' },
};

export function knownPlace(place: string): KnownPlace | undefined {
  return PLACES[
    fold(place)
      .replace(/[^a-z ]+/g, ' ')
      .trim()
  ];
}

const LANGUAGE_COUNTRY: Record<string, string> = {
  pt: 'PT',
  es: 'ES',
  fr: 'FR',
  de: 'DE',
  en: 'US',
  it: 'IT',
  nl: 'NL',
};

/** The country of a region or language code, US when nothing fits. */
export function countryFor(code: string | undefined): Country {
  const fallback = COUNTRIES.US as Country;
  if (!code) return fallback;
  return COUNTRIES[code] ?? COUNTRIES[LANGUAGE_COUNTRY[code] ?? ''] ?? fallback;
}

/** A known country, or an unknown code that keeps its own code but borrows the US formats and dollars. */
export function countryByCode(code: string): Country {
  return COUNTRIES[code] ?? { ...(COUNTRIES.US as Country), code };
}

// Rough price levels against the euro, so a pastel de nata does not cost 1.30 in any currency.
const PRICE_LEVEL: Record<string, { rate: number }> = {
  EUR: { rate: 1 },
  USD: { rate: 1.1 },
  GBP: { rate: 0.9 },
  CHF: { rate: 1.1 },
  CAD: { rate: 1.5 },
  AUD: { rate: 1.6 },
  BRL: { rate: 4 },
  MXN: { rate: 18 },
  ARS: { rate: 900 },
};

/** A price in euros converted and rounded the way a price list would show it. */
export function localPrice(euros: number, currency: string): number {
  const value = euros * (PRICE_LEVEL[currency]?.rate ?? 1);
  if (value >= 1000) return Math.round(value / 50) * 50;
  if (value >= 100) return Math.round(value / 5) * 5;
  if (value >= 20) return Math.round(value);
  return Math.round(value * 10) / 10;
}
