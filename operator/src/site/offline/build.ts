import {
  type ART_MOTIFS,
  type ContactSection,
  type Image,
  isPlaceholder,
  type KindFamily,
  type LocalizedContent,
  type Page,
  type Placeholder,
  pagePath,
  type Section,
  type ServicesSection,
  WEEKDAYS,
} from '@pagemagic/crds/site-document';
import type { BriefFacts, CopyLanguage, CountFact, PriceFact } from '../brief/types.ts';
import { type CopyFile, copyFor, type FamilyCopy } from './copy/index.ts';
import { ALWAYS_VARS, type Text } from './copy/schema.ts';
import { familyLayout, type PageKey, type PagePlan, type SectionKey } from './layout.ts';
import { kindNoun } from './nouns.ts';
import { seedFrom } from './random.ts';
import { canFill, fill, type Vars, variablesOf } from './template.ts';
import { capitalize, clip, fold, tidy } from './text.ts';

// One locale's navigation, footer and pages, written from the brief's facts and the copy tables. The rule
// that shapes every line here: a fact the brief did not give is never written; where a page needs one (a
// street, a phone number, hours, a price on a menu) a placeholder stands in for the owner to fill.

/** Everything the builder needs, settled once for every locale. */
export interface SiteFacts {
  brief: BriefFacts;
  name: string;
  family: KindFamily;
  pages: PagePlan[];
  /** SiteBrief.variant: 0 for the first take. */
  variant: number;
  /** False when the brief gave no name and the site is called after what it is and where ("Bakery in Porto"). */
  named: boolean;
}

const SECTION_IDS: Record<Exclude<SectionKey, 'offer'>, string> = {
  hero: 'welcome',
  highlights: 'highlights',
  'good-to-know': 'good-to-know',
  stats: 'numbers',
  cta: 'next-step',
  story: 'story',
  values: 'values',
  team: 'team',
  faq: 'faq',
  contact: 'visit',
};

export function sectionId(key: SectionKey, family: KindFamily): string {
  return key === 'offer' ? familyLayout(family).offerSlug : SECTION_IDS[key];
}

interface Context {
  facts: SiteFacts;
  locale: string;
  language: CopyLanguage;
  copy: CopyFile;
  fam: FamilyCopy;
  vars: Vars;
  /** The hero's: the facts no section of their own shows (one count, a few qualities), else as vars. */
  heroVars: Vars;
  /** The qualities the hero's eyebrow carries as badges, when they fit. */
  badges: string[];
}

/** The business noun in a language: the brief's own (in its language), else the kind's, else the family's. */
export function nounFor(brief: BriefFacts, family: KindFamily, language: CopyLanguage): string {
  const own = tidy(brief.kind.noun ?? brief.descriptor ?? '');
  const inBriefLanguage = language === brief.language.code && own ? own : undefined;
  // The owner's word is the more specific ("piano teacher", "Klavierlehrerin", "brewery taproom"), when it
  // is a short noun phrase; a long descriptor reads better as the kind's word.
  const specific = inBriefLanguage && inBriefLanguage.length <= 40 && inBriefLanguage.split(' ').length <= 4;
  const noun =
    family === 'neutral'
      ? inBriefLanguage
      : specific
        ? inBriefLanguage
        : (kindNoun(brief.kind.id, language) ?? inBriefLanguage);
  return lowerFirst(clip(noun || copyFor(language).families[family].noun, 60), language);
}

// Mid-sentence, "Tattoo studio" reads "tattoo studio"; German keeps its capitalised nouns, acronyms stay.
function lowerFirst(text: string, language: string): string {
  return language === 'de' || !/^\p{Lu}\p{Ll}/u.test(text)
    ? text
    : text.charAt(0).toLowerCase() + text.slice(1);
}

