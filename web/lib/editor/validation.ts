// The schema's own validator, with each problem placed where a person can find it in the editor: which
// page, which section, which field, which language. The validator's messages already say what is wrong
// ("must not be empty"); this adds where.

import {
  placeholderLabel,
  placeholdersToFill,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import type { PropPath } from './document.ts';
import { SECTION_TYPE_LABELS } from './section-defaults.ts';

export type IssueArea = 'site' | 'theme' | 'page' | 'section' | 'navigation' | 'footer' | 'post' | 'locales';

export interface EditorIssue {
  /** JSON Pointer into the document, as the validator gave it. */
  path: string;
  /** What is wrong, from the validator ("must not be empty"). */
  message: string;
  /** Where it is, for people: "Home › Hero banner “welcome” › Heading". */
  where: string;
  area: IssueArea;
  /** Set when the problem is in a translation rather than the default language. */
  locale?: string;
  pageSlug?: string;
  sectionId?: string;
  /** The path inside the section's props (for sections) or the page (for pages). */
  field?: PropPath;
}

const cache = new WeakMap<SiteDocument, EditorIssue[]>();

/** Every problem in the document, each placed; an empty list means it can be saved. Cached per document. */
export function validate(doc: SiteDocument): EditorIssue[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const result = validateSiteDocument(doc);
  const issues = result.ok ? [] : result.errors.map((error) => placeIssue(doc, error.path, error.message));
  cache.set(doc, issues);
  return issues;
}

/**
 * The facts the owner has not given yet (placeholders in the default locale), each placed like an issue so
 * the editor can take the owner to the field. They do not stop saving: the published page leaves them out.
 */
export function missingFacts(doc: SiteDocument): EditorIssue[] {
  return placeholdersToFill(doc).map((found) =>
    placeIssue(
      doc,
      found.path,
      found.note ?? `${placeholderLabel(found.fact)} not given yet: the published page leaves it out`,
    ),
  );
}

/** "Heading: must not be empty" style text for one issue, with its place first. */
export function describeIssue(issue: EditorIssue): string {
  return `${issue.where}: ${issue.message}`;
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

// Plain words for schema keys, and labels that never contain another field's label ("Heading" is the hero's
// heading alone, not also its subheading), so each field has a name of its own.
const FIELD_WORDS: Readonly<Record<string, string>> = {
  cta: 'call to action',
  eyebrow: 'label above the title',
  subheading: 'subtitle',
  faq: 'questions',
  href: 'link',
  mapUrl: 'map link',
  ogImage: 'sharing image',
  postSlugs: 'featured posts',
  seo: 'search engines',
  src: 'image address',
};

/** "subheading" → "Subheading", "postalCode" → "Postal code", "href" → "Link". */
export function humanizeKey(key: string): string {
  const words = FIELD_WORDS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "items 2 › Title" from ["items", 1, "title"]: indexes count from 1, as people count. */
export function describeField(path: PropPath): string {
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      const last = parts.pop() ?? 'Item';
      parts.push(`${last} ${key + 1}`);
    } else {
      parts.push(humanizeKey(key));
    }
  }
  return parts.join(' › ');
}

function parsePath(tokens: string[]): PropPath {
  return tokens.map((token) => (/^\d+$/.test(token) ? Number(token) : token));
}

function pageName(title: unknown, slug: unknown): string {
  if (typeof title === 'string' && title !== '') return `Page “${title}”`;
  return typeof slug === 'string' ? `Page “${slug}”` : 'A page';
}

function placeIssue(doc: SiteDocument, path: string, message: string): EditorIssue {
  const tokens = path.split('/').slice(1).map(unescapePointer);
  let locale: string | undefined;
  let content: { pages?: unknown; posts?: unknown } = doc;
  let prefix = '';
  if (tokens[0] === 'translations' && tokens[1] !== undefined) {
    locale = tokens[1];
    const translation = (doc.translations as Record<string, unknown>)[locale];
    content = translation !== null && typeof translation === 'object' ? translation : {};
    prefix = `${locale} translation › `;
    tokens.splice(0, 2);
    if (tokens.length === 0) {
      return { path, message, where: `The ${locale} translation`, area: 'locales', locale };
    }
  }
  const base = { path, message, ...(locale ? { locale } : {}) };
  const [head, ...rest] = tokens;

  if (head === 'pages') {
    const pageIndex = Number(rest[0]);
    const pages = Array.isArray(content.pages) ? content.pages : [];
    const page = pages[pageIndex] as { slug?: unknown; title?: unknown; sections?: unknown } | undefined;
    if (rest.length === 0 || !page) return { ...base, where: `${prefix}Pages`, area: 'page' };
    const pageSlug = typeof page.slug === 'string' ? page.slug : undefined;
    const placeOfPage = `${prefix}${pageName(page.title, page.slug)}`;
    if (rest[1] === 'sections' && rest[2] !== undefined) {
      const sections = Array.isArray(page.sections) ? page.sections : [];
      const section = sections[Number(rest[2])] as { id?: unknown; type?: unknown } | undefined;
      const sectionId = typeof section?.id === 'string' ? section.id : undefined;
      const typeLabel =
        typeof section?.type === 'string' && section.type in SECTION_TYPE_LABELS
          ? SECTION_TYPE_LABELS[section.type as keyof typeof SECTION_TYPE_LABELS]
          : 'Section';
      const fieldTokens = rest[3] === 'props' ? rest.slice(4) : rest.slice(3);
      const field = parsePath(fieldTokens);
      const placeOfSection = `${placeOfPage} › ${typeLabel}${sectionId ? ` “${sectionId}”` : ''}`;
      return {
        ...base,
        where: field.length > 0 ? `${placeOfSection} › ${describeField(field)}` : placeOfSection,
        area: 'section',
        ...(pageSlug ? { pageSlug } : {}),
        ...(sectionId ? { sectionId } : {}),
        field,
      };
    }
    const field = parsePath(rest.slice(1));
    return {
      ...base,
      where: field.length > 0 ? `${placeOfPage} › ${describeField(field)}` : placeOfPage,
      area: 'page',
      ...(pageSlug ? { pageSlug } : {}),
      field,
    };
  }
  if (head === 'posts') {
    const posts = Array.isArray(content.posts) ? content.posts : [];
    const post = posts[Number(rest[0])] as { title?: unknown } | undefined;
    const title = typeof post?.title === 'string' ? `Post “${post.title}”` : 'Posts';
    const field = parsePath(rest.slice(1));
    return {
      ...base,
      where: `${prefix}${title}${field.length > 0 ? ` › ${describeField(field)}` : ''}`,
      area: 'post',
    };
  }
  if (head === 'navigation' || head === 'footer') {
    const field = parsePath(rest);
    return {
      ...base,
      where: `${prefix}${humanizeKey(head)}${field.length > 0 ? ` › ${describeField(field)}` : ''}`,
      area: head,
      field,
    };
  }
  if (head === 'theme') {
    const field = parsePath(rest);
    return {
      ...base,
      where: `Theme${field.length > 0 ? ` › ${describeField(field)}` : ''}`,
      area: 'theme',
      field,
    };
  }
  if (head === 'locales' || head === 'defaultLocale' || head === 'translations') {
    return { ...base, where: 'Languages', area: 'locales' };
  }
  return { ...base, where: head ? `Site › ${humanizeKey(head)}` : 'Site', area: 'site' };
}
