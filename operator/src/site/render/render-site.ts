// A site document in, a static site out: every page in every locale, plus sitemap, robots.txt, 404 page,
// favicon, generated art and the `_headers` file. Pure: the same document and options always give the same
// bytes (no clock, no randomness, every list in a fixed order).

import {
  contentForLocale,
  FORM_ISSUED_FIELD,
  type LocalizedContent,
  type Page,
  type Post,
  type SiteDocument,
  withoutPlaceholders,
} from '@pagemagic/crds/site-document';
import { drawFavicon } from './art.ts';
import { languageName, ogLocale, textDirection } from './format.ts';
import { buildHeaderRules, cspHash, formatHeadersFile, type PagePolicy, pageCsp } from './headers.ts';
import {
  assertLocale,
  assertSlug,
  fileForUrlPath,
  httpsUrl,
  localeRoot,
  pageUrlPath,
  postUrlPath,
  RenderError,
} from './links.ts';
import {
  businessJsonLd,
  postJsonLd,
  robotsTxt,
  type SitemapEntry,
  scriptSafeJson,
  sitemapXml,
} from './seo.ts';
import { type FormProblemCode, uiStrings } from './strings.ts';
import { pageCss, SECTION_BLOCKS, type StyleBlock } from './styles.ts';
import { render } from './templates.ts';
import { type SafeTheme, safeTheme } from './theme.ts';
import { ArtFiles, type LinkView, type ViewContext, viewHelpers } from './view.ts';

/** Bump whenever the output for the same document changes, so builds know to re-render. */
export const RENDERER_VERSION = '1.3.0';

export interface RenderOptions {
  /** Where the site is served, e.g. https://bakery.pagemagic.site; absolute URLs are built from it. */
  baseUrl: string;
  /**
   * An https endpoint that accepts the contact form's POST. Without it a form opens the visitor's mail app
   * addressed to the section's email (and a section without an email shows no form).
   */
  formAction?: string;
}

export interface RenderedFile {
  /** UTF-8 bytes; a Uint8Array rather than a Buffer so the renderer also runs in a browser. */
  body: Uint8Array;
  contentType: string;
}

export interface RenderedPage {
  /** The URL path, e.g. "/pt/menu/". */
  urlPath: string;
  /** The key in `files`, e.g. "/pt/menu/index.html". */
  file: string;
  url: string;
  locale: string;
  kind: 'page' | 'post' | 'not-found' | 'form-sent' | 'form-retry';
}

export interface RenderedSite {
  /** Path → contents, sorted by path. */
  files: Map<string, RenderedFile>;
  /** Every HTML page, in site order (locale, then pages, then posts, then the 404 page). */
  pages: RenderedPage[];
  rendererVersion: string;
}

const HTML = 'text/html; charset=utf-8';

const utf8 = new TextEncoder();

const SOCIAL_NAMES: Readonly<Record<string, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  pinterest: 'Pinterest',
  github: 'GitHub',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  threads: 'Threads',
  whatsapp: 'WhatsApp',
  tripadvisor: 'Tripadvisor',
  yelp: 'Yelp',
};

interface LocaleTree {
  locale: string;
  root: string;
  content: LocalizedContent;
  pageSlugs: Set<string>;
  postSlugs: Set<string>;
}

interface Site {
  doc: SiteDocument;
  name: string;
  baseUrl: string;
  theme: SafeTheme;
  trees: LocaleTree[];
  defaultLocale: string;
  letter: string;
  art: ArtFiles;
  /** Stylesheets and their CSP hashes by block list: most pages share one of a handful. */
  styles: Map<string, { css: string; hash: string }>;
  formAction?: string;
}

interface HtmlPage {
  page: RenderedPage;
  html: string;
  policy: PagePolicy;
}

