// The n-gram detector is eld (eld/small), chosen by measurement on short business briefs in en/pt/es/fr/de/
// it/nl, one to ten words, most naming a city. On 113 of them eld/large named 99 right, eld/small 95,
// tinyld/heavy 76 and franc-min 66; on 44 more kept back for checking, eld/large 44, tinyld/heavy 38 and
// franc-min 34. Proper names and borrowed words are what they got wrong, so the detector's scores are
// combined with a vote of common words (data/language-words.json) and the places after "in/em/à" are left
// out: with that eld/small names 109 of the 113 and all 44, as well as eld/large does, while loading in
// about a fifth of the time (0.5 s against 2.7 s) and a third of the memory.
import { eld } from 'eld/small';
import WORDS from './data/language-words.json' with { type: 'json' };
import { COPY_LANGUAGES, type LanguageFact } from './types.ts';

// ---------------------------------------------------------------------------------------------------------
// Words: the tokenizer every brief reader shares, so that "Dr." and "Porto's" are one word everywhere.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word has letters or digits; anything else ("," "&" "(" "🍕") is one punctuation token per character. */
  kind: 'word' | 'punct';
}

const FOLDED = new Map<string, string>();

/** Lower case without accents, so "Clínica" and "clinica" are the same key; "ß" is kept as "ss". */
export function fold(text: string): string {
  const cached = FOLDED.get(text);
  if (cached !== undefined) return cached;
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
  // Briefs repeat the same few hundred words; a bounded cache keeps the readers' many lookups cheap.
  if (FOLDED.size >= 20_000) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

// Abbreviations that end in a full stop which does not end the sentence.
const ABBREVIATIONS = new Set(
  [
    'dr',
    'dra',
    'drs',
    'prof',
    'profa',
    'st',
    'ste',
    'sr',
    'sra',
    'srta',
    'mr',
    'mrs',
    'ms',
    'mme',
    'mlle',
    'jr',
    'dott',
    'dottssa',
    'ing',
    'mag',
    'dipl',
    'med',
    'dent',
    'rer',
    'nat',
    'phil',
    'jur',
    'vet',
    'habil',
    'hr',
    'fr',
    'co',
    'ltd',
    'inc',
    'bros',
    'av',
    'avda',
    'no',
    'nr',
  ].map(fold),
);

const TOKEN =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-/][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s|$|[^\p{L}]))?|[^\s]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const previous = tokens.at(-1);
    // The full stop an abbreviation already took ("Dr." then ".").
    if (match[0] === '.' && previous?.end === start + 1) continue;
    let value = match[0];
    let end = start + value.length;
    const kind: Token['kind'] = /[\p{L}\p{N}]/u.test(value.charAt(0)) ? 'word' : 'punct';
    // "Dr." and "St." keep their full stop, so the stop does not split a name.
    if (kind === 'word' && text.charAt(end) === '.' && ABBREVIATIONS.has(fold(value))) {
      value += '.';
      end += 1;
    }
    tokens.push({ text: value, start, end, kind });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(word);
}

// ---------------------------------------------------------------------------------------------------------
// The word lists

/** The languages whose word lists the detector knows; the offline copy languages plus Italian and Dutch. */
export const WORD_LANGUAGES = ['en', 'pt', 'es', 'fr', 'de', 'it', 'nl'] as const;
export type WordLanguage = (typeof WORD_LANGUAGES)[number];

interface WordList {
  function: string[];
  vocabulary: string[];
  prepositions: string[];
}

const LISTS = WORDS as unknown as Record<WordLanguage, WordList>;

// Which languages claim each folded word; a word claimed by three languages gives each a third of a vote.
const OWNERS = new Map<string, WordLanguage[]>();
// The same, keyed by the word as spelled (lower case, accents kept): "urgencias" is Spanish, and only folded
// is it the Portuguese "urgências".
const SPELLED = new Map<string, WordLanguage[]>();
const spelled = (word: string) => word.normalize('NFC').toLowerCase();
function claim(map: Map<string, WordLanguage[]>, key: string, language: WordLanguage): void {
  const owners = map.get(key) ?? [];
  if (!owners.includes(language)) owners.push(language);
  map.set(key, owners);
}
for (const language of WORD_LANGUAGES) {
  for (const word of [...LISTS[language].function, ...LISTS[language].vocabulary]) {
    claim(OWNERS, fold(word), language);
    claim(SPELLED, spelled(word), language);
  }
}

/** True when the word is a grammar word or a common business word of the language (not a name). */
export function isCommonWord(word: string, language: string): boolean {
  const owners = OWNERS.get(fold(word));
  if (!owners) return false;
  return (WORD_LANGUAGES as readonly string[]).includes(language)
    ? owners.includes(language as WordLanguage)
    : owners.length > 0;
}

/** True when the word is a common word in any language the detector knows. */
export function isCommonWordAnywhere(word: string): boolean {
  return OWNERS.has(fold(word));
}

