// The layout of rendered sites at phone widths (320, 360 and 390 px) and two wider ones, in Debian's
// Chromium: a price never breaks inside a number or a word, the main navigation either fits on one line or
// is collapsed into a "Menu" disclosure that opens from the keyboard and shows every link, and nothing
// scrolls sideways. Three sites: the example bakery (English, Portuguese), a guesthouse in German and
// English with long words, and a salon in English and Arabic (right to left) whose navigation never fits.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  exampleSiteDocument,
  type LocalizedContent,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RenderedSite, renderSite } from '../src/site/render/index.ts';
import { NAV_BREAKPOINTS } from '../src/site/render/styles.ts';
import { axeViolations, launchBrowser } from './helpers/browser.ts';
import { type StaticServer, startStaticServer } from './helpers/static-server.ts';

const PHONE_WIDTHS = [320, 360, 390] as const;
const WIDE_WIDTHS = [768, 1280] as const;
const HEIGHT = 800;
const SCREENSHOTS = join(import.meta.dirname, '..', '..', '.local', 'screenshots');

// ---------------------------------------------------------------------------------------------------------
// The documents

type Pair = readonly [string, string];

interface Item {
  name: Pair;
  amount?: number;
  currency?: string;
  note?: Pair;
}

interface Plan {
  name: Pair;
  amount?: number;
  currency?: string;
  period?: 'once' | 'hour' | 'day' | 'week' | 'month' | 'year';
  note?: Pair;
  highlighted?: boolean;
}

interface Spec {
  name: string;
  kind: SiteDocument['kind'];
  locales: readonly [string, string];
  nav: ReadonlyArray<{ slug: string; label: Pair }>;
  services: { heading: Pair; groups: ReadonlyArray<{ name: Pair; items: readonly Item[] }> };
  pricing: { heading: Pair; plans: readonly Plan[] };
  footer: Pair;
}

/** A two-locale site whose home page has the services and pricing sections, and a page per nav item. */
function siteFromSpec(spec: Spec): SiteDocument {
  const content = (i: 0 | 1): LocalizedContent => {
    const t = (pair: Pair) => pair[i];
    const price = (amount?: number, currency?: string) =>
      amount === undefined ? {} : { price: { amount, currency: currency ?? 'EUR' } };
    return {
      navigation: {
        items: spec.nav.map((n) => ({ label: t(n.label), href: n.slug === 'index' ? '/' : `/${n.slug}` })),
      },
      footer: { text: t(spec.footer), links: [], social: [] },
      posts: [],
      pages: spec.nav.map((n) => ({
        slug: n.slug,
        title: t(n.label),
        seo: { title: `${t(n.label)} | ${spec.name}`, description: t(spec.footer) },
        sections:
          n.slug === 'index'
            ? [
                {
                  id: 'prices',
                  type: 'services' as const,
                  props: {
                    heading: t(spec.services.heading),
                    groups: spec.services.groups.map((g) => ({
                      name: t(g.name),
                      items: g.items.map((item) => ({
                        name: t(item.name),
                        ...price(item.amount, item.currency),
                        ...(item.note ? { priceNote: t(item.note) } : {}),
                      })),
                    })),
                  },
                },
                {
                  id: 'plans',
                  type: 'pricing' as const,
                  props: {
                    heading: t(spec.pricing.heading),
                    plans: spec.pricing.plans.map((plan) => ({
                      name: t(plan.name),
                      ...price(plan.amount, plan.currency),
                      ...(plan.period ? { period: plan.period } : {}),
                      ...(plan.note ? { priceNote: t(plan.note) } : {}),
                      features: [t(spec.footer)],
                      action: { label: t(spec.nav.at(-1)?.label ?? ['', '']), href: '/contact' },
                      ...(plan.highlighted ? { highlighted: true } : {}),
                    })),
                  },
                },
              ]
            : [
                {
                  id: `about-${n.slug}`,
                  type: 'text' as const,
                  props: {
                    heading: t(n.label),
                    blocks: [{ kind: 'paragraph' as const, text: t(spec.footer) }],
                  },
                },
              ],
      })),
    };
  };
  const [first, second] = spec.locales;
  const doc = {
    ...exampleSiteDocument(),
    name: spec.name,
    kind: spec.kind,
    locales: [first, second],
    defaultLocale: first,
    ...content(0),
    translations: { [second]: content(1) },
  };
  const result = validateSiteDocument(doc);
  if (!result.ok) throw new Error(`test document ${spec.name} is invalid: ${JSON.stringify(result.errors)}`);
  return doc;
}

