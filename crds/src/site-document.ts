// The site document: a whole website as data. The AI writes it, validateSiteDocument() guards it, the
// renderer turns it into HTML. Nothing in it is markup, CSS or script: fonts come from an allowlist, colours
// are hex, images are an art spec or an https URL, and links are limited to a few safe schemes.
//
// Locale model. The top level holds the complete site in the default locale (navigation, footer, pages,
// posts); `translations` holds those same four parts for every other locale, keyed by locale tag. Name,
// kind and theme are shared. Chosen because generation writes one monolingual tree (one schema for
// structured output), translateSite(site, locale) adds a locale by translating that tree into
// translations[locale] without touching anything else, and a renderer emits one tree per locale with
// contentForLocale(). Every translation must have the same pages, posts and section ids (sections in the
// same order) as the default locale, so each page has an alternate in every locale for hreflang, and a
// section id names the same section in every language. That is why ids are unique within a locale tree and
// repeated, on purpose, across trees.
//
// Link convention. Internal links are locale-neutral paths: "/" is the home page (slug "index"), "/menu" a
// page, "/contact#visit" a section on a page, "/blog/<slug>" a post. The renderer adds locale prefixes.

import {
  type SchemaOptions,
  type Static,
  type TLiteral,
  type TProperties,
  type TSchema,
  Type,
} from '@sinclair/typebox';
import { Errors, type ValueError, ValueErrorType } from '@sinclair/typebox/errors';
import { schemaChecker } from '#schema-checker';
import { BUSINESS_KINDS, type BusinessKind } from './business-kinds.ts';
import type { SchemaChecker } from './schema-checker.ts';

export const SITE_DOCUMENT_SCHEMA_VERSION = 1;

export {
  BUSINESS_KIND_INFO,
  BUSINESS_KINDS,
  type BusinessKind,
  type BusinessKindInfo,
  KIND_FAMILIES,
  type KindFamily,
  kindInfo,
} from './business-kinds.ts';

export const SECTION_TYPES = [
  'hero',
  'features',
  'services',
  'about',
  'testimonials',
  'gallery',
  'pricing',
  'team',
  'faq',
  'contact',
  'cta',
  'stats',
  'logos',
  'blog-list',
  'text',
] as const;
export type SectionType = (typeof SECTION_TYPES)[number];

// Keys are what the document may say; values are what the renderer writes into CSS. Only system fonts,
// so a site needs no font downloads and the CSP needs no font origin.
export const FONT_STACKS = {
  'system-sans':
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  'system-serif': 'ui-serif, Georgia, Cambria, "Times New Roman", Times, serif',
  transitional: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, serif',
  'old-style': '"Iowan Old Style", "Palatino Linotype", "URW Palladio L", P052, serif',
  classical: 'Optima, Candara, "Noto Sans", source-sans-pro, sans-serif',
  humanist: 'Seravek, "Gill Sans Nova", Ubuntu, Calibri, "DejaVu Sans", source-sans-pro, sans-serif',
  geometric: 'Avenir, Montserrat, Corbel, "URW Gothic", source-sans-pro, sans-serif',
  'neo-grotesque': 'Inter, Roboto, "Helvetica Neue", "Arial Nova", "Nimbus Sans", Arial, sans-serif',
  industrial: 'Bahnschrift, "DIN Alternate", "Franklin Gothic Medium", "Nimbus Sans Narrow", sans-serif',
  rounded:
    'ui-rounded, "Hiragino Maru Gothic ProN", Quicksand, Comfortaa, Manjari, "Arial Rounded MT", "Arial Rounded MT Bold", Calibri, source-sans-pro, sans-serif',
  slab: 'Rockwell, "Rockwell Nova", "Roboto Slab", "DejaVu Serif", "Sitka Small", serif',
  didone: 'Didot, "Bodoni MT", "Noto Serif Display", "URW Palladio L", P052, Sylfaen, serif',
  handwritten: '"Segoe Print", "Bradley Hand", Chilanka, TSCu_Comic, casual, cursive',
  monospace:
    'ui-monospace, "Cascadia Code", "Source Code Pro", Menlo, Consolas, "DejaVu Sans Mono", monospace',
} as const;
export type FontKey = keyof typeof FONT_STACKS;

// Motifs the renderer's SVG art generator draws, coloured from the theme; abstract so they suit any business.
export const ART_MOTIFS = [
  'blobs',
  'waves',
  'grid',
  'rings',
  'stripes',
  'dots',
  'mesh',
  'sunburst',
  'mosaic',
  'topography',
] as const;

export const SOCIAL_NETWORKS = [
  'facebook',
  'instagram',
  'x',
  'linkedin',
  'youtube',
  'tiktok',
  'pinterest',
  'github',
  'mastodon',
  'bluesky',
  'threads',
  'whatsapp',
  'tripadvisor',
  'yelp',
] as const;

