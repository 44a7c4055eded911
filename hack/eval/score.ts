// Scores one generated site against the brief it came from: is it the right kind of business, in the right
// language, does it show what the owner said, does it contradict them, and does it state anything they did
// not say. Pure: a brief entry, the site document and the rendered HTML in, scores out.
//
// It reads only what any generator must produce (the site document and the published HTML) and never the
// generator's own notion of the brief, so it judges today's generator and its rewrite by the same rules.
// The HTML is read with regular expressions: the renderer's output is well-formed and minified, and a
// parser would add a dependency for no gain in what can be told from the text.

import { isPlaceholder, type KindFamily, kindInfo, type SiteDocument } from '@pagemagic/crds/site-document';
import type { RenderedPage } from '@pagemagic/operator/render';
import type { BriefEntry } from './corpus.ts';

/** The languages the offline generator writes; a brief in another language is not held to the language goal. */
export const SUPPORTED_LANGUAGES: readonly string[] = ['en', 'pt', 'es', 'fr', 'de'];

export interface RenderedPageInput {
  urlPath: string;
  locale: string;
  kind: RenderedPage['kind'];
  html: string;
}

export type FactKind = 'name' | 'city' | 'count' | 'price' | 'person' | 'phone' | 'email' | 'street';

export interface FactResult {
  fact: FactKind;
  expected: string;
  found: boolean;
  /** The page it was found on. */
  page?: string;
}

export type FindingCategory =
  | 'count'
  | 'name'
  | 'city'
  | 'country'
  | 'currency'
  | 'price'
  | 'phone'
  | 'email'
  | 'street'
  | 'testimonial'
  | 'rating'
  | 'stat'
  | 'person'
  | 'hours';

export interface Finding {
  category: FindingCategory;
  /** What the site states. */
  value: string;
  /** Where: a page's URL path or a JSON Pointer-ish path into the document. */
  where: string;
  /** The surrounding text, or what the brief said instead. */
  detail?: string;
}

export interface SiteScore {
  id: string;
  family: { expected: KindFamily; actual: KindFamily; kind: string; ok: boolean };
  /** ok is null for a language the offline generator does not write. */
  language: { expected: string; actual: string; ok: boolean | null };
  facts: FactResult[];
  contradictions: Finding[];
  fabrications: Finding[];
}

// ---------------------------------------------------------------------------------------------------------
// Text

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  euro: '€',
  pound: '£',
  copy: '©',
  middot: '·',
};

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Lower case, accents and punctuation dropped, single spaces: "Porto’s Café" and "porto's cafe" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function hasPhrase(haystack: string, needle: string): boolean {
  const n = fold(needle);
  return n.length > 0 && ` ${haystack} `.includes(` ${n} `);
}

function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

// Where one block of text ends and the next begins, so "100 km" in one list item and "people" in the next
// heading are not read as "100 people". Inline tags (<b>12</b><span>Rooms</span>) still read as one phrase.
const BLOCK_END =
  /<\/(?:p|h[1-6]|li|dd|dt|td|th|div|section|figcaption|blockquote|header|footer|nav|ul|ol|table|tr|address|article|aside|main|form|label|button)>|<br\s*\/?>/gi;

function stripTags(html: string): string {
  return squash(decodeEntities(html.replace(BLOCK_END, ' ¦ ').replace(/<[^>]*>/g, ' ')))
    .replace(/(?:\s*¦\s*)+/g, ' ¦ ')
    .replace(/^ ?¦ ?| ?¦ ?$/g, '');
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function around(text: string, index: number, length: number): string {
  return squash(text.slice(Math.max(0, index - 30), Math.min(text.length, index + length + 30)));
}

// ---------------------------------------------------------------------------------------------------------
// Numbers

// Number words by language, for "nine rooms" and "zwölf Zimmer". One is left out: "un", "une", "a", "ein"
// are articles far more often than counts.
const NUMBER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    '',
    '',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ],
  pt: [
    '',
    '',
    'dois|duas',
    'tres',
    'quatro',
    'cinco',
    'seis',
    'sete',
    'oito',
    'nove',
    'dez',
    'onze',
    'doze',
    'treze',
    'catorze|quatorze',
    'quinze',
    'dezasseis|dezesseis',
    'dezassete|dezessete',
    'dezoito',
    'dezanove|dezenove',
    'vinte',
  ],
  es: [
    '',
    '',
    'dos',
    'tres',
    'cuatro',
    'cinco',
    'seis',
    'siete',
    'ocho',
    'nueve',
    'diez',
    'once',
    'doce',
    'trece',
    'catorce',
    'quince',
    'dieciseis',
    'diecisiete',
    'dieciocho',
    'diecinueve',
    'veinte',
  ],
  fr: [
    '',
    '',
    'deux',
    'trois',
    'quatre',
    'cinq',
    'six',
    'sept',
    'huit',
    'neuf',
    'dix',
    'onze',
    'douze',
    'treize',
    'quatorze',
    'quinze',
    'seize',
    '',
    '',
    '',
    'vingt',
  ],
  de: [
    '',
    '',
    'zwei',
    'drei',
    'vier',
    'funf',
    'sechs',
    'sieben',
    'acht',
    'neun',
    'zehn',
    'elf',
    'zwolf',
    'dreizehn',
    'vierzehn',
    'funfzehn',
    'sechzehn',
    'siebzehn',
    'achtzehn',
    'neunzehn',
    'zwanzig',
  ],
};

function numberWords(language: string): Map<string, number> {
  const words = new Map<string, number>();
  for (const [value, forms] of (NUMBER_WORDS[language] ?? []).entries()) {
    for (const form of forms.split('|')) if (form) words.set(form, value);
  }
  return words;
}