/** "a bakery", "an inn": English only; other languages' copy does not use {aNoun} with a gendered noun. */
export function withArticle(noun: string, language: CopyLanguage): string {
  if (language !== 'en') return noun;
  const an = /^(?:[aeio]|u(?!ni|s[aeu]|r[aeiou])|h(?:our|onest|eir))/i.test(noun) && !/^one\b/i.test(noun);
  return `${an ? 'an' : 'a'} ${noun}`;
}

/** The place's city as this locale should read it: as the brief wrote it in its own language. */
export function cityFor(brief: BriefFacts, language: CopyLanguage): string | undefined {
  const place = brief.place;
  // A brief that names only a country ("Surf camp in Portugal") gives no city to say "in" of.
  if (!place?.city) return undefined;
  return tidy(language === brief.language.code && place.written ? place.written : place.city) || undefined;
}

export function whereFor(copy: CopyFile, city: string): string {
  const key = city.toLocaleLowerCase();
  const special = copy.common.where.special.find((s) => s.cities.some((c) => c.toLocaleLowerCase() === key));
  return fill(special?.template ?? copy.common.where.default, { city });
}

export function listOf(locale: string, items: readonly string[]): string | undefined {
  return items.length > 0 ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(items) : undefined;
}

/**
 * A phrase of the brief as it reads inside a sentence: "Boiler installs" begins a sentence of the brief
 * and becomes "boiler installs"; a word capitalised mid-sentence there ("Douro", "IPAs") is a name and
 * stays, and so do German nouns.
 */
export function inSentence(brief: BriefFacts, phrase: string): string {
  // "Gas Safe registered", "Porto tónico": a capital further in makes it a name, kept as written.
  if (!/^\p{Lu}\p{Ll}/u.test(phrase) || /\s\p{Lu}/u.test(phrase)) return phrase;
  const text = brief.text;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(0, at).trimEnd();
    if (before !== '' && !/[.!?:;•·–—-]$/u.test(before)) return phrase;
  }
  return lowerFirst(phrase, brief.language.code);
}