// ---------------------------------------------------------------------------------------------------------
// Patterns. Kept as strings because they end up in JSON Schema (CRDs, structured output) as well as here.

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ID = '[a-z][a-z0-9-]{0,62}';
const HOST = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*`;
// No whitespace, control characters, quotes or backslashes anywhere in a URL; no userinfo before the host.
const URL_REST = String.raw`(?::[0-9]{1,5})?(?:[/?#][^\s\u0000-\u001f\u007f<>"'\x60\\]*)?`;
const INTERNAL_PATH = `/(?:${SLUG})?(?:#${ID})?|/blog/${SLUG}`;
const HTTPS_URL = `https://${HOST}${URL_REST}`;
const HREF = String.raw`https?://${HOST}${URL_REST}|mailto:[A-Za-z0-9._%+-]{1,64}@${HOST}(?:\?[^\s\u0000-\u001f\u007f<>"'\x60\\]*)?|tel:\+?[0-9][0-9().-]{1,30}|${INTERNAL_PATH}`;

const HREF_REGEX = new RegExp(`^(?:${HREF})$`);
const INTERNAL_REGEX = new RegExp(`^(?:${INTERNAL_PATH})$`);

/** True when `href` may appear in a document (the renderer can use this as a second line of defence). */
export function isAllowedHref(href: string): boolean {
  return HREF_REGEX.test(href);
}

/** The locale-neutral path of a page: the home page ("index") is "/". */
export function pagePath(slug: string): string {
  return slug === 'index' ? '/' : `/${slug}`;
}

/** The locale-neutral path of a blog post. */
export function postPath(slug: string): string {
  return `/blog/${slug}`;
}

// ---------------------------------------------------------------------------------------------------------
// Schema building blocks

function strictObject<T extends TProperties>(properties: T, options: SchemaOptions = {}) {
  // Closed objects: the AI cannot smuggle in fields the renderer might echo (say, `html`), and typos surface.
  return Type.Object(properties, { additionalProperties: false, ...options });
}

function stringEnum<const T extends readonly [string, ...string[]]>(values: T, options: SchemaOptions = {}) {
  return Type.Union(values.map((value) => Type.Literal(value)) as TLiteral<T[number]>[], options);
}

function text(maxLength: number) {
  return Type.String({ minLength: 1, maxLength });
}

function patterned(pattern: string, description: string, maxLength = 2048) {
  return Type.String({ pattern: `^(?:${pattern})$`, maxLength, description });
}

const LABEL = 40;
const NAME = 80;
const HEADING = 100;
const INTRO = 300;
const PARAGRAPH = 1200;

const Heading = text(HEADING);
const Intro = text(INTRO);
const Paragraph = text(PARAGRAPH);

export const HrefSchema = patterned(
  HREF,
  'a link: https://…, http://…, mailto:…, tel:… or an internal path such as /, /menu, /contact#visit or /blog/<post>',
);
export const HttpsUrlSchema = patterned(HTTPS_URL, 'an https:// URL');
export const HexColorSchema = patterned('#[0-9a-fA-F]{6}', 'a #rrggbb hex colour', 7);
export const LocaleTagSchema = patterned(
  '[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?',
  'a locale tag such as "en", "pt-PT" or "zh-Hant-TW"',
  16,
);
export const SectionIdSchema = patterned(
  ID,
  'an id of a lowercase letter then lowercase letters, digits or hyphens',
  63,
);
export const SlugSchema = patterned(
  SLUG,
  'a lowercase kebab-case slug such as "menu" (the home page is "index")',
  64,
);
const DateSchema = patterned(String.raw`\d{4}-\d{2}-\d{2}`, 'a date as YYYY-MM-DD', 10);
const TimeSchema = patterned('(?:[01][0-9]|2[0-3]):[0-5][0-9]', 'a 24-hour time as HH:MM', 5);
const EmailSchema = patterned(
  String.raw`[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}`,
  'an email address such as hello@example.com',
  254,
);
const PhoneSchema = patterned(
  String.raw`\+?\(?[0-9][0-9 ().-]{2,30}`,
  'a phone number such as +351 222 000 000',
  32,
);
const CurrencySchema = patterned('[A-Z]{3}', 'a three-letter ISO 4217 currency code such as EUR', 3);
const CountrySchema = patterned('[A-Z]{2}', 'a two-letter ISO 3166 country code such as PT', 2);

export const LinkSchema = strictObject({ label: text(LABEL), href: HrefSchema });
export type Link = Static<typeof LinkSchema>;

const imageSize = {
  alt: Type.String({ maxLength: 250, description: 'empty only for purely decorative images' }),
  width: Type.Integer({ minimum: 1, maximum: 8000 }),
  height: Type.Integer({ minimum: 1, maximum: 8000 }),
};
export const ArtImageSchema = strictObject({
  kind: Type.Literal('art'),
  seed: Type.Integer({ minimum: 0, maximum: 4294967295 }),
  motif: stringEnum(ART_MOTIFS),
  ...imageSize,
});
export const UrlImageSchema = strictObject({ kind: Type.Literal('url'), src: HttpsUrlSchema, ...imageSize });
// `title` names the union in error messages ("unknown image kind").
export const ImageSchema = Type.Union([ArtImageSchema, UrlImageSchema], { title: 'Image' });
export type Image = Static<typeof ImageSchema>;

// A number, not a display string, so the renderer can format it per locale (3,50 € in pt, €3.50 in en)
// and put it into JSON-LD offers.
export const PriceSchema = strictObject({
  amount: Type.Number({ minimum: 0, maximum: 10_000_000 }),
  currency: CurrencySchema,
});
export type Price = Static<typeof PriceSchema>;

// Honesty: a fact the page needs but the owner has not given (an address, a phone number, opening hours, a
// price) is written as a placeholder, never invented. The published page leaves it out (the section reads
// well without it); the editor, the CLI and publishing point at it so the owner can fill it in.
export const PLACEHOLDER_FACTS = ['street-address', 'phone', 'email', 'opening-hours', 'price'] as const;
export type PlaceholderFact = (typeof PLACEHOLDER_FACTS)[number];
export const PlaceholderSchema = strictObject(
  {
    placeholder: stringEnum(PLACEHOLDER_FACTS),
    note: Type.Optional(text(160)),
  },
  { title: 'Placeholder' },
);
export type Placeholder = Static<typeof PlaceholderSchema>;

/** The same value, or a placeholder the owner still has to fill in. */
function orPlaceholder<T extends TSchema>(schema: T) {
  return Type.Union([schema, PlaceholderSchema]);
}

// A form field also has a string `placeholder` (its hint text), so a placeholder is recognised by its exact
// shape: only `placeholder` and `note`, and a fact the schema knows.
export function isPlaceholder(value: unknown): value is Placeholder {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { placeholder, ...rest } = value as { placeholder?: unknown; note?: unknown };
  return (
    typeof placeholder === 'string' &&
    (PLACEHOLDER_FACTS as readonly string[]).includes(placeholder) &&
    Object.keys(rest).every((key) => key === 'note')
  );
}

export const RichBlockSchema = Type.Union(
  [
    strictObject({ kind: Type.Literal('paragraph'), text: text(2000) }),
    strictObject({ kind: Type.Literal('heading'), text: text(HEADING) }),
    strictObject({
      kind: Type.Literal('list'),
      ordered: Type.Boolean(),
      items: Type.Array(text(INTRO), { minItems: 1, maxItems: 20 }),
    }),
    strictObject({ kind: Type.Literal('quote'), text: text(600), cite: Type.Optional(text(NAME)) }),
  ],
  { title: 'Block' },
);
export type RichBlock = Static<typeof RichBlockSchema>;

// ---------------------------------------------------------------------------------------------------------
// Sections

function section<const T extends SectionType, P extends TProperties>(type: T, props: P) {
  return strictObject({ id: SectionIdSchema, type: Type.Literal(type), props: strictObject(props) });
}

export const HeroSectionSchema = section('hero', {
  eyebrow: Type.Optional(text(60)),
  heading: Heading,
  subheading: Type.Optional(Intro),
  actions: Type.Array(LinkSchema, { maxItems: 2 }),
  image: Type.Optional(ImageSchema),
});
export type HeroSection = Static<typeof HeroSectionSchema>;

export const FeaturesSectionSchema = section('features', {
  heading: Heading,
  intro: Type.Optional(Intro),
  items: Type.Array(strictObject({ title: text(NAME), body: text(400) }), { minItems: 1, maxItems: 12 }),
});
export type FeaturesSection = Static<typeof FeaturesSectionSchema>;

export const ServiceItemSchema = strictObject({
  name: text(NAME),
  description: Type.Optional(text(INTRO)),
  price: Type.Optional(orPlaceholder(PriceSchema)),
  // Qualifies the price in words: "per person", "from", "per hour".
  priceNote: Type.Optional(text(LABEL)),
  tags: Type.Optional(Type.Array(text(30), { maxItems: 5 })),
});
export const ServicesSectionSchema = section('services', {
  heading: Heading,
  intro: Type.Optional(Intro),
  groups: Type.Array(
    strictObject({
      name: Type.Optional(text(NAME)),
      description: Type.Optional(text(INTRO)),
      items: Type.Array(ServiceItemSchema, { minItems: 1, maxItems: 40 }),
    }),
    { minItems: 1, maxItems: 12 },
  ),
});
export type ServicesSection = Static<typeof ServicesSectionSchema>;

export const AboutSectionSchema = section('about', {
  heading: Heading,
  paragraphs: Type.Array(Paragraph, { minItems: 1, maxItems: 8 }),
  image: Type.Optional(ImageSchema),
});
export type AboutSection = Static<typeof AboutSectionSchema>;

export const TestimonialsSectionSchema = section('testimonials', {
  heading: Heading,
  items: Type.Array(
    strictObject({
      quote: text(600),
      author: text(NAME),
      role: Type.Optional(text(NAME)),
      rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    }),
    { minItems: 1, maxItems: 12 },
  ),
});
export type TestimonialsSection = Static<typeof TestimonialsSectionSchema>;

export const GallerySectionSchema = section('gallery', {
  heading: Type.Optional(Heading),
  intro: Type.Optional(Intro),
  items: Type.Array(strictObject({ image: ImageSchema, caption: Type.Optional(text(160)) }), {
    minItems: 1,
    maxItems: 24,
  }),
});
export type GallerySection = Static<typeof GallerySectionSchema>;

export const PricingSectionSchema = section('pricing', {
  heading: Heading,
  intro: Type.Optional(Intro),
  plans: Type.Array(
    strictObject({
      name: text(60),
      // Absent for "ask us" plans; priceNote then says so.
      price: Type.Optional(orPlaceholder(PriceSchema)),
      period: Type.Optional(stringEnum(['once', 'hour', 'day', 'week', 'month', 'year'])),
      priceNote: Type.Optional(text(LABEL)),
      description: Type.Optional(text(200)),
      features: Type.Array(text(120), { maxItems: 12 }),
      action: Type.Optional(LinkSchema),
      highlighted: Type.Optional(Type.Boolean()),
    }),
    { minItems: 1, maxItems: 6 },
  ),
});
export type PricingSection = Static<typeof PricingSectionSchema>;

export const TeamSectionSchema = section('team', {
  heading: Heading,
  intro: Type.Optional(Intro),
  members: Type.Array(
    strictObject({
      name: text(NAME),
      role: text(NAME),
      bio: Type.Optional(text(400)),
      photo: Type.Optional(ImageSchema),
    }),
    { minItems: 1, maxItems: 24 },
  ),
});
export type TeamSection = Static<typeof TeamSectionSchema>;

export const FaqSectionSchema = section('faq', {
  heading: Heading,
  items: Type.Array(strictObject({ question: text(200), answer: Paragraph }), { minItems: 1, maxItems: 30 }),
});
export type FaqSection = Static<typeof FaqSectionSchema>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const FORM_FIELD_TYPES = [
  'text',
  'email',
  'tel',
  'textarea',
  'select',
  'date',
  'number',
  'checkbox',
] as const;

export const ContactFormSchema = strictObject({
  fields: Type.Array(
    strictObject({
      name: patterned(
        '[a-z][a-zA-Z0-9_]{0,39}',
        'a field name: a lowercase letter, then letters, digits or _',
        40,
      ),
      label: text(NAME),
      type: stringEnum(FORM_FIELD_TYPES),
      required: Type.Boolean(),
      placeholder: Type.Optional(text(120)),
      // Only for select fields.
      options: Type.Optional(Type.Array(text(NAME), { minItems: 1, maxItems: 20 })),
    }),
    { minItems: 1, maxItems: 12 },
  ),
  submitLabel: text(LABEL),
  successMessage: text(200),
});

export type ContactForm = Static<typeof ContactFormSchema>;

export const ContactSectionSchema = section('contact', {
  heading: Heading,
  intro: Type.Optional(Intro),
  address: Type.Optional(
    orPlaceholder(
      strictObject({
        street: text(120),
        locality: text(NAME),
        region: Type.Optional(text(NAME)),
        postalCode: Type.Optional(text(20)),
        country: CountrySchema,
      }),
    ),
  ),
  phone: Type.Optional(orPlaceholder(PhoneSchema)),
  email: Type.Optional(orPlaceholder(EmailSchema)),
  mapUrl: Type.Optional(HttpsUrlSchema),
  // One entry per opening span; a day may have several (lunch and dinner), a day without entries is closed.
  hours: Type.Optional(
    orPlaceholder(
      Type.Array(strictObject({ day: stringEnum(WEEKDAYS), opens: TimeSchema, closes: TimeSchema }), {
        maxItems: 21,
      }),
    ),
  ),
  hoursNote: Type.Optional(text(160)),
  form: Type.Optional(ContactFormSchema),
});
export type ContactSection = Static<typeof ContactSectionSchema>;

export const CtaSectionSchema = section('cta', {
  heading: Heading,
  body: Type.Optional(Intro),
  actions: Type.Array(LinkSchema, { minItems: 1, maxItems: 2 }),
});
export type CtaSection = Static<typeof CtaSectionSchema>;

export const StatsSectionSchema = section('stats', {
  heading: Type.Optional(Heading),
  items: Type.Array(strictObject({ value: text(16), label: text(60) }), { minItems: 1, maxItems: 8 }),
});
export type StatsSection = Static<typeof StatsSectionSchema>;

export const LogosSectionSchema = section('logos', {
  heading: Type.Optional(Heading),
  items: Type.Array(strictObject({ name: text(NAME), image: ImageSchema, href: Type.Optional(HrefSchema) }), {
    minItems: 1,
    maxItems: 24,
  }),
});
export type LogosSection = Static<typeof LogosSectionSchema>;

export const BlogListSectionSchema = section('blog-list', {
  heading: Heading,
  intro: Type.Optional(Intro),
  // Featured posts in this order; without it the newest posts are listed.
  postSlugs: Type.Optional(Type.Array(SlugSchema, { minItems: 1, maxItems: 24, uniqueItems: true })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 24 })),
});
export type BlogListSection = Static<typeof BlogListSectionSchema>;

