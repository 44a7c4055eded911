// Counts ("9 rooms", "três gerações"), prices ("haircuts from €25", "primeira consulta gratuita") and the
// founding year ("since 1962") as a brief writes them. Only what the brief states: a number is a count only
// with a counted noun after it, a price only with a currency mark or a price word, a year only after a
// founding phrase. Everything here reads a folded copy of the text (lower case, no accents) that keeps every
// character at its place, so each fact's `text` is the exact span of the brief.
//
// This module also holds the small helpers the other brief readers share (folding, phrase patterns, data
// loading), so that hours.ts, offerings.ts and this file read words the same way.

import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { locateContact } from './contact.ts';
import COUNTS_JSON from './data/numbers-counts.json' with { type: 'json' };
import PRICES_JSON from './data/numbers-prices.json' with { type: 'json' };
import SPANS_JSON from './data/numbers-spans.json' with { type: 'json' };
import YEARS_JSON from './data/numbers-years.json' with { type: 'json' };
import ATTRIBUTES_JSON from './data/offerings-attributes.json' with { type: 'json' };
import { COPY_LANGUAGES, type CopyLanguage, type CountFact, type PriceFact } from './types.ts';

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

/** Briefs are a sentence or a paragraph; anything past this is not read, so no input can take long. */
export const MAX_BRIEF_CHARS = 20_000;

/** No brief names more prices or counts than this; the cap bounds the work on adversarial input. */
const MAX_FACTS = 60;

/** A fact with where the brief says it, so readers can leave each other's spans alone. */
export interface Located<T> {
  start: number;
  end: number;
  value: T;
}

/** The input as a string no longer than MAX_BRIEF_CHARS, whatever was passed. */
export function briefText(text: unknown): string {
  return typeof text === 'string' ? text.slice(0, MAX_BRIEF_CHARS) : '';
}

const foldCache = new Map<string, string>();

/**
 * Lower case without accents, one output character per input character, so an index into the folded text
 * is the same index into the brief. A character whose folded form would change the length (the "ﬁ"
 * ligature, "İ") is kept as it is.
 */