export function renderSite(doc: SiteDocument, options: RenderOptions): RenderedSite {
  // A placeholder is a fact the owner has not given yet: the published page reads as if it were absent.
  const site = prepare(withoutPlaceholders(doc), options);
  const htmlPages: HtmlPage[] = [];
  const sitemap: SitemapEntry[] = [];

  for (const tree of site.trees) {
    for (const page of tree.content.pages) {
      const urlPath = pageUrlPath(page.slug, tree.root);
      const alternates = alternatesFor(
        site,
        (t) => t.pageSlugs.has(page.slug),
        (root) => pageUrlPath(page.slug, root),
      );
      htmlPages.push(renderPage(site, tree, page, urlPath, alternates));
      sitemap.push({ loc: site.baseUrl + urlPath, alternates });
    }
    for (const post of tree.content.posts) {
      const urlPath = postUrlPath(post.slug, tree.root);
      const alternates = alternatesFor(
        site,
        (t) => t.postSlugs.has(post.slug),
        (root) => postUrlPath(post.slug, root),
      );
      htmlPages.push(renderPost(site, tree, post, urlPath, alternates));
      sitemap.push({
        loc: site.baseUrl + urlPath,
        alternates,
        lastmod: /^\d{4}-\d{2}-\d{2}$/.test(post.date) ? post.date : undefined,
      });
    }
  }
  htmlPages.push(renderNotFound(site));
  // Where the platform's form endpoint sends a person whose message it took: one page per form and
  // language, saying what the owner wrote for it.
  if (site.formAction) for (const tree of site.trees) htmlPages.push(...renderFormsSent(site, tree));

  const files = new Map<string, RenderedFile>();
  const add = (path: string, body: string, contentType: string) => {
    if (files.has(path)) {
      throw new RenderError(`two parts of the site would both be written to ${path}; rename a page or post`);
    }
    files.set(path, { body: utf8.encode(body), contentType });
  };
  for (const { page, html } of htmlPages) add(page.file, html, HTML);
  const c = site.theme.colors;
  add(
    '/favicon.svg',
    drawFavicon(site.letter, c.button, c.onButton, site.theme.headingFont),
    'image/svg+xml',
  );
  for (const [path, svg] of [...site.art.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    add(path, svg, 'image/svg+xml');
  }
  add('/sitemap.xml', sitemapXml(sitemap), 'application/xml; charset=utf-8');
  add('/robots.txt', robotsTxt(site.baseUrl), 'text/plain; charset=utf-8');
  const assets = [...files.keys()].filter((path) => !path.endsWith('.html'));
  const rules = buildHeaderRules({
    pages: htmlPages.map(({ page, policy }) => ({
      urlPath: page.kind === 'not-found' ? page.file : page.urlPath,
      policy,
    })),
    assets,
  });
  add('/_headers', formatHeadersFile(rules), 'text/plain; charset=utf-8');

  return {
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    pages: htmlPages.map(({ page }) => page),
    rendererVersion: RENDERER_VERSION,
  };
}

function prepare(doc: SiteDocument, options: RenderOptions): Site {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const formAction = options.formAction === undefined ? undefined : checkFormAction(options.formAction);
  const defaultLocale = assertLocale(doc.defaultLocale);
  const locales = [
    defaultLocale,
    ...(Array.isArray(doc.locales) ? doc.locales : []).map(assertLocale),
  ].filter((locale, i, all) => all.indexOf(locale) === i);
  const trees = locales.map((locale): LocaleTree => {
    const content = contentForLocale(doc, locale);
    if (!content) throw new RenderError(`locale ${locale} is listed but the document has no content for it`);
    for (const page of content.pages) assertSlug(page.slug, `page slug in ${locale}`);
    for (const post of content.posts) assertSlug(post.slug, `post slug in ${locale}`);
    return {
      locale,
      root: localeRoot(locale, defaultLocale),
      content,
      pageSlugs: new Set(content.pages.map((p) => p.slug)),
      postSlugs: new Set(content.posts.map((p) => p.slug)),
    };
  });
  const name = typeof doc.name === 'string' ? doc.name : '';
  const theme = safeTheme(doc.theme);
  const letter = [...name].find((c) => /[\p{L}\p{N}]/u.test(c))?.toLocaleUpperCase(defaultLocale) ?? '•';
  return {
    doc,
    name,
    baseUrl,
    theme,
    trees,
    defaultLocale,
    letter,
    art: new ArtFiles(theme),
    styles: new Map(),
    formAction,
  };
}

function checkBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RenderError(
      `baseUrl ${JSON.stringify(value)} is not a URL; give one like https://bakery.pagemagic.site`,
    );
  }
  // Pages link to each other with root-relative paths, so a site lives at the root of its origin.
  const plain = !url.search && !url.hash && !url.username && !url.password && url.pathname === '/';
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !plain) {
    throw new RenderError(
      `baseUrl ${JSON.stringify(value)} must be an http(s) origin such as https://bakery.pagemagic.site, without path, query or fragment`,
    );
  }
  return url.origin;
}

