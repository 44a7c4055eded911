// Where things live in the rendered site, and how a document's links become URLs. The default locale sits at
// the root, every other locale under /<locale>/; pages are directories with an index.html ("pretty URLs").

import { isAllowedHref } from '@pagemagic/crds/site-document';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;
const INTERNAL =
  /^\/(?:blog\/([a-z0-9]+(?:-[a-z0-9]+)*)|([a-z0-9]+(?:-[a-z0-9]+)*)?(?:#([a-z][a-z0-9-]{0,62}))?)$/;

/** Thrown when a document cannot be laid out as files (say, a slug that is not a slug). */
export class RenderError extends Error {
  override name = 'RenderError';
}

export function assertSlug(slug: unknown, what: string): string {
  if (typeof slug !== 'string' || !SLUG.test(slug)) {
    throw new RenderError(`${what} ${JSON.stringify(slug)} is not a lowercase kebab-case slug`);
  }
  return slug;
}

export function assertLocale(locale: unknown): string {
  if (typeof locale !== 'string' || !LOCALE.test(locale)) {
    throw new RenderError(`locale ${JSON.stringify(locale)} is not a locale tag such as "en" or "pt-PT"`);
  }
  return locale;
}

/** "/" for the default locale, "/pt/" for Portuguese; URL paths are lowercase. */
export function localeRoot(locale: string, defaultLocale: string): string {
  return locale === defaultLocale ? '/' : `/${locale.toLowerCase()}/`;
}

/** The URL path of a page (`index` is the locale's home). */
export function pageUrlPath(slug: string, root: string): string {
  return slug === 'index' ? root : `${root}${slug}/`;
}

export function postUrlPath(slug: string, root: string): string {
  return `${root}blog/${slug}/`;
}

/** The file that serves a URL path ending in "/". */
export function fileForUrlPath(urlPath: string): string {
  return `${urlPath}index.html`;
}

/**
 * The URL a document href points to from a page in the locale rooted at `root`, or undefined when the href is
 * not one a document may contain (then it must be shown as text, not as a link). Checked with the document
 * module's own rule at render time, whatever validation happened before.
 */
export function resolveHref(href: unknown, root: string): string | undefined {
  if (typeof href !== 'string' || !isAllowedHref(href)) return undefined;
  if (!href.startsWith('/')) return href;
  const match = INTERNAL.exec(href);
  if (!match) return undefined;
  const [, post, slug, anchor] = match;
  if (post) return postUrlPath(post, root);
  const path = pageUrlPath(slug ?? 'index', root);
  return anchor ? `${path}#${anchor}` : path;
}

/** The value if it is an absolute https URL a document may contain (images, profiles, maps), else undefined. */
export function httpsUrl(src: unknown): string | undefined {
  return typeof src === 'string' && src.startsWith('https://') && isAllowedHref(src) ? src : undefined;
}

/** A tel: href from a phone number as people write it ("+351 222 000 000"). */
export function telHref(phone: unknown): string | undefined {
  if (typeof phone !== 'string') return undefined;
  const href = `tel:${phone.replace(/[^0-9+]/g, '')}`;
  return isAllowedHref(href) ? href : undefined;
}

/** A mailto: href, with an optional subject encoded so that no character can leave the URL. */
export function mailtoHref(email: unknown, subject?: string): string | undefined {
  if (typeof email !== 'string') return undefined;
  const query = subject ? `?subject=${encodeURIComponent(subject).replace(/['()*!~]/g, percent)}` : '';
  const href = `mailto:${email}${query}`;
  return isAllowedHref(href) ? href : undefined;
}

function percent(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
}
