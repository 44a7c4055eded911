// Which kind of business a brief describes, scored from the vocabulary in data/kinds.json.
//
// How a brief is read:
// - Terms of all languages count; those of the brief's own language count in full, the others a
//   little less (a German brief may say "Tattoo-Studio", an English one "boulangerie").
// - A strong term (it names the business) weighs five times a weak one (a product or an occasion).
// - Where terms overlap, the longest wins: "yoga retreat" is a retreat, not a yoga studio; "clínica
//   veterinária" a vet, not a clinic; "Kinderarztpraxis" a paediatric practice, not any doctor's.
// - Where two kinds' strong terms form one compound, one of them only modifies the other and counts as
//   weak. A generic head ("shop", "clinic", "school", "agency") yields to what qualifies it in any
//   language: "gelato shop", "physiotherapy clinic", "escola de surf", "Praxis für Physiotherapie". Between
//   two specific terms English puts the head last: "boutique hotel", "bakery café".
// - Software heads whatever it is about, before or after it: "fitness tracking app", "software de reservas
//   para peluquerías" and "Fitness-App" are technology; the sport or trade in them counts as weak.
// - A food or drink hint next to a word for a stall or vehicle names the place that sells it: "taco truck",
//   "burger joint", "puesto de tacos", "Currywurst-Bude".
// - A strong term after "for" (para, pour, für) names the customers, not the business, and counts as weak:
//   "a booking platform for restaurants", "software para clínicas".
// - The owner's story is not the business: what follows "as a" ("my job as a school teacher"), what a past
//   job names ("yo trabajaba en una escuela"), and a bare "shop", "clinic", "school" or "agency" once the
//   business has been named ("the shop is tiny") all count as weak.
// - What a first person says they do names the business until a noun has: "I teach guitar" is a music
//   teacher, "we clean houses" a cleaning business, "dou aulas de piano" teaching (see applyActivities).
// - Earlier mentions weigh more, and most of all those in the brief's descriptor: its opening phrase
//   ("Brewery taproom in Asheville"), what follows "is a", "we run a" or ", a" ("Ink & Iron, a tattoo
//   studio"), and the term before "called" ("a little florist called Bloom & Bough").
// - Past the opening (OPENING_WORDS) a mention counts ever less, so a long brief keeps the kind and the
//   confidence its opening gave it, however much it goes on to tell.
// - Terms of Italian and Dutch, which are read but not written, count in full in briefs of those languages.
// Confidence combines how strong the best kind is with its margin over the runner-up; a runner-up of the
// same family costs half as much, since the layout would be the same. Below KIND_CONFIDENCE_THRESHOLD the
// brief is "generic" and the generator leans on the brief's own words.

