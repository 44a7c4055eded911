// The fidelity check: does a site state only facts the owner gave? Holds a site document against the
// BriefFacts read from its brief and lists every fabrication (an invented review, rating, figure, award,
// logo, person, address, phone, email, opening hours, price, a changed count or name) with its JSON Pointer
// and what to do instead, so the AI repair loop can fix it and people can see it. Pure: no I/O, and the
// only outside input, the current year (for "years in business" worked out from a founding year), can be
// passed in.
//
// Judgement calls, all on the lenient side where a brief-reading step could have missed something the
// owner did write: a name, quote or logo counts as given when it appears in the brief's text, even if
// understandBrief() did not pick it up; a number counts as given when it appears anywhere in the brief.
// A translation is held to the same rules, and a testimonial in a translation passes when the default
// locale's item at the same place passes (it is the owner's quote, translated).
//
// describeFidelityRules() is the same rule as prompt text, so what the model is told and what the checker
// enforces come from one place.

import { isPlaceholder, PLACEHOLDER_FACTS, type SiteDocument } from '@pagemagic/crds/site-document';
import type { BriefFacts } from './brief/types.ts';

export const FIDELITY_CATEGORIES = [
  'testimonial',
  'rating',
  'stat',
  'award',
  'logo',
  'team-member',
  'street-address',
  'phone',
  'email',
  'hours',
  'price',
  'count',
  'name',
] as const;
export type FidelityCategory = (typeof FIDELITY_CATEGORIES)[number];

export interface FidelityViolation {
  category: FidelityCategory;
  /** JSON Pointer into the site document. */
  path: string;
  /** What was invented, and how to fix it. */
  message: string;
}

export interface FidelityOptions {
  /** The owner's business name, when given apart from the brief; wins over facts.name. */
  name?: string;
  /** The current year, for years in business worked out from facts.foundedYear; defaults to today's. */
  year?: number;
}

/** The honesty rule as prompt text: what the model is told, and what checkFidelity() enforces. */
export function describeFidelityRules(): string {
  const placeholders = PLACEHOLDER_FACTS.map((p) => `"${p}"`).join(' | ');
  return `Facts (the honesty rule: the site states only facts the owner gave)
- Use only the facts in the owner's description and the facts listed with it. Never invent testimonials or reviews, ratings or review counts, statistics or figures, awards, certifications, accreditations or licences, press mentions, client or partner logos, team members or other people, street addresses, postal codes, phone numbers, email addresses, opening hours, prices, web addresses or social media accounts.
- Keep every number the owner gave exactly as given, in every language: "9 rooms" stays 9 rooms. Years in business may be worked out from a founding year; no other figure may be made up.
- The business name is the owner's, exactly as written.
- Where a page needs a fact the owner did not give, write a typed placeholder instead of a value, in the fields that accept one (the contact section's address, phone, email and hours, and the price of a service item or a pricing plan): {"placeholder": ${placeholders}, "note": "a short hint for the owner, or null"}. The published page leaves a placeholder out and the owner is asked to fill it in. Never write made-up stand-ins such as "Lorem ipsum", "[your phone]", "123 Main Street" or "example@email.com".
- Testimonials only when the description quotes them, word for word; stats, team and logos sections only with figures, people and names the owner gave. Otherwise leave those sections out.
- Running text must not state or need a missing fact: no prices, times, phone numbers or addresses in sentences unless the owner gave them.`;
}

// ---------------------------------------------------------------------------------------------------------
// Data: claim words, by concept, in the languages the product writes (folded: lower case, no accents).
// A claim passes when the brief makes a claim of the same concept, in any language.

