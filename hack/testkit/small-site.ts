// A small, valid site document for scale and fault tests: the example site cut to one locale, three pages
// and no posts (links to dropped pages go too), so that many of them build in seconds.

import { exampleSiteDocument, type SiteDocument } from '@pagemagic/crds/site-document';

const KEPT_PAGES = new Set(['index', 'menu', 'contact']);

function keepsHref(href: string): boolean {
  if (!href.startsWith('/')) return true;
  return KEPT_PAGES.has(href.slice(1).split('#')[0] || 'index');
}

/** The reduced example, named `title` so that each Website's content (and so its Build) is its own. */
export function smallSiteDocument(title: string): SiteDocument {
  const doc = exampleSiteDocument();
  const reduced = {
    ...doc,
    name: title,
    locales: [doc.defaultLocale],
    translations: {},
    posts: [],
    pages: doc.pages.filter((page) => KEPT_PAGES.has(page.slug)),
  };
  return JSON.parse(JSON.stringify(reduced), (_key, value: unknown) =>
    Array.isArray(value)
      ? value.filter((item: unknown) => {
          const href = (item as { href?: unknown } | null)?.href;
          return typeof href !== 'string' || keepsHref(href);
        })
      : value,
  ) as SiteDocument;
}
