// The mobile app end to end, as its web export (`expo export --platform web`) in Debian's Chromium at phone
// size (390×844), against the real API the web app's journey uses (PostgreSQL, NATS, the operator on the
// person's workspace namespace, mailpit). Sign in with the link from the mail (confirmed in a second tab,
// as on another device), create a site and watch it go live, rewrite a section, roll back and publish from
// the history, add a domain and compare its TXT record with the API's, look at usage, sign out. axe-core
// finds nothing on any screen; every step leaves a screenshot in .local/test-artifacts/mobile-journey/.
//
// The export is served by a small server that also passes /api/ through to the API, so the app talks to
// the origin it was loaded from (its default), exactly as a deployment behind one host would.

import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { extractLink, Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSiteBuilds } from '../../api/src/contract/builds.ts';
import { listDomains } from '../../api/src/contract/domains.ts';
import { getSite } from '../../api/src/contract/sites.ts';
import { listWorkspaces } from '../../api/src/contract/workspaces.ts';
import { workspaceNamespace } from '../../api/src/tenancy/workspaces.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import {
  type Operator,
  startWorkspaceOperator,
  stopWorkspaceOperator,
} from '../../api/test/helpers/workspace-operator.ts';
import { serveMobileExport } from '../../hack/src/serve-mobile.ts';
import { axeViolations, launchBrowser } from '../../operator/test/helpers/browser.ts';

const mobileRoot = join(import.meta.dirname, '..');
const dist = join(mobileRoot, 'dist');
const artifacts = join(mobileRoot, '..', '.local', 'test-artifacts', 'mobile-journey');
const run = Date.now().toString(36);
const WAIT = { timeout: 30_000 };
const owner = `owner-${run}@mobile-journey.pagemagic.localhost`;

let api: TestApi;
let server: Server;
let appUrl: string;
let browser: Browser;
let operator: Operator | undefined;
let page: Page;
let step = 0;
const state = { siteId: '' };

async function checkScreen(name: string): Promise<void> {
  step += 1;
  await page.screenshot({
    path: join(artifacts, `${String(step).padStart(2, '0')}-${name}.png`),
    fullPage: true,
  });
  expect(await axeViolations(page), `axe on ${name} (${page.url()})`).toEqual([]);
}

/** The access token the app holds (the web export keeps its session in the tab's sessionStorage). */
async function ownerToken(): Promise<{ accessToken: string }> {
  const stored = await page.evaluate(() =>
    (globalThis as unknown as { sessionStorage: Storage }).sessionStorage.getItem('pagemagic.session'),
  );
  if (!stored) throw new Error('the app holds no session');
  return { accessToken: (JSON.parse(stored) as { accessToken: string }).accessToken };
}

beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
  await promisify(execFile)('npx', ['expo', 'export', '--platform', 'web', '--output-dir', 'dist'], {
    cwd: mobileRoot,
    env: { ...process.env, EXPO_OFFLINE: '1', EXPO_NO_TELEMETRY: '1', CI: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const port = await freePort();
  appUrl = `http://localhost:${port}`;
  // The app's origin is the one the API lets frame a Build's preview (as it does the web app's).
  api = await startTestApi({ env: { PAGEMAGIC_WEB_URL: appUrl } });
  server = await serveMobileExport({ dist, apiUrl: api.url, port });
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  page = await context.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await stopWorkspaceOperator(operator);
  await api?.close();
});

describe('the mobile app (web export), end to end', () => {
  it('signs in with the link from the mail, confirmed in another tab', async () => {
    await page.goto(appUrl);
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/sign-in');
    await page.getByLabel('Email address').waitFor();
    await checkScreen('sign-in');
    const askedAt = new Date(Date.now() - 1000);
    await page.getByLabel('Email address').fill(owner);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByText('Your code').waitFor(WAIT);
    const code = (await page.getByRole('heading', { level: 2 }).first().textContent())?.trim() ?? '';
    expect(code).not.toBe('');
    await checkScreen('check-email');

    const mail = await new Mailpit().waitFor(owner, {
      after: askedAt,
      subject: 'Sign in to Page Magic',
      timeoutMs: 30_000,
    });
    const link = extractLink(mail.Text, `${api.url}/api/v1/auth/confirm`);
    const other = await page.context().newPage();
    await other.goto(link);
    await expect.poll(() => other.locator('body').textContent(), WAIT).toContain(code);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByRole('heading', { name: 'You are signed in' }).waitFor();
    await other.close();

    // Polled on the whole text, so a failure shows what the app said instead.
    await expect.poll(() => page.locator('body').textContent(), WAIT).toContain('No sites yet');
    await checkScreen('sites-empty');
    const [workspace] = (await api.client(await ownerToken()).call(listWorkspaces)).items;
    operator = await startWorkspaceOperator(workspaceNamespace(workspace?.id ?? ''));
  }, 180_000);

  it('creates a site and follows it live to Ready', async () => {
    await page.getByRole('button', { name: 'New site' }).click();
    await page.getByLabel('Description').waitFor();
    await checkScreen('new-site');
    await page.getByLabel('Description').fill('A family bakery in Porto with fresh bread and pastel de nata');
    await page.getByRole('button', { name: 'Create the site' }).click();
    await page.waitForURL(/\/sites\/[a-z0-9-]+$/, WAIT);
    state.siteId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByText('Live', { exact: true }).waitFor({ timeout: 300_000 });
    await page.getByText('Ready: done').waitFor(WAIT);
    const site = await api.client(await ownerToken()).call(getSite, { params: { siteId: state.siteId } });
    expect(await page.getByText(site.status.url ?? 'no url').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Preview the newest build' }).click();
    const preview = page.frameLocator('iframe[title^="Preview of build"]');
    await expect.poll(() => preview.locator('h1').count(), WAIT).toBeGreaterThan(0);
    await checkScreen('site-ready');
  }, 360_000);

  it('rewrites a section, then rolls back and publishes from the history', async () => {
    const client = api.client(await ownerToken());
    const first = (await client.call(getSite, { params: { siteId: state.siteId } })).status.liveBuild;
    await page.getByRole('link', { name: 'Rewrite a section' }).click();
    await page.getByRole('radio').first().waitFor(WAIT);
    await checkScreen('rewrite-section');
    await page.getByRole('radio').first().click();
    await page.getByLabel('Instruction').fill('Shorter, and mention that we open at 7am');
    await page.getByRole('button', { name: 'Rewrite the section' }).click();
    const second = await eventually(
      'the rewritten section to be built and live',
      async () => {
        const site = await client.call(getSite, { params: { siteId: state.siteId } });
        if (site.status.phase !== 'ready' || !site.status.liveBuild || site.status.liveBuild === first)
          throw new Error(`${site.status.phase}, live ${site.status.liveBuild}`);
        return site.status.liveBuild;
      },
      300,
    );

    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Roll back to the previous build' }).waitFor(WAIT);
    await expect.poll(() => page.getByText(`${second} (live)`).count(), WAIT).toBe(1);
    await checkScreen('history');
    await page.getByRole('button', { name: 'Roll back to the previous build' }).click();
    await page.getByText(`Rolled back: ${first} is going live.`).waitFor(WAIT);
    const pinned = async () => (await client.call(getSite, { params: { siteId: state.siteId } })).pinnedBuild;
    expect(await pinned()).toBe(first);
    // The history follows the event stream: the newer build becomes publishable once it is no longer live.
    await page.getByRole('button', { name: `Publish build ${second}` }).click({ timeout: 120_000 });
    await page.getByText(`Published: ${second} is going live`, { exact: false }).waitFor(WAIT);
    expect(await pinned()).toBe(second);
    const builds = await client.call(listSiteBuilds, { params: { siteId: state.siteId } });
    expect(builds.items.map((build) => build.id)).toEqual(expect.arrayContaining([first, second]));
    await checkScreen('published');
    await page.goBack();
  }, 420_000);

  it('adds a domain and shows the TXT record the API expects', async () => {
    await page.getByRole('link', { name: 'Domains' }).click();
    const host = `www.bakery-${run}.example.com`;
    await page.getByLabel('Your domain').fill(host);
    await page.getByRole('button', { name: 'Add the domain' }).click();
    await page.getByRole('heading', { name: host }).waitFor(WAIT);
    const [domain] = (
      await api.client(await ownerToken()).call(listDomains, { query: { siteId: state.siteId } })
    ).items;
    expect(domain?.host).toBe(host);
    await page.getByText(domain?.verification.value ?? 'no value', { exact: true }).waitFor(WAIT);
    await page.getByText(domain?.verification.name ?? 'no name', { exact: true }).waitFor(WAIT);
    await page.getByText('Waiting for the TXT record').waitFor(WAIT);
    await checkScreen('domains');
  }, 60_000);

  it('shows the live site as a thumbnail on the sites list', async () => {
    await page.goto(`${appUrl}/`);
    const frame = page.locator('iframe[title="Thumbnail"]').first();
    await frame.waitFor({ state: 'attached', ...WAIT });
    // The live Build's own signed preview, framed by the app's origin, which the API allows.
    const src = (await frame.getAttribute('src')) ?? '';
    expect(src.startsWith(`${api.url}/preview/`)).toBe(true);
    const preview = await (await fetch(src)).text();
    expect(preview).toContain('<h1');
    await expect
      .poll(() => page.frameLocator('iframe[title="Thumbnail"]').locator('h1').count(), WAIT)
      .toBeGreaterThan(0);
    await checkScreen('sites');
  }, 60_000);

  it('shows usage, then signs out from the account screen', async () => {
    await page.goto(`${appUrl}/usage`);
    await page.getByRole('heading', { name: 'Usage this month' }).waitFor(WAIT);
    await page.getByRole('heading', { name: 'Visits (requests)' }).waitFor(WAIT);
    await checkScreen('usage');
    await page.goto(`${appUrl}/account`);
    await page.getByText(`Signed in as ${owner}`).waitFor(WAIT);
    await checkScreen('account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email address').waitFor(WAIT);
    // The same screen in the phone's dark theme passes axe too (contrast included).
    await page.emulateMedia({ colorScheme: 'dark' });
    await checkScreen('sign-in-dark');
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as { sessionStorage: Storage }).sessionStorage.getItem('pagemagic.session'),
      ),
    ).toBeNull();
  }, 60_000);
});
