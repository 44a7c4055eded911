// Which kind of business a brief describes, scored from the vocabulary in data/kinds.json.
//
// How a brief is read:
// - Terms of all five languages count; those of the brief's own language count in full, the others a
//   little less (a German brief may say "Tattoo-Studio", an English one "boulangerie").
// - A strong term (it names the business) weighs five times a weak one (a product or an occasion).
// - Where terms overlap, the longest wins: "yoga retreat" is a retreat, not a yoga studio; "clínica
//   veterinária" a vet, not a clinic; "Kinderarztpraxis" a paediatric practice, not any doctor's.
// - Where two kinds' strong terms form one compound, one of them only modifies the other and counts as
//   weak. A generic head ("shop", "clinic", "school", "agency") yields to what qualifies it in any
//   language: "gelato shop", "physiotherapy clinic", "escola de surf", "Praxis für Physiotherapie". Between
//   two specific terms English puts the head last: "boutique hotel", "bakery café".
// - A strong term after "for" (para, pour, für) names the customers, not the business, and counts as weak:
//   "a booking platform for restaurants", "software para clínicas".
// - Earlier mentions weigh more, and most of all those in the brief's descriptor: its opening phrase
//   ("Brewery taproom in Asheville") or what follows "is a" / ", a" ("Ink & Iron, a tattoo studio").
// Confidence combines how strong the best kind is with its margin over the runner-up; a runner-up of the
// same family costs half as much, since the layout would be the same. Below KIND_CONFIDENCE_THRESHOLD the
// brief is "generic" and the generator leans on the brief's own words.

import { type BusinessKind, kindInfo } from '@pagemagic/crds/site-document';
import {
  foldChar,
  KIND_VOCABULARY,
  parseTerm,
  termWords,
  VOCABULARY_KINDS,
  type VocabularyKind,
} from './kinds-data.ts';
import { COPY_LANGUAGES, type CopyLanguage, KIND_CONFIDENCE_THRESHOLD, type KindFact } from './types.ts';

const STRONG = 10;
const WEAK = 2;
/** A term of another language than the brief's. */
const OTHER_LANGUAGE = 0.75;
/** A match inside the brief's descriptor phrase. */
const DESCRIPTOR = 1.6;
/** Position: the first word counts in full, then it decays towards POSITION_FLOOR over about a dozen words. */
const POSITION_FLOOR = 0.5;
const POSITION_DECAY_WORDS = 12;
/** Repeated evidence for one kind adds less each time: weights sorted high to low, times REPEAT^i. */
const REPEAT = 0.6;
/** A kind's score s gives strength s / (s + HALF_STRENGTH): one early strong term is about 0.8. */
const HALF_STRENGTH = 4;
/** A runner-up of the same family as the best counts this much against the margin. */
const SAME_FAMILY_RIVAL = 0.5;
const MAX_ALTERNATIVES = 5;
/** Briefs are a sentence or two; longer text is read only this far, which bounds the time taken. */
const MAX_CHARS = 10_000;

type Strength = 'strong' | 'weak';
type Mode = 'prefix' | 'whole' | 'infix';

interface CompiledTerm {
  kind: VocabularyKind;
  mode: Mode;
  words: string[];
  /** The words run together ("tattoostudio"), when every word is long enough for that to be safe. */
  joined?: string;
  /** How the term counts in each language that lists it. */
  classes: Partial<Record<CopyLanguage, Strength>>;
  /** The strongest class in any language, for briefs in a language that does not list the term. */
  best: Strength;
}

interface Compiled {
  /** Prefix and whole-word terms, keyed by the first three letters (or fewer) of their first word. */
  byStart: Map<string, CompiledTerm[]>;
  /** Terms that match inside a word, keyed the same way; looked up at every position of a word. */
  infix: Map<string, CompiledTerm[]>;
}

const COMPILED = compile();

function compile(): Compiled {
  const terms = new Map<string, CompiledTerm>();
  for (const kind of VOCABULARY_KINDS) {
    const vocabulary = KIND_VOCABULARY[kind];
    for (const strength of ['strong', 'weak'] as const) {
      for (const language of COPY_LANGUAGES) {
        for (const raw of vocabulary[strength][language]) {
          const { mode, body } = parseTerm(raw);
          const words = termWords(body);
          const key = `${kind}|${mode}|${words.join(' ')}`;
          let term = terms.get(key);
          if (!term) {
            const joinable = words.length > 1 && mode !== 'infix' && words.every((word) => word.length >= 3);
            term = {
              kind,
              mode,
              words,
              joined: joinable ? words.join('') : undefined,
              classes: {},
              best: strength,
            };
            terms.set(key, term);
          }
          if (term.classes[language] !== 'strong') term.classes[language] = strength;
          if (strength === 'strong') term.best = 'strong';
        }
      }
    }
  }
  const byStart = new Map<string, CompiledTerm[]>();
  const infix = new Map<string, CompiledTerm[]>();
  for (const term of terms.values()) {
    const index = term.mode === 'infix' ? infix : byStart;
    const key = (term.words[0] ?? '').slice(0, 3);
    const list = index.get(key);
    if (list) list.push(term);
    else index.set(key, [term]);
  }
  return { byStart, infix };
}