/** German first: long compound words in names, notes and labels, prices from 8,60 € to 1.250.000 €. */
function guesthouse(): SiteDocument {
  return siteFromSpec({
    name: 'Gästehaus Sonnenblick am Königssee',
    kind: 'hotel',
    locales: ['de', 'en'],
    nav: [
      { slug: 'index', label: ['Startseite', 'Home'] },
      { slug: 'zimmer', label: ['Zimmer & Preise', 'Rooms & rates'] },
      { slug: 'fruehstueck', label: ['Frühstück', 'Breakfast'] },
      { slug: 'veranstaltungen', label: ['Veranstaltungen', 'Events'] },
      { slug: 'anreise', label: ['Anreise', 'Getting here'] },
      { slug: 'ueber-uns', label: ['Über uns', 'About us'] },
      { slug: 'contact', label: ['Kontakt', 'Contact'] },
    ],
    services: {
      heading: ['Zimmer und Preise', 'Rooms and rates'],
      groups: [
        {
          name: ['Übernachtung', 'Rooms'],
          items: [
            { name: ['Einzelzimmer', 'Single room'], amount: 89, note: ['pro Nacht', 'per night'] },
            {
              name: [
                'Doppelzimmer mit Balkon und Blick auf den Königssee',
                'Double room with a balcony overlooking the Königssee',
              ],
              amount: 149.5,
              note: ['ab', 'from'],
            },
            {
              name: ['Ferienwohnung für Familien mit Kindern', 'Family apartment'],
              amount: 1234,
              note: ['pro Woche', 'per week'],
            },
            {
              name: ['Hundefreundliches Zimmer', 'Dog-friendly room'],
              amount: 12,
              note: ['pro Hund und Nacht, mindestens 2 Nächte', 'per dog and night, two nights minimum'],
            },
          ],
        },
        {
          name: ['Extras', 'Extras'],
          items: [
            {
              name: ['Frühstücksbuffet', 'Breakfast buffet'],
              amount: 14.5,
              note: ['pro Person', 'per person'],
            },
            { name: ['Parkplatz', 'Parking'], amount: 8.6, currency: 'GBP', note: ['pro Tag', 'per day'] },
            {
              name: ['Bergführung (Tagestour, Gruppe bis acht Personen)', 'Guided mountain day tour'],
              amount: 1250.5,
              currency: 'CHF',
              note: ['Pauschalpreis', 'flat rate'],
            },
            { name: ['Lunchpaket', 'Packed lunch'], note: ['Preis auf Anfrage', 'Price on request'] },
          ],
        },
      ],
    },
    pricing: {
      heading: ['Feiern und Tagen', 'Celebrations and meetings'],
      plans: [
        { name: ['Tagungspauschale', 'Day meeting'], amount: 59, period: 'day' },
        {
          name: ['Hochzeitswochenende', 'Wedding weekend'],
          amount: 12500,
          period: 'once',
          highlighted: true,
        },
        { name: ['Das ganze Haus', 'The whole house'], amount: 1_250_000, period: 'year' },
        { name: ['Firmenfeier', 'Company party'], note: ['Individualvereinbarung', 'Agreed individually'] },
      ],
    },
    footer: [
      'Familiengeführtes Gästehaus mit Frühstücksbuffet und Bergblick.',
      'A family-run guesthouse with a breakfast buffet and a view of the mountains.',
    ],
  });
}

