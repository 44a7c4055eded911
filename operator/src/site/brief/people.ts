import GRAMMAR from './data/names-grammar.json' with { type: 'json' };
import ROLES from './data/names-roles.json' with { type: 'json' };
import { fold, isCapitalised, isCommonWordAnywhere, type Token, tokenize } from './language.ts';
import { isCalendarOrLanguageWord, isCountryName, isKnownPlace } from './place.ts';
import type { PersonFact } from './types.ts';

// The people a brief names, with the role it gives them: "run by chef Ana Costa and her brother Rui",
// "Dr. Anna Weber and Dr. Lena Vogt", "owner Maria", "fundada por João Silva", "geleitet von Dr. Weber".
// Names and roles are kept as written; a person the brief only counts ("two doctors") is not a person here.

/** A token's lookup key: folded, with either apostrophe ("I’m" is "I'm"). */
const key = (text: string) => fold(text).replace(/’/g, "'");
const words = (phrase: string) => key(phrase).split(/\s+/);
const byLength = (a: string[], b: string[]) => b.length - a.length;

/** Phrases by their first word, longest first, so a lookup at each word of the brief is one map read. */
function phraseIndex(phrases: string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases.map(words).sort(byLength)) {
    const first = phrase[0] as string;
    index.set(first, [...(index.get(first) ?? []), phrase]);
  }
  return index;
}

const ROLE_PHRASES = phraseIndex(ROLES.roles);
const BY_PHRASES = phraseIndex(ROLES.byPhrases);
const PEOPLE_VERBS = phraseIndex(ROLES.peopleVerbs);
const POSSESSIVES = new Set(ROLES.possessives.map(fold));
const SELF_INTROS = phraseIndex(ROLES.selfIntros);
const GROUP_INTROS = phraseIndex(ROLES.groupIntros);
const CONTACT_PHRASES = phraseIndex(ROLES.contactPhrases);
const BY_WORDS = new Set(ROLES.byWords.map(fold));
const NOT_PEOPLE = new Set(ROLES.notPeople.map(fold));
const NATIONALITIES = new Set(GRAMMAR.nationalities.map(fold));
const IRREGULAR_PARTICIPLES = new Set(ROLES.participles.irregular.map(fold));
const PARTICIPLE_ENDINGS = ROLES.participles.endings as Record<string, string[]>;
const PARTICIPLE_PREFIXES = ROLES.participles.prefixes as Record<string, string>;
// The article Portuguese and Spanish put before a first name: "somos a Sara e o Miguel", "soy la Carmen".
const NAME_ARTICLES = new Set(['o', 'a', 'el', 'la', 'le', 'der', 'die', 'il', 'lo']);
// The singular articles that start a description of one thing: "…, a diner", "…, uma padaria".
const SINGULAR = new Set(['a', 'an', 'um', 'uma', 'un', 'una', 'une', 'ein', 'eine', 'uno', 'een']);
// German job nouns are capitalised like names: "Ich bin Fotografin" is a job, "Ich bin Lena" a person.
const GERMAN_JOB = /(?:erin|eurin|istin|ärztin|innen|meister|berater|planer|lehrer|trainer|händler|macher)$/u;
const GERMAN_JOB_AFTER = new Set(['in', 'im', 'aus', 'für', 'mit', 'bei', 'seit', 'von', 'am']);
// Person titles; "St." is a saint (a place), not a person's title.
const TITLES = new Set(GRAMMAR.titles.map(fold).filter((t) => !/^ste?\.?$/.test(t)));
const PARTICLES = new Set([
  'da',
  'de',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'ten',
  'ter',
  'y',
]);
const AND = new Set(['and', 'e', 'y', 'et', 'und', 'en', '&', ',', 'ed', '+']);

const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';

/** The length of the phrase (in tokens) that starts at `at`, or 0. */
function phraseAt(tokens: Token[], at: number, phrases: Map<string, string[][]>): number {
  const first = tokens[at];
  if (!isWord(first)) return 0;
  for (const phrase of phrases.get(key(first.text)) ?? []) {
    if (phrase.every((word, k) => isWord(tokens[at + k]) && key((tokens[at + k] as Token).text) === word)) {
      return phrase.length;
    }
  }
  return 0;
}

function slice(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
}

interface Found {
  person: PersonFact;
  /** Index of the token after the person. */
  next: number;
}

