// What a business sells or does (offerings: "sourdough", "boiler repair", "haircuts") kept apart from what
// it is like (attributes: "dog friendly", "gluten-free", "Gas Safe registered", "free tier"). Attributes are
// never offerings and never priced. Both are returned as written.
//
// The text is read after the other readers have taken their spans: prices, counts, contact details, hours,
// the founding year, and the spans the caller already took (name, place, people, descriptor). Those are
// masked, so "9 rooms", "0761 12345" or "Saturdays" cannot turn into offerings, and the caller's spans are
// never returned. A price gives its item ("haircuts from €25" → "haircuts") to the offerings, not its price.

import { Type } from '@sinclair/typebox';
import { locateContact } from './contact.ts';
import ATTRIBUTES_JSON from './data/offerings-attributes.json' with { type: 'json' };
import LISTS_JSON from './data/offerings-lists.json' with { type: 'json' };
import { locateHours } from './hours.ts';
import {
  briefText,
  copyLanguage,
  foldAligned,
  foldedSet,
  isDuration,
  languagesFor,
  loadBriefData,
  locateAges,
  locateCounts,
  locateFoundedYear,
  locatePrices,
  perLanguage,
  phrasePattern,
} from './numbers.ts';
import type { CopyLanguage } from './types.ts';

const WordList = Type.Array(Type.String({ minLength: 1 }));

const AttributesSchema = Type.Object({
  description: Type.String(),
  neutral: Type.Object({ phrases: WordList, patterns: WordList }),
  languages: perLanguage(
    Type.Object({
      phrases: WordList,
      qualityWords: WordList,
      genericNouns: WordList,
      beforeCues: WordList,
      afterCues: WordList,
      wordEndings: WordList,
      takesValue: WordList,
      labels: WordList,
    }),
  ),
});

const ListsSchema = Type.Object({
  description: Type.String(),
  languages: perLanguage(
    Type.Object({
      cues: WordList,
      splitWords: WordList,
      articles: WordList,
      stopWords: WordList,
      prepositions: WordList,
      nounLinks: WordList,
      introLinks: WordList,
      namingWords: WordList,
      notOfferings: WordList,
      townWords: WordList,
      specialismCues: Type.Array(Type.Object({ cue: Type.String({ minLength: 1 }), nouns: WordList })),
      ownNoun: Type.Object({ intros: WordList, small: WordList, heads: WordList, ends: WordList }),
    }),
  ),
});

const ATTRIBUTES = loadBriefData('offerings-attributes.json', AttributesSchema, ATTRIBUTES_JSON);
const LISTS = loadBriefData('offerings-lists.json', ListsSchema, LISTS_JSON);

const NEUTRAL_PATTERNS = ATTRIBUTES.neutral.patterns.map((source) => {
  try {
    return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, 'gu');
  } catch (error) {
    throw new Error(
      `operator/src/site/brief/data/offerings-attributes.json: pattern "${source}" is not a valid regular expression (${(error as Error).message}); fix the file.`,
    );
  }
});

// "for all ages" reads "all ages" as a quality.
const AGE_LEAD = /^(?:suitable for|for|para|pour|für|fur)[ \u00a0]+/iu;

/** At most this many of each, so one long brief cannot fill a page with list items. */
export const MAX_OFFERINGS = 12;

const NOT_OFFERINGS = new Map(
  Object.entries(LISTS.languages).map(([language, words]) => [language, foldedSet(words.notOfferings)]),
);

/** A word that is never something sold on its own in that language ("hi", "Ph", "upstairs"). */
export function isNeverAnOffering(item: string, language: string): boolean {
  const words = NOT_OFFERINGS.get(language) ?? NOT_OFFERINGS.get('en');
  return words?.has(foldAligned(item.trim())) ?? false;
}

const TOWN_WORDS = new Map(
  Object.entries(LISTS.languages).map(([language, words]) => [language, foldedSet(words.townWords)]),
);