/** https, or http to this machine (local runs and tests have no certificate). */
function checkFormAction(value: string): string {
  const src = httpsUrl(value) ?? loopbackHttpUrl(value);
  if (!src) throw new RenderError(`formAction ${JSON.stringify(value)} must be an https:// URL`);
  return src;
}

function loopbackHttpUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
  return url.protocol === 'http:' && loopback && !url.username && !url.password ? url.href : undefined;
}

function alternatesFor(
  site: Site,
  has: (tree: LocaleTree) => boolean,
  path: (root: string) => string,
): Array<{ hreflang: string; href: string }> {
  const present = site.trees.filter(has);
  if (present.length < 2) return [];
  const links = present.map((t) => ({ hreflang: t.locale, href: site.baseUrl + path(t.root) }));
  const fallback = present.find((t) => t.locale === site.defaultLocale) ?? present[0];
  if (fallback) links.push({ hreflang: 'x-default', href: site.baseUrl + path(fallback.root) });
  return links;
}

interface Shell {
  kind: RenderedPage['kind'];
  tree: LocaleTree;
  urlPath: string;
  title: string;
  description: string;
  alternates: Array<{ hreflang: string; href: string }>;
  ogType: 'website' | 'article';
  ogImage?: string;
  main: string;
  blocks: Iterable<StyleBlock>;
  jsonLd: unknown[];
  noindex?: boolean;
  /** Whether the URL is canonical (the 404 page is served at every unknown URL, so it has none). */
  canonical: boolean;
  languageLinks: Array<{ locale: string; href: string; label: string; current: boolean }>;
  formAction?: string;
  /** Set for a page of the site served from another origin: every relative link resolves against it. */
  siteOrigin?: string;
}

function context(site: Site, tree: LocaleTree, urlPath: string): ViewContext {
  return {
    locale: tree.locale,
    root: tree.root,
    t: uiStrings(tree.locale),
    art: site.art,
    currentPath: urlPath,
    siteName: site.name,
    formAction: site.formAction,
    posts: tree.content.posts,
  };
}

function languageLinks(site: Site, tree: LocaleTree, alternates: Array<{ hreflang: string; href: string }>) {
  return alternates
    .filter((a) => a.hreflang !== 'x-default')
    .map((a) => ({
      locale: a.hreflang,
      href: a.href.slice(site.baseUrl.length),
      label: languageName(a.hreflang),
      current: a.hreflang === tree.locale,
    }));
}