const CLAIMS: Record<string, readonly string[]> = {
  award: [
    'awards?',
    'awarded',
    'award[ -]winning',
    'prize[ -]winning',
    'winners? of',
    'premiad[oa]s?',
    'premios?',
    'galardonad[oa]s?',
    'galardoad[oa]s?',
    'recompensee?s?',
    'laureate?s?',
    'preisgekront\\w*',
    'preistrager\\w*',
    'auszeichnung(?:en)?',
    'ausgezeichnet mit',
    'premiat[oaie]',
    'vincitor[ei]',
  ],
  michelin: ['michelin', 'bib gourmand'],
  certified: [
    'certified',
    'certificad[oa]s?',
    'certifiee?s?',
    'zertifiziert\\w*',
    'certificat[oaie]',
    'iso ?\\d{4,5}',
  ],
  accredited: ['accredited', 'acreditad[oa]s?', 'accreditee?s?', 'akkreditiert\\w*', 'accreditat[oaie]'],
  licensed: ['licen[sc]ed', 'licenciad[oa]s?', 'lizenziert\\w*', 'abilitat[oaie]'],
  insured: ['insured', 'segurad[oa]s?'],
  'voted-best': ['voted', 'eleit[oa]s? (?:o |a )?melhor', 'elegid[oa]s? (?:el |la )?mejor', 'elue? meilleur'],
  press: ['as seen (?:in|on)', 'featured (?:in|on)'],
};

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';
const CLAIM_PATTERNS = Object.entries(CLAIMS).map(([concept, words]) => ({
  concept,
  pattern: new RegExp(`${BOUNDARY_BEFORE}(?:${words.join('|')})${BOUNDARY_AFTER}`, 'iu'),
}));

const STAR_WORDS = 'stars?|estrelas?|estrellas?|etoiles?|sternen?|stelle|stella';
const REVIEW_WORDS =
  'reviews?|ratings?|avaliacoes|avaliacao|opinioes|resenas|opiniones|valoraciones|avis|bewertungen|rezensionen|recensioni';
// Ratings: "4.9/5", "4,8 out of 5", "4.8★", "5 stars", "★★★★★", "312 reviews".
const RATING_PATTERNS = [
  new RegExp(
    `${BOUNDARY_BEFORE}(\\d(?:[.,]\\d{1,2})?)\\s*(?:/|out of|sur|von|su)\\s*(?:5|10)${BOUNDARY_AFTER}`,
    'giu',
  ),
  new RegExp(
    `${BOUNDARY_BEFORE}(\\d(?:[.,]\\d{1,2})?)\\s*-?\\s*(?:[★⭐☆]|(?:${STAR_WORDS})${BOUNDARY_AFTER})`,
    'giu',
  ),
  new RegExp(`${BOUNDARY_BEFORE}(\\d[\\d.,]*)\\+?\\s+(?:${REVIEW_WORDS})${BOUNDARY_AFTER}`, 'giu'),
  /([★⭐]{3,})/gu,
];

const PHONE_PATTERN =
  /(?:\+|(?<![\p{L}\p{N}])00)\d[\d\s().-]{5,}\d|(?<![\p{L}\p{N}+])\d[\d\s().-]{7,}\d(?![\p{L}\p{N}])/gu;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const AMOUNT = '(\\d+(?:[.,]\\d+)*)';
const CURRENCY_BEFORE = '(?:R\\$|US\\$|[€$£¥₹]|(?:EUR|USD|GBP|CHF|BRL|JPY|CAD|AUD)(?![\\p{L}]))';
const CURRENCY_AFTER =
  '(?:[€$£¥₹]|zł|kč|(?:eur|usd|gbp|chf|brl|euros?|dollars?|reais|real|pounds?|francs?|kr|sek|nok|dkk|pln)(?![\\p{L}]))';
const PRICE_PATTERNS = [
  new RegExp(`${CURRENCY_BEFORE}\\s?${AMOUNT}`, 'giu'),
  new RegExp(`(?<![\\p{L}\\d.,])${AMOUNT}\\s?${CURRENCY_AFTER}`, 'giu'),
];
const TIME = '(\\d{1,2})(?:([:h])(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|h|uhr)?';
const HOURS_RANGE = new RegExp(
  `(?<![\\d:.,])${TIME}\\s*(?:-|–|—|to|until|till|ate as|ate|as|a|bis|à|a las|al|alle)\\s*${TIME}(?![\\d])`,
  'giu',
);
const NAME_TITLES = new Set([
  'dr',
  'dra',
  'mr',
  'mrs',
  'ms',
  'miss',
  'prof',
  'sr',
  'sra',
  'srta',
  'herr',
  'frau',
  'mme',
  'mlle',
  'm',
  'dott',
  'dottssa',
  'eng',
  'arq',
]);

// Keys whose strings are identifiers, codes or formats, never claims in prose.
const NON_PROSE_KEYS = new Set([
  'id',
  'type',
  'slug',
  'kind',
  'motif',
  'src',
  'date',
  'network',
  'currency',
  'country',
  'day',
  'opens',
  'closes',
  'mapUrl',
  'ogImage',
  'postSlugs',
]);

// ---------------------------------------------------------------------------------------------------------
// Text helpers