/** A word that also names a town but, in a list of what a business offers, is the word ("Reading", "Sale"). */
export function isTownWord(item: string, language: string): boolean {
  return TOWN_WORDS.get(language)?.has(foldAligned(item.trim())) ?? false;
}

export const MAX_ATTRIBUTES = 12;

// Mask marks in the working copy (private-use characters, which no brief means as text): HARD ends a
// clause (the caller's spans), SOFT separates list items (the other readers' spans: "haircuts from €25 and
// colour" → "haircuts", "colour").
const HARD = '\ue000';
const SOFT = '\ue001';
const MASKED = /[\ue000\ue001]/u;

interface OfferingWords {
  attributePhrases: RegExp;
  takesValue: RegExp;
  labels: RegExp;
  beforeCue: RegExp;
  afterCue: RegExp;
  wordEnding: RegExp;
  quality: RegExp;
  qualityWords: Set<string>;
  genericNouns: Set<string>;
  splitWords: Set<string>;
  cue: RegExp;
  specialisms: { cue: RegExp; nouns: RegExp }[];
  split: RegExp;
  articles: RegExp;
  trailing: RegExp;
  stop: Set<string>;
  prepositions: Set<string>;
  nounLinks: Set<string>;
  introLink: RegExp;
  naming: Set<string>;
  leadingVerbs: Set<string>;
}

const cache = new Map<string, OfferingWords>();

function offeringWords(language: unknown): OfferingWords {
  const own = copyLanguage(language);
  const key = own ?? '';
  const cached = cache.get(key);
  if (cached) return cached;
  const languages = languagesFor(language);
  // Attribute phrases and list words in the brief's language and English; grammatical cues ("free X",
  // "X friendly", "X gratuito") only in the brief's own language, where they cannot be another word.
  const ownOnly: CopyLanguage[] = own ? [own] : [];
  const attr = (langs: CopyLanguage[], f: (l: (typeof ATTRIBUTES.languages)['en']) => string[]) =>
    langs.flatMap((l) => f(ATTRIBUTES.languages[l]));
  const list = (f: (l: (typeof LISTS.languages)['en']) => string[]) =>
    languages.flatMap((l) => f(LISTS.languages[l]));
  const endings = attr(ownOnly, (l) => l.wordEndings).map((e) => foldAligned(e));
  // Articles are matched on the brief as written: folded, Spanish "uñas" would be the article "unas".
  const articles = phrasePattern(
    list((l) => l.articles),
    false,
  );
  const cueWords = list((l) => l.cues).map(
    (c) =>
      foldAligned(c)
        .split(/[\s:]+/u)
        .filter(Boolean)
        .at(-1) ?? '',
  );
  const trailingWords = phrasePattern([
    ...list((l) => l.articles),
    ...list((l) => l.prepositions),
    ...list((l) => l.splitWords),
  ]);
  const words: OfferingWords = {
    attributePhrases: new RegExp(
      phrasePattern([
        ...ATTRIBUTES.neutral.phrases,
        ...attr(languages, (l) => l.phrases),
        ...attr(languages, (l) => l.takesValue),
      ]),
      'gu',
    ),
    takesValue: new RegExp(`^${phrasePattern(attr(languages, (l) => l.takesValue))}$`, 'u'),
    labels: new RegExp(phrasePattern(attr(languages, (l) => l.labels)), 'gu'),
    beforeCue: new RegExp(
      String.raw`${phrasePattern(attr(ownOnly, (l) => l.beforeCues))}(?=[ \u00a0]+[\p{L}])`,
      'gu',
    ),
    afterCue: new RegExp(phrasePattern(attr(ownOnly, (l) => l.afterCues)), 'gu'),
    wordEnding:
      endings.length > 0
        ? new RegExp(String.raw`(?<![\p{L}\p{N}])[\p{L}]{3,40}(?:${endings.join('|')})(?![\p{L}\p{N}])`, 'gu')
        : /(?!)/gu,
    quality: new RegExp(phrasePattern(attr(ownOnly, (l) => l.qualityWords)), 'gu'),
    qualityWords: foldedSet(attr(ownOnly, (l) => l.qualityWords)),
    genericNouns: foldedSet(attr(ownOnly, (l) => l.genericNouns)),
    splitWords: foldedSet(list((l) => l.splitWords)),
    cue: new RegExp(phrasePattern(list((l) => l.cues)), 'gu'),
    specialisms: languages.flatMap((l) =>
      LISTS.languages[l].specialismCues.map((s) => ({
        cue: new RegExp(phrasePattern([s.cue]), 'gu'),
        nouns: new RegExp(phrasePattern(s.nouns), 'u'),
      })),
    ),
    split: new RegExp(`[,${SOFT}]|${phrasePattern(list((l) => l.splitWords))}`, 'gu'),
    articles: new RegExp(String.raw`^(?:${articles}[ \u00a0]*)+`, 'iu'),
    trailing: new RegExp(String.raw`(?:[ \u00a0]+${trailingWords})+$`, 'u'),
    stop: foldedSet(list((l) => l.stopWords)),
    prepositions: foldedSet(list((l) => l.prepositions)),
    nounLinks: foldedSet(list((l) => l.nounLinks)),
    naming: foldedSet(list((l) => l.namingWords)),
    // Up to three words of the intro ("Petite boulangerie artisanale"), then "de/du/des".
    introLink: new RegExp(
      String.raw`^[\s\u00a0]*(?:[\p{L}\p{N}'’-]+[ \u00a0]+){0,2}[\p{L}\p{N}'’-]+[ \u00a0]+${phrasePattern(list((l) => l.introLinks))}[ \u00a0]*`,
      'u',
    ),
    leadingVerbs: new Set(),
  };
  // "we repair bikes and sell second-hand bikes": a cue's verb starting a later item is dropped from it.
  for (const word of cueWords) {
    if (word && !words.stop.has(word) && !words.prepositions.has(word)) words.leadingVerbs.add(word);
  }
  cache.set(key, words);
  return words;
}