/** "1.900", "1 500", "5,000", "12,90", "4.50": thousands separators when three digits follow, else decimals. */
export function parseNumber(raw: string): number {
  const compact = raw.replace(/[\s\u00a0\u202f']/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  if (decimal) {
    return Number(`${compact.slice(0, decimal.index).replace(/[.,]/g, '')}.${decimal[1]}`);
  }
  return Number(compact.replace(/[.,]/g, ''));
}

const NUM = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

/** Every value a number could be read as: 12,90 is 12.9, and its parts 12 and 90 too. */
function numberReadings(raw: string): number[] {
  const readings = new Set<number>([parseNumber(raw)]);
  for (const part of raw.match(/\d+/g) ?? []) readings.add(Number(part));
  return [...readings];
}

const ONE_WORDS = new Set(['one', 'um', 'uma', 'uno', 'una', 'un', 'une', 'ein', 'eine', 'eins']);

const ALWAYS_OPEN =
  /24\s?\/\s?7|\b24\s?(?:h|hrs?|hours|horas|heures|stunden)\b|rund um die uhr|around the clock|round the clock|jour et nuit|día y noche|dia e noite/i;

interface BriefNumbers {
  values: Set<number>;
  digitRuns: Set<string>;
  /** Hours of the day the brief mentions, 24-hour: "11–3" allows 11, 3 and 15. */
  hours: Set<number>;
}

function briefNumbers(entry: BriefEntry): BriefNumbers {
  const values = new Set<number>();
  const digitRuns = new Set<string>();
  for (const match of entry.brief.matchAll(new RegExp(NUM, 'g'))) {
    for (const value of numberReadings(match[0])) values.add(value);
    digitRuns.add(digitsOf(match[0]));
  }
  const folded = fold(entry.brief).split(' ');
  for (const language of SUPPORTED_LANGUAGES) {
    const words = numberWords(language);
    for (const word of folded) {
      const value = words.get(word);
      if (value !== undefined) values.add(value);
    }
  }
  // "One" is an article too often to count as a number on a page, but a brief that says it backs a "1".
  if (folded.some((word) => ONE_WORDS.has(word))) values.add(1);
  for (const count of entry.expect.counts ?? []) values.add(count.value);
  for (const price of entry.expect.prices ?? []) values.add(price.amount);
  const hours = new Set<number>();
  for (const value of values) {
    if (Number.isInteger(value) && value >= 0 && value <= 24) {
      hours.add(value % 24);
      if (value <= 12) hours.add((value + 12) % 24);
    }
  }
  // Open around the clock: a page may say 00:00–23:59 and "7 days a week".
  if (ALWAYS_OPEN.test(entry.brief)) {
    for (const hour of [0, 23]) hours.add(hour);
    for (const value of [0, 7, 24]) values.add(value);
  }
  return { values, digitRuns, hours };
}

function numberAllowed(raw: string, numbers: BriefNumbers): boolean {
  return numbers.digitRuns.has(digitsOf(raw)) || numbers.values.has(parseNumber(raw));
}

// ---------------------------------------------------------------------------------------------------------
// Patterns for facts a page may state

// Amounts with a currency on either side, in the ways Intl and people write them: "€4.50", "4,50 €",
// "R$ 89,90", "NZ$140", "CHF 220", "R1,200", "35 euros".
// ISO 4217 codes as Intl knows them, which is how Intl writes a currency without a symbol ("ARS 1,710,000");
// the list, not any three capitals, so "ISO 9001" is not a price.
const CODES = Intl.supportedValuesOf('currency').join('|');
const CURRENCY_BEFORE = String.raw`(?:US|A|AU|CA|C|NZ|R|MX|HK|S)?\$|€|£|¥|₹|Fr\.|\b(?:${CODES})(?=\s?\d)|\bR(?=\s?\d)`;
const CURRENCY_AFTER = String.raw`€|£|(?:US|A|AU|CA|C|NZ|R|MX|HK|S)?\$|\b(?:${CODES})\b|euros?|dollars?|pounds?|reais|francs?|Franken|zł|kr`;
const PRICE_RE = new RegExp(
  String.raw`(?:(?:${CURRENCY_BEFORE})\s?(${NUM}))|(?:(?<![\d.,])(${NUM})\s?(?:${CURRENCY_AFTER})(?![\p{L}]))`,
  'gu',
);

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_RE = /\bhttps?:\/\/\S+/g;
const PHONE_RE = /(?<![\w.,/])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s.-]{5,}\d(?![\w])/g;
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_RANGE_RE = /^\d{4}\s*[-–]\s*\d{4}$/;
// Postal codes with a dash (Brazil 01310-100, Portugal 4050-262, US ZIP+4) are not phone numbers.
const POSTAL_RE = /^(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{5}-\d{4}|\d{2}-\d{3})$/;

const RATING_RES = [
  /\b\d(?:[.,]\d)?\s?\/\s?(?:5|10)(?![\d])/g,
  /\b\d(?:[.,]\d)?[\s-]?(?:stars?|estrelas?|estrellas?|étoiles?|sterne?n?)\b/giu,
  /\b(?:rated|rating|avaliad[oa]|valorad[oa]|noté|bewertet)\b[^.\d]{0,20}\d(?:[.,]\d)?\s?(?:out of|de|sur|von|\/)\s?(?:5|10)\b/giu,
  /[★☆⭐]+/gu,
];

const TIME_RES = [
  /\b([01]?\d|2[0-4])[:h.]([0-5]\d)(?:\s?([ap])\.?\s?m\.?)?(?![\d])/giu,
  /\b(1[0-2]|0?[1-9])\s?([ap])\.?m\.?(?![\p{L}])/giu,
];

