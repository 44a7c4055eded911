import GRAMMAR from './data/names-grammar.json' with { type: 'json' };
import ROLES from './data/names-roles.json' with { type: 'json' };
import { fold, isCapitalised, type Token, tokenize } from './language.ts';
import type { PersonFact } from './types.ts';

// The people a brief names, with the role it gives them: "run by chef Ana Costa and her brother Rui",
// "Dr. Anna Weber and Dr. Lena Vogt", "owner Maria", "fundada por João Silva", "geleitet von Dr. Weber".
// Names and roles are kept as written; a person the brief only counts ("two doctors") is not a person here.

const words = (phrase: string) => fold(phrase).split(/\s+/);
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
  for (const phrase of phrases.get(fold(first.text)) ?? []) {
    if (phrase.every((word, k) => isWord(tokens[at + k]) && fold((tokens[at + k] as Token).text) === word)) {
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
  return { from: i, next: comma ? next + 1 : next };
}

function roleText(text: string, tokens: Token[], role: { from: number; next: number }): string {
  return slice(text, tokens, role.from, role.next).replace(/\s*,$/u, '');
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
    // Another person follows "and", "&" or a comma.
    const joiner = tokens[next];
    if (!joiner || !AND.has(fold(joiner.text))) break;
    const following = roleAt(tokens, next + 1, language);
    const nextStart = following ? following.next : next + 1;
    if (!personAt(text, tokens, nextStart)) break;
    i = next + 1;
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
  const lead = personList(text, tokens, 0, language, false);
  const afterLead = lead.at(-1)?.next ?? 0;
  if (lead.length > 0 && phraseAt(tokens, afterLead, PEOPLE_VERBS) > 0) add(lead);

  let i = 0;
  while (i < tokens.length) {
    const by = phraseAt(tokens, i, BY_PHRASES);
    if (by > 0) {
      const found = personList(text, tokens, i + by, language, false);
      add(found);
      i = found.at(-1)?.next ?? i + by;
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
