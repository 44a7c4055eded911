import { kindInfo } from '@pagemagic/crds/site-document';
import { classifyBusiness } from './classify.ts';
import { readContact } from './contact.ts';
import { readHours } from './hours.ts';
import { detectLanguage, isPlacePreposition, tokenize } from './language.ts';
import { looksLikePersonName, type NameReading, readName, readSignature } from './name.ts';
import { readCounts, readFoundedYear, readPrices } from './numbers.ts';
import {
  isNeverAnOffering,
  isTownWord,
  readOfferingsAndAttributes,
  readOwnNounWithVerb,
} from './offerings.ts';
import { byPhrasesIn, readPeople } from './people.ts';
import { isCountryName, isKnownPlace, placeLanguages, readCountryPlace, readPlace } from './place.ts';
import type {
  BriefFacts,
  ContactFact,
  HoursFact,
  KindFact,
  LanguageFact,
  NameFact,
  PersonFact,
  PlaceFact,
} from './types.ts';

/** Briefs are a sentence or a paragraph: past this many characters nothing is read. */
export const MAX_BRIEF_LENGTH = 4000;

/**
 * The brief as the readers see it: a non-string made empty, invisible format characters dropped, control
 * characters and runs of whitespace made one space, trimmed, and clipped to MAX_BRIEF_LENGTH without
 * splitting a surrogate pair.
 */
export function tidyBrief(text: unknown): string {
  if (typeof text !== 'string') return '';
  // Look at a little more than the limit: whitespace runs shrink, so the tidied text may still fill it.
  const tidy = text
    .slice(0, MAX_BRIEF_LENGTH * 4)
    // Invisible format characters (soft hyphens, direction marks, a byte-order mark) go; the joiners that
    // hold an emoji sequence together stay.
    .replace(/\p{Cf}/gu, (mark) => (mark === '\u200d' || mark === '\u200c' ? mark : ''))
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim();
  if (tidy.length <= MAX_BRIEF_LENGTH) return tidy;
  const cut = /[\uD800-\uDBFF]/u.test(tidy.charAt(MAX_BRIEF_LENGTH - 1))
    ? MAX_BRIEF_LENGTH - 1
    : MAX_BRIEF_LENGTH;
  return tidy.slice(0, cut).trimEnd();
}

const NO_HOURS: HoursFact = { alwaysOpen: false, spans: [], mentions: [] };
const UNKNOWN_KIND: KindFact = {
  id: 'generic',
  family: kindInfo('generic').family,
  schemaType: kindInfo('generic').schemaType,
  confidence: 0,
  alternatives: [],
};

// Each reader is pure and tested on its own; the brief is whatever a person typed, so one reader failing on
// an input nobody foresaw must cost that one fact, never the whole site.
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * A brief typed with caps lock on ("BEST ROOFER IN BELFAST!!! CALL NOW") says nothing by its capitals, which
 * the readers take for names; they read it in lower case, as they read a brief typed all in lower case.
 */
function readable(brief: string): string {
  const cased = brief.match(/[\p{Lu}\p{Ll}]/gu) ?? [];
  if (cased.length < 8) return brief;
  const upper = cased.filter((letter) => /\p{Lu}/u.test(letter)).length;
  if (upper / cased.length < 0.8) return brief;
  const lower = brief.toLowerCase();
  return lower.length === brief.length ? lower : brief;
}

/**
 * A brief pasted with markup ("<h1>Rosa's Trattoria</h1> family italian…") reads as the text a browser
 * would show: scripts, styles and hidden elements gone, a block's end a sentence's end, other tags dropped.
 * The markup itself is harmless either way (the renderer escapes every string); this is about reading it.
 */