export function foldAligned(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 128) {
      out += ch.toLowerCase();
      continue;
    }
    let folded = foldCache.get(ch);
    if (folded === undefined) {
      const candidate = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      const lower = ch.toLowerCase();
      folded = candidate.length === ch.length ? candidate : lower.length === ch.length ? lower : ch;
      foldCache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

export function escapeRegExp(text: string): string {
  // Not "-": outside a character class "\-" is an error in unicode mode, and "-" needs no escape there.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * One regular-expression alternative per phrase, longest first so the longest phrase wins where several
 * start at the same place. Phrases are folded (or only lower-cased with `fold` false, for matching the
 * brief itself where folding would merge words: Spanish "uñas" is not the article "unas"); a space or hyphen in a phrase matches any run of spaces and
 * hyphens ("gluten-free" = "gluten free"); an apostrophe matches either apostrophe; a phrase that starts or
 * ends with a letter or digit must start or end a word.
 */
export function phrasePattern(phrases: Iterable<string>, fold = true): string {
  const normal = (p: string) => (fold ? foldAligned(p.trim()) : p.trim().toLowerCase());
  const folded = [...new Set([...phrases].map(normal).filter(Boolean))].sort(
    (a, b) => b.length - a.length || a.localeCompare(b),
  );
  if (folded.length === 0) return '(?!)';
  // Phrases that start and end with a letter or digit share one pair of word-boundary checks: checking
  // them once per position instead of once per phrase keeps long phrase lists fast.
  const bounded = folded.filter(
    (p) => LETTER_OR_DIGIT.test(p[0] ?? '') && LETTER_OR_DIGIT.test(p.at(-1) ?? ''),
  );
  const others = folded.filter((p) => !bounded.includes(p));
  // The others ("est.", "/h", "r$", "l'") come first: each is the longer form of a bounded phrase it shares
  // its start with ("est"), if any, so the longest phrase still wins.
  const alternatives = others.map((phrase) => {
    const before = LETTER_OR_DIGIT.test(phrase[0] ?? '') ? String.raw`(?<![\p{L}\p{N}])` : '';
    const after = LETTER_OR_DIGIT.test(phrase.at(-1) ?? '') ? String.raw`(?![\p{L}\p{N}])` : '';
    return `${before}${phraseBody(phrase)}${after}`;
  });
  if (bounded.length > 0) {
    alternatives.push(String.raw`(?<![\p{L}\p{N}])(?:${bounded.map(phraseBody).join('|')})(?![\p{L}\p{N}])`);
  }
  return `(?:${alternatives.join('|')})`;
}

function phraseBody(phrase: string): string {
  let body = '';
  let inGap = false;
  for (const ch of phrase) {
    if (/[\s\u2010\u2011-]/u.test(ch)) {
      inGap = true;
      continue;
    }
    if (inGap) body += String.raw`[\s\u00a0\u2010\u2011-]+`;
    inGap = false;
    if (ch === "'" || ch === '’') body += "['’]\\s?";
    else if (ch === '/') body += String.raw`\s?\/\s?`;
    else body += escapeRegExp(ch);
  }
  return body;
}

/** A set of folded words, for looking up one word of the brief. */
export function foldedSet(words: Iterable<string>): Set<string> {
  return new Set([...words].map((w) => foldAligned(w.trim())));
}

/** The brief's language when the offline reader has words for it ("pt-BR" → "pt"); else undefined. */
export function copyLanguage(language: unknown): CopyLanguage | undefined {
  if (typeof language !== 'string') return undefined;
  const code = language.trim().toLowerCase().slice(0, 2);
  return (COPY_LANGUAGES as readonly string[]).includes(code) ? (code as CopyLanguage) : undefined;
}

/**
 * The languages whose words apply to a brief: its own and English (English phrases turn up in briefs in
 * every language: "dog friendly", "from €25"). A language without words gets none: only the
 * language-neutral readings (digits, symbols, currency codes) apply to it.
 */
export function languagesFor(language: unknown): CopyLanguage[] {
  const own = copyLanguage(language);
  if (!own) return [];
  return own === 'en' ? ['en'] : [own, 'en'];
}

/** A TypeBox object with one entry per copy language, all required: every data file covers all five. */
export function perLanguage<T extends TSchema>(schema: T) {
  return Type.Object(
    { en: schema, pt: schema, es: schema, fr: schema, de: schema },
    { additionalProperties: false },
  );
}

/** Checks a data file against its schema when it is loaded, so a broken file fails at start with its path. */
export function loadBriefData<T extends TSchema>(file: string, schema: T, value: unknown): Static<T> {
  if (Value.Check(schema, value)) return value;
  const problems = [...Value.Errors(schema, value)]
    .slice(0, 5)
    .map((e) => `${e.path || '/'}: ${e.message}`)
    .join('; ');
  throw new Error(
    `operator/src/site/brief/data/${file} does not match its schema (${problems}); fix the file.`,
  );
}

/**
 * The function, remembering its last two calls: the readers each look up the same brief's prices, counts,
 * hours and contact details to leave them alone (prices once with the place's currency, once without), so
 * one brief's reading computes each once. Only for pure functions of strings; callers must not change
 * what it returns.
 */
export function rememberLast<A extends readonly (string | undefined)[], R>(
  read: (...args: A) => R,
): (...args: A) => R {
  const recent: { args: A; result: R }[] = [];
  const same = (a: A, b: A) => a.length === b.length && a.every((arg, i) => arg === b[i]);
  return (...args: A): R => {
    const hit = recent.find((call) => same(call.args, args));
    if (hit) return hit.result;
    const result = read(...args);
    recent.unshift({ args, result });
    recent.length = Math.min(recent.length, 2);
    return result;
  };
}

/** True when [start, end) overlaps any of the spans. */
export function overlaps(
  spans: readonly { start: number; end: number }[],
  start: number,
  end: number,
): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

// ---------------------------------------------------------------------------------------------------------
// Number syntax, the same in every language

// Thousands separators: "1.200" (pt, es, de), "1,200" (en), "1 200" / "1 200" (fr, and others), "1'200" (CH).
// A separator followed by exactly three digits groups thousands; one followed by one or two digits marks
// decimals. Read this way, "1.200,50" and "1,200.50" are both 1200.5 in every language, and no currency
// amount has three decimals, so the language never has to break a tie.
const GROUPED = String.raw`\d{1,3}(?:(?:[.,'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+`;
const AMOUNT = String.raw`(?:${GROUPED}(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)(?:[ \u00a0]?k(?![\p{L}\p{N}]))?`;

/** The value of a written amount ("1.200,50" → 1200.5, "285k" → 285000); undefined when it is not one. */
export function parseAmount(raw: string): number | undefined {
  let s = raw.replace(/[ \u00a0\u202f'’]/g, '');
  let multiplier = 1;
  if (/k$/i.test(s)) {
    multiplier = 1000;
    s = s.slice(0, -1);
  }
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const lastSeparator = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  let value: number;
  if (lastSeparator === -1) value = Number(s);
  else {
    const whole = s.slice(0, lastSeparator).replace(/[.,]/g, '');
    const tail = s.slice(lastSeparator + 1);
    value = tail.length === 3 ? Number(whole + tail) : Number(`${whole}.${tail}`);
  }
  value *= multiplier;
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Data

const WordList = Type.Array(Type.String({ minLength: 1 }));

const CountsSchema = Type.Object({
  description: Type.String(),
  neutral: Type.Object({ notCountNouns: WordList }),
  languages: perLanguage(
    Type.Object({
      numberWords: Type.Record(Type.String({ minLength: 1 }), Type.Integer({ minimum: 1, maximum: 20 })),
      stopWords: WordList,
      notCountNouns: WordList,
      complements: WordList,
      notCountAfter: WordList,
      yearWords: WordList,
    }),
  ),
});

const CurrencyCode = Type.String({ pattern: '^[A-Z]{3}$' });
const PricesSchema = Type.Object({
  description: Type.String(),
  neutral: Type.Object({
    symbols: Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 })),
    ambiguous: Type.Record(
      Type.String({ minLength: 1 }),
      Type.Object({
        fallback: Type.Optional(CurrencyCode),
        fallbackByLanguage: Type.Optional(Type.Record(Type.String({ minLength: 2 }), CurrencyCode)),
        codes: Type.Array(CurrencyCode),
      }),
    ),
    ambiguousCodes: Type.Array(CurrencyCode),
  }),
  languages: perLanguage(
    Type.Object({
      currencyWords: Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 })),
      floorBefore: WordList,
      floorAfter: WordList,
      per: Type.Object({
        hour: WordList,
        day: WordList,
        night: WordList,
        week: WordList,
        person: WordList,
        session: WordList,
        month: WordList,
        year: WordList,
      }),
      priceWords: WordList,
      freeWords: WordList,
      freeItems: WordList,
      thresholdWords: WordList,
      feeWords: WordList,
      connectors: WordList,
      forItem: WordList,
    }),
  ),
});

const YearsSchema = Type.Object({
  description: Type.String(),
  neutral: Type.Object({ founded: WordList, yearNouns: WordList }),
  languages: perLanguage(Type.Object({ founded: WordList, yearNouns: WordList })),
});

const COUNTS = loadBriefData('numbers-counts.json', CountsSchema, COUNTS_JSON);
const PRICES = loadBriefData('numbers-prices.json', PricesSchema, PRICES_JSON);
const YEARS = loadBriefData('numbers-years.json', YearsSchema, YEARS_JSON);

for (const [marker, code] of Object.entries(PRICES.neutral.symbols)) {
  if (!/^[A-Z]{3}$/.test(code) && !(code in PRICES.neutral.ambiguous)) {
    throw new Error(
      `operator/src/site/brief/data/numbers-prices.json: symbol "${marker}" maps to "${code}", which is neither an ISO 4217 code nor a key of "ambiguous"; fix the file.`,
    );
  }
}

