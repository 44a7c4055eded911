import { readFileSync } from 'node:fs';
import { ART_MOTIFS, FONT_STACKS, KIND_FAMILIES, type KindFamily } from '@pagemagic/crds/site-document';
import { type Static, type TLiteral, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { fold } from './text.ts';

// Which pages and sections a site gets, by layout family, and the look each family may take: all of it
// data (layout.json), checked against this schema when first read.

export const SECTION_KEYS = [
  'hero',
  'highlights',
  'good-to-know',
  'stats',
  'cta',
  'offer',
  'story',
  'values',
  'team',
  'faq',
  'contact',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export const PAGE_KEYS = ['home', 'offer', 'about', 'faq', 'contact'] as const;
export type PageKey = (typeof PAGE_KEYS)[number];

const literals = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T[number]>[]);

const Hex = Type.String({ pattern: '^#[0-9a-f]{6}$' });
const Font = literals(Object.keys(FONT_STACKS) as (keyof typeof FONT_STACKS)[]);

const FamilyLayoutSchema = Type.Object(
  {
    /** Slug of the offer page and id of its section: "menu", "rooms", "services". */
    offerSlug: Type.String({ pattern: '^[a-z]+(?:-[a-z]+)*$' }),
    /** Whether an unpriced item gets a price placeholder (a menu) or simply no price (a lawyer's services). */
    pricesExpected: Type.Boolean(),
    pages: Type.Array(
      Type.Object(
        { key: literals(PAGE_KEYS), sections: Type.Array(literals(SECTION_KEYS), { minItems: 1 }) },
        { additionalProperties: false },
      ),
      { minItems: 2 },
    ),
    motifs: Type.Array(literals(ART_MOTIFS), { minItems: 2 }),
    fonts: Type.Array(Type.Tuple([Font, Font]), { minItems: 1 }),
    radii: Type.Array(literals(['none', 'small', 'medium', 'large', 'full'] as const), { minItems: 1 }),
    palettes: Type.Array(
      Type.Object(
        { primary: Hex, accent: Hex, background: Hex, surface: Hex, text: Hex, mutedText: Hex },
        { additionalProperties: false },
      ),
      { minItems: 2 },
    ),
  },
  { additionalProperties: false },
);
export type FamilyLayout = Static<typeof FamilyLayoutSchema>;

const LayoutSchema = Type.Object(
  {
    families: Type.Object(
      Object.fromEntries(KIND_FAMILIES.map((f) => [f, FamilyLayoutSchema])) as Record<
        KindFamily,
        typeof FamilyLayoutSchema
      >,
      { additionalProperties: false },
    ),
    /** Words an owner may use for a page in SiteBrief.pages, folded (lower case, no accents). */
    pageHints: Type.Object(
      {
        home: Type.Array(Type.String({ minLength: 1 })),
        offer: Type.Array(Type.String({ minLength: 1 })),
        about: Type.Array(Type.String({ minLength: 1 })),
        faq: Type.Array(Type.String({ minLength: 1 })),
        contact: Type.Array(Type.String({ minLength: 1 })),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
type Layout = Static<typeof LayoutSchema>;

let layout: Layout | undefined;

export function layoutData(): Layout {
  if (layout) return layout;
  const data: unknown = JSON.parse(readFileSync(new URL('./layout.json', import.meta.url), 'utf8'));
  const errors = [...Value.Errors(LayoutSchema, data)].slice(0, 20);
  if (errors.length > 0) {
    throw new Error(
      `offline layout.json does not match its schema:\n${errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`,
    );
  }
  layout = data as Layout;
  return layout;
}

export function familyLayout(family: KindFamily): FamilyLayout {
  return layoutData().families[family];
}

export interface PagePlan {
  key: PageKey;
  slug: string;
  sections: SectionKey[];
}

/** The page a hint such as "Speisekarte", "sobre nós" or "pricing" asks for, if the generator writes one. */
export function pageKeyOf(hint: string): PageKey | undefined {
  const words = fold(hint)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const hints = layoutData().pageHints;
  return PAGE_KEYS.find((key) => hints[key].includes(words) || hints[key].includes(words.replace(/s$/, '')));
}

export function pageSlug(key: PageKey, family: KindFamily): string {
  return key === 'home' ? 'index' : key === 'offer' ? familyLayout(family).offerSlug : key;
}

/**
 * The family's pages, each with the sections the facts can fill (`has`); a page left empty goes. With
 * hints, the home page then the hinted pages in the owner's order; the contact section moves to the home
 * page when no contact page is left, so a site always says how to reach the business.
 */
export function planPages(
  family: KindFamily,
  has: (section: SectionKey) => boolean,
  hints: readonly string[] | undefined,
): PagePlan[] {
  const all = familyLayout(family)
    .pages.map((p) => ({ key: p.key, slug: pageSlug(p.key, family), sections: p.sections.filter(has) }))
    .filter((p) => p.sections.length > 0);
  const keys = hints?.map(pageKeyOf).filter((k): k is PageKey => k !== undefined) ?? [];
  if (keys.length === 0) return all;
  const pages = all.filter((p) => p.key === 'home');
  for (const key of keys) {
    const page = all.find((p) => p.key === key);
    if (page && !pages.includes(page)) pages.push(page);
  }
  if (!pages.some((p) => p.sections.includes('contact'))) pages[0]?.sections.push('contact');
  return pages;
}
