import { contentForLocale, type Section, type SiteDocument, sectionIds } from '@pagemagic/crds/site-document';
import { copyFor } from './copy/index.ts';
import { baseLanguage, isCopyLanguage } from './locales.ts';
import { capitalize, clip, DATA_VALUE_KEYS, firstSentence, tidy } from './text.ts';
import { assertValid } from './write.ts';

// improveSection without a model: a few edits it can do honestly and visibly. Anything else is refused
// with a list of what it understands, rather than guessed at.

export type Edit =
  | { kind: 'shorter' }
  | { kind: 'formal' }
  | { kind: 'friendly' }
  | { kind: 'mention'; phrase: string };

const SHORTER =
  /\b(?:short|shorter|shorten|concise|brief|briefer|trim|less text|fewer words)\b|mais curt|encurt|resum|más cort|acort|breve|plus court|raccourc|concis|kürzer|kurz|knapp/iu;
const FORMAL =
  /formal|professional|profissional|profesional|professionnel|formell|förmlich|sérieu|serious|serio/iu;
const FRIENDLY =
  /friendl|casual|warm|relaxed|informal|amig|descontra|cercan|chaleureu|décontract|freundlich|locker/iu;
const MENTION =
  /^\s*(?:please\s+|por favor\s+|s'il vous plaît\s+|bitte\s+)?(?:mention|add|include|say|highlight|talk about|menciona(?:r)?|mencione|adiciona(?:r)?|acrescenta(?:r)?|inclui(?:r)?|inclua|añad(?:e|ir)|incluye|incluir|mentionne(?:r|z)?|ajoute(?:r|z)?|inclu(?:re|ez)|erwähne(?:n)?|nenne(?:n)?|füge)\s+(?:that\s+|que\s+|dass\s+|hinzu:?\s+)?(.+?)\s*$/iu;

/** What an instruction asks for, in any of the five languages; throws when it is none of them. */
export function parseInstruction(instruction: string): Edit[] {
  const mention = MENTION.exec(instruction);
  if (mention?.[1]) {
    const phrase = tidy(mention[1].replace(/^["“«„']+|["”»“'.!]+$/gu, ''));
    if (phrase) return [{ kind: 'mention', phrase }];
  }
  const edits: Edit[] = [];
  if (SHORTER.test(instruction)) edits.push({ kind: 'shorter' });
  if (FORMAL.test(instruction)) edits.push({ kind: 'formal' });
  else if (FRIENDLY.test(instruction)) edits.push({ kind: 'friendly' });
  if (edits.length === 0) {
    throw new Error(
      `The offline generator cannot follow ${JSON.stringify(instruction)}. It understands "shorter", "more formal", "friendlier" and "mention …" (in English, Portuguese, Spanish, French or German); configure an AI key for anything else.`,
    );
  }
  return edits;
}

// Values that are data, not prose, plus names and captions: left alone by every edit.
const DATA_KEYS = new Set<string>([
  ...DATA_VALUE_KEYS,
  'postalCode',
  'locality',
  'street',
  'region',
  'name',
  'author',
  'value',
  'cite',
  'alt',
]);
// Prose that "shorter" cuts to its first sentence.
const LONG_KEYS = new Set([
  'subheading',
  'intro',
  'body',
  'text',
  'answer',
  'quote',
  'description',
  'bio',
  'paragraphs',
]);
// The lists a section is made of; "shorter" keeps the first three entries.
const LIST_KEYS = ['items', 'members', 'plans', 'paragraphs', 'blocks', 'groups'];

/** Applies the instruction to one section in every locale; the rest of the document is left as it was. */
export function improveOfflineSection(site: SiteDocument, id: string, instruction: string): SiteDocument {
  const edits = parseInstruction(instruction);
  const ids = sectionIds(site);
  if (!ids.includes(id)) {
    throw new Error(`no section with id ${JSON.stringify(id)} in this site (sections: ${ids.join(', ')})`);
  }
  const result = structuredClone(site);
  let changed = false;
  for (const locale of result.locales) {
    const content = contentForLocale(result, locale);
    for (const page of content?.pages ?? []) {
      const index = page.sections.findIndex((s) => s.id === id);
      const section = page.sections[index];
      if (!section) continue;
      // A phrase is written in one language: it goes into the default locale only.
      const applicable = edits.filter((e) => e.kind !== 'mention' || locale === site.defaultLocale);
      const edited = applicable.reduce((s, edit) => applyEdit(s, edit, locale), section);
      if (JSON.stringify(edited) !== JSON.stringify(section)) changed = true;
      page.sections[index] = edited;
    }
  }
  if (!changed) {
    throw new Error(
      `${JSON.stringify(instruction)} leaves section ${JSON.stringify(id)} as it is: nothing to change offline`,
    );
  }
  return assertValid(result);
}

function applyEdit(section: Section, edit: Edit, locale: string): Section {
  switch (edit.kind) {
    case 'shorter':
      return shorten(section);
    case 'formal':
    case 'friendly': {
      // A locale the offline copy has no words for keeps its register.
      const table = swaps(baseLanguage(locale), edit.kind);
      return mapProse(section, (text) => swap(text, table));
    }
    case 'mention':
      return mention(section, edit.phrase);
  }
}

// "\b" in the copy's patterns means a word boundary in any script, not only between ASCII letters.
const BOUNDARY = String.raw`(?:(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]))`;
const compiled = new Map<string, [RegExp, string][]>();

function swaps(language: string, register: 'formal' | 'friendly'): [RegExp, string][] {
  if (!isCopyLanguage(language)) return [];
  const key = `${language}/${register}`;
  let table = compiled.get(key);
  if (!table) {
    table = copyFor(language).common.improve[register].map(([pattern, replacement]) => [
      new RegExp(pattern.replaceAll(String.raw`\b`, BOUNDARY), 'giu'),
      replacement,
    ]);
    compiled.set(key, table);
  }
  return table;
}

function swap(text: string, table: readonly (readonly [RegExp, string])[]): string {
  return table.reduce(
    (t, [pattern, replacement]) => t.replace(pattern, (match) => matchCase(match, replacement)),
    text,
  );
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? capitalize(replacement) : replacement;
}

type Json = unknown;

function mapProse<T>(value: T, fn: (text: string, key: string) => string, key = ''): T {
  if (typeof value === 'string') return (DATA_KEYS.has(key) ? value : fn(value, key)) as T;
  if (Array.isArray(value)) return value.map((item) => mapProse(item, fn, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, Json>).map(([k, v]) => [k, mapProse(v, fn, k)]),
    ) as T;
  }
  return value;
}

function shorten(section: Section): Section {
  const cut = mapProse(section, (text, key) => (LONG_KEYS.has(key) ? firstSentence(text) : text));
  const trimmed = trimLists(cut, 3);
  if (JSON.stringify(trimmed) !== JSON.stringify(section)) return trimmed;
  // Already short: drop the eyebrow, else one entry of its longest list, else the optional intro.
  const props = section.props as Record<string, Json>;
  if (typeof props.eyebrow === 'string') return withoutProp(section, 'eyebrow');
  const longest = longestList(section);
  if (longest > 1) return trimLists(section, longest - 1);
  if (typeof props.intro === 'string') return withoutProp(section, 'intro');
  return section;
}

function withoutProp(section: Section, key: string): Section {
  const { [key]: _dropped, ...props } = section.props as Record<string, Json>;
  return { ...section, props } as Section;
}

function trimLists<T>(value: T, max: number): T {
  if (Array.isArray(value)) return value.map((item) => trimLists(item, max)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, Json>).map(([k, v]) => [
        k,
        LIST_KEYS.includes(k) && Array.isArray(v) ? trimLists(v.slice(0, max), max) : trimLists(v, max),
      ]),
    ) as T;
  }
  return value;
}

function longestList(value: Json): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(longestList));
  if (value && typeof value === 'object') {
    return Math.max(
      0,
      ...Object.entries(value as Record<string, Json>).map(([k, v]) =>
        LIST_KEYS.includes(k) && Array.isArray(v)
          ? Math.max(v.length, ...v.map(longestList))
          : longestList(v),
      ),
    );
  }
  return 0;
}

