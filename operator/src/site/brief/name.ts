import { classifyBusiness } from './classify.ts';
import GRAMMAR from './data/names-grammar.json' with { type: 'json' };
import ROLES from './data/names-roles.json' with { type: 'json' };
import {
  fold,
  isCapitalised,
  isCommonWord,
  isCommonWordAnywhere,
  isPlacePreposition,
  type Token,
  tokenize,
} from './language.ts';
import { isCalendarOrLanguageWord, isCountryName, isKnownPlace } from './place.ts';
import type { NameFact } from './types.ts';

// The business's name, when the brief gives one: in quotes, after "called/chamada/genannt…", or as the
// capitalised words a brief starts with ("Padaria Ribeira, a family bakery…") or puts after what the
// business is ("Law firm Hargreaves & Pike in Leeds"). Never a city, a weekday or a sentence's first word.

export interface NameReading {
  name?: NameFact;
  /** What the brief put before the name ("Law firm", "Family-run pizzeria"), as written. */
  descriptor?: string;
  /** The spans of the brief used here (name, descriptor), for the readers that come after. */
  spans: string[];
  /** The name is a person's, worn by the business ("Don Tito, parrilla de barrio"): not one of its people. */
  personal?: boolean;
}

const set = (words: string[]) => new Set(words.map(fold));

const introWords = (phrase: string) => fold(phrase).replace(/’/g, "'").split(/\s+/);
// "We are …", and the writer's own "my name is …", "chamo-me …", whose name is a person's, not the business's.
const SELF_INTROS = ROLES.selfIntros.map(introWords);
const INTROS = [...GRAMMAR.intros.map(introWords), ...SELF_INTROS].sort((a, b) => b.length - a.length);
const ARTICLES = set(GRAMMAR.articles);
const PRONOUNS = set(GRAMMAR.pronouns);
const IS_VERBS = set(GRAMMAR.isVerbs);
const SINCE = set(GRAMMAR.since);
const LINKERS = set(GRAMMAR.linkers);
const TITLES = set(GRAMMAR.titles);
const NATIONALITIES = set(GRAMMAR.nationalities);
const PEOPLE_VERBS = set(ROLES.peopleVerbs.filter((verb) => !verb.includes(' ')));
const BY = set(['by', 'por', 'par', 'von', 'da', 'door']);
const GERMAN_BUSINESS = GRAMMAR.germanBusinessNouns.map(fold);
// Longest first, so "GmbH & Co. KG" wins over "GmbH".
const LEGAL_FORMS = [...GRAMMAR.legalForms].sort((a, b) => b.length - a.length);
const PLATFORM_NAMES = set(GRAMMAR.platformNames);
const COMPANY_WORDS = set(GRAMMAR.companyWords);
/** "FlatFix", "PlantPal": a word capitalised inside is a product's or a business's name. */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u;
// "a shop cat called Marlowe", "her son named Tiago": what is called that is not the business.
const ROLE_WORDS = set(ROLES.roles.filter((role) => !role.includes(' ')));
const NOT_NAMED_BUSINESS = new Set([...set(GRAMMAR.notNamedBusiness), ...ROLE_WORDS]);
// A name may end in an abbreviation whose full stop is its own: "Crumb & Co.", "Hargreaves Bros.".
const NAME_ABBREVIATION = /(?:^|[\s&])(?:co|inc|ltd|bros|corp|cia|sa|gmbh|kg)\.$/iu;
// Lower-case words inside a name: "Casa do Pão", "Hargreaves and Pike", "Gasthaus am See".
const JOINERS = set([
  'de',
  'do',
  'da',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'des',
  'la',
  'le',
  'les',
  'el',
  'y',
  'e',
  'et',
  'und',
  'and',
  'of',
  'the',
  'am',
  'im',
  'an',
  'van',
  'von',
  'der',
  'den',
  'zu',
  'zum',
  'zur',
  "'n",
]);
const CALLED_SOURCE = `(?<![\\p{L}])(?:${GRAMMAR.called
  .map((phrase) =>
    phrase
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, "['’]")
      .replace(/\s+/g, '\\s+'),
  )
  .join('|')})(?![\\p{L}])`;
const CALLED = new RegExp(CALLED_SOURCE, 'giu');
const ENDS_CALLED = new RegExp(`${CALLED_SOURCE}\\s*$`, 'iu');
const QUOTES: RegExp[] = [
  /“([^“”]{1,80})”/gu,
  /„([^“”„]{1,80})[“”]/gu,
  /«\s?([^«»]{1,80}?)\s?»/gu,
  /(?<![\p{L}\p{N}])"([^"]{1,80})"(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])‘([^‘’]{1,80})’(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])'([^']{1,80})'(?![\p{L}\p{N}])/gu,
];