/** A person's name at `at`: a title if any, then one to four capitalised words ("João da Silva"). */
function personAt(text: string, tokens: Token[], at: number): { name: string; next: number } | undefined {
  let i = at;
  const titled = isWord(tokens[i]) && TITLES.has(fold((tokens[i] as Token).text));
  if (titled) i++;
  // "Dr. med. dent. Anna Schmidt"
  while (titled && /^(?:med|dent|rer|nat|phil|jur|vet|habil)\.$/u.test(tokens[i]?.text ?? '')) i++;
  let names = 0;
  let end = i;
  while (i < tokens.length && names < 4) {
    const token = tokens[i] as Token;
    if (isWord(token) && isCapitalised(token.text) && !TITLES.has(fold(token.text))) {
      names++;
      i++;
      end = i;
    } else if (
      names > 0 &&
      isWord(token) &&
      PARTICLES.has(fold(token.text)) &&
      // "José Ortega y Gasset", but "Pablo y Nuria" are two people.
      (fold(token.text) !== 'y' || names >= 2) &&
      isCapitalised(tokens[i + 1]?.text ?? '')
    ) {
      i++;
    } else break;
  }
  if (names === 0) return undefined;
  return { name: slice(text, tokens, at, end), next: end };
}

/** A role at `at`, after an optional "her/his/sua…": "her brother", "chef", "Inhaberin". */
function roleAt(tokens: Token[], at: number, language: string): { from: number; next: number } | undefined {
  let i = at;
  // "her son Tiago": "son" is French for "his" too, so a role is looked for before a possessive is skipped.
  while (
    phraseAt(tokens, i, ROLE_PHRASES) === 0 &&
    isWord(tokens[i]) &&
    POSSESSIVES.has(fold((tokens[i] as Token).text)) &&
    isWord(tokens[i + 1])
  ) {
    i++;
  }
  const length = phraseAt(tokens, i, ROLE_PHRASES);
  if (length === 0) return undefined;
  const first = tokens[i] as Token;
  // In English, Portuguese, French… a capitalised role word mid-sentence is a name ("Baker Street"); in German
  // every noun is capitalised.
  if (language !== 'de' && isCapitalised(first.text) && i > 0 && tokens[i - 1]?.text !== '.')
    return undefined;
  // "the owner, Maria": after an article a comma may stand between the role and the name ("zwei Ärztinnen,
  // Mo–Fr" is a count and then the hours).
  const next = i + length;
  const article = i > at || (isWord(tokens[i - 1]) && POSSESSIVES.has(fold((tokens[i - 1] as Token).text)));
  const comma = article && tokens[next]?.text === ',' && isCapitalised(tokens[next + 1]?.text ?? '');
  // "Owner: Maria Silva", "Inhaberin: Anna Weber".
  const colon = tokens[next]?.text === ':' && isCapitalised(tokens[next + 1]?.text ?? '');
  return { from: i, next: comma || colon ? next + 1 : next };
}

function roleText(text: string, tokens: Token[], role: { from: number; next: number }): string {
  return slice(text, tokens, role.from, role.next).replace(/\s*[,:]$/u, '');
}

function plural(role: string): boolean {
  return /(?:s|innen|ärzte|anwälte)$/u.test(fold(role));
}

/** A role written after the name: "Ana Costa, head chef", "Rui (owner)". */
function roleAfter(
  text: string,
  tokens: Token[],
  at: number,
  language: string,
): { role: string; next: number } | undefined {
  const open = tokens[at];
  if (open?.kind !== 'punct' || (open.text !== ',' && open.text !== '(')) return undefined;
  const role = roleAt(tokens, at + 1, language);
  if (!role) return undefined;
  const after = tokens[role.next];
  const closes = !after || after.kind === 'punct' || AND.has(fold(after.text));
  if (!closes) return undefined;
  return { role: roleText(text, tokens, role), next: role.next + (after?.text === ')' ? 1 : 0) };
}

/** Role? name, then "and her brother Rui", "und Dr. Lena Vogt"… */
function personList(text: string, tokens: Token[], at: number, language: string, needRole: boolean): Found[] {
  const found: Found[] = [];
  let i = at;
  let shared: string | undefined;
  while (i < tokens.length) {
    const role = roleAt(tokens, i, language);
    const start = role ? role.next : i;
    const person = personAt(text, tokens, start);
    if (!person) break;
    if (needRole && !role && found.length === 0) break;
    const written = role ? roleText(text, tokens, role) : undefined;
    const fact: PersonFact = { name: person.name };
    let next = person.next;
    const after = written ? undefined : roleAfter(text, tokens, next, language);
    const given = written ?? after?.role ?? shared;
    if (given) fact.role = given;
    if (after) next = after.next;
    if (written && plural(written)) shared = written;
    found.push({ person: fact, next });
    // Another person follows "and", "&" or a comma, perhaps after an article ("e o Miguel").
    const joiner = tokens[next];
    if (!joiner || !AND.has(fold(joiner.text))) break;
    const afterJoiner = articleSkipped(tokens, next + 1);
    const following = roleAt(tokens, afterJoiner, language);
    const nextStart = following ? following.next : afterJoiner;
    if (!personAt(text, tokens, nextStart)) break;
    i = afterJoiner;
  }
  return found;
}