function withoutMarkup(brief: string): string {
  if (!/<\/?[a-z][^>]*>/iu.test(brief)) return brief;
  return brief
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, ' ')
    .replace(/<([a-z][a-z0-9]*)\b[^>]*(?:display\s*:\s*none|\bhidden\b)[^>]*>[\s\S]*?<\/\1\s*>/giu, ' ')
    .replace(
      /<\/?(?:h[1-6]|p|div|br|li|ul|ol|section|article|header|footer|table|tr|td|th|blockquote)\b[^>]*>/giu,
      '. ',
    )
    .replace(/<\/?[a-z][a-z0-9-]*\b[^>]*>/giu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/(?:\s*\.(?=\s|$)){2,}/gu, '.')
    .replace(/^[\s.]+/u, '')
    .trim();
}

/** True when `part` is in `whole` as whole words, whatever the case. */
function containsPhrase(whole: string, part: string): boolean {
  const w = ` ${whole.toLocaleLowerCase()} `;
  return w.includes(` ${part.toLocaleLowerCase()} `);
}

const NAME_GLUE = /^(?:and|e|y|et|und|en|&|\+|,)$/iu;

/**
 * "We are Anna and Tom", "Yoga with teacher Ana Lopes": capitalised words the name reader took for the
 * business are the people the brief names, and nothing else.
 */
function nameIsPeople(name: NameFact, people: PersonFact[]): boolean {
  if (people.length === 0) return false;
  let rest = ` ${name.value} `;
  for (const person of people) rest = rest.split(` ${person.name} `).join(' ');
  if (rest.trim() === name.value.trim()) return false;
  return rest
    .trim()
    .split(/\s+/u)
    .every((word) => word === '' || NAME_GLUE.test(word));
}

// A place, not a thing sold nor a person: "Buncombe County", "Aberdeenshire", "Ghodbunder Road", "Koramangala 5th Block".
const PLACE_ENDING =
  /(?:^|\s)(?:County|Province|State|Region|District|Block|Road|Street|Avenue|Suburb)$|shire$/u;

/**
 * "Serving Bradford and Harrogate": towns the name reader took for the business, joined by "and" or commas.
 */
function nameIsPlaces(name: NameFact): boolean {
  const parts = name.value.split(/\s*(?:,|&|\+|\s(?:and|e|y|et|und|en)\s)\s*/iu);
  return parts.length > 1 && parts.every((part) => isKnownPlace(part, 1_000) || PLACE_ENDING.test(part));
}

/**
 * "Maths, Reading, Writing and Science": capitalised words at the end of a comma list are its last items,
 * not the business's name.
 */
function nameEndsAList(brief: string, name: NameFact): boolean {
  const at = brief.indexOf(name.value);
  return at > 0 && /(?:^|[:,;]\s*)\p{Lu}\p{L}*,\s*\p{Lu}\p{L}*,\s*$/u.test(brief.slice(0, at));
}

/**
 * "Dr. Luis Ramírez en Guadalajara, Jalisco": a list of capitalised words after a person may run on into
 * the place. A name without a role right after "in/en/em…" that the gazetteer knows is the place, and so
 * is whatever follows it after a comma.
 */
function withoutPlaces(brief: string, people: PersonFact[]): PersonFact[] {
  const tokens = tokenize(brief);
  let afterPlace = false;
  return people.filter((person) => {
    if (PLACE_ENDING.test(person.name)) return false;
    if (person.role) return true;
    const at = tokens.findIndex((t) => t.text === person.name.split(' ')[0]);
    const before = tokens[at - 1];
    const place =
      (before?.kind === 'word' && isPlacePreposition(before.text) && isKnownPlace(person.name, 50_000)) ||
      (afterPlace && before?.text === ',');
    afterPlace = place;
    return !place;
  });
}

// "2pm", "vigil 6pm", "10am": a time.
const ONLY_A_TIME = /^(?:\p{L}+\s)?\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|h|uhr)$/iu;
// "EC4M 9AX", "Suite 700", "NJ": a postcode, a unit or a region's code.
const ADDRESS_PART = /^(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|(?:Suite|Unit|Apt|Floor)\s\S+|[A-Z]{2,3})$/u;