interface Folded {
  text: string;
  /** For each folded character, where its code point starts and ends in the original text. */
  from: number[];
  to: number[];
}

function foldWithOffsets(input: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of input) {
    const folded = foldChar(char);
    for (let i = 0; i < folded.length; i++) {
      from.push(at);
      to.push(at + char.length);
    }
    text += folded;
    at += char.length;
  }
  return { text, from, to };
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function tokenize(text: string): Word[] {
  return Array.from(text.matchAll(/[\p{L}\p{N}]+/gu), (m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

// What may stand between the words of a phrase: "tattoo studio", "tattoo-studio", "b & b", "d'hôtes".
const PHRASE_GAP = /^[\s\-\u2010\u2011&'./+]+$/;
// What ends the descriptor phrase and what keeps a compound together.
const CLAUSE_BREAK = /[,;:.!?()[\]{}|\u2013\u2014\n"\u201c\u201d]|\s-\s/;
const COMPOUND_GAP = /^[\s\-\u2010\u2011]+$/;

/** Folded words, one language per argument. */
function wordSet(...languages: string[]): ReadonlySet<string> {
  return new Set(languages.flatMap((words) => words.split(' ')));
}

interface Match {
  kind: VocabularyKind;
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
  strength: Strength;
  languageFactor: number;
  /** Set when a compound makes this strong match a mere modifier of another kind's term. */
  modifier?: boolean;
  /** For the head of such a compound: the words of the whole compound, for the noun. */
  compound?: { firstWord: number; lastWord: number };
}

function matchTerm(term: CompiledTerm, words: Word[], index: number, text: string) {
  const word = words[index];
  if (!word) return undefined;
  const whole = term.mode === 'whole';
  const last = term.words.length - 1;
  let spaced = true;
  for (let k = 0; k <= last && spaced; k++) {
    const w = words[index + k];
    const part = term.words[k] ?? '';
    if (!w) spaced = false;
    else if (k > 0 && !PHRASE_GAP.test(text.slice(words[index + k - 1]?.end ?? 0, w.start))) spaced = false;
    else if (k < last || whole) spaced = w.text === part;
    else spaced = w.text.startsWith(part);
  }
  if (spaced) {
    const lastWord = words[index + last] as Word;
    const end = whole ? lastWord.end : lastWord.start + (term.words[last] ?? '').length;
    return { start: word.start, end, firstWord: index, lastWord: index + last };
  }
  if (term.joined && (whole ? word.text === term.joined : word.text.startsWith(term.joined))) {
    return { start: word.start, end: word.start + term.joined.length, firstWord: index, lastWord: index };
  }
  return undefined;
}

function findMatches(words: Word[], text: string, language: CopyLanguage | undefined): Match[] {
  const found: Match[] = [];
  const add = (
    term: CompiledTerm,
    span: { start: number; end: number; firstWord: number; lastWord: number },
  ) => {
    const own = language ? term.classes[language] : undefined;
    found.push({
      kind: term.kind,
      ...span,
      strength: own ?? term.best,
      languageFactor: own ? 1 : OTHER_LANGUAGE,
    });
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    for (let n = 1; n <= Math.min(3, word.text.length); n++) {
      for (const term of COMPILED.byStart.get(word.text.slice(0, n)) ?? []) {
        const span = matchTerm(term, words, i, text);
        if (span) add(term, span);
      }
    }
    // Each infix term counts once per word, at its first place in it.
    const seen = new Set<CompiledTerm>();
    for (let at = 0; at < word.text.length; at++) {
      for (let n = 1; n <= Math.min(3, word.text.length - at); n++) {
        for (const term of COMPILED.infix.get(word.text.slice(at, at + n)) ?? []) {
          const part = term.words[0] ?? '';
          if (seen.has(term) || !word.text.startsWith(part, at)) continue;
          seen.add(term);
          add(term, {
            start: word.start + at,
            end: word.start + at + part.length,
            firstWord: i,
            lastWord: i,
          });
        }
      }
    }
  }
  return resolveOverlaps(found);
}

// The longer of two overlapping matches wins. A longer phrase that contains a shorter term wins whatever
// its strength: a weak phrase ("hair removal", "teeth cleaning") rightly silences the strong term inside
// it. Where they only partly overlap ("employment law" / "law firm") a weak phrase never silences a strong
// term. The same kind's duplicates ("restaurant" inside "restaurantes") are dropped; equal lengths of
// different kinds both stay.
function resolveOverlaps(matches: Match[]): Match[] {
  const rank = (m: Match) => (m.strength === 'strong' ? 1 : 0);
  const length = (m: Match) => m.end - m.start;
  const sorted = [...matches].sort((a, b) => length(b) - length(a) || rank(b) - rank(a) || a.start - b.start);
  const kept: Match[] = [];
  for (const match of sorted) {
    const beaten = kept.some((k) => {
      if (k.start >= match.end || match.start >= k.end) return false;
      if (length(k) === length(match)) return k.kind === match.kind;
      const contains = k.start <= match.start && k.end >= match.end;
      return contains || rank(k) >= rank(match);
    });
    if (!beaten) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Kinds whose strong terms are generic heads that other kinds' terms qualify ("bike shop", "dental clinic"). */
const GENERIC_HEADS: ReadonlySet<VocabularyKind> = new Set(['shop', 'clinic', 'school', 'agency']);
/** Little words that may link a generic head to what qualifies it: "escola de surf", "Praxis für …". */
const CONNECTORS = wordSet('de da do das dos del di d du des la of for fur');

function markCompounds(
  matches: Match[],
  words: Word[],
  text: string,
  language: CopyLanguage | undefined,
): void {
  const strong = matches.filter((m) => m.strength === 'strong');
  for (let i = 0; i + 1 < strong.length; i++) {
    const a = strong[i] as Match;
    const b = strong[i + 1] as Match;
    if (a.kind === b.kind || b.firstWord <= a.lastWord) continue;
    const between = words.slice(a.lastWord + 1, b.firstWord);
    if (between.length > 2 || !between.every((w) => CONNECTORS.has(w.text))) continue;
    let joined = true;
    for (let w = a.lastWord; w < b.firstWord && joined; w++) {
      joined = PHRASE_GAP.test(text.slice((words[w] as Word).end, (words[w + 1] as Word).start));
    }
    if (!joined) continue;
    const aGeneric = GENERIC_HEADS.has(a.kind);
    const bGeneric = GENERIC_HEADS.has(b.kind);
    let modifier: Match | undefined;
    let head: Match | undefined;
    if (aGeneric && !bGeneric) [modifier, head] = [a, b];
    else if (bGeneric && !aGeneric) [modifier, head] = [b, a];
    else if (language === 'en' && between.length === 0) [modifier, head] = [a, b];
    if (!modifier || !head) continue;
    modifier.modifier = true;
    head.compound = { firstWord: a.firstWord, lastWord: b.lastWord };
  }
}

/** Words that introduce the customers: "for restaurants", "para clínicas", "pour les hôtels", "für Praxen". */
const AUDIENCE = wordSet('for', 'para', 'pour', 'fur');
/** Up to this many words (articles, "small", "independent") may stand between "for" and the customers. */
const AUDIENCE_GAP_WORDS = 2;

function markAudiences(matches: Match[], words: Word[]): void {
  const matched = new Set<number>();
  for (const m of matches) for (let w = m.firstWord; w <= m.lastWord; w++) matched.add(w);
  for (const match of matches) {
    // The head of a compound already found its place ("Praxis für Physiotherapie").
    if (match.strength !== 'strong' || match.compound) continue;
    for (let back = 1; back <= AUDIENCE_GAP_WORDS + 1; back++) {
      const word = words[match.firstWord - back];
      if (!word || (back > 1 && matched.has(match.firstWord - back + 1))) break;
      if (AUDIENCE.has(word.text)) {
        match.modifier = true;
        break;
      }
    }
  }
  // "for hotels and restaurants": the customers' list goes on past "and".
  for (let i = 1; i < matches.length; i++) {
    const before = matches[i - 1] as Match;
    const match = matches[i] as Match;
    const link = words[before.lastWord + 1];
    if (before.modifier && !before.compound && match.strength === 'strong' && !match.compound) {
      if (match.firstWord === before.lastWord + 2 && link && CONJUNCTIONS.has(link.text))
        match.modifier = true;
    }
  }
}

// Words that end the descriptor phrase: prepositions and relatives ("… in Porto", "… que faz …").
const STOP_WORDS = wordSet(
  'in at on near with for from that which who where offering offers serving serves since by',
  'em no na nos nas com para que desde perto junto onde',
  'en con cerca donde',
  'au aux dans avec pour qui depuis pres sur',
  'im am an mit fur seit bei auf',
);
const COPULAS = wordSet('is are re s', 'e sao somos', 'es son', 'est sont sommes', 'ist sind bin');
const ARTICLES = wordSet(
  'a an the',
  'um uma o',
  'un una el la',
  'une le l',
  'ein eine einen einer der die das',
);
const DESCRIPTOR_WORDS = 6;

const CONJUNCTIONS = wordSet('and or plus', 'e ou', 'y o', 'et', 'und oder');

/**
 * Word indexes of the descriptor: the opening phrase, and what follows "is a" or ", a". Each runs to the
 * first clause break or preposition, and ends with the term that names the business unless another term,
 * or "and" and a term, follows: "bakery and café" is one descriptor, "studio building apps" is not.
 */
function descriptorWords(words: Word[], text: string, matches: Match[]): Set<number> {
  const inside = new Set<number>();
  const starts = new Set(matches.map((m) => m.firstWord));
  const strongEnds = new Set(matches.filter((m) => m.strength === 'strong').map((m) => m.lastWord));
  const take = (from: number) => {
    for (let i = from; i < words.length && i < from + DESCRIPTOR_WORDS; i++) {
      const word = words[i] as Word;
      if (i > from && CLAUSE_BREAK.test(text.slice((words[i - 1] as Word).end, word.start))) break;
      if (i > from && STOP_WORDS.has(word.text)) break;
      inside.add(i);
      if (strongEnds.has(i)) {
        const next = words[i + 1];
        const more =
          starts.has(i + 1) || (next !== undefined && CONJUNCTIONS.has(next.text) && starts.has(i + 2));
        if (!more) break;
      }
    }
  };
  take(0);
  for (let j = 0; j + 1 < words.length; j++) {
    const word = words[j] as Word;
    if (COPULAS.has(word.text) && ARTICLES.has((words[j + 1] as Word).text)) take(j + 2);
    const before = j > 0 ? text.slice((words[j - 1] as Word).end, word.start) : '';
    if (ARTICLES.has(word.text) && /[,:(\u2013\u2014]/.test(before)) take(j + 1);
  }
  return inside;
}

interface KindScore {
  id: VocabularyKind;
  score: number;
  firstStart: number;
}

function weigh(match: Match, descriptor: Set<number>): number {
  const base = match.strength === 'strong' && !match.modifier ? STRONG : WEAK;
  const position = POSITION_FLOOR + (1 - POSITION_FLOOR) * Math.exp(-match.firstWord / POSITION_DECAY_WORDS);
  return base * match.languageFactor * position * (descriptor.has(match.firstWord) ? DESCRIPTOR : 1);
}

/** Ties that position cannot break go to the kind listed first in the taxonomy, for determinism. */
const KIND_ORDER = new Map(VOCABULARY_KINDS.map((kind, i) => [kind, i]));

function scoreKinds(matches: Match[], descriptor: Set<number>): KindScore[] {
  const weights = new Map<VocabularyKind, number[]>();
  const first = new Map<VocabularyKind, number>();
  for (const match of matches) {
    const list = weights.get(match.kind) ?? [];
    list.push(weigh(match, descriptor));
    weights.set(match.kind, list);
    if (!first.has(match.kind)) first.set(match.kind, match.start);
  }
  return Array.from(weights, ([id, list]) => ({
    id,
    score: list.sort((a, b) => b - a).reduce((sum, w, i) => sum + w * REPEAT ** i, 0),
    firstStart: first.get(id) ?? 0,
  })).sort(
    (a, b) =>
      b.score - a.score ||
      a.firstStart - b.firstStart ||
      (KIND_ORDER.get(a.id) ?? 0) - (KIND_ORDER.get(b.id) ?? 0),
  );
}

function confidenceOf(ranked: KindScore[]): number {
  const best = ranked[0];
  if (!best || best.score <= 0) return 0;
  const family = kindInfo(best.id).family;
  const rival = Math.max(
    0,
    ...ranked
      .slice(1)
      .map((other) => (kindInfo(other.id).family === family ? SAME_FAMILY_RIVAL : 1) * other.score),
  );
  const strength = best.score / (best.score + HALF_STRENGTH);
  const margin = Math.max(0, best.score - rival) / best.score;
  return strength * (0.5 + 0.5 * margin);
}

/**
 * The brief's own words for the kind: its strongest match in the descriptor, widened to whole words and to
 * the compound it heads.
 */
function nounOf(
  kind: VocabularyKind,
  matches: Match[],
  words: Word[],
  folded: Folded,
  input: string,
  descriptor: Set<number>,
  language: CopyLanguage | undefined,
): string | undefined {
  let best: Match | undefined;
  let bestWeight = 0;
  for (const match of matches) {
    // Only the descriptor says what the business is; a later "does tattoos" names what it does.
    if (match.kind !== kind || match.strength !== 'strong' || !descriptor.has(match.firstWord)) continue;
    const weight = weigh(match, descriptor);
    if (weight > bestWeight) [best, bestWeight] = [match, weight];
  }
  if (!best) return undefined;
  const joins = (left: number, right: number) =>
    COMPOUND_GAP.test(folded.text.slice((words[left] as Word).end, (words[right] as Word).start));
  let first = best.compound?.firstWord ?? best.firstWord;
  let last = best.compound?.lastWord ?? best.lastWord;
  // "brewery taproom", "yoga and pilates studio": the same kind's strong terms side by side, or joined by
  // "and", are one noun.
  for (const match of matches) {
    if (match.kind !== kind || match.strength !== 'strong') continue;
    const next = words[last + 1];
    if (match.firstWord === last + 1 && joins(last, last + 1)) last = match.lastWord;
    else if (match.firstWord === last + 2 && next && CONJUNCTIONS.has(next.text)) last = match.lastWord;
  }
  // English puts modifiers first: "wedding photographer" has a hint of the same kind before its term.
  // Other kinds' hints stay out ("emergency plumber" is a plumber).
  if (language === 'en') {
    for (let steps = 0; steps < 2; steps++) {
      const before = matches.find((m) => m.lastWord === first - 1 && m.kind === kind);
      if (!before || !joins(first - 1, first)) break;
      first = before.firstWord;
    }
  }
  const start = folded.from[(words[first] as Word).start] ?? 0;
  const end = folded.to[(words[last] as Word).end - 1] ?? input.length;
  const noun = input.slice(start, end);
  // A capital that only marks the start of a sentence is not part of the noun ("Pizzeria" → "pizzeria");
  // German capitalises nouns anywhere, and a word in capitals ("IT") is kept.
  const sentenceStart = /^\s*$|[.!?]\s*$/.test(input.slice(0, start));
  const firstWord = noun.split(/[\s-]/u)[0] ?? '';
  if (sentenceStart && language !== 'de' && firstWord.slice(1) === firstWord.slice(1).toLowerCase()) {
    return noun.charAt(0).toLowerCase() + noun.slice(1);
  }
  return noun;
}

function asCopyLanguage(language: string): CopyLanguage | undefined {
  const code = language.trim().toLowerCase().slice(0, 2);
  return (COPY_LANGUAGES as readonly string[]).includes(code) ? (code as CopyLanguage) : undefined;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The kind of business a brief describes. `language` is the brief's ISO 639-1 code; terms in it count
 * more. Pure and deterministic: the same text and language always give the same answer.
 */
export function classifyBusiness(text: string, language: string): KindFact {
  const input = text.slice(0, MAX_CHARS);
  const folded = foldWithOffsets(input);
  const words = tokenize(folded.text);
  const copyLanguage = asCopyLanguage(language);
  const matches = findMatches(words, folded.text, copyLanguage);
  markCompounds(matches, words, folded.text, copyLanguage);
  markAudiences(matches, words);
  const descriptor = descriptorWords(words, folded.text, matches);
  const ranked = scoreKinds(matches, descriptor);
  const confidence = round(confidenceOf(ranked), 3);
  const best = ranked[0];
  const sure = best !== undefined && confidence >= KIND_CONFIDENCE_THRESHOLD;
  const id: BusinessKind = sure ? best.id : 'generic';
  const info = kindInfo(id);
  const noun = best && nounOf(best.id, matches, words, folded, input, descriptor, copyLanguage);
  return {
    id,
    family: info.family,
    schemaType: info.schemaType,
    confidence,
    ...(noun ? { noun } : {}),
    alternatives: ranked
      .slice(sure ? 1 : 0, (sure ? 1 : 0) + MAX_ALTERNATIVES)
      .map((kind) => ({ id: kind.id, score: round(kind.score, 2) })),
  };
}
