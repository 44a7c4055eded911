// Which rendered file shows which page of the document, and back. The renderer lists pages per locale in
// document order (pages, then posts), so the two lists are matched by position rather than by rebuilding
// its URL rules here.

import { contentForLocale, type SiteDocument } from '@pagemagic/crds/site-document';
import type { RenderedPage } from '@pagemagic/operator/render';

export interface RenderedPageEntry {
  urlPath: string;
  file: string;
  locale: string;
  kind: RenderedPage['kind'];
}

export interface PreviewTarget {
  file: string;
  urlPath: string;
  locale: string;
  /** The page's slug; absent for posts and the not-found page. */
  pageSlug?: string;
}

export interface PreviewPages {
  /** The file of a page in a locale. */
  fileOf(locale: string, slug: string): string | undefined;
  /** What a URL path inside the preview ("/pt/menu/", "/menu") shows, if it is a page of this site. */
  atPath(urlPath: string): PreviewTarget | undefined;
  /** What a file shows. */
  atFile(file: string): PreviewTarget | undefined;
}

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

export function previewPages(doc: SiteDocument, pages: readonly RenderedPageEntry[]): PreviewPages {
  const byPath = new Map<string, PreviewTarget>();
  const byFile = new Map<string, PreviewTarget>();
  const byPage = new Map<string, string>();
  const locales = [...new Set(pages.map((page) => page.locale))];
  for (const locale of locales) {
    const content = contentForLocale(doc, locale);
    const ofLocale = pages.filter((page) => page.locale === locale && page.kind === 'page');
    const posts = pages.filter((page) => page.locale === locale && page.kind === 'post');
    for (const [i, page] of ofLocale.entries()) {
      const slug = content?.pages[i]?.slug;
      const target: PreviewTarget = {
        file: page.file,
        urlPath: page.urlPath,
        locale,
        ...(slug ? { pageSlug: slug } : {}),
      };
      byPath.set(withTrailingSlash(page.urlPath), target);
      byFile.set(page.file, target);
      if (slug) byPage.set(`${locale}\n${slug}`, page.file);
    }
    for (const post of posts) {
      const target: PreviewTarget = { file: post.file, urlPath: post.urlPath, locale };
      byPath.set(withTrailingSlash(post.urlPath), target);
      byFile.set(post.file, target);
    }
  }
  return {
    fileOf: (locale, slug) => byPage.get(`${locale}\n${slug}`),
    atPath: (urlPath) => byPath.get(withTrailingSlash(urlPath)),
    atFile: (file) => byFile.get(file),
  };
}