function renderPage(
  site: Site,
  tree: LocaleTree,
  page: Page,
  urlPath: string,
  alternates: Array<{ hreflang: string; href: string }>,
): HtmlPage {
  const ctx = context(site, tree, urlPath);
  const h = viewHelpers(ctx);
  const part = partRenderer(h, ctx);
  const sections = Array.isArray(page.sections) ? page.sections : [];
  // The page's h1 is its first section's heading when that section has one; otherwise the page title.
  const first = sections[0] as { props?: { heading?: unknown } } | undefined;
  const firstHasHeading = typeof first?.props?.heading === 'string' && first.props.heading !== '';
  let main = firstHasHeading ? '' : part('page-header', { title: page.title });
  const blocks = new Set<StyleBlock>();
  let formAction: string | undefined;
  sections.forEach((section, index) => {
    const type = String(section.type);
    // Templates are looked up in a fixed table, never by a name built from the document alone.
    if (!Object.hasOwn(SECTION_BLOCKS, type) || typeof section.props !== 'object' || section.props === null)
      return;
    for (const block of SECTION_BLOCKS[type] ?? []) blocks.add(block);
    main += part(`section-${type}`, {
      s: section,
      level: index === 0 && firstHasHeading ? 1 : 2,
      eager: index === 0,
    });
    const form = type === 'contact' ? h.form(section.id, section.props) : undefined;
    if (form) {
      // The endpoint answers with a redirect to the site's own "sent" page, and form-action governs
      // where a form's redirects may go too: so the site itself, and the endpoint.
      formAction = site.formAction ? `'self' ${new URL(site.formAction).origin}` : 'mailto:';
      if (form.trap) blocks.add('formTrap');
    }
  });
  const seo = (page.seo ?? {}) as Partial<Page['seo']>;
  const home = page.slug === 'index';
  return shell(site, {
    kind: 'page',
    tree,
    urlPath,
    title: text(seo.title) || text(page.title) || site.name,
    description: text(seo.description),
    alternates,
    ogType: 'website',
    ogImage: httpsUrl(seo.ogImage),
    main,
    blocks,
    jsonLd: home ? [businessData(site, tree, text(seo.description), httpsUrl(seo.ogImage))] : [],
    canonical: true,
    languageLinks: languageLinks(site, tree, alternates),
    formAction,
  });
}

function renderPost(
  site: Site,
  tree: LocaleTree,
  post: Post,
  urlPath: string,
  alternates: Array<{ hreflang: string; href: string }>,
): HtmlPage {
  const ctx = context(site, tree, urlPath);
  const h = viewHelpers(ctx);
  const listPage = tree.content.pages.find((p) =>
    (Array.isArray(p.sections) ? p.sections : []).some((s) => s.type === 'blog-list'),
  );
  const main = partRenderer(h, ctx)('post', {
    post,
    back: listPage ? pageUrlPath(listPage.slug, tree.root) : undefined,
  });
  const title = text(post.title);
  const image = post.image?.kind === 'url' ? httpsUrl(post.image.src) : undefined;
  return shell(site, {
    kind: 'post',
    tree,
    urlPath,
    title: site.name ? `${title} | ${site.name}` : title,
    description: text(post.excerpt),
    alternates,
    ogType: 'article',
    ogImage: image,
    main,
    blocks: ['figures', 'prose', 'post'],
    jsonLd: [
      postJsonLd({
        title,
        url: site.baseUrl + urlPath,
        date: text(post.date),
        author: typeof post.author === 'string' ? post.author : undefined,
        description: text(post.excerpt),
        locale: tree.locale,
        image,
        publisher: site.name,
      }),
    ],
    canonical: true,
    languageLinks: languageLinks(site, tree, alternates),
  });
}

function renderNotFound(site: Site): HtmlPage {
  const tree = site.trees[0] as LocaleTree;
  const ctx = context(site, tree, '/404.html');
  const t = ctx.t;
  const others = site.trees.slice(1).map((other) => ({
    locale: other.locale,
    href: other.root,
    label: languageName(other.locale),
  }));
  return shell(site, {
    kind: 'not-found',
    tree,
    urlPath: '/404.html',
    title: site.name ? `${t.notFoundTitle} | ${site.name}` : t.notFoundTitle,
    description: t.notFoundBody,
    alternates: [],
    ogType: 'website',
    main: partRenderer(viewHelpers(ctx), ctx)('not-found', { others }),
    blocks: ['buttons', 'notFound'],
    jsonLd: [],
    noindex: true,
    canonical: false,
    languageLinks: [],
  });
}

/** The path of the page a form of a locale sends people to once their message is taken. */
export function formSentPath(localeRoot: string, sectionId: string): string {
  return `${localeRoot}_sent/${sectionId}/`;
}