/**
 * A town named in a list of offerings ("Serving Leeds, Bradford and Wakefield"). Only what the brief
 * capitalised counts ("court" and "bath" are things), and one capitalised word only when it names a town
 * in the brief's own country, or a city of 100,000 when the brief names none: German capitalises every
 * noun, and "Büros" is a village in France. Words that are towns too ("Reading") stay words.
 */
function isListedTown(item: string, language: string, place: PlaceFact | undefined): boolean {
  if (!/^\p{Lu}/u.test(item) || isTownWord(item, language)) return false;
  if (/\s/u.test(item)) return isKnownPlace(item, 1_000);
  return place ? isKnownPlace(item, 1_000, place.country) : isKnownPlace(item, 100_000);
}

/**
 * What the offering reader found that a person reading the site would not take for something sold: a
 * place ("Tasmania" aside, which the gazetteer of towns does not know), a person, a greeting or a label, a
 * time, an address part. Leading punctuation is trimmed and repeats are dropped. A person found this way
 * ("Optometrist Gareth Pugh", "… Jan Petersen") joins `people`, with the words before the name as role.
 */
function plausibleOfferings(
  offerings: string[],
  language: string,
  place: PlaceFact | undefined,
  people: PersonFact[],
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of offerings) {
    const item = raw.replace(/^[\s.,;:!?·•–—-]+/u, '').trim();
    const key = item.toLocaleLowerCase();
    if (!/\p{L}{2}/u.test(item) || item.startsWith('/') || seen.has(key)) continue;
    const withoutCodes = item.replace(/(?:\s+[A-Z]{2,3})+$/u, '');
    // "Lake George NY": capitalised words before a region's code are a place, known to the gazetteer or not.
    const isPlace =
      (withoutCodes !== item && /^\p{Lu}/u.test(withoutCodes)) ||
      isListedTown(withoutCodes, language, place) ||
      isCountryName(withoutCodes) ||
      (place !== undefined &&
        !isTownWord(withoutCodes, language) &&
        [place.written, place.city, place.region].includes(withoutCodes)) ||
      PLACE_ENDING.test(item);
    const words = withoutCodes.split(/\s+/u);
    const named = people.some((person) => item.includes(person.name));
    // "Notaría de Dña. Elena Prieto Ruiz": a name may have three words; try the longest first.
    const nameLength =
      isPlace || named
        ? 0
        : ([3, 2].find(
            (n) => words.length >= n && looksLikePersonName(words.slice(-n).join(' '), language),
          ) ?? 0);
    if (nameLength > 0) {
      const name = words.slice(-nameLength).join(' ');
      const role = words.slice(0, -nameLength).join(' ');
      people.push(role && words.length <= nameLength + 2 ? { name, role } : { name });
    }
    const newPerson = nameLength > 0;
    const isPerson = named || newPerson;
    if (
      isPlace ||
      isPerson ||
      isNeverAnOffering(item, language) ||
      ONLY_A_TIME.test(item) ||
      ADDRESS_PART.test(item)
    )
      continue;
    seen.add(key);
    kept.push(item);
  }
  return kept;
}

/**
 * Everything a brief says, read once: its language, the business's kind, name and descriptor, the people,
 * the place (from a gazetteer), the founding year, counts, prices (in the place's currency unless the brief
 * writes another), hours, offerings, attributes and contact details. Never throws, whatever the string.
 */