/** The index after an article that stands before a capitalised name ("a Sara"), else `at`. */
function articleSkipped(tokens: Token[], at: number): number {
  const token = tokens[at];
  return isWord(token) && NAME_ARTICLES.has(fold(token.text)) && isCapitalised(tokens[at + 1]?.text ?? '')
    ? at + 1
    : at;
}

/**
 * Whether the capitalised words can be a person's name on their own, with no role or title to say so: not
 * a common word, a nationality, a weekday, a country, a payment or message service, a landmark, or in
 * German a job ("Ich bin Fotografin in Köln").
 */
function bareName(name: string, tokens: Token[], next: number, language: string): boolean {
  const parts = name.split(/\s+/u);
  if (parts.some((part) => NOT_PEOPLE.has(fold(part)))) return false;
  // A name is written Title case: "WhatsApp", "SMS" and "PayPal" are not people.
  if (!parts.every((part) => /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(part))) return false;
  const first = parts[0] ?? '';
  if (isCommonWordAnywhere(first) || NATIONALITIES.has(fold(first))) return false;
  if (isCalendarOrLanguageWord(first) || isCountryName(name)) return false;
  if (ROLE_PHRASES.has(key(first))) return false;
  if (language === 'de' && parts.length === 1) {
    const after = tokens[next];
    if (GERMAN_JOB.test(fold(first)) || (isWord(after) && GERMAN_JOB_AFTER.has(fold(after.text))))
      return false;
  }
  return true;
}

/** "I'm Jess", "soy Carmen", "je m'appelle Claire", "ich bin Lena": the writer, named by themselves. */
function selfNamed(text: string, tokens: Token[], at: number, language: string): Found[] {
  const intro = phraseAt(tokens, at, SELF_INTROS);
  if (intro === 0) return [];
  const start = articleSkipped(tokens, at + intro);
  // "Je suis Le Grand Zorbini", "I'm The Cake Lady": in English, French and German an article makes it a
  // stage or business name (the name reader's); in Portuguese and Spanish "sou o João" is ordinary speech.
  if (start > at + intro && ['en', 'fr', 'de'].includes(language)) return [];
  const person = personAt(text, tokens, start);
  if (!person) return [];
  // A title makes it a person whatever the words ("I'm Dr. Weber").
  const titled = TITLES.has(fold((tokens[start] as Token).text));
  if (!titled && !bareName(person.name, tokens, person.next, language)) return [];
  const fact: PersonFact = { name: person.name };
  const after = roleAfter(text, tokens, person.next, language);
  if (after) fact.role = after.role;
  return [{ person: fact, next: after ? after.next : person.next }];
}

/** "We are Anna and Tom", "somos a Sara e o Miguel": two or more names; one name is the business's. */
function groupNamed(text: string, tokens: Token[], at: number, language: string): Found[] {
  const intro = phraseAt(tokens, at, GROUP_INTROS);
  if (intro === 0) return [];
  const found = personList(text, tokens, articleSkipped(tokens, at + intro), language, false);
  if (found.length < 2) return [];
  // "We are Salt and Pepper, a diner in Ohio": what follows in the singular is the business they named.
  const after = (found.at(-1) as Found).next;
  if (
    tokens[after]?.text === ',' &&
    isWord(tokens[after + 1]) &&
    SINGULAR.has(fold(tokens[after + 1]?.text ?? ''))
  ) {
    return [];
  }
  const named = found.every(
    ({ person, next }) =>
      person.role !== undefined ||
      TITLES.has(fold(person.name.split(/\s+/u)[0] ?? '')) ||
      bareName(person.name, tokens, next, language),
  );
  return named ? found : [];
}

function isParticiple(word: string, language: string): boolean {
  const folded = fold(word);
  if (IRREGULAR_PARTICIPLES.has(folded)) return true;
  if (folded.length < 5) return false;
  const prefix = PARTICIPLE_PREFIXES[language];
  if (prefix && !folded.startsWith(prefix)) return false;
  return (PARTICIPLE_ENDINGS[language] ?? []).some((ending) => folded.endsWith(fold(ending)));
}

/**
 * "ring Tom on 07700 900417", "ask for Dave", "Call Rebecca Tane 021…", "fale com a Rita": the person to
 * call. Only a name that could stand for a person on its own ("Call Now" is not one).
 */
function contactNamed(text: string, tokens: Token[], at: number, language: string): Found[] {
  const phrase = phraseAt(tokens, at, CONTACT_PHRASES);
  if (phrase === 0) return [];
  const start = articleSkipped(tokens, at + phrase);
  const person = personAt(text, tokens, start);
  if (!person || !bareName(person.name, tokens, person.next, language)) return [];
  return [{ person: { name: person.name }, next: person.next }];
}

