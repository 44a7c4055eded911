import { createHash } from 'node:crypto';
import {
  contrastRatio,
  exampleSiteDocument,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ensureContrast,
  formatPrice,
  headersForPath,
  parseHeadersFile,
  RENDERER_VERSION,
  RenderError,
  type RenderedSite,
  renderSite,
  resolveHref,
  safeTheme,
} from '../src/site/render/index.ts';
import { templateSources } from '../src/site/render/template-sources.ts';
import { clinicThreeLocales, darkSaas, inspectHtml } from './helpers/hostile-corpus.ts';

const BASE = 'https://bakery.pagemagic.site';

function render(doc: SiteDocument = exampleSiteDocument(), baseUrl = BASE): RenderedSite {
  return renderSite(doc, { baseUrl });
}

function html(site: RenderedSite, path: string): string {
  const file = site.files.get(path);
  if (!file) throw new Error(`no file ${path}; have ${[...site.files.keys()].join(', ')}`);
  return new TextDecoder().decode(file.body);
}

function styleOf(page: string): string {
  const match = /<style>([\s\S]*?)<\/style>/.exec(page);
  if (!match?.[1]) throw new Error('page has no <style>');
  return match[1];
}

function attributeValues(page: string, pattern: RegExp): string[] {
  return [...page.matchAll(pattern)].map((m) => m[1] ?? '');
}

const example = render();