function sentence(phrase: string): string {
  const text = capitalize(phrase);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function append(existing: string | undefined, phrase: string, max: number): string {
  const addition = sentence(phrase);
  if (!existing) return clip(addition, max);
  const joined = `${existing} ${addition}`;
  if (joined.length <= max) return joined;
  return clip(`${firstSentence(existing)} ${addition}`, max);
}

/** Puts the phrase where a reader sees it first: the intro, the body, or the heading. */
function mention(section: Section, phrase: string): Section {
  const s = structuredClone(section);
  switch (s.type) {
    case 'hero':
      s.props.subheading = append(s.props.subheading, phrase, 300);
      break;
    case 'cta':
      s.props.body = append(s.props.body, phrase, 300);
      break;
    case 'about': {
      const last = s.props.paragraphs.length - 1;
      s.props.paragraphs[last] = append(s.props.paragraphs[last], phrase, 1200);
      break;
    }
    case 'text':
      if (s.props.blocks.length < 40)
        s.props.blocks.push({ kind: 'paragraph', text: sentence(phrase).slice(0, 2000) });
      break;
    case 'features':
    case 'services':
    case 'gallery':
    case 'pricing':
    case 'team':
    case 'contact':
    case 'blog-list':
      s.props.intro = append(s.props.intro, phrase, 300);
      break;
    case 'stats':
    case 'logos':
      s.props.heading = s.props.heading
        ? clip(`${s.props.heading}: ${phrase}`, 100)
        : clip(sentence(phrase), 100);
      break;
    case 'testimonials':
    case 'faq':
      s.props.heading = clip(`${s.props.heading}: ${phrase}`, 100);
      break;
  }
  return s;
}
