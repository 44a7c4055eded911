// Immutable operations on a site document that keep every locale tree consistent. The schema requires each
// translation to have the same pages, the same section ids in the same order and the same section types as
// the default locale (crds/src/site-document.ts, checkParity), so every structural change is applied to all
// trees at once, finding pages by slug and sections by id rather than by position. Text edits stay in the
// tree being edited.

import type {
  Link,
  LocalizedContent,
  Page,
  Section,
  SectionType,
  SiteDocument,
} from '@pagemagic/crds/site-document';

export const MAX_PAGES = 30;
export const MAX_SECTIONS_PER_PAGE = 20;
export const MAX_NAVIGATION_ITEMS = 8;
export const HOME_SLUG = 'index';

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 64;
const ID_MAX = 63;

export type Locale = string;

/** The default locale's content as its own tree, the same shape as a translation. */
export function defaultContent(doc: SiteDocument): LocalizedContent {
  return { navigation: doc.navigation, footer: doc.footer, pages: doc.pages, posts: doc.posts };
}

/** Every locale tree with its locale, the default locale first. */
export function trees(doc: SiteDocument): Array<[Locale, LocalizedContent]> {
  return [[doc.defaultLocale, defaultContent(doc)], ...Object.entries(doc.translations)];
}

/**
 * Applies `change` to every locale tree. A tree `change` returns unchanged keeps its identity, and when no
 * tree changed the document itself is returned, so callers can tell a no-op by reference.
 */
export function mapTrees(
  doc: SiteDocument,
  change: (content: LocalizedContent, locale: Locale, isDefault: boolean) => LocalizedContent,
): SiteDocument {
  const main = defaultContent(doc);
  const nextMain = change(main, doc.defaultLocale, true);
  let translationsChanged = false;
  const translations: Record<string, LocalizedContent> = {};
  for (const [locale, content] of Object.entries(doc.translations)) {
    const next = change(content, locale, false);
    if (next !== content) translationsChanged = true;
    translations[locale] = next;
  }
  if (nextMain === main && !translationsChanged) return doc;
  return {
    ...doc,
    navigation: nextMain.navigation,
    footer: nextMain.footer,
    pages: nextMain.pages,
    posts: nextMain.posts,
    translations: translationsChanged ? translations : doc.translations,
  };
}

/** Applies `change` to the default locale's tree only. */
export function mapDefaultTree(
  doc: SiteDocument,
  change: (content: LocalizedContent) => LocalizedContent,
): SiteDocument {
  const main = defaultContent(doc);
  const next = change(main);
  if (next === main) return doc;
  return { ...doc, navigation: next.navigation, footer: next.footer, pages: next.pages, posts: next.posts };
}

export function mapPage(
  content: LocalizedContent,
  slug: string,
  change: (page: Page) => Page,
): LocalizedContent {
  const index = content.pages.findIndex((page) => page.slug === slug);
  const page = content.pages[index];
  if (!page) return content;
  const next = change(page);
  if (next === page) return content;
  return { ...content, pages: replaceAt(content.pages, index, next) };
}

export function mapSection(
  content: LocalizedContent,
  sectionId: string,
  change: (section: Section) => Section,
): LocalizedContent {
  for (const [pageIndex, page] of content.pages.entries()) {
    const sectionIndex = page.sections.findIndex((section) => section.id === sectionId);
    const section = page.sections[sectionIndex];
    if (!section) continue;
    const next = change(section);
    if (next === section) return content;
    const pages = replaceAt(content.pages, pageIndex, {
      ...page,
      sections: replaceAt(page.sections, sectionIndex, next),
    });
    return { ...content, pages };
  }
  return content;
}

export interface SectionPlace {
  page: Page;
  pageIndex: number;
  section: Section;
  sectionIndex: number;
}

/** Where a section is in a locale tree, or undefined when no page there has it. */
export function locateSection(content: LocalizedContent, sectionId: string): SectionPlace | undefined {
  for (const [pageIndex, page] of content.pages.entries()) {
    const sectionIndex = page.sections.findIndex((section) => section.id === sectionId);
    const section = page.sections[sectionIndex];
    if (section) return { page, pageIndex, section, sectionIndex };
  }
  return undefined;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = [...items];
  copy[index] = item;
  return copy;
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return [...items.slice(0, index), ...items.slice(index + 1)];
}

export function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

export function moveTo<T>(items: readonly T[], from: number, to: number): T[] {
  const item = items[from];
  if (item === undefined || from === to) return [...items];
  const without = removeAt(items, from);
  return insertAt(without, to, item);
}

// ---------------------------------------------------------------------------------------------------------
// Values inside props, addressed by a path of keys and indexes

export type PropPath = ReadonlyArray<string | number>;

export function getIn(value: unknown, path: PropPath): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * A copy of `value` with the value at `path` replaced; `undefined` deletes an object key (optional props are
 * left out rather than set to an empty string, which the schema would refuse). Missing parents are created.
 */