/** Eight long labels that fit on no screen; British prices from £8.60 to the schema's largest; Arabic. */
function salon(): SiteDocument {
  return siteFromSpec({
    name: 'Willow & Thistle Hair and Beauty',
    kind: 'salon',
    locales: ['en', 'ar'],
    nav: [
      { slug: 'index', label: ['Home', 'الرئيسية'] },
      { slug: 'treatments', label: ['Treatments and prices', 'العلاجات والأسعار'] },
      { slug: 'vouchers', label: ['Gift vouchers for every occasion', 'قسائم الهدايا لكل مناسبة'] },
      { slug: 'stylists', label: ['Meet our stylists', 'تعرّف على فريقنا'] },
      { slug: 'bridal', label: ['Bridal hair and make-up', 'تسريحات وتجميل العرائس'] },
      { slug: 'visit', label: ['Opening hours and location', 'ساعات العمل والموقع'] },
      { slug: 'questions', label: ['Frequently asked questions', 'الأسئلة الشائعة'] },
      { slug: 'contact', label: ['Book an appointment', 'احجز موعدًا'] },
    ],
    services: {
      heading: ['Treatments', 'العلاجات'],
      groups: [
        {
          name: ['Hair', 'الشعر'],
          items: [
            { name: ['Fringe trim', 'قص الغرة'], amount: 8.6, currency: 'GBP', note: ['from', 'ابتداءً من'] },
            {
              name: [
                'Full head of highlights with toner, cut and blow-dry finish',
                'خصلات كاملة مع تونر وقص وتجفيف',
              ],
              amount: 125,
              currency: 'GBP',
              note: ['from', 'ابتداءً من'],
            },
            {
              name: ['Bridal party (trial, wedding morning, six people)', 'حفل الزفاف (تجربة وصباح الزفاف)'],
              amount: 1234.5,
              currency: 'GBP',
              note: ['per party', 'للمجموعة'],
            },
          ],
        },
      ],
    },
    pricing: {
      heading: ['Memberships', 'العضويات'],
      plans: [
        { name: ['Blow-dry club', 'نادي التجفيف'], amount: 49, currency: 'GBP', period: 'month' },
        {
          name: ['Lifetime', 'مدى الحياة'],
          amount: 9_999_999.99,
          currency: 'GBP',
          period: 'once',
          highlighted: true,
        },
      ],
    },
    footer: ['Hair and beauty in the heart of Bath.', 'الشعر والتجميل في قلب مدينة باث.'],
  });
}

// ---------------------------------------------------------------------------------------------------------
// What a page looks like, measured in the browser

interface Measured {
  /** Prices (and the words of their notes) whose text lies on more than one line. */
  broken: string[];
  /** How many prices, and how many notes beside or in place of one, were measured. */
  prices: number;
  notes: number;
  menu: boolean;
  list: boolean;
  /** How many lines the plain navigation list takes, when it is shown. */
  listLines: number;
  scrollWidth: number;
  clientWidth: number;
}

// The page's globals, typed just enough for the checks below: the project compiles without the DOM library.
interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: Iterable<DomNode>;
}
interface El extends DomNode {
  tagName: string;
  getClientRects(): Iterable<Rect>;
  getBoundingClientRect(): Rect;
  closest(selector: string): El | null;
  contains(other: unknown): boolean;
  open?: boolean;
}
interface PageGlobals {
  document: {
    querySelectorAll(selector: string): Iterable<El>;
    querySelector(selector: string): El | null;
    createRange(): {
      setStart(node: DomNode, offset: number): void;
      setEnd(node: DomNode, offset: number): void;
      getClientRects(): Iterable<Rect>;
    };
    elementFromPoint(x: number, y: number): El | null;
    activeElement: El | null;
    scrollingElement: { scrollWidth: number } | null;
    documentElement: { clientWidth: number };
  };
  getComputedStyle(element: El): { display: string; fontSize: string };
  innerWidth: number;
  innerHeight: number;
}

