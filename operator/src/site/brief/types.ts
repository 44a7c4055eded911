import type { BusinessKind, KindFamily, WEEKDAYS } from '@pagemagic/crds/site-document';

// What a brief says, read once by understandBrief() and shared by both generators: the offline one builds
// the site from it, the AI one gets it in its prompt, and the fidelity check holds every generated site
// against it. Everything here is something the owner wrote; nothing is guessed beyond the kind (which has
// a confidence) and the place (which comes from a gazetteer).

export type Weekday = (typeof WEEKDAYS)[number];

/** Languages the offline generator writes; others are detected and named but not written offline. */
export const COPY_LANGUAGES = ['en', 'pt', 'es', 'fr', 'de'] as const;
export type CopyLanguage = (typeof COPY_LANGUAGES)[number];

export interface LanguageFact {
  /** ISO 639-1 code of the brief's language ("en", "pt", "it", …); "en" when the text is too short to tell. */
  code: string;
  /** The English name of that language ("Italian"). */
  name: string;
  /** True when the offline generator can write it (COPY_LANGUAGES). */
  supported: boolean;
  /** 0..1; short briefs are unsure. */
  confidence: number;
}

export interface KindFact {
  id: BusinessKind;
  family: KindFamily;
  schemaType: string;
  /** 0..1. Below KIND_CONFIDENCE_THRESHOLD the generator uses the neutral layout and the brief's own nouns. */
  confidence: number;
  /** The brief's own noun phrase for what the business is ("tattoo studio", "Kinderarztpraxis"), as written. */
  noun?: string;
  /** Runners-up, best first, for diagnostics and the eval. */
  alternatives: { id: BusinessKind; score: number }[];
}

export interface NameFact {
  value: string;
  /** How it was found: in quotes, after "called/named/chamado/llamado/genannt…", or a proper-noun span. */
  source: 'quoted' | 'called' | 'proper-noun';
}

export interface PersonFact {
  /** As written, titles kept ("Dr. Ana Costa"). */
  name: string;
  /** As written ("head chef", "owner", "Kinderärztin"). */
  role?: string;
}

export interface PlaceFact {
  /**
   * The city as the gazetteer spells it ("Porto", "Ljubljana"); absent when the brief names only a country
   * ("Surf camp in Portugal"), which still gives the currency and calling code.
   */
  city?: string;
  /** As the brief wrote it ("Lisboa" for the gazetteer's Lisbon; "Portugal" when only a country is named). */
  written: string;
  region?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The country's English name. */
  countryName: string;
  /** ISO 4217. */
  currency: string;
  /** International calling code without "+", e.g. "351". */
  callingCode: string;
}

export interface CountFact {
  value: number;
  /** The counted noun as written, singular or plural ("rooms", "taps", "Zimmer"). */
  noun: string;
  /** The exact span in the brief ("9 rooms"). */
  text: string;
}

export interface PriceFact {
  amount: number;
  /** ISO 4217: the written symbol or code, else the place's currency. */
  currency: string;
  /** "from 5000 EUR", "ab 40 €": a price floor, not an exact price. */
  floor: boolean;
  /** What it is the price of, as written, when the brief says ("haircut", "tasting menu"). */
  item?: string;
  per?: 'hour' | 'day' | 'night' | 'week' | 'person' | 'session' | 'month' | 'year';
  /** Free: "free first consultation", "consulta gratuita". amount is 0. */
  free?: boolean;
  /** The exact span in the brief. */
  text: string;
}

export interface HoursFact {
  /** "24/7", "open around the clock", "24h". */
  alwaysOpen: boolean;
  /** Opening spans the brief gives with times ("Mon–Fri 9–18"). */
  spans: { days: Weekday[]; opens: string; closes: string }[];
  /** Days named without times, with what happens then ("tastings on Saturdays", "closed on Sundays"). */
  mentions: { days: Weekday[]; text: string; closed: boolean }[];
}

export interface ContactFact {
  email?: string;
  phone?: string;
  website?: string;
  /** A street address as written ("Rua das Flores 12"). */
  street?: string;
}

export interface BriefFacts {
  /** The brief, whitespace-tidied, as the facts were read from it. */
  text: string;
  language: LanguageFact;
  kind: KindFact;
  name?: NameFact;
  /** A descriptor the brief put before the name ("Law firm", "Family-run pizzeria"), kept out of the name. */
  descriptor?: string;
  people: PersonFact[];
  place?: PlaceFact;
  foundedYear?: number;
  counts: CountFact[];
  prices: PriceFact[];
  hours: HoursFact;
  /** What the business sells or does, as written ("sourdough", "pastel de nata", "boiler repair"). */
  offerings: string[];
  /** Qualities, never priced ("dog friendly", "gluten-free", "Gas Safe registered", "SOC2", "free tier"). */
  attributes: string[];
  contact: ContactFact;
}

export const KIND_CONFIDENCE_THRESHOLD = 0.5;

/** Whether the offline generator writes a locale: its base language is one of COPY_LANGUAGES. */
export function offlineWrites(locale: string): boolean {
  const base = locale.split('-')[0]?.toLowerCase() ?? '';
  return (COPY_LANGUAGES as readonly string[]).includes(base);
}
