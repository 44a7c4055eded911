// Every page of three rendered sites, full of hostile content, in Debian's Chromium: nothing runs, nothing
// is blocked by the site's own CSP, nothing is fetched from elsewhere, and axe finds no WCAG 2 A/AA problem.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RenderedSite, renderSite } from '../src/site/render/index.ts';
import { axeViolations, launchBrowser } from './helpers/browser.ts';
import { hostileSites } from './helpers/hostile-corpus.ts';
import { type StaticServer, startStaticServer } from './helpers/static-server.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', '.local', 'screenshots');
const VIEWPORTS = {
  mobile: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

// A 1×1 PNG, served in place of the owner's own https images so that the test never leaves the machine.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
);

interface Served {
  name: string;
  doc: SiteDocument;
  site: RenderedSite;
  server: StaticServer;
}

/** https image URLs the document itself names: the only other origin a page may ask for. */
function ownerImages(doc: SiteDocument): Set<string> {
  const urls = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (record.kind === 'url' && typeof record.src === 'string') urls.add(record.src);
      Object.values(record).forEach(walk);
    }
  };
  walk(doc);
  return urls;
}

interface Observed {
  dialogs: string[];
  console: string[];
  errors: string[];
  cspIssues: string[];
  foreign: string[];
  ownerImages: string[];
}

/** A context with the site's real CSP that records everything a page does that it should not. */
async function watchedContext(
  browser: Browser,
  served: Served,
): Promise<{ context: BrowserContext; seen: Observed }> {
  const seen: Observed = {
    dialogs: [],
    console: [],
    errors: [],
    cspIssues: [],
    foreign: [],
    ownerImages: [],
  };
  const context = await browser.newContext({ viewport: VIEWPORTS.mobile });
  const allowed = ownerImages(served.doc);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${served.server.url}/`)) return route.continue();
    if (allowed.has(url) && route.request().resourceType() === 'image') {
      seen.ownerImages.push(url);
      return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
    }
    seen.foreign.push(url);
    return route.abort();
  });
  return { context, seen };
}

async function watchPage(context: BrowserContext, seen: Observed): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => seen.errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') seen.cspIssues.push(JSON.stringify(issue.details));
  });
  cdp.on('Log.entryAdded', ({ entry }) => seen.console.push(`log ${entry.level}: ${entry.text}`));
  await cdp.send('Audits.enable');
  await cdp.send('Log.enable');
  return page;
}

// The page's globals, typed just enough for the checks below: the project compiles without the DOM library.
interface PageElement {
  tagName: string;
  getBoundingClientRect(): { left: number; right: number; width: number };
  attributes: Iterable<{ name: string }>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
}
interface PageGlobals {
  document: {
    querySelectorAll(selector: string): Iterable<PageElement>;
    querySelector(selector: string): PageElement | null;
    activeElement: PageElement | null;
    body: PageElement | null;
    documentElement: { clientWidth: number };
  };
  location: { href: string };
}

/** What the live DOM holds that could run script: checked on the browser's own parse of the page. */
function domProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, location } = globalThis as unknown as PageGlobals;
    const problems: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.toLowerCase().startsWith('on'))
          problems.push(`${element.tagName} ${attribute.name}`);
        if (attribute.name === 'style') problems.push(`${element.tagName} has a style attribute`);
      }
    }
    for (const script of Array.from(document.querySelectorAll('script'))) {
      const type = script.getAttribute('type') ?? '';
      if (type !== 'application/ld+json') problems.push(`script of type "${type}"`);
    }
    const urls = [
      ...Array.from(document.querySelectorAll('a[href], link[href]'), (e) => e.getAttribute('href') ?? ''),
      ...Array.from(document.querySelectorAll('img'), (e) => e.getAttribute('src') ?? ''),
      ...Array.from(document.querySelectorAll('form'), (e) => e.getAttribute('action') ?? ''),
    ];
    for (const url of urls) {
      if (!/^(https?:|mailto:|tel:)$/.test(new URL(url, location.href).protocol)) problems.push(`URL ${url}`);
    }
    if (Array.from(document.querySelectorAll('iframe, object, embed, base, frame')).length > 0) {
      problems.push('embedding element');
    }
    return problems;
  });
}

let browser: Browser;
const served: Served[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  for (const { name, doc } of hostileSites({ invalidHrefs: true })) {
    const server = await startStaticServer();
    const site = renderSite(doc, { baseUrl: server.url });
    server.setFiles(site.files);
    served.push({ name, doc, site, server });
  }
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(served.map((s) => s.server.close()));
});

describe.each(['bakery', 'saas-dark', 'clinic-rtl'])('the %s site in Chromium', (name) => {
  const get = () => served.find((s) => s.name === name) as Served;

  it('runs nothing, breaks no CSP and fetches nothing from elsewhere, on every page', async () => {
    const s = get();
    const { context, seen } = await watchedContext(browser, s);
    const page = await watchPage(context, seen);
    try {
      for (const p of s.site.pages) {
        const response = await page.goto(`${s.server.url}${p.urlPath}`, { waitUntil: 'load' });
        expect(response?.status(), p.urlPath).toBe(200);
        expect(await domProblems(page), p.urlPath).toEqual([]);
        // Focus moves through the page: nothing hostile may react to it. Hostile links render as plain
        // text, so a page may have few focusable elements; never tab past the last one.
        const focusable = await page.evaluate(
          () =>
            Array.from(
              (globalThis as unknown as PageGlobals).document.querySelectorAll(
                'a[href], button, input, select, textarea, summary',
              ),
            ).length,
        );
        await page.bringToFront();
        for (let i = 0; i < Math.min(5, focusable); i++) await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const { document } = globalThis as unknown as PageGlobals;
          return document.activeElement === document.body ? undefined : document.activeElement?.tagName;
        });
        expect(focused, `${p.urlPath}: focus went somewhere`).toBeTruthy();
      }
      expect(seen.console).toEqual([]);
      // An unknown URL gets the 404 page (whose own 404 status the console reports, as browsers do).
      const missing = await page.goto(`${s.server.url}/no/such/page/`);
      expect(missing?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toMatch(/^(Page not found|Página no encontrada)$/);
      expect(await domProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.cspIssues).toEqual([]);
    expect(seen.foreign).toEqual([]);
    // The owner's one https photo was asked for (and answered locally): the check above saw real traffic.
    expect(seen.ownerImages.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(VIEWPORTS) as Array<keyof typeof VIEWPORTS>)(
    'has no axe violations on any page (%s)',
    async (viewport) => {
      const s = get();
      // axe is a script, which the site's CSP rightly refuses; this pass alone bypasses the CSP.
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport], bypassCSP: true });
      await context.route('**/*', (route) =>
        route.request().url().startsWith(s.server.url)
          ? route.continue()
          : route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }),
      );
      const page = await context.newPage();
      try {
        for (const p of s.site.pages) {
          await page.goto(`${s.server.url}${p.urlPath}`);
          if (p.urlPath === '/') {
            mkdirSync(SCREENSHOTS, { recursive: true });
            await page.screenshot({
              path: join(SCREENSHOTS, `${name}-home-${viewport}.png`),
              fullPage: true,
            });
          }
          expect(await axeViolations(page), `${p.urlPath} at ${viewport}`).toEqual([]);
          // Long unbroken hostile strings must wrap, not push anything out of the viewport (on either side:
          // in a right-to-left page, overflow goes left, where scrollWidth does not see it).
          const overflow = await page.evaluate(() => {
            const { document } = globalThis as unknown as PageGlobals;
            const width = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *'))
              .filter((e) => {
                const box = e.getBoundingClientRect();
                return box.width > 0 && (box.right > width + 1 || box.left < -1);
              })
              .map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`);
          });
          expect(overflow, `${p.urlPath} overflows at ${viewport}`).toEqual([]);
        }
      } finally {
        await context.close();
      }
    },
  );
});