const STREET_RES = [
  // Name, then number: "Rua das Flores 28", "Calle Mayor, 15", "Via Roma 3".
  /\b(?:Rua|Avenida|Av\.|Travessa|Largo|Praça|Alameda|Estrada|Calle|Avda\.|Paseo|Plaza|Carrer|Camino|Rue|Avenue|Boulevard|Chemin|Via|Viale|Piazza|Corso)\s+(?:[\p{L}'’.-]+\s+){0,5}?\d{1,4}[a-zA-Z]?(?![\d])/gu,
  // Number, then name: "14 High Street", "12 rue des Martyrs".
  /\b\d{1,4}[a-zA-Z]?,?\s+(?:(?:rue|avenue|boulevard|place|chemin|allée|quai|impasse)\s+(?:[\p{L}'’-]+\s?){1,4}|(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Way|Square|Terrace|Row|Close|Crescent|Boulevard|Blvd|Parade|Hill)\b)/gu,
  // German compounds: "Hauptstraße 14", "Am Bahnhofsplatz 3".
  /\b[\p{Lu}][\p{L}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee)\s+\d{1,4}[a-z]?(?![\d])/gu,
];

// The first name after a title is what tells a person apart ("Dr. Weber", "Dr. Aoife Byrne"); whatever
// follows may be the next heading ("Dr Martin Home").
const TITLED_PERSON_RE = /\b(?:Dr|Dra|Prof|Chef|Herr|Frau|Mme|Mrs|Mr|Ms|Sr|Sra)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;
const NOT_NAMES = new Set(
  'one our the a an and of um uma o os as el la los las le les un une der die das ein eine home'.split(' '),
);

const TITLES = new Set([
  'dr',
  'dra',
  'prof',
  'chef',
  'herr',
  'frau',
  'mme',
  'mrs',
  'mr',
  'ms',
  'sr',
  'sra',
  'm',
]);

// Words that separate a number from a noun that follows it: "2 per room" does not count rooms.
const BREAKERS = new Set(
  'per por pro par je each cada every of de do da dos das del des du von vom zu a an and e y et und or ou o oder to for para pour fur with com con avec mit in em en im at'.split(
    ' ',
  ),
);

// Case-insensitive aliases, so "Lisbon" is found on a page that says "Lisboa".
const CITY_ALIASES: readonly (readonly string[])[] = [
  ['lisbon', 'lisboa'],
  ['naples', 'napoli'],
  ['munich', 'munchen', 'muenchen'],
  ['cologne', 'koln', 'koeln'],
  ['vienna', 'wien'],
  ['zurich', 'zuerich'],
  ['geneva', 'geneve', 'genf'],
  ['brussels', 'bruxelles', 'brussel'],
  ['seville', 'sevilla'],
  ['nuremberg', 'nurnberg', 'nuernberg'],
  ['dusseldorf', 'duesseldorf'],
  ['munster', 'muenster'],
  ['luneburg', 'lueneburg'],
  ['mexico city', 'ciudad de mexico', 'cdmx'],
  ['frankfurt', 'frankfurt am main'],
  ['san sebastian', 'donostia'],
  ['sarlat', 'sarlat la caneda'],
  ['bogota', 'bogota d c'],
  ['brooklyn', 'new york', 'new york city', 'nyc'],
];

/** "Freiburg" is "Freiburg im Breisgau", "Lisbon" is "Lisboa". */
function sameCity(expected: string, written: string): boolean {
  const w = fold(written);
  return (
    w !== '' &&
    cityForms(expected).some((form) => ` ${w} `.includes(` ${form} `) || ` ${form} `.includes(` ${w} `))
  );
}

function cityForms(city: string): string[] {
  const folded = fold(city);
  const group = CITY_ALIASES.find((forms) => forms.includes(folded));
  return group ? [...group] : [folded];
}

function nounStem(noun: string): string {
  const word = fold(noun).split(' ').pop() ?? '';
  for (const suffix of ['es', 'en', 's', 'n', 'e']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

// "15 years in the trade" against "pictures kept for five years": a duration on the page is rarely the
// brief's duration restated, so a different one is an unbacked claim, not a contradiction.
const TIME_UNIT =
  /^(?:year|ano|an|jahr|day|dia|jour|tag|night|noite|noche|nuit|nacht|minut|hour|hora|heure|stund|week|semana|semaine|woche|month|mes|mois|monat)/;

export function isTimeUnit(noun: string): boolean {
  return TIME_UNIT.test(fold(noun));
}

function isNoun(word: string, stem: string): boolean {
  const w = fold(word);
  if (!w.startsWith(stem)) return false;
  return ['', 's', 'es', 'e', 'en', 'n', 'er', 'ern', 'os', 'as'].includes(w.slice(stem.length));
}

// ---------------------------------------------------------------------------------------------------------
// Pages

export interface PageText {
  urlPath: string;
  locale: string;
  kind: RenderedPageInput['kind'];
  title: string;
  h1: string[];
  /** What a visitor reads: the body without scripts, styles, SVG or <time> elements. */
  body: string;
  /** The body without <address> blocks, for counting unbacked numbers once (addresses are checked as such). */
  bodyNoAddress: string;
  /** Meta descriptions and titles, alt, title and aria-label attributes. */
  meta: string;
  jsonLd: unknown[];
  tel: string[];
  mailto: string[];
  /** Quotations: the quoted text, who is credited, and whether it sits in a testimonials section. */
  quotes: { quote: string; cite?: string; testimonial: boolean }[];
}

export function extractPage(page: RenderedPageInput): PageText {
  const html = page.html;
  const title = stripTags(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '');
  const jsonLd: unknown[] = [];
  for (const m of html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      jsonLd.push(JSON.parse(m[1] ?? ''));
    } catch {
      // A page whose JSON-LD does not parse publishes nothing a search engine reads; nothing to check.
    }
  }
  const meta: string[] = [];
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (
      /(?:name|property)="(?:description|og:title|og:description|og:site_name|twitter:[a-z]+)"/i.test(tag)
    ) {
      const content = /content="([^"]*)"/i.exec(tag)?.[1];
      if (content) meta.push(decodeEntities(content));
    }
  }
  const bodyHtml = (/<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html)
    .replace(/<(script|style|svg|template|time)\b[\s\S]*?<\/\1>/gi, ' ')
    // A form's field placeholders are examples for the visitor, not facts about the business.
    .replace(/\splaceholder="[^"]*"/gi, '');
  for (const m of bodyHtml.matchAll(/\s(?:alt|title|aria-label)="([^"]*)"/gi)) {
    if (m[1]) meta.push(decodeEntities(m[1]));
  }
  const tel = [...bodyHtml.matchAll(/href="tel:([^"]*)"/gi)].map((m) => decodeEntities(m[1] ?? ''));
  const mailto = [...bodyHtml.matchAll(/href="mailto:([^"?]*)/gi)].map((m) => {
    const raw = decodeEntities(m[1] ?? '');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  });
  const h1 = [...bodyHtml.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/gi)].map((m) => stripTags(m[1] ?? ''));
  return {
    urlPath: page.urlPath,
    locale: page.locale,
    kind: page.kind,
    title,
    h1,
    body: stripTags(bodyHtml),
    bodyNoAddress: stripTags(bodyHtml.replace(/<address\b[\s\S]*?<\/address>/gi, ' ')),
    meta: squash(meta.join(' · ')),
    jsonLd,
    tel,
    mailto,
    quotes: quotesIn(bodyHtml),
  };
}

/** Where the element opened just before `from` closes, counting nested elements of the same name. */
function closingTag(html: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return html.length;
}