import { type BusinessKind, type KindFamily, kindInfo } from '@pagemagic/crds/site-document';
import {
  foldChar,
  KIND_VOCABULARY,
  parseTerm,
  TERM_LANGUAGES,
  type TermLanguage,
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
/**
 * A brief says what the business is in its opening; past this many words a mention counts OPENING_WORDS / n
 * of what it would, so a long brief's story (a past job, the husband's trade, "the shop" twenty times) adds
 * little and the kind keeps the confidence its opening gave it.
 */
const OPENING_WORDS = 40;
/** Repeated evidence for one kind adds less each time: weights sorted high to low, times REPEAT^i. */
const REPEAT = 0.6;
/** A kind's score s gives strength s / (s + HALF_STRENGTH): one early strong term is about 0.8. */
const HALF_STRENGTH = 4;
/** A runner-up of the same family as the best counts this much against the margin. */
const SAME_FAMILY_RIVAL = 0.5;
const MAX_ALTERNATIVES = 5;
/** Briefs are mostly a sentence or two; longer text is read only this far, which bounds the time taken. */
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
  classes: Partial<Record<TermLanguage, Strength>>;
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
      for (const language of TERM_LANGUAGES) {
        for (const raw of vocabulary[strength][language] ?? []) {
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
  /** Made strong by what the owner says they do ("we build websites"): it names the business, never a head to qualify. */
  activity?: boolean;
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

function findMatches(words: Word[], text: string, language: TermLanguage | undefined): Match[] {
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
    const aGeneric = GENERIC_HEADS.has(a.kind) && !a.activity;
    const bGeneric = GENERIC_HEADS.has(b.kind) && !b.activity;
    const aSoftware = isSoftwareHead(a, b);
    const bSoftware = isSoftwareHead(b, a);
    let modifier: Match | undefined;
    let head: Match | undefined;
    if (aSoftware !== bSoftware) [modifier, head] = aSoftware ? [b, a] : [a, b];
    else if (aGeneric && !bGeneric) [modifier, head] = [a, b];
    else if (bGeneric && !aGeneric) [modifier, head] = [b, a];
    else if (language === 'en' && between.length === 0) [modifier, head] = [a, b];
    if (!modifier || !head) continue;
    modifier.modifier = true;
    head.compound = { firstWord: a.firstWord, lastWord: b.lastWord };
  }
}

/**
 * Once a brief has named its business, a bare generic head or the head word of that name refers back to it:
 * in "a little florist … the shop is tiny" the shop is the florist's, and after "dog grooming salon", "the
 * salon" is no hair salon.
 */
function markBackReferences(matches: Match[], words: Word[]): void {
  let named = false;
  // The last words of what named the business: after a "dog grooming salon", "the salon" is the same one.
  const heads = new Set<string>();
  for (const match of matches) {
    if (match.strength !== 'strong' || match.modifier) continue;
    const single = match.firstWord === match.lastWord && !match.compound;
    const word = (words[match.lastWord] as Word).text;
    if (named && single && (GENERIC_HEADS.has(match.kind) || heads.has(word))) {
      match.modifier = true;
      continue;
    }
    if (!GENERIC_HEADS.has(match.kind)) named = true;
    heads.add((words[match.compound?.lastWord ?? match.lastWord] as Word).text);
  }
}

/**
 * Kinds whose terms ("app", "software", "platform", "IT support") head whatever business they are about:
 * a "fitness tracking app", a "software de reservas" or a "Fitness-App" is technology, not a gym.
 */
const SOFTWARE_HEADS: ReadonlySet<KindFamily> = new Set(['technology']);
/** Up to this many words may stand between a software head and the kind it is about ("fitness tracking app"). */
const SOFTWARE_HEAD_REACH = 3;

function isSoftwareHead(match: Match, other: Match): boolean {
  const family = kindInfo(match.kind).family;
  return SOFTWARE_HEADS.has(family) && kindInfo(other.kind).family !== family;
}

/**
 * English and German put the head last and may put words between it and what it is about: in "fitness
 * tracking app for climbers" the app is the business and "fitness" only says what it tracks. Looks back
 * from each software head over up to SOFTWARE_HEAD_REACH words of the same phrase (no clause break,
 * preposition, article or "and") and makes other families' strong terms there modifiers.
 */
function markSoftwareHeads(matches: Match[], words: Word[], text: string): void {
  const endingAt = new Map<number, Match[]>();
  for (const m of matches) endingAt.set(m.lastWord, [...(endingAt.get(m.lastWord) ?? []), m]);
  for (const head of matches) {
    if (head.strength !== 'strong' || head.modifier || !SOFTWARE_HEADS.has(kindInfo(head.kind).family))
      continue;
    let first = head.firstWord;
    let at = head.firstWord - 1;
    let reach = SOFTWARE_HEAD_REACH;
    while (at >= 0 && reach > 0) {
      const word = words[at] as Word;
      const gap = text.slice(word.end, (words[at + 1] as Word).start);
      if (!COMPOUND_GAP.test(gap) || PHRASE_STOPS.has(word.text)) break;
      const ending = (endingAt.get(at) ?? []).filter((m) => m.firstWord < head.firstWord);
      const start = Math.min(at, ...ending.map((m) => m.firstWord));
      for (const m of ending) {
        // Other families' strong terms become modifiers; hints only widen the noun ("meditation app").
        if (m.strength === 'strong' && isSoftwareHead(head, m)) m.modifier = true;
        first = Math.min(first, m.firstWord);
      }
      reach -= at - start + 1;
      at = start - 1;
    }
    if (first < head.firstWord) {
      const firstWord = Math.min(first, head.compound?.firstWord ?? first);
      head.compound = { firstWord, lastWord: head.compound?.lastWord ?? head.lastWord };
    }
  }
}

/**
 * Words that, after a food or drink (en, de) or before one (pt, es, fr), make it the name of the place that
 * sells it: "taco truck", "burger joint", "brunch spot", "Crêpes-Stand", "puesto de tacos", "carrinha de
 * gelados". Only hints of the food and drink family are read this way ("bike stand" is not a shop).
 */
const VENDOR_HEADS_AFTER = wordSet(
  'joint joints truck trucks van vans cart carts stall stalls stand stands shack kiosk hut trailer place spot',
  'stand wagen bude',
);
const VENDOR_HEADS_BEFORE = wordSet(
  'carrinha carrinho roulotte rulote quiosque banca barraca camiao',
  'puesto carrito camion quiosco caseta furgoneta',
  'camion baraque kiosque cabane stand comptoir',
);
const VENDOR_LINKS = wordSet('de da do das dos del d du des a au aux al');
const VENDOR_FAMILIES: ReadonlySet<KindFamily> = new Set(['food-drink']);

function promoteVendorHints(matches: Match[], words: Word[], text: string): Match[] {
  const promoted: Match[] = [];
  const joined = (left: number) =>
    PHRASE_GAP.test(text.slice((words[left] as Word).end, (words[left + 1] as Word).start));
  for (const match of matches) {
    if (!VENDOR_FAMILIES.has(kindInfo(match.kind).family)) continue;
    const after = words[match.lastWord + 1];
    if (after && match.end === (words[match.lastWord] as Word).end && VENDOR_HEADS_AFTER.has(after.text)) {
      if (joined(match.lastWord)) {
        // A strong term keeps its strength and only takes the head into its words ("ice cream van").
        Object.assign(match, { strength: 'strong', lastWord: match.lastWord + 1, end: after.end });
        promoted.push(match);
        continue;
      }
    }
    if (match.strength !== 'weak') continue;
    for (let links = 1; links <= 2; links++) {
      const headAt = match.firstWord - links - 1;
      const head = words[headAt];
      if (!head || !VENDOR_HEADS_BEFORE.has(head.text)) continue;
      const linked = words.slice(headAt + 1, match.firstWord).every((w) => VENDOR_LINKS.has(w.text));
      let phrase = true;
      for (let w = headAt; w < match.firstWord && phrase; w++) phrase = joined(w);
      if (linked && phrase) {
        Object.assign(match, { strength: 'strong', firstWord: headAt, start: head.start });
        promoted.push(match);
        break;
      }
    }
  }
  // The longer match wins, as in resolveOverlaps: the "van" of an "ice cream van" is no removal van.
  return matches
    .filter((m) => promoted.includes(m) || !promoted.some((p) => p.start <= m.start && m.end <= p.end))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * What an owner says they do names the business before any noun does: "I teach guitar and ukulele lessons",
 * "we clean houses and offices", "dou aulas de piano", "je donne des cours de chant", "ich gebe
 * Gitarrenunterricht". After a first person ("I", "we", "eu", "yo", "je", "ich"; or the verb alone
 * opening a Portuguese or Spanish brief, which drop the pronoun) the verb's object says what the business
 * is: its hints of the verb's families count as strong, and where it has none the verb names its own
 * kind ("I clean houses" is a cleaning business whatever is cleaned). "We do" and "we offer" promote any
 * hint but name nothing themselves. Like "have", this holds only until the business has been named: after
 * "Piano teacher in Bristol", "we also offer theory classes" is what it offers.
 */
interface Activity {
  /** The kinds the verb itself names, the first where the object names none: "I groom dogs" is a groomer. */
  kinds: readonly VocabularyKind[];
  /** Families whose hints in the object make the kind more specific: "I teach guitar" is a music teacher. */
  families: readonly KindFamily[] | 'any';
  /** Words one of which the object must hold: "dou" is "I give", and only "dou aulas" is teaching. */
  needs?: readonly string[];
}
/** Words for a lesson, which say it is teaching but not what is taught ("clases" is no yoga class). */
const LESSON_WORDS = ['aula', 'clase', 'cours', 'unterricht', 'lesson', 'class', 'explica', 'kurs'];
const ACTIVITY_LIST: [string, Activity][] = [
  [
    'teach teaches tutor ensino ensinamos leciono lecionamos enseno ensenamos enseigne enseignons unterrichte unterrichten',
    { kinds: ['school'], families: ['education', 'fitness'] },
  ],
  [
    'dou damos doy imparto impartimos donne donnons gebe geben',
    { kinds: ['school'], families: ['education', 'fitness'], needs: LESSON_WORDS },
  ],
  [
    'clean cleans limpo limpamos limpio limpiamos nettoie nettoyons putze putzen reinige reinigen',
    { kinds: ['cleaning'], families: [] },
  ],
  [
    'repair repairs fix fixes mend fit fits install installs instalo instalamos installe installons installiere installieren reparo reparamos arranjo arranjamos conserto consertamos arreglo arreglamos repare reparons depanne depannons repariere reparieren',
    { kinds: ['trades'], families: ['trades', 'technology'] },
  ],
  [
    'photograph photographs fotografo fotografamos fotografio fotografiamos photographie photographions fotografiere fotografieren',
    { kinds: ['photographer'], families: [] },
  ],
  ['bake bakes backe backen', { kinds: ['bakery'], families: [] }],
  [
    'cook cooks cater caters cozinho cozinhamos cocino cocinamos cuisine cuisinons koche kochen',
    { kinds: ['catering'], families: [] },
  ],
  [
    'train trains coach coaches treino treinamos entreno entrenamos entraine entrainons trainiere trainieren',
    { kinds: ['personal-trainer', 'dog-trainer'], families: ['fitness', 'education'] },
  ],
  ['groom grooms tosquio', { kinds: ['pet-groomer'], families: [] }],
  [
    'walk walks passeio passeamos paseo paseamos promene promenons',
    { kinds: ['pet-sitter'], families: [], needs: ['dog', 'pet', 'cao', 'caes', 'perro', 'chien', 'hund'] },
  ],
  [
    'design designs desenho desenhamos diseno disenamos gestalte gestalten',
    { kinds: ['portfolio'], families: ['creative', 'technology', 'trades', 'professional'] },
  ],
  [
    'build builds construo construimos construyo construis construisons baue bauen',
    { kinds: ['builder'], families: ['trades', 'technology', 'creative'] },
  ],
  [
    'do offer offers provide provides faco fazemos ofereco oferecemos hago hacemos ofrezco ofrecemos fais faisons propose proposons offre offrons mache machen biete bieten',
    { kinds: [], families: 'any' },
  ],
];
const ACTIVITIES: ReadonlyMap<string, Activity> = new Map(
  ACTIVITY_LIST.flatMap(([verbs, activity]) => verbs.split(' ').map((verb) => [verb, activity] as const)),
);
const FIRST_PERSONS = wordSet('i we', 'eu nos', 'yo nosotros nosotras', 'je nous', 'ich wir');
/** A word that may stand between the person and the verb: "I also teach", "we mainly clean". */
const ACTIVITY_ADVERBS = wordSet(
  'also mainly mostly just only now',
  'tambem so',
  'tambien solo',
  'aussi',
  'auch',
);
/** Pronoun-dropping languages: a brief may open with the verb ("Dou aulas de piano", "Limpio casas"). */
const PRO_DROP: ReadonlySet<string> = new Set(['pt', 'es']);

/** Applies first-person activities to the matches; returns the word indexes where an object phrase starts. */
function applyActivities(
  matches: Match[],
  words: Word[],
  text: string,
  language: CopyLanguage | undefined,
): { matches: Match[]; starts: number[] } {
  const starts: number[] = [];
  const added: Match[] = [];
  for (let i = 0; i < words.length && i <= OPENING_WORDS; i++) {
    const word = words[i] as Word;
    const activity = ACTIVITIES.get(word.text);
    if (!activity) continue;
    const before = words[i - 1]?.text ?? '';
    const subject =
      FIRST_PERSONS.has(before) ||
      (ACTIVITY_ADVERBS.has(before) && FIRST_PERSONS.has(words[i - 2]?.text ?? '')) ||
      // "we sell and fit tyres", "I design and build": the second of two verbs.
      (CONJUNCTIONS.has(before) && FIRST_PERSONS.has(words[i - 3]?.text ?? '')) ||
      (i === 0 && language !== undefined && PRO_DROP.has(language));
    if (!subject) continue;
    // "treino de cães", "design de interiores": a term that opens with the verb's word names the business,
    // unless it is only the verb ("I photograph newborns"), which names the kind but is no noun for it.
    const covering = matches.filter((m) => m.strength === 'strong' && m.firstWord <= i && i <= m.lastWord);
    for (const m of covering) if (m.firstWord === i && m.lastWord === i) m.activity = true;
    if (covering.length > 0) continue;
    // Once the business is named, what it does is what it offers.
    if (matches.some((m) => m.strength === 'strong' && m.firstWord < i)) break;
    let last = i;
    for (let j = i + 1; j < words.length && j <= i + DESCRIPTOR_WORDS; j++) {
      const next = words[j] as Word;
      if (CLAUSE_BREAK.test(text.slice((words[j - 1] as Word).end, next.start))) break;
      if (STOP_WORDS.has(next.text)) break;
      last = j;
    }
    if (last === i) continue;
    const object = words.slice(i + 1, last + 1);
    if (activity.needs && !object.some((w) => activity.needs?.some((need) => w.text.includes(need))))
      continue;
    const inObject = matches.filter((m) => m.firstWord > i && m.firstWord <= last);
    const own = (m: Match) => activity.kinds.includes(m.kind);
    const fits = (m: Match) =>
      own(m) || activity.families === 'any' || activity.families.includes(kindInfo(m.kind).family);
    if (!inObject.some((m) => m.strength === 'strong' && fits(m))) {
      // The verb's own kinds first; else the hints of its families, but not a lesson word on its own.
      const lesson = (m: Match) => LESSON_WORDS.some((stem) => text.slice(m.start, m.end).includes(stem));
      const hints = inObject.filter((m) => m.strength === 'weak' && fits(m) && !lesson(m));
      const chosen = hints.some(own) ? hints.filter(own) : hints;
      for (const m of chosen) Object.assign(m, { strength: 'strong', activity: true });
      const fallback = activity.kinds[0];
      if (chosen.length === 0 && fallback) {
        added.push({
          kind: fallback,
          start: word.start,
          end: word.end,
          firstWord: i,
          lastWord: i,
          strength: 'strong',
          languageFactor: 1,
          activity: true,
        });
      }
    }
    starts.push(i, i + 1);
    break;
  }
  const all =
    added.length === 0 ? matches : [...matches, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  return { matches: all, starts };
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

/**
 * "after I left my job as a primary school teacher", "Dave, who trained as a carpenter", "twenty years as
 * a nurse": a past role, not the business. Up to one word ("qualified") may stand between the article and
 * the term. "I work as a photographer" and "I have worked as a photographer" are the business still.
 */
function markRoles(matches: Match[], words: Word[]): void {
  for (const match of matches) {
    if (match.strength !== 'strong' || match.modifier) continue;
    for (const back of [1, 2]) {
      const at = match.firstWord - back;
      const article = words[at]?.text ?? '';
      const context = words[at - 2]?.text ?? '';
      if (!ROLE_ARTICLES.has(article) || words[at - 1]?.text !== 'as' || !ROLE_CONTEXT.has(context)) continue;
      if (context === 'worked' && PERFECT.has(words[at - 3]?.text ?? '')) continue;
      match.modifier = true;
      break;
    }
  }
}
const ROLE_ARTICLES = wordSet('a an');
const ROLE_CONTEXT = wordSet(
  'job jobs career years year time days life trained worked retired formerly previously once',
);

/**
 * Verbs in a past tense that tell the owner's story: "before this I worked as a nurse on a children's
 * ward", "yo trabajaba como profesora en una escuela y Andrés era cocinero en un restaurante". Other
 * families' strong terms in the rest of that clause are where someone worked, not the business. "I have
 * worked as a photographer for ten years" is still the business: a perfect tense does not count in English.
 */
const WORK_HISTORY = wordSet(
  'worked',
  'trabalhava trabalhei trabalhavamos',
  'trabajaba trabaje trabajabamos',
  'travaillais travaillait travaillions',
  'arbeitete arbeiteten',
);
/** Auxiliaries that make the English past a perfect, and French ones that make "travaillé" a past. */
const PERFECT = wordSet('have ve has');
const FRENCH_PAST = wordSet('ai avons avait avais');
/** Words that end the story clause before a clause break: "… and now I run a florist". */
const NOW_WORDS = wordSet('now today', 'agora hoje', 'ahora hoy', 'maintenant aujourd', 'jetzt heute');
const HISTORY_WORDS = 16;

function markHistory(matches: Match[], words: Word[], text: string): void {
  const starting = new Map<number, Match[]>();
  for (const m of matches) starting.set(m.firstWord, [...(starting.get(m.firstWord) ?? []), m]);
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] as Word).text;
    const before = words[i - 1]?.text ?? '';
    const past =
      (WORK_HISTORY.has(word) && !PERFECT.has(before)) || (word === 'travaille' && FRENCH_PAST.has(before));
    if (!past) continue;
    const owner = matches.find((m) => m.firstWord <= i && i <= m.lastWord)?.kind;
    for (let j = i + 1; j < words.length && j <= i + HISTORY_WORDS; j++) {
      const next = words[j] as Word;
      if (CLAUSE_BREAK.test(text.slice((words[j - 1] as Word).end, next.start))) break;
      if (NOW_WORDS.has(next.text) || RUN_VERBS.has(next.text) || HAVE_VERBS.has(next.text)) break;
      for (const m of starting.get(j) ?? [])
        if (m.strength === 'strong' && m.kind !== owner) m.modifier = true;
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
// Verbs by which an owner says what the business is: "I run a small bakery", "nous tenons une épicerie".
const RUN_VERBS = wordSet(
  'run runs own owns operate operates manage manages',
  'gerimos gero explora exploramos',
  'llevamos regentamos gestionamos regento',
  'tenons tiens tient gerons gere',
  'betreiben betreibe betreibt fuhren fuhre fuhrt',
);
// "I have a little florist", "tenemos una pequeña panadería": "have" says what the business is only until
// it has been named; after that "we also have a restaurant" or "we have a proper shop" is what it has.
// First persons only: "the hotel has a sauna" is a room.
const HAVE_VERBS = wordSet('have', 'temos tenho', 'tenemos tengo', 'avons ai', 'haben habe');
const ARTICLES = wordSet(
  'a an the',
  'um uma o',
  'un una el la',
  'une le l',
  'ein eine einen einer der die das',
);
const DESCRIPTOR_WORDS = 6;
/** Third persons: what "he is", "ela é", "il est" is someone's trade, not the business's. */
const PERSONS = wordSet('he she', 'ele ela', 'el ella', 'il elle', 'er');
/** "a little florist called Bloom & Bough": the term before the business's name says what it is. */
const NAMING = wordSet(
  'called named',
  'chamado chamada chamados',
  'llamado llamada llamados',
  'appele appelee nomme nommee',
  'namens genannt',
);

const CONJUNCTIONS = wordSet('and or plus', 'e ou', 'y o', 'et', 'und oder');
/** Words a noun phrase does not run across. */
const PHRASE_STOPS = new Set([
  ...STOP_WORDS,
  ...COPULAS,
  ...RUN_VERBS,
  ...HAVE_VERBS,
  ...ARTICLES,
  ...CONJUNCTIONS,
]);

/**
 * Word indexes of the descriptor: the opening phrase, and what follows "is a", "we run a" or ", a", or
 * "is" straight before a term that names a business ("Ledgerly is invoicing software"). Each runs to the
 * first clause break or preposition, and ends with the term that names the business unless another term,
 * or "and" and a term, follows: "bakery and café" is one descriptor, "studio building apps" is not.
 */
function descriptorWords(
  words: Word[],
  text: string,
  matches: Match[],
  activityStarts: number[],
): Set<number> {
  const inside = new Set<number>();
  const starts = new Set(matches.map((m) => m.firstWord));
  // A modifier does not end the phrase: "climbing gym booking app" runs on to its head.
  const heads = matches.filter((m) => m.strength === 'strong' && !m.modifier);
  const strongEnds = new Set(heads.map((m) => m.lastWord));
  const strongStarts = new Set(matches.filter((m) => m.strength === 'strong').map((m) => m.firstWord));
  const firstNamed = Math.min(...heads.map((m) => m.lastWord));
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
  for (const start of activityStarts) take(start);
  for (let j = 0; j + 1 < words.length; j++) {
    const word = words[j] as Word;
    const next = (words[j + 1] as Word).text;
    const verb =
      COPULAS.has(word.text) || RUN_VERBS.has(word.text) || (j <= firstNamed && HAVE_VERBS.has(word.text));
    // "(he is a carpenter, not a builder)" describes a person in the story, not the business.
    const says = verb && !PERSONS.has(words[j - 1]?.text ?? '');
    if (says && ARTICLES.has(next)) take(j + 2);
    else if (says && COPULAS.has(word.text) && (strongStarts.has(j + 1) || strongStarts.has(j + 2)))
      take(j + 1);
    if (NAMING.has(next)) {
      for (const m of heads) if (m.lastWord === j) for (let w = m.firstWord; w <= j; w++) inside.add(w);
    }
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
  const early = POSITION_FLOOR + (1 - POSITION_FLOOR) * Math.exp(-match.firstWord / POSITION_DECAY_WORDS);
  const position = match.firstWord > OPENING_WORDS ? (early * OPENING_WORDS) / match.firstWord : early;
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
    // A verb or a hint the owner does ("I teach", "websites") is no name for the business.
    if (match.activity) continue;
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

function asTermLanguage(language: string): TermLanguage | undefined {
  const code = language.trim().toLowerCase().slice(0, 2);
  return (TERM_LANGUAGES as readonly string[]).includes(code) ? (code as TermLanguage) : undefined;
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
  const found = findMatches(words, folded.text, asTermLanguage(language));
  const activity = applyActivities(
    promoteVendorHints(found, words, folded.text),
    words,
    folded.text,
    copyLanguage,
  );
  const matches = activity.matches;
  markCompounds(matches, words, folded.text, copyLanguage);
  markSoftwareHeads(matches, words, folded.text);
  markAudiences(matches, words);
  markRoles(matches, words);
  markHistory(matches, words, folded.text);
  markBackReferences(matches, words);
  const descriptor = descriptorWords(words, folded.text, matches, activity.starts);
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