export const TextSectionSchema = section('text', {
  heading: Type.Optional(Heading),
  blocks: Type.Array(RichBlockSchema, { minItems: 1, maxItems: 40 }),
});
export type TextSection = Static<typeof TextSectionSchema>;

export const SectionSchema = Type.Union(
  [
    HeroSectionSchema,
    FeaturesSectionSchema,
    ServicesSectionSchema,
    AboutSectionSchema,
    TestimonialsSectionSchema,
    GallerySectionSchema,
    PricingSectionSchema,
    TeamSectionSchema,
    FaqSectionSchema,
    ContactSectionSchema,
    CtaSectionSchema,
    StatsSectionSchema,
    LogosSectionSchema,
    BlogListSectionSchema,
    TextSectionSchema,
  ],
  { title: 'Section' },
);
export type Section = Static<typeof SectionSchema>;

// ---------------------------------------------------------------------------------------------------------
// Pages, posts, site

export const SeoSchema = strictObject({
  title: text(70),
  description: text(160),
  ogImage: Type.Optional(HttpsUrlSchema),
});
export type Seo = Static<typeof SeoSchema>;

export const PageSchema = strictObject({
  slug: SlugSchema,
  title: text(NAME),
  seo: SeoSchema,
  sections: Type.Array(SectionSchema, { minItems: 1, maxItems: 20 }),
});
export type Page = Static<typeof PageSchema>;

// A post gets its own page at /blog/<slug>; its excerpt doubles as the meta description, hence 160.
export const PostSchema = strictObject({
  slug: SlugSchema,
  title: text(HEADING),
  date: DateSchema,
  author: Type.Optional(text(NAME)),
  excerpt: text(160),
  image: Type.Optional(ImageSchema),
  body: Type.Array(RichBlockSchema, { minItems: 1, maxItems: 80 }),
});
export type Post = Static<typeof PostSchema>;

export const NavigationSchema = strictObject({ items: Type.Array(LinkSchema, { maxItems: 8 }) });
export type Navigation = Static<typeof NavigationSchema>;

export const FooterSchema = strictObject({
  text: text(INTRO),
  links: Type.Array(LinkSchema, { maxItems: 12 }),
  social: Type.Array(strictObject({ network: stringEnum(SOCIAL_NETWORKS), href: HttpsUrlSchema }), {
    maxItems: 10,
  }),
});
export type Footer = Static<typeof FooterSchema>;

export const LocalizedContentSchema = strictObject({
  navigation: NavigationSchema,
  footer: FooterSchema,
  pages: Type.Array(PageSchema, { minItems: 1, maxItems: 30 }),
  posts: Type.Array(PostSchema, { maxItems: 100 }),
});
export type LocalizedContent = Static<typeof LocalizedContentSchema>;

const FONT_KEYS = Object.keys(FONT_STACKS) as [FontKey, ...FontKey[]];

export const ThemeSchema = strictObject({
  palette: strictObject({
    primary: HexColorSchema,
    accent: HexColorSchema,
    background: HexColorSchema,
    surface: HexColorSchema,
    text: HexColorSchema,
    mutedText: HexColorSchema,
  }),
  typography: strictObject({ heading: stringEnum(FONT_KEYS), body: stringEnum(FONT_KEYS) }),
  radius: stringEnum(['none', 'small', 'medium', 'large', 'full']),
  mode: stringEnum(['light', 'dark']),
});
export type Theme = Static<typeof ThemeSchema>;

export const SiteDocumentSchema = strictObject({
  schemaVersion: Type.Literal(SITE_DOCUMENT_SCHEMA_VERSION),
  name: text(NAME),
  kind: stringEnum(BUSINESS_KINDS as [BusinessKind, ...BusinessKind[]]),
  locales: Type.Array(LocaleTagSchema, { minItems: 1, maxItems: 10, uniqueItems: true }),
  defaultLocale: LocaleTagSchema,
  theme: ThemeSchema,
  // Which generator wrote the site, so nobody mistakes the offline draft for the AI's work. Absent in
  // documents written before it was recorded.
  generatedBy: Type.Optional(
    strictObject({
      generator: stringEnum(['offline', 'ai']),
      model: Type.Optional(text(120)),
    }),
  ),
  ...LocalizedContentSchema.properties,
  translations: Type.Record(LocaleTagSchema, LocalizedContentSchema, {
    additionalProperties: false,
    description: 'keys are locale tags such as "pt" or "pt-PT"',
  }),
});
export type SiteDocument = Static<typeof SiteDocumentSchema>;

// ---------------------------------------------------------------------------------------------------------
// Helpers over valid documents

/** The navigation, footer, pages and posts of one locale, or undefined for a locale the site lacks. */
export function contentForLocale(doc: SiteDocument, locale: string): LocalizedContent | undefined {
  if (locale === doc.defaultLocale) {
    return { navigation: doc.navigation, footer: doc.footer, pages: doc.pages, posts: doc.posts };
  }
  return Object.hasOwn(doc.translations, locale) ? doc.translations[locale] : undefined;
}

/** Section ids in document order (the same in every locale of a valid document). */
export function sectionIds(doc: SiteDocument): string[] {
  return doc.pages.flatMap((page) => page.sections.map((s) => s.id));
}