function renderFormsSent(site: Site, tree: LocaleTree): HtmlPage[] {
  const forms = tree.content.pages.flatMap((page) =>
    (Array.isArray(page.sections) ? page.sections : []).flatMap((section) => {
      const form = section.type === 'contact' ? (section.props as { form?: unknown }).form : undefined;
      // A section id is a path segment here; the schema allows only letters, digits and hyphens.
      const usable =
        typeof form === 'object' && form !== null && /^[a-z][a-z0-9-]*$/.test(String(section.id));
      return usable ? [{ id: String(section.id), form }] : [];
    }),
  );
  return forms.map(({ id, form }) => {
    const urlPath = formSentPath(tree.root, id);
    const ctx = context(site, tree, urlPath);
    const t = ctx.t;
    const owned = text((form as { successMessage?: unknown }).successMessage);
    return shell(site, {
      kind: 'form-sent',
      tree,
      urlPath,
      title: site.name ? `${t.formSentTitle} | ${site.name}` : t.formSentTitle,
      description: owned || t.formSentBody,
      alternates: [],
      ogType: 'website',
      main: partRenderer(viewHelpers(ctx), ctx)('form-sent', {
        home: tree.root,
        message: owned || t.formSentBody,
      }),
      blocks: ['buttons', 'notFound'],
      jsonLd: [],
      noindex: true,
      canonical: false,
      languageLinks: [],
    });
  });
}

export interface FormProblem {
  /** The field it is about; none: the message as a whole. */
  field?: string;
  code: FormProblemCode;
  /** The "{n}" of the message: a length, a count of links, seconds to wait. */
  n?: number;
}

export interface FormRetry {
  locale: string;
  sectionId: string;
  /** The page the form was sent from, for the way back after the next try. */
  page: string;
  /** What the person typed, by field name. */
  values: ReadonlyMap<string, string>;
  problems: readonly FormProblem[];
  /** The `_issued` stamp for the next try, when the form endpoint signs one. */
  issued?: string;
}

/**
 * The form endpoint's answer when it did not take a message: a page of the site itself (its header, footer,
 * theme and language), saying what was wrong, with the form filled in again as the person left it. The
 * endpoint serves it from its own origin, so links resolve against the site through `<base>` and the policy
 * names the site's origin where a site page would say 'self'. Undefined when the site has no such form.
 */
export function renderFormRetry(
  doc: SiteDocument,
  options: RenderOptions & { formAction: string },
  retry: FormRetry,
): { html: string; contentSecurityPolicy: string } | undefined {
  const site = prepare(withoutPlaceholders(doc), options);
  const tree = site.trees.find((t) => t.locale === retry.locale) ?? (site.trees[0] as LocaleTree);
  const section = tree.content.pages
    .flatMap((page) => (Array.isArray(page.sections) ? page.sections : []))
    .find((candidate) => candidate.id === retry.sectionId && candidate.type === 'contact');
  const ctx = context(site, tree, retry.page);
  const h = viewHelpers(ctx);
  const form = section ? h.form(section.id, section.props) : undefined;
  if (!form) return undefined;
  // The next try keeps the page it came from and carries a fresh stamp.
  form.hidden = form.hidden.map((hidden) =>
    hidden.name === FORM_ISSUED_FIELD ? { ...hidden, value: retry.issued ?? '' } : hidden,
  );
  const say = (problem: FormProblem) =>
    ctx.t.formProblem[problem.code].replace('{n}', String(problem.n ?? ''));
  const byField = new Map<string, string>();
  const general: string[] = [];
  const fieldNames = new Set(form.fields.map((field) => field.name));
  for (const problem of retry.problems) {
    if (problem.field && fieldNames.has(problem.field)) byField.set(problem.field, say(problem));
    else general.push(say(problem));
  }
  const t = ctx.t;
  const page = shell(site, {
    kind: 'form-retry',
    tree,
    urlPath: retry.page,
    title: site.name ? `${t.formNotSentTitle} | ${site.name}` : t.formNotSentTitle,
    description: t.formNotSentBody,
    alternates: [],
    ogType: 'website',
    main: partRenderer(h, ctx)('form-retry', { form, values: retry.values, problems: byField, general }),
    blocks: [...(SECTION_BLOCKS.contact ?? []), 'formTrap', 'formRetry'],
    jsonLd: [],
    noindex: true,
    canonical: false,
    languageLinks: [],
    formAction: `${site.baseUrl} ${new URL(options.formAction).origin}`,
    siteOrigin: site.baseUrl,
  });
  return { html: page.html, contentSecurityPolicy: pageCsp(page.policy) };
}