describe('the checks themselves', () => {
  it('notice a CSP violation, a script, a dialog and a foreign request on a tampered page', async () => {
    const s = served[0] as Served;
    const server = await startStaticServer();
    const files = new Map(s.site.files);
    const home = files.get('/index.html');
    if (!home) throw new Error('no home page');
    const tampered = new TextDecoder()
      .decode(home.body)
      .replace(
        '<main id="_main" tabindex="-1">',
        '<main id="_main" tabindex="-1" style="color:red"><img src="https://evil.example/x.png" alt=""><script>alert(1)</script>',
      );
    files.set('/index.html', { ...home, body: new TextEncoder().encode(tampered) });
    server.setFiles(files);
    try {
      const enforced = await watchedContext(browser, { ...s, server });
      const page = await watchPage(enforced.context, enforced.seen);
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      expect(await domProblems(page)).toContain('MAIN has a style attribute');
      expect(await domProblems(page)).toContain('script of type ""');
      await enforced.context.close();
      // The site's CSP blocked the inline style and script, and the browser said so.
      expect(enforced.seen.dialogs).toEqual([]);
      expect(enforced.seen.cspIssues.length).toBeGreaterThanOrEqual(2);
      expect(enforced.seen.console.join('\n')).toMatch(/Content Security Policy/);
      expect(enforced.seen.foreign).toEqual(['https://evil.example/x.png']);

      // Served without the site's headers, the script runs, and the dialog it opens is caught.
      files.delete('/_headers');
      server.setFiles(files);
      const open = await watchedContext(browser, { ...s, server });
      const unprotected = await watchPage(open.context, open.seen);
      await unprotected.goto(`${server.url}/`, { waitUntil: 'load' });
      await open.context.close();
      expect(open.seen.dialogs).toEqual(['1']);
    } finally {
      await server.close();
    }
  });

  it('notice an accessibility violation', async () => {
    const s = served[0] as Served;
    const context = await browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(`${s.server.url}/`);
      await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).document.querySelector('html')?.removeAttribute('lang'),
      );
      expect((await axeViolations(page)).join('\n')).toMatch(/^html-has-lang/m);
    } finally {
      await context.close();
    }
  });
});