/** Lower case, accents off, so that "Prémio" and "premio" match one pattern. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded, punctuation to spaces, whitespace collapsed: for "is this quoted in the brief". */
function words(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function containsWords(haystack: string, needle: string): boolean {
  const n = words(needle);
  return n.length > 0 && ` ${words(haystack)} `.includes(` ${n} `);
}

function short(text: string, max = 60): string {
  const tidy = text.replace(/\s+/g, ' ').trim();
  return tidy.length > max ? `${tidy.slice(0, max - 1)}…` : tidy;
}

/** Every value a written number can mean: "1.200" is 1200 or 1.2, "2,50" is 2.5 or 250. */
function readings(token: string): number[] {
  const clean = token.replace(/[.,]+$/, '');
  const out = new Set<number>();
  for (const candidate of [
    clean.replace(/[.,]/g, ''),
    clean.replace(/,/g, ''),
    clean.replace(/\./g, '').replace(',', '.'),
  ]) {
    const value = Number(candidate);
    if (candidate !== '' && Number.isFinite(value)) out.add(value);
  }
  return [...out];
}

function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].flatMap((m) => readings(m[0]));
}

function includesNumber(set: readonly number[], value: number): boolean {
  return set.some((n) => Math.abs(n - value) < 0.005);
}

/** Digits of a phone number without international or trunk prefixes, for comparing two spellings. */
function phoneDigits(phone: string, callingCode?: string): string {
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (callingCode && digits.startsWith(callingCode) && digits.length > callingCode.length + 6) {
    digits = digits.slice(callingCode.length);
  }
  return digits.replace(/^0+/, '');
}

function samePhone(a: string, b: string, callingCode?: string): boolean {
  const x = phoneDigits(a, callingCode);
  const y = phoneDigits(b, callingCode);
  if (x.length < 6 || y.length < 6) return x === y;
  return x === y || (Math.min(x.length, y.length) >= 7 && (x.endsWith(y) || y.endsWith(x)));
}