function quotesIn(html: string): PageText['quotes'] {
  const quotes: PageText['quotes'] = [];
  // Testimonials sections by their class or id ("testimonials", "reviews", "quotes"), whatever renders them.
  const testimonialSpans: [number, number][] = [];
  for (const m of html.matchAll(
    /<(section|div)\b[^>]*(?:class|id)="[^"]*\b(?:testimonials?|reviews?)\b[^"]*"[^>]*>/gi,
  )) {
    const start = m.index ?? 0;
    testimonialSpans.push([start, closingTag(html, m[1] ?? 'div', start + m[0].length)]);
  }
  const inTestimonials = (at: number) => testimonialSpans.some(([from, to]) => at >= from && at <= to);
  const seen = new Set<number>();
  for (const m of html.matchAll(/<figure\b[^>]*>([\s\S]*?)<\/figure>/gi)) {
    const inner = m[1] ?? '';
    const block = /<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/i.exec(inner);
    if (!block) continue;
    seen.add((m.index ?? 0) + m[0].indexOf('<blockquote'));
    const caption = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/i.exec(inner)?.[1];
    const named = caption ? /<(b|strong|cite)\b[^>]*>([\s\S]*?)<\/\1>/i.exec(caption)?.[2] : undefined;
    const cite = caption ? stripTags(named ?? caption).replace(/^[\s—–-]+/, '') : undefined;
    quotes.push({
      quote: stripTags(block[1] ?? ''),
      ...(cite ? { cite } : {}),
      testimonial: inTestimonials(m.index ?? 0),
    });
  }
  for (const m of html.matchAll(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/gi)) {
    if (seen.has(m.index ?? 0)) continue;
    const inner = m[1] ?? '';
    const cite = /<cite\b[^>]*>([\s\S]*?)<\/cite>/i.exec(inner)?.[1];
    quotes.push({
      quote: stripTags(inner),
      ...(cite ? { cite: stripTags(cite) } : {}),
      testimonial: inTestimonials(m.index ?? 0),
    });
  }
  return quotes;
}

// ---------------------------------------------------------------------------------------------------------
// Scoring

interface Context {
  entry: BriefEntry;
  doc: SiteDocument;
  brief: string;
  briefTokens: Set<string>;
  numbers: BriefNumbers;
  pages: PageText[];
  contradictions: Map<string, Finding>;
  fabrications: Map<string, Finding>;
  /** Numbers already reported as a count, so the scan for unbacked numbers does not report them again. */
  claimed: Set<number>;
}

function baseLanguage(locale: string): string {
  return locale.split('-')[0]?.toLowerCase() ?? locale;
}

export function scoreSite(
  entry: BriefEntry,
  doc: SiteDocument,
  rendered: readonly RenderedPageInput[],
): SiteScore {
  const brief = fold(entry.brief);
  const ctx: Context = {
    entry,
    doc,
    brief,
    briefTokens: new Set(brief.split(' ')),
    numbers: briefNumbers(entry),
    pages: rendered.map(extractPage),
    contradictions: new Map(),
    fabrications: new Map(),
    claimed: new Set(),
  };
  const actualFamily = kindInfo(doc.kind).family;
  const actualLanguage = baseLanguage(doc.defaultLocale);
  const supported = SUPPORTED_LANGUAGES.includes(entry.expect.language);

  checkName(ctx);
  checkCounts(ctx);
  checkDocument(ctx);
  for (const page of ctx.pages) checkPage(ctx, page);

  return {
    id: entry.id,
    family: {
      expected: entry.expect.family,
      actual: actualFamily,
      kind: String(doc.kind),
      ok: actualFamily === entry.expect.family,
    },
    language: {
      expected: entry.expect.language,
      actual: actualLanguage,
      ok: supported ? actualLanguage === entry.expect.language : null,
    },
    facts: expectedFacts(ctx),
    contradictions: [...ctx.contradictions.values()],
    fabrications: [...ctx.fabrications.values()],
  };
}

/** Records a finding once per category and value, however many pages or document paths state it. */
function report(map: Map<string, Finding>, finding: Finding, key = findingKey(finding)): void {
  const id = `${finding.category}:${key}`;
  if (!map.has(id)) map.set(id, finding);
}

/** People by their first name without a title, so "Chef Marco" credited under a quote and "Chef Marco" in a
 * paragraph, or "Dr. Ana" and "Ana Rodrigues" on the team, are one invented person. */
function findingKey(finding: Finding): string {
  if (finding.category !== 'person') return fold(finding.value);
  return withoutTitle(finding.value).split(' ')[0] || fold(finding.value);
}

/**
 * A fact the brief gave one value for and the site states another is a contradiction; a fact of a kind the
 * brief never gave is a fabrication.
 */
function unbacked(ctx: Context, given: boolean, finding: Finding, key?: string): void {
  report(given ? ctx.contradictions : ctx.fabrications, finding, key);
}

// --- Expected facts ------------------------------------------------------------------------------------

function defaultPages(ctx: Context): PageText[] {
  const pages = ctx.pages.filter((p) => p.kind === 'page' && p.locale === ctx.doc.defaultLocale);
  return pages.length > 0 ? pages : ctx.pages.filter((p) => p.kind === 'page');
}

/** The home page: the default locale's shortest URL path ("/"). */
function homePage(ctx: Context): PageText | undefined {
  return [...defaultPages(ctx)].sort((a, b) => a.urlPath.length - b.urlPath.length)[0];
}

function findOn(pages: readonly PageText[], test: (page: PageText) => boolean): string | undefined {
  return pages.find(test)?.urlPath;
}

function expectedFacts(ctx: Context): FactResult[] {
  const { expect } = ctx.entry;
  const pages = defaultPages(ctx);
  const first = homePage(ctx);
  const home = first ? [first] : [];
  const results: FactResult[] = [];
  const add = (fact: FactKind, expected: string, page: string | undefined) =>
    results.push({ fact, expected, found: page !== undefined, ...(page ? { page } : {}) });
  const folded = new Map(pages.map((p) => [p, fold(`${p.title} ${p.body}`)]));
  const text = (p: PageText) => folded.get(p) ?? '';

  if (expect.name) {
    const name = fold(expect.name).replace(LEADING_ARTICLE, '');
    add(
      'name',
      expect.name,
      findOn(home, (p) => hasPhrase(text(p), name)),
    );
  }
  if (expect.city) {
    const forms = cityForms(expect.city);
    add(
      'city',
      expect.city,
      findOn(pages, (p) => forms.some((form) => hasPhrase(text(p), form))),
    );
  }
  for (const count of expect.counts ?? []) {
    add(
      'count',
      `${count.value} ${count.noun}`,
      findOn(pages, (p) => pageHasNumber(p, count.value)),
    );
  }
  for (const price of expect.prices ?? []) {
    add(
      'price',
      `${price.amount} ${price.currency}`,
      findOn(pages, (p) =>
        pricesIn(p.body).some((found) => sameAmount(found.amount, found.raw, price.amount)),
      ),
    );
  }
  for (const person of expect.people ?? []) {
    const bare = withoutTitle(person);
    add(
      'person',
      person,
      findOn(pages, (p) => hasPhrase(text(p), person) || (bare !== '' && hasPhrase(text(p), bare))),
    );
  }
  if (expect.phone) {
    const phone = expect.phone;
    add(
      'phone',
      phone,
      findOn(pages, (p) => phonesIn(p).some((found) => samePhone(found, phone))),
    );
  }
  if (expect.email) {
    const email = expect.email.toLowerCase();
    add(
      'email',
      expect.email,
      findOn(
        pages,
        (p) => p.body.toLowerCase().includes(email) || p.mailto.some((m) => m.toLowerCase() === email),
      ),
    );
  }
  if (expect.street) {
    const street = expect.street;
    add(
      'street',
      street,
      findOn(pages, (p) => hasPhrase(text(p), street)),
    );
  }
  return results;
}

