import {
  contentForLocale,
  type KindFamily,
  kindInfo,
  type LocalizedContent,
  PLACEHOLDER_FACTS,
  type SiteDocument,
} from '@pagemagic/crds/site-document';
import type { CopyLanguage } from '../brief/types.ts';
import { listOf, whereFor, withArticle } from './build.ts';
import { type CopyFile, copyFor } from './copy/index.ts';
import type { TemplateVar } from './copy/schema.ts';
import {
  baseLanguage,
  copyLanguage,
  isCopyLanguage,
  normalizeLocale,
  UnsupportedLocaleError,
} from './locales.ts';
import { kindNoun } from './nouns.ts';
import { canFill, escapeRegExp, fill, templatePattern, type Vars, variablesOf } from './template.ts';
import { capitalize, clip, DATA_VALUE_KEYS } from './text.ts';
import { assertValid } from './write.ts';

// translateSite offline, phrase by phrase. Every template of the copy tables is turned into a pattern;
// a string of the document that one (or a run of them, sentence after sentence) matches is written again
// from the other language's template with the same values: the name and what the brief said are kept as
// written, the business noun and "in Porto" are said the other language's way, lists are joined its way.
// Anything no template matches (an owner's edit, an AI's sentence, an offering as written) is kept as it
// is, so the document stays valid and nothing the owner wrote is lost.

export function translateOfflineSite(site: SiteDocument, locale: string): SiteDocument {
  const tag = normalizeLocale(locale);
  const to = copyLanguage(tag);
  if (tag === site.defaultLocale) {
    throw new Error(`${tag} is the default locale of this site; translateSite adds other locales`);
  }
  if (!site.locales.includes(tag) && site.locales.length >= 10) {
    throw new Error('a site has at most 10 locales');
  }
  const from = baseLanguage(site.defaultLocale);
  if (!isCopyLanguage(from)) throw new UnsupportedLocaleError(site.defaultLocale);
  const base = contentForLocale(site, site.defaultLocale) as LocalizedContent;
  const translate = createTranslator(site, from, site.defaultLocale, to, tag);
  const content = translateTree(base, translate);
  const result: SiteDocument = {
    ...site,
    locales: site.locales.includes(tag) ? [...site.locales] : [...site.locales, tag],
    translations: { ...site.translations, [tag]: content },
  };
  return assertValid(result);
}

interface Entry {
  source: string;
  target: string;
  /** The copy key it comes from ("paragraphs", "heading"): where two templates read alike, the one whose
   * key is the document's wins, so a story sentence is not taken for the footer. */
  key: string;
  vars: TemplateVar[];
  whole: RegExp;
  /** The same anchored at the start and ending at a sentence boundary, for runs of sentences. */
  prefix: RegExp | undefined;
  literal: boolean;
  /** Only variables, one of them a list of the brief's words ("{Offerings}{where}."). */
  lists: boolean;
  /** Says what the business is ({noun}, {Noun} or {aNoun}). */
  nouns: boolean;
}

// The brief's lists, written as given: any sentence may be one, so a template of these alone is trusted
// only where its "in …" names the site's own city.
const LIST_VARS = new Set<TemplateVar>([
  'offerings',
  'Offerings',
  'attributes',
  'Attributes',
  'counts',
  'Counts',
]);

/** Strings at the same place in two copy tables (the tables have the same shape), with the key they sit under. */
function pairs(a: unknown, b: unknown, out: Pair[], key = ''): Pair[] {
  if (typeof a === 'string' && typeof b === 'string') out.push({ source: a, target: b, key });
  else if (Array.isArray(a) && Array.isArray(b)) {
    for (const [i, item] of a.entries()) pairs(item, b[i], out, key);
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const [k, value] of Object.entries(a)) pairs(value, (b as Record<string, unknown>)[k], out, k);
  }
  return out;
}

interface Pair {
  source: string;
  target: string;
  key: string;
}