interface Span {
  start: number;
  end: number;
}

const WORD_AT = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:[\u2010\u2011-][\p{L}\p{M}\p{N}]+)*/gu;

function wordsIn(text: string, offset: number): Span[] {
  return [...text.matchAll(WORD_AT)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

/**
 * Offerings (what the business sells or does) and attributes (qualities) the brief names, as written,
 * without duplicates, at most 12 of each, and never one of the `exclude` spans (the name, place, people and
 * descriptor already taken from the brief).
 */
export function readOfferingsAndAttributes(
  text: string,
  language: string,
  exclude: string[],
): { offerings: string[]; attributes: string[] } {
  const brief = briefText(text);
  const folded = foldAligned(brief);
  const words = offeringWords(language);
  const mask = new Uint8Array(brief.length);
  const excluded = (Array.isArray(exclude) ? exclude : [])
    .filter((e): e is string => typeof e === 'string')
    .map((e) => foldAligned(e.trim()))
    .filter((e) => e.length >= 2);

  for (const target of excluded) {
    for (let at = folded.indexOf(target); at !== -1; at = folded.indexOf(target, at + target.length)) {
      mask.fill(2, at, at + target.length);
    }
  }
  const prices = locatePrices(brief, language, undefined);
  const taken: Span[] = [
    ...prices,
    ...locateCounts(brief, language),
    ...locateContact(brief),
    ...locateHours(brief, language),
  ];
  const year = locateFoundedYear(brief, language);
  if (year) taken.push(year);
  for (const span of taken) softMask(mask, span.start, span.end);
  // "Notfallnummer 0761 12345", "WhatsApp (11) 98765-4321": a label and its value are a way to get in
  // touch, not a quality and not something sold.
  for (const label of applyMask(folded, mask).matchAll(words.labels)) {
    softMask(mask, label.index, clauseEndAfter(folded, label.index + label[0].length));
  }

  // "all ages", "ages 12 and up", "dès 8 ans": who the business is for is a quality, not something sold.
  const ages = locateAges(brief, language).filter(
    (s) => !MASKED.test(applyMask(folded, mask).slice(s.start, s.end)),
  );
  for (const span of ages) softMask(mask, span.start, span.end);
  const attributeSpans = [...ages, ...findAttributes(brief, applyMask(folded, mask), words)].sort(
    (a, b) => a.start - b.start,
  );
  for (const span of attributeSpans) softMask(mask, span.start, valueEnd(folded, span, words));
  const attributes = unique(
    attributeSpans.map((s) => tidy(brief.slice(s.start, s.end)).replace(AGE_LEAD, '')),
    excluded,
    MAX_ATTRIBUTES,
  );
  const attributeKeys = new Set(attributes.map((a) => foldAligned(a)));

  const work = applyMask(folded, mask);
  const offerings: { at: number; text: string }[] = [];
  for (const price of prices) {
    const item = price.value.item;
    if (!item) continue;
    const at = brief.lastIndexOf(item, price.end);
    offerings.push({ at: at === -1 ? price.start : at, text: item });
  }
  // Lists need a language's words (cues, stop words, "and"): in other languages only price items count.
  if (copyLanguage(language))
    for (const item of findListItems(brief, folded, work, words)) offerings.push(item);
  offerings.sort((a, b) => a.at - b.at);
  const offeringTexts = offerings
    .map((o) => withoutExcluded(o.text, excluded))
    .filter((o): o is string => o !== undefined && !attributeKeys.has(foldAligned(o)))
    // "60 minutes each", "2 Stunden": how long something lasts is not a thing the business sells.
    .filter((o) => !isDuration(o, language));
  return { offerings: unique(offeringTexts, excluded, MAX_OFFERINGS), attributes };
}

/**
 * Where an attribute's mask ends: at its own end, or for one that takes a value ("delivery area
 * downtown", "Notfallnummer 0761 12345") at the end of its clause, so the value is not an offering.
 */
function valueEnd(folded: string, span: Span, words: OfferingWords): number {
  if (!words.takesValue.test(folded.slice(span.start, span.end))) return span.end;
  return clauseEndAfter(folded, span.end);
}

/** The end of the clause that goes on from `from`: the next comma, full stop or bracket, at most 80 on. */
function clauseEndAfter(folded: string, from: number): number {
  const rest = folded.slice(from, from + 80);
  const stop = /[,;!?()\n]|\.(?=\s|$)/u.exec(rest);
  return from + (stop ? stop.index : rest.length);
}

function softMask(mask: Uint8Array, start: number, end: number): void {
  for (let i = Math.max(0, start); i < Math.min(mask.length, end); i++) if (mask[i] === 0) mask[i] = 1;
}

function applyMask(folded: string, mask: Uint8Array): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) out += mask[i] === 2 ? HARD : mask[i] === 1 ? SOFT : folded[i];
  return out;
}

