// The URL a Website is given under `serve-sites` opens in a real browser: Debian's Chromium resolves the
// generated *.localhost host to loopback by itself (no hosts file, no proxy), reaches the router's port,
// and shows the site, whose own links and art load from the same host under the site's own CSP.

import type { Website } from '@pagemagic/crds';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { type ServedSites, startServedSites } from '../helpers/served-sites.ts';

let served: ServedSites;
let website: Website;
let browser: Browser;

beforeAll(async () => {
  served = await startServedSites('serve-sites-browser');
  ({ website } = await served.createWebsite('florist', 'A small florist in Lisbon with bouquets and plants'));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('a site URL in the browser', () => {
  it('opens the site at its generated host, and its links and art stay on that host', async () => {
    const url = website.status?.url ?? '';
    expect(url).toBe(`http://florist-${served.namespace}.sites.pagemagic.localhost:${served.port}/`);
    const page = await browser.newPage();
    const problems: string[] = [];
    const requested: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
    page.on('request', (request) => requested.push(request.url()));

    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'none'/);
    expect((await page.locator('h1').first().textContent())?.trim()).toBeTruthy();
    expect(await page.title()).not.toMatch(/No site here|Starting/);

    // A page of the site, followed by its own link (a pretty URL).
    const link = page.locator('a[href^="/"]:not([href="/"]):visible').first();
    const target = new URL((await link.getAttribute('href')) ?? '', url);
    expect(target.host).toBe(new URL(url).host);
    await link.click();
    await page.waitForURL(target.href, { waitUntil: 'load' });
    expect(target.pathname).toMatch(/^\/.+\/$/);
    expect((await page.locator('h1').first().textContent())?.trim()).toBeTruthy();

    expect(problems).toEqual([]);
    expect(requested.every((address) => new URL(address).host === new URL(url).host)).toBe(true);
    await page.close();
  });

  it('shows the router’s own page for a host that is no site', async () => {
    const page = await browser.newPage();
    const stranger = `nobody-${served.namespace}.sites.pagemagic.localhost:${served.port}`;
    const response = await page.goto(`http://${stranger}/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('No site here');
    expect(await page.locator('p').textContent()).toContain(`No site is served at ${stranger}.`);
    await page.close();
  });
});
