import { BUSINESS_KIND_INFO, type BusinessKind } from '@pagemagic/crds/site-document';
import { type BriefFacts, COPY_LANGUAGES, type PlaceFact } from '../../src/site/brief/types.ts';

// Hand-written brief facts, so the offline generator is held to exactly what a brief said, whatever
// understandBrief makes of a sentence.

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  pt: 'Portuguese',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  nl: 'Dutch',
};

export type FactsInput = Partial<Omit<BriefFacts, 'kind' | 'language' | 'hours' | 'name'>> & {
  kind?: BusinessKind;
  confidence?: number;
  noun?: string;
  language?: string;
  name?: string;
  hours?: Partial<BriefFacts['hours']>;
};

export function briefFacts(input: FactsInput = {}): BriefFacts {
  const kind = input.kind ?? 'generic';
  const info = BUSINESS_KIND_INFO[kind];
  const language = input.language ?? 'en';
  const { name, noun, confidence, hours, ...rest } = input;
  return {
    text: input.text ?? 'a brief',
    people: [],
    counts: [],
    prices: [],
    offerings: [],
    attributes: [],
    contact: {},
    ...rest,
    language: {
      code: language,
      name: LANGUAGE_NAMES[language] ?? language,
      supported: (COPY_LANGUAGES as readonly string[]).includes(language),
      confidence: 0.9,
    },
    kind: {
      id: kind,
      family: info.family,
      schemaType: info.schemaType,
      confidence: confidence ?? (kind === 'generic' ? 0.2 : 0.9),
      ...(noun ? { noun } : {}),
      alternatives: [],
    },
    ...(name ? { name: { value: name, source: 'called' as const } } : {}),
    hours: { alwaysOpen: false, spans: [], mentions: [], ...hours },
  };
}

export const PLACES = {
  porto: {
    city: 'Porto',
    written: 'Porto',
    country: 'PT',
    countryName: 'Portugal',
    currency: 'EUR',
    callingCode: '351',
  },
  lisbon: {
    city: 'Lisboa',
    written: 'Lisbon',
    country: 'PT',
    countryName: 'Portugal',
    currency: 'EUR',
    callingCode: '351',
  },
  manchester: {
    city: 'Manchester',
    written: 'Manchester',
    country: 'GB',
    countryName: 'United Kingdom',
    currency: 'GBP',
    callingCode: '44',
  },
  berlin: {
    city: 'Berlin',
    written: 'Berlin',
    country: 'DE',
    countryName: 'Germany',
    currency: 'EUR',
    callingCode: '49',
  },
  sevilla: {
    city: 'Sevilla',
    written: 'Sevilla',
    country: 'ES',
    countryName: 'Spain',
    currency: 'EUR',
    callingCode: '34',
  },
  leeds: {
    city: 'Leeds',
    written: 'Leeds',
    country: 'GB',
    countryName: 'United Kingdom',
    currency: 'GBP',
    callingCode: '44',
  },
  barcelona: {
    city: 'Barcelona',
    written: 'Barcelona',
    country: 'ES',
    countryName: 'Spain',
    currency: 'EUR',
    callingCode: '34',
  },
  hamburg: {
    city: 'Hamburg',
    written: 'Hamburg',
    country: 'DE',
    countryName: 'Germany',
    currency: 'EUR',
    callingCode: '49',
  },
  lyon: {
    city: 'Lyon',
    written: 'Lyon',
    country: 'FR',
    countryName: 'France',
    currency: 'EUR',
    callingCode: '33',
  },
} satisfies Record<string, PlaceFact>;
