// The vocabulary that recognises each business kind in a brief (data/kinds.json), checked once at import
// so a bad edit to the data fails loudly at start-up and in the tests, never silently at classification.
//
// Term syntax, matched against text folded to lower case without accents:
//   "tattoo studio"  a word or phrase that matches at the start of a word, so "restaurant" also finds
//                    "restaurantes" and "tattoo" finds "tattooist"; words of a phrase may be joined by spaces,
//                    hyphens, "&", "'", "." or "/", or written as one word ("tattoostudio") when every word
//                    has three letters or more;
//   "=bar"           the whole word only ("bar" but not "barber" or "Barcelona");
//   "*fotograf"      anywhere inside a word, for German compounds ("Hochzeitsfotograf"); one word only.
// Strong terms name the business; weak ones only hint at it (products, occasions). `noun` is the kind's
// name as copy uses it ("a tattoo studio in Berlin"): singular, lower case except German nouns (and
// acronyms: "DJ").
// Every copy language must have strong terms and a noun. Italian and Dutch, which the language detector
// knows but the offline generator does not write, may have terms too ("fietsenmaker", "panificio"): they
// help classify such a brief and have no noun.

import { BUSINESS_KINDS, type BusinessKind } from '@pagemagic/crds/site-document';
import { type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import data from './data/kinds.json' with { type: 'json' };
import { COPY_LANGUAGES, type CopyLanguage } from './types.ts';

/** Every kind but `generic`, which is what a brief is when no vocabulary matches. */
export type VocabularyKind = Exclude<BusinessKind, 'generic'>;
export const VOCABULARY_KINDS = BUSINESS_KINDS.filter((kind): kind is VocabularyKind => kind !== 'generic');

export type PerLanguage<T> = Record<CopyLanguage, T>;

/** Languages whose briefs are read (language.ts detects them) but not written: terms only, optional. */
export const READ_ONLY_LANGUAGES = ['it', 'nl'] as const;
export type ReadOnlyLanguage = (typeof READ_ONLY_LANGUAGES)[number];
/** Every language a term list may be given in. */
export const TERM_LANGUAGES = [...COPY_LANGUAGES, ...READ_ONLY_LANGUAGES] as const;
export type TermLanguage = (typeof TERM_LANGUAGES)[number];

export type Terms = PerLanguage<string[]> & Partial<Record<ReadOnlyLanguage, string[]>>;

export interface KindVocabulary {
  strong: Terms;
  weak: Terms;
  noun: PerLanguage<string>;
}

export type KindsData = Record<VocabularyKind, KindVocabulary>;

function perLanguage<T extends TSchema>(item: T) {
  return Type.Object(
    Object.fromEntries(COPY_LANGUAGES.map((language) => [language, item])) as Record<CopyLanguage, T>,
    { additionalProperties: false },
  );
}

// No leading or trailing blanks, an optional "*" or "=" marker, then something that is not a marker.
const Term = Type.String({ minLength: 1, maxLength: 80, pattern: '^[*=]?[^*=\\s](?:.*\\S)?$' });

/** Term lists: required in every copy language (at least `minItems`), optional in the read-only ones. */
function termLists(minItems: number) {
  return Type.Object(
    {
      ...Object.fromEntries(COPY_LANGUAGES.map((language) => [language, Type.Array(Term, { minItems })])),
      ...Object.fromEntries(
        READ_ONLY_LANGUAGES.map((language) => [language, Type.Optional(Type.Array(Term))]),
      ),
    },
    { additionalProperties: false },
  );
}

export const KindVocabularySchema = Type.Object(
  {
    strong: termLists(1),
    weak: termLists(0),
    noun: perLanguage(Type.String({ minLength: 1, maxLength: 60, pattern: '^\\S(?:.*\\S)?$' })),
  },
  { additionalProperties: false },
);

export const KindsDataSchema = Type.Object(
  Object.fromEntries(VOCABULARY_KINDS.map((kind) => [kind, KindVocabularySchema])),
  { additionalProperties: false },
);

/** What a term asks for once its marker is read: the mode and the words, unfolded. */
export function parseTerm(term: string): { mode: 'prefix' | 'whole' | 'infix'; body: string } {
  if (term.startsWith('*')) return { mode: 'infix', body: term.slice(1) };
  if (term.startsWith('=')) return { mode: 'whole', body: term.slice(1) };
  return { mode: 'prefix', body: term };
}

/**
 * Checks a parsed kinds.json against the taxonomy and the term syntax; returns it typed, or throws an
 * error that lists what is wrong, where (kind/part/language) and how to fix it.
 */
export function validateKindsData(value: unknown, source = 'kinds.json'): KindsData {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${source} must be an object keyed by business kind id`);
  }
  const known = new Set<string>(VOCABULARY_KINDS);
  for (const kind of VOCABULARY_KINDS) {
    if (!Object.hasOwn(value, kind)) problems.push(`kind "${kind}" has no vocabulary: add an entry for it`);
  }
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      problems.push(
        key === 'generic'
          ? 'kind "generic" must have no vocabulary: it is what a brief is when nothing matches'
          : `"${key}" is not a kind in BUSINESS_KIND_INFO (crds/src/business-kinds.ts): add it there or remove it`,
      );
    }
  }
  if (problems.length === 0) {
    for (const error of Value.Errors(KindsDataSchema, value)) {
      problems.push(`${error.path || '/'}: ${error.message}${describeValue(error.value)}`);
      if (problems.length >= 20) break;
    }
  }
  if (problems.length === 0) problems.push(...termProblems(value as KindsData));
  if (problems.length > 0) {
    throw new Error(`${source} is invalid:\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
  return value as KindsData;
}

function describeValue(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return ` (got ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
}

// What JSON Schema cannot say: every term must have a word to match, infix terms one word only, and the
// same strong term must not name two kinds (one of them could never win).
function termProblems(value: KindsData): string[] {
  const problems: string[] = [];
  const strongOwner = new Map<string, VocabularyKind>();
  for (const kind of VOCABULARY_KINDS) {
    for (const part of ['strong', 'weak'] as const) {
      for (const language of TERM_LANGUAGES) {
        for (const term of value[kind][part][language] ?? []) {
          const where = `/${kind}/${part}/${language}: "${term}"`;
          const { mode, body } = parseTerm(term);
          const words = termWords(body);
          if (words.length === 0) problems.push(`${where} has no letters or digits to match`);
          if (mode === 'infix' && words.length !== 1) {
            problems.push(`${where}: "*" (inside a word) works on one word only; drop the "*" for a phrase`);
          }
          if (part !== 'strong') continue;
          const key = `${mode}:${words.join(' ')}`;
          const owner = strongOwner.get(key);
          if (owner && owner !== kind) {
            problems.push(`${where} is also a strong term of "${owner}": keep it in one kind only`);
          } else {
            strongOwner.set(key, kind);
          }
        }
      }
    }
  }
  return problems;
}

const CHAR_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
};

/** One code point folded: lower case, accents dropped, ß → ss, curly apostrophes straight. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  return CHAR_FOLDS[char] ?? char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function foldText(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}

/** The folded words of a term body; the separators between them do not matter. */
export function termWords(body: string): string[] {
  return foldText(body).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export const KIND_VOCABULARY: KindsData = validateKindsData(data);
