// The rough edges of a new user's first hour in the web app (issue 18, first hour, 9), in Debian's Chromium
// against a production build served by `next start`, a real API and the real operator writing the site:
// a favicon on every page, the business's name as the site's heading, deleting a site, the navigation,
// site tabs and editor at phone width, and a dashboard thumbnail that fills its box.

import { freePort } from '@pagemagic/hack/testkit/free-port';
import { extractLink, Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientError } from '../../api/src/client/index.ts';
import { login } from '../../api/src/contract/auth.ts';
import { createSite, getSite, getSiteContent } from '../../api/src/contract/sites.ts';
import { listWorkspaces } from '../../api/src/contract/workspaces.ts';
import { workspaceNamespace } from '../../api/src/tenancy/workspaces.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import {
  type Operator,
  startWorkspaceOperator,
  stopWorkspaceOperator,
} from '../../api/test/helpers/workspace-operator.ts';
import { axeViolations, launchBrowser } from '../../operator/test/helpers/browser.ts';
import { buildWebApp, startWebServer, type WebServer } from './helpers/web-server.ts';

const run = Date.now().toString(36);
const WAIT = { timeout: 30_000 };

let api: TestApi;
let web: WebServer;
let browser: Browser;
let operator: Operator | undefined;
let owner: { accessToken: string; refreshToken: string };
/** A site the operator has written, and the business name its content gives. */
const site = { id: '', businessName: '' };
let workspaceId = '';

beforeAll(async () => {
  const port = await freePort();
  api = await startTestApi({ env: { PAGEMAGIC_WEB_URL: `http://localhost:${port}` } });
  await buildWebApp();
  web = await startWebServer(api.url, port);
  browser = await launchBrowser();

  ({ tokens: owner } = await api.signUp(`owner-${run}@web-polish.pagemagic.localhost`));
  const client = api.client(owner);
  const [workspace] = (await client.call(listWorkspaces)).items;
  workspaceId = workspace?.id ?? '';
  operator = await startWorkspaceOperator(workspaceNamespace(workspace?.id ?? ''));
  const created = await client.call(createSite, {
    body: { prompt: 'A bicycle repair shop in Leeds that also sells second-hand bikes' },
  });
  const { document } = await eventually(
    'the site content to be written',
    () => client.call(getSiteContent, { params: { siteId: created.id } }),
    120,
  );
  site.id = created.id;
  site.businessName = document.name;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopWorkspaceOperator(operator);
  await web?.close();
  await api?.close();
});

/** A browser context signed in with `tokens`, as the web app's own sign-in leaves one, in `workspace`. */
async function signedIn(
  tokens: { accessToken: string; refreshToken: string },
  viewport = { width: 1280, height: 900 },
  workspace?: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.addCookies([
    { name: 'pm_access', value: tokens.accessToken, url: web.url, httpOnly: true, secure: true },
    { name: 'pm_refresh', value: tokens.refreshToken, url: web.url, httpOnly: true, secure: true },
    ...(workspace
      ? [{ name: 'pm_workspace', value: workspace, url: web.url, httpOnly: true, secure: true }]
      : []),
  ]);
  return context;
}

/**
 * Every response of the page's frames that was an error, and every request that failed; except those the
 * page itself gave up by moving on (prefetches and the event stream cut short by the next navigation).
 */