function shell(site: Site, s: Shell): HtmlPage {
  const ctx = context(site, s.tree, s.urlPath);
  const h = viewHelpers(ctx);
  const { css, hash } = stylesheet(site, s.blocks);
  const content = s.tree.content;
  const chrome = {
    siteName: site.name,
    letter: site.letter,
    homeHref: s.tree.root,
    nav: (Array.isArray(content.navigation?.items) ? content.navigation.items : []).map(h.link),
    languages: s.languageLinks,
    footer: {
      text: text(content.footer?.text),
      links: (Array.isArray(content.footer?.links) ? content.footer.links : []).map(h.link),
      social: (Array.isArray(content.footer?.social) ? content.footer.social : []).map(
        (item): LinkView => ({
          label: Object.hasOwn(SOCIAL_NAMES, item.network)
            ? (SOCIAL_NAMES[item.network] ?? '')
            : text(item.network),
          href: httpsUrl(item.href),
        }),
      ),
    },
  };
  const html = render('page', {
    lang: s.tree.locale,
    dir: textDirection(s.tree.locale),
    title: s.title,
    description: s.description,
    noindex: s.noindex === true,
    canonical: s.canonical ? site.baseUrl + s.urlPath : undefined,
    alternates: s.alternates,
    themeColor: site.theme.colors.background,
    ogType: s.ogType,
    siteName: site.name,
    ogLocale: ogLocale(s.tree.locale),
    ogAlternateLocales: s.alternates
      .filter((a) => a.hreflang !== 'x-default' && a.hreflang !== s.tree.locale)
      .map((a) => ogLocale(a.hreflang)),
    ogImage: s.ogImage,
    css,
    jsonLd: s.jsonLd.map(scriptSafeJson),
    t: ctx.t,
    chrome: { ...chrome, t: ctx.t },
    main: s.main,
    part: partRenderer(h, ctx),
    baseHref: s.siteOrigin ? `${s.siteOrigin}/` : undefined,
  });
  const file = s.urlPath.endsWith('/') ? fileForUrlPath(s.urlPath) : s.urlPath;
  return {
    page: {
      urlPath: s.urlPath,
      file,
      url: site.baseUrl + s.urlPath,
      locale: s.tree.locale,
      kind: s.kind,
    },
    html,
    policy: {
      styleHash: hash,
      formAction: s.formAction,
      ...(s.siteOrigin ? { siteOrigin: s.siteOrigin } : {}),
    },
  };
}

function stylesheet(site: Site, blocks: Iterable<StyleBlock>): { css: string; hash: string } {
  const list = [...new Set(blocks)].sort();
  const key = list.join(' ');
  let style = site.styles.get(key);
  if (!style) {
    const css = pageCss(site.theme, list);
    style = { css, hash: cspHash(css) };
    site.styles.set(key, style);
  }
  return style;
}

function partRenderer(h: ReturnType<typeof viewHelpers>, ctx: ViewContext) {
  const part = (name: string, data: Record<string, unknown>): string =>
    render(name, { h, t: ctx.t, part, ...data });
  return part;
}

function businessData(site: Site, tree: LocaleTree, description: string, image: string | undefined) {
  const contact = tree.content.pages
    .flatMap((p) => (Array.isArray(p.sections) ? p.sections : []))
    .find((s) => s.type === 'contact')?.props as Record<string, unknown> | undefined;
  const social = Array.isArray(tree.content.footer?.social) ? tree.content.footer.social : [];
  return businessJsonLd({
    kind: site.doc.kind,
    name: site.name,
    url: site.baseUrl + tree.root,
    description,
    locale: tree.locale,
    image,
    sameAs: social.flatMap((item) => {
      const href = httpsUrl(item.href);
      return href ? [href] : [];
    }),
    contact,
  });
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