function withoutTitle(name: string): string {
  return fold(name)
    .split(' ')
    .filter((word) => !TITLES.has(word))
    .join(' ');
}

function pageHasNumber(page: PageText, value: number): boolean {
  for (const m of page.body.matchAll(new RegExp(`(?<![\\d.,])(?:${NUM})(?![\\d])`, 'g'))) {
    if (parseNumber(m[0]) === value || Number(digitsOf(m[0])) === value) return true;
  }
  const words = numberWords(baseLanguage(page.locale));
  return fold(page.body)
    .split(' ')
    .some((word) => words.get(word) === value);
}

function sameAmount(found: number, raw: string, expected: number): boolean {
  if (Math.abs(found - expected) < 0.005) return true;
  // "Match the digits": 12,90 written as 1290 or 12.9 is still the owner's price.
  const digits = digitsOf(raw).replace(/0+$/, '');
  return digits !== '' && digits === digitsOf(expected.toFixed(2)).replace(/0+$/, '');
}

function samePhone(found: string, expected: string): boolean {
  // Country codes and trunk zeros come and go: 0711 123456 is +49 711 123456.
  const a = digitsOf(found).replace(/^0+/, '');
  const b = digitsOf(expected).replace(/^0+/, '');
  if (a.length < 6 || b.length < 6) return false;
  return a.endsWith(b) || b.endsWith(a);
}

// --- Name and counts -------------------------------------------------------------------------------------

// "Green Kettle" is still The Green Kettle.
const LEADING_ARTICLE = /^(?:the|o|a|os|as|el|la|los|las|le|les|l|der|die|das) /;

function checkName(ctx: Context): void {
  const name = ctx.entry.expect.name;
  if (!name) return;
  const expected = fold(name).replace(LEADING_ARTICLE, '');
  const docName = fold(ctx.doc.name).replace(LEADING_ARTICLE, '');
  if (!docName.includes(expected) && !expected.includes(docName)) {
    report(ctx.contradictions, {
      category: 'name',
      value: ctx.doc.name,
      where: '/name',
      detail: `brief: ${name}`,
    });
  }
  const home = homePage(ctx);
  if (home && !fold(home.title).includes(expected)) {
    report(ctx.contradictions, {
      category: 'name',
      value: home.title,
      where: `${home.urlPath} <title>`,
      detail: `brief: ${name}`,
    });
  }
}

/** "12 rooms" on a page whose brief said 9 rooms. */
function checkCounts(ctx: Context): void {
  const counts = ctx.entry.expect.counts ?? [];
  if (counts.length === 0) return;
  const stems = counts.map((count) => ({ ...count, stem: nounStem(count.noun) }));
  const tokenRe = new RegExp(`${NUM}|[\\p{L}\\p{M}'’]+|[^\\s\\p{L}\\p{N}]`, 'gu');
  for (const page of ctx.pages) {
    const words = numberWords(baseLanguage(page.locale));
    const tokens = [...page.body.matchAll(tokenRe)].map((m) => ({ raw: m[0], at: m.index ?? 0 }));
    for (const [i, token] of tokens.entries()) {
      const digits = /^\d/.test(token.raw);
      const value = digits ? parseNumber(token.raw) : words.get(fold(token.raw));
      if (value === undefined) continue;
      // A number word counts only right before its noun: "two connected rooms" describes a suite.
      const reach = digits ? 2 : 0;
      let skipped = 0;
      for (let j = i + 1; j < tokens.length && skipped <= reach; j++) {
        const next = tokens[j]?.raw ?? '';
        if (next === '-' || next === '‑') continue;
        if (/^[^\p{L}\p{N}]/u.test(next) || /^\d/.test(next) || BREAKERS.has(fold(next))) break;
        const count = stems.find((c) => isNoun(next, c.stem));
        if (count) {
          if (count.value !== value) {
            ctx.claimed.add(value);
            const end = (tokens[j]?.at ?? token.at) + next.length;
            report(isTimeUnit(count.noun) ? ctx.fabrications : ctx.contradictions, {
              category: isTimeUnit(count.noun) ? 'stat' : 'count',
              value: `${token.raw} ${next}`,
              where: page.urlPath,
              detail: `brief: ${count.value} ${count.noun}; "${around(page.body, token.at, end - token.at)}"`,
            });
          }
          break;
        }
        skipped++;
      }
    }
  }
}

// --- The document ---------------------------------------------------------------------------------------

function personAllowed(ctx: Context, name: string): boolean {
  const words = fold(name)
    .split(' ')
    .filter((w) => w.length >= 2 && !TITLES.has(w));
  return words.every((w) => ctx.briefTokens.has(w));
}

function checkDocument(ctx: Context): void {
  const { doc } = ctx;
  const contents: [string, SiteDocument['pages'], SiteDocument['posts']][] = [
    ['', doc.pages, doc.posts],
    ...Object.entries(doc.translations ?? {}).map(
      ([locale, content]) =>
        [`/translations/${locale}`, content.pages, content.posts] as [
          string,
          SiteDocument['pages'],
          SiteDocument['posts'],
        ],
    ),
  ];
  for (const [base, pages, posts] of contents) {
    for (const [pi, page] of pages.entries()) {
      for (const [si, section] of page.sections.entries()) {
        checkSection(
          ctx,
          section as { type: string; props: Record<string, unknown> },
          `${base}/pages/${pi}/sections/${si}`,
        );
      }
    }
    for (const [pi, post] of (posts ?? []).entries()) {
      if (post.author && !personAllowed(ctx, post.author)) {
        report(ctx.fabrications, {
          category: 'person',
          value: post.author,
          where: `${base}/posts/${pi}/author`,
        });
      }
    }
  }
}