export function createTranslator(
  site: SiteDocument,
  from: CopyLanguage,
  fromLocale: string,
  to: CopyLanguage,
  toLocale: string,
): (text: string, key?: string) => string {
  const source = copyFor(from);
  const target = copyFor(to);
  const families = [...new Set<KindFamily>([kindInfo(site.kind).family, 'neutral'])];
  const { improve: _a, where: _b, since: _c, ...sourceCommon } = source.common;
  const found = pairs(sourceCommon, target.common, []);
  for (const family of families) pairs(source.families[family], target.families[family], found);
  // The document's field names for the copy's keys, where they differ.
  const DOCUMENT_KEY: Record<string, string> = {
    footer: 'text',
    headings: 'heading',
    contactIntro: 'intro',
    topics: 'options',
  };

  // A value never runs across the end of a sentence (or a " · " or "; " between parts), so a template
  // cannot swallow what comes after it.
  const part = '(?:(?![.!?…] | · |; ).)+?';
  const cityPattern = (copy: CopyFile) =>
    [copy.common.where.default, ...copy.common.where.special.map((s) => s.template)].map((w) =>
      templatePattern(w, { city: part }, false),
    );
  const patterns: Partial<Record<TemplateVar, string>> = {
    noun: part,
    Noun: part,
    aNoun: part,
    city: part,
    offerings: part,
    Offerings: part,
    attributes: part,
    Attributes: part,
    counts: part,
    Counts: part,
    people: part,
    title: part,
    street: part,
    name: escapeRegExp(site.name),
    where: `(?: (?:${cityPattern(source).join('|')}))?`,
    since: `(?: ${templatePattern(source.common.since, { year: '\\d{1,4}' }, false)})?`,
    year: '\\d{1,4}',
  };
  const entryOf = ({ source: s, target: t, key }: Pair, where = patterns.where): Entry => {
    const pattern = templatePattern(s, { ...patterns, where });
    const literal = s.replace(/\{[A-Za-z]+\}/g, '');
    const vars = variablesOf(s);
    const lists = vars.some((v) => LIST_VARS.has(v)) && !/\p{L}/u.test(literal);
    return {
      source: s,
      target: t,
      key: DOCUMENT_KEY[key] ?? key,
      vars,
      whole: new RegExp(`^${pattern}$`, 'u'),
      // A sentence of the brief's own words ("Boiler installs, servicing and repairs in Leeds.") has no
      // fixed text to find it by: it is looked for too, with "in …" only for a city the site names.
      prefix:
        /\p{L}/u.test(literal) || s.includes('{name}') || lists
          ? new RegExp(`^${pattern}(?= |$)`, 'u')
          : undefined,
      literal: literal === s,
      lists,
      nouns: vars.some((v) => v === 'noun' || v === 'Noun' || v === 'aNoun'),
    };
  };
  // The most specific first: the longer its fixed text, the less a template can match by accident; of
  // templates with none, one that names the business ("Bakery in Porto.") before one of the brief's lists.
  const specificity = (e: Entry) =>
    e.source.replace(/\{[A-Za-z]+\}/g, '').length * 4 +
    (e.nouns ? 2 : 0) +
    (e.vars.includes('where') ? 1 : 0);
  const bySpecificity = (a: Entry, b: Entry) => specificity(b) - specificity(a);
  const pairsFound = found.filter((p) => p.source.trim() !== '');
  const first = pairsFound.map((p) => entryOf(p));
  let entries = [...first].sort(bySpecificity);

  const nounIn = (copy: CopyFile, language: CopyLanguage) =>
    families
      .flatMap((f) => [kindNoun(site.kind, language), copy.families[f].noun])
      .filter((n) => n !== undefined);
  const sourceNouns = nounIn(source, from);
  const targetNouns = nounIn(target, to);
  const shape = (n: string, form: 'noun' | 'Noun' | 'aNoun', language: CopyLanguage) =>
    form === 'Noun' ? capitalize(n) : form === 'aNoun' ? withArticle(n, language) : n;
  // The noun in the target language, in all three forms, from any one form of it in the source; a noun
  // the tables do not know (the brief's own) is kept, only its article is taken off or put on.
  const nouns = (captured: string, form: 'noun' | 'Noun' | 'aNoun'): { known: boolean; vars: Vars } => {
    const key = captured.toLocaleLowerCase();
    const i = sourceNouns.findIndex((n) => shape(n, form, from).toLocaleLowerCase() === key);
    const other = i >= 0 ? targetNouns[i] : undefined;
    const bare =
      other ??
      (form === 'aNoun' && from === 'en'
        ? captured.replace(/^an? /i, '')
        : form === 'Noun'
          ? captured
          : captured);
    const noun =
      form === 'Noun' && other === undefined ? bare.charAt(0).toLocaleLowerCase() + bare.slice(1) : bare;
    return {
      known: other !== undefined,
      vars: { noun, Noun: capitalize(noun), aNoun: withArticle(noun, to) },
    };
  };
  const citySource = [source.common.where.default, ...source.common.where.special.map((s) => s.template)].map(
    (w) => new RegExp(`^ ${templatePattern(w, { city: '.+?' })}$`, 'u'),
  );
  const cityOf = (where: string) => citySource.map((r) => r.exec(where)?.[1]).find((c) => c !== undefined);

  // The site's city, from sentences that say what the business is and where ("Bakery in Porto", "We are
  // a heating engineer in Leeds."): only it may be the "in …" of a sentence of the brief's own words, so
  // "15 years in the trade." is never read as fifteen years in a town called "the trade".
  const cities = new Set<string>();
  const base = contentForLocale(site, fromLocale);
  for (const text of base ? proseOf(base) : []) {
    for (const piece of [text, ...text.split(/(?<=[.!?…]) | · /u)]) {
      for (const entry of entries) {
        const at = entry.vars.indexOf('where');
        if (at < 0 || entry.lists) continue;
        const match = entry.whole.exec(piece);
        const city = match ? cityOf(match[at + 1] ?? '') : undefined;
        if (!match || city === undefined) continue;
        const trusted =
          /\p{L}/u.test(entry.source.replace(/\{[A-Za-z]+\}/g, '')) ||
          entry.vars.some(
            (v, i) => (v === 'noun' || v === 'Noun' || v === 'aNoun') && nouns(match[i + 1] ?? '', v).known,
          );
        if (trusted) cities.add(city);
      }
    }
  }
  const sourceWheres = (copy: CopyFile) =>
    [...cities].map((city) => escapeRegExp(` ${whereFor(copy, city)}`));
  const ownWhere = `(?:${sourceWheres(source).join('|') || '(?!)'})?`;
  entries = first
    .map((e, i) => (e.lists && e.vars.includes('where') ? entryOf(pairsFound[i] as Pair, ownWhere) : e))
    .sort(bySpecificity);

  const render = (entry: Entry, match: RegExpExecArray): string | undefined => {
    const vars: Vars = {};
    let knownNoun = false;
    for (const [i, name] of entry.vars.entries()) {
      const value = match[i + 1] ?? '';
      switch (name) {
        case 'noun':
        case 'Noun':
        case 'aNoun': {
          const found = nouns(value, name);
          knownNoun ||= found.known;
          Object.assign(vars, found.vars);
          break;
        }
        case 'where': {
          const city = citySource.map((r) => r.exec(value)?.[1]).find((c) => c !== undefined);
          vars.where = city ? ` ${whereFor(target, city)}` : value;
          break;
        }
        case 'since': {
          const year = /\d{1,4}/.exec(value)?.[0];
          vars.since = year ? ` ${fill(target.common.since, { year })}` : '';
          break;
        }
        case 'offerings':
        case 'attributes':
        case 'counts':
        case 'people':
          vars[name] = relist(value, fromLocale, toLocale);
          break;
        case 'Offerings':
        case 'Attributes':
        case 'Counts':
          vars[name] = capitalize(relist(value, fromLocale, toLocale));
          break;
        case 'title':
          vars.title = translate(value);
          break;
        default:
          vars[name] = value;
      }
    }
    // A template of variables only ("{Noun}{where}") matches anything: trust it only for a noun it knows.
    if (!/\p{L}/u.test(entry.source.replace(/\{[A-Za-z]+\}/g, '')) && !knownNoun && !entry.lists)
      return undefined;
    vars.name = site.name;
    return canFill(entry.target, vars) ? fill(entry.target, vars) : undefined;
  };

  // The entries to try for a text under a key: its own key's first; a template of the brief's lists
  // alone only when no other template reads the text, since it reads any sentence.
  const orders = new Map<string, Entry[]>();
  const ordered = (key = ''): Entry[] => {
    let list = orders.get(key);
    if (!list) {
      const rank = (e: Entry) => (e.lists ? 2 : 0) + (e.key === key ? 0 : 1);
      list = [...entries].sort((a, b) => rank(a) - rank(b));
      orders.set(key, list);
    }
    return list;
  };

  const whole = (text: string, key: string | undefined): string | undefined => {
    for (const entry of ordered(key)) {
      if (entry.literal ? entry.source !== text : !entry.whole.test(text)) continue;
      const match = entry.whole.exec(text) as RegExpExecArray;
      const out = render(entry, match);
      if (out !== undefined) return out;
    }
    return undefined;
  };

  // A run of sentences ("{name} is a bakery in Porto. Its story goes back to 1987."), or an edited one with
  // a sentence added: each sentence a template knows is translated, the others kept.
  const run = (text: string, key: string | undefined): string | undefined => {
    const candidates = ordered(key);
    const out: string[] = [];
    let rest = text;
    let matched = false;
    while (rest) {
      let done = false;
      for (const entry of candidates) {
        const match = entry.prefix?.exec(rest);
        if (!match) continue;
        const rendered = render(entry, match);
        if (rendered === undefined) continue;
        out.push(rendered);
        rest = rest.slice(match[0].length).replace(/^ /, '');
        matched = done = true;
        break;
      }
      if (done) continue;
      const sentence = /^.*?[.!?…](?= |$)/u.exec(rest)?.[0] ?? rest;
      out.push(sentence);
      rest = rest.slice(sentence.length).replace(/^ /, '');
    }
    return matched ? out.join(' ') : undefined;
  };

  const translate = (text: string, key?: string): string => {
    const direct = whole(text, key);
    if (direct !== undefined) return direct;
    for (const separator of [' · ', '; ']) {
      if (text.includes(separator))
        return text
          .split(separator)
          .map((part) => translate(part, key))
          .join(separator);
    }
    return run(text, key) ?? text;
  };
  return translate;
}