function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
    // Rects on one line overlap vertically; bidi runs and font fallback split one line into several rects,
    // so lines are counted, not rects.
    const lines = (rects: Rect[]) => {
      const centres = rects.filter((r) => r.width > 0).map((r) => (r.top + r.bottom) / 2);
      const sorted = [...centres].sort((a, b) => a - b);
      const tallest = Math.max(0, ...rects.map((r) => r.height));
      return sorted.filter((c, i) => i === 0 || c - (sorted[i - 1] ?? c) > tallest / 2).length;
    };
    const broken: string[] = [];
    let prices = 0;
    let notes = 0;
    const range = (node: DomNode, start: number, end: number) => {
      const r = document.createRange();
      r.setStart(node, start);
      r.setEnd(node, end);
      return Array.from(r.getClientRects());
    };
    const texts = (selector: string) =>
      Array.from(document.querySelectorAll(selector)).flatMap((element) =>
        Array.from(element.childNodes).filter((n) => n.nodeType === 3 && (n.textContent ?? '').trim()),
      );
    // A price is one unit: its text (the element's own text, beside any <small> note) on one line.
    for (const node of texts('.price, .amount:not(.ask)')) {
      prices++;
      const text = node.textContent ?? '';
      if (lines(range(node, 0, text.length)) !== 1) broken.push(`price "${text}"`);
    }
    // A note may wrap between words (it is the owner's text, up to 40 characters), never inside one. Only
    // plain spaces separate words here: a no-break space is part of what it joins.
    for (const node of texts('.price small, .amount small, .amount.ask')) {
      notes++;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^ \t\n]+/g)) {
        const rects = range(node, match.index, match.index + match[0].length);
        if (lines(rects) > 1) broken.push(`word "${match[0]}" of "${text}"`);
      }
    }
    const shown = (selector: string) => {
      const element = document.querySelector(selector);
      return element !== null && getComputedStyle(element).display !== 'none';
    };
    const items = Array.from(document.querySelectorAll('.hd .nav li'));
    const tops = new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)));
    return {
      broken,
      prices,
      notes,
      menu: shown('.hd .menu'),
      list: shown('.hd .nav'),
      listLines: tops.size,
      scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
      clientWidth: document.documentElement.clientWidth,
    };
  });
}

/** Each link of the open menu: visible, inside the viewport, and the element found at its centre. */
function menuLinks(page: Page): Promise<Array<{ label: string; problem?: string }>> {
  return page.evaluate(() => {
    const { document, innerHeight } = globalThis as unknown as PageGlobals;
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll('.menu li > *')).map((link) => {
      const label = link.textContent ?? '';
      const box = link.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return { label, problem: 'not rendered' };
      if (box.left < 0 || box.right > width)
        return { label, problem: `outside 0..${width}: ${box.left}..${box.right}` };
      if (box.top < 0 || box.bottom > innerHeight)
        return { label, problem: `below the fold at ${box.bottom}` };
      const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
      if (!hit || !(hit === link || link.contains(hit)))
        return { label, problem: `covered by ${hit?.tagName}` };
      return { label };
    });
  });
}

function menuOpen(page: Page): Promise<boolean> {
  return page.evaluate(
    () => (globalThis as unknown as PageGlobals).document.querySelector('.menu details')?.open === true,
  );
}

function focusedTag(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.tagName);
}

// ---------------------------------------------------------------------------------------------------------

interface Served {
  name: string;
  site: RenderedSite;
  server: StaticServer;
  /** Whether the plain list is expected to show at 1280 px (it never shows at phone widths on these sites). */
  listOnDesktop: boolean;
}

const SITES = [
  { name: 'example', doc: exampleSiteDocument, listOnDesktop: true },
  { name: 'guesthouse', doc: guesthouse, listOnDesktop: true },
  { name: 'salon', doc: salon, listOnDesktop: false },
] as const;

/** The summary's label on each site's two home pages (Arabic has no strings of its own yet: English). */
const MENU_LABELS: Record<string, Pair> = {
  example: ['Menu', 'Menu'],
  guesthouse: ['Menü', 'Menu'],
  salon: ['Menu', 'Menu'],
};