// Words after which a capitalised word is most likely a place ("in Porto", "em Lisboa", "à Lyon"). The place
// is left out before detection, since a city's name says nothing about the brief's language; the word
// before it votes only for the languages that put a place after it ("a Napoli" is Italian, not English).
const PLACE_PREPOSITIONS = new Map<string, WordLanguage[]>();
for (const language of WORD_LANGUAGES) {
  for (const word of LISTS[language].prepositions) {
    const key = fold(word);
    PLACE_PREPOSITIONS.set(key, [...(PLACE_PREPOSITIONS.get(key) ?? []), language]);
  }
}

/** The words that put a place after them, in every language the detector knows. */
export function isPlacePreposition(word: string): boolean {
  return PLACE_PREPOSITIONS.has(fold(word));
}

// ---------------------------------------------------------------------------------------------------------
// Detection

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
const WORD_WEIGHT = 0.15;
// Short English briefs are full of borrowed words ("Vegan cafe", "Sushi bar"); when nothing else leans
// another way, English is the product's default.
const ENGLISH_PRIOR = 0.05;

/** A language's English name ("Portuguese" for pt, "Brazilian Portuguese" for pt-BR), else the code. */
export function englishLanguageName(code: string): string {
  try {
    const name = NAMES.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

function fact(code: string, confidence: number): LanguageFact {
  return {
    code,
    name: englishLanguageName(code),
    supported: (COPY_LANGUAGES as readonly string[]).includes(code),
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
  };
}

interface Telling {
  word: string;
  /** The languages it may vote for, when that is narrower than its word lists say. */
  only?: WordLanguage[];
}

interface Reading {
  words: Telling[];
  /** Languages spoken at the places left out of the words ("Granada": Spanish and others). */
  spoken: Set<string>;
}

/**
 * Whether the words (one to three, as written) name a place, as the caller's gazetteer knows: the languages
 * spoken there, or undefined when they name no place.
 */
export type PlaceTest = (words: string) => readonly string[] | undefined;

/** The place of up to three capitalised words from `at` (the longest), with its length in words. */
function placeAt(
  words: Token[],
  at: number,
  isPlace: PlaceTest,
): { length: number; spoken: readonly string[] } | undefined {
  for (let n = 3; n >= 1; n--) {
    const run = words.slice(at, at + n);
    if (run.length < n || !run.every((t) => isCapitalised(t.text))) continue;
    // A word the lists know ("Bath", "Nice") says something about the language whatever it also names.
    if (n === 1 && OWNERS.has(fold((run[0] as Token).text))) continue;
    const spoken = isPlace(run.map((t) => t.text).join(' '));
    if (spoken) return { length: n, spoken };
  }
  return undefined;
}

/**
 * Words of a text that say something about its language: no places after prepositions, no quoted names,
 * and no capitalised words the caller's gazetteer knows as a place ("Hair salon Dublin 8").
 */
function telling(text: string, isPlace?: PlaceTest): Reading {
  const withoutQuotes = text.replace(/["“”«»„‟][^"“”«»„‟]{1,80}["“”«»„‟]/gu, ' ');
  const words = tokenize(withoutQuotes).filter((t) => t.kind === 'word' && /\p{L}/u.test(t.text));
  const kept: Telling[] = [];
  const spoken = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] as Token).text;
    const place = isPlace ? placeAt(words, i, isPlace) : undefined;
    if (place) {
      for (const language of place.spoken) spoken.add(language);
      i += place.length - 1;
      continue;
    }
    const next = words[i + 1]?.text;
    const placeAfter = next && isCapitalised(next) ? PLACE_PREPOSITIONS.get(fold(word)) : undefined;
    kept.push(placeAfter ? { word, only: placeAfter } : { word });
    if (placeAfter) {
      // Skip the whole capitalised run: "in Cape Town", "em São Paulo"; but not past punctuation or a few
      // words, since German capitalises every noun ("in Mannheim 💅 Gel, Acryl, Pediküre").
      i++;
      const runStart = i;
      while (
        i + 1 < words.length &&
        i + 1 - runStart < 3 &&
        isCapitalised((words[i + 1] as Token).text) &&
        /^\s+$/u.test(withoutQuotes.slice((words[i] as Token).end, (words[i + 1] as Token).start))
      )
        i++;
    }
  }
  return { words: kept, spoken };
}

/**
 * The languages a word votes for, and how much each vote weighs: a word spelled as a list spells it counts
 * in full; one that matches only once accents are dropped ("clinica" for "clínica", or the Spanish
 * "urgencias" for the Portuguese "urgências") counts half, since that is as often another language's word
 * as a missing accent.
 */
function ownersOf(word: string): { owners: string[]; weight: number } {
  const written = spelled(word);
  const exact = SPELLED.get(written) ?? SPELLED.get(written.replace(/^[dl]['’]/u, ''));
  if (exact) return { owners: [...exact], weight: 1 };
  const key = fold(word);
  const folded = OWNERS.get(key) ?? OWNERS.get(key.replace(/^[dl]['’]/u, ''));
  return folded ? { owners: [...folded], weight: 0.5 } : { owners: [], weight: 1 };
}

/**
 * Letters only one of the languages briefs come in uses: a word the lists do not know ("Pediküre",
 * "Immobilienkaufverträge", "açaí" aside) still votes by its spelling.
 */
const LETTER_LANGUAGES: [RegExp, string][] = [
  [/[äöüß]/iu, 'de'],
  [/[ãõ]/iu, 'pt'],
  [/[ñ]/iu, 'es'],
  [/[œù]/iu, 'fr'],
];

function latinShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return (text.match(/\p{Script=Latin}/gu)?.length ?? 0) / letters.length;
}

/**
 * The language a brief is written in. A brief too short to tell is English with a low confidence; a city's
 * name ("Porto", "Berlin") does not count, a grammar word does. `isPlace` names places anywhere in the text
 * (understandBrief passes the gazetteer's), so that "Hair salon Dublin 8" is read by "Hair salon" alone;
 * without it only the places after "in/em/à…" are left out.
 */
export function detectLanguage(text: string, isPlace?: PlaceTest): LanguageFact {
  const clipped = text.slice(0, 1000);
  if (!/\p{L}/u.test(clipped)) return fact('en', 0);

  // Other scripts (Arabic, Hebrew, Cyrillic, Greek, CJK…) are told apart by the detector's n-grams alone.
  if (latinShare(clipped) < 0.5) {
    const result = eld.detect(clipped);
    if (!result.language) return fact('en', 0);
    const words = tokenize(clipped).filter((t) => t.kind === 'word').length;
    return fact(result.language, (result.isReliable() ? 0.6 : 0.3) + Math.min(0.3, words * 0.05));
  }

  const { words, spoken } = telling(clipped, isPlace);
  const sample = words.length > 0 ? words.map((w) => w.word).join(' ') : clipped;
  const result = eld.detect(sample);
  const scores = new Map<string, number>(Object.entries(result.getScores()));
  const evidence = new Map<string, number>();
  for (const { word, only } of words) {
    const { owners, weight } = only ? { owners: [...only], weight: 1 } : ownersOf(word);
    if (/^[dl]['’]\p{L}/u.test(word)) owners.push('fr');
    if (/\p{L}['’]s$/u.test(word)) owners.push('en');
    const lettered = LETTER_LANGUAGES.find(([letters]) => letters.test(word));
    if (lettered && owners.length === 0) owners.push(lettered[1]);
    for (const language of owners) {
      evidence.set(language, (evidence.get(language) ?? 0) + weight / owners.length);
    }
  }
  // In a brief of a word or two and a place ("Veterinario Granada 18001"), the place breaks a tie between
  // the languages its words belong to: half a word's vote, never more than a word of another language.
  if (words.length <= 2) {
    for (const language of spoken) {
      if (evidence.has(language)) evidence.set(language, (evidence.get(language) ?? 0) + 0.5);
    }
  }
  for (const [language, votes] of evidence) {
    scores.set(language, (scores.get(language) ?? 0) + WORD_WEIGHT * votes);
  }
  scores.set('en', (scores.get('en') ?? 0) + ENGLISH_PRIOR);

  // With one or two words the n-grams point anywhere (Basque for "Bakery", Lithuanian for "Padaria"): only
  // the languages briefs are usually written in may win.
  const short = words.length <= 2;
  const ranked = [...scores.entries()]
    .filter(([language]) => !short || (WORD_LANGUAGES as readonly string[]).includes(language))
    .sort((a, b) => b[1] - a[1]);
  // In a brief of one or two words, a word the lists know ("Hair salon", "Padaria") outweighs the n-grams,
  // which only break ties between the languages that claim it.
  if (short && evidence.size > 0) {
    const most = Math.max(...evidence.values());
    const claimed = ranked.findIndex(([language]) => (evidence.get(language) ?? 0) === most);
    if (claimed > 0) ranked.unshift(...ranked.splice(claimed, 1));
  }
  const [best, bestScore] = ranked[0] ?? ['en', 0];
  const secondScore = ranked[1]?.[1] ?? 0;

  // A single word with no word list behind it and no sure n-grams ("Pizzeria") could be anything.
  if (words.length <= 1 && !evidence.has(best) && !result.isReliable()) return fact('en', 0.15);

  const lengthFactor = Math.min(1, words.length / 6);
  const marginFactor = Math.max(0, Math.min(1, (bestScore - secondScore) / 0.15));
  return fact(best, 0.15 + 0.8 * lengthFactor * (0.5 + 0.5 * marginFactor));
}