function memo<T>(build: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

function langKey(languages: readonly CopyLanguage[]): string {
  return languages.join('+');
}

function parseLangKey(key: string): CopyLanguage[] {
  return key ? (key.split('+') as CopyLanguage[]) : [];
}

// ---------------------------------------------------------------------------------------------------------
// Founding year

const yearPattern = memo((key: string) => {
  const languages = parseLangKey(key);
  const founded = [...YEARS.neutral.founded, ...languages.flatMap((l) => YEARS.languages[l].founded)];
  const nouns = [...YEARS.neutral.yearNouns, ...languages.flatMap((l) => YEARS.languages[l].yearNouns)];
  return new RegExp(
    String.raw`${phrasePattern(founded)}[ \u00a0]*(?:${phrasePattern(nouns)}[ \u00a0]+)?(\d{4})(?![\p{L}\p{N}])`,
    'gu',
  );
});

/** Where the brief gives its founding year ("since 1962"), with the year. */
export const locateFoundedYear = rememberLast(findFoundedYear);

function findFoundedYear(text: string, language: string): Located<number> | undefined {
  const brief = briefText(text);
  // Founding phrases are read in all five languages at once for any supported brief: none is ambiguous
  // before a four-digit year, and briefs mix languages. Other languages get only the neutral "est.".
  const languages = copyLanguage(language) ? [...COPY_LANGUAGES] : [];
  const pattern = yearPattern(langKey(languages));
  pattern.lastIndex = 0;
  const thisYear = new Date().getFullYear();
  for (const match of foldAligned(brief).matchAll(pattern)) {
    const year = Number(match[1]);
    if (year >= 1000 && year <= thisYear)
      return { start: match.index, end: match.index + match[0].length, value: year };
  }
  return undefined;
}

/** The year the business was founded, when the brief says ("since 1962", "fundada em 1962", "seit 1990"). */
export function readFoundedYear(text: string, language: string): number | undefined {
  return locateFoundedYear(text, language)?.value;
}

// ---------------------------------------------------------------------------------------------------------
// Prices

type PerUnit = NonNullable<PriceFact['per']>;
const PER_UNITS: readonly PerUnit[] = ['hour', 'day', 'night', 'week', 'person', 'session', 'month', 'year'];
const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const AMBIGUOUS_CODES = new Set(PRICES.neutral.ambiguousCodes);
// Titles before a name: "Dra €60" is a doctor and a price, not a price for "Dra".
const TITLES = foldedSet([
  'dr',
  'dra',
  'drs',
  'prof',
  'profa',
  'mr',
  'mrs',
  'ms',
  'sr',
  'sra',
  'mme',
  'herr',
  'frau',
]);
// Where a price's clause ends: punctuation, a dash between spaces, a line break.
const CLAUSE_BREAK = /[,;!?()[\]{}\n\r•|·:]|\s[–—-]\s|\.(?=\s|$)/u;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gu');

interface PriceWords {
  marker: RegExp;
  floorBefore: RegExp;
  floorAfter: RegExp;
  range: RegExp;
  per: { unit: PerUnit; pattern: RegExp }[];
  priceWord: RegExp;
  free: RegExp;
  freeItems: RegExp;
  threshold: RegExp;
  fee: RegExp;
  connectors: RegExp;
  forItem: RegExp;
  currencyWords: Map<string, string>;
  symbols: Map<string, string>;
}

const priceWords = memo((key: string): PriceWords => {
  const languages = parseLangKey(key);
  const words = (pick: (l: (typeof PRICES.languages)['en']) => string[]) =>
    languages.flatMap((l) => pick(PRICES.languages[l]));
  const currencyWords = new Map<string, string>();
  for (const l of languages) {
    for (const [word, code] of Object.entries(PRICES.languages[l].currencyWords)) {
      currencyWords.set(foldAligned(word), code);
    }
  }
  const symbols = new Map(Object.entries(PRICES.neutral.symbols).map(([s, c]) => [foldAligned(s), c]));
  const symbol = phrasePattern(symbols.keys());
  // A mark made of letters may touch its amount ("R1,200", "kr50"), which a word boundary would refuse.
  const letterMarks = [...symbols.keys()].filter((s) => /^\p{L}+$/u.test(s)).map(escapeRegExp);
  const glued =
    letterMarks.length > 0 ? String.raw`(?<![\p{L}\p{N}])(?:${letterMarks.join('|')})(?=\d)` : '(?!)';
  const word = phrasePattern(currencyWords.keys());
  // A marker before the amount (€60, R$ 50, EUR 60) or after it (60 €, 45€, 60 EUR, 60 euros). Three
  // letters are any ISO 4217 code, checked against the original capitals afterwards.
  const code = String.raw`(?<![\p{L}\p{N}])[a-z]{3}(?![\p{L}\p{N}])`;
  const marker = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?<pre>${glued}|${symbol}|${code})[ \u00a0]?(?<preAmount>${AMOUNT})|(?<![\p{L}\p{N}.,])(?<postAmount>${AMOUNT})[ \u00a0]?(?<post>${symbol}|${word}|${code})`,
    'gu',
  );
  return {
    marker,
    floorBefore: new RegExp(String.raw`${phrasePattern(words((w) => w.floorBefore))}[ \u00a0:]*$`, 'u'),
    floorAfter: new RegExp(
      String.raw`(?:[ \u00a0]?\+(?![\p{N}])|[ \u00a0]+${phrasePattern(words((w) => w.floorAfter))})`,
      'uy',
    ),
    range: new RegExp(
      String.raw`[ \u00a0]?(?:[-–—]|to|a|bis|al|ate|hasta|au)[ \u00a0]?(?:${symbol}[ \u00a0]?)?(${AMOUNT})(?:[ \u00a0]?(?:${symbol}|${word}))?`,
      'uy',
    ),
    per: PER_UNITS.map((unit) => ({
      unit,
      pattern: new RegExp(String.raw`[ \u00a0]*${phrasePattern(words((w) => w.per[unit]))}`, 'uy'),
    })),
    priceWord: new RegExp(
      String.raw`${phrasePattern(words((w) => w.priceWords))}[ \u00a0]*(?:[:=][ \u00a0]*)?(?:(?:of|de|is|e|es|est|ist|von|a)[ \u00a0]+)?(${AMOUNT})(?![\p{L}\p{N}%])`,
      'gu',
    ),
    free: new RegExp(phrasePattern(words((w) => w.freeWords)), 'gu'),
    freeItems: new RegExp(phrasePattern(words((w) => w.freeItems)), 'gu'),
    threshold: new RegExp(phrasePattern(words((w) => w.thresholdWords)), 'u'),
    fee: new RegExp(phrasePattern(words((w) => w.feeWords)), 'u'),
    connectors: new RegExp(
      String.raw`(?:^|[ \u00a0])${phrasePattern(words((w) => w.connectors))}[ \u00a0:=-]*$`,
      'u',
    ),
    forItem: new RegExp(String.raw`[ \u00a0]+${phrasePattern(words((w) => w.forItem))}[ \u00a0]+`, 'uy'),
    currencyWords,
    symbols,
  };
});

/** The ISO code a written mark stands for here, or undefined when the brief does not say which currency. */
function currencyFor(
  marker: string,
  original: string,
  words: PriceWords,
  place: string | undefined,
  language: string,
): string | undefined {
  const key = foldAligned(marker);
  const named = words.symbols.get(key) ?? words.currencyWords.get(key);
  if (named) return resolveAmbiguous(named, place, language);
  // Three letters: a currency code only in capitals, known to ISO 4217, and not an ordinary word in capitals
  // ("TOP 10") unless it is the place's own currency.
  const code = original.toUpperCase();
  if (original !== code || !ISO_CURRENCIES.has(code)) return undefined;
  if (AMBIGUOUS_CODES.has(code) && code !== place) return undefined;
  return code;
}

function resolveAmbiguous(named: string, place: string | undefined, language: string): string | undefined {
  const rule = PRICES.neutral.ambiguous[named];
  if (!rule) return named;
  if (place && rule.codes.includes(place)) return place;
  // Where the place gives no currency, the language may: a French brief's "$" is Canada's.
  if (!place) return rule.fallbackByLanguage?.[language.slice(0, 2)] ?? rule.fallback;
  return rule.fallback;
}

/** Where the brief gives prices, each with its amount, currency and what it is the price of. */
export const locatePrices: (
  text: string,
  language: string,
  currency: string | undefined,
) => Located<PriceFact>[] = rememberLast(findPrices);

function findPrices(text: string, language: string, currency: string | undefined): Located<PriceFact>[] {
  const brief = briefText(text);
  const folded = foldAligned(brief);
  const languages = languagesFor(language);
  const words = priceWords(langKey(languages));
  const place = typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : undefined;
  const found: Located<PriceFact>[] = [];

  const marker = words.marker;
  marker.lastIndex = 0;
  for (let match = marker.exec(folded); match && found.length < MAX_FACTS; match = marker.exec(folded)) {
    const groups = match.groups ?? {};
    const markText = groups.pre ?? groups.post ?? '';
    const amountText = groups.preAmount ?? groups.postAmount ?? '';
    const markStart =
      groups.pre !== undefined ? match.index : match.index + match[0].length - markText.length;
    const code = currencyFor(
      markText,
      brief.slice(markStart, markStart + markText.length),
      words,
      place,
      language,
    );
    const amount = parseAmount(amountText);
    if (!code || amount === undefined) {
      // Not a price ("60 min"): try again one character on, so a real price inside the match is not lost.
      marker.lastIndex = match.index + 1;
      continue;
    }
    found.push(
      completePrice(brief, folded, words, found, {
        start: match.index,
        end: match.index + match[0].length,
        amount,
        code,
      }),
    );
  }

  // "costs 40": a number is a price without a currency mark only after a price word, and only when the
  // place's currency is known.
  if (place) {
    const priceWord = words.priceWord;
    priceWord.lastIndex = 0;
    for (const match of folded.matchAll(priceWord)) {
      if (found.length >= MAX_FACTS) break;
      const amountText = match[1] ?? '';
      const end = match.index + match[0].length;
      const amountStart = end - amountText.length;
      if (overlaps(found, amountStart, end)) continue;
      const amount = parseAmount(amountText);
      // "costs 40 minutes" is not a price; "costs 40 per hour" is.
      if (
        amount === undefined ||
        (/^[ \u00a0]*[\p{L}%]/u.test(folded.slice(end, end + 2)) && !perUnitAt(folded, words, end))
      ) {
        continue;
      }
      found.push(
        completePrice(brief, folded, words, found, {
          start: match.index,
          end,
          amount,
          code: place,
          itemEnd: match.index,
        }),
      );
    }
  }

  found.push(...locateFree(brief, folded, words, place));

  const accepted: Located<PriceFact>[] = [];
  for (const price of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (overlaps(accepted, price.start, price.end)) continue;
    if (!price.value.free && isThreshold(folded, words, price)) continue;
    accepted.push(price);
  }
  return accepted;
}

interface RawPrice {
  start: number;
  end: number;
  amount: number;
  code: string;
  /** Where the item may end, when it is not the start of the span (a price word sits between). */
  itemEnd?: number;
}

/** Extends a bare amount with what the brief says around it: a floor, a range, a unit, its item. */
function completePrice(
  brief: string,
  folded: string,
  words: PriceWords,
  earlier: readonly Located<PriceFact>[],
  raw: RawPrice,
): Located<PriceFact> {
  let { start, end } = raw;
  let amount = raw.amount;
  let floor = false;

  // "€60–80", "60-80 €": a range; its lower end is the floor.
  words.range.lastIndex = end;
  const range = words.range.exec(folded);
  if (range) {
    const upper = parseAmount(range[1] ?? '');
    if (upper !== undefined && upper > amount) {
      floor = true;
      end += range[0].length;
    }
  }
  const before = folded.slice(Math.max(0, start - 12), start);
  const lowerEnd = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d{1,2})?)[ \u00a0]?[-–—][ \u00a0]?$/u.exec(before);
  if (lowerEnd) {
    const lower = parseAmount(lowerEnd[1] ?? '');
    if (lower !== undefined && lower < amount) {
      amount = lower;
      floor = true;
      start -= lowerEnd[0].length;
    }
  }

  const itemEndLimit = raw.itemEnd ?? start;
  const lead = folded.slice(Math.max(0, start - 40), start);
  const floorWord = words.floorBefore.exec(lead);
  if (floorWord && isWordStart(folded, start - lead.length + floorWord.index)) {
    floor = true;
    start = start - lead.length + floorWord.index;
  }
  words.floorAfter.lastIndex = end;
  const floorAfter = words.floorAfter.exec(folded);
  if (floorAfter) {
    floor = true;
    end += floorAfter[0].length;
  }

  const unit = perUnitAt(folded, words, end);
  const per = unit?.unit;
  if (unit) end += unit.length;

  // A price earlier in the same clause ends the previous item: "haircuts €25 and colour €60".
  const itemEnd = Math.min(start, itemEndLimit);
  const previousEnd = Math.max(0, ...earlier.filter((p) => p.end <= itemEnd).map((p) => p.end));
  const item = itemBefore(brief, folded, words, previousEnd, itemEnd) ?? itemAfter(brief, folded, words, end);
  const fact: PriceFact = { amount, currency: raw.code, floor, text: brief.slice(start, end).trim() };
  if (item) fact.item = item;
  if (per) fact.per = per;
  return { start, end, value: fact };
}

function isWordStart(folded: string, index: number): boolean {
  return index <= 0 || !LETTER_OR_DIGIT.test(folded[index - 1] ?? '');
}

/** The start of the clause that holds position `end`. */
function clauseStart(folded: string, end: number): number {
  const from = Math.max(0, end - 120);
  const window = folded.slice(from, end);
  let start = 0;
  for (const match of window.matchAll(CLAUSE_BREAKS)) {
    // "Dr. Ana" and "Av. da Liberdade": a full stop after a title or a single letter does not end a clause.
    if (match[0].startsWith('.')) {
      const word = /([\p{L}]+)$/u.exec(window.slice(0, match.index))?.[1] ?? '';
      if (word.length <= 1 || TITLES.has(word)) continue;
    }
    start = match.index + match[0].length;
  }
  return from + start;
}

/** The end of the clause that holds position `start`. */
function clauseEnd(folded: string, start: number): number {
  const window = folded.slice(start, start + 120);
  const match = CLAUSE_BREAK.exec(window);
  return start + (match ? match.index : window.length);
}

const ITEM_MAX_WORDS = 6;

// Attributes are never priced: "Dog friendly $15.40", "Gas Safe registered £81" and "Notfallnummer $66"
// give a price without an item. offerings.ts validates this file; here only its phrase lists are read.
const ATTRIBUTE_PHRASES = foldedSet([
  ...ATTRIBUTES_JSON.neutral.phrases,
  ...Object.values(ATTRIBUTES_JSON.languages).flatMap((l) => [...l.phrases, ...l.takesValue, ...l.labels]),
]);

/** The unit a price is for, right after it ("per night", "/h", "la séance"), and how long that is. */
function perUnitAt(
  folded: string,
  words: PriceWords,
  at: number,
): { unit: PerUnit; length: number } | undefined {
  for (const candidate of words.per) {
    candidate.pattern.lastIndex = at;
    const unit = candidate.pattern.exec(folded);
    if (unit) return { unit: candidate.unit, length: unit[0].length };
  }
  return undefined;
}

/** What the price before `end` is for: the words before it in its clause ("tasting menu 85 €"). */
function itemBefore(
  brief: string,
  folded: string,
  words: PriceWords,
  notBefore: number,
  end: number,
): string | undefined {
  let start = Math.max(clauseStart(folded, end), notBefore);
  let item = itemBetween(brief, folded, words, start, end);
  // "Tasting menu: €85": when nothing stands between a colon and the price, the item is before the colon.
  if (
    !item &&
    /:[\s\u00a0]*$/u.test(folded.slice(start - 2, start)) &&
    /^[\s\u00a0]*$/u.test(folded.slice(start, end))
  ) {
    const colon = folded.lastIndexOf(':', start - 1);
    start = Math.max(clauseStart(folded, colon), notBefore);
    item = itemBetween(brief, folded, words, start, colon);
  }
  return item;
}

function itemBetween(
  brief: string,
  folded: string,
  words: PriceWords,
  start: number,
  end: number,
): string | undefined {
  let itemEnd = end;
  // Connectors between item and price: "haircuts are from", "consultas a", "Haarschnitt für nur".
  for (let guard = 0; guard < 6; guard++) {
    const connector = words.connectors.exec(folded.slice(start, itemEnd));
    if (!connector || connector[0].length === 0) break;
    itemEnd = start + connector.index;
  }
  return cleanItem(brief, folded, start, itemEnd);
}

/** "€60 for a 60-minute massage": the item after the price, when the brief puts it there. */
function itemAfter(brief: string, folded: string, words: PriceWords, start: number): string | undefined {
  words.forItem.lastIndex = start;
  const lead = words.forItem.exec(folded);
  if (!lead) return undefined;
  const itemStart = start + lead[0].length;
  return cleanItem(brief, folded, itemStart, clauseEnd(folded, itemStart), true);
}

const ITEM_LEAD_WORDS = foldedSet([
  'or',
  'ou',
  'o',
  'oder',
  'charge',
  'charges',
  'cost',
  'costs',
  'is',
  'are',
  'pay',
  'only',
  'just',
  'and',
  'e',
  'y',
  'et',
  'und',
  'with',
  'com',
  'con',
  'avec',
  'mit',
  'offering',
  'incl',
  'including',
  'also',
  'plus',
  'our',
  'the',
  'a',
  'an',
  'o',
  'os',
  'as',
  'um',
  'uma',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'le',
  'les',
  'une',
  'des',
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'unser',
  'unsere',
  'we',
  'offer',
  'sell',
  'serve',
  'nous',
  'proposons',
  'wir',
  'bieten',
]);

const TIME_UNIT =
  /^(?:minutes?|mins?|hours?|hrs?|h|minutos?|horas?|heures?|minuten|stunden?|std)(?![\p{L}\p{N}])/u;

function cleanItem(
  brief: string,
  folded: string,
  start: number,
  end: number,
  afterPrice = false,
): string | undefined {
  let text = folded.slice(start, end);
  let offset = start;
  // Trim spaces and stray marks at both ends.
  const lead = /^[\s\u00a0"“”'‘’«»*—–-]*/u.exec(text)?.[0].length ?? 0;
  offset += lead;
  text = text.slice(lead).replace(/[\s\u00a0"“”'‘’«»*:=+—–-]+$/u, '');
  // Drop conjunctions, articles and cue verbs in front; and a leading count ("9 rooms from €80" → "rooms").
  for (let guard = 0; guard < 8; guard++) {
    const first = /^([\p{L}\p{N}]+)[ \u00a0]+/u.exec(text);
    if (!first) break;
    const word = first[1] ?? '';
    // "30 min walks $20": a number before a unit of time belongs to the item.
    const timed = TIME_UNIT.test(text.slice(first[0].length));
    if (!ITEM_LEAD_WORDS.has(word) && !(guard === 0 && /^\d+$/.test(word) && !timed)) break;
    offset += first[0].length;
    text = text.slice(first[0].length);
  }
  if (afterPrice) {
    // After the price the item is the next few words: "€60 for a 60-minute massage with oils".
    const words = text.split(/[ \u00a0]+/u).slice(0, 4);
    text = words.join(' ');
  }
  const words = text.split(/[ \u00a0]+/u).filter(Boolean);
  if (words.length === 0 || words.length > ITEM_MAX_WORDS || !/\p{L}{2}/u.test(text)) return undefined;
  if (words.length === 1 && ITEM_LEAD_WORDS.has(words[0] ?? '')) return undefined;
  if (words.some((w) => TITLES.has(w.replace(/\.$/, '')))) return undefined;
  if (ATTRIBUTE_PHRASES.has(words.join(' '))) return undefined;
  // "£25 für 30 Minuten": a length of time is what the price buys, not a thing it is the price of.
  if (/^\d/u.test(text) && TIME_UNIT.test(text.replace(/^[\d.,]+[ \u00a0-]*/u, '')) && words.length <= 3) {
    const rest = text.replace(/^[\d.,]+[ \u00a0-]*\S+[ \u00a0]*/u, '');
    if (!rest || /^(?:each|cada|chacune?|jeweils|long)$/u.test(rest)) return undefined;
  }
  return brief.slice(offset, offset + text.length).trim() || undefined;
}

/**
 * The rule for thresholds: an amount in a clause about an investment, a threshold or the like ("golden
 * visa advice, investments from €285,000") is what a client must have or spend elsewhere, not what the
 * business charges, so it is not a price. It is one again when the same clause names a fee or a price
 * ("golden visa advice, fixed fee €1,500"). The clause runs from the previous comma, semicolon or full stop
 * to the next one.
 */
function isThreshold(folded: string, words: PriceWords, price: Located<PriceFact>): boolean {
  const clause = folded.slice(clauseStart(folded, price.start), clauseEnd(folded, price.end));
  return words.threshold.test(clause) && !words.fee.test(clause);
}

/** "free first consultation", "primeira consulta gratuita", "kostenloses Erstgespräch": a price of 0. */
function locateFree(
  brief: string,
  folded: string,
  words: PriceWords,
  place: string | undefined,
): Located<PriceFact>[] {
  const items = [...folded.matchAll(words.freeItems)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (items.length === 0) return [];
  const found: Located<PriceFact>[] = [];
  for (const free of folded.matchAll(words.free)) {
    if (found.length >= MAX_FACTS) break;
    const freeStart = free.index;
    const freeEnd = freeStart + free[0].length;
    // The item after the free word ("free first consultation"), at most three words on, in the same clause;
    // else before it ("primeira consulta gratuita"). The farthest item word within reach is the item's end
    // or start, so "consulta de avaliação gratuita" keeps all three words.
    const near = items.filter((i) => i.start - freeEnd <= 40 && freeStart - i.end <= 40);
    const after = near.filter((i) => i.start >= freeEnd && isShortGap(folded.slice(freeEnd, i.start)));
    const beforeItems = near.filter((i) => i.end <= freeStart && isShortGap(folded.slice(i.end, freeStart)));
    let itemStart: number;
    let itemEnd: number;
    if (after.length > 0) {
      itemStart = freeEnd;
      itemEnd = Math.max(...after.map((i) => i.end));
    } else if (beforeItems.length > 0) {
      itemStart = Math.min(...beforeItems.map((i) => i.start));
      itemEnd = freeStart;
    } else continue;
    const item = brief.slice(itemStart, itemEnd).trim();
    const start = Math.min(freeStart, itemStart);
    const end = Math.max(freeEnd, itemEnd);
    if (!item) continue;
    found.push({
      start,
      end,
      value: {
        amount: 0,
        // XXX is ISO 4217's "no currency": a free item has no price to state in any currency.
        currency: place ?? 'XXX',
        floor: false,
        free: true,
        item,
        text: brief.slice(start, end).trim(),
      },
    });
  }
  return found;
}

/** Up to three words and nothing that ends a clause or joins a second item. */
function isShortGap(gap: string): boolean {
  if (CLAUSE_BREAK.test(gap) || /[\p{N}]/u.test(gap)) return false;
  const gapWords = gap.split(/[ \u00a0]+/u).filter(Boolean);
  return gapWords.length <= 3 && !gapWords.some((w) => /^(?:and|or|e|ou|y|o|et|und|oder)$/u.test(w));
}

/** The prices the brief gives ("haircuts from €25", "tasting menu 85 €", "primeira consulta gratuita"). */
export function readPrices(text: string, language: string, currency: string | undefined): PriceFact[] {
  return locatePrices(text, language, currency).map((p) => ({ ...p.value }));
}

// ---------------------------------------------------------------------------------------------------------
// Counts

interface CountWords {
  numberWords: Map<string, number>;
  numberWord: RegExp;
  stop: Set<string>;
  notCount: Set<string>;
  notAfter: Set<string>;
  yearWords: Set<string>;
  complement: RegExp;
}

const countWords = memo((key: string): CountWords => {
  const languages = parseLangKey(key);
  const own = languages[0];
  const numberWords = new Map<string, number>();
  // Number words only in the brief's own language: "dos" is two in Spanish and "of the" in Portuguese.
  if (own) {
    for (const [word, value] of Object.entries(COUNTS.languages[own].numberWords)) {
      numberWords.set(foldAligned(word), value);
    }
  }
  const pick = (f: (l: (typeof COUNTS.languages)['en']) => string[]) =>
    languages.flatMap((l) => f(COUNTS.languages[l]));
  const numberWordAlternatives = phrasePattern(numberWords.keys());
  return {
    numberWords,
    numberWord: new RegExp(
      String.raw`(?<![\p{L}\p{N}\u2010\u2011-])${numberWordAlternatives}(?![\p{L}\p{N}\u2010\u2011-])`,
      'gu',
    ),
    stop: foldedSet(pick((l) => l.stopWords)),
    notCount: foldedSet([...COUNTS.neutral.notCountNouns, ...pick((l) => l.notCountNouns)]),
    notAfter: foldedSet(pick((l) => l.notCountAfter)),
    yearWords: foldedSet(pick((l) => l.yearWords)),
    complement: new RegExp(String.raw`[ \u00a0]+${phrasePattern(pick((l) => l.complements))}`, 'uy'),
  };
});

const DIGITS =
  /(?<![\p{L}\p{N}.,:/#+\-–—'’€$£¥₹])(?:\d{1,3}(?:(?:[.,'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+|\d+)(?!\d)/gu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’]*(?:[\u2010\u2011-][\p{L}\p{M}]+)*/uy;
const WORD_GAP = /[ \u00a0\t]{1,3}/y;

/** Where the brief counts things ("9 rooms", "two doctors", "20 years of experience"). */
export const locateCounts: (text: string, language: string) => Located<CountFact>[] =
  rememberLast(findCounts);

function findCounts(text: string, language: string): Located<CountFact>[] {
  const brief = briefText(text);
  const folded = foldAligned(brief);
  const languages = languagesFor(language);
  const own = copyLanguage(language);
  const words = countWords(langKey(languages));
  // Spans that hold numbers which are not counts: prices, phone numbers, street numbers, the founding year.
  const taken: { start: number; end: number }[] = [
    ...locatePrices(brief, language, undefined),
    ...locateContact(brief),
    // "ages 8-14", "a partir dos 8 anos": an age is who the business is for, not a count.
    ...locateAges(brief, language),
  ];
  const year = locateFoundedYear(brief, language);
  if (year) taken.push(year);

  const found: Located<CountFact>[] = [];
  const consider = (start: number, end: number, value: number, isDigits: boolean) => {
    if (found.length >= MAX_FACTS || overlaps(taken, start, end) || value <= 0) return;
    const rest = folded.slice(end, end + 3);
    if (isDigits && !digitsCanCount(brief, folded, start, end)) return;
    let nounFrom = end;
    if (isDigits && rest.startsWith('+')) nounFrom += 1;
    const noun = readNoun(brief, folded, nounFrom, value, own, words);
    if (!noun) return;
    if (isDigits && isYearOrPostcode(brief, folded, start, end, words)) return;
    found.push({
      start,
      end: noun.end,
      value: { value, noun: noun.text, text: brief.slice(start, noun.end) },
    });
  };

  DIGITS.lastIndex = 0;
  for (const match of folded.matchAll(DIGITS)) {
    const raw = match[0];
    if (raw.length > 1 && raw.startsWith('0')) continue; // "07", "0761": phone numbers and codes
    const value = Number(raw.replace(/[^\d]/g, ''));
    if (!Number.isSafeInteger(value)) continue;
    consider(match.index, match.index + raw.length, value, true);
  }
  if (words.numberWords.size > 0) {
    words.numberWord.lastIndex = 0;
    for (const match of folded.matchAll(words.numberWord)) {
      const key = match[0].replace(/[\s\u00a0\u2010\u2011-]+/gu, '-');
      const value = words.numberWords.get(key) ?? words.numberWords.get(match[0]);
      if (value) consider(match.index, match.index + match[0].length, value, false);
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found.filter((c, i) => i === 0 || !overlaps(found.slice(0, i), c.start, c.end));
}

/** What comes right after a number written in digits that makes it something other than a count. */
function digitsCanCount(brief: string, folded: string, start: number, end: number): boolean {
  const next = folded[end] ?? '';
  const after = folded.slice(end, end + 3);
  // Glued letters ("9h", "2nd", "5km", "SOC2") and marks ("9:00", "24/7", "10%", "9-18", "1,5", "12.") say
  // it is a time, an ordinal, a measure, a range, a decimal or a date.
  if (/[\p{L}:/%°ºª€$£¥₹×]/u.test(next)) return false;
  if (/^[ \u00a0]?[-–—][ \u00a0]?\d/u.test(after)) return false;
  if (/^[.,]\d/u.test(after) || /^\.[ \u00a0]/u.test(after)) return false;
  // Glued to letters before ("SW1A", "B2B") or after a code in capitals ("ISO 27001", "EN 1090").
  const before = brief.slice(Math.max(0, start - 8), start);
  if (/\p{Lu}{2,6}[ \u00a0]$/u.test(before)) return false;
  // The second half of "1:1 sessions", "24/7", "9:30": a ratio, a time or a schedule.
  if (/\d[:/]$/u.test(before)) return false;
  // Rankings: "Top 10 restaurants" counts nothing the business has.
  if (/(?:^|[^\p{L}])top[ \u00a0]$/iu.test(before)) return false;
  // House numbers: "n.º 12", "nº 12", "no. 12", "Nr. 12", "#12".
  if (/(?:n\.?\s?[ºo°]|no\.|nr\.?|num\.?)[ \u00a0]?$/iu.test(before)) return false;
  return true;
}

/**
 * Numbers that are not counts even with a word after them: postcodes ("79098 Freiburg", "8001 Zürich":
 * four or five bare digits before a capitalised word) and years ("in 2010 we…": four bare digits between
 * 1000 and 2100 after a word such as "since", "in", "em", "seit").
 */
function isYearOrPostcode(
  brief: string,
  folded: string,
  start: number,
  end: number,
  words: CountWords,
): boolean {
  const raw = folded.slice(start, end);
  if (!/^\d{4,5}$/.test(raw)) return false;
  const nextWord = /^[ \u00a0]+([\p{L}]+)/u.exec(brief.slice(end, end + 40))?.[1] ?? '';
  if (/^\p{Lu}/u.test(nextWord)) return true;
  const value = Number(raw);
  if (raw.length !== 4 || value < 1000 || value > 2100) return false;
  const previous = /([\p{L}]+)\.?[ \u00a0]+$/u.exec(folded.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  return words.yearWords.has(previous);
}

const ENGLISH_IRREGULAR_PLURALS = new Set([
  'people',
  'staff',
  'children',
  'men',
  'women',
  'crew',
  'feet',
  'teeth',
  'fish',
  'sheep',
]);

function looksPluralEnglish(word: string): boolean {
  if (ENGLISH_IRREGULAR_PLURALS.has(word)) return true;
  return word.length >= 3 && word.endsWith('s') && !/(?:ss|us|is|ous)$/u.test(word);
}

/** The counted noun after a number, as written; undefined when none follows. */
function readNoun(
  brief: string,
  folded: string,
  from: number,
  value: number,
  own: CopyLanguage | undefined,
  words: CountWords,
): { text: string; end: number } | undefined {
  const spans: { start: number; end: number; key: string }[] = [];
  let at = from;
  for (let i = 0; i < 3; i++) {
    WORD_GAP.lastIndex = at;
    const gap = WORD_GAP.exec(brief);
    if (!gap) break;
    WORD.lastIndex = at + gap[0].length;
    const word = WORD.exec(brief);
    if (!word) break;
    const key = folded.slice(word.index, word.index + word[0].length);
    if (words.stop.has(key) || words.numberWords.has(key)) break;
    spans.push({ start: word.index, end: word.index + word[0].length, key });
    at = word.index + word[0].length;
  }
  const first = spans[0];
  if (!first || words.notCount.has(first.key)) return undefined;
  let last = 0;
  if (own === 'en' || own === undefined) {
    if (own === 'en' && value !== 1) {
      const plural = spans.findIndex((s) => looksPluralEnglish(s.key));
      last = plural === -1 ? 0 : plural;
    }
  } else if (own === 'de') {
    const noun = spans.findIndex((s) => /^\p{Lu}/u.test(brief.slice(s.start, s.start + 1)));
    last = noun === -1 ? 0 : noun;
  }
  const head = spans[last] ?? first;
  if (spans.slice(0, last + 1).some((s) => words.notCount.has(s.key))) return undefined;
  let end = head.end;
  words.complement.lastIndex = end;
  const complement = words.complement.exec(folded);
  if (complement) end += complement[0].length;
  else {
    const after = /^[ \u00a0]+([\p{L}]+)/u.exec(folded.slice(end, end + 20))?.[1];
    if (after && words.notAfter.has(after)) return undefined;
  }
  return { text: brief.slice(first.start, end), end };
}

/** The counts the brief gives: "9 rooms", "two doctors", "três gerações", "12 Zimmer". */
export function readCounts(text: string, language: string): CountFact[] {
  return locateCounts(text, language).map((c) => ({ ...c.value }));
}

// ---------------------------------------------------------------------------------------------------------
// Ages and durations: numbers that are neither prices nor counts nor things sold

const SpansSchema = Type.Object({
  description: Type.String(),
  languages: perLanguage(
    Type.Object({
      ages: Type.Array(Type.String({ minLength: 1 })),
      durations: Type.Array(Type.String({ minLength: 1 })),
    }),
  ),
});

const SPANS = loadBriefData('numbers-spans.json', SpansSchema, SPANS_JSON);

function spanSource(sources: string[]): string {
  // N is a number in digits: "8", "16", "2,5".
  const body = sources.map((s) => s.replaceAll('N', String.raw`\d{1,3}(?:[.,]\d)?`)).join('|');
  return String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`;
}

const spanPatterns = memo((key: string) => {
  const languages = parseLangKey(key);
  const build = (pick: (l: (typeof SPANS.languages)['en']) => string[]) => {
    const sources = languages.flatMap((l) => pick(SPANS.languages[l]));
    if (sources.length === 0) return { all: /(?!)/gu, whole: /(?!)/u };
    try {
      return {
        all: new RegExp(spanSource(sources), 'gu'),
        whole: new RegExp(`^${spanSource(sources)}$`, 'u'),
      };
    } catch (error) {
      throw new Error(
        `operator/src/site/brief/data/numbers-spans.json: a pattern is not a valid regular expression (${(error as Error).message}); fix the file.`,
      );
    }
  };
  return { ages: build((l) => l.ages), durations: build((l) => l.durations) };
});

function locateSpans(
  text: string,
  language: string,
  which: 'ages' | 'durations',
): { start: number; end: number }[] {
  const folded = foldAligned(briefText(text));
  const pattern = spanPatterns(langKey(languagesFor(language)))[which].all;
  return [...folded.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Who the business is for by age, as spans of the tidied brief: "all ages", "ages 12 and up",
 * "a partir dos 8 anos", "dès 8 ans", "ab 16 Jahren". They are attributes, and their numbers are no counts.
 */
export function locateAges(text: string, language: string): { start: number; end: number }[] {
  return locateSpans(text, language, 'ages');
}

/** How long something lasts: "60 minutes each", "2 horas", "90 Minuten"; never an offering on its own. */
export function locateDurations(text: string, language: string): { start: number; end: number }[] {
  return locateSpans(text, language, 'durations');
}

/** True when the whole text is a duration ("60 minutes each", "2 Stunden"). */
export function isDuration(text: string, language: string): boolean {
  const folded = foldAligned(briefText(text));
  return spanPatterns(langKey(languagesFor(language))).durations.whole.test(folded);
}