const CLAUSE_END = /[.,;:!?()[\]{}"“”„«»|/\\–—]/u;
const LIST_WORDS = new Set(['and', 'or', 'but', 'und', 'oder', 'e', 'ou', 'y', 'o', 'et', '&', 'plus']);

/**
 * What the brief counts, in its own words: "9 rooms", or with the words after it that say what of, up to
 * the end of the clause ("15 years in the trade", "23 dogs waiting for a home", "15 gatos para adoção"),
 * when they are few; a long or run-on clause is left out rather than cut.
 */
export function countPhrase(
  brief: BriefFacts,
  count: CountFact,
): { value: string; label: string; text: string } {
  const noun = tidy(count.noun);
  const span = tidy(count.text);
  const text = tidy(brief.text);
  const at = span ? text.toLocaleLowerCase().indexOf(span.toLocaleLowerCase()) : -1;
  let tail = '';
  if (at >= 0 && span.toLocaleLowerCase().endsWith(noun.toLocaleLowerCase())) {
    const rest = text.slice(at + span.length);
    const clause = rest.split(CLAUSE_END)[0] ?? '';
    const words = clause.startsWith(' ') ? clause.trim().split(' ').filter(Boolean) : [];
    const stop = words.findIndex((w) => LIST_WORDS.has(w.toLocaleLowerCase()) || /\d/.test(w));
    const kept = stop >= 0 ? words.slice(0, stop) : words;
    // The whole clause or nothing: "years in the trade", never "vans covering the whole of".
    if (kept.length === words.length && kept.length <= 4) tail = kept.join(' ');
  }
  const label = clip(tail ? `${noun} ${tail}` : noun, 60);
  const phrase = span && /\d/.test(span) ? span : `${count.value} ${noun}`;
  return { value: clip(String(count.value), 16), label, text: tail ? `${phrase} ${tail}` : phrase };
}

/** The brief's counts a page can show: a number and a noun. */
function validCounts(brief: BriefFacts): CountFact[] {
  return brief.counts.filter((c) => tidy(c.noun) !== '' && Number.isFinite(c.value));
}

/** The brief's qualities, as written, without duplicates or blanks. */
function attributes(brief: BriefFacts): string[] {
  return unique(brief.attributes);
}

function unique(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.map(tidy).filter((o) => {
    const key = o.toLocaleLowerCase();
    if (!o || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Where the brief's numbers go: two or more make a stats section; a single one reads better as a line in
 * the hero than as one lonely figure.
 */
export function hasStats(brief: BriefFacts): boolean {
  return validCounts(brief).length >= 2;
}

/**
 * Where the brief's qualities go: three or more (or a long list) make a "good to know" section; one or
 * two ride in the hero, as badges by the eyebrow or, when they do not fit there, as a line.
 */
export function hasGoodToKnow(brief: BriefFacts): boolean {
  const list = attributes(brief);
  return list.length >= 3 || list.join(', ').length > 100;
}

function varsFor(facts: SiteFacts, locale: string, language: CopyLanguage, copy: CopyFile): Vars {
  const { brief } = facts;
  const noun = nounFor(brief, facts.family, language);
  const city = cityFor(brief, language);
  const year = brief.foundedYear !== undefined ? String(brief.foundedYear) : undefined;
  const people = brief.people
    .map((p) => ({ name: tidy(p.name), role: tidy(p.role ?? '') }))
    .filter((p) => p.name)
    .map((p) => (p.role ? `${p.name} (${p.role})` : p.name));
  const list = (items: string[]) =>
    listOf(
      locale,
      items.map((i) => inSentence(brief, i)),
    );
  const offered = list(offerings(brief));
  const qualities = list(attributes(brief));
  const counted = listOf(
    locale,
    validCounts(brief).map((c) => countPhrase(brief, c).text),
  );
  return {
    // An unnamed site has no name to use in a sentence: its copy says "we" instead.
    ...(facts.named ? { name: facts.name } : {}),
    noun,
    Noun: capitalize(noun),
    aNoun: withArticle(noun, language),
    where: city ? ` ${whereFor(copy, city)}` : '',
    since: year ? ` ${fill(copy.common.since, { year })}` : '',
    ...(city ? { city } : {}),
    ...(year ? { year } : {}),
    ...optional('offerings', offered),
    ...optional('Offerings', offered && capitalize(offered)),
    ...optional('attributes', qualities),
    ...optional('Attributes', qualities && capitalize(qualities)),
    ...optional('counts', counted),
    ...optional('Counts', counted && capitalize(counted)),
    ...optional('people', listOf(locale, people)),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/** The brief's offerings as written, without duplicates or blanks. */
export function offerings(brief: BriefFacts): string[] {
  return unique(brief.offerings);
}

/** The name of a business whose brief gives none: what it is and where, in the default locale. */
export function unnamedName(
  brief: BriefFacts,
  family: KindFamily,
  locale: string,
  language: CopyLanguage,
): string {
  const copy = copyFor(language);
  const facts: SiteFacts = { brief, name: '', family, pages: [], variant: 0, named: false };
  const vars = varsFor(facts, locale, language, copy);
  // In the brief's own words where it has them ("Bistro in Bristol"), the owner's likeliest name for it.
  const own = language === brief.language.code ? tidy(brief.kind.noun ?? '') : '';
  const noun = own ? clip(lowerFirst(own, language), 60) : vars.noun;
  return clip(fill(copy.common.unnamed, { ...vars, noun, Noun: capitalize(noun ?? '') }), 80);
}

export function buildContent(facts: SiteFacts, locale: string, language: CopyLanguage): LocalizedContent {
  const copy = copyFor(language);
  const fam = copy.families[facts.family];
  const vars = varsFor(facts, locale, language, copy);
  const ctx: Context = { facts, locale, language, copy, fam, vars, heroVars: vars, badges: [] };
  const qualities = attributes(facts.brief);
  // The hero says what no section of its own shows: a single count; one or two qualities, as badges when
  // they fit by the eyebrow, else as a line.
  const counts = validCounts(facts.brief);
  const eyebrow = write(ctx, fam.hero.eyebrow, vars, 'near');
  const badged = [eyebrow, ...qualities.map(capitalize)].filter(Boolean).join(' · ');
  const badges = !hasGoodToKnow(facts.brief) && badged.length <= 60 ? qualities.map(capitalize) : [];
  const { Counts: _c, counts: _cs, Attributes: _a, attributes: _as, ...rest } = vars;
  ctx.badges = badges;
  ctx.heroVars = {
    ...rest,
    ...(counts.length === 1 ? { Counts: vars.Counts, counts: vars.counts } : {}),
    ...(!hasGoodToKnow(facts.brief) && badges.length === 0
      ? { Attributes: vars.Attributes, attributes: vars.attributes }
      : {}),
  };
  return {
    navigation: {
      items: facts.pages
        .slice(0, 8)
        .map((p) => ({ label: clip(pageTitle(ctx, p.key), 40), href: pagePath(p.slug) })),
    },
    footer: footer(ctx),
    pages: facts.pages.map((p) => page(ctx, p)),
    posts: [],
  };
}

const t = (ctx: Context, template: string, max: number) => clip(fill(template, ctx.vars), max);

/**
 * How a text stands by the name: "near" where the site's name is on show right by it (the eyebrow and
 * the hero under the header, the footer under the name), "story" for the story, "apart" elsewhere.
 */
type Nearness = 'near' | 'story' | 'apart';

/**
 * Writes a text of the copy (see TextSchema): each sentence whose facts are known, and of each list of
 * alternatives the first that can be written. Near the name, an alternative that would say the name
 * again ("Heating engineer in Leeds." on a site called that) is passed over; there and in the story, so is
 * one whose only fact is a noun the name already says.
 */
export function write(ctx: Context, text: Text, vars: Vars = ctx.vars, nearness: Nearness = 'apart'): string {
  const parts: string[] = [];
  for (const part of text) {
    const options = typeof part === 'string' ? [part] : part;
    const chosen = options.find(
      (o) =>
        canFill(o, vars) &&
        !(nearness !== 'apart' && tellsOnlyTheName(ctx, o, vars)) &&
        !(nearness === 'near' && repeatsName(ctx, fill(o, vars))),
    );
    if (chosen !== undefined) parts.push(fill(chosen, vars));
  }
  return parts.join(' ');
}

// An unnamed site's name is what it is and where: a text that says it again, even with more, repeats it.
function repeatsName(ctx: Context, text: string): boolean {
  const name = bare(ctx.facts.name);
  return ctx.facts.named ? bare(text) === name : ` ${bare(text)} `.includes(` ${name} `);
}

// "Hotel am Tegernsee – Hotel.", "Tattoo studio.": a sentence whose only fact is the noun, when the name
// already says it and there is no place or year to add.
function tellsOnlyTheName(ctx: Context, template: string, vars: Vars): boolean {
  const used = variablesOf(template);
  if (!used.some((v) => v === 'noun' || v === 'Noun' || v === 'aNoun')) return false;
  if (!used.every((v) => (ALWAYS_VARS as readonly string[]).includes(v))) return false;
  if (vars.where || vars.since) return false;
  return ` ${bare(ctx.facts.name)} `.includes(` ${bare(vars.noun ?? '')} `);
}

const bare = (text: string) =>
  fold(text)
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();

const w = (ctx: Context, text: Text, max: number, vars?: Vars, nearness?: Nearness) =>
  clip(write(ctx, text, vars, nearness), max);

function pageTitle(ctx: Context, key: PageKey): string {
  return key === 'offer' ? ctx.fam.offer.title : ctx.copy.common.pages[key];
}

// A link to a section: its page when the section opens that page, else an anchor on it.
function linkTo(ctx: Context, key: SectionKey): string | undefined {
  const plan = ctx.facts.pages.find((p) => p.sections.includes(key));
  if (!plan) return undefined;
  if (plan.slug !== 'index' && plan.sections[0] === key) return pagePath(plan.slug);
  return `${pagePath(plan.slug)}#${sectionId(key, ctx.facts.family)}`;
}

function art(ctx: Context, slot: string, motif: number, alt: string, width: number, height: number): Image {
  const motifs = familyLayout(ctx.facts.family).motifs;
  return {
    kind: 'art',
    seed: seedFrom('art', ctx.facts.name, slot, ctx.facts.variant || undefined),
    motif: motifs[(motif + ctx.facts.variant) % motifs.length] as (typeof ART_MOTIFS)[number],
    alt: clip(alt, 250),
    width,
    height,
  };
}

function footer(ctx: Context): LocalizedContent['footer'] {
  const { copy } = ctx;
  const contact = contactFacts(ctx.facts.brief);
  const links: { label: string; href: string }[] = [];
  if (contact.tel) links.push({ label: copy.common.links.call, href: contact.tel });
  if (contact.email) links.push({ label: copy.common.links.email, href: `mailto:${contact.email}` });
  const visit = linkTo(ctx, 'contact');
  if (visit) links.push({ label: copy.common.links.contact, href: visit });
  // The footer prints the name above this line: the line never says it again.
  return { text: w(ctx, copy.common.footer, 300, ctx.vars, 'near'), links, social: [] };
}

function page(ctx: Context, plan: PagePlan): Page {
  const title = pageTitle(ctx, plan.key);
  const { seo } = ctx.copy.common;
  const descriptions: Record<PageKey, string> = {
    home: w(ctx, ctx.fam.hero.subheading, 160, ctx.heroVars, 'near'),
    offer: w(ctx, ctx.fam.offer.intro, 160),
    about: w(ctx, seo.about, 160),
    faq: w(ctx, seo.faq, 160),
    contact: w(ctx, seo.contact, 160),
  };
  return {
    slug: plan.slug,
    title: clip(title, 80),
    seo: {
      title:
        plan.key === 'home'
          ? ctx.facts.named
            ? t(ctx, seo.home, 70)
            : clip(ctx.facts.name, 70)
          : clip(fill(seo.page, { title, name: ctx.facts.name }), 70),
      description: descriptions[plan.key] || clip(ctx.facts.name, 160),
    },
    sections: plan.sections.map((key) => section(ctx, key)),
  };
}

function section(ctx: Context, key: SectionKey): Section {
  const id = sectionId(key, ctx.facts.family);
  const { fam, copy, facts } = ctx;
  const { brief } = facts;
  switch (key) {
    case 'hero': {
      const actions = [
        { label: fam.hero.action, href: linkTo(ctx, 'offer') },
        { label: copy.common.actions.contact, href: linkTo(ctx, 'contact') },
      ].flatMap((a) => (a.href ? [{ label: clip(a.label, 40), href: a.href }] : []));
      // An unnamed site's name is only what it is and where: no heading welcomes visitors to it.
      const headings = facts.named
        ? fam.hero.headings
        : fam.hero.headings.filter((h) => !h.includes('{name}'));
      const heading = headings[headingIndex(facts, headings.length)] as string;
      const eyebrow = [write(ctx, fam.hero.eyebrow, ctx.vars, 'near'), ...ctx.badges]
        .filter(Boolean)
        .join(' · ');
      const subheading = w(ctx, fam.hero.subheading, 300, ctx.heroVars, 'near');
      return {
        id,
        type: 'hero',
        props: {
          ...(eyebrow ? { eyebrow: clip(eyebrow, 60) } : {}),
          heading: t(ctx, heading, 100),
          ...(subheading ? { subheading } : {}),
          actions: actions.filter((a, i) => actions.findIndex((b) => b.href === a.href) === i),
          image: art(ctx, 'hero', 0, write(ctx, fam.imageAlt.hero), 1600, 1000),
        },
      };
    }
    case 'highlights':
      return {
        id,
        type: 'features',
        props: {
          heading: t(ctx, fam.highlights.heading, 100),
          intro: w(ctx, fam.highlights.intro, 300),
          items: fam.highlights.items.map((i) => ({ title: i.title, body: i.body })),
        },
      };
    case 'good-to-know':
      return {
        id,
        type: 'text',
        props: {
          heading: t(ctx, copy.common.goodToKnow.heading, 100),
          blocks: [
            { kind: 'paragraph', text: w(ctx, copy.common.goodToKnow.intro, 2000) },
            {
              kind: 'list',
              ordered: false,
              items: attributes(brief)
                .slice(0, 20)
                .map((a) => clip(capitalize(a), 300)),
            },
          ],
        },
      };
    case 'stats':
      return {
        id,
        type: 'stats',
        props: { heading: w(ctx, copy.common.stats.heading, 100), items: stats(ctx) },
      };
    case 'cta':
      return {
        id,
        type: 'cta',
        props: {
          heading: t(ctx, fam.cta.heading, 100),
          body: w(ctx, fam.cta.body, 300),
          actions: [{ label: clip(fam.cta.action, 40), href: linkTo(ctx, 'contact') ?? '/' }],
        },
      };
    case 'offer':
      return offer(ctx, id);
    case 'story':
      return {
        id,
        type: 'about',
        props: {
          heading: w(ctx, fam.about.heading, 100),
          paragraphs: fam.about.paragraphs.map((p) => w(ctx, p, 1200, ctx.vars, 'story')).filter(Boolean),
          image: art(ctx, 'story', 1, write(ctx, fam.imageAlt.story), 1200, 900),
        },
      };
    case 'values':
      return {
        id,
        type: 'text',
        props: {
          heading: t(ctx, fam.values.heading, 100),
          blocks: [
            { kind: 'paragraph', text: w(ctx, fam.values.intro, 2000) },
            { kind: 'list', ordered: false, items: [...fam.values.items] },
          ],
        },
      };
    case 'team':
      return {
        id,
        type: 'team',
        props: {
          heading: w(ctx, copy.common.team.heading, 100),
          intro: t(ctx, copy.common.team.intro, 300),
          members: brief.people
            .filter((p) => tidy(p.name))
            .slice(0, 24)
            .map((p) => ({
              name: clip(tidy(p.name), 80),
              role: clip(tidy(p.role ?? '') || copy.common.team.role, 80),
            })),
        },
      };
    case 'faq':
      return {
        id,
        type: 'faq',
        props: {
          heading: t(ctx, copy.common.faqHeading, 100),
          items: fam.faq.map((f) => ({ question: f.question, answer: f.answer })),
        },
      };
    case 'contact':
      return contact(ctx, id);
  }
}

/** Which of the hero headings this take uses: the first for the first take, another for each variant. */
function headingIndex(facts: SiteFacts, count: number): number {
  return facts.variant === 0 ? 0 : seedFrom('heading', facts.name, facts.variant) % count;
}

// The brief's counts, each labelled in its words ("15" "years in the trade"). The founding year is not
// among them: the eyebrow says "since 1987" once, and nothing works out years from today's date.
function stats(ctx: Context): { value: string; label: string }[] {
  const { brief } = ctx.facts;
  const items = validCounts(brief).map((c) => {
    const { value, label } = countPhrase(brief, c);
    return { value, label };
  });
  return items
    .filter((item, i) => items.findIndex((o) => o.value === item.value && o.label === item.label) === i)
    .slice(0, 8);
}

/** Whether the brief gives anything to list on an offer page. */
export function hasOffer(brief: BriefFacts): boolean {
  return offerings(brief).length > 0 || brief.prices.some(validPrice);
}

function validPrice(price: PriceFact): boolean {
  return (
    price.free === true ||
    (Number.isFinite(price.amount) &&
      price.amount >= 0 &&
      price.amount <= 10_000_000 &&
      /^[A-Z]{3}$/.test(price.currency))
  );
}

type ServiceItem = ServicesSection['props']['groups'][number]['items'][number];

function offer(ctx: Context, id: string): Section {
  const { brief, family } = ctx.facts;
  const { common } = ctx.copy;
  const prices = brief.prices.filter(validPrice);
  const used = new Set<PriceFact>();
  const priceOf = (name: string): PriceFact | undefined => {
    const key = name.toLocaleLowerCase();
    const found = prices.find((p) => {
      const item = p.item ? tidy(p.item).toLocaleLowerCase() : '';
      return !used.has(p) && item !== '' && (item === key || item.includes(key) || key.includes(item));
    });
    if (found) used.add(found);
    return found;
  };
  const expected = familyLayout(family).pricesExpected;
  const item = (name: string, price: PriceFact | undefined): ServiceItem => ({
    name: clip(capitalize(name), 80),
    ...priced(ctx, price, expected),
  });
  const listed = offerings(brief);
  const items = listed.map((name) => item(name, priceOf(name)));
  const unnamed = prices.filter((p) => !used.has(p) && !(p.item && tidy(p.item)));
  // "I teach guitar lessons, €30 per hour": one offering and one price of nothing in particular belong
  // together.
  const [only] = listed;
  const unpriced = items[0] !== undefined && (items[0].price === undefined || isPlaceholder(items[0].price));
  if (only !== undefined && listed.length === 1 && unnamed.length === 1 && unpriced) {
    const [price] = unnamed;
    if (price) {
      used.add(price);
      items[0] = item(only, price);
    }
  }
  // Prices of things the brief did not list as offerings ("rooms from 80 € a night") join the list; prices
  // of nothing in particular get a group of their own, each named by what it is per.
  const general: ServiceItem[] = [];
  for (const price of prices.filter((p) => !used.has(p))) {
    const named = price.item ? tidy(price.item) : '';
    used.add(price);
    if (named) items.push(item(named, price));
    else general.push(item(common.offer.priceItem[price.per ?? 'none'], price));
  }
  const groups = [
    ...(items.length > 0 ? [{ items: items.slice(0, 40) }] : []),
    ...(general.length > 0
      ? [
          {
            ...(items.length > 0 ? { name: clip(common.offer.groupPrices, 80) } : {}),
            items: general.slice(0, 40),
          },
        ]
      : []),
  ];
  return {
    id,
    type: 'services',
    props: {
      heading: w(ctx, ctx.fam.offer.heading, 100),
      intro: w(ctx, ctx.fam.offer.intro, 300),
      groups,
    },
  };
}

function priced(ctx: Context, price: PriceFact | undefined, expected: boolean): Partial<ServiceItem> {
  const notes = ctx.copy.common.priceNotes;
  if (!price) {
    return expected ? { price: { placeholder: 'price', note: ctx.copy.common.placeholders.price } } : {};
  }
  const note = [
    price.free ? notes.free : undefined,
    price.floor && !price.free ? notes.from : undefined,
    price.per ? notes[price.per] : undefined,
  ]
    .filter((n): n is string => n !== undefined)
    .join(' · ');
  return {
    ...(price.free ? {} : { price: { amount: price.amount, currency: price.currency } }),
    ...(note ? { priceNote: clip(note, 40) } : {}),
  };
}

const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const PHONE = /^\+?\(?[0-9][0-9 ().-]{2,30}$/;

/** The brief's phone and email when the document can hold them (and a tel: link for the phone). */
export function contactFacts(brief: BriefFacts): { phone?: string; tel?: string; email?: string } {
  // As written or not at all: a number with letters in it ("0800-FLOWERS") is not cut down to its digits.
  const phone = tidy(brief.contact.phone ?? '');
  const tel = `tel:${phone.replace(/[^+\d]/g, '')}`;
  const email = tidy(brief.contact.email ?? '');
  return {
    ...(PHONE.test(phone) && phone.length <= 32 && /^tel:\+?[0-9]{6,31}$/.test(tel) ? { phone, tel } : {}),
    ...(EMAIL.test(email) && email.length <= 254 ? { email } : {}),
  };
}

/** An OpenStreetMap search for the place; every part from the brief is encoded, apostrophes included. */
export function mapUrl(parts: readonly string[]): string {
  const query = encodeURIComponent(parts.filter(Boolean).join(', ')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `https://www.openstreetmap.org/search?query=${query}`;
}

const TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;

function hours(brief: BriefFacts): { day: (typeof WEEKDAYS)[number]; opens: string; closes: string }[] {
  if (brief.hours.alwaysOpen) return WEEKDAYS.map((day) => ({ day, opens: '00:00', closes: '23:59' }));
  const time = (value: string) => (value === '24:00' ? '23:59' : value);
  return brief.hours.spans
    .flatMap((span) => span.days.map((day) => ({ day, opens: time(span.opens), closes: time(span.closes) })))
    .filter((h) => WEEKDAYS.includes(h.day) && TIME.test(h.opens) && TIME.test(h.closes))
    .sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens))
    .slice(0, 21);
}

function placeholder(ctx: Context, fact: Placeholder['placeholder'], note?: string): Placeholder {
  return { placeholder: fact, note: clip(note ?? ctx.copy.common.placeholders[fact], 160) };
}

function contact(ctx: Context, id: string): Section {
  const { brief } = ctx.facts;
  const { common } = ctx.copy;
  const known = contactFacts(brief);
  const street = tidy(brief.contact.street ?? '');
  const city = tidy(brief.place?.city ?? '');
  let address: ContactSection['props']['address'];
  if (street && city && brief.place && /^[A-Z]{2}$/.test(brief.place.country)) {
    const region = tidy(brief.place.region ?? '');
    address = {
      street: clip(street, 120),
      locality: clip(city, 80),
      ...(region && region !== city ? { region: clip(region, 80) } : {}),
      country: brief.place.country,
    };
  } else if (street) {
    address = placeholder(
      ctx,
      'street-address',
      fill(common.placeholders['street-without-city'], { street }),
    );
  } else {
    address = placeholder(ctx, 'street-address');
  }
  const open = hours(brief);
  const notes = [
    brief.hours.alwaysOpen ? common.contact.alwaysOpen : undefined,
    ...brief.hours.mentions.map((m) => tidy(m.text)),
  ].filter((n): n is string => Boolean(n));
  const form = common.contact.form;
  return {
    id,
    type: 'contact',
    props: {
      heading: t(ctx, common.contact.heading, 100),
      intro: w(ctx, ctx.fam.contactIntro, 300),
      address,
      phone: known.phone ?? placeholder(ctx, 'phone'),
      email: known.email ?? placeholder(ctx, 'email'),
      ...(brief.place && city
        ? { mapUrl: mapUrl([clip(street, 120), clip(city, 80), clip(tidy(brief.place.countryName), 80)]) }
        : {}),
      hours: open.length > 0 ? open : placeholder(ctx, 'opening-hours'),
      ...(notes.length > 0 ? { hoursNote: clip(notes.join('; '), 160) } : {}),
      form: {
        fields: [
          { name: 'name', label: form.name, type: 'text', required: true },
          { name: 'email', label: form.email, type: 'email', required: true },
          { name: 'phone', label: form.phone, type: 'tel', required: false },
          { name: 'topic', label: form.topic, type: 'select', required: true, options: [...ctx.fam.topics] },
          {
            name: 'message',
            label: form.message,
            type: 'textarea',
            required: true,
            placeholder: form.messagePlaceholder,
          },
        ],
        submitLabel: clip(form.submit, 40),
        successMessage: clip(form.success, 200),
      },
    },
  };
}