let browser: Browser;
const served: Served[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  for (const { name, doc, listOnDesktop } of SITES) {
    const server = await startStaticServer();
    const site = renderSite(doc(), { baseUrl: server.url });
    server.setFiles(site.files);
    served.push({ name, site, server, listOnDesktop });
  }
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(served.map((s) => s.server.close()));
});

const pagesOf = (s: Served) => s.site.pages.filter((p) => p.urlPath !== '/404.html');
const homesOf = (s: Served) => pagesOf(s).filter((p) => /^\/([a-z]{2}\/)?$/.test(p.urlPath));

describe('the documents under test', () => {
  it('have priced services, pricing plans and 6+ navigation items in each locale', () => {
    for (const s of served) {
      const homes = homesOf(s);
      expect(homes.length, s.name).toBeGreaterThanOrEqual(2);
      const html = (path: string) => new TextDecoder().decode(s.site.files.get(path)?.body);
      const all = pagesOf(s).map((p) => html(p.file));
      expect(
        all.some((h) => h.includes('class="price"')),
        s.name,
      ).toBe(true);
      expect(
        all.some((h) => h.includes('class="amount')),
        s.name,
      ).toBe(true);
      for (const home of homes) {
        const header = /<header[\s\S]*?<\/header>/.exec(html(home.file))?.[0] ?? '';
        const menu = /<nav class="menu"[\s\S]*?<\/nav>/.exec(header)?.[0] ?? '';
        expect(menu.match(/<li>/g)?.length ?? 0, `${s.name} ${home.urlPath}`).toBeGreaterThanOrEqual(6);
      }
      // Every width the header asks for has its rule in the stylesheet.
      for (const page of all) {
        const width = /<header class="hd n(\d+)">/.exec(page)?.[1];
        if (width) {
          expect(NAV_BREAKPOINTS).toContain(Number(width));
          expect(page).toContain(`.n${width} .menu{display:none}`);
        }
      }
    }
  });
});