/** "9", "9h", "9:30", "09.30" as "09:00"/"09:30"; undefined when it is not a time. */
function normaliseTime(time: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?$/i.exec(time.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const suffix = m[3]?.toLowerCase();
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (suffix === 'am' && hour === 12) hour = 0;
  if (hour > 24) return undefined;
  return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}

function nameTokens(name: string): string[] {
  return words(name)
    .split(' ')
    .filter((t) => t && !NAME_TITLES.has(t));
}

/** "Ana Costa" is "Dr. Ana Costa", and "Ana" is too: one name's words all among the other's. */
function samePerson(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.every((t) => longer.includes(t));
}

/** The head word of a counted noun, folded and without a plural ending: "double rooms" → "room". */
function nounStem(noun: string): string {
  const head = words(noun).split(' ').at(-1) ?? '';
  if (head.length > 5 && head.endsWith('es')) return head.slice(0, -2);
  if (head.length > 3 && head.endsWith('s')) return head.slice(0, -1);
  return head;
}

function matchesNoun(word: string, stem: string): boolean {
  const w = fold(word);
  return stem.length >= 3 && w.startsWith(stem) && w.length - stem.length <= 3;
}

// ---------------------------------------------------------------------------------------------------------
// What the brief allows

interface Allowed {
  facts: BriefFacts;
  briefText: string;
  name: string | undefined;
  /** Every number the brief writes or its facts hold, and years in business from the founding year. */
  numbers: number[];
  yearsInBusiness: number[];
  /** Price amounts the brief gives, with their currency when known. */
  prices: Array<{ amount: number; currency?: string }>;
  ratings: string[];
  ratingNumbers: number[];
  claims: Set<string>;
  hoursGiven: boolean;
}

function allowedBy(facts: BriefFacts, options: FidelityOptions): Allowed {
  const briefText = facts.text;
  const year = options.year ?? new Date().getUTCFullYear();
  const numbers = [
    ...numbersIn(briefText),
    ...facts.counts.map((c) => c.value),
    ...facts.prices.map((p) => p.amount),
    ...(facts.foundedYear === undefined ? [] : [facts.foundedYear]),
  ];
  const yearsInBusiness =
    facts.foundedYear === undefined ? [] : [year - facts.foundedYear - 1, year - facts.foundedYear];
  const prices: Allowed['prices'] = [
    ...facts.prices.map((p) => ({ amount: p.amount, currency: p.currency })),
    ...pricesIn(briefText).flatMap((p) => p.amounts.map((amount) => ({ amount }))),
  ];
  const ratings = ratingsIn(briefText);
  const claimText = [briefText, ...facts.attributes, ...facts.offerings, facts.descriptor ?? ''].join(' . ');
  const claims = new Set(
    CLAIM_PATTERNS.filter(({ pattern }) => pattern.test(fold(claimText))).map((c) => c.concept),
  );
  return {
    facts,
    briefText,
    name: options.name ?? facts.name?.value,
    numbers,
    yearsInBusiness,
    prices,
    ratings: ratings.map((r) => r.subject),
    ratingNumbers: ratings.flatMap((r) => r.numbers),
    claims,
    hoursGiven: facts.hours.alwaysOpen || facts.hours.spans.length > 0,
  };
}

function ratingsIn(text: string): Array<{ match: string; subject: string; numbers: number[] }> {
  const folded = fold(text);
  const out: Array<{ match: string; subject: string; numbers: number[] }> = [];
  const taken: Array<[number, number]> = [];
  for (const pattern of RATING_PATTERNS) {
    for (const m of folded.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const value = m[1] ?? '';
      const numbers = /^[★⭐]+$/u.test(value) ? [[...value].length] : readings(value);
      out.push({ match: m[0], subject: words(m[0]) || m[0], numbers });
    }
  }
  return out;
}

function pricesIn(text: string): Array<{ match: string; amounts: number[] }> {
  const out: Array<{ match: string; amounts: number[] }> = [];
  const taken: Array<[number, number]> = [];
  for (const pattern of PRICE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      out.push({ match: m[0].trim(), amounts: readings(m[1] ?? '') });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Walking the document

interface Finding extends FidelityViolation {
  /** The invented thing itself, path-free, so that two findings of the same fact compare equal. */
  subject: string;
}

interface Tree {
  base: string;
  content: Pick<SiteDocument, 'navigation' | 'footer' | 'pages' | 'posts'>;
  isDefault: boolean;
}

function trees(site: SiteDocument): Tree[] {
  const out: Tree[] = [{ base: '', content: site, isDefault: true }];
  for (const [locale, content] of Object.entries(site.translations ?? {})) {
    if (locale !== site.defaultLocale)
      out.push({ base: `/translations/${locale}`, content, isDefault: false });
  }
  return out;
}

interface TextEntry {
  path: string;
  text: string;
  href: boolean;
}

/** Every string a reader sees (and every link), with its JSON Pointer; placeholders and codes left out. */
function texts(value: unknown, path: string, skip: (path: string) => boolean, out: TextEntry[]): void {
  if (skip(path)) return;
  if (typeof value === 'string') {
    out.push({ path, text: value, href: /\/href$/.test(path) });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      texts(item, `${path}/${i}`, skip, out);
    });
    return;
  }
  if (typeof value !== 'object' || value === null || isPlaceholder(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (NON_PROSE_KEYS.has(key)) continue;
    texts(item, `${path}/${key}`, skip, out);
  }
}

class Checker {
  readonly findings: Finding[] = [];
  /** Paths already reported as a whole (an invented testimonial): their text is not checked again. */
  private readonly flagged: string[] = [];
  /** Default-locale testimonial items (relative paths) that quote the brief: their translations pass. */
  private readonly honestQuotes = new Set<string>();
  /** Default-locale text by relative path, for holding translations to the default's numbers. */
  private readonly defaultTexts = new Map<string, string>();

  private readonly site: SiteDocument;
  private readonly allowed: Allowed;

  constructor(site: SiteDocument, allowed: Allowed) {
    this.site = site;
    this.allowed = allowed;
  }

  run(): Finding[] {
    this.checkName();
    for (const tree of trees(this.site)) this.checkTree(tree);
    return this.findings;
  }

  private add(category: FidelityCategory, path: string, subject: string, message: string): void {
    this.findings.push({ category, path, message, subject: `${category}:${subject}` });
  }

  private flag(path: string): void {
    this.flagged.push(path);
  }

  private isFlagged(path: string): boolean {
    return this.flagged.some((p) => path === p || path.startsWith(`${p}/`));
  }

  private checkName(): void {
    const owner = this.allowed.name?.replace(/\s+/g, ' ').trim();
    if (!owner) return;
    const name = this.site.name.replace(/\s+/g, ' ').trim();
    if (name.normalize('NFC') !== owner.normalize('NFC')) {
      this.add(
        'name',
        '/name',
        name,
        `is "${short(name)}", but the business is called "${owner}": use the owner's name exactly as written`,
      );
    }
  }

  private checkTree(tree: Tree): void {
    const { base, content } = tree;
    content.pages.forEach((page, p) => {
      page.sections.forEach((section, s) => {
        this.checkSection(section, `${base}/pages/${p}/sections/${s}`, base);
      });
    });
    content.posts.forEach((post, p) => {
      const path = `${base}/posts/${p}`;
      if (post.author && !this.knownPerson(post.author)) {
        this.add(
          'team-member',
          `${path}/author`,
          words(post.author),
          `names an author, "${short(post.author)}", whom the brief does not mention: leave the author out`,
        );
      }
      this.checkQuotes(post.body, `${path}/body`, base);
    });
    const entries: TextEntry[] = [];
    const skip = (path: string) =>
      this.isFlagged(path) ||
      /\/form\/fields\/\d+\/name$/.test(path) ||
      /\/props\/(?:address|phone|email|hours)$/.test(path) ||
      /\/posts\/\d+\/author$/.test(path);
    texts(
      { navigation: content.navigation, footer: content.footer, pages: content.pages, posts: content.posts },
      base,
      skip,
      entries,
    );
    for (const entry of entries) {
      const relative = entry.path.slice(base.length);
      if (tree.isDefault) this.defaultTexts.set(relative, entry.text);
      if (entry.href) this.checkHref(entry);
      else this.checkText(entry, tree.isDefault ? undefined : this.defaultTexts.get(relative));
    }
  }

  // ---- sections

  private checkSection(
    section: SiteDocument['pages'][number]['sections'][number],
    path: string,
    base: string,
  ) {
    const props = `${path}/props`;
    switch (section.type) {
      case 'testimonials':
        section.props.items.forEach((item, i) => {
          const at = `${props}/items/${i}`;
          const relative = at.slice(base.length);
          const quoted =
            containsWords(this.allowed.briefText, item.quote) ||
            (base !== '' && this.honestQuotes.has(relative));
          if (!quoted) {
            this.flag(at);
            this.add(
              'testimonial',
              at,
              words(item.quote),
              `is a testimonial the owner did not give ("${short(item.quote)}" by ${short(item.author, 40)}): remove it, and the testimonials section if nothing is left; quote only reviews the brief gives word for word`,
            );
            return;
          }
          if (base === '') this.honestQuotes.add(relative);
          if (item.rating !== undefined && !includesNumber(this.allowed.ratingNumbers, item.rating)) {
            this.add(
              'rating',
              `${at}/rating`,
              `${item.rating}`,
              `gives a ${item.rating}-star rating the brief does not: leave the rating out`,
            );
          }
        });
        break;
      case 'stats':
        section.props.items.forEach((item, i) => {
          const at = `${props}/items/${i}`;
          // A rating written as a stat ("4.8★") is reported once, as a rating, by the text check.
          if (ratingsIn(item.value).length > 0) return;
          if (!this.statAllowed(item.value)) {
            this.flag(at);
            this.add(
              'stat',
              at,
              words(item.value),
              `states a figure the brief does not give ("${short(`${item.value} ${item.label}`)}"): remove this item, or the stats section; use only numbers from the brief`,
            );
          }
        });
        break;
      case 'logos':
        section.props.items.forEach((item, i) => {
          const at = `${props}/items/${i}`;
          if (!containsWords(this.allowed.briefText, item.name)) {
            this.flag(at);
            this.add(
              'logo',
              at,
              words(item.name),
              `shows a client or partner logo, "${short(item.name)}", that the brief does not name: remove it, or the logos section`,
            );
          }
        });
        break;
      case 'team':
        section.props.members.forEach((member, i) => {
          const at = `${props}/members/${i}`;
          if (!this.knownPerson(member.name)) {
            this.flag(at);
            this.add(
              'team-member',
              at,
              words(member.name),
              `names a team member, "${short(member.name)}", whom the brief does not mention: remove them; a team section lists only people the owner named`,
            );
          }
        });
        break;
      case 'contact':
        this.checkContact(section.props, props);
        break;
      case 'services':
        section.props.groups.forEach((group, g) => {
          group.items.forEach((item, i) => {
            this.checkPrice(item.price, `${props}/groups/${g}/items/${i}/price`);
          });
        });
        break;
      case 'pricing':
        section.props.plans.forEach((plan, i) => {
          this.checkPrice(plan.price, `${props}/plans/${i}/price`);
        });
        break;
      case 'text':
        this.checkQuotes(section.props.blocks, `${props}/blocks`, base);
        break;
      default:
        break;
    }
  }

  /** An attributed quote ("…", cite: a person) is a testimonial too, and needs the brief's words. */
  private checkQuotes(blocks: SiteDocument['posts'][number]['body'], path: string, base: string): void {
    blocks.forEach((block, i) => {
      if (block.kind !== 'quote' || block.cite === undefined) return;
      const at = `${path}/${i}`;
      const relative = at.slice(base.length);
      if (
        containsWords(this.allowed.briefText, block.text) ||
        (base !== '' && this.honestQuotes.has(relative))
      ) {
        if (base === '') this.honestQuotes.add(relative);
        return;
      }
      this.flag(at);
      this.add(
        'testimonial',
        at,
        words(block.text),
        `quotes ${short(block.cite, 40)} ("${short(block.text)}"), which the brief does not: remove the quote or its attribution`,
      );
    });
  }

  private checkContact(
    props: Extract<SiteDocument['pages'][number]['sections'][number], { type: 'contact' }>['props'],
    path: string,
  ): void {
    const { contact, place } = this.allowed.facts;
    const { address, phone, email, hours } = props;
    if (address && !isPlaceholder(address)) {
      const given = contact.street;
      if (!given || !(containsWords(given, address.street) || containsWords(address.street, given))) {
        this.add(
          'street-address',
          `${path}/address`,
          words(address.street),
          `invents a street address ("${short(address.street)}"): use {"placeholder": "street-address"} instead`,
        );
      } else if (address.postalCode && !containsWords(this.allowed.briefText, address.postalCode)) {
        this.add(
          'street-address',
          `${path}/address/postalCode`,
          words(address.postalCode),
          `invents a postal code ("${address.postalCode}"): leave it out; the brief gives none`,
        );
      }
    }
    if (
      phone &&
      !isPlaceholder(phone) &&
      !(contact.phone && samePhone(phone, contact.phone, place?.callingCode))
    ) {
      this.add(
        'phone',
        `${path}/phone`,
        phoneDigits(phone, place?.callingCode),
        `invents a phone number ("${phone}"): use {"placeholder": "phone"} instead`,
      );
    }
    if (email && !isPlaceholder(email) && email.toLowerCase() !== contact.email?.toLowerCase()) {
      this.add(
        'email',
        `${path}/email`,
        email.toLowerCase(),
        `invents an email address ("${email}"): use {"placeholder": "email"} instead`,
      );
    }
    if (hours && !isPlaceholder(hours) && hours.length > 0) {
      const { spans, alwaysOpen } = this.allowed.facts.hours;
      if (!alwaysOpen) {
        const invented = hours.filter(
          (h) =>
            !spans.some(
              (s) =>
                s.days.includes(h.day) &&
                normaliseTime(s.opens) === h.opens &&
                (normaliseTime(s.closes) === h.closes ||
                  (h.closes === '23:59' && normaliseTime(s.closes) === '24:00')),
            ),
        );
        if (invented.length > 0) {
          this.add(
            'hours',
            `${path}/hours`,
            invented.map((h) => `${h.day} ${h.opens}-${h.closes}`).join(','),
            spans.length === 0
              ? 'invents opening hours the brief does not give: use {"placeholder": "opening-hours"} instead'
              : `gives opening hours the brief does not (${invented
                  .slice(0, 3)
                  .map((h) => `${h.day} ${h.opens}–${h.closes}`)
                  .join(', ')}): write only the brief's hours, or use {"placeholder": "opening-hours"}`,
          );
        }
      }
    }
  }

  private checkPrice(price: unknown, path: string): void {
    if (price === undefined || isPlaceholder(price)) return;
    const { amount, currency } = price as { amount: number; currency: string };
    const given = this.allowed.prices.some(
      (p) => Math.abs(p.amount - amount) < 0.005 && (p.currency === undefined || p.currency === currency),
    );
    if (!given) {
      this.add(
        'price',
        path,
        `${amount} ${currency}`,
        `invents a price (${amount} ${currency}): use {"placeholder": "price"} instead, or the brief's own price`,
      );
    }
  }

  private statAllowed(value: string): boolean {
    const { numbers, yearsInBusiness, facts, briefText } = this.allowed;
    if (/24\s*\/\s*7/.test(value)) return facts.hours.alwaysOpen || /24\s*\/\s*7/.test(briefText);
    const tokens = [...value.matchAll(/(\d+(?:[.,]\d+)*)\s*([kKmM](?![\p{L}]))?/gu)];
    return tokens.every((m) => {
      const scale = m[2] ? (m[2].toLowerCase() === 'k' ? 1000 : 1_000_000) : 1;
      return readings(m[1] ?? '').some((n) => {
        const v = n * scale;
        return includesNumber(numbers, v) || includesNumber(yearsInBusiness, v);
      });
    });
  }

  private knownPerson(name: string): boolean {
    return (
      this.allowed.facts.people.some((p) => samePerson(p.name, name)) ||
      containsWords(this.allowed.briefText, name)
    );
  }

  // ---- running text and links

  private checkHref(entry: TextEntry): void {
    const { contact, place } = this.allowed.facts;
    const href = entry.text;
    if (href.startsWith('tel:')) {
      const phone = decodeURIComponent(href.slice(4));
      if (!(contact.phone && samePhone(phone, contact.phone, place?.callingCode))) {
        this.add(
          'phone',
          entry.path,
          phoneDigits(phone, place?.callingCode),
          `links to a phone number the brief does not give ("${phone}"): remove the link; the contact section takes {"placeholder": "phone"}`,
        );
      }
    } else if (href.startsWith('mailto:')) {
      const email = decodeURIComponent(href.slice(7).split('?')[0] ?? '').toLowerCase();
      if (email !== contact.email?.toLowerCase()) {
        this.add(
          'email',
          entry.path,
          email,
          `links to an email address the brief does not give ("${email}"): remove the link; the contact section takes {"placeholder": "email"}`,
        );
      }
    }
  }

  private checkText(entry: TextEntry, defaultText: string | undefined): void {
    const { path, text } = entry;
    const folded = fold(text);
    const { allowed } = this;

    for (const rating of ratingsIn(text)) {
      const given =
        allowed.ratings.includes(rating.subject) ||
        (rating.numbers.length > 0 && rating.numbers.every((n) => includesNumber(allowed.ratingNumbers, n)));
      if (!given) {
        this.add(
          'rating',
          path,
          rating.subject,
          `states a rating or review count the brief does not give ("${short(rating.match)}"): remove it`,
        );
      }
    }

    for (const { concept, pattern } of CLAIM_PATTERNS) {
      const m = pattern.exec(folded);
      if (m && !allowed.claims.has(concept)) {
        this.add(
          'award',
          path,
          concept,
          `claims "${m[0]}", which the brief does not: remove the claim; awards, certifications and licences only as the owner states them`,
        );
      }
    }

    const { contact, place } = allowed.facts;
    for (const m of text.matchAll(PHONE_PATTERN)) {
      const candidate = m[0];
      const digits = candidate.replace(/\D/g, '');
      const enough =
        candidate.startsWith('+') || candidate.startsWith('00') ? digits.length >= 8 : digits.length >= 9;
      if (!enough || /^\d{4}\s*[-–]\s*\d{4}$/.test(candidate.trim()) || /^\d{4}-\d{2}-\d{2}$/.test(candidate))
        continue;
      if (contact.phone && samePhone(candidate, contact.phone, place?.callingCode)) continue;
      this.add(
        'phone',
        path,
        phoneDigits(candidate, place?.callingCode),
        `states a phone number the brief does not give ("${candidate.trim()}"): remove it; the contact section takes {"placeholder": "phone"}`,
      );
    }

    for (const m of text.matchAll(EMAIL_PATTERN)) {
      const email = m[0].replace(/\.$/, '').toLowerCase();
      if (email === contact.email?.toLowerCase()) continue;
      this.add(
        'email',
        path,
        email,
        `states an email address the brief does not give ("${email}"): remove it; the contact section takes {"placeholder": "email"}`,
      );
    }

    for (const price of pricesIn(text)) {
      if (price.amounts.some((a) => allowed.prices.some((p) => Math.abs(p.amount - a) < 0.005))) continue;
      this.add(
        'price',
        path,
        `${price.amounts[0] ?? price.match}`,
        `states a price the brief does not give ("${price.match}"): remove it; prices go in a service or plan price, as {"placeholder": "price"} when the owner gave none`,
      );
    }

    if (!allowed.hoursGiven) {
      for (const m of folded.matchAll(HOURS_RANGE)) {
        const marked = m[2] === ':' || m[2] === 'h' || m[4] || m[6] === ':' || m[6] === 'h' || m[8];
        if (!marked) continue;
        this.add(
          'hours',
          path,
          words(m[0]),
          `states opening times the brief does not give ("${m[0].trim()}"): remove them; the contact section takes {"placeholder": "opening-hours"}`,
        );
      }
    }

    this.checkCounts(path, text, defaultText);
  }

  /** "12 rooms" where the brief says 9 rooms; and a translation that lost the brief's number. */
  private checkCounts(path: string, text: string, defaultText: string | undefined): void {
    const counts = this.allowed.facts.counts;
    if (counts.length === 0) return;
    const tokens = [...text.matchAll(/\d+(?:[.,]\d+)?|\p{L}+/gu)].map((m) => m[0]);
    tokens.forEach((token, i) => {
      if (!/^\d+$/.test(token)) return;
      const value = Number(token);
      const following = countedWords(tokens, i);
      const same = counts.filter((c) => following.some((w) => matchesNoun(w, nounStem(c.noun))));
      if (same.length === 0 || same.some((c) => c.value === value)) return;
      const count = same[0];
      if (!count) return;
      this.add(
        'count',
        path,
        `${value} ${nounStem(count.noun)}`,
        `says ${value} where the brief says "${count.text}": write ${count.value}, as the owner gave it`,
      );
    });
    if (defaultText === undefined) return;
    const present = numbersIn(text);
    for (const count of counts) {
      const inDefault = hasCount(defaultText, count.value, nounStem(count.noun));
      if (inDefault && !includesNumber(present, count.value)) {
        this.add(
          'count',
          path,
          `${count.value} ${nounStem(count.noun)} missing`,
          `leaves out or changes the brief's "${count.text}" that the default language states here: write ${count.value}, as the owner gave it`,
        );
      }
    }
  }
}

// Words that end the phrase after a number: in "sleeps 2 in each room", 2 does not count rooms.
const PHRASE_BREAKS = new Set(
  (
    'in on at of per each every a an the for to with and or from by ' +
    'em no na nos nas de do da dos das por cada para com e ou ' +
    'en el la los las del con y o por ' +
    'par pour avec le les des du au aux et ou dans ' +
    'im pro je mit fur der die das den dem von zu und oder ' +
    'di il lo gli le per ogni con e o'
  ).split(' '),
);

/** The words a number may count: up to three after it ("12 cosy sea-view rooms"), to the next break. */
function countedWords(tokens: readonly string[], index: number): string[] {
  const out: string[] = [];
  for (const next of tokens.slice(index + 1, index + 4)) {
    if (/^\d/.test(next) || PHRASE_BREAKS.has(fold(next))) break;
    out.push(next);
  }
  return out;
}

function hasCount(text: string, value: number, stem: string): boolean {
  const tokens = [...text.matchAll(/\d+(?:[.,]\d+)?|\p{L}+/gu)].map((m) => m[0]);
  return tokens.some(
    (token, i) => token === String(value) && countedWords(tokens, i).some((w) => matchesNoun(w, stem)),
  );
}

function findings(site: SiteDocument, facts: BriefFacts, options: FidelityOptions): Finding[] {
  return new Checker(site, allowedBy(facts, options)).run();
}

function strip({ category, path, message }: Finding): FidelityViolation {
  return { category, path, message };
}

/**
 * Every fact the site states that the brief does not give, in every locale: the name first, then for each
 * locale (default first) its sections' structured fields, then its running text and links. An empty list
 * means the site is honest to its brief.
 */
export function checkFidelity(
  site: SiteDocument,
  facts: BriefFacts,
  options: FidelityOptions = {},
): FidelityViolation[] {
  return findings(site, facts, options).map(strip);
}

/**
 * The violations `after` has that `before` did not: for an edit, which may keep what the site already
 * said (the owner accepted it, or it came from an earlier brief) but must not add an invented fact. Only
 * violations under one of `paths` count (say, the edited section in every locale).
 */
export function newFidelityViolations(
  before: SiteDocument,
  after: SiteDocument,
  facts: BriefFacts,
  options: FidelityOptions & { paths?: readonly string[] } = {},
): FidelityViolation[] {
  const known = new Set(findings(before, facts, options).map((f) => f.subject));
  const { paths } = options;
  return findings(after, facts, options)
    .filter((f) => !known.has(f.subject))
    .filter((f) => !paths || paths.some((p) => f.path === p || f.path.startsWith(`${p}/`)))
    .map(strip);
}