describe('renderSite', () => {
  // The generated sites below read their brief first, and the brief reader loads its gazetteer and language
  // model on first use: a second or more of CPU, paid here rather than inside one test's time limit.
  beforeAll(() => {
    clinicThreeLocales();
  }, 60_000);

  it('gives byte-identical output for identical input, in a stable order', () => {
    const again = render(exampleSiteDocument());
    expect([...again.files.keys()]).toEqual([...example.files.keys()]);
    for (const [path, file] of example.files) {
      expect(again.files.get(path)?.body, path).toEqual(file.body);
      expect(again.files.get(path)?.contentType).toBe(file.contentType);
    }
    expect([...example.files.keys()]).toEqual([...example.files.keys()].sort());
    expect(example.rendererVersion).toBe(RENDERER_VERSION);
  });

  it('renders every page and post of every locale, with lang, canonical and hreflang', () => {
    const doc = exampleSiteDocument();
    const expected = doc.locales.flatMap((locale) => {
      const root = locale === doc.defaultLocale ? '/' : `/${locale}/`;
      return [
        ...doc.pages.map((p) => ({
          locale,
          slug: p.slug,
          path: p.slug === 'index' ? root : `${root}${p.slug}/`,
        })),
        ...doc.posts.map((p) => ({ locale, slug: `blog/${p.slug}`, path: `${root}blog/${p.slug}/` })),
      ];
    });
    expect(expected).toHaveLength(2 * (6 + 2));
    for (const { locale, path, slug } of expected) {
      const page = html(example, `${path}index.html`);
      expect(page.startsWith(`<!doctype html><html lang="${locale}" dir="ltr">`), path).toBe(true);
      expect(page).toContain(`<link rel="canonical" href="${BASE}${path}">`);
      const tail = slug === 'index' ? '' : `${slug}/`;
      expect(page).toContain(`<link rel="alternate" hreflang="en" href="${BASE}/${tail}">`);
      expect(page).toContain(`<link rel="alternate" hreflang="pt" href="${BASE}/pt/${tail}">`);
      expect(page).toContain(`<link rel="alternate" hreflang="x-default" href="${BASE}/${tail}">`);
      expect(page).toContain(`<meta property="og:url" content="${BASE}${path}">`);
      expect(page).toContain(`<meta property="og:locale" content="${locale}">`);
      expect(page.match(/<h1[ >]/g), `${path} has one h1`).toHaveLength(1);
    }
    expect(example.pages.map((p) => p.urlPath).sort()).toEqual(
      [...expected.map((e) => e.path), '/404.html'].sort(),
    );
  });

  it('keeps headings in order: one h1, then no level skipped', () => {
    for (const page of example.pages) {
      const levels = [...html(example, page.file).matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
      expect(levels[0], page.urlPath).toBe(1);
      for (let i = 1; i < levels.length; i++) {
        expect((levels[i] ?? 0) - (levels[i - 1] ?? 0), `${page.urlPath} heading ${i}`).toBeLessThanOrEqual(
          1,
        );
      }
    }
  });

  it('writes sitemap.xml with alternates, robots.txt, a 404 page, a favicon and _headers', () => {
    const sitemap = html(example, '/sitemap.xml');
    const locs = attributeValues(sitemap, /<loc>([^<]+)<\/loc>/g);
    expect(locs).toHaveLength(16);
    expect(locs).toContain(`${BASE}/pt/blog/why-we-bake-at-4am/`);
    expect(sitemap).toContain(
      `<url><loc>${BASE}/menu/</loc><xhtml:link rel="alternate" hreflang="en" href="${BASE}/menu/"/><xhtml:link rel="alternate" hreflang="pt" href="${BASE}/pt/menu/"/><xhtml:link rel="alternate" hreflang="x-default" href="${BASE}/menu/"/></url>`,
    );
    expect(sitemap).toContain('<lastmod>2025-03-14</lastmod>');
    expect(sitemap).not.toContain('404');
    expect(html(example, '/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${BASE}/sitemap.xml\n`);

    const notFound = html(example, '/404.html');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).not.toContain('rel="canonical"');
    expect(notFound).toContain('<h1>Page not found</h1>');
    expect(notFound).toContain('href="/pt/"');

    const favicon = example.files.get('/favicon.svg');
    expect(favicon?.contentType).toBe('image/svg+xml');
    expect(new TextDecoder().decode(favicon?.body)).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>.*>P<\/text><\/svg>$/,
    );
    expect(html(example, '/index.html')).toContain(
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    );
    expect(example.files.get('/_headers')?.contentType).toBe('text/plain; charset=utf-8');
  });

  it('puts the hash of each page’s own stylesheet into that page’s Content-Security-Policy', () => {
    const rules = parseHeadersFile(html(example, '/_headers'));
    for (const page of example.pages) {
      const css = styleOf(html(example, page.file));
      // Computed here rather than with the renderer's helper, so a wrong helper cannot agree with itself.
      const hash = createHash('sha256').update(css).digest('base64');
      const csp = headersForPath(rules, page.urlPath)['Content-Security-Policy'] ?? '';
      expect(csp, page.urlPath).toContain(`style-src 'sha256-${hash}';`);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("img-src 'self' https: data:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/script-src/);
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
      expect(headersForPath(rules, page.file)['Content-Security-Policy']).toBe(csp);
    }
    const contact = headersForPath(rules, '/contact/')['Content-Security-Policy'];
    expect(contact).toContain('form-action mailto:;');
    expect(headersForPath(rules, '/menu/')['Content-Security-Policy']).toContain("form-action 'none'");
    const common = headersForPath(rules, '/favicon.svg');
    expect(common).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(common['Permissions-Policy']).toContain('camera=()');
    expect(common['Content-Security-Policy']).toContain("default-src 'none'");
    // Pages with different sections get different stylesheets, so the hashes are genuinely per page.
    const hashes = new Set(
      example.pages.map((p) => headersForPath(rules, p.urlPath)['Content-Security-Policy']),
    );
    expect(hashes.size).toBeGreaterThan(4);
  });

  it('inlines only the CSS for the section types on the page', () => {
    const home = styleOf(html(example, '/index.html'));
    const contact = styleOf(html(example, '/contact/index.html'));
    expect(home).toContain('.hero .w{');
    expect(home).not.toContain('.faq');
    expect(home).not.toContain('.field');
    expect(contact).toContain('.faq summary');
    expect(contact).toContain('.field input');
    expect(contact).not.toContain('.hero');
  });

  it('rewrites internal links for each locale', () => {
    const en = html(example, '/index.html');
    const pt = html(example, '/pt/index.html');
    expect(en).toContain('<a class="btn" href="/menu/">See the menu</a>');
    expect(en).toContain('<a class="btn alt" href="/contact/#visit">Find us</a>');
    expect(en).toContain('<a href="/" aria-current="page">Home</a>');
    expect(pt).toContain('<a class="btn" href="/pt/menu/">Ver o menu</a>');
    expect(pt).toContain('<a class="btn alt" href="/pt/contact/#visit">Como chegar</a>');
    expect(pt).toContain('<a href="/pt/" aria-current="page">Início</a>');
    expect(pt).toContain('<a href="/pt/blog/">Diário</a>');
    expect(html(example, '/pt/blog/index.html')).toContain('href="/pt/blog/why-we-bake-at-4am/"');
    expect(html(example, '/pt/blog/why-we-bake-at-4am/index.html')).toContain(
      '<a class="back" href="/pt/blog/">',
    );
    // External links stay as they are.
    expect(pt).toContain('href="tel:+351222000000"');
    expect(pt).toContain('href="https://www.instagram.com/padariaribeira"');
    for (const href of attributeValues(pt, / href="(\/[^"]*)"/g)) {
      expect(href === '/' || href.startsWith('/pt/') || href === '/favicon.svg', href).toBe(true);
    }
  });

  it('formats prices per locale with Intl', () => {
    const en = html(example, '/menu/index.html');
    const pt = html(example, '/pt/menu/index.html');
    const format = (locale: string, amount: number) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        trailingZeroDisplay: 'stripIfInteger',
      }).format(amount);
    expect(en).toContain('€4.50');
    expect(en).toContain('€28<small>from</small>');
    expect(pt).toContain(format('pt', 4.5));
    expect(format('pt', 4.5)).toMatch(/4,50/);
    expect(html(example, '/bread-club/index.html')).toContain('€16 <small>per month</small>');
    expect(html(example, '/pt/bread-club/index.html')).toContain(
      `${format('pt', 16)} <small>por mês</small>`,
    );
    expect(formatPrice({ amount: 4.5, currency: 'EUR' }, 'pt-PT')).toBe(format('pt-PT', 4.5));
    expect(formatPrice({ amount: 1234.5, currency: 'USD' }, 'en-US')).toBe('$1,234.50');
    expect(formatPrice({ amount: 1234.5, currency: 'USD' }, 'de')).toBe(
      format('de', 1234.5).replace('€', '$'),
    );
    expect(formatPrice({ amount: 1, currency: 'euro' }, 'en')).toBeUndefined();
    expect(formatPrice({ amount: Number.NaN, currency: 'EUR' }, 'en')).toBeUndefined();
  });

  it('writes JSON-LD for the business on home pages and for posts', () => {
    const json = (page: string) =>
      attributeValues(page, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g).map((s) =>
        JSON.parse(s),
      );
    const [business] = json(html(example, '/index.html'));
    expect(business).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Bakery',
      name: 'Padaria Ribeira',
      url: `${BASE}/`,
      telephone: '+351 222 000 000',
      address: { '@type': 'PostalAddress', addressLocality: 'Porto', addressCountry: 'PT' },
    });
    expect(business.openingHoursSpecification).toContainEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Sunday',
      opens: '07:00',
      closes: '13:00',
    });
    expect(json(html(example, '/pt/index.html'))[0]).toMatchObject({ url: `${BASE}/pt/` });
    expect(json(html(example, '/menu/index.html'))).toEqual([]);
    expect(json(html(example, '/blog/why-we-bake-at-4am/index.html'))[0]).toMatchObject({
      '@type': 'BlogPosting',
      datePublished: '2025-03-14',
      author: { name: 'Rui Costa' },
      inLanguage: 'en',
    });
    expect(json(html(render(darkSaas()), '/index.html'))[0]['@type']).toBe('Organization');
    expect(json(html(render(clinicThreeLocales()), '/index.html'))[0]['@type']).toBe('Dentist');
  });

  it('writes images with width, height and alt, lazy below the fold, as same-origin generated art', () => {
    for (const page of example.pages) {
      const images = [...html(example, page.file).matchAll(/<img [^>]*>/g)].map((m) => m[0]);
      for (const [i, img] of images.entries()) {
        expect(img, page.urlPath).toMatch(/ width="\d+" height="\d+" alt="[^"]*"/);
        expect(img).toContain('decoding="async"');
        if (i > 0) expect(img).not.toContain('fetchpriority');
      }
    }
    const home = html(example, '/index.html');
    expect(home).toMatch(
      /<img src="\/art\/[0-9a-f]{16}\.svg" width="1200" height="800" alt="" fetchpriority="high"/,
    );
    expect(html(example, '/menu/index.html')).toContain(
      '<img src="https://images.example.com/padaria-ribeira/natas.jpg" width="1600" height="1067" alt="A tray of pastéis de nata" loading="lazy" decoding="async">',
    );
    const art = [...example.files.keys()].filter((p) => p.startsWith('/art/'));
    expect(art.length).toBeGreaterThan(3);
    for (const path of art) {
      const svg = html(example, path);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1200 800"/);
      expect(svg).not.toMatch(/<script|<style|href|url\(|on\w+=/i);
    }
  });

  it('writes no script but JSON-LD, no event handler and no unsafe URL', () => {
    for (const site of [example, render(darkSaas()), render(clinicThreeLocales())]) {
      for (const page of site.pages) expect(inspectHtml(html(site, page.file)), page.urlPath).toEqual([]);
    }
  });

  it('lays out other locales under their own prefix, right to left where the language is', () => {
    const doc = clinicThreeLocales();
    const clinic = render(doc);
    const inner = doc.pages.find((page) => page.slug !== 'index')?.slug;
    expect(html(clinic, '/index.html')).toMatch(/^<!doctype html><html lang="es" dir="ltr">/);
    expect(html(clinic, '/ar/index.html')).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(html(clinic, `/de/${inner}/index.html`)).toMatch(/^<!doctype html><html lang="de" dir="ltr">/);
    const home = html(clinic, '/index.html');
    expect(home).toContain('<link rel="alternate" hreflang="ar" href="https://bakery.pagemagic.site/ar/">');
    expect(home).toContain('<meta property="og:locale:alternate" content="de">');
    const saas = render(darkSaas());
    expect(html(saas, '/index.html')).not.toContain('hreflang');
    expect(html(saas, '/index.html')).not.toContain('aria-label="Language"');
  });

  it('emits the contact form as a mailto form without a form service, and posts to one when given', () => {
    const contact = html(example, '/contact/index.html');
    expect(contact).toContain(
      '<form class="form" action="mailto:ola@padaria-ribeira.example?subject=Padaria%20Ribeira%3A%20Visit%20or%20order" method="post" enctype="text/plain">',
    );
    expect(contact).toContain(
      '<label for="_f-visit-name">Your name <span class="req">(required)</span></label>',
    );
    expect(contact).toContain(
      '<input type="text" id="_f-visit-name" name="name" autocomplete="name" required>',
    );
    expect(contact).toContain(
      '<select id="_f-visit-order" name="order" required><option value="">Choose…</option>',
    );
    expect(contact).toContain('<tr><th scope="row">Monday</th><td>Closed</td></tr>');
    expect(contact).toMatch(
      /<tr><th scope="row">Tuesday – Saturday<\/th><td>7:00\sAM – 7:00\sPM<\/td><\/tr>/,
    );

    const served = renderSite(exampleSiteDocument(), {
      baseUrl: BASE,
      formAction: 'https://forms.pagemagic.dev/submit',
    });
    const form = html(served, '/contact/index.html');
    expect(form).toContain(
      '<form class="form" action="https://forms.pagemagic.dev/submit" method="post"><input type="hidden" name="_section" value="visit"><input type="hidden" name="_locale" value="en"><input type="hidden" name="_page" value="/contact/">',
    );
    // The trap: off screen, out of the tab order and the accessibility tree, never autofilled.
    expect(form).toContain(
      '<div class="trap" aria-hidden="true"><label for="_f-visit-website_url">Leave this field empty</label><input type="text" id="_f-visit-website_url" name="website_url" tabindex="-1" autocomplete="off"></div>',
    );
    expect(form).toMatch(/\.form \.trap\{position:absolute;left:-10000px/);
    // Where the endpoint sends a person whose message it took: one page per language, kept out of search.
    // Where the endpoint sends a person whose message it took: one page per form and language, with the
    // form's own success message, kept out of search.
    const document = exampleSiteDocument();
    const enVisit = document.pages.find((p) => p.slug === 'contact')?.sections[0];
    const ptVisit = document.translations.pt?.pages.find((p) => p.slug === 'contact')?.sections[0];
    const sent = html(served, '/pt/_sent/visit/index.html');
    expect(sent).toContain('<h1>Obrigado, a sua mensagem foi enviada</h1>');
    expect(sent).toContain(
      `<p class="lead">${ptVisit?.type === 'contact' ? ptVisit.props.form?.successMessage : 'none'}</p>`,
    );
    expect(sent).toContain('<meta name="robots" content="noindex">');
    expect(sent).toContain('<a class="btn" href="/pt/">');
    expect(html(served, '/_sent/visit/index.html')).toContain(
      `<p class="lead">${enVisit?.type === 'contact' ? enVisit.props.form?.successMessage : 'none'}</p>`,
    );
    expect(html(served, '/sitemap.xml')).not.toContain('_sent');
    // Without the endpoint there is no such page, and no trap in the mail-app form.
    expect(render(exampleSiteDocument()).files.has('/_sent/visit/index.html')).toBe(false);
    expect(html(render(exampleSiteDocument()), '/contact/index.html')).not.toContain('class="trap"');
    // Local runs post to the API over plain HTTP on this machine; nowhere else.
    const local = renderSite(exampleSiteDocument(), {
      baseUrl: BASE,
      formAction: 'http://127.0.0.1:18080/forms/u1',
    });
    expect(html(local, '/contact/index.html')).toContain('action="http://127.0.0.1:18080/forms/u1"');
    expect(() =>
      renderSite(exampleSiteDocument(), { baseUrl: BASE, formAction: 'http://forms.example.com/submit' }),
    ).toThrow(RenderError);
    const rules = parseHeadersFile(html(served, '/_headers'));
    expect(headersForPath(rules, '/contact/')['Content-Security-Policy']).toContain(
      "form-action 'self' https://forms.pagemagic.dev;",
    );
    expect(() =>
      renderSite(exampleSiteDocument(), { baseUrl: BASE, formAction: 'javascript:alert(1)' }),
    ).toThrow(RenderError);

    const noEmail = exampleSiteDocument();
    const visit = noEmail.pages.find((p) => p.slug === 'contact')?.sections[0];
    if (visit?.type === 'contact') delete visit.props.email;
    expect(html(render(noEmail), '/contact/index.html')).not.toContain('<form');
  });

  it('refuses documents that cannot be laid out as files', () => {
    const collision = exampleSiteDocument();
    collision.pages.push({
      ...structuredClone(collision.pages[1] as SiteDocument['pages'][number]),
      slug: 'pt',
    });
    expect(() => render(collision)).toThrow(/\/pt\/index\.html/);
    const badSlug = exampleSiteDocument();
    (badSlug.pages[1] as { slug: string }).slug = '../../etc';
    expect(() => render(badSlug)).toThrow(RenderError);
    const badLocale = exampleSiteDocument();
    badLocale.locales = ['en', '"><script>'];
    expect(() => render(badLocale)).toThrow(RenderError);
    expect(() => render(exampleSiteDocument(), 'javascript:alert(1)')).toThrow(RenderError);
    expect(() => render(exampleSiteDocument(), 'https://example.com/shop/')).toThrow(/without path/);
    expect(render(exampleSiteDocument(), 'https://Bakery.example.com/').pages[0]?.url).toBe(
      'https://bakery.example.com/',
    );
  });
});