describe.each(SITES.map((s) => s.name))('the %s site', (name) => {
  const get = () => served.find((s) => s.name === name) as Served;

  it.each([...PHONE_WIDTHS, ...WIDE_WIDTHS])(
    'at %i px: prices on one line, the navigation on one line or collapsed, no sideways scroll',
    async (width) => {
      const s = get();
      const context = await browser.newContext({ viewport: { width, height: HEIGHT } });
      const page = await context.newPage();
      let prices = 0;
      let notes = 0;
      try {
        for (const p of pagesOf(s)) {
          await page.goto(`${s.server.url}${p.urlPath}`);
          const m = await measure(page);
          const where = `${p.urlPath} at ${width} px`;
          prices += m.prices;
          notes += m.notes;
          expect(m.broken, `${where}: prices broken across lines`).toEqual([]);
          expect(m.menu !== m.list, `${where}: exactly one of the menu and the list shows`).toBe(true);
          if (m.list) expect(m.listLines, `${where}: the navigation list wraps`).toBe(1);
          if (width < 400) expect(m.menu, `${where}: collapsed at phone width`).toBe(true);
          if (width === 1280) expect(m.list, `${where}: the list at 1280 px`).toBe(s.listOnDesktop);
          expect(m.scrollWidth, `${where}: scrolls sideways`).toBeLessThanOrEqual(m.clientWidth);
        }
        expect(prices, 'prices measured').toBeGreaterThanOrEqual(8);
        expect(notes, 'price notes measured').toBeGreaterThanOrEqual(2);
      } finally {
        await context.close();
      }
    },
  );

  it('shows the list on one line from the width its header names, and the menu below that width', async () => {
    const s = get();
    // The first page for each width a header names (pages of one locale share their navigation).
    const byWidth = new Map<number, string>();
    for (const p of pagesOf(s)) {
      const html = new TextDecoder().decode(s.site.files.get(p.file)?.body);
      const rem = Number(/<header class="hd n(\d+)">/.exec(html)?.[1] ?? Number.NaN);
      if (!byWidth.has(rem)) byWidth.set(rem, p.urlPath);
    }
    expect([...byWidth.keys()].every(Number.isFinite), 'pages without a breakpoint').toBe(s.listOnDesktop);
    for (const [rem, urlPath] of byWidth) {
      if (!Number.isFinite(rem)) continue;
      for (const width of [rem * 16, rem * 16 - 1]) {
        const context = await browser.newContext({ viewport: { width, height: HEIGHT } });
        try {
          const page = await context.newPage();
          await page.goto(`${s.server.url}${urlPath}`);
          const m = await measure(page);
          const where = `${urlPath} at ${width} px`;
          expect(m.list, `${where}: the list shows`).toBe(width === rem * 16);
          expect(m.menu, `${where}: the menu shows`).toBe(width !== rem * 16);
          if (m.list) expect(m.listLines, `${where}: the navigation list wraps`).toBe(1);
          expect(m.scrollWidth, `${where}: scrolls sideways`).toBeLessThanOrEqual(m.clientWidth);
        } finally {
          await context.close();
        }
      }
    }
  });

  it.each(PHONE_WIDTHS)(
    'at %i px the menu opens and closes from the keyboard and shows every link unclipped',
    async (width) => {
      const s = get();
      const context = await browser.newContext({ viewport: { width, height: HEIGHT } });
      const page = await context.newPage();
      try {
        for (const p of homesOf(s)) {
          await page.goto(`${s.server.url}${p.urlPath}`);
          await page.bringToFront();
          // Skip link, brand, then the menu's summary.
          for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
          expect(await focusedTag(page), `${p.urlPath}: focus after three tabs`).toBe('SUMMARY');
          const summary = page.locator('.menu summary');
          expect(await summary.textContent()).toBe(MENU_LABELS[name]?.[p.urlPath === '/' ? 0 : 1]);
          expect(await menuOpen(page)).toBe(false);
          await page.keyboard.press('Enter');
          expect(await menuOpen(page), `${p.urlPath}: Enter opens the menu`).toBe(true);
          const links = await menuLinks(page);
          expect(links.filter((l) => l.problem)).toEqual([]);
          expect(links.length).toBeGreaterThanOrEqual(6);
          mkdirSync(SCREENSHOTS, { recursive: true });
          await page.screenshot({
            path: join(SCREENSHOTS, `mobile-${name}${p.urlPath.replaceAll('/', '-')}${width}-menu.png`),
          });
          const open = await measure(page);
          expect(open.scrollWidth, 'scrolls sideways with the menu open').toBeLessThanOrEqual(
            open.clientWidth,
          );
          // The next Tab reaches the first link of the open menu.
          await page.keyboard.press('Tab');
          expect(
            await page.evaluate(() =>
              Boolean((globalThis as unknown as PageGlobals).document.activeElement?.closest('.menu li')),
            ),
          ).toBe(true);
          await page.keyboard.press('Shift+Tab');
          await page.keyboard.press('Enter');
          expect(await menuOpen(page), `${p.urlPath}: Enter closes the menu`).toBe(false);
          await page.keyboard.press('Space');
          expect(await menuOpen(page), `${p.urlPath}: Space opens the menu`).toBe(true);
        }
      } finally {
        await context.close();
      }
    },
  );

  it('has no axe violations on its home pages at 320 px, with the menu closed and open', async () => {
    const s = get();
    // axe is a script, which the site's CSP rightly refuses; this pass alone bypasses the CSP.
    const context = await browser.newContext({ viewport: { width: 320, height: HEIGHT }, bypassCSP: true });
    const page = await context.newPage();
    try {
      for (const p of homesOf(s)) {
        await page.goto(`${s.server.url}${p.urlPath}`);
        expect(await axeViolations(page), p.urlPath).toEqual([]);
        await page.locator('.menu summary').click();
        expect(await menuOpen(page)).toBe(true);
        expect(await axeViolations(page), `${p.urlPath} with the menu open`).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
