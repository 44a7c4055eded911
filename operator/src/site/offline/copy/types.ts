import type { BusinessKind } from '@pagemagic/crds/site-document';

// The phrase tables: every word the offline generator writes, per language. Text that depends on the
// brief is a function of CopyVars; plain strings are used as they are. Lists that line up with prices or
// slugs in ../kinds.ts must have the same length in every language (the builder checks).

export interface CopyVars {
  name: string;
  /** The place as the brief wrote it, or undefined. */
  place: string | undefined;
  /** " in Porto" in this language, with its leading space, or "" when the brief names no place. */
  where: string;
  year: number | undefined;
  /** " since 1987" in this language, with its leading space, or "". */
  since: string;
  /** The brief's products joined as a phrase ("sourdough and pastel de nata"), or "". */
  products: string;
}

export type Tpl = string | ((v: CopyVars) => string);
/** Two strings that belong together: title and body, value and label, question and answer. */
export type Pair = readonly [string, string];

export interface PlanCopy {
  name: string;
  description: string;
  features: readonly string[];
}

export interface PostCopy {
  title: string;
  excerpt: string;
  paragraphs: readonly string[];
  /** A subheading between the first paragraph and the rest. */
  subheading?: string;
  quote?: string;
}

export interface KindCopy {
  /** What the business is, lower case, for "a bakery in Porto". */
  noun: string;
  /** Names for a business whose brief gives neither a name nor a place. */
  names: readonly string[];
  hero: { eyebrow: Tpl; headings: readonly Tpl[]; subheading: Tpl; action: string };
  features: { heading: Tpl; intro: Tpl; items: readonly Pair[] };
  /** Label for the founding year ("Baking since"), then [value, label] pairs. */
  stats: { since: string; items: readonly Pair[] };
  /** [quote, role] pairs; the authors come from a list of names for the country. */
  reviews: readonly Pair[];
  /** The main list: menu, services, treatments, rooms… Group items are [name, description]. */
  offer?: {
    title: string;
    heading: Tpl;
    intro: Tpl;
    groups: readonly { name: string; items: readonly Pair[] }[];
    /** Description for the products the brief lists. */
    productNote: string;
  };
  plans?: {
    title: string;
    heading: string;
    intro: string;
    /** Label for plans without a price ("Let's talk"). */
    askNote: string;
    action: string;
    items: readonly PlanCopy[];
  };
  gallery?: { title: string; heading: string; intro: string; captions: readonly string[] };
  logos?: { heading: string };
  story: { heading: string; paragraphs: readonly Tpl[] };
  values: { heading: string; intro: string; items: readonly string[] };
  team?: { heading: string; intro: string; members: readonly Pair[] };
  faq: readonly Pair[];
  cta: { heading: Tpl; body: Tpl; action: string };
  posts: readonly PostCopy[];
  /** Options for the contact form's "what is it about" field. */
  enquiries: readonly string[];
  /** Alt text for the hero and story images. */
  imageAlt: { hero: string; story: string };
}

export type PageTitleKey = 'home' | 'about' | 'contact' | 'blog' | 'team' | 'faq';
export type PriceNoteKey = 'from' | 'perHour' | 'perNight' | 'perPerson' | 'perClass' | 'perMonth';

export interface CommonCopy {
  /** "in Porto", "no Porto", "à Lyon": the phrase for being somewhere. */
  where(place: string): string;
  since(year: number): string;
  /** "a, b and c" */
  list(items: readonly string[]): string;
  /** A name for a business whose brief gives a description and a place but no name. */
  builtName(descriptor: string, place: string): string;
  pages: Record<PageTitleKey, string>;
  seo: {
    /** Home page title, e.g. "Padaria Ribeira · Bakery in Porto". */
    home(name: string, noun: string, where: string): string;
    page(title: string, name: string): string;
    blog(name: string): string;
    contact(name: string, where: string): string;
  };
  reviewsHeading: string;
  faqHeading: string;
  logosHeading: string;
  blog: { heading: string; intro: Tpl; latest: string };
  contact: {
    heading: string;
    intro: Tpl;
    call: string;
    email: string;
    hours: string;
    /** A note for the hours: closed days or 24/7. */
    closedOn(days: string): string;
    alwaysOpen: string;
    mapAlt: string;
    form: {
      name: string;
      email: string;
      phone: string;
      topic: string;
      message: string;
      messagePlaceholder: string;
      submit: string;
      success: string;
    };
  };
  /** Weekday names, Monday first, for the closed-days note. */
  weekdays: readonly [string, string, string, string, string, string, string];
  footer(name: string, noun: string, where: string, since: string): string;
  priceNotes: Record<PriceNoteKey, string>;
  actions: { contact: string; learnMore: string; readMore: string };
  /** Phrases for improveSection: casual → formal word swaps, and words that ask for each edit. */
  improve: {
    formal: readonly (readonly [RegExp, string])[];
    friendly: readonly (readonly [RegExp, string])[];
  };
}

export interface LocaleCopy {
  common: CommonCopy;
  kinds: Record<BusinessKind, KindCopy>;
}