describe('ensureContrast', () => {
  it('leaves colours that already pass alone', () => {
    expect(ensureContrast('#2b1d14', ['#fffaf3', '#f6ead8'])).toBe('#2b1d14');
    expect(ensureContrast('#FFFFFF', '#000000')).toBe('#ffffff');
  });

  it('darkens or lightens a failing colour until it reaches 4.5:1 against every background', () => {
    const cases: Array<[string, string[]]> = [
      ['#5fb3ff', ['#ffffff', '#eef6fb']],
      ['#ffd166', ['#ffffff']],
      ['#333a4d', ['#0f1420', '#182033']],
      ['#777777', ['#787878']],
    ];
    for (const [fg, bgs] of cases) {
      const fixed = ensureContrast(fg, bgs);
      expect(fixed).toMatch(/^#[0-9a-f]{6}$/);
      expect(fixed).not.toBe(fg);
      for (const bg of bgs)
        expect(contrastRatio(fixed, bg), `${fg} → ${fixed} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      expect(ensureContrast(fg, bgs)).toBe(fixed);
    }
    // On a light background the fix darkens; on a dark one it lightens.
    expect(Number.parseInt(ensureContrast('#5fb3ff', '#ffffff').slice(1, 3), 16)).toBeLessThan(0x5f);
    expect(Number.parseInt(ensureContrast('#333a4d', '#0f1420').slice(1, 3), 16)).toBeGreaterThan(0x33);
    expect(contrastRatio(ensureContrast('#6b6b6b', '#ffffff', 7), '#ffffff')).toBeGreaterThanOrEqual(7);
  });

  it('fixes every pair a failing theme puts together, in the rendered stylesheet', () => {
    const doc = clinicThreeLocales();
    expect(validateSiteDocument(doc).ok).toBe(true);
    // The document's primary fails as link text and under white button text.
    expect(contrastRatio(doc.theme.palette.primary, '#ffffff')).toBeLessThan(4.5);
    const css = styleOf(html(render(doc), '/index.html'));
    const v = (name: string) => new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(css)?.[1] ?? 'missing';
    const pairs: Array<[string, string]> = [
      ['text', 'bg'],
      ['text', 'surface'],
      ['muted', 'bg'],
      ['muted', 'surface'],
      ['link', 'bg'],
      ['link', 'surface'],
      ['accent-t', 'bg'],
      ['accent-t', 'surface'],
      ['on-btn', 'btn'],
    ];
    for (const [fg, bg] of pairs) {
      expect(contrastRatio(v(fg), v(bg)), `${fg} ${v(fg)} on ${bg} ${v(bg)}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(v('link')).not.toBe(doc.theme.palette.primary);
  });

  it('keeps dark themes dark', () => {
    const theme = safeTheme(darkSaas().theme);
    expect(theme.mode).toBe('dark');
    expect(theme.colors.background).toBe('#0f1420');
    expect(contrastRatio(theme.colors.link, theme.colors.surface)).toBeGreaterThanOrEqual(4.5);
    expect(styleOf(html(render(darkSaas()), '/index.html'))).toContain(':root{color-scheme:dark;');
  });
});

describe('_headers', () => {
  it('parses the format and finds the headers for a request path', () => {
    const rules = parseHeadersFile(
      '# comment\n/*\n  X-One: 1\n  X-Two: 2\n\n/menu/\n  X-Two: menu\n  Content-Security-Policy: a; b\n/art/*.svg\n  Cache-Control: immutable\n',
    );
    expect(rules).toHaveLength(3);
    expect(headersForPath(rules, '/menu/')).toEqual({
      'X-One': '1',
      'X-Two': 'menu',
      'Content-Security-Policy': 'a; b',
    });
    expect(headersForPath(rules, '/menu')).toEqual(headersForPath(rules, '/menu/index.html'));
    expect(headersForPath(rules, '/menu/?q=1')['X-Two']).toBe('menu');
    expect(headersForPath(rules, '/menus/')['X-Two']).toBe('2');
    expect(headersForPath(rules, '/art/x.svg')['Cache-Control']).toBe('immutable');
    expect(headersForPath(rules, '/art/x.png')['Cache-Control']).toBeUndefined();
    expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/\n  no colon\n')).toThrow(/line 2/);
  });

  it('round-trips the renderer’s own file', () => {
    const text = html(example, '/_headers');
    const rules = parseHeadersFile(text);
    expect(rules[0]?.pattern).toBe('/*');
    expect(rules.map((r) => r.pattern)).toContain('/pt/contact/');
    expect(rules.map((r) => r.pattern)).toContain('/404.html');
    // No path matches two Content-Security-Policy rules, so servers that merge duplicates stay correct.
    for (const path of example.files.keys()) {
      const withCsp = rules.filter(
        (r) =>
          r.headers.some(([name]) => name === 'Content-Security-Policy') &&
          headersForPath([r], path)['Content-Security-Policy'],
      );
      expect(withCsp.length, path).toBeLessThanOrEqual(1);
    }
  });
});

describe('resolveHref', () => {
  it('maps locale-neutral paths into a locale and refuses what a document may not link to', () => {
    expect(resolveHref('/', '/')).toBe('/');
    expect(resolveHref('/', '/pt/')).toBe('/pt/');
    expect(resolveHref('/menu', '/pt/')).toBe('/pt/menu/');
    expect(resolveHref('/contact#visit', '/pt/')).toBe('/pt/contact/#visit');
    expect(resolveHref('/#top', '/')).toBe('/#top');
    expect(resolveHref('/blog/first-post', '/de/')).toBe('/de/blog/first-post/');
    expect(resolveHref('https://example.com/a?b=1', '/pt/')).toBe('https://example.com/a?b=1');
    expect(resolveHref('mailto:a@example.com', '/')).toBe('mailto:a@example.com');
    for (const bad of ['javascript:alert(1)', '//evil.example/', '/menu"x', 'data:text/html,x', '', 42]) {
      expect(resolveHref(bad, '/'), String(bad)).toBeUndefined();
    }
  });
});

describe('templates', () => {
  it('print document data only with <%= %>: raw output is kept for the stylesheet, JSON-LD and rendered parts', () => {
    const sources = templateSources();
    expect(sources.size).toBeGreaterThan(15);
    for (const [file, source] of sources) {
      for (const match of source.matchAll(/<%-\s*([\s\S]*?)%>/g)) {
        expect(match[1], `${file}: ${match[0]}`).toMatch(/^(it\.css|json|it\.main|it\.part\()/);
      }
      expect(source, file).not.toMatch(/\son[a-z]+=/i);
    }
  });
});
