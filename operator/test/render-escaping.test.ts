import { exampleSiteDocument, FONT_STACKS, type SiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { type RenderedSite, renderSite } from '../src/site/render/index.ts';
import {
  HOSTILE_HREFS,
  HOSTILE_TEXT,
  HOSTILE_THEME,
  inspectHtml,
  withHostileHrefs,
  withHostileText,
} from './helpers/hostile-corpus.ts';

const BASE = 'https://site.pagemagic.site';

// The escaping EJS applies to <%= %>; expected output is computed independently of the renderer.
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' })[c] ?? c,
  );
}

const utf8 = new TextDecoder();

function text(body: Uint8Array | undefined): string {
  return body ? utf8.decode(body) : '';
}

function pages(site: RenderedSite): Array<[string, string]> {
  return site.pages.map((p) => [p.file, text(site.files.get(p.file)?.body)]);
}

/** The example with hostile text everywhere, hostile links, and hostile section ids, never validated. */
function hostileDocument(): SiteDocument {
  const doc = withHostileHrefs(withHostileText(exampleSiteDocument()));
  let n = 0;
  for (const content of [doc, ...Object.values(doc.translations)]) {
    for (const page of content.pages) {
      for (const section of page.sections) (section as { id: string }).id = `x${n++}" onclick="alert(1)`;
    }
  }
  return doc;
}

const hostile = renderSite(hostileDocument(), { baseUrl: BASE });