function asArray(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : [];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function checkSection(
  ctx: Context,
  section: { type: string; props: Record<string, unknown> },
  path: string,
): void {
  const p = section.props ?? {};
  switch (section.type) {
    case 'testimonials':
      for (const [i, item] of asArray(p.items).entries()) {
        const author = str(item.author);
        const quote = str(item.quote);
        if (!personAllowed(ctx, author) || !ctx.brief.includes(fold(quote))) {
          report(
            ctx.fabrications,
            {
              category: 'testimonial',
              value: author || quote.slice(0, 60),
              where: `${path}/props/items/${i}`,
              detail: quote.slice(0, 100),
            },
            fold(author || quote),
          );
        }
        if (typeof item.rating === 'number')
          checkRating(ctx, `${item.rating}/5`, `${path}/props/items/${i}/rating`);
      }
      break;
    case 'team':
      for (const [i, member] of asArray(p.members).entries()) {
        const name = str(member.name);
        if (name && !personAllowed(ctx, name)) {
          report(ctx.fabrications, {
            category: 'person',
            value: name,
            where: `${path}/props/members/${i}`,
            detail: str(member.role),
          });
        }
      }
      break;
    case 'stats':
      for (const [i, item] of asArray(p.items).entries())
        checkStat(ctx, str(item.value), str(item.label), `${path}/props/items/${i}`);
      break;
    case 'contact':
      checkContact(ctx, p, path);
      break;
    case 'services':
      for (const [g, group] of asArray(p.groups).entries()) {
        for (const [i, item] of asArray(group.items).entries()) {
          checkDocPrice(ctx, item.price, `${path}/props/groups/${g}/items/${i}/price`, str(item.name));
        }
      }
      break;
    case 'pricing':
      for (const [i, plan] of asArray(p.plans).entries())
        checkDocPrice(ctx, plan.price, `${path}/props/plans/${i}/price`, str(plan.name));
      break;
    default:
      break;
  }
}

function checkStat(ctx: Context, value: string, label: string, where: string): void {
  if (!/\d/.test(value)) return;
  if (RATING_RES.slice(0, 3).some((re) => new RegExp(re.source, re.flags).test(value))) {
    checkRating(ctx, value, where);
    return;
  }
  const count = (ctx.entry.expect.counts ?? []).find((c) =>
    fold(label)
      .split(' ')
      .some((w) => isNoun(w, nounStem(c.noun))),
  );
  const numbers = value.match(new RegExp(NUM, 'g')) ?? [];
  if (count) {
    for (const n of numbers) ctx.claimed.add(parseNumber(n));
    if (numbers.some((n) => parseNumber(n) !== count.value)) {
      const duration = isTimeUnit(count.noun);
      report(duration ? ctx.fabrications : ctx.contradictions, {
        category: duration ? 'stat' : 'count',
        value: `${value} ${label}`,
        where,
        detail: `brief: ${count.value} ${count.noun}`,
      });
    }
    return;
  }
  const unbackedNumber = numbers.find((n) => !numberAllowed(n, ctx.numbers));
  if (unbackedNumber !== undefined) {
    // Keyed by the number, so the same stat read again on the rendered page is one finding.
    report(
      ctx.fabrications,
      { category: 'stat', value: `${value} ${label}`, where },
      String(parseNumber(unbackedNumber)),
    );
  }
}

function checkRating(ctx: Context, value: string, where: string, detail?: string): void {
  // A rating the owner quoted ("4.8 on Google") may be repeated; any other is invented.
  const number = /\d(?:[.,]\d)?/.exec(value)?.[0];
  const briefRates = RATING_RES.slice(0, 3).some((re) =>
    new RegExp(re.source, re.flags).test(ctx.entry.brief),
  );
  if (number && briefRates && ctx.entry.brief.includes(number)) return;
  report(
    ctx.fabrications,
    { category: 'rating', value, where, ...(detail ? { detail } : {}) },
    ratingKey(value),
  );
}

/** "Rated 5 out of 5", "★★★★★" and a document's rating 5 are the same claim: "5/5". */
export function ratingKey(value: string): string {
  if (/^[★☆⭐]+$/u.test(value)) return `${[...value].filter((c) => c !== '☆').length}/5`;
  const number = /\d(?:[.,]\d)?/.exec(value)?.[0]?.replace(',', '.') ?? value;
  const scale = /(?:\/|out of|de|sur|von)\s?(10|5)\b/i.exec(value)?.[1] ?? '5';
  return `${number}/${scale}`;
}

function checkContact(ctx: Context, p: Record<string, unknown>, path: string): void {
  const { expect } = ctx.entry;
  const address = p.address;
  if (address && typeof address === 'object' && !isPlaceholder(address)) {
    const a = address as Record<string, unknown>;
    const street = str(a.street);
    if (street && !ctx.brief.includes(fold(street))) {
      unbacked(ctx, expect.street !== undefined, {
        category: 'street',
        value: street,
        where: `${path}/props/address/street`,
        ...(expect.street ? { detail: `brief: ${expect.street}` } : {}),
      });
    }
    const locality = str(a.locality);
    if (expect.city && locality && !sameCity(expect.city, locality)) {
      report(ctx.contradictions, {
        category: 'city',
        value: locality,
        where: `${path}/props/address/locality`,
        detail: `brief: ${expect.city}`,
      });
    }
    const country = str(a.country);
    if (expect.country && country && country !== expect.country) {
      report(ctx.contradictions, {
        category: 'country',
        value: country,
        where: `${path}/props/address/country`,
        detail: `brief: ${expect.country}`,
      });
    }
  }
  const phone = p.phone;
  if (typeof phone === 'string') checkPhone(ctx, phone, `${path}/props/phone`);
  const email = p.email;
  if (typeof email === 'string') checkEmail(ctx, email, `${path}/props/email`);
  const hours = p.hours;
  if (Array.isArray(hours)) {
    for (const [i, span] of asArray(hours).entries()) {
      for (const time of [str(span.opens), str(span.closes)])
        checkHour(ctx, time, `${path}/props/hours/${i}`);
    }
  }
}

function checkDocPrice(ctx: Context, price: unknown, where: string, item: string): void {
  if (!price || typeof price !== 'object' || isPlaceholder(price)) return;
  const { amount, currency } = price as { amount?: unknown; currency?: unknown };
  if (typeof amount !== 'number') return;
  const given = ctx.entry.expect.prices ?? [];
  const same = given.find((g) => Math.abs(g.amount - amount) < 0.005);
  if (same) {
    if (typeof currency === 'string' && currency !== same.currency) {
      report(ctx.contradictions, {
        category: 'currency',
        value: `${amount} ${currency}`,
        where,
        detail: `brief: ${same.amount} ${same.currency}`,
      });
    }
    return;
  }
  if (numberAllowed(String(amount), ctx.numbers)) return;
  unbacked(
    ctx,
    given.length > 0,
    { category: 'price', value: `${amount} ${String(currency)}`, where, ...(item ? { detail: item } : {}) },
    String(amount),
  );
}

function checkPhone(ctx: Context, phone: string, where: string): void {
  const known = [ctx.entry.expect.phone, ...(ctx.entry.brief.match(PHONE_RE) ?? [])].filter(
    (x): x is string => !!x,
  );
  if (known.some((k) => samePhone(phone, k))) return;
  unbacked(
    ctx,
    ctx.entry.expect.phone !== undefined,
    { category: 'phone', value: phone.trim(), where },
    digitsOf(phone).replace(/^0+/, '').slice(-9),
  );
}

function platformEmail(email: string): boolean {
  return /@(?:[a-z0-9-]+\.)*pagemagic\.[a-z]+$/i.test(email);
}

function checkEmail(ctx: Context, email: string, where: string): void {
  const e = email.trim().toLowerCase();
  if (!e || ctx.entry.brief.toLowerCase().includes(e) || platformEmail(e)) return;
  unbacked(ctx, ctx.entry.expect.email !== undefined, { category: 'email', value: e, where }, e);
}

function checkHour(ctx: Context, time: string, where: string, detail?: string): void {
  const m = /^(\d{1,2})(?::(\d{2}))?/.exec(time);
  if (!m) return;
  const hour = Number(m[1]) % 24;
  if (ctx.numbers.hours.has(hour)) return;
  report(
    ctx.fabrications,
    { category: 'hours', value: time, where, ...(detail ? { detail } : {}) },
    String(hour),
  );
}

// --- The rendered pages ----------------------------------------------------------------------------------

interface FoundPrice {
  raw: string;
  amount: number;
  index: number;
  length: number;
}

function pricesIn(text: string): FoundPrice[] {
  return [...text.matchAll(PRICE_RE)].map((m) => {
    const raw = m[1] ?? m[2] ?? '';
    return { raw, amount: parseNumber(raw), index: m.index ?? 0, length: m[0].length };
  });
}

function phonesIn(page: PageText): string[] {
  const candidates = [...page.tel];
  const text = maskAll(page.body, [EMAIL_RE, URL_RE, PRICE_RE]);
  for (const m of text.matchAll(PHONE_RE)) {
    if (isPhoneLike(m[0])) candidates.push(m[0]);
  }
  return candidates;
}

function isPhoneLike(raw: string): boolean {
  const token = raw.trim();
  if (ISO_DATE_RE.test(token) || YEAR_RANGE_RE.test(token) || POSTAL_RE.test(token)) return false;
  const digits = digitsOf(token).length;
  return digits >= 8 || (digits >= 7 && /^[+(]/.test(token));
}

/** Blanks out every match of the patterns, so later scans do not read a price as a time or a phone. */
function maskAll(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const re of patterns) out = out.replace(new RegExp(re.source, re.flags), (m) => ' '.repeat(m.length));
  return out;
}

function checkPage(ctx: Context, page: PageText): void {
  const where = page.urlPath;
  const published = `${page.body} · ${page.meta}`;
  const given = ctx.entry.expect;

  // Quotations: a testimonial the owner did not write, or any quote credited to someone they never named.
  for (const q of page.quotes) {
    const invented =
      (q.cite !== undefined && !personAllowed(ctx, q.cite)) || !ctx.brief.includes(fold(q.quote));
    if (q.testimonial && invented) {
      const value = q.cite ?? q.quote.slice(0, 60);
      report(
        ctx.fabrications,
        { category: 'testimonial', value, where, detail: q.quote.slice(0, 100) },
        fold(value),
      );
    } else if (q.cite && !personAllowed(ctx, q.cite)) {
      report(ctx.fabrications, { category: 'person', value: q.cite, where, detail: q.quote.slice(0, 100) });
    }
  }

  // Emails and links to them.
  for (const m of published.matchAll(EMAIL_RE)) checkEmail(ctx, m[0], where);
  for (const m of page.mailto) checkEmail(ctx, m, where);

  // Prices, before anything that might read "3.50" as a time.
  for (const price of pricesIn(published)) {
    if ((given.prices ?? []).some((g) => sameAmount(price.amount, price.raw, g.amount))) continue;
    if (numberAllowed(price.raw, ctx.numbers)) continue;
    unbacked(
      ctx,
      (given.prices ?? []).length > 0,
      {
        category: 'price',
        value: published.slice(price.index, price.index + price.length).trim(),
        where,
        detail: around(published, price.index, price.length),
      },
      String(price.amount),
    );
  }
  let rest = maskAll(published, [EMAIL_RE, URL_RE, PRICE_RE]);

  // Street addresses.
  for (const re of STREET_RES) {
    for (const m of rest.matchAll(new RegExp(re.source, re.flags))) {
      const street = m[0].trim();
      if (ctx.brief.includes(fold(street)) || (given.street && fold(street).includes(fold(given.street))))
        continue;
      unbacked(ctx, given.street !== undefined, {
        category: 'street',
        value: street,
        where,
        ...(given.street ? { detail: `brief: ${given.street}` } : {}),
      });
    }
  }
  rest = maskAll(rest, STREET_RES);

  // Phones: tel: links and digit runs that look like one.
  for (const tel of page.tel) checkPhone(ctx, tel, where);
  for (const m of rest.matchAll(PHONE_RE)) if (isPhoneLike(m[0])) checkPhone(ctx, m[0], where);
  rest = maskAll(rest, [PHONE_RE]);

  // Ratings: "4.9/5", "5 stars", ★.
  for (const re of RATING_RES) {
    for (const m of rest.matchAll(new RegExp(re.source, re.flags)))
      checkRating(ctx, m[0].trim(), where, around(rest, m.index ?? 0, m[0].length));
  }
  rest = maskAll(rest, RATING_RES);

  // Opening times.
  for (const re of TIME_RES) {
    for (const m of rest.matchAll(new RegExp(re.source, re.flags))) {
      let hour = Number(m[1]);
      const meridiem = (m[3] ?? (re === TIME_RES[1] ? m[2] : undefined))?.toLowerCase();
      if (meridiem === 'p' && hour < 12) hour += 12;
      if (meridiem === 'a' && hour === 12) hour = 0;
      checkHour(ctx, String(hour), where, around(rest, m.index ?? 0, m[0].length));
    }
  }
  rest = maskAll(rest, TIME_RES);

  // People named with a title: "Dr. Silva", "Chef Marco".
  for (const m of page.body.matchAll(TITLED_PERSON_RE)) {
    const name = m[1] ?? '';
    if (NOT_NAMES.has(fold(name))) continue;
    if (!personAllowed(ctx, name))
      report(ctx.fabrications, {
        category: 'person',
        value: m[0],
        where,
        detail: around(page.body, m.index ?? 0, m[0].length),
      });
  }

  checkJsonLd(ctx, page);

  // Any other number a visitor reads that the brief does not back: "since 1998", "500+ happy clients".
  if (page.kind === 'not-found') return;
  const numbersText = maskAll(page.bodyNoAddress, [
    EMAIL_RE,
    URL_RE,
    PRICE_RE,
    PHONE_RE,
    ...RATING_RES,
    ...TIME_RES,
    ...STREET_RES,
  ]);
  // A copyright year is the renderer's, not a claim about the business.
  for (const m of numbersText.matchAll(
    new RegExp(`(?<![\\d.,\\p{L}]|©\\s?)(?:${NUM})(?![\\d\\p{L}])`, 'gu'),
  )) {
    if (numberAllowed(m[0], ctx.numbers) || ctx.claimed.has(parseNumber(m[0]))) continue;
    report(
      ctx.fabrications,
      { category: 'stat', value: m[0], where, detail: around(numbersText, m.index ?? 0, m[0].length) },
      String(parseNumber(m[0])),
    );
  }
}

function checkJsonLd(ctx: Context, page: PageText): void {
  const where = `${page.urlPath} JSON-LD`;
  const given = ctx.entry.expect;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'telephone' && typeof value === 'string') checkPhone(ctx, value, where);
      else if (key === 'email' && typeof value === 'string')
        checkEmail(ctx, value.replace(/^mailto:/, ''), where);
      else if (key === 'streetAddress' && typeof value === 'string') {
        if (!ctx.brief.includes(fold(value))) {
          unbacked(ctx, given.street !== undefined, { category: 'street', value, where });
        }
      } else if (key === 'addressCountry' && typeof value === 'string') {
        if (given.country && value !== given.country) {
          report(ctx.contradictions, {
            category: 'country',
            value,
            where,
            detail: `brief: ${given.country}`,
          });
        }
      } else if (key === 'addressLocality' && typeof value === 'string') {
        if (given.city && !sameCity(given.city, value)) {
          report(ctx.contradictions, { category: 'city', value, where, detail: `brief: ${given.city}` });
        }
      } else if (key === 'aggregateRating' || key === 'review') {
        const rating = (value as { ratingValue?: unknown })?.ratingValue;
        checkRating(ctx, rating !== undefined ? `${String(rating)}/5` : key, where);
      } else if ((key === 'opens' || key === 'closes') && typeof value === 'string') {
        checkHour(ctx, value, where);
      } else if (
        (key === 'employee' || key === 'founder' || key === 'author') &&
        value &&
        typeof value === 'object'
      ) {
        const name = (value as { name?: unknown }).name;
        if (typeof name === 'string' && !personAllowed(ctx, name)) {
          report(ctx.fabrications, { category: 'person', value: name, where });
        }
      }
      if (value && typeof value === 'object') visit(value);
    }
  };
  visit(page.jsonLd);
}