function tidy(text: string): string {
  return (
    text
      .replace(/\s+/gu, ' ')
      // "cupcakes too", "vinyl as well": the brief adding a thing, not part of it.
      .replace(/[ ,]+(?:too|as well|também|también|aussi|auch)[\s.!]*$/iu, '')
      .replace(/^[\s"“”'‘’«»(*•·–—-]+|[\s"“”'‘’«»)*.,;:!?–—-]+$/gu, '')
      .trim()
  );
}

/** Attribute spans in the masked text: data phrases, certification patterns and grammatical cues. */
function findAttributes(brief: string, work: string, words: OfferingWords): Span[] {
  const candidates: Span[] = [];
  const add = (start: number, end: number) => {
    if (end > start && !MASKED.test(work.slice(start, end))) candidates.push({ start, end });
  };
  for (const match of work.matchAll(words.attributePhrases)) add(match.index, match.index + match[0].length);
  for (const pattern of NEUTRAL_PATTERNS) {
    for (const match of work.matchAll(pattern)) add(match.index, match.index + match[0].length);
  }
  for (const match of work.matchAll(words.wordEnding)) add(match.index, match.index + match[0].length);
  // "free parking", "sem glúten", "kostenloses WLAN", "big indoor play area": the cue and up to three words.
  for (const match of work.matchAll(words.beforeCue)) {
    const after = wordsIn(
      work.slice(match.index + match[0].length, match.index + match[0].length + 40),
      match.index + match[0].length,
    );
    const taken = takeWords(work, after, words, 3);
    if (taken > 0) add(match.index, (after[taken - 1] as Span).end);
  }
  // "kid friendly", "Gas Safe registered", "ISO 9001 certified", "wi-fi gratuito": the cue and the word
  // before it, or up to three capitalised words or numbers before it.
  for (const match of work.matchAll(words.afterCue)) {
    const lead = work.slice(Math.max(0, match.index - 40), match.index);
    const before = wordsIn(lead, match.index - lead.length).reverse();
    const first = before[0];
    if (!first || !/^[ \u00a0\u2010\u2011-]+$/u.test(work.slice(first.end, match.index))) continue;
    const firstKey = work.slice(first.start, first.end);
    if (words.stop.has(firstKey) || words.prepositions.has(firstKey)) continue;
    let start = first.start;
    for (let i = 1; i < 3; i++) {
      const word = before[i];
      const next = before[i - 1] as Span;
      if (!word || !/^[ \u00a0]+$/u.test(work.slice(word.end, next.start))) break;
      const original = brief.slice(word.start, word.end);
      const previousOriginal = brief.slice(next.start, next.end);
      if (!/^[\p{Lu}\p{N}]/u.test(original) || !/^[\p{Lu}\p{N}]/u.test(previousOriginal)) break;
      start = word.start;
    }
    add(start, match.index + match[0].length);
  }
  // "cosy", "friendly staff": a quality word before a generic noun, or with nothing after it in its item.
  for (const match of work.matchAll(words.quality)) {
    const end = match.index + match[0].length;
    const next = /^[ \u00a0]+([\p{L}]+)/u.exec(work.slice(end, end + 40));
    const nextWord = next?.[1];
    if (next && nextWord && words.genericNouns.has(nextWord)) add(match.index, end + next[0].length);
    else if (
      !nextWord ||
      words.stop.has(nextWord) ||
      words.splitWords.has(nextWord) ||
      words.prepositions.has(nextWord)
    ) {
      add(match.index, end);
    }
  }
  // The longest candidate wins where they overlap; then back in the order of the brief.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Span[] = [];
  for (const c of candidates) if (!chosen.some((s) => s.start < c.end && c.start < s.end)) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start);
}

/** How many of the given words (at most `limit`) can follow a cue: they must be adjacent plain words. */
function takeWords(work: string, after: Span[], words: OfferingWords, limit: number): number {
  let count = 0;
  let previousEnd = after[0]?.start ?? 0;
  for (const word of after.slice(0, limit)) {
    const gap = work.slice(previousEnd, word.start);
    if (count > 0 && !/^[ \u00a0]+$/u.test(gap)) break;
    if (count === 0 && !/^[ \u00a0]*$/u.test(gap)) break;
    const key = work.slice(word.start, word.end);
    if (words.stop.has(key) || words.prepositions.has(key) || /^\d+$/u.test(key)) break;
    if (words.splitWords.has(key)) break;
    count++;
    previousEnd = word.end;
  }
  return count;
}

// Where a list can run: up to the end of the sentence, a bracket or a colon, or a caller's span.
const LIST_END = /[.;!?\n\r()[\]{}•|:\ue000]/u;
const SENTENCE = /[^.;!?\n\r()[\]{}•|\ue000]+/gu;

/** Offerings from lists: after a cue ("we sell", "com", "mit"), after a colon, and bare comma lists. */
function findListItems(
  brief: string,
  folded: string,
  work: string,
  words: OfferingWords,
): { at: number; text: string }[] {
  const found: { at: number; text: string }[] = [];
  const consumed: Span[] = [];
  let listedUpTo = 0;
  const listAfter = (from: number) => {
    // A cue inside a list already read ("we sell bread with butter and jam") was read with it.
    if (from < listedUpTo || found.length >= MAX_OFFERINGS * 3) return;
    const rest = work.slice(from, from + 400);
    const stop = LIST_END.exec(rest);
    let end = from + (stop ? stop.index : rest.length);
    for (const piece of splitItems(work, from, end, words)) {
      const item = cleanItem(brief, work, piece, words, 6);
      if (item === null) {
        end = piece.start; // a clause that is not an item ends the list: "…, open since 1987"
        break;
      }
      if (item) found.push(item);
    }
    consumed.push({ start: from, end });
    listedUpTo = end;
  };
  // Cues are looked for in the unmasked text: "Kanzlei für" still cues a list when "Kanzlei" is the
  // descriptor the caller took. The list itself is read from the masked text.
  const cueEnds = [...folded.matchAll(words.cue)].map((m) => m.index + m[0].length);
  for (const specialism of words.specialisms) {
    for (const match of folded.matchAll(specialism.cue)) {
      const clause =
        folded
          .slice(0, match.index)
          .split(/[,;.!?:\n]/u)
          .at(-1) ?? '';
      if (specialism.nouns.test(clause)) cueEnds.push(match.index + match[0].length);
    }
  }
  for (const end of cueEnds.sort((a, b) => a - b)) listAfter(end);
  listedUpTo = 0;
  for (let at = work.indexOf(':'); at !== -1; at = work.indexOf(':', at + 1)) {
    // "1:1 sessions", "9:30": a ratio or a time, not a list's colon.
    if (/\d/u.test(work.charAt(at - 1)) && /\d/u.test(work.charAt(at + 1))) continue;
    listAfter(at + 1);
  }

  // The first clause of the brief introduces the business ("Padaria Ribeira", "A family bakery in Porto"),
  // whatever the other readers took from it.
  const introEnd = /^[\s\u00a0]*[^,.;:!?\n]*/u.exec(brief)?.[0].length ?? 0;
  if (found.length === 0) found.push(...introList(brief, work, introEnd, words));
  for (const sentence of work.matchAll(SENTENCE)) {
    let clauseStart = sentence.index;
    for (const clause of sentence[0].split(/[,:]/u)) {
      const start = clauseStart;
      const end = start + clause.length;
      clauseStart = end + 1;
      if (start < introEnd || found.length >= MAX_OFFERINGS * 3) continue;
      if (consumed.some((c) => c.start < end && start < c.end)) continue;
      const pieces = splitItems(work, start, end, words);
      const items = pieces.map((p) => cleanItem(brief, work, p, words, 4, true));
      if (items.some((i) => i === null) || !items.some(Boolean)) continue;
      for (const item of items) if (item) found.push(item);
    }
  }
  return found;
}

/**
 * "Loja de vinhos e queijos no Porto", "Boulangerie de pain au levain et croissants à Lyon": the intro names
 * what the business is made of after "de". One thing after it is what the business is ("boulangerie de
 * quartier", "escola de surf"), so only a list of two or more counts.
 */
function introList(
  brief: string,
  work: string,
  introEnd: number,
  words: OfferingWords,
): { at: number; text: string }[] {
  const link = words.introLink.exec(work.slice(0, introEnd));
  if (!link) return [];
  const start = link[0].length;
  const stop = LIST_END.exec(work.slice(start, introEnd));
  const end = start + (stop ? stop.index : introEnd - start);
  const pieces = splitItems(work, start, end, words);
  if (pieces.length < 2) return [];
  const items = pieces.map((piece) => cleanItem(brief, work, piece, words, 4, true));
  if (items.some((item) => !item)) return [];
  return items as { at: number; text: string }[];
}

function splitItems(work: string, start: number, end: number, words: OfferingWords): Span[] {
  const pieces: Span[] = [];
  let at = start;
  const separator = new RegExp(words.split.source, 'gu');
  for (const match of work.slice(start, end).matchAll(separator)) {
    pieces.push({ start: at, end: start + match.index });
    at = start + match.index + match[0].length;
  }
  pieces.push({ start: at, end });
  return pieces;
}

/**
 * One list item, as written: articles dropped at the start, prepositions and articles at the end. Returns
 * undefined for an empty piece (skip it) and null for a piece that is not an item (the list ends there).
 */
function cleanItem(
  brief: string,
  work: string,
  piece: Span,
  words: OfferingWords,
  maxWords: number,
  bare = false,
): { at: number; text: string } | undefined | null {
  let { start, end } = piece;
  const raw = work.slice(start, end);
  const lead = /^[\s\u00a0"“”'‘’«»*•·–—-]*/u.exec(raw)?.[0].length ?? 0;
  start += lead;
  end = start + raw.slice(lead).replace(/[\s\u00a0"“”'‘’«»*.!?–—-]+$/u, '').length;
  if (end <= start) return undefined;
  const firstWord = /^[\p{L}\p{N}]+/u.exec(work.slice(start, end))?.[0] ?? '';
  // In a bare list the first word must not be a pronoun, verb or relative ("die Brot backt"); in a cue list
  // an article is first dropped ("we sell the best bread").
  if (bare && words.stop.has(firstWord)) return null;
  for (let guard = 0; guard < 3; guard++) {
    const verb = /^([\p{L}]+)[ \u00a0]+/u.exec(work.slice(start, end));
    if (!verb || !words.leadingVerbs.has(verb[1] ?? '')) break;
    start += verb[0].length;
  }
  const article = words.articles.exec(brief.slice(start, end));
  if (article) start += article[0].length;
  const trailing = words.trailing.exec(work.slice(start, end));
  if (trailing) end -= trailing[0].length;
  const text = work.slice(start, end);
  if (end <= start || !/\p{L}{2}/u.test(text)) return text.trim() ? null : undefined;
  const itemWords = text.split(/[ \u00a0]+/u).filter(Boolean);
  if (words.stop.has(itemWords[0] ?? '') || itemWords.length > maxWords || text.length > 60) return null;
  // "a shop cat called Marlowe" names something; it is not what the business sells.
  if (itemWords.some((w) => words.naming.has(w))) return null;
  // "in the heart of Porto" is no item of a bare list; "pain au levain" is, "au" joining its words.
  if (
    bare &&
    itemWords.some(
      (w, k) => words.prepositions.has(w) && !(k > 0 && k < itemWords.length - 1 && words.nounLinks.has(w)),
    )
  ) {
    return null;
  }
  if (MASKED.test(text)) return null;
  return { at: start, text: tidy(brief.slice(start, end)) };
}

/** The item without a caller's span at its start ("Porto tasting tour" with Porto taken → "tasting tour"). */
function withoutExcluded(item: string, excluded: string[]): string | undefined {
  let text = item;
  for (const target of excluded) {
    const key = foldAligned(text);
    if (key === target) return undefined;
    if (key.startsWith(`${target} `)) text = text.slice(target.length).trim();
    else if (containsWords(key, target)) return undefined;
  }
  return text || undefined;
}

/** True when `target` occurs in `text` as whole words. */
function containsWords(text: string, target: string): boolean {
  for (let at = text.indexOf(target); at !== -1; at = text.indexOf(target, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + target.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

function unique(items: string[], excluded: string[], limit: number): string[] {
  const seen = new Set<string>(excluded);
  const out: string[] = [];
  for (const item of items) {
    const text = tidy(item);
    const key = foldAligned(text);
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The brief's own noun for the business, from its first clause, for when the classifier has none: "Tiny
 * escape room business in Leeds" → "escape room", "I teach guitar and ukulele lessons from my home studio"
 * → "guitar and ukulele lessons", "Aulas de surf na Ericeira" → "Aulas de surf". A first-person verb or an
 * article and a size word go in front, "business" or "company" at the end, and the phrase stops at a
 * preposition, a number or a span the caller took (name, place, people). Undefined when nothing is left or
 * the phrase is too long to be a noun.
 */
export function readOwnNoun(text: string, language: string, exclude: string[]): string | undefined {
  return readOwnNounWithVerb(text, language, exclude)?.noun;
}

/**
 * The brief's own noun (readOwnNoun) and whether a first-person verb that sells put it there ("I teach
 * guitar lessons", "dou aulas de surf"): then it is also an offering, whole.
 */
export function readOwnNounWithVerb(
  text: string,
  language: string,
  exclude: string[],
): { noun: string; sold: boolean } | undefined {
  const own = copyLanguage(language);
  if (!own) return undefined;
  const data = LISTS.languages[own].ownNoun;
  const brief = briefText(text);
  const folded = foldAligned(brief);
  const clause = /^[^,.;:!?()\n\r–—]*/u.exec(folded)?.[0] ?? '';
  const taken = (Array.isArray(exclude) ? exclude : [])
    .filter((e): e is string => typeof e === 'string' && e.trim().length >= 2)
    .map((e) => foldAligned(e.trim()));
  const words = wordsIn(clause, 0).map((w) => ({ ...w, key: clause.slice(w.start, w.end) }));
  const keys = (list: string[]) => list.map((p) => foldAligned(p).split(/\s+/u));
  const intros = keys(data.intros).sort((a, b) => b.length - a.length);
  const phraseAt = (at: number, phrases: string[][]) =>
    phrases.find((p) => p.every((word, k) => words[at + k]?.key === word))?.length ?? 0;
  const cues = new Set(LISTS.languages[own].cues.map((c) => foldAligned(c)));
  let first = 0;
  let sold = false;
  for (let guard = 0; guard < 6 && first < words.length; guard++) {
    const intro = phraseAt(first, intros);
    if (intro > 0) {
      const said = words
        .slice(first, first + intro)
        .map((w) => w.key)
        .join(' ');
      if (cues.has(said)) sold = true;
      first += intro;
      continue;
    }
    const word = words[first]?.key ?? '';
    if (foldedSet(data.small).has(word)) {
      first++;
      continue;
    }
    break;
  }
  const ends = keys(data.ends);
  const inTaken = (w: Span) =>
    taken.some((t) => {
      for (let at = folded.indexOf(t); at !== -1; at = folded.indexOf(t, at + 1)) {
        if (at < w.end && w.start < at + t.length) return true;
      }
      return false;
    });
  let last = first;
  while (last < words.length) {
    const word = words[last] as Span & { key: string };
    if (phraseAt(last, ends) > 0 || /\d/u.test(word.key) || inTaken(word)) break;
    last++;
  }
  const heads = foldedSet(data.heads);
  while (last > first && heads.has(words[last - 1]?.key ?? '')) last--;
  if (last <= first || last - first > 5) return undefined;
  const start = (words[first] as Span).start;
  const end = (words[last - 1] as Span).end;
  const noun = tidy(brief.slice(start, end));
  if (noun.length < 3 || noun.length > 40 || !/\p{L}{3}/u.test(noun)) return undefined;
  return { noun, sold };
}