function failures(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    if (reason !== 'net::ERR_ABORTED') failed.push(`${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return failed;
}

interface Img {
  src: string;
  naturalWidth: number;
  decode(): Promise<void>;
}
interface Doc {
  createElement(tag: 'img'): Img;
  body: { append(node: unknown): void };
}

/** The page's icon, loaded as an image the way the browser loads it: its width, 0 when it did not load. */
async function iconWidth(page: Page): Promise<number> {
  const link = page.locator('head link[rel~="icon"]');
  expect(await link.count(), `icon links of ${page.url()}`).toBeGreaterThan(0);
  const href = await link.first().getAttribute('href');
  return page.evaluate((src) => {
    const { document } = globalThis as unknown as { document: Doc };
    const image = document.createElement('img');
    image.src = src;
    document.body.append(image);
    return image.decode().then(
      () => image.naturalWidth,
      () => 0,
    );
  }, href ?? '');
}

describe('the favicon', () => {
  it('is an SVG icon on every page, signed in or not, and /favicon.ico finds it too', async () => {
    const context = await signedIn(owner);
    const anonymous = await browser.newContext();
    try {
      const signInPage = await anonymous.newPage();
      const failedSignedOut = failures(signInPage);
      await signInPage.goto(`${web.url}/sign-in`, { waitUntil: 'load' });
      expect(await iconWidth(signInPage)).toBeGreaterThan(0);
      expect(failedSignedOut).toEqual([]);

      const page = await context.newPage();
      const failed = failures(page);
      for (const path of ['/', `/sites/${site.id}`, '/account']) {
        await page.goto(`${web.url}${path}`, { waitUntil: 'load' });
        expect(await iconWidth(page), path).toBeGreaterThan(0);
      }
      expect(failed).toEqual([]);

      // What a browser asks for on a page that names no icon (an API answer, a plain error page).
      const ico = await fetch(`${web.url}/favicon.ico`);
      expect(ico.status).toBe(200);
      expect(ico.headers.get('content-type')).toContain('image/svg+xml');
      expect(await ico.text()).toContain('<svg');
    } finally {
      await context.close();
      await anonymous.close();
    }
  }, 120_000);
});

describe("the site's heading", () => {
  it("is the business's name from the content, with the site's name beside it", async () => {
    // The offline writer names the business from the prompt; the site's name is a slug made for hosting.
    expect(site.businessName).not.toBe(site.id);
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      for (const path of ['', '/history']) {
        await page.goto(`${web.url}/sites/${site.id}${path}`);
        const heading = page.getByRole('heading', { level: 1 });
        await expect.poll(() => heading.textContent(), WAIT).toBe(site.businessName);
        expect(await page.locator('[data-site-name]').textContent()).toBe(`Site name: ${site.id}`);
      }
    } finally {
      await context.close();
    }
  }, 60_000);
});

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where the element is on screen, transforms included. */
function boxOf(target: { evaluate<R>(fn: (element: unknown) => R): Promise<R> }): Promise<Box> {
  return target.evaluate((element) => {
    const { top, left, width, height } = (
      element as { getBoundingClientRect(): Box }
    ).getBoundingClientRect();
    return { top, left, width, height };
  });
}

/** The height of one line of the element's text. */
function lineHeightOf(target: { evaluate<R>(fn: (element: unknown) => R): Promise<R> }): Promise<number> {
  return target.evaluate((element) => {
    const { getComputedStyle } = globalThis as unknown as {
      getComputedStyle(element: unknown): { lineHeight: string; fontSize: string };
    };
    const style = getComputedStyle(element);
    const height = Number.parseFloat(style.lineHeight);
    return Number.isNaN(height) ? Number.parseFloat(style.fontSize) * 1.5 : height;
  });
}

describe('at phone width (390 × 844)', () => {
  const PHONE = { width: 390, height: 844 };

  it('keeps the top navigation and the site tabs to one line each, every link still reachable', async () => {
    const context = await signedIn(owner, PHONE);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${site.id}`);
      for (const [name, nav] of [
        ['Main', page.getByRole('navigation', { name: 'Main' })],
        ['Site', page.getByRole('navigation', { name: 'Site' })],
      ] as const) {
        const links = nav.getByRole('link');
        const count = await links.count();
        expect(count, name).toBeGreaterThanOrEqual(3);
        const line = await lineHeightOf(links.first());
        const tops = new Set<number>();
        for (let index = 0; index < count; index += 1) {
          const link = links.nth(index);
          tops.add(Math.round((await boxOf(link)).top));
          // Scrolled to when it is out of sight, rather than pushed onto a second line.
          await link.scrollIntoViewIfNeeded();
          const box = await boxOf(link);
          expect(box.left, `${name}: ${await link.textContent()}`).toBeGreaterThanOrEqual(0);
          expect(box.left + box.width, `${name}: ${await link.textContent()}`).toBeLessThanOrEqual(
            PHONE.width,
          );
        }
        expect([...tops], `${name}: the links' tops`).toHaveLength(1);
        // The bar itself: one line of links and its padding, not two.
        expect((await boxOf(nav)).height, name).toBeLessThan(2 * line);
      }
      // The header's row: brand, links and sign-out side by side.
      const header = page.locator('header');
      expect((await boxOf(header)).height).toBeLessThan(
        2 * (await lineHeightOf(page.getByRole('link', { name: 'Page Magic' }))) + 2 * 12 + 2,
      );
    } finally {
      await context.close();
    }
  }, 60_000);

  it("switches the editor between its form and the site's preview", async () => {
    const context = await signedIn(owner, PHONE);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${site.id}/edit`);
      const heading = page.getByLabel('Heading').first();
      const frame = page.locator('iframe[title^="Preview"]');
      const show = page.getByRole('group', { name: 'Show' });
      await heading.waitFor(WAIT);
      expect(await show.getByRole('button', { name: 'Form' }).getAttribute('aria-pressed')).toBe('true');
      expect(await frame.isVisible()).toBe(false);

      await show.getByRole('button', { name: 'Preview' }).click();
      await frame.waitFor({ state: 'visible', ...WAIT });
      expect(await heading.isVisible()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      // The preview is right there, not below the form.
      const box = await boxOf(frame);
      expect(box.top).toBeLessThan(PHONE.height);
      expect(box.width).toBeGreaterThan(PHONE.width - 64);
      await expect
        .poll(() => page.frameLocator('iframe[title^="Preview"]').locator('h1').count(), WAIT)
        .toBeGreaterThan(0);

      await show.getByRole('button', { name: 'Form' }).click();
      await heading.waitFor({ state: 'visible', ...WAIT });
      expect(await frame.isVisible()).toBe(false);

      // Side by side on a wide screen, with nothing to switch.
      await page.setViewportSize({ width: 1280, height: 900 });
      await frame.waitFor({ state: 'visible', ...WAIT });
      expect(await heading.isVisible()).toBe(true);
      expect(await show.isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe("the dashboard's thumbnail", () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 1024, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`fills its box at ${viewport.width} px, with no strip of the grey behind it`, async () => {
      const context = await signedIn(owner, viewport);
      try {
        const page = await context.newPage();
        await page.goto(`${web.url}/`);
        const card = page.getByRole('listitem').filter({ hasText: site.id });
        const box = card.locator('[data-thumbnail]');
        const frame = box.locator('iframe');
        await expect.poll(() => card.frameLocator('iframe').locator('h1').count(), WAIT).toBeGreaterThan(0);
        const outer = await boxOf(box);
        const inner = await boxOf(frame);
        // The box is as wide as the card, and the frame, as shown, covers it exactly.
        expect(outer.width).toBeCloseTo((await boxOf(card)).width - 2, 0);
        expect(Math.abs(inner.left - outer.left)).toBeLessThan(1);
        expect(Math.abs(inner.top - outer.top)).toBeLessThan(1);
        expect(inner.width).toBeGreaterThanOrEqual(outer.width - 1);
        expect(inner.height).toBeGreaterThanOrEqual(outer.height - 1);
        // Its page is laid out as wide as the frame: no part of the frame is left blank beside it.
        const pageWidth = await card
          .frameLocator('iframe')
          .locator('body')
          .evaluate((body) => (body as { scrollWidth: number }).scrollWidth);
        expect(pageWidth * 0.25).toBeGreaterThanOrEqual(outer.width - 1);
      } finally {
        await context.close();
      }
    }, 60_000);
  }
});

describe('deleting a site', () => {
  let doomed = '';

  beforeAll(async () => {
    doomed = (
      await api.client(owner).call(createSite, {
        body: { prompt: 'A tea room in York with scones and a garden', name: `tea-room-${run}` },
      })
    ).id;
  });

  it('is not offered to a viewer, whom the API would refuse', async () => {
    const { user, tokens } = await api.signUp(`viewer-${run}@web-polish.pagemagic.localhost`);
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
      [workspaceId, user.id],
    );
    const context = await signedIn(tokens, undefined, workspaceId);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${doomed}`);
      await page.getByRole('heading', { name: 'What you asked for' }).waitFor(WAIT);
      expect(await page.getByRole('button', { name: /Delete/ }).count()).toBe(0);
      expect(await page.getByText('Delete this site').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("asks for the site's name, deletes it through the API and goes back to the sites with a notice", async () => {
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${doomed}`);
      await page.getByRole('button', { name: 'Delete site…' }).click();
      const confirm = page.getByLabel(`Type the site's name, ${doomed}, to confirm`);
      await confirm.waitFor(WAIT);
      // The question lands where the answer goes.
      expect(
        await confirm.evaluate(
          (field) =>
            field === (globalThis as { document?: { activeElement: unknown } }).document?.activeElement,
        ),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      const button = page.getByRole('button', { name: 'Delete this site' });
      await confirm.fill(site.id);
      expect(await button.isDisabled()).toBe(true);
      await confirm.fill(doomed);
      expect(await button.isDisabled()).toBe(false);
      await button.click();

      await page.waitForURL(`${web.url}/?deleted=${doomed}`, WAIT);
      const notice = page.getByRole('status').filter({ hasText: 'is being deleted' });
      expect(await notice.textContent()).toContain(`${doomed} is being deleted`);
      await page.getByRole('link', { name: site.id, exact: true }).waitFor(WAIT);
      expect(await page.getByRole('link', { name: doomed, exact: true }).count()).toBe(0);

      const client = api.client(owner);
      await expect
        .poll(
          () =>
            client.call(getSite, { params: { siteId: doomed } }).then(
              () => 200,
              (error: unknown) => (error instanceof ApiClientError ? error.status : 0),
            ),
          WAIT,
        )
        .toBe(404);
      // The other site is untouched.
      expect((await client.call(getSite, { params: { siteId: site.id } })).id).toBe(site.id);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('the page a sign-in link opens (served by the API)', () => {
  type Look = Record<string, Record<string, string>>;

  /**
   * The computed look of the elements `selectors` name, property by property. Colours are compared as the
   * sRGB pixel they paint (the app's stylesheet writes them in lab(), the page in oklch()), and shadows
   * without the transparent layers Tailwind puts in front of every shadow.
   */
  function lookOf(page: Page, selectors: Record<string, string>, properties: string[]): Promise<Look> {
    return page.evaluate(
      ([selectors, properties]) => {
        interface Context2d {
          fillStyle: string;
          clearRect(x: number, y: number, w: number, h: number): void;
          fillRect(x: number, y: number, w: number, h: number): void;
          getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
        }
        const { document, getComputedStyle } = globalThis as unknown as {
          document: {
            querySelector(selector: string): unknown;
            createElement(tag: 'canvas'): {
              width: number;
              height: number;
              getContext(kind: '2d'): Context2d;
            };
          };
          getComputedStyle(element: unknown): Record<string, string>;
        };
        const canvas = document.createElement('canvas');
        canvas.width = 1;
        canvas.height = 1;
        const context = canvas.getContext('2d');
        const pixel = (colour: string) => {
          context.clearRect(0, 0, 1, 1);
          context.fillStyle = colour;
          context.fillRect(0, 0, 1, 1);
          return `rgba(${Array.from(context.getImageData(0, 0, 1, 1).data).join(', ')})`;
        };
        const normal = (property: string, value: string) => {
          if (/color$/i.test(property)) return pixel(value);
          if (property === 'boxShadow') {
            return value
              .split(/,(?![^(]*\))/)
              .map((layer) => layer.trim())
              .filter((layer) => !layer.startsWith('rgba(0, 0, 0, 0) 0px 0px 0px 0px'))
              .join(', ');
          }
          return value;
        };
        return Object.fromEntries(
          Object.entries(selectors).map(([part, selector]) => {
            const element = document.querySelector(selector);
            if (!element) return [part, { missing: selector }];
            const style = getComputedStyle(element);
            return [
              part,
              Object.fromEntries(
                properties.map((property) => [property, normal(property, style[property] ?? '')]),
              ),
            ];
          }),
        );
      },
      [selectors, properties] as const,
    );
  }

  /** Where two looks differ; colours within one step of 255 per channel (lab and oklch round apart). */
  function differences(theirs: Look, ours: Look): string[] {
    const found: string[] = [];
    for (const [part, properties] of Object.entries(ours)) {
      for (const [property, value] of Object.entries(properties)) {
        const other = theirs[part]?.[property] ?? 'nothing';
        const channels = (text: string) => text.match(/[\d.]+/g)?.map(Number) ?? [];
        const close =
          /color$/i.test(property) &&
          channels(value).length === 4 &&
          channels(value).every((channel, index) => Math.abs(channel - (channels(other)[index] ?? -9)) <= 1);
        if (other !== value && !close) found.push(`${part} ${property}: ${other} (the app: ${value})`);
      }
    }
    return found;
  }

  it("has the web app's font, colours, card and button, and its policy refuses nothing on it", async () => {
    const email = `look-${run}@web-polish.pagemagic.localhost`;
    const askedAt = new Date(Date.now() - 1000);
    await api.client().call(login, { body: { email } });
    const mail = await new Mailpit().waitFor(email, {
      after: askedAt,
      subject: 'Sign in to Page Magic',
      timeoutMs: 30_000,
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const refused: string[] = [];
    try {
      const confirmPage = await context.newPage();
      confirmPage.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
      });
      await confirmPage.goto(extractLink(mail.Text, `${api.url}/api/v1/auth/confirm`));
      const appPage = await context.newPage();
      await appPage.goto(`${web.url}/sign-in`);

      const properties = [
        'fontFamily',
        'color',
        'backgroundColor',
        'fontSize',
        'fontWeight',
        'letterSpacing',
        'borderRadius',
        'borderTopColor',
        'boxShadow',
      ];
      const theirs = await lookOf(
        confirmPage,
        { page: 'body', heading: 'h1', card: '.card', button: 'button[type="submit"]' },
        properties,
      );
      const ours = await lookOf(
        appPage,
        { page: 'body', heading: 'h1', card: 'main > .rounded-lg', button: 'button[type="submit"]' },
        properties,
      );
      expect(differences(theirs, ours)).toEqual([]);
      expect(refused).toEqual([]);

      // axe is a script the page's policy refuses (as it should), so it runs in a context that ignores it;
      // opening the link does not spend it.
      const audit = await browser.newContext({ bypassCSP: true });
      try {
        const page = await audit.newPage();
        await page.goto(confirmPage.url());
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await audit.close();
      }
    } finally {
      await context.close();
    }
  }, 60_000);
});