// ---------------------------------------------------------------------------------------------------------
// Totals

export interface Goals {
  family: number;
  language: number;
  facts: number;
  contradictions: number;
  fabrications: number;
  p50Ms: number;
}

export const GOALS: Goals = {
  family: 0.9,
  language: 1,
  facts: 0.95,
  contradictions: 0,
  fabrications: 0,
  p50Ms: 1000,
};

export interface Totals {
  briefs: number;
  errors: number;
  familyOk: number;
  familyRate: number;
  languageJudged: number;
  languageOk: number;
  languageRate: number;
  factsExpected: number;
  factsFound: number;
  factsRate: number;
  contradictions: number;
  fabrications: number;
  byCategory: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
  missed: string[];
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/** Sums the scores; a brief whose generation failed counts as wrong on every measure. */
export function totals(
  rows: readonly { score?: SiteScore; ms?: number; error?: string; expect: BriefEntry['expect'] }[],
  goals: Goals = GOALS,
): Totals {
  let familyOk = 0;
  let languageJudged = 0;
  let languageOk = 0;
  let factsExpected = 0;
  let factsFound = 0;
  let contradictions = 0;
  let fabrications = 0;
  let errors = 0;
  const byCategory: Record<string, number> = {};
  const times: number[] = [];
  for (const row of rows) {
    if (row.ms !== undefined) times.push(row.ms);
    const supported = SUPPORTED_LANGUAGES.includes(row.expect.language);
    if (supported) languageJudged++;
    if (!row.score) {
      errors++;
      factsExpected += expectedFactCount(row.expect);
      continue;
    }
    const s = row.score;
    if (s.family.ok) familyOk++;
    if (s.language.ok === true) languageOk++;
    factsExpected += s.facts.length;
    factsFound += s.facts.filter((f) => f.found).length;
    contradictions += s.contradictions.length;
    fabrications += s.fabrications.length;
    for (const f of [
      ...s.contradictions.map((c) => ({ ...c, category: `contradiction:${c.category}` })),
      ...s.fabrications,
    ]) {
      byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    }
  }
  const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const t: Totals = {
    briefs: rows.length,
    errors,
    familyOk,
    familyRate: rate(familyOk, rows.length),
    languageJudged,
    languageOk,
    languageRate: rate(languageOk, languageJudged),
    factsExpected,
    factsFound,
    factsRate: rate(factsFound, factsExpected),
    contradictions,
    fabrications,
    byCategory,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    missed: [],
  };
  if (t.errors > 0) t.missed.push(`${t.errors} brief(s) failed to generate or render`);
  if (t.familyRate < goals.family) t.missed.push(`kind family ${pct(t.familyRate)} < ${pct(goals.family)}`);
  if (t.languageRate < goals.language)
    t.missed.push(`language ${pct(t.languageRate)} < ${pct(goals.language)}`);
  if (t.factsRate < goals.facts) t.missed.push(`facts ${pct(t.factsRate)} < ${pct(goals.facts)}`);
  if (t.contradictions > goals.contradictions)
    t.missed.push(`contradictions ${t.contradictions} > ${goals.contradictions}`);
  if (t.fabrications > goals.fabrications)
    t.missed.push(`fabrications ${t.fabrications} > ${goals.fabrications}`);
  if (t.p50Ms > goals.p50Ms)
    t.missed.push(`generate+render p50 ${Math.round(t.p50Ms)} ms > ${goals.p50Ms} ms`);
  return t;
}

export function expectedFactCount(expect: BriefEntry['expect']): number {
  return (
    (expect.name ? 1 : 0) +
    (expect.city ? 1 : 0) +
    (expect.counts?.length ?? 0) +
    (expect.prices?.length ?? 0) +
    (expect.people?.length ?? 0) +
    (expect.phone ? 1 : 0) +
    (expect.email ? 1 : 0) +
    (expect.street ? 1 : 0)
  );
}

export function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)} %`;
}