export function understandBrief(text: string): BriefFacts {
  const written = tidyBrief(text);
  const brief = readable(withoutMarkup(written));
  const language: LanguageFact = safely(() => detectLanguage(brief, placeLanguages), {
    code: 'en',
    name: 'English',
    supported: true,
    confidence: 0,
  });
  const code = language.code;
  const people = safely(() => withoutPlaces(brief, readPeople(brief, code)), []);
  // "… Séance 60€. Camille Roux": the person who signed the brief.
  const signed = safely(() => readSignature(brief, code), undefined);
  if (signed && !PLACE_ENDING.test(signed) && !people.some((person) => person.name.includes(signed))) {
    people.push({ name: signed });
  }
  let named = safely<NameReading>(() => readName(brief, code), { spans: [] });
  if (named.personal) {
    const worn = named.name?.value;
    people.splice(0, people.length, ...people.filter((person) => person.name !== worn));
  } else if (
    named.name &&
    (nameIsPeople(named.name, people) || nameIsPlaces(named.name) || nameEndsAList(brief, named.name))
  ) {
    named = { spans: [] };
  }
  // A city inside the business's name ("Lisbon Surf School") or a person's ("Sofia", "Ana Pereira") is not
  // where the business is said to be. A brief that names only a country ("Surf camp in Portugal") still
  // gives its currency and calling code; one in the business's name ("China Garden") does not.
  const taken = [...named.spans, ...people.map((person) => person.name)];
  const place = safely(() => readPlace(brief, code, taken) ?? readCountryPlace(brief, taken), undefined);
  let kind: KindFact = safely(() => classifyBusiness(brief, code), UNKNOWN_KIND);
  const exclude = [
    ...named.spans,
    ...(place ? [place.written] : []),
    ...people.flatMap((person) => [person.name, ...(person.role ? [person.role] : [])]),
    ...safely(() => byPhrasesIn(brief), []),
  ];
  // With no noun from the classifier, the brief's own words name the business ("escape room", "aulas de
  // surf"), so an unnamed site is "Escape room in Leeds", never "Business in Leeds".
  // The classifier's noun may be a part of the brief's ("guitar" of "guitar and ukulele lessons"): the
  // whole phrase is the better name.
  const own = safely(() => readOwnNounWithVerb(brief, code, exclude), undefined);
  const ownNoun = own?.noun;
  if (ownNoun && (!kind.noun || (ownNoun.length > kind.noun.length && containsPhrase(ownNoun, kind.noun)))) {
    kind = { ...kind, noun: ownNoun };
  }
  const read = safely(() => readOfferingsAndAttributes(brief, code, exclude), {
    offerings: [],
    attributes: [],
  });
  const { attributes } = read;
  let { offerings } = read;
  // "I teach guitar and ukulele lessons": what the owner says they sell is an offering, whole, not split at
  // its "and" into "guitar" and "ukulele lessons".
  if (own?.sold && !attributes.some((a) => containsPhrase(own.noun, a))) {
    // "ukulele lessons from my home studio" is the same offering read on past its end.
    const parts = offerings.filter(
      (o) => containsPhrase(own.noun, o) || containsPhrase(own.noun, o.split(/\s+/u).slice(0, 2).join(' ')),
    );
    const last = parts.at(-1) ?? '';
    // "gutter cleaning and window cleaning" are two things; "guitar and ukulele lessons" share one head.
    const sharedHead =
      parts.slice(0, -1).every((p) => !/\s/u.test(p)) && (parts.length <= 1 || /\s/u.test(last));
    if (sharedHead) offerings = [own.noun, ...offerings.filter((o) => !parts.includes(o))].slice(0, 12);
  } else if (kind.noun) {
    // "We run a small B&B": the business itself, with an adjective, is not something it sells.
    const noun = kind.noun;
    offerings = offerings.filter(
      (o) => !(o.length > noun.length && containsPhrase(o, noun) && o.endsWith(noun)),
    );
  }

  offerings = plausibleOfferings(offerings, code, place, people);

  const facts: BriefFacts = {
    text: written,
    language,
    kind,
    people,
    counts: safely(() => readCounts(brief, code), []),
    prices: safely(() => readPrices(brief, code, place?.currency), []),
    hours: safely(() => readHours(brief, code), NO_HOURS),
    offerings,
    attributes,
    contact: safely<ContactFact>(() => readContact(brief), {}),
  };
  if (named.name) facts.name = named.name;
  if (named.descriptor) facts.descriptor = named.descriptor;
  if (place) facts.place = place;
  const foundedYear = safely(() => readFoundedYear(brief, code), undefined);
  if (foundedYear !== undefined) facts.foundedYear = foundedYear;
  return facts;
}