export function setIn(value: unknown, path: PropPath, next: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return next;
  if (typeof key === 'number') {
    const items = Array.isArray(value) ? [...value] : [];
    items[key] = setIn(items[key], rest, next);
    return items;
  }
  const record: Record<string, unknown> =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? { ...(value as Record<string, unknown>) }
      : {};
  const child = setIn(record[key], rest, next);
  if (child === undefined) delete record[key];
  else record[key] = child;
  return record;
}

/** Deep equality for JSON values, short-circuiting on shared references; a missing key equals `undefined`. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameJson(left[key], right[key])) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Ids and slugs

/** Every section id used in any locale tree. */
export function usedSectionIds(doc: SiteDocument): Set<string> {
  const ids = new Set<string>();
  for (const [, content] of trees(doc)) {
    for (const page of content.pages) for (const section of page.sections) ids.add(section.id);
  }
  return ids;
}

/** A section id for a new section of `type` that no tree uses yet: "faq", then "faq-2", "faq-3"… */
export function newSectionId(doc: SiteDocument, type: SectionType): string {
  const used = usedSectionIds(doc);
  const base = type.slice(0, ID_MAX - 4);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** A page slug made from a title: "Our Menu!" → "our-menu"; accents are dropped, never "index". */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, '');
  return slug === '' || slug === HOME_SLUG ? 'page' : slug;
}

export function uniqueSlug(doc: SiteDocument, wanted: string): string {
  const used = new Set(doc.pages.map((page) => page.slug));
  if (!used.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${wanted.slice(0, SLUG_MAX - suffix.length).replace(/-+$/g, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
}

/** The locale-neutral path of a page, as internal links write it. */
export function pageHref(slug: string): string {
  return slug === HOME_SLUG ? '/' : `/${slug}`;
}

// ---------------------------------------------------------------------------------------------------------
// Internal links

interface InternalTarget {
  slug: string;
  anchor?: string;
}

/** The page (and section anchor) an internal href points to, or undefined for posts and external links. */
export function internalTarget(href: string): InternalTarget | undefined {
  const match = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)?(?:#([a-z][a-z0-9-]{0,62}))?$/.exec(href);
  if (!match) return undefined;
  const [, slug, anchor] = match;
  return { slug: slug ?? HOME_SLUG, ...(anchor ? { anchor } : {}) };
}

function hrefFor(target: InternalTarget): string {
  return `${pageHref(target.slug)}${target.anchor ? `#${target.anchor}` : ''}`;
}

/**
 * A copy of `value` with every `href` passed through `rewrite`, wherever it sits (navigation, footer,
 * section actions, logos, posts), so that a section type with links added later is covered too.
 */
function rewriteHrefs<T>(value: T, rewrite: (href: string) => string): T {
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = rewriteHrefs(item, rewrite);
      if (next !== item) changed = true;
      return next;
    });
    return (changed ? items : value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const record: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const next = key === 'href' && typeof item === 'string' ? rewrite(item) : rewriteHrefs(item, rewrite);
      if (next !== item) changed = true;
      record[key] = next;
    }
    return (changed ? record : value) as T;
  }
  return value;
}

/** Links to a renamed page keep working: "/old" and "/old#x" become "/new" and "/new#x" in every tree. */
export function retargetPageLinks(content: LocalizedContent, from: string, to: string): LocalizedContent {
  return rewriteHrefs(content, (href) => {
    const target = internalTarget(href);
    return target?.slug === from ? hrefFor({ ...target, slug: to }) : href;
  });
}

/** Links to a removed section fall back to its page: "/contact#visit" becomes "/contact". */
export function dropSectionAnchors(
  content: LocalizedContent,
  slug: string,
  sectionId: string,
): LocalizedContent {
  return rewriteHrefs(content, (href) => {
    const target = internalTarget(href);
    return target?.slug === slug && target.anchor === sectionId ? pageHref(slug) : href;
  });
}

/**
 * Links to a removed page: navigation and footer entries for it go (they only exist to reach it), and any
 * other link to it (a button in a section, a link in a post) points to the home page instead, since such
 * lists may need at least one entry and a dangling link would make the document invalid in every locale.
 */
export function dropPageLinks(content: LocalizedContent, slug: string): LocalizedContent {
  const pointsAtPage = (link: Link) => internalTarget(link.href)?.slug === slug;
  const navigation = content.navigation.items.some(pointsAtPage)
    ? { ...content.navigation, items: content.navigation.items.filter((link) => !pointsAtPage(link)) }
    : content.navigation;
  const footer = content.footer.links.some(pointsAtPage)
    ? { ...content.footer, links: content.footer.links.filter((link) => !pointsAtPage(link)) }
    : content.footer;
  const trimmed =
    navigation === content.navigation && footer === content.footer
      ? content
      : { ...content, navigation, footer };
  return rewriteHrefs(trimmed, (href) => (internalTarget(href)?.slug === slug ? '/' : href));
}