describe('the HTML inspector', () => {
  // The escaping tests are only as good as the inspector, so it must find each thing it looks for.
  const page = (body: string, head = '<style>a{}</style>') =>
    `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  it.each([
    ['an event handler', page('<img src="/a.svg" alt="" onerror="alert(1)">')],
    ['a script element', page('<script>alert(1)</script>')],
    ['a javascript: link', page('<a href="javascript:alert(1)">x</a>')],
    ['an entity-encoded javascript: link', page('<a href="jav&#x61;script:alert(1)">x</a>')],
    ['a data: image', page('<img src="data:image/svg+xml,x" alt="">')],
    ['an unquoted attribute', page('<img src=x alt="">')],
    ['an unknown element', page('<iframe src="/x"></iframe>')],
    ['a stray "<"', page('a <% b')],
    ['an EJS delimiter in text', page('<p>&lt;<%= x %></p>')],
    ['a stylesheet that loads', page('', '<style>a{background:url(https://evil.example/)}</style>')],
    [
      'JSON-LD that breaks out',
      page('', '<style></style><script type="application/ld+json">{"a":"</script>'),
    ],
  ])('flags %s', (_, html) => {
    expect(inspectHtml(html)).not.toEqual([]);
  });

  it('passes clean markup', () => {
    expect(inspectHtml(page('<p class="a">x &lt;script&gt;</p><a href="/menu/">m</a>'))).toEqual([]);
  });
});

describe('rendering hostile content', () => {
  it('leaves no script, event handler, unsafe URL or template delimiter in any page', () => {
    for (const [file, html] of pages(hostile)) expect(inspectHtml(html), file).toEqual([]);
    for (const [path, file] of hostile.files) {
      expect(text(file.body), path).not.toContain('<%');
      expect(text(file.body), path).not.toMatch(/<script(?! type="application\/ld\+json">)/);
    }
  });

  it('prints every hostile string as text, escaped, rather than dropping it', () => {
    const all = pages(hostile)
      .map(([, html]) => html)
      .join('\n');
    for (const text of HOSTILE_TEXT) expect(all, text).toContain(escapeHtml(text));
    // The template engine never evaluated document text as a template.
    expect(all).toContain('&lt;%= process.exit(1) %&gt;');
    expect(all).toContain('$&amp; $` $&#39; $$');
  });

  it('escapes text in the head: title, description and Open Graph', () => {
    const home = text(hostile.files.get('/index.html')?.body);
    const title = /<title>([^<]*)<\/title>/.exec(home)?.[1] ?? '';
    expect(title).toContain('&lt;');
    expect(home.match(/<title>/g)).toHaveLength(1);
    expect(home).toMatch(/<meta name="description" content="[^"<>]*">/);
    expect(home).toMatch(/<meta property="og:title" content="[^"<>]*">/);
    expect(home).toContain('<html lang="en" dir="ltr">');
  });

  it('shows links with disallowed hrefs as plain text', () => {
    const hrefs = pages(hostile).flatMap(([, html]) =>
      [...html.matchAll(/ href="([^"]*)"/g)].map((m) => m[1] ?? ''),
    );
    for (const bad of HOSTILE_HREFS) expect(hrefs, bad).not.toContain(escapeHtml(bad));
    expect(hrefs.some((h) => /javascript|evil\.example|data:/i.test(h))).toBe(false);
    const home = text(hostile.files.get('/index.html')?.body);
    // Navigation labels survive, as spans instead of links.
    expect(home).toMatch(/<li><span>Home [^<]*<\/span><\/li>/);
  });

  it('puts section ids only into quoted attributes', () => {
    const home = text(hostile.files.get('/index.html')?.body);
    expect(home).toContain('id="x0&#34; onclick=&#34;alert(1)"');
    // A real attribute would be onclick="…; escaped, the quote is &#34; and stays inside the value.
    expect(home).not.toMatch(/\sonclick="/);
  });

  it('keeps JSON-LD parseable and unbroken, with the hostile values intact inside', () => {
    const doc = hostileDocument();
    for (const [file, html] of pages(hostile)) {
      for (const [, json = ''] of html.matchAll(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
      )) {
        expect(json, file).not.toMatch(/[<>\u2028\u2029]/);
        const data = JSON.parse(json) as Record<string, unknown>;
        if (data['@type'] === 'Bakery' && file === '/index.html') {
          expect(data.name).toBe(doc.name);
          expect(data.description).toBe(doc.pages[0]?.seo.description);
        }
      }
    }
  });

  it('refuses CSS injection through theme values, even from a document that skipped validation', () => {
    const doc = exampleSiteDocument();
    (doc as { theme: unknown }).theme = HOSTILE_THEME;
    const site = renderSite(doc, { baseUrl: BASE });
    for (const [file, html] of pages(site)) {
      expect(inspectHtml(html), file).toEqual([]);
      const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      expect(css).not.toMatch(/evil|expression|javascript|body\{display:none|__proto__|url\(|red;/);
      expect(css).toMatch(/^:root\{color-scheme:light;--bg:#[0-9a-f]{6};/);
      expect(css).toContain(`--fh:${FONT_STACKS['system-sans']}`);
      // Only the well-formed colour survives: #abc is not #rrggbb either, so all six fall back.
      expect(css).not.toContain('#abc;');
    }
    const favicon = text(site.files.get('/favicon.svg')?.body);
    expect(favicon).not.toMatch(/evil|script/);
  });

  it('drops images whose source is not https, and a non-https og:image', () => {
    const doc = exampleSiteDocument() as unknown as {
      pages: Array<{
        slug: string;
        seo: { ogImage?: string };
        sections: Array<{ props: Record<string, unknown> }>;
      }>;
    };
    const gallery = doc.pages.find((p) => p.slug === 'menu')?.sections[1]?.props as {
      items: Array<{ image: { src?: string } }>;
    };
    const urls = [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'http://insecure.example/x.png',
    ];
    gallery.items = urls.map((src) => ({ image: { kind: 'url', src, alt: 'x', width: 10, height: 10 } }));
    const home = doc.pages[0];
    if (home) home.seo.ogImage = 'javascript:alert(1)';
    const site = renderSite(doc as unknown as SiteDocument, { baseUrl: BASE });
    const menu = text(site.files.get('/menu/index.html')?.body);
    expect(menu).not.toMatch(/<img [^>]*alt="x"/);
    expect(text(site.files.get('/index.html')?.body)).not.toContain('og:image');
    for (const [file, html] of pages(site)) expect(inspectHtml(html), file).toEqual([]);
  });

  it('renders nothing for a section type it does not know, rather than looking a template up by it', () => {
    const doc = exampleSiteDocument();
    const sections = doc.pages[0]?.sections as Array<{ type: string }>;
    sections.push({ type: '../page' }, { type: 'page' }, { type: 'constructor' }, { type: '__proto__' });
    const html = text(renderSite(doc, { baseUrl: BASE }).files.get('/index.html')?.body);
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(inspectHtml(html)).toEqual([]);
  });

  it('writes a safe favicon and sitemap whatever the name and content', () => {
    const favicon = text(hostile.files.get('/favicon.svg')?.body);
    expect(favicon).toMatch(/^<svg [^<]*><rect [^<]*\/><text [^<]*>\p{L}<\/text><\/svg>$/u);
    const sitemap = text(hostile.files.get('/sitemap.xml')?.body);
    expect(sitemap).not.toMatch(/script|onerror|evil/);
  });
});