/** A list joined the source language's way ("a, b and c"), joined again the target's ("a, b e c"). */
function relist(text: string, fromLocale: string, toLocale: string): string {
  const format = new Intl.ListFormat(fromLocale, { type: 'conjunction' });
  for (let n = 6; n >= 2; n--) {
    const marks = Array.from({ length: n }, (_, i) => `\u0000${i}\u0000`);
    const pattern = format
      .formatToParts(marks)
      .map((part) => (part.type === 'element' ? '(.+?)' : escapeRegExp(part.value)))
      .join('');
    const match = new RegExp(`^${pattern}$`, 'su').exec(text);
    if (match) return listOf(toLocale, match.slice(1)) ?? text;
  }
  return text;
}

const KEEP = new Set<string>([...DATA_VALUE_KEYS, 'network']);
const FIELD_NAME = /^[a-z][a-zA-Z0-9_]{0,39}$/;
// A translation may run longer than its source: it is cut to the smallest limit the schema sets for a
// field of that name anywhere in a document.
const LIMITS: Record<string, number> = {
  label: 40,
  priceNote: 40,
  submitLabel: 40,
  eyebrow: 60,
  title: 70,
  value: 16,
  name: 60,
  role: 80,
  options: 80,
  heading: 100,
  placeholder: 120,
  description: 160,
  note: 160,
  hoursNote: 160,
  caption: 160,
  excerpt: 160,
  question: 200,
  successMessage: 200,
  alt: 250,
  subheading: 300,
  intro: 300,
  body: 300,
  text: 300,
  items: 300,
  bio: 400,
  quote: 600,
  answer: 1200,
  paragraphs: 1200,
};

/** The prose of a content tree: every string but data (links, ids, codes). */
function proseOf(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!KEEP.has(key)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) proseOf(item, key, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) proseOf(v, k, out);
  }
  return out;
}

function translateTree<T>(value: T, translate: (text: string, key?: string) => string, key = ''): T {
  if (typeof value === 'string') {
    const data =
      KEEP.has(key) ||
      (key === 'name' && FIELD_NAME.test(value)) ||
      (key === 'placeholder' && (PLACEHOLDER_FACTS as readonly string[]).includes(value));
    if (data) return value;
    const translated = translate(value, key);
    return (translated === value ? value : clip(translated, LIMITS[key] ?? 300)) as T;
  }
  if (Array.isArray(value)) return value.map((item) => translateTree(item, translate, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, translateTree(v, translate, k)]),
    ) as T;
  }
  return value;
}
