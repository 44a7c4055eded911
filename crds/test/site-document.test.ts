import { describe, expect, it } from 'vitest';
import {
  BUSINESS_KINDS,
  contentForLocale,
  contrastRatio,
  exampleSiteDocument,
  FONT_STACKS,
  findSection,
  isAllowedHref,
  pagePath,
  postPath,
  SECTION_TYPES,
  SITE_DOCUMENT_MAX_DEPTH,
  type SiteDocument,
  type SiteDocumentError,
  sectionIds,
  tooDeep,
  validateSiteDocument,
} from '../src/site-document.ts';

// Tests edit the example by JSON Pointer, the same paths the validator reports, so each case reads as
// "break this spot, expect an error at this spot".
type Edit = [pointer: string, value: unknown];
const REMOVE = Symbol('remove');

function edited(...edits: Edit[]): SiteDocument {
  const doc = exampleSiteDocument();
  for (const [pointer, value] of edits) {
    const keys = pointer.split('/').slice(1);
    const last = keys.pop() as string;
    let target = doc as unknown as Record<string, unknown>;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return doc;
}

function errorsOf(value: unknown): SiteDocumentError[] {
  const result = validateSiteDocument(value);
  if (result.ok) throw new Error('expected the document to be invalid, but it validated');
  return result.errors;
}

describe('exampleSiteDocument', () => {
  it('is a valid document', () => {
    const result = validateSiteDocument(exampleSiteDocument());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('uses every section type, both locales and blog posts', () => {
    const doc = exampleSiteDocument();
    const types = new Set(doc.pages.flatMap((page) => page.sections.map((s) => s.type)));
    expect([...types].sort()).toEqual([...SECTION_TYPES].sort());
    expect(doc.locales).toEqual(['en', 'pt']);
    expect(Object.keys(doc.translations)).toEqual(['pt']);
    expect(doc.posts.length).toBeGreaterThan(0);
    expect(doc.kind).toBe('bakery');
  });

  it('returns a fresh object on every call', () => {
    const first = exampleSiteDocument();
    first.pages.length = 0;
    expect(exampleSiteDocument().pages.length).toBeGreaterThan(0);
  });
});

describe('schema rules', () => {
  it.each<[string, unknown, string]>([
    ['/schemaVersion', 2, 'must be 1 (got 2)'],
    ['/kind', 'spaceship', `must be one of: ${BUSINESS_KINDS.join(', ')} (got "spaceship")`],
    ['/theme/palette/primary', 'red', 'must be a #rrggbb hex colour (got "red")'],
    ['/theme/palette/accent', '#12345g', 'must be a #rrggbb hex colour (got "#12345g")'],
    ['/theme/radius', 'huge', 'must be one of: none, small, medium, large, full (got "huge")'],
    ['/theme/mode', 'sepia', 'must be one of: light, dark (got "sepia")'],
    ['/pages/0/seo/description', 'x'.repeat(212), 'must be at most 160 characters (got 212)'],
    [
      '/pages/0/seo/ogImage',
      'http://cdn.example.com/og.png',
      'must be an https:// URL (got "http://cdn.example.com/og.png")',
    ],
    ['/pages/0/title', '', 'must not be empty'],
    ['/pages/0/title', 42, 'must be a string (got a number)'],
    ['/pages/0/title', REMOVE, 'is required'],
    ['/pages/0/sections/0/props/heading', 'x'.repeat(150), 'must be at most 100 characters (got 150)'],
    [
      '/pages/1/sections/1/props/items/1/image/src',
      'http://images.example.com/natas.jpg',
      'must be an https:// URL (got "http://images.example.com/natas.jpg")',
    ],
    ['/pages/1/sections/1/props/items/1/image/width', 0, 'must be at least 1 (got 0)'],
    ['/pages/1/sections/1/props/items/1/image/height', 10.5, 'must be a whole number (got 10.5)'],
    ['/pages/1/sections/1/props/items/1/image/alt', REMOVE, 'is required'],
    [
      '/pages/0/sections/0/props/image/motif',
      'skull',
      expect.stringContaining('must be one of: blobs, waves'),
    ],
    [
      '/pages/1/sections/0/props/groups/0/items/0/price/currency',
      'euro',
      'must be a three-letter ISO 4217 currency code such as EUR (got "euro")',
    ],
    ['/pages/1/sections/0/props/groups/0/items/0/price/amount', -1, 'must be at least 0 (got -1)'],
    ['/pages/0/sections/3/props/items/0/rating', 6, 'must be at most 5 (got 6)'],
    ['/pages/5/sections/0/props/hours/0/opens', '7am', 'must be a 24-hour time as HH:MM (got "7am")'],
    ['/pages/5/sections/0/props/email', 'ola at padaria', expect.stringMatching(/^must be an email address/)],
    ['/pages/5/sections/0/props/address/country', 'Portugal', expect.stringMatching(/^must be a two-letter/)],
    ['/pages/0/sections/4/props/actions', [], 'must have at least 1 item (got 0)'],
    ['/posts/0/date', '14/03/2025', 'must be a date as YYYY-MM-DD (got "14/03/2025")'],
    [
      '/pages/0/sections/0/id',
      'Welcome Section',
      expect.stringMatching(/^must be an id of a lowercase letter.*\(got "Welcome Section"\)$/),
    ],
  ])('%s = %j is rejected', (pointer, value, message) => {
    const errors = errorsOf(edited([pointer, value]));
    // A changed section id also breaks the translation's mirror of it; only the schema error matters here.
    const here = errors.filter((e) => e.path === pointer);
    expect(here).toEqual([{ path: pointer, message }]);
    if (!pointer.endsWith('/id')) expect(errors).toHaveLength(1);
  });

  it('rejects a font outside the allowlist and names the allowed ones', () => {
    expect(errorsOf(edited(['/theme/typography/heading', 'Comic Sans MS']))).toEqual([
      {
        path: '/theme/typography/heading',
        message: `must be one of: ${Object.keys(FONT_STACKS).join(', ')} (got "Comic Sans MS")`,
      },
    ]);
  });

  it('accepts every font in the allowlist, and each maps to a plain CSS font stack', () => {
    for (const [key, stack] of Object.entries(FONT_STACKS)) {
      expect(validateSiteDocument(edited(['/theme/typography/body', key])).ok).toBe(true);
      expect(stack).toMatch(/^[A-Za-z0-9 ,"_-]+$/);
      expect(stack).toMatch(/(sans-serif|serif|monospace|cursive)$/);
    }
  });

  it('rejects properties the schema does not know, naming the allowed ones', () => {
    const errors = errorsOf(edited(['/pages/0/sections/0/props/html', '<script>alert(1)</script>']));
    expect(errors).toEqual([
      {
        path: '/pages/0/sections/0/props/html',
        message: 'unknown property "html" (allowed: eyebrow, heading, subheading, actions, image)',
      },
    ]);
  });

  it('rejects more navigation items than a header can hold', () => {
    const items = Array.from({ length: 9 }, () => ({ label: 'Home', href: '/' }));
    expect(errorsOf(edited(['/navigation/items', items]))).toEqual([
      { path: '/navigation/items', message: 'must have at most 8 items (got 9)' },
    ]);
  });

  it('reports a non-object document once, at the root', () => {
    expect(errorsOf('a website')).toEqual([{ path: '', message: 'must be an object (got a string)' }]);
    expect(errorsOf(null)).toEqual([{ path: '', message: 'must be an object (got null)' }]);
    expect(errorsOf([])).toEqual([{ path: '', message: 'must be an object (got an array)' }]);
  });
});

describe('sections', () => {
  it('reports an unknown section type once, not once per section type', () => {
    expect(errorsOf(edited(['/pages/0/sections/0/type', 'video']))).toContainEqual({
      path: '/pages/0/sections/0/type',
      message: `unknown section type "video" (must be one of: ${SECTION_TYPES.join(', ')})`,
    });
    const errors = errorsOf(edited(['/pages/0/sections/0/type', 'video']));
    expect(errors.filter((e) => e.path.startsWith('/pages/0/sections/0'))).toHaveLength(1);
  });

  it('reports a missing section type', () => {
    const errors = errorsOf(edited(['/pages/0/sections/0/type', REMOVE]));
    expect(errors).toContainEqual({
      path: '/pages/0/sections/0/type',
      message: `is required: the section type, one of: ${SECTION_TYPES.join(', ')}`,
    });
  });

  it('checks props against the branch the type names, and only that branch', () => {
    // A features section relabelled as hero: its props are wrong for a hero, and only hero's rules apply.
    const errors = errorsOf(edited(['/pages/0/sections/1/type', 'hero']));
    const here = errors.filter((e) => e.path.startsWith('/pages/0/sections/1'));
    expect(here).toEqual([
      { path: '/pages/0/sections/1/props/actions', message: 'is required' },
      {
        path: '/pages/0/sections/1/props/items',
        message: 'unknown property "items" (allowed: eyebrow, heading, subheading, actions, image)',
      },
    ]);
  });

  it('picks the image branch by kind', () => {
    const image = '/pages/1/sections/1/props/items/0/image';
    expect(errorsOf(edited([`${image}/kind`, 'svg']))).toEqual([
      { path: `${image}/kind`, message: 'unknown image kind "svg" (must be one of: art, url)' },
    ]);
    expect(errorsOf(edited([`${image}/kind`, 'url']))).toEqual([
      { path: `${image}/src`, message: 'is required' },
      { path: `${image}/seed`, message: 'unknown property "seed" (allowed: kind, src, alt, width, height)' },
      {
        path: `${image}/motif`,
        message: 'unknown property "motif" (allowed: kind, src, alt, width, height)',
      },
    ]);
  });

  it('picks the rich-text block branch by kind', () => {
    expect(errorsOf(edited(['/posts/0/body/0/kind', 'table']))).toContainEqual({
      path: '/posts/0/body/0/kind',
      message: 'unknown block kind "table" (must be one of: paragraph, heading, list, quote)',
    });
  });

  it('rejects a section id used twice in one locale', () => {
    const errors = errorsOf(
      edited(['/pages/1/sections/0/id', 'welcome'], ['/translations/pt/pages/1/sections/0/id', 'welcome']),
    );
    expect(errors).toEqual([
      {
        path: '/pages/1/sections/0/id',
        message: 'duplicate section id "welcome" (already used at /pages/0/sections/0/id)',
      },
      {
        path: '/translations/pt/pages/1/sections/0/id',
        message: 'duplicate section id "welcome" (already used at /translations/pt/pages/0/sections/0/id)',
      },
    ]);
  });

  it('checks contact form fields', () => {
    const fields = '/pages/5/sections/0/props/form/fields';
    const errors = errorsOf(
      edited([`${fields}/1/name`, 'name'], [`${fields}/2/options`, REMOVE], [`${fields}/3/options`, ['a']]),
    );
    expect(errors).toEqual([
      { path: `${fields}/1/name`, message: 'duplicate field name "name"' },
      { path: `${fields}/2/options`, message: 'is required for a select field' },
      { path: `${fields}/3/options`, message: 'only applies to select fields (this one is "textarea")' },
    ]);
  });

  it("keeps the rendered form's robot trap out of every definition", () => {
    const fields = '/pages/5/sections/0/props/form/fields';
    expect(errorsOf(edited([`${fields}/0/name`, 'website_url']))).toEqual([
      { path: `${fields}/0/name`, message: '"website_url" is reserved; name the field otherwise' },
    ]);
  });
});

describe('links', () => {
  const NAV = '/navigation/items/0/href';

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['  JaVaScRiPt:alert(1)', 'javascript'],
    ['\tjavascript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0000javascript:alert(1)', 'javascript'],
    ['JAVASCRIPT:alert(document.cookie)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
    [' DaTa:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['\n VBScript:msgbox(1)', 'vbscript'],
  ])('rejects %j as a %s: link', (href, scheme) => {
    const errors = errorsOf(edited([NAV, href]));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(NAV);
    expect(errors[0]?.message).toMatch(new RegExp(`^must not use the ${scheme}: scheme \\(got `));
    expect(isAllowedHref(href)).toBe(false);
  });

  it.each([
    '//evil.example/',
    'ftp://files.example.com/menu.pdf',
    'https://user@evil.example/',
    'https://exa mple.com/',
    'https://example.com/"onmouseover="alert(1)',
    'menu',
    '/pt/menu',
    '/Menu',
    'tel:call me',
  ])('rejects %j as a link', (href) => {
    const errors = errorsOf(edited([NAV, href]));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(NAV);
    expect(errors[0]?.message).toMatch(
      /^must be a link: https:\/\/…, http:\/\/…, mailto:…, tel:… or an internal path/,
    );
    expect(isAllowedHref(href)).toBe(false);
  });

  it.each([
    'https://example.com/path?q=1#top',
    'http://example.com',
    'https://example.com:8443/',
    'mailto:ola@padaria-ribeira.example',
    'tel:+351222000000',
    '/',
    '/#welcome',
    '/menu',
    '/contact#visit',
    '/blog/why-we-bake-at-4am',
  ])('accepts %j', (href) => {
    const result = validateSiteDocument(edited([NAV, href]));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(isAllowedHref(href)).toBe(true);
  });

  it.each([
    [
      '/menus',
      'links to page "/menus", which does not exist (pages: /, /menu, /bread-club, /about, /blog, /contact)',
    ],
    ['/about#visit', 'links to section "#visit", which is not on page "/about"'],
    ['/blog/no-such-post', expect.stringMatching(/^links to post "no-such-post", which does not exist/)],
    ['/index', 'links to the home page as "/index"; write "/" instead'],
  ])('rejects the internal link %j when nothing is there', (href, message) => {
    expect(errorsOf(edited([NAV, href]))).toEqual([{ path: NAV, message }]);
  });

  it('checks internal links everywhere, in every locale', () => {
    const errors = errorsOf(
      edited(
        ['/translations/pt/navigation/items/1/href', '/ementa'],
        ['/pages/0/sections/0/props/actions/0/href', '/order'],
      ),
    );
    expect(errors.map((e) => e.path)).toEqual([
      '/pages/0/sections/0/props/actions/0/href',
      '/translations/pt/navigation/items/1/href',
    ]);
  });
});

describe('nesting depth', () => {
  /** `levels` arrays inside each other, made by JSON.parse (which does not recurse) as an attacker's body would be. */
  const nested = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

  it('refuses a document nested far deeper than any site needs, naming where and the limit, without overflowing the stack', () => {
    // 20,000 levels in 40 KB: the recursive walks this once reached overflowed the stack.
    for (const pointer of ['/footer', '/navigation/items/0/extra', '/pages/0/sections/0/props/actions']) {
      const errors = errorsOf(edited([pointer, nested(20_000)]));
      const depthOfPointer = pointer.split('/').length - 1;
      const at = `${pointer}${'/0'.repeat(SITE_DOCUMENT_MAX_DEPTH - depthOfPointer)}`;
      expect(errors).toEqual([
        {
          path: at,
          message: `nests objects and arrays more than ${SITE_DOCUMENT_MAX_DEPTH} levels deep; no site document needs that many, so flatten what is here`,
        },
      ]);
    }
  });

  it('accepts the deepest legitimate document and measures depth from the document itself', () => {
    expect(SITE_DOCUMENT_MAX_DEPTH).toBeGreaterThanOrEqual(24);
    expect(tooDeep(exampleSiteDocument(), SITE_DOCUMENT_MAX_DEPTH)).toBeUndefined();
    // The document object is level 1, each object or array inside another one more.
    expect(tooDeep({ a: { b: [] } }, 3)).toBeUndefined();
    expect(tooDeep({ a: { b: [] } }, 2)).toBe('/a/b');
    expect(tooDeep({ 'x/y': [{}], z: 1 }, 2)).toBe('/x~1y/0');
    expect(tooDeep('text', 0)).toBeUndefined();
    expect(tooDeep(nested(1_000_000), 5)).toBe('/0/0/0/0/0');
  });

  it('refuses a document just over the limit, and takes one at the limit on to the other checks', () => {
    // The limit counts from the document: /footer is level 2, so the array there may nest this far.
    const room = SITE_DOCUMENT_MAX_DEPTH - 1;
    const over = errorsOf(edited(['/footer', nested(room + 1)]));
    expect(over).toEqual([expect.objectContaining({ path: `/footer${'/0'.repeat(room)}` })]);
    const at = errorsOf(edited(['/footer', nested(room)]));
    expect(at.map((error) => error.path)).toEqual(['/footer']);
    expect(at[0]?.message).toMatch(/^must be an object/);
  });
});

describe('pages and posts', () => {
  it('rejects duplicate page slugs', () => {
    const errors = errorsOf(edited(['/pages/3/slug', 'menu'], ['/translations/pt/pages/3/slug', 'menu']));
    expect(errors).toContainEqual({
      path: '/pages/3/slug',
      message: 'duplicate page slug "menu" (already used at /pages/1/slug)',
    });
    expect(errors).toContainEqual({
      path: '/translations/pt/pages/3/slug',
      message: 'duplicate page slug "menu" (already used at /translations/pt/pages/1/slug)',
    });
  });

  it('requires a home page', () => {
    const errors = errorsOf(edited(['/pages/0/slug', 'home'], ['/translations/pt/pages/0/slug', 'home']));
    expect(errors).toContainEqual({
      path: '/pages',
      message: 'must include the home page, a page with slug "index"',
    });
  });

  it('rejects duplicate post slugs and impossible dates', () => {
    const errors = errorsOf(edited(['/posts/1/slug', 'why-we-bake-at-4am'], ['/posts/0/date', '2025-02-30']));
    expect(errors).toContainEqual({
      path: '/posts/1/slug',
      message: 'duplicate post slug "why-we-bake-at-4am" (already used at /posts/0/slug)',
    });
    expect(errors).toContainEqual({
      path: '/posts/0/date',
      message: 'must be a real calendar date (got "2025-02-30")',
    });
  });

  it('rejects a blog list featuring a post that does not exist', () => {
    const errors = errorsOf(
      edited(['/pages/4/sections/0/props/postSlugs', ['the-perfect-pastel-de-nata', 'croissants']]),
    );
    expect(errors).toEqual([
      {
        path: '/pages/4/sections/0/props/postSlugs/1',
        message: 'post "croissants" does not exist (posts: why-we-bake-at-4am, the-perfect-pastel-de-nata)',
      },
    ]);
  });
});

describe('locales', () => {
  it('requires content for every listed locale', () => {
    expect(errorsOf(edited(['/translations/pt', REMOVE]))).toEqual([
      {
        path: '/translations/pt',
        message: 'is required: locale "pt" is listed in /locales but has no content',
      },
    ]);
  });

  it('rejects content for a locale that is not listed, or for the default locale', () => {
    const pt = exampleSiteDocument().translations.pt;
    expect(errorsOf(edited(['/translations/fr', pt], ['/translations/en', pt]))).toEqual([
      {
        path: '/translations/fr',
        message: 'is content for "fr", which is not in /locales (en, pt); add the locale or remove this',
      },
      {
        path: '/translations/en',
        message: "must not be here: the default locale's content is the top level of the document",
      },
    ]);
  });

  it('rejects translation keys that are not locale tags', () => {
    const pt = exampleSiteDocument().translations.pt;
    expect(errorsOf(edited(['/translations/pt_PT', pt]))).toContainEqual({
      path: '/translations/pt_PT',
      message: 'unexpected key "pt_PT": keys are locale tags such as "pt" or "pt-PT"',
    });
  });

  it('requires defaultLocale to be the first listed locale', () => {
    expect(errorsOf(edited(['/defaultLocale', 'fr']))).toContainEqual({
      path: '/defaultLocale',
      message: `must be one of the site's locales: en, pt (got "fr")`,
    });
    expect(errorsOf(edited(['/locales', ['pt', 'en']]))).toContainEqual({
      path: '/defaultLocale',
      message: 'must be the first entry of /locales, "pt" (got "en")',
    });
  });

  it('rejects duplicate and malformed locale tags', () => {
    expect(errorsOf(edited(['/locales', ['en', 'pt', 'pt']]))).toEqual([
      { path: '/locales', message: 'must not contain duplicates' },
    ]);
    expect(errorsOf(edited(['/locales', ['en', 'PT_pt']]))).toContainEqual({
      path: '/locales/1',
      message: 'must be a locale tag such as "en", "pt-PT" or "zh-Hant-TW" (got "PT_pt")',
    });
  });

  it('requires each translation to have the same sections, in the same order', () => {
    const doc = exampleSiteDocument();
    doc.translations.pt?.pages[0]?.sections.reverse();
    expect(errorsOf(doc)).toEqual([
      {
        path: '/translations/pt/pages/0/sections',
        message:
          'must have the same sections in the same order as the default locale (en): expected [welcome (hero), why-us (features), numbers (stats), reviews (testimonials), visit-cta (cta)], got [visit-cta (cta), reviews (testimonials), numbers (stats), why-us (features), welcome (hero)]',
      },
    ]);
  });

  it('requires each translation to have the same pages and posts', () => {
    const doc = exampleSiteDocument();
    const pt = doc.translations.pt as NonNullable<typeof doc.translations.pt>;
    pt.pages = pt.pages.filter((page) => page.slug !== 'bread-club');
    pt.navigation.items = pt.navigation.items.filter((item) => item.href !== '/bread-club');
    pt.posts = pt.posts.slice(1);
    expect(errorsOf(doc)).toEqual([
      {
        path: '/translations/pt/pages',
        message: 'is missing page "bread-club": every locale needs the same pages as the default locale (en)',
      },
      {
        path: '/translations/pt/posts',
        message:
          'is missing post "why-we-bake-at-4am": every locale needs the same posts as the default locale (en)',
      },
    ]);
  });
});

describe('theme contrast', () => {
  it('rejects text that cannot be read on the background', () => {
    const errors = errorsOf(edited(['/theme/palette/mutedText', '#d8cfc4']));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toEqual({
      path: '/theme/palette/mutedText',
      message: expect.stringMatching(
        /^must contrast at least 4\.5:1 with background #fffaf3 .*; #d8cfc4 gives 1\.\d\d:1$/,
      ),
    });
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});

describe('every error at once', () => {
  it('returns all three problems of a document with three', () => {
    const errors = errorsOf(
      edited(
        ['/theme/palette/primary', 'crimson'],
        ['/pages/0/seo/description', 'x'.repeat(212)],
        ['/navigation/items/1/href', '/menus'],
      ),
    );
    expect(errors.map((e) => e.path)).toEqual([
      '/theme/palette/primary',
      '/pages/0/seo/description',
      '/navigation/items/1/href',
    ]);
  });

  it('reports schema and semantic problems in every locale together', () => {
    const errors = errorsOf(
      edited(
        ['/translations/pt/pages/0/sections/0/props/heading', ''],
        ['/translations/pt/footer/social/0/href', 'http://instagram.com/padariaribeira'],
        ['/pages/0/sections/2/id', 'why-us'],
        ['/translations/pt/pages/0/sections/2/id', 'why-us'],
      ),
    );
    expect(errors.map((e) => e.path).sort()).toEqual(
      [
        '/pages/0/sections/2/id',
        '/translations/pt/footer/social/0/href',
        '/translations/pt/pages/0/sections/0/props/heading',
        '/translations/pt/pages/0/sections/2/id',
      ].sort(),
    );
  });
});

describe('helpers', () => {
  it('lists section ids in document order, the same in every locale', () => {
    const doc = exampleSiteDocument();
    const ids = sectionIds(doc);
    expect(ids.slice(0, 3)).toEqual(['welcome', 'why-us', 'numbers']);
    expect(new Set(ids).size).toBe(ids.length);
    const pt = doc.translations.pt?.pages.flatMap((page) => page.sections.map((s) => s.id));
    expect(pt).toEqual(ids);
  });

  it('finds a section with its page and path, in any locale', () => {
    const doc = exampleSiteDocument();
    const found = findSection(doc, 'visit');
    expect(found?.page.slug).toBe('contact');
    expect(found?.section.type).toBe('contact');
    expect(found?.path).toBe('/pages/5/sections/0');
    const pt = findSection(doc, 'visit', 'pt');
    expect(pt?.path).toBe('/translations/pt/pages/5/sections/0');
    expect(pt?.section.type === 'contact' && pt.section.props.heading).toBe('Visite ou encomende');
    expect(findSection(doc, 'nope')).toBeUndefined();
    expect(findSection(doc, 'visit', 'fr')).toBeUndefined();
  });

  it('gives the content of each locale', () => {
    const doc = exampleSiteDocument();
    expect(contentForLocale(doc, 'en')?.pages).toBe(doc.pages);
    expect(contentForLocale(doc, 'pt')?.navigation.items[0]?.label).toBe('Início');
    expect(contentForLocale(doc, 'fr')).toBeUndefined();
  });

  it('maps slugs to locale-neutral paths', () => {
    expect(pagePath('index')).toBe('/');
    expect(pagePath('menu')).toBe('/menu');
    expect(postPath('why-we-bake-at-4am')).toBe('/blog/why-we-bake-at-4am');
  });
});
