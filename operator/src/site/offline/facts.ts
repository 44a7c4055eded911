import type { BusinessKind } from '@pagemagic/crds/site-document';
import { copyFor } from './copy/index.ts';
import { detectBusinessKind, scoreBusinessKinds } from './detect.ts';
import type { CopyLanguage } from './locales.ts';
import { knownPlace } from './places.ts';
import { createRng, seedFrom } from './random.ts';
import { capitalize, fold, tidy, titleCase } from './text.ts';

/** What the offline generator reads out of a brief. */
export interface BriefFacts {
  kind: BusinessKind;
  /** The language the brief is written in (English when unsure). */
  language: CopyLanguage;
  /** The business name: as the brief gives it, or built from the description and place. */
  name: string;
  nameSource: 'brief' | 'built';
  place?: string;
  /** ISO country code of the place, when the place is one the generator knows. */
  country?: string;
  year?: number;
  /** Products or services the brief lists, as written ("sourdough", "pastel de nata"). */
  products: string[];
  /** The brief says the business never closes ("24/7", "24h"). */
  alwaysOpen: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Language

const LANGUAGE_WORDS: Record<CopyLanguage, readonly string[]> = {
  en: [
    'the',
    'and',
    'in',
    'of',
    'for',
    'with',
    'we',
    'our',
    'since',
    'is',
    'are',
    'based',
    'that',
    'open',
    'family',
    'a',
    'an',
  ],
  pt: [
    'o',
    'os',
    'as',
    'e',
    'em',
    'no',
    'na',
    'do',
    'da',
    'dos',
    'das',
    'com',
    'uma',
    'um',
    'desde',
    'para',
    'somos',
    'nossa',
    'nosso',
    'familiar',
    'aberta',
    'aberto',
  ],
  es: [
    'el',
    'los',
    'las',
    'y',
    'en',
    'del',
    'con',
    'una',
    'un',
    'desde',
    'para',
    'somos',
    'nuestra',
    'nuestro',
    'familiar',
    'abierto',
    'abierta',
  ],
  fr: [
    'le',
    'les',
    'et',
    'à',
    'du',
    'des',
    'avec',
    'une',
    'un',
    'depuis',
    'pour',
    'nous',
    'notre',
    'sommes',
    'familiale',
    'au',
    'aux',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'in',
    'mit',
    'für',
    'seit',
    'ein',
    'eine',
    'wir',
    'unsere',
    'sind',
    'im',
    'am',
    'von',
    'zum',
  ],
};

const LANGUAGE_LETTERS: Record<CopyLanguage, RegExp> = {
  en: /(?!)/g,
  pt: /[ãõ]|ção|ções/g,
  es: /[ñ¿¡]|ción/g,
  fr: /[èêëœ]|ç[aou]/g,
  de: /[ßäöü]/g,
};

export function detectLanguage(prompt: string): CopyLanguage {
  const words = prompt.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let best: CopyLanguage = 'en';
  let bestScore = 0;
  for (const language of Object.keys(LANGUAGE_WORDS) as CopyLanguage[]) {
    const vocabulary = new Set(LANGUAGE_WORDS[language]);
    const score =
      words.filter((w) => vocabulary.has(w)).length +
      2 * (prompt.toLowerCase().match(LANGUAGE_LETTERS[language])?.length ?? 0);
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Place

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’.-]*`;
const JOINER = '(?:de|do|da|dos|das|del|la|le|les|am|an|im|upon|on|sur|en)';
const PLACE_NAME = `${CAPITALISED}(?:\\s+(?:${JOINER}\\s+)?${CAPITALISED}){0,3}`;
const PREPOSITIONS = [
  String.raw`(?:based|located|situated)\s+in`,
  String.raw`in(?:\s+the\s+(?:heart|centre|center|middle)\s+of|\s+downtown|\s+central)?`,
  'near',
  String.raw`(?:no|na)\s+(?:centro|coração)\s+d[eoa]`,
  'em|no|na',
  String.raw`en\s+(?:el\s+)?(?:centro|corazón)\s+de`,
  'en',
  String.raw`au\s+(?:cœur|coeur|centre)\s+de`,
  'à|a|au',
  String.raw`(?:im\s+herzen\s+von|mitten\s+in)`,
  'im|bei',
].join('|');
const PLACE_REGEX = new RegExp(`(?<![\\p{L}])(?:${PREPOSITIONS})\\s+(${PLACE_NAME})`, 'gu');

// Capitalised words after "in" that are not places.
const NOT_PLACES = new Set(
  [
    'english',
    'portuguese',
    'spanish',
    'french',
    'german',
    'italian',
    'inglês',
    'português',
    'espanhol',
    'inglés',
    'español',
    'anglais',
    'français',
    'espagnol',
    'englisch',
    'deutsch',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'summer',
    'winter',
    'europe',
    'europa',
    'b2b',
    'saas',
    'ai',
    'instagram',
    'google',
  ].map(fold),
);

export function extractPlace(prompt: string): string | undefined {
  const candidates = [...prompt.matchAll(PLACE_REGEX)]
    .map((m) => (m[1] ?? '').replace(/[.'’-]+$/u, ''))
    .map((place) => trimTrailingNonPlace(place))
    .filter((place) => place.length > 1 && !NOT_PLACES.has(fold(place)));
  return candidates.find((place) => knownPlace(place)) ?? candidates[0];
}

// "in Porto Since" is not a place called "Porto Since": drop trailing words that are clearly not a name.
function trimTrailingNonPlace(place: string): string {
  const words = place.split(/\s+/);
  while (words.length > 1 && STOP_WORDS.has(fold(words.at(-1) ?? ''))) words.pop();
  return words.join(' ');
}

// ---------------------------------------------------------------------------------------------------------
// Year, hours

const YEAR_REGEX =
  /\b(?:since|established(?:\s+in)?|est\.?|founded(?:\s+in)?|opened\s+in|desde|fundad[ao]\s+(?:em|en)|aberto\s+em|abierto\s+en|depuis|fondée?\s+en|créée?\s+en|seit|gegründet(?:\s+im\s+jahr)?|gegründet)\s+(1[89]\d\d|20\d\d)\b/iu;

export function extractYear(prompt: string): number | undefined {
  const match = YEAR_REGEX.exec(prompt);
  return match?.[1] ? Number(match[1]) : undefined;
}

const ALWAYS_OPEN =
  /24\s*\/\s*7|\b24\s*(?:h\b|hours|horas|heures|stunden)|rund um die uhr|jour et nuit|dia e noite|día y noche/i;

// ---------------------------------------------------------------------------------------------------------
// Products

// Words that open a clause which is not a list of products ("open since 1987", "we deliver").
const STOP_WORDS = new Set(
  [
    'open',
    'opened',
    'since',
    'established',
    'founded',
    'we',
    'our',
    'us',
    'i',
    'my',
    'run',
    'owned',
    'based',
    'located',
    'near',
    'close',
    'call',
    'book',
    'and',
    'or',
    'but',
    'also',
    'with',
    'for',
    'family',
    'free',
    'aberto',
    'aberta',
    'desde',
    'fundada',
    'fundado',
    'somos',
    'nos',
    'nós',
    'nosso',
    'nossa',
    'com',
    'para',
    'abierto',
    'abierta',
    'nosotros',
    'nuestro',
    'nuestra',
    'con',
    'por',
    'ouvert',
    'ouverte',
    'depuis',
    'nous',
    'notre',
    'avec',
    'pour',
    'geöffnet',
    'seit',
    'wir',
    'unser',
    'unsere',
    'mit',
    'für',
    'auch',
    'every',
    'all',
    'todos',
    'todas',
    'tous',
    'toutes',
    'alle',
    'jeden',
    'cada',
    'chaque',
    'that',
    'which',
    'que',
    'qui',
    'die',
    'der',
    'das',
    'who',
  ].map(fold),
);

const LIST_MARKERS = String.raw`(?:specialising|specializing|specialised|specialized|specialists?)\s+in|known\s+for|famous\s+for|we\s+(?:make|bake|sell|serve|offer|do|cook|brew|roast)|serving|offering|selling|especializad[ao]s?\s+(?:em|en)|especialistas?\s+(?:em|en)|conhecid[ao]s?\s+pel[oa]s?|famos[ao]s?\s+pel[oa]s?|fazemos|servimos|vendemos|conocid[ao]s?\s+por|famos[ao]s?\s+por|hacemos|spécialisée?s?\s+(?:en|dans)|connue?s?\s+pour|nous\s+(?:faisons|proposons|servons|vendons)|spezialisiert\s+auf|bekannt\s+für|wir\s+(?:machen|backen|bieten|verkaufen)`;
const LIST_REGEX = new RegExp(`(?:${LIST_MARKERS})\\s+([^.;:!?]+)`, 'giu');
const WITH_REGEX = /\b(?:with|com|con|avec|mit)\s+([^.;:!?,]+(?:,\s*[^.;:!?,]+)*)/giu;
// "Kanzlei für Arbeitsrecht", "Praxis für Physiotherapie": the specialism follows "für".
const FUR_REGEX = /\bfür\s+([\p{L}-]+(?:\s+und\s+[\p{L}-]+)?)/giu;
const SPLIT_ITEMS = /\s*(?:,|&|\+|\/|\b(?:and|or|e|ou|y|o|et|und|oder)\b)\s*/iu;
const LEADING_ARTICLE =
  /^(?:the|our|a|an|o|os|a|as|um|uma|el|los|las|un|una|le|les|la|des|du|un|une|der|die|das|ein|eine|unsere?)\s+/iu;

function items(list: string): string[] {
  return list
    .split(SPLIT_ITEMS)
    .map((item) => tidy(item.replace(LEADING_ARTICLE, '')).replace(/[.'"”“)(]+$/u, ''))
    .filter(isProduct);
}

function isProduct(item: string): boolean {
  const words = item.split(/\s+/);
  return (
    /\p{L}{2}/u.test(item) &&
    !/\d/.test(item) &&
    words.length <= 4 &&
    item.length <= 40 &&
    !STOP_WORDS.has(fold(words[0] ?? ''))
  );
}

export function extractProducts(prompt: string, kind: BusinessKind, place?: string): string[] {
  const found: string[] = [];
  for (const match of prompt.matchAll(LIST_REGEX)) found.push(...items(match[1] ?? ''));
  for (const match of prompt.matchAll(WITH_REGEX)) found.push(...items(match[1] ?? ''));
  if (kind === 'law-firm' || kind === 'clinic') {
    for (const match of prompt.matchAll(FUR_REGEX)) found.push(...items(match[1] ?? ''));
  }
  // A bare list between commas: "A family bakery in Porto, sourdough and pastel de nata, open since 1987".
  const clauses = prompt.split(/[,;.!?()–—]+/u).map(tidy);
  for (const clause of clauses.slice(1)) {
    const words = clause.split(/\s+/);
    if (words.length > 8 || STOP_WORDS.has(fold(words[0] ?? ''))) continue;
    if (new RegExp(`(?:${LIST_MARKERS})`, 'iu').test(clause) || YEAR_REGEX.test(clause)) continue;
    const candidates = items(clause);
    if (candidates.length > 0 && candidates.length === clause.split(SPLIT_ITEMS).filter(Boolean).length) {
      found.push(...candidates);
    }
  }
  const placeKey = place ? fold(place) : undefined;
  const seen = new Set<string>();
  return found
    .filter((item) => {
      const key = fold(item);
      if (seen.has(key) || key === placeKey || isKindWord(item)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 6);
}

// A product list should not repeat the business itself ("bakery" is not something a bakery sells).
function isKindWord(item: string): boolean {
  const strongest = Math.max(0, ...scoreBusinessKinds(item).values());
  return strongest >= 3 && item.split(/\s+/).length === 1 && !isLikelyProduct(item);
}

function isLikelyProduct(item: string): boolean {
  return /^(?:coffee|caf[eé]|pizza|tapas|sushi|ramen|yoga|pilates|crossfit|massages?|manicure|espresso|kaffee)$/iu.test(
    item,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Name

const NAME_MARKERS =
  /\b(?:called|named|chamad[ao]|de\s+nome|llamad[ao]|se\s+llama|appelée?|nommée?|s'appelle|namens|heißt|heisst)\s+["“«„']?([^,.;:!?"”»“]+?)["”»“']?(?=[,.;:!?]|\s+(?:in|em|no|na|en|à|au|is|é|es|est|ist|and|e|y|et|und|since|desde|depuis|seit)\b|$)/iu;
const QUOTED = /["“«„]([^"”»“]{2,60})["”»“]/u;
const PRONOUN_START =
  /^(?:we|our|i|my|somos|nós|nos|nosotros|nous|notre|wir|unser|unsere|this|esta|este|cette|ce|dies)\b/iu;
const INTRO =
  /^(?:we\s+are|we're|i\s+am|i'm|this\s+is|somos|sou|nós\s+somos|es|somos|nous\s+sommes|je\s+suis|c'est|wir\s+sind|ich\s+bin|das\s+ist)\s+/iu;
const DESCRIPTOR_END = new RegExp(
  String.raw`\s+(?:(?:${PREPOSITIONS})\s+${CAPITALISED}|that|which|who|where|que|qui|où|die|der|das|wo|since|desde|depuis|seit|for|para|pour|offering|serving|with|com|con|avec|mit|specialising|specializing|especializad|spécialisé|spezialisiert|open|aberto|abierto|ouvert|geöffnet|run|owned|est\.|established|founded|fundad)\b.*$`,
  'iu',
);
const FILLER_ADJECTIVES = new Set(
  [
    'small',
    'little',
    'new',
    'local',
    'cosy',
    'cozy',
    'friendly',
    'modern',
    'independent',
    'best',
    'pequena',
    'pequeno',
    'nova',
    'novo',
    'pequeña',
    'nueva',
    'nuevo',
    'petit',
    'petite',
    'nouveau',
    'nouvelle',
    'kleine',
    'kleiner',
    'kleines',
    'neue',
    'neuer',
    'neues',
  ].map(fold),
);
const NATIONALITIES =
  /^(?:italian|portuguese|french|spanish|german|japanese|chinese|indian|thai|mexican|greek|turkish|vietnamese|korean|brazilian|american|british|english|irish|scottish|mediterranean|asian|lebanese|moroccan|peruvian|nordic|scandinavian|european|swiss|austrian|belgian|dutch)$/iu;

/** The name a brief gives, if it gives one. */
export function explicitName(prompt: string, language: CopyLanguage, place?: string): string | undefined {
  const marked = NAME_MARKERS.exec(prompt)?.[1] ?? QUOTED.exec(prompt)?.[1];
  if (marked) return tidy(marked);

  // "Padaria Ribeira, a family bakery …" or "Padaria Ribeira is a family bakery …"
  const lead = /^\s*([^,–—:(]+?)(?:\s*[,–—:(]|\s+(?:is|é|es|est|ist)\s)/u.exec(prompt)?.[1];
  if (lead && isTitleLike(lead)) return tidy(lead);
  if (isTitleLike(prompt.trim()) && prompt.trim().split(/\s+/).length <= 5) return tidy(prompt);

  // "Clínica dentária Sorriso em Lisboa": a capitalised word after the description names the business.
  // Not in German, where every noun is capitalised.
  if (language !== 'de') {
    const descriptor = describe(prompt);
    const words = descriptor.split(/\s+/);
    const placeKey = place ? fold(place) : undefined;
    const proper = words
      .slice(1)
      .some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NATIONALITIES.test(w) && fold(w) !== placeKey);
    if (proper && words.length <= 6 && !PRONOUN_START.test(descriptor)) return capitalize(descriptor);
  }
  return undefined;
}

function isTitleLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6 || PRONOUN_START.test(text.trim())) return false;
  const significant = words.filter(
    (w) => !/^(?:de|do|da|dos|das|del|la|le|les|e|y|et|und|&|of|the|and|von|zu|für)$/iu.test(w),
  );
  return (
    significant.length > 0 &&
    significant.every((w) => /^[\p{Lu}\p{N}'’&]/u.test(w)) &&
    !/^(?:A|An|The|Uma?|Una?|Une|Ein|Eine|O|El|Le|La|Der|Die|Das)$/u.test(words[0] ?? '')
  );
}

/** The description at the start of the brief: "family bakery", "Kanzlei für Arbeitsrecht". */
export function describe(prompt: string): string {
  const first = prompt.split(/[,;.!?()–—:]/u)[0] ?? '';
  const words = tidy(first.replace(INTRO, '').replace(DESCRIPTOR_END, ''))
    .replace(LEADING_ARTICLE, '')
    .split(/\s+/)
    .filter((w) => w && !FILLER_ADJECTIVES.has(fold(w)));
  while (words.length > 0 && STOP_WORDS.has(fold(words.at(-1) ?? ''))) words.pop();
  return words.join(' ');
}

// ---------------------------------------------------------------------------------------------------------

/** Reads a brief: kind, language, name, place, founding year, products and whether it never closes. */
export function extractBriefFacts(prompt: string): BriefFacts {
  const kind = detectBusinessKind(prompt);
  const language = detectLanguage(prompt);
  const place = extractPlace(prompt);
  const year = extractYear(prompt);
  const products = extractProducts(prompt, kind, place);
  const given = explicitName(prompt, language, place);
  const facts: BriefFacts = {
    kind,
    language,
    name: given ?? builtName(prompt, kind, language, place),
    nameSource: given ? 'brief' : 'built',
    products,
    alwaysOpen: ALWAYS_OPEN.test(prompt),
  };
  if (place) facts.place = place;
  const country = place ? knownPlace(place)?.country : undefined;
  if (country) facts.country = country;
  if (year) facts.year = year;
  return facts;
}

function builtName(prompt: string, kind: BusinessKind, language: CopyLanguage, place?: string): string {
  const copy = copyFor(language);
  const descriptor = describe(prompt);
  const words = descriptor.split(/\s+/).filter(Boolean);
  const usable = words.length > 0 && words.length <= 4 && /\p{L}/u.test(descriptor);
  if (place) {
    const what = usable ? descriptor : copy.kinds[kind].noun;
    const styled = language === 'en' ? titleCase(what) : capitalize(what);
    return copy.common.builtName(styled, place).slice(0, 80);
  }
  return createRng(seedFrom('name', fold(prompt))).pick(copy.kinds[kind].names);
}