const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';
/** The degrees a German doctor's title carries: "Dr. med. dent.". */
const ACADEMIC = /^(?:med|dent|rer|nat|phil|jur|vet|habil)\.$/u;

/** A word that can be part of a name: capitalised, a number ("3 Irmãos"), or "d'Oro"/"l'Atelier". */
function nameWord(token: Token | undefined): boolean {
  return (
    isWord(token) &&
    (isCapitalised(token.text) || /^\p{N}/u.test(token.text) || /^[dl]['’]\p{Lu}/u.test(token.text))
  );
}

/** The name-like tokens from `start`: capitalised words joined by "&", "de", "and"…, up to eight words. */
function nameRun(tokens: Token[], start: number): Token[] {
  const run: Token[] = [];
  let i = start;
  while (i < tokens.length && run.filter(isWord).length < 8) {
    const token = tokens[i] as Token;
    if (nameWord(token)) {
      run.push(token);
      i++;
    } else if (run.length > 0 && (token.text === '&' || token.text === '+') && nameWord(tokens[i + 1])) {
      run.push(token, tokens[i + 1] as Token);
      i += 2;
    } else if (run.length > 0 && ACADEMIC.test(token.text)) {
      // "Dr. med. dent. Anna Schmidt"
      run.push(token);
      i++;
    } else if (
      run.length > 0 &&
      isWord(token) &&
      (JOINERS.has(fold(token.text)) ||
        // "La Cave à Reblochon", not "Onglerie à Toulon".
        (/^(?:à|au|aux)$/u.test(token.text) &&
          !isKnownPlace((tokens[i + 1] as Token | undefined)?.text ?? ''))) &&
      nameWord(tokens[i + 1])
    ) {
      run.push(token, tokens[i + 1] as Token);
      i += 2;
    } else if (
      // "Two Okes and a Bakkie", "Fish & the Chips".
      run.length > 0 &&
      (token.text === '&' || (isWord(token) && JOINERS.has(fold(token.text)))) &&
      isWord(tokens[i + 1]) &&
      ARTICLES.has(fold((tokens[i + 1] as Token).text)) &&
      nameWord(tokens[i + 2])
    ) {
      run.push(token, tokens[i + 1] as Token, tokens[i + 2] as Token);
      i += 3;
    } else break;
  }
  // A name does not end in a bare number ("Padaria Ribeira 1962").
  while (run.length > 1 && /^\p{N}+$/u.test((run.at(-1) as Token).text)) run.pop();
  return run;
}

function slice(text: string, tokens: Token[]): string {
  if (tokens.length === 0) return '';
  return text.slice((tokens[0] as Token).start, (tokens.at(-1) as Token).end);
}

/** What follows a name: the end, punctuation, "is", "since", "in", "with", "run by"… */
function endsName(token: Token | undefined): boolean {
  if (!token) return true;
  if (token.kind === 'punct') return token.text !== '&' && token.text !== '+';
  const key = fold(token.text);
  return IS_VERBS.has(key) || SINCE.has(key) || LINKERS.has(key) || isPlacePreposition(token.text);
}

/** "é" is Portuguese for "is"; folded, it would also be "e" ("and"): "Banho e tosa" states no name. */
function isVerb(word: string): boolean {
  const key = fold(word);
  return IS_VERBS.has(key) && (key !== 'e' || word.toLowerCase() === 'é');
}

/** A firmer end, for a one-word name: "Nomad, a surf school", "Nomad is a surf school", "Nomad – …". */
function firmlyEndsName(tokens: Token[], after: number): boolean {
  const token = tokens[after];
  if (!token) return false;
  if (token.kind === 'word') return isVerb(token.text);
  if (!/^[,:–—(-]$/u.test(token.text)) return false;
  // "Garten- und Landschaftsbau": a hyphen against the word shortens a compound; a spaced one is a dash.
  if (token.text === '-' && (tokens[after - 1] as Token).end === token.start) return false;
  // "Welcome, we are…" is a greeting, not a name.
  const next = tokens[after + 1];
  return !(isWord(next) && PRONOUNS.has(fold(next.text)));
}

function significant(run: Token[]): Token[] {
  return run.filter((t) => isWord(t) && !JOINERS.has(fold(t.text)));
}

/** Index of the first word after "We are", "Somos a", "Wir sind die"… and any article, from `from`. */
function skipIntro(tokens: Token[], from = 0): number {
  let i = from;
  // Leading emoji and dashes ("🍕 Pizzeria Bella Napoli") say nothing.
  while (
    i < tokens.length &&
    (tokens[i] as Token).kind === 'punct' &&
    !/["“„«‘']/u.test((tokens[i] as Token).text)
  )
    i++;
  const words = tokens.map((t) => fold(t.text).replace(/’/g, "'"));
  for (const intro of INTROS) {
    if (intro.every((word, k) => words[i + k] === word)) {
      i += intro.length;
      break;
    }
  }
  while (
    i < tokens.length &&
    isWord(tokens[i]) &&
    ARTICLES.has(words[i] as string) &&
    isWord(tokens[i + 1])
  ) {
    // "The Old Mill" keeps its article; "A Padaria Ribeira" does not.
    if (words[i] === 'the' && nameWord(tokens[i + 1])) break;
    i++;
  }
  return i;
}

/** "Maria and João run a bakery": the names are people, not the business ("run by" is not). */
function peopleFollow(tokens: Token[], after: number): boolean {
  const verb = tokens[after];
  return (
    isWord(verb) &&
    PEOPLE_VERBS.has(fold(verb.text)) &&
    !(isWord(tokens[after + 1]) && BY.has(fold((tokens[after + 1] as Token).text)))
  );
}

/**
 * A name must not be a place, a weekday, a nationality or a lone common word. After "called" a common word
 * is a name ("called Bloom"), and so is a possessive place ("Porto's", a bakery in Glendale).
 */
function plausibleName(value: string, run: Token[], language: string, called = false): boolean {
  const words = significant(run);
  if (words.length === 0) return false;
  // "aged 8-14", "Open 24/7": a name has letters ("7-Eleven" has).
  if (!/\p{L}/u.test(value)) return false;
  const possessive = words.length === 1 && /\p{L}['’]s$/u.test(value);
  if (!possessive && (isKnownPlace(value) || isCountryName(value))) return false;
  // "Order on WhatsApp": someone else's product.
  if (!called && words.some((t) => PLATFORM_NAMES.has(fold(t.text)))) return false;
  if (words.length === 1) {
    const word = (words[0] as Token).text;
    if (NATIONALITIES.has(fold(word)) || isCalendarOrLanguageWord(word)) return false;
    // "Owner: Maria Silva" names a person after a role ("Da Nonna" is a name).
    if (run.length === 1 && ROLE_WORDS.has(fold(word))) return false;
    if (!called && (isCommonWord(word, language) || isCommonWordAnywhere(word))) return false;
  }
  return true;
}

function titleLed(run: Token[]): boolean {
  return TITLES.has(fold((run[0] as Token).text));
}

function germanBusinessNoun(word: string): boolean {
  const key = fold(word);
  return GERMAN_BUSINESS.some((noun) => key.endsWith(noun));
}

/** The words before a name ("A family bakery called" → "family bakery") when they describe it. */
function descriptorBefore(text: string, tokens: Token[], before: number, from = 0): string | undefined {
  const words = tokens.slice(from, before);
  if (words.length === 0 || words.some((t) => t.kind === 'punct')) return undefined;
  const introEnd = skipIntro(words);
  let kept = words.slice(introEnd);
  const lastCalled = kept.findIndex((_, k) => k > 0 && ENDS_CALLED.test(slice(text, kept.slice(0, k + 1))));
  if (lastCalled > 0) kept = kept.slice(0, lastCalled);
  while (kept.length > 0 && ARTICLES.has(fold((kept[0] as Token).text))) kept = kept.slice(1);
  if (kept.length === 0 || kept.length > 5) return undefined;
  if (PRONOUNS.has(fold((kept[0] as Token).text))) return undefined;
  if (kept.some((t) => IS_VERBS.has(fold(t.text)) || LINKERS.has(fold(t.text)))) return undefined;
  return slice(text, kept);
}

function reading(value: string, source: NameFact['source'], descriptor?: string): NameReading {
  let clean = value.trim().replace(/^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„,;:.!?]+$/gu, '');
  if (NAME_ABBREVIATION.test(`${clean}.`) && value.trim().startsWith(`${clean}.`)) clean = `${clean}.`;
  const result: NameReading = { name: { value: clean, source }, spans: [clean] };
  if (descriptor) {
    result.descriptor = descriptor;
    result.spans.push(descriptor);
  }
  return result;
}

function quotedName(text: string, tokens: Token[]): NameReading | undefined {
  const found: { value: string; start: number }[] = [];
  for (const pattern of QUOTES) {
    for (const match of text.matchAll(pattern)) {
      const value = (match[1] ?? '').trim();
      const words = value.split(/\s+/).filter(Boolean);
      if (!/\p{L}/u.test(value) || words.length > 8) continue;
      // A quoted name starts like one; "'bread with soul'" is a motto.
      const before = text.slice(0, match.index);
      if (!/^[\p{Lu}\p{Lt}\p{N}]/u.test(value) && !ENDS_CALLED.test(before)) continue;
      found.push({ value, start: match.index });
    }
  }
  const first = found.sort((a, b) => a.start - b.start)[0];
  if (!first) return undefined;
  const before = tokens.findIndex((t) => t.start >= first.start);
  return reading(first.value, 'quoted', descriptorBefore(text, tokens, before < 0 ? tokens.length : before));
}

function calledName(text: string, tokens: Token[], language: string): NameReading | undefined {
  for (const match of text.matchAll(CALLED)) {
    const after = match.index + match[0].length;
    const at = tokens.findIndex((t) => t.start >= after);
    if (at < 0) continue;
    const markerAt = tokens.findIndex((t) => t.start >= match.index);
    const named = tokens[markerAt - 1];
    if (isWord(named) && NOT_NAMED_BUSINESS.has(fold(named.text))) continue;
    // After "called" the capitalised words are the name however they end ("called Crumb & Co. on a side
    // street"), and may be a common word ("chamamo-nos Retrovisor", "called Bloom").
    const run = nameRun(tokens, at);
    if (run.length === 0) continue;
    const value = slice(text, run);
    if (!plausibleName(value, run, language, true)) continue;
    return reading(value, 'called', descriptorBefore(text, tokens, markerAt));
  }
  return undefined;
}

/** "I'm Jess, …", "Chamo-me Inês e …": the brief starts with the writer naming themselves. */
function selfIntroduced(tokens: Token[]): boolean {
  const words = tokens.filter(isWord).map((t) => fold(t.text).replace(/’/g, "'"));
  return SELF_INTROS.some((intro) => intro.every((word, k) => words[k] === word));
}

/**
 * "Don Tito, parrilla de barrio en Palermo": lower-case words right after the comma say what a business is,
 * not what a person does ("Dra. Ana Lopes, dentista" is a person with a role).
 */
function businessFollows(tokens: Token[], from: number, language: string): boolean {
  const words: Token[] = [];
  for (let k = from; k < tokens.length && words.length < 3; k++) {
    const token = tokens[k] as Token;
    if (!isWord(token) || /^\p{Lu}/u.test(token.text)) break;
    words.push(token);
  }
  const first = words[0];
  if (!first || ROLE_WORDS.has(fold(first.text))) return false;
  return classifyBusiness(words.map((t) => t.text).join(' '), language).id !== 'generic';
}

function leadingName(text: string, tokens: Token[], language: string): NameReading | undefined {
  if (selfIntroduced(tokens)) return undefined;
  const start = skipIntro(tokens);
  const run = nameRun(tokens, start);
  const after = start + run.length;
  const words = significant(run);

  if (peopleFollow(tokens, after)) return undefined;
  if (
    words.length >= 2 &&
    titleLed(run) &&
    tokens[after]?.text === ',' &&
    businessFollows(tokens, after + 1, language)
  ) {
    return { ...reading(slice(text, run), 'proper-noun'), personal: true };
  }
  if (words.length >= 2 && !titleLed(run) && endsName(tokens[after])) {
    const value = slice(text, run);
    const firm = firmlyEndsName(tokens, after);
    // "Mobile DJ for weddings", "Suporte de TI para escritórios": what the business is, capitalised.
    const allCommon = words.every(
      (w) => isCommonWord(w.text, language) || classifyBusiness(w.text, language).id !== 'generic',
    );
    if (language === 'de' && !firm) {
      // Every German noun is capitalised: "Gemütliches Café" is not a name, "Bäckerei Schmidt" and
      // "Kinderarztpraxis Dr. Weber" are. The name runs from the first word that says what the business is.
      const from = run.findIndex((t, k) => k < run.length - 1 && isWord(t) && germanBusinessNoun(t.text));
      const named = from >= 0 ? run.slice(from) : [];
      if (significant(named).length >= 2 && plausibleName(slice(text, named), named, language)) {
        return reading(
          slice(text, named),
          'proper-noun',
          from > 0 ? slice(text, run.slice(0, from)) : undefined,
        );
      }
    } else if ((firm || !allCommon) && plausibleName(value, run, language)) {
      return reading(value, 'proper-noun');
    }
  }

  // "Dirndl, Lederhosen & Trachtenmode bei …": the first of a list of things, not a name.
  const listFollows =
    tokens[after]?.text === ',' &&
    isWord(tokens[after + 1]) &&
    /^(?:,|&|and|und|e|y|et|en)$/iu.test(tokens[after + 2]?.text ?? '');
  if (words.length === 1 && run.length === 1 && !listFollows) {
    const word = (run[0] as Token).text;
    const possessive = /\p{L}['’]s$/u.test(word) && endsName(tokens[after]);
    const firm = firmlyEndsName(tokens, after);
    if ((possessive || firm) && plausibleName(word, run, language)) {
      // "Porto, a bakery" would be odd; a big city on its own is a place, not a name. A possessive set off
      // from the rest ("Porto's — Cuban bakery", "Joe's, a diner") is a name whatever town it sounds like;
      // one that runs on into the sentence ("London's best bakery") is not.
      const place = isKnownPlace(word.replace(/['’]s$/u, ''), possessive ? 15_000 : 500_000);
      if (!place || (possessive && firm)) return reading(word, 'proper-noun');
    }
  }

  // "Law firm Hargreaves & Pike in Leeds", "Family-run pizzeria Da Nonna in Naples": a description in lower
  // case, then the name. Not in German, where the nouns of the description are capitalised too.
  if (language === 'de' || words.length > 1 || !isWord(tokens[start])) return undefined;
  // The description's first word may be capitalised (it starts the brief); the rest are lower case.
  let k = start + 1;
  for (; k < tokens.length && k - start <= 6; k++) {
    const token = tokens[k] as Token;
    if (!isWord(token)) return undefined;
    if (nameWord(token)) break;
    const key = fold(token.text);
    if (IS_VERBS.has(key) || SINCE.has(key)) return undefined;
    // "in Porto", "run by Ana": what follows is a place or a person, not the business's name.
    if ((LINKERS.has(key) || isPlacePreposition(token.text)) && nameWord(tokens[k + 1])) return undefined;
  }
  if (!nameWord(tokens[k]) || k - start > 6) return undefined;
  // "Yoga with teacher Ana Lopes": a role before the capitalised words makes them a person; "a cat named
  // Dickens" names what calledName() already turned down.
  if (ROLE_WORDS.has(fold((tokens[k - 1] as Token).text))) return undefined;
  if (ENDS_CALLED.test(text.slice(0, (tokens[k] as Token).start))) return undefined;
  const name = nameRun(tokens, k);
  if (name.length === 0 || !endsName(tokens[k + name.length])) return undefined;
  const value = slice(text, name);
  if (!plausibleName(value, name, language)) return undefined;
  return reading(value, 'proper-noun', descriptorBefore(text, tokens, k, start));
}

/**
 * "Dirndl, Lederhosen & Trachtenmode bei Trachten Pichler, Getreidegasse 12": in German, what is sold "bei"
 * two or more capitalised words set off by a comma or the sentence's end is sold at the business of that
 * name. Not a town ("bei Lüneburg") and not a person ("bei Anna Schmidt").
 */
function germanAtName(text: string, tokens: Token[], language: string): NameReading | undefined {
  if (language !== 'de') return undefined;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (fold((tokens[i] as Token).text) !== 'bei') continue;
    const run = nameRun(tokens, i + 1);
    const next = tokens[i + 1 + run.length];
    if (significant(run).length < 2 || (next && !/^[,.!;]$/u.test(next.text))) continue;
    const value = slice(text, run);
    if (isKnownPlace(value, 0) || !plausibleName(value, run, language)) continue;
    // "Optik Schmidt", "Trachten Pichler" (of "Trachtenmode"): a trade, then the family's name.
    const trade = fold((run[0] as Token).text);
    const tradeNamed =
      germanBusinessNoun(trade) ||
      classifyBusiness(trade, language).id !== 'generic' ||
      tokens.some((t) => isWord(t) && t !== run[0] && fold(t.text).startsWith(trade));
    if (signedByPerson(run, language) && !tradeNamed) continue;
    return reading(value, 'proper-noun');
  }
  return undefined;
}

/**
 * A German sentence after the first that starts with what the business is and its name, set off by a
 * comma or a full stop: "Wir sind ein kleiner Hofladen bei Lüneburg. … Hofladen Sonnenwiese, Familie
 * Brandt." German capitalises every noun, so the business noun is what tells a name from a noun phrase.
 */
function germanSentenceName(text: string, tokens: Token[], language: string): NameReading | undefined {
  if (language !== 'de') return undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!/^[.!?]$/u.test((tokens[i - 1] as Token).text)) continue;
    const run = nameRun(tokens, i);
    const first = run[0];
    if (!isWord(first) || !germanBusinessNoun(first.text) || significant(run).length < 2) continue;
    const next = tokens[i + run.length];
    if (next && !(next.kind === 'punct' && /^[,.!?;:–—(]$/u.test(next.text))) continue;
    const value = slice(text, run);
    const rest = significant(run).slice(1);
    if (rest.every((t) => isCommonWord(t.text, language))) continue;
    if (plausibleName(value, run, language)) return reading(value, 'proper-noun');
  }
  return undefined;
}

const SENTENCE_END = /^[.!?]$/u;
const CLAUSE_START = /^(?:[.!?,;:–—-]|\p{Extended_Pictographic}.*)$/u;
// What splits a closing sentence into clauses: "Moto Garage Marrickville — Liam 0412…", "Salt Yoga Studio,
// upstairs on Jonson St".
const CLAUSE_END = /^(?:[,|–—-]|\p{Extended_Pictographic}.*)$/u;
// Not ":": what follows a colon is labelled by what precedes it ("Trainerin: Sabine Huber").
const SEGMENT_END = /^(?:[.!?|–—-]|\p{Extended_Pictographic}.*)$/u;

/** The capitalised words right before `end`, walking back over "&", "de", "and"…, at most six words. */
function nameRunBefore(tokens: Token[], end: number): number {
  let start = end;
  while (start > 0 && end - start < 12) {
    const token = tokens[start - 1] as Token;
    if (nameWord(token)) start--;
    else if (
      (token.text === '&' || token.text === '+' || (isWord(token) && JOINERS.has(fold(token.text)))) &&
      nameWord(tokens[start - 2]) &&
      start < end
    )
      start--;
    else break;
  }
  // "Die Gießener Tafel e.V.": a capitalised article starts the sentence, not the name.
  while (start < end && isWord(tokens[start]) && ARTICLES.has(fold((tokens[start] as Token).text))) start++;
  return start;
}

/**
 * "Wir sind die Gießener Tafel e.V.", "Brandt GmbH", "Hargreaves Ltd": a legal form after capitalised words
 * says they are a registered name, in any position and any language. The form stays part of the name.
 */
function legalFormName(text: string, tokens: Token[], language: string): NameReading | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const at = (tokens[i] as Token).start;
    const form = LEGAL_FORMS.find(
      (candidate) =>
        text.startsWith(candidate, at) && !/[\p{L}\p{N}]/u.test(text.charAt(at + candidate.length)),
    );
    if (!form) continue;
    const start = nameRunBefore(tokens, i);
    const run = tokens.slice(start, i);
    if (significant(run).length === 0) continue;
    const value = slice(text, run);
    if (!plausibleName(value, run, language, true)) continue;
    // The form keeps its own full stop ("e.V."), which reading() would take for the sentence's.
    const name = text.slice((run[0] as Token).start, at + form.length);
    return { name: { value: name, source: 'proper-noun' }, spans: [name] };
  }
  return undefined;
}

/** "… Somos o Patinhas Felizes.", "… We are Crumb Bakery!": an introduction after the first sentence. */
function introducedName(text: string, tokens: Token[], language: string): NameReading | undefined {
  const words = tokens.map((t) => fold(t.text).replace(/’/g, "'"));
  for (let i = 1; i < tokens.length; i++) {
    if (!CLAUSE_START.test((tokens[i - 1] as Token).text)) continue;
    const intro = INTROS.find((phrase) => phrase.every((word, k) => words[i + k] === word));
    if (!intro) continue;
    // "Je suis Le Grand Zorbini": a writer introducing themselves with an article gives a stage or business
    // name (in Portuguese and Spanish an article before a first name is ordinary speech: "sou o João").
    const article = tokens[i + intro.length];
    const stageName =
      isWord(article) &&
      ARTICLES.has(fold(article.text)) &&
      nameWord(tokens[i + intro.length + 1]) &&
      ['en', 'fr', 'de'].includes(language);
    if (SELF_INTROS.includes(intro) && !stageName) continue;
    const start = skipIntro(tokens, i);
    const run = nameRun(tokens, start);
    const named = significant(run);
    const after = start + run.length;
    if (named.length === 0 || !endsName(tokens[after])) continue;
    if (
      named.length === 1 &&
      !firmlyEndsName(tokens, after) &&
      tokens[after] &&
      !SENTENCE_END.test((tokens[after] as Token).text)
    )
      continue;
    if (language === 'de' && named.every((t) => isCommonWord(t.text, language))) continue;
    const value = slice(text, run);
    if (plausibleName(value, run, language)) return reading(value, 'proper-noun');
  }
  return undefined;
}

/**
 * The last segment of a brief (after its last full stop, dash or emoji), when it is nothing but
 * capitalised words: where a brief is signed ("… Sur RDV uniquement ! Les Ongles de Léa").
 */
function signature(tokens: Token[]): { start: number; end: number } | undefined {
  let end = tokens.length;
  while (end > 0 && SEGMENT_END.test((tokens[end - 1] as Token).text)) end--;
  let start = end;
  while (start > 0 && !SEGMENT_END.test((tokens[start - 1] as Token).text)) start--;
  // A brief that is one segment is read from its start, by leadingName().
  if (start === 0 || start === end || nameRun(tokens, start).length !== end - start) return undefined;
  const words = tokens.map((t) => fold(t.text).replace(/’/g, "'"));
  if (SELF_INTROS.some((intro) => intro.every((word, k) => words[start + k] === word))) return undefined;
  return { start, end };
}

/**
 * "… Séance 60€. Camille Roux", "… DJ Chema": two or three words, none of them a common word, an article
 * or "&", sign the brief as a person, not as a business.
 */
function signedByPerson(segment: Token[], language: string): boolean {
  if (segment.length < 2 || segment.length > 3 || !segment.every(isWord)) return false;
  const personal = segment.every(
    (t) =>
      !ARTICLES.has(fold(t.text)) &&
      !COMPANY_WORDS.has(fold(t.text)) &&
      !isCommonWord(t.text, language) &&
      !germanBusinessNoun(t.text),
  );
  // "DJ Chema" says what the business does: a stage name is the business's.
  return personal && classifyBusiness(segment.map((t) => t.text).join(' '), language).id === 'generic';
}

/** Two or three capitalised words that read as a person's name ("Graham Reid"), not a business's. */
export function looksLikePersonName(text: string, language: string): boolean {
  const words = tokenize(text);
  return words.every((t) => isWord(t) && isCapitalised(t.text)) && signedByPerson(words, language);
}

/** The person a brief is signed with ("… Séance 60€. Camille Roux"), if it is signed by one. */
export function readSignature(text: string, language: string): string | undefined {
  const tokens = tokenize(text);
  const signed = signature(tokens);
  if (!signed) return undefined;
  const segment = tokens.slice(signed.start, signed.end);
  return signedByPerson(segment, language) ? slice(text, segment) : undefined;
}

/**
 * A brief that ends with the business's name, alone or in a clause of one of its last two sentences:
 * "… Sur RDV uniquement ! Les Ongles de Léa", "… Mark Fielding - Fielding Entertainment", "… La Querencia",
 * "Salt Yoga Studio, upstairs on Jonson St", "Northgate Insurance Brokers, 2 Bloor St W. 416-555-0199".
 */
function closingName(text: string, tokens: Token[], language: string): NameReading | undefined {
  const sentences: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || SENTENCE_END.test((tokens[i] as Token).text)) {
      if (i > start) sentences.push([start, i]);
      start = i + 1;
    }
  }
  for (const [from, to] of sentences.slice(-2).reverse()) {
    let clause = from;
    for (let i = from; i <= to; i++) {
      if (i < to && !CLAUSE_END.test((tokens[i] as Token).text)) continue;
      // The brief's first clause is read by leadingName().
      if (clause > 0 && i > clause) {
        const found = clauseName(text, tokens.slice(clause, i), language);
        if (found) return found;
      }
      clause = i + 1;
    }
  }
  return undefined;
}

/** A clause that is nothing but a business's name. */
function clauseName(text: string, clause: Token[], language: string): NameReading | undefined {
  const run = nameRun(clause, 0);
  // "10 Minuten zur Altstadt" is a distance, whatever German capitalises.
  if (run.length !== clause.length || !/^\p{L}/u.test(run[0]?.text ?? '')) return undefined;
  const words = letteredWords(run);
  if (words.length === 0) return undefined;
  // "Ilha Tec — contato@ilhatec.com.br": the words the brief's own web or mail domain spells are its name.
  const spelledByDomain = domainsOf(text).some((domain) =>
    domain.startsWith(words.map((t) => fold(t.text)).join('')),
  );
  if (!spelledByDomain && signedByPerson(run, language)) return undefined;
  const [first, second] = words as [Token, Token | undefined];
  // "La Querencia", "Le Blé Noir": an article and a name.
  const articled = ARTICLES.has(fold((run[0] as Token).text)) && run.length >= 2;
  if (words.length < 2 && !articled) return undefined;
  // "Call Dave", "Ask Maria": an imperative and a person, not a name ("Fielding Entertainment" and "DJ Maz"
  // are).
  if (
    words.length === 2 &&
    second &&
    !spelledByDomain &&
    classifyBusiness(first.text, language).id === 'generic' &&
    isCommonWord(first.text, language) &&
    !ARTICLES.has(fold(first.text)) &&
    !isCommonWord(second.text, language)
  )
    return undefined;
  // "Walk Ins Welcome", "Gas Safe Registered": title case of common words; "Salt Yoga Studio" has a word
  // that makes it a business.
  const businessWord = words.some((t) => COMPANY_WORDS.has(fold(t.text)) || germanBusinessNoun(t.text));
  if (!articled && !businessWord && words.every((t) => isCommonWord(t.text, language))) return undefined;
  // German capitalises every noun: "Pflaster und Rasen" is a phrase, "Blumenladen Rosa" a name.
  if (language === 'de' && !businessWord) return undefined;
  // "Dublin 24", "Salvador BA": a town and its district or state.
  if (isKnownPlace(first.text) && words.slice(1).every((t) => /^[A-Z]{2,3}$/u.test(t.text))) return undefined;
  const value = slice(text, run);
  return plausibleName(value, run, language) ? reading(value, 'proper-noun') : undefined;
}

/**
 * "Suporte de TI … Ilha Tec — contato@ilhatec.com.br": capitalised words that the brief's own mail or web
 * domain spells are the business's name, wherever they stand.
 */
function domainName(text: string, tokens: Token[], language: string): NameReading | undefined {
  const domains = domainsOf(text);
  if (domains.length === 0) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    // Whole runs only: "Quinta do Vale Escuro" for valeescuro.pt, not its last two words.
    const previous = tokens[i - 1];
    const joined = isWord(previous) && JOINERS.has(fold(previous.text)) && nameWord(tokens[i - 2]);
    if (!nameWord(tokens[i]) || nameWord(previous) || joined) continue;
    const run = nameRun(tokens, i);
    const words = letteredWords(run).map((t) => fold(t.text));
    if (words.length < 2) continue;
    const spelled = words.map((_, k) => words.slice(k).join('')).filter((_, k) => words.length - k >= 2);
    if (!domains.some((domain) => spelled.includes(domain))) continue;
    const value = slice(text, run);
    if (plausibleName(value, run, language, true)) return reading(value, 'proper-noun');
  }
  return undefined;
}

/** The first label of every e-mail or web domain in the brief, folded: "ilhatec" of "contato@ilhatec.com.br". */
function domainsOf(text: string): string[] {
  return [...text.matchAll(/(?:@|\bwww\.|https?:\/\/)([\p{L}\p{N}-]+)\./gu)].map((m) =>
    fold(m[1] ?? '').replace(/-/g, ''),
  );
}

/** The words of a run that carry letters, without joiners ("de", "and") or numbers. */
function letteredWords(run: Token[]): Token[] {
  return significant(run).filter((t) => /\p{L}/u.test(t.text));
}

/** "Wir haben FlatFix entwickelt": a word capitalised inside, not a platform's ("WhatsApp"), is a name. */
function productName(text: string, tokens: Token[]): NameReading | undefined {
  const word = tokens.find((t) => isWord(t) && CAMEL_CASE.test(t.text) && !PLATFORM_NAMES.has(fold(t.text)));
  return word ? reading(text.slice(word.start, word.end), 'proper-noun') : undefined;
}

/**
 * The business's name and the descriptor the brief put before it. No name found leaves `name` undefined:
 * the generator builds one.
 */
export function readName(text: string, language: string): NameReading {
  const tokens = tokenize(text);
  if (tokens.length === 0) return { spans: [] };
  return (
    quotedName(text, tokens) ??
    calledName(text, tokens, language) ??
    domainName(text, tokens, language) ??
    legalFormName(text, tokens, language) ??
    introducedName(text, tokens, language) ??
    leadingName(text, tokens, language) ??
    germanAtName(text, tokens, language) ??
    germanSentenceName(text, tokens, language) ??
    closingName(text, tokens, language) ??
    productName(text, tokens) ?? { spans: [] }
  );
}