export interface FoundSection {
  section: Section;
  page: Page;
  pageIndex: number;
  sectionIndex: number;
  /** JSON Pointer to the section within the document. */
  path: string;
}

export function findSection(
  doc: SiteDocument,
  id: string,
  locale = doc.defaultLocale,
): FoundSection | undefined {
  const content = contentForLocale(doc, locale);
  if (!content) return undefined;
  const base = locale === doc.defaultLocale ? '' : `/translations/${locale}`;
  for (const [pageIndex, page] of content.pages.entries()) {
    const sectionIndex = page.sections.findIndex((s) => s.id === id);
    const section = page.sections[sectionIndex];
    if (section) {
      return {
        section,
        page,
        pageIndex,
        sectionIndex,
        path: `${base}/pages/${pageIndex}/sections/${sectionIndex}`,
      };
    }
  }
  return undefined;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** WCAG 2 relative luminance of a #rrggbb colour, from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

// ---------------------------------------------------------------------------------------------------------
// Validation

export interface SiteDocumentError {
  /** JSON Pointer into the document, e.g. /pages/0/sections/2/props/title ("" is the document itself). */
  path: string;
  message: string;
}

export type SiteDocumentValidation =
  | { ok: true; value: SiteDocument }
  | { ok: false; errors: SiteDocumentError[] };

let checker: SchemaChecker | undefined;

/** The schema check, made on first use (compiling it generates code; see #schema-checker). */
function siteDocumentChecker(): SchemaChecker {
  checker ??= schemaChecker(SiteDocumentSchema);
  return checker;
}

/**
 * How deep objects and arrays may nest in a site document, the document itself being level 1. The schema
 * needs about 13 levels; the limit leaves room for growth and refuses the thousands of levels an attacker
 * sends to overflow a recursive walk.
 */
export const SITE_DOCUMENT_MAX_DEPTH = 32;

/**
 * The JSON Pointer of the first object or array (in document order) that sits deeper than `limit` levels,
 * `value` itself being level 1; undefined when nothing does. It walks with a stack of its own rather than
 * recursion, so a value nested a million levels deep is measured without overflowing the call stack, and
 * builds a pointer only for the one it reports.
 */
export function tooDeep(value: unknown, limit: number): string | undefined {
  interface Frame {
    value: unknown;
    depth: number;
    parent: Frame | undefined;
    key: string;
  }
  const stack: Frame[] = [{ value, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (typeof frame.value !== 'object' || frame.value === null) continue;
    if (frame.depth > limit) {
      const keys: string[] = [];
      for (let at: Frame | undefined = frame; at?.parent; at = at.parent) keys.push(escapePointer(at.key));
      return keys
        .reverse()
        .map((key) => `/${key}`)
        .join('');
    }
    const container = frame.value as Record<string, unknown>;
    const keys = Array.isArray(container) ? undefined : Object.keys(container);
    // Pushed last to first, so the first child is looked at first.
    for (let i = (keys ?? (container as unknown as unknown[])).length - 1; i >= 0; i--) {
      const key = keys ? (keys[i] as string) : String(i);
      const child = container[key];
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  return undefined;
}

/**
 * Checks a document against the schema and the rules a schema cannot express, and returns every problem
 * at once, each with its JSON Pointer, so the AI repair loop and people can fix them in one go. A document
 * nested deeper than SITE_DOCUMENT_MAX_DEPTH is refused with that one problem before anything else walks it.
 */
export function validateSiteDocument(value: unknown): SiteDocumentValidation {
  const deep = tooDeep(value, SITE_DOCUMENT_MAX_DEPTH);
  if (deep !== undefined) {
    return {
      ok: false,
      errors: [
        {
          path: deep,
          message: `nests objects and arrays more than ${SITE_DOCUMENT_MAX_DEPTH} levels deep; no site document needs that many, so flatten what is here`,
        },
      ],
    };
  }
  // The compiled check is the fast path for the common case, a valid document; errors are collected only on failure.
  const compiled = siteDocumentChecker();
  const errors = compiled.Check(value) ? [] : schemaErrors(compiled.Errors(value), '');
  // A document that is not even an object has nothing further to check.
  if (isRecord(value)) errors.push(...semanticErrors(value));
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.path}\n${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.length === 0 ? { ok: true, value: value as SiteDocument } : { ok: false, errors: unique };
}

type AnySchema = TSchema & Record<string, unknown>;

// One error per path: TypeBox reports a missing property twice (required, then wrong type), and a string
// that is both too long and off-pattern needs only one correction message at a time. The pattern message
// wins, since it says what the value should look like ("a #rrggbb hex colour", not "at most 7 characters").
function schemaErrors(errors: Iterable<ValueError>, base: string): SiteDocumentError[] {
  const byPath = new Map<string, SiteDocumentError>();
  const lengthOnly = new Set<string>();
  for (const error of errors) {
    const path = base + error.path;
    if (error.type === ValueErrorType.Union) {
      for (const e of unionErrors(error.schema as AnySchema, error.value, path)) {
        if (!byPath.has(e.path)) byPath.set(e.path, e);
      }
    } else if (!byPath.has(path) || (lengthOnly.has(path) && error.type === ValueErrorType.StringPattern)) {
      byPath.set(path, { path, message: describe(error) });
      const isLength =
        error.type === ValueErrorType.StringMaxLength || error.type === ValueErrorType.StringMinLength;
      if (isLength) lengthOnly.add(path);
      else lengthOnly.delete(path);
    }
  }
  return [...byPath.values()];
}

// A union is reported as the one branch the value meant: the enum it missed, the branch its tag names, or
// (untagged) the closest branch. Never one error per branch.
function unionErrors(schema: AnySchema, value: unknown, path: string): SiteDocumentError[] {
  const branches = schema.anyOf as AnySchema[];
  const literals = branches.map((b) => b.const);
  if (literals.every((l) => typeof l === 'string')) {
    return [{ path, message: `must be one of: ${literals.join(', ')} (got ${show(value)})` }];
  }
  const tag = discriminator(branches);
  if (tag === undefined) {
    const candidates = branches.map((b) => schemaErrors(Errors(b, value), path));
    return candidates.reduce((best, c) => (c.length < best.length ? c : best));
  }
  if (!isRecord(value)) return [{ path, message: `must be an object (got ${typeName(value)})` }];
  const tags = branches.map((b) => tagOf(b, tag));
  const branch = branches.find((b) => tagOf(b, tag) === value[tag]);
  if (branch) return schemaErrors(Errors(branch, value), path);
  const noun = `${String(schema.title ?? 'value').toLowerCase()} ${tag}`;
  const message =
    value[tag] === undefined
      ? `is required: the ${noun}, one of: ${tags.join(', ')}`
      : `unknown ${noun} ${show(value[tag])} (must be one of: ${tags.join(', ')})`;
  return [{ path: `${path}/${tag}`, message }];
}

function tagOf(branch: AnySchema, key: string): unknown {
  return (branch.properties as Record<string, AnySchema> | undefined)?.[key]?.const;
}

function discriminator(branches: AnySchema[]): string | undefined {
  const first = branches[0]?.properties as Record<string, unknown> | undefined;
  return Object.keys(first ?? {}).find((key) => branches.every((b) => typeof tagOf(b, key) === 'string'));
}

const DANGEROUS_SCHEME = /^(javascript|data|vbscript|file|blob):/;

function describe(error: ValueError): string {
  const schema = error.schema as AnySchema;
  const value = error.value;
  const length = typeof value === 'string' || Array.isArray(value) ? value.length : 0;
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'is required';
    case ValueErrorType.ObjectAdditionalProperties: {
      const key = error.path
        .slice(error.path.lastIndexOf('/') + 1)
        .replace(/~1/g, '/')
        .replace(/~0/g, '~');
      if (schema.patternProperties) return `unexpected key ${show(key)}: ${String(schema.description)}`;
      const allowed = Object.keys((schema.properties as object | undefined) ?? {}).join(', ');
      return `unknown property ${show(key)} (allowed: ${allowed})`;
    }
    case ValueErrorType.Object:
      return `must be an object (got ${typeName(value)})`;
    case ValueErrorType.Array:
      return `must be an array (got ${typeName(value)})`;
    case ValueErrorType.ArrayMinItems:
      return `must have at least ${schema.minItems} ${plural(Number(schema.minItems), 'item')} (got ${length})`;
    case ValueErrorType.ArrayMaxItems:
      return `must have at most ${schema.maxItems} ${plural(Number(schema.maxItems), 'item')} (got ${length})`;
    case ValueErrorType.ArrayUniqueItems:
      return 'must not contain duplicates';
    case ValueErrorType.String:
      return `must be a string (got ${typeName(value)})`;
    case ValueErrorType.StringMinLength:
      return schema.minLength === 1
        ? 'must not be empty'
        : `must be at least ${schema.minLength} characters (got ${length})`;
    case ValueErrorType.StringMaxLength:
      return `must be at most ${schema.maxLength} characters (got ${length})`;
    case ValueErrorType.StringPattern: {
      // Any case, with whitespace or control characters tucked in: browsers ignore those, so we do too.
      const scheme = DANGEROUS_SCHEME.exec(
        String(value)
          .replace(/[\s\p{Cc}]/gu, '')
          .toLowerCase(),
      );
      if (scheme) {
        return `must not use the ${scheme[1]}: scheme (got ${show(value)}); use https://, http://, mailto:, tel: or an internal /path`;
      }
      return `must be ${String(schema.description ?? `a string matching ${schema.pattern}`)} (got ${show(value)})`;
    }
    case ValueErrorType.Number:
      return `must be a number (got ${typeName(value)})`;
    case ValueErrorType.Integer:
      return `must be a whole number (got ${show(value)})`;
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerMinimum:
      return `must be at least ${schema.minimum} (got ${show(value)})`;
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum:
      return `must be at most ${schema.maximum} (got ${show(value)})`;
    case ValueErrorType.Boolean:
      return `must be true or false (got ${show(value)})`;
    case ValueErrorType.Literal:
      return `must be ${show(schema.const)} (got ${show(value)})`;
    default:
      return `${error.message} (got ${show(value)})`;
  }
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeName(value);
}

// ---------------------------------------------------------------------------------------------------------
// Semantic checks. They run even when the schema check failed, so that every problem is reported at once;
// hence they read the document as `unknown` and skip whatever is malformed (the schema errors cover that).

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function records(value: unknown): Array<[number, Json]> {
  return list(value).flatMap((item, i): Array<[number, Json]> => (isRecord(item) ? [[i, item]] : []));
}

interface Tree {
  locale: string;
  base: string;
  content: Json;
}

interface TreeIndex {
  // slug -> index in pages, and the (id, type) of each section in order
  pages: Map<string, { index: number; sections: Array<{ id: unknown; type: unknown }> }>;
  posts: Map<string, number>;
}

function semanticErrors(doc: Json): SiteDocumentError[] {
  const errors: SiteDocumentError[] = [];
  const locales = list(doc.locales).filter((l): l is string => typeof l === 'string');
  const defaultLocale = typeof doc.defaultLocale === 'string' ? doc.defaultLocale : undefined;

  if (defaultLocale !== undefined && locales.length > 0 && locales[0] !== defaultLocale) {
    errors.push({
      path: '/defaultLocale',
      message: locales.includes(defaultLocale)
        ? `must be the first entry of /locales, ${show(locales[0])} (got ${show(defaultLocale)})`
        : `must be one of the site's locales: ${locales.join(', ')} (got ${show(defaultLocale)})`,
    });
  }

  const trees: Tree[] = [{ locale: defaultLocale ?? locales[0] ?? '?', base: '', content: doc }];
  if (isRecord(doc.translations)) {
    const translations = doc.translations;
    for (const [locale, content] of Object.entries(translations)) {
      const path = `/translations/${locale}`;
      if (locale === defaultLocale) {
        errors.push({
          path,
          message: `must not be here: the default locale's content is the top level of the document`,
        });
      } else if (!locales.includes(locale)) {
        errors.push({
          path,
          message: `is content for ${show(locale)}, which is not in /locales (${locales.join(', ')}); add the locale or remove this`,
        });
      } else if (isRecord(content)) {
        trees.push({ locale, base: path, content });
      }
    }
    for (const locale of locales) {
      if (locale !== (defaultLocale ?? locales[0]) && !Object.hasOwn(translations, locale)) {
        errors.push({
          path: `/translations/${locale}`,
          message: `is required: locale ${show(locale)} is listed in /locales but has no content`,
        });
      }
    }
  }

  const indexes = trees.map((tree) => checkTree(tree, errors));
  const [defaultTree, defaultIndex] = [trees[0], indexes[0]];
  if (defaultTree && defaultIndex) {
    for (const [i, tree] of trees.entries()) {
      const index = indexes[i];
      if (i > 0 && index) checkParity(defaultTree, defaultIndex, tree, index, errors);
    }
  }
  checkContrast(doc.theme, errors);
  return errors;
}

function checkTree(tree: Tree, errors: SiteDocumentError[]): TreeIndex {
  const { base, content } = tree;
  const index: TreeIndex = { pages: new Map(), posts: new Map() };
  const firstSection = new Map<string, string>();
  const sections: Array<[string, Json]> = [];

  for (const [i, page] of records(content.pages)) {
    const sectionList = records(page.sections).map(([j, s]) => {
      sections.push([`${base}/pages/${i}/sections/${j}`, s]);
      return { id: s.id, type: s.type };
    });
    if (typeof page.slug !== 'string') continue;
    const first = index.pages.get(page.slug);
    if (first) {
      errors.push({
        path: `${base}/pages/${i}/slug`,
        message: `duplicate page slug ${show(page.slug)} (already used at ${base}/pages/${first.index}/slug)`,
      });
    } else {
      index.pages.set(page.slug, { index: i, sections: sectionList });
    }
  }
  if (records(content.pages).length > 0 && !index.pages.has('index')) {
    errors.push({ path: `${base}/pages`, message: 'must include the home page, a page with slug "index"' });
  }

  for (const [path, s] of sections) {
    if (typeof s.id !== 'string') continue;
    const first = firstSection.get(s.id);
    if (first) {
      errors.push({
        path: `${path}/id`,
        message: `duplicate section id ${show(s.id)} (already used at ${first}/id)`,
      });
    } else {
      firstSection.set(s.id, path);
    }
  }

  for (const [i, post] of records(content.posts)) {
    if (typeof post.slug === 'string') {
      const first = index.posts.get(post.slug);
      if (first !== undefined) {
        errors.push({
          path: `${base}/posts/${i}/slug`,
          message: `duplicate post slug ${show(post.slug)} (already used at ${base}/posts/${first}/slug)`,
        });
      } else {
        index.posts.set(post.slug, i);
      }
    }
    if (typeof post.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(post.date) && !isRealDate(post.date)) {
      errors.push({
        path: `${base}/posts/${i}/date`,
        message: `must be a real calendar date (got ${show(post.date)})`,
      });
    }
  }

  for (const [path, s] of sections) {
    const props = isRecord(s.props) ? s.props : {};
    if (s.type === 'blog-list') checkPostSlugs(props, `${path}/props`, index, errors);
    if (s.type === 'contact' && isRecord(props.form)) checkForm(props.form, `${path}/props/form`, errors);
  }

  for (const key of ['navigation', 'footer', 'pages', 'posts']) {
    for (const [path, href] of hrefs(content[key], `${base}/${key}`))
      checkInternalHref(href, path, index, errors);
  }
  return index;
}

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

function checkPostSlugs(props: Json, path: string, index: TreeIndex, errors: SiteDocumentError[]): void {
  for (const [k, slug] of list(props.postSlugs).entries()) {
    if (typeof slug === 'string' && !index.posts.has(slug)) {
      const known = [...index.posts.keys()].join(', ') || 'none';
      errors.push({
        path: `${path}/postSlugs/${k}`,
        message: `post ${show(slug)} does not exist (posts: ${known})`,
      });
    }
  }
}

/**
 * The name of the field a rendered form carries for robots to fill (people never see it): a form
 * definition may not use it, or a person's answer would be taken for a robot's.
 */
export const FORM_TRAP_FIELD = 'website_url';

/**
 * The hidden field a rendered form carries empty and the site server fills, as it serves the page, with the
 * signed time it did (form-stamp.ts): the form endpoint's minimum fill time.
 */
export const FORM_ISSUED_FIELD = '_issued';

function checkForm(form: Json, path: string, errors: SiteDocumentError[]): void {
  const names = new Set<unknown>();
  for (const [k, field] of records(form.fields)) {
    const at = `${path}/fields/${k}`;
    if (field.name === FORM_TRAP_FIELD)
      errors.push({
        path: `${at}/name`,
        message: `${show(field.name)} is reserved; name the field otherwise`,
      });
    if (names.has(field.name))
      errors.push({ path: `${at}/name`, message: `duplicate field name ${show(field.name)}` });
    names.add(field.name);
    if (field.type === 'select' && field.options === undefined) {
      errors.push({ path: `${at}/options`, message: 'is required for a select field' });
    }
    if (field.type !== 'select' && field.options !== undefined) {
      errors.push({
        path: `${at}/options`,
        message: `only applies to select fields (this one is ${show(field.type)})`,
      });
    }
  }
}

// Every href in a subtree, wherever it sits, so that a new section type with links is covered too. In
// document order, walked with a stack of its own rather than recursion: an href found is pushed as it is
// met, so it comes out between the subtrees before and after it.
function hrefs(value: unknown, path: string): Array<[string, string]> {
  type Step = { visit: unknown; at: string } | { href: string; at: string };
  const found: Array<[string, string]> = [];
  const stack: Step[] = [{ visit: value, at: path }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('href' in step) {
      found.push([step.at, step.href]);
      continue;
    }
    const steps: Step[] = [];
    if (Array.isArray(step.visit)) {
      for (const [i, child] of step.visit.entries()) steps.push({ visit: child, at: `${step.at}/${i}` });
    } else if (isRecord(step.visit)) {
      for (const [key, child] of Object.entries(step.visit)) {
        const at = `${step.at}/${escapePointer(key)}`;
        steps.push(key === 'href' && typeof child === 'string' ? { href: child, at } : { visit: child, at });
      }
    }
    for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i] as Step);
  }
  return found;
}

function checkInternalHref(href: string, path: string, index: TreeIndex, errors: SiteDocumentError[]): void {
  if (!INTERNAL_REGEX.test(href)) return;
  if (href.startsWith('/blog/')) {
    const slug = href.slice('/blog/'.length);
    if (!index.posts.has(slug)) {
      const known = [...index.posts.keys()].join(', ') || 'none';
      errors.push({ path, message: `links to post ${show(slug)}, which does not exist (posts: ${known})` });
    }
    return;
  }
  const [pathPart = '', anchor] = href.split('#');
  const slug = pathPart.slice(1) || 'index';
  const page = index.pages.get(slug);
  if (pathPart === '/index') {
    errors.push({ path, message: 'links to the home page as "/index"; write "/" instead' });
  } else if (!page) {
    const known = [...index.pages.keys()].map(pagePath).join(', ');
    errors.push({ path, message: `links to page ${show(pathPart)}, which does not exist (pages: ${known})` });
  } else if (anchor !== undefined && !page.sections.some((s) => s.id === anchor)) {
    errors.push({
      path,
      message: `links to section "#${anchor}", which is not on page ${show(pagePath(slug))}`,
    });
  }
}

function checkParity(
  main: Tree,
  mainIndex: TreeIndex,
  tree: Tree,
  index: TreeIndex,
  errors: SiteDocumentError[],
): void {
  const sameAs = `as the default locale (${main.locale})`;
  for (const slug of mainIndex.pages.keys()) {
    if (!index.pages.has(slug))
      errors.push({
        path: `${tree.base}/pages`,
        message: `is missing page ${show(slug)}: every locale needs the same pages ${sameAs}`,
      });
  }
  for (const [slug, page] of index.pages) {
    const mainPage = mainIndex.pages.get(slug);
    if (!mainPage) {
      errors.push({
        path: `${tree.base}/pages/${page.index}/slug`,
        message: `page ${show(slug)} is not in the default locale (${main.locale}); every locale needs the same pages`,
      });
      continue;
    }
    const expected = mainPage.sections.map(sectionLabel).join(', ');
    const got = page.sections.map(sectionLabel).join(', ');
    if (expected !== got) {
      errors.push({
        path: `${tree.base}/pages/${page.index}/sections`,
        message: `must have the same sections in the same order ${sameAs}: expected [${expected}], got [${got}]`,
      });
    }
  }
  for (const slug of mainIndex.posts.keys()) {
    if (!index.posts.has(slug))
      errors.push({
        path: `${tree.base}/posts`,
        message: `is missing post ${show(slug)}: every locale needs the same posts ${sameAs}`,
      });
  }
  for (const [slug, i] of index.posts) {
    if (!mainIndex.posts.has(slug)) {
      errors.push({
        path: `${tree.base}/posts/${i}/slug`,
        message: `post ${show(slug)} is not in the default locale (${main.locale}); every locale needs the same posts`,
      });
    }
  }
}

function sectionLabel(s: { id: unknown; type: unknown }): string {
  return `${String(s.id)} (${String(s.type)})`;
}

// WCAG AA for body text. Checked here rather than only fixed up in the renderer so that the AI repair loop and
// people picking colours hear about it.
const CONTRAST_PAIRS = [
  ['text', 'background'],
  ['text', 'surface'],
  ['mutedText', 'background'],
  ['mutedText', 'surface'],
] as const;

function checkContrast(theme: unknown, errors: SiteDocumentError[]): void {
  const palette = isRecord(theme) && isRecord(theme.palette) ? theme.palette : {};
  const hex = (v: unknown): v is string => typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v);
  for (const [fg, bg] of CONTRAST_PAIRS) {
    const [a, b] = [palette[fg], palette[bg]];
    if (!hex(a) || !hex(b)) continue;
    const ratio = contrastRatio(a, b);
    if (ratio < 4.5) {
      errors.push({
        path: `/theme/palette/${fg}`,
        message: `must contrast at least 4.5:1 with ${bg} ${b} for readable text (WCAG AA); ${a} gives ${ratio.toFixed(2)}:1`,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Example

/**
 * A small, complete, valid document: a bakery in Porto in English and Portuguese, using every section type.
 * A fresh object on each call, so callers may mutate it.
 */
export function exampleSiteDocument(): SiteDocument {
  return {
    schemaVersion: SITE_DOCUMENT_SCHEMA_VERSION,
    name: 'Padaria Ribeira',
    kind: 'bakery',
    locales: ['en', 'pt'],
    defaultLocale: 'en',
    theme: {
      palette: {
        primary: '#9c3f1d',
        accent: '#2f6b5e',
        background: '#fffaf3',
        surface: '#f6ead8',
        text: '#2b1d14',
        mutedText: '#5f4a3c',
      },
      typography: { heading: 'old-style', body: 'humanist' },
      radius: 'medium',
      mode: 'light',
    },
    ...bakeryContent('en'),
    translations: { pt: bakeryContent('pt') },
  };
}

function bakeryContent(locale: 'en' | 'pt'): LocalizedContent {
  // Both languages are written side by side, so the two trees cannot drift apart in structure.
  const t = (english: string, portuguese: string) => (locale === 'en' ? english : portuguese);
  const art = (seed: number, motif: (typeof ART_MOTIFS)[number], alt: string) =>
    ({ kind: 'art', seed, motif, alt, width: 1200, height: 800 }) as const;
  const eur = (amount: number) => ({ amount, currency: 'EUR' });
  const seo = (title: string, description: string) => ({ title, description });

  return {
    navigation: {
      items: [
        { label: t('Home', 'Início'), href: '/' },
        { label: t('Menu', 'Menu'), href: '/menu' },
        { label: t('Bread club', 'Clube do pão'), href: '/bread-club' },
        { label: t('About', 'Sobre nós'), href: '/about' },
        { label: t('Journal', 'Diário'), href: '/blog' },
        { label: t('Visit', 'Visite-nos'), href: '/contact' },
      ],
    },
    footer: {
      text: t(
        'Padaria Ribeira: wood-fired bread and pastries by the Douro since 1962.',
        'Padaria Ribeira: pão e pastelaria em forno a lenha junto ao Douro desde 1962.',
      ),
      links: [
        { label: t('Call us', 'Ligue-nos'), href: 'tel:+351222000000' },
        { label: t('Email', 'Email'), href: 'mailto:ola@padaria-ribeira.example' },
        { label: t('Opening hours', 'Horário'), href: '/contact#visit' },
      ],
      social: [{ network: 'instagram', href: 'https://www.instagram.com/padariaribeira' }],
    },
    pages: [
      {
        slug: 'index',
        title: t('Home', 'Início'),
        seo: seo(
          t('Padaria Ribeira: bakery in Porto', 'Padaria Ribeira: padaria no Porto'),
          t(
            'Wood-fired bread, pastéis de nata and coffee by the Ribeira in Porto. Baked every morning since 1962.',
            'Pão de forno a lenha, pastéis de nata e café na Ribeira do Porto. Feitos todas as manhãs desde 1962.',
          ),
        ),
        sections: [
          {
            id: 'welcome',
            type: 'hero',
            props: {
              eyebrow: t('Porto · since 1962', 'Porto · desde 1962'),
              heading: t('Bread worth crossing the bridge for', 'Pão que vale a travessia da ponte'),
              subheading: t(
                'Sourdough, broa and pastéis de nata from our wood-fired oven, fresh from 7 every morning.',
                'Massa-mãe, broa e pastéis de nata do nosso forno a lenha, frescos a partir das 7 da manhã.',
              ),
              actions: [
                { label: t('See the menu', 'Ver o menu'), href: '/menu' },
                { label: t('Find us', 'Como chegar'), href: '/contact#visit' },
              ],
              image: art(1962, 'blobs', ''),
            },
          },
          {
            id: 'why-us',
            type: 'features',
            props: {
              heading: t('Why Porto queues here', 'Porque é que o Porto faz fila aqui'),
              items: [
                {
                  title: t('Slow dough', 'Massa lenta'),
                  body: t(
                    'Every loaf rests 24 hours before baking.',
                    'Cada pão repousa 24 horas antes de ir ao forno.',
                  ),
                },
                {
                  title: t('Wood-fired', 'Forno a lenha'),
                  body: t(
                    'The same oven since 1962, lit at 4 am.',
                    'O mesmo forno desde 1962, aceso às 4 da manhã.',
                  ),
                },
                {
                  title: t('Local flour', 'Farinha local'),
                  body: t(
                    'Milled in Minho from Portuguese wheat and maize.',
                    'Moída no Minho, de trigo e milho portugueses.',
                  ),
                },
              ],
            },
          },
          {
            id: 'numbers',
            type: 'stats',
            props: {
              items: [
                { value: '1962', label: t('Baking since', 'A cozer desde') },
                { value: '600+', label: t('Pastéis a day', 'Pastéis por dia') },
                { value: '4.8★', label: t('Average review', 'Avaliação média') },
              ],
            },
          },
          {
            id: 'reviews',
            type: 'testimonials',
            props: {
              heading: t('What our neighbours say', 'O que dizem os vizinhos'),
              items: [
                {
                  quote: t(
                    'The best broa in Porto, still warm at 8.',
                    'A melhor broa do Porto, ainda quente às 8.',
                  ),
                  author: 'Marta Silva',
                  role: t('Regular since 1998', 'Cliente desde 1998'),
                  rating: 5,
                },
              ],
            },
          },
          {
            id: 'visit-cta',
            type: 'cta',
            props: {
              heading: t('Come by for breakfast', 'Venha tomar o pequeno-almoço'),
              body: t('Coffee and a nata for €2.50 until 10 am.', 'Café e nata por 2,50 € até às 10h.'),
              actions: [{ label: t('Opening hours', 'Horário'), href: '/contact#visit' }],
            },
          },
        ],
      },
      {
        slug: 'menu',
        title: t('Menu', 'Menu'),
        seo: seo(
          t('Menu and prices | Padaria Ribeira', 'Menu e preços | Padaria Ribeira'),
          t('Breads, pastries and coffee with prices.', 'Pães, pastelaria e café com preços.'),
        ),
        sections: [
          {
            id: 'menu',
            type: 'services',
            props: {
              heading: t('Baked today', 'Feito hoje'),
              groups: [
                {
                  name: t('Bread', 'Pão'),
                  items: [
                    {
                      name: t('Sourdough loaf', 'Pão de massa-mãe'),
                      description: t('800 g, 24-hour ferment.', '800 g, fermentação de 24 horas.'),
                      price: eur(4.5),
                    },
                    {
                      name: t('Broa de milho', 'Broa de milho'),
                      price: eur(3),
                      tags: [t('vegan', 'vegano')],
                    },
                  ],
                },
                {
                  name: t('Pastry', 'Pastelaria'),
                  items: [
                    { name: t('Pastel de nata', 'Pastel de nata'), price: eur(1.3) },
                    {
                      name: t('Celebration cake', 'Bolo de festa'),
                      price: eur(28),
                      priceNote: t('from', 'desde'),
                    },
                  ],
                },
              ],
            },
          },
          {
            id: 'gallery',
            type: 'gallery',
            props: {
              heading: t('From the oven', 'Do forno'),
              items: [
                { image: art(11, 'waves', t('Loaves cooling on racks', 'Pães a arrefecer nas grelhas')) },
                {
                  image: {
                    kind: 'url',
                    src: 'https://images.example.com/padaria-ribeira/natas.jpg',
                    alt: t('A tray of pastéis de nata', 'Um tabuleiro de pastéis de nata'),
                    width: 1600,
                    height: 1067,
                  },
                  caption: t('Natas, 7 am', 'Natas, 7 da manhã'),
                },
              ],
            },
          },
        ],
      },
      {
        slug: 'bread-club',
        title: t('Bread club', 'Clube do pão'),
        seo: seo(
          t('Bread club | Padaria Ribeira', 'Clube do pão | Padaria Ribeira'),
          t('A weekly loaf, set aside for you.', 'Um pão por semana, guardado para si.'),
        ),
        sections: [
          {
            id: 'club-plans',
            type: 'pricing',
            props: {
              heading: t('Join the bread club', 'Junte-se ao clube do pão'),
              plans: [
                {
                  name: t('Weekly loaf', 'Pão semanal'),
                  price: eur(16),
                  period: 'month',
                  features: [t('One sourdough a week', 'Um pão de massa-mãe por semana')],
                  action: { label: t('Sign up', 'Inscrever'), href: '/contact#visit' },
                },
                {
                  name: t('Family', 'Família'),
                  price: eur(40),
                  period: 'month',
                  features: [
                    t('Three loaves a week', 'Três pães por semana'),
                    t('Six natas on Sundays', 'Seis natas ao domingo'),
                  ],
                  highlighted: true,
                },
              ],
            },
          },
          {
            id: 'club-how',
            type: 'text',
            props: {
              heading: t('How it works', 'Como funciona'),
              blocks: [
                {
                  kind: 'paragraph',
                  text: t(
                    'Pick up your bread any day before noon. Pause whenever you travel.',
                    'Levante o seu pão em qualquer dia antes do meio-dia. Pause quando viajar.',
                  ),
                },
                {
                  kind: 'list',
                  ordered: true,
                  items: [
                    t('Choose a plan', 'Escolha um plano'),
                    t('Tell us your day', 'Diga-nos o seu dia'),
                  ],
                },
              ],
            },
          },
        ],
      },
      {
        slug: 'about',
        title: t('About us', 'Sobre nós'),
        seo: seo(
          t('Our story | Padaria Ribeira', 'A nossa história | Padaria Ribeira'),
          t('Three generations of bakers by the Douro.', 'Três gerações de padeiros junto ao Douro.'),
        ),
        sections: [
          {
            id: 'story',
            type: 'about',
            props: {
              heading: t('Three generations, one oven', 'Três gerações, um forno'),
              paragraphs: [
                t(
                  'Avó Rosa opened the bakery in 1962 with a wood-fired oven and a sack of maize flour.',
                  'A avó Rosa abriu a padaria em 1962 com um forno a lenha e um saco de farinha de milho.',
                ),
              ],
              image: art(7, 'sunburst', ''),
            },
          },
          {
            id: 'team',
            type: 'team',
            props: {
              heading: t('The bakers', 'Os padeiros'),
              members: [
                { name: 'Rui Costa', role: t('Head baker', 'Mestre padeiro') },
                { name: 'Inês Costa', role: t('Pastry', 'Pastelaria'), photo: art(3, 'rings', 'Inês Costa') },
              ],
            },
          },
          {
            id: 'partners',
            type: 'logos',
            props: {
              heading: t('Our flour and coffee', 'A nossa farinha e café'),
              items: [{ name: 'Moagem do Minho', image: art(21, 'grid', 'Moagem do Minho') }],
            },
          },
        ],
      },
      {
        slug: 'blog',
        title: t('Journal', 'Diário'),
        seo: seo(
          t('Journal | Padaria Ribeira', 'Diário | Padaria Ribeira'),
          t('Notes from the bakery.', 'Notas da padaria.'),
        ),
        sections: [
          { id: 'journal', type: 'blog-list', props: { heading: t('Journal', 'Diário'), limit: 6 } },
        ],
      },
      {
        slug: 'contact',
        title: t('Visit', 'Visite-nos'),
        seo: seo(
          t('Visit us | Padaria Ribeira', 'Visite-nos | Padaria Ribeira'),
          t('Address, opening hours and orders.', 'Morada, horário e encomendas.'),
        ),
        sections: [
          {
            id: 'visit',
            type: 'contact',
            props: {
              heading: t('Visit or order', 'Visite ou encomende'),
              address: {
                street: 'Rua de São João 42',
                locality: 'Porto',
                postalCode: '4050-552',
                country: 'PT',
              },
              phone: '+351 222 000 000',
              email: 'ola@padaria-ribeira.example',
              mapUrl: 'https://www.openstreetmap.org/?mlat=41.1408&mlon=-8.6131#map=18/41.1408/-8.6131',
              hours: [
                ...(['tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({
                  day,
                  opens: '07:00',
                  closes: '19:00',
                })),
                { day: 'sun', opens: '07:00', closes: '13:00' },
              ],
              hoursNote: t('Closed on Mondays.', 'Encerrado à segunda-feira.'),
              form: {
                fields: [
                  { name: 'name', label: t('Your name', 'O seu nome'), type: 'text', required: true },
                  { name: 'email', label: t('Email', 'Email'), type: 'email', required: true },
                  {
                    name: 'order',
                    label: t('What would you like?', 'O que deseja?'),
                    type: 'select',
                    required: true,
                    options: [t('Bread club', 'Clube do pão'), t('Cake', 'Bolo'), t('Other', 'Outro')],
                  },
                  { name: 'message', label: t('Message', 'Mensagem'), type: 'textarea', required: false },
                ],
                submitLabel: t('Send', 'Enviar'),
                successMessage: t('Thank you! We reply within a day.', 'Obrigado! Respondemos num dia.'),
              },
            },
          },
          {
            id: 'faq',
            type: 'faq',
            props: {
              heading: t('Questions', 'Perguntas'),
              items: [
                {
                  question: t('Do you bake gluten-free?', 'Têm pão sem glúten?'),
                  answer: t(
                    'Not yet: our flour travels everywhere.',
                    'Ainda não: a farinha anda por todo o lado.',
                  ),
                },
              ],
            },
          },
        ],
      },
    ],
    posts: [
      {
        slug: 'why-we-bake-at-4am',
        title: t('Why we light the oven at 4 am', 'Porque acendemos o forno às 4 da manhã'),
        date: '2025-03-14',
        author: 'Rui Costa',
        excerpt: t(
          'A wood-fired oven takes three hours to heat.',
          'Um forno a lenha demora três horas a aquecer.',
        ),
        body: [
          {
            kind: 'paragraph',
            text: t(
              'Stone holds heat evenly, but it asks for patience.',
              'A pedra guarda o calor por igual, mas pede paciência.',
            ),
          },
          { kind: 'quote', text: t('Bread does not hurry.', 'O pão não tem pressa.'), cite: 'Avó Rosa' },
        ],
      },
      {
        slug: 'the-perfect-pastel-de-nata',
        title: t('The perfect pastel de nata', 'O pastel de nata perfeito'),
        date: '2025-05-02',
        excerpt: t(
          'Blistered top, crisp layers, warm custard.',
          'Topo tostado, massa estaladiça, creme morno.',
        ),
        image: art(5, 'dots', ''),
        body: [
          { kind: 'heading', text: t('The pastry', 'A massa') },
          {
            kind: 'paragraph',
            text: t(
              'Rolled thin and tight, like a snail shell.',
              'Enrolada fina e apertada, como uma concha.',
            ),
          },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Placeholders

export interface PlaceholderFound {
  fact: PlaceholderFact;
  note?: string;
  /** What the fact belongs to, when that is not the section itself: the item a price is missing for. */
  subject?: string;
  locale: string;
  /** Slug of the page that holds it. */
  page: string;
  sectionId: string;
  /** JSON Pointer to the placeholder within the document. */
  path: string;
}

/** Every fact the owner still has to give, in document order, locale by locale (default locale first). */
export function findPlaceholders(doc: SiteDocument): PlaceholderFound[] {
  const found: PlaceholderFound[] = [];
  for (const locale of [doc.defaultLocale, ...doc.locales.filter((l) => l !== doc.defaultLocale)]) {
    const content = contentForLocale(doc, locale);
    if (!content) continue;
    const base = locale === doc.defaultLocale ? '' : `/translations/${escapePointer(locale)}`;
    for (const [pageIndex, page] of content.pages.entries()) {
      for (const [sectionIndex, section] of page.sections.entries()) {
        const sectionPath = `${base}/pages/${pageIndex}/sections/${sectionIndex}`;
        walkPlaceholders(section.props, `${sectionPath}/props`, (placeholder, path, holder) => {
          const subject = holder === section.props ? undefined : (holder.name ?? holder.title);
          found.push({
            fact: placeholder.placeholder,
            ...(placeholder.note ? { note: placeholder.note } : {}),
            ...(typeof subject === 'string' ? { subject } : {}),
            locale,
            page: page.slug,
            sectionId: section.id,
            path,
          });
        });
      }
    }
  }
  return found;
}

/**
 * The facts the owner still has to give, once each: the default locale names them, and every translation
 * holds the same placeholders at the same places.
 */
export function placeholdersToFill(doc: SiteDocument): PlaceholderFound[] {
  return findPlaceholders(doc).filter((found) => found.locale === doc.defaultLocale);
}

/**
 * The document as it is published: every placeholder left out, as if the field had never been written.
 * The schema makes every field that may hold one optional, so the result is still a valid document.
 */
export function withoutPlaceholders(doc: SiteDocument): SiteDocument {
  return stripPlaceholders(doc) as SiteDocument;
}

// Recursive, which is safe: it is only given valid documents, and validateSiteDocument refuses one nested
// deeper than SITE_DOCUMENT_MAX_DEPTH before anything walks it.
function stripPlaceholders(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripPlaceholders);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (!isPlaceholder(child)) result[key] = stripPlaceholders(child);
  }
  return result;
}

type PlaceholderVisitor = (placeholder: Placeholder, path: string, holder: Record<string, unknown>) => void;

function walkPlaceholders(value: unknown, path: string, visit: PlaceholderVisitor): void {
  // In document order, with a stack of its own rather than recursion (as hrefs() above).
  type Step =
    | { walk: unknown; at: string }
    | { placeholder: Placeholder; at: string; holder: Record<string, unknown> };
  const stack: Step[] = [{ walk: value, at: path }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('placeholder' in step) {
      visit(step.placeholder, step.at, step.holder);
      continue;
    }
    const steps: Step[] = [];
    if (Array.isArray(step.walk)) {
      for (const [index, child] of step.walk.entries())
        steps.push({ walk: child, at: `${step.at}/${index}` });
    } else if (typeof step.walk === 'object' && step.walk !== null) {
      const holder = step.walk as Record<string, unknown>;
      for (const [key, child] of Object.entries(holder)) {
        const at = `${step.at}/${escapePointer(key)}`;
        steps.push(isPlaceholder(child) ? { placeholder: child, at, holder } : { walk: child, at });
      }
    }
    for (let i = steps.length - 1; i >= 0; i--) stack.push(steps[i] as Step);
  }
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

const PLACEHOLDER_LABELS: Record<PlaceholderFact, string> = {
  'street-address': 'street address',
  phone: 'phone number',
  email: 'email address',
  'opening-hours': 'opening hours',
  price: 'price',
};

/** The fact a placeholder stands for, as people say it ("opening hours"). */
export function placeholderLabel(fact: PlaceholderFact): string {
  return PLACEHOLDER_LABELS[fact];
}

/** "price of Pastel de nata", "phone number": a found placeholder as the CLI and API name it. */
export function describePlaceholder(found: Pick<PlaceholderFound, 'fact' | 'subject'>): string {
  const label = placeholderLabel(found.fact);
  return found.subject ? `${label} of ${found.subject}` : label;
}

/** Who wrote a site, as the CLI and the web app show it; undefined for documents that did not record it. */
export function describeGenerator(generatedBy: SiteDocument['generatedBy']): string | undefined {
  if (!generatedBy) return undefined;
  if (generatedBy.generator === 'offline') return 'the offline draft writer (no AI)';
  return generatedBy.model ? `AI (${generatedBy.model})` : 'AI';
}