/**
 * "Handmade silver jewellery by Rosie Tan", "baked every morning by Maria": a maker after a bare "by".
 * "by" also means "near" ("a cabin by Windermere") and "through" ("book by WhatsApp"), so a full name
 * that is no place will do, and a single name only with a participle ("baked", "feito", "gebacken") in the
 * four words before "by".
 */
function madeBy(text: string, tokens: Token[], at: number, language: string): Found[] {
  const by = tokens[at];
  if (!isWord(by) || !BY_WORDS.has(fold(by.text))) return [];
  const person = personAt(text, tokens, at + 1);
  if (!person || TITLES.has(fold((tokens[at + 1] as Token).text))) return [];
  if (!bareName(person.name, tokens, person.next, language)) return [];
  const single = !person.name.includes(' ');
  let participle = false;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const token = tokens[k] as Token;
    if (!isWord(token)) break;
    if (isParticiple(token.text, language)) participle = true;
  }
  if (single && !participle) return [];
  if (!participle && isKnownPlace(person.name)) return [];
  return [{ person: { name: person.name }, next: person.next }];
}

const BY_ROLES = new Map(
  Object.entries(ROLES.byRoles).map(([phrase, role]) => [fold(phrase), role] as const),
);

/** The role a "by" phrase gives ("run by" → "owner", "tenu par" → "gérant·e"), in the brief's language. */
function byRole(phrase: string, language: string): string | undefined {
  const roles = BY_ROLES.get(fold(phrase).replace(/\s+/gu, ' '));
  if (!roles) return undefined;
  return (roles as Record<string, string>)[language];
}

/** The "run by" phrases the brief writes ("tenu par", "geführt von"), as written: they are no offering. */
export function byPhrasesIn(text: string): string[] {
  const tokens = tokenize(text);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const by = phraseAt(tokens, i, BY_PHRASES);
    if (by > 0 && personAt(text, tokens, articleSkipped(tokens, i + by)))
      found.push(slice(text, tokens, i, i + by));
  }
  return found;
}

/** The people a brief names, in the order it names them, each once. */
export function readPeople(text: string, language: string): PersonFact[] {
  const tokens = tokenize(text);
  const people: PersonFact[] = [];
  const seen = new Set<string>();
  const add = (found: Found[]) => {
    for (const { person } of found) {
      const key = fold(person.name);
      const known = people.find((p) => fold(p.name) === key);
      if (known) {
        if (!known.role && person.role) known.role = person.role;
        continue;
      }
      seen.add(key);
      people.push(person);
    }
  };

  // "Maria and João run a bakery": names at the start, then what they do.
  // "We run a B&B", "Family run chippy": a capitalised first word before the verb is no name on its own.
  const lead = personList(text, tokens, 0, language, false);
  const afterLead = lead.at(-1)?.next ?? 0;
  const leadNamed = lead.every(
    ({ person, next }) => person.role !== undefined || bareName(person.name, tokens, next, language),
  );
  if (lead.length > 0 && leadNamed && phraseAt(tokens, afterLead, PEOPLE_VERBS) > 0) add(lead);

  let i = 0;
  while (i < tokens.length) {
    const by = phraseAt(tokens, i, BY_PHRASES);
    if (by > 0) {
      const found = personList(text, tokens, articleSkipped(tokens, i + by), language, false);
      // "run by Ana", "tenu par Claire": the phrase says what they are to the business when no role does.
      const role = byRole(slice(text, tokens, i, i + by), language);
      if (role) for (const { person } of found) person.role ??= role;
      add(found);
      i = found.at(-1)?.next ?? i + by;
      continue;
    }
    const introduced = [selfNamed, groupNamed, madeBy, contactNamed].reduce<Found[]>(
      (found, read) => (found.length > 0 ? found : read(text, tokens, i, language)),
      [],
    );
    if (introduced.length > 0) {
      add(introduced);
      i = (introduced.at(-1) as Found).next;
      continue;
    }
    const token = tokens[i] as Token;
    // "chef Ana Costa", "Inhaberin Maria Schmidt", "Dr. Anna Weber and Dr. Lena Vogt".
    const role = roleAt(tokens, i, language);
    const titled = isWord(token) && TITLES.has(fold(token.text)) && personAt(text, tokens, i) !== undefined;
    if ((role && personAt(text, tokens, role.next)) || titled) {
      const found = personList(text, tokens, i, language, false);
      if (found.length > 0) {
        add(found);
        i = (found.at(-1) as Found).next;
        continue;
      }
    }
    i++;
  }
  return people;
}
