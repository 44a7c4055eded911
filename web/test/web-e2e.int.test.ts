// The web app end to end, in Debian's Chromium: the same parts `make dev` runs (the API, the operator on
// the person's workspace namespace, mailpit, a production build of the web app), driven as a person would.
// Sign in with a link read from mailpit, create a site and watch it reach Ready, edit a heading and see the
// preview change, save, publish, roll back, add a domain and read its TXT record, sign out; and a second
// account cannot open the first one's site by its URL. axe-core finds nothing on any page; every step
// leaves a screenshot in .local/test-artifacts/web-e2e/.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { extractLink, Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDomains } from '../../api/src/contract/domains.ts';
import { getSite, getSiteContent } from '../../api/src/contract/sites.ts';
import { listWorkspaces } from '../../api/src/contract/workspaces.ts';
import { workspaceNamespace } from '../../api/src/tenancy/workspaces.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import {
  type Operator,
  startWorkspaceOperator,
  stopWorkspaceOperator,
} from '../../api/test/helpers/workspace-operator.ts';
import { axeViolations, launchBrowser } from '../../operator/test/helpers/browser.ts';
import { buildWebApp, startWebServer, type WebServer, webRoot } from './helpers/web-server.ts';

const artifacts = join(webRoot, '..', '.local', 'test-artifacts', 'web-e2e');
const run = Date.now().toString(36);
// What every poll waits for at most: each waits on real servers sharing two cores with the rest of the suite.
const WAIT = { timeout: 30_000 };
const owner = `owner-${run}@web-e2e.pagemagic.localhost`;
const stranger = `stranger-${run}@web-e2e.pagemagic.localhost`;

let api: TestApi;
let web: WebServer;
let browser: Browser;
let operator: Operator | undefined;
let ownerContext: BrowserContext;
let page: Page;
let step = 0;
const state = { siteId: '', firstBuild: '' };

/** A screenshot of the step, and axe's verdict on the page as it stands. */
async function checkPage(target: Page, name: string): Promise<void> {
  step += 1;
  await target.screenshot({
    path: join(artifacts, `${String(step).padStart(2, '0')}-${name}.png`),
    fullPage: true,
  });
  const violations = await axeViolations(target);
  expect(violations, `axe on ${name} (${target.url()})`).toEqual([]);
}

/** Signs `email` in through the web app: the link comes from mailpit and is confirmed in a second tab. */
async function signIn(context: BrowserContext, email: string): Promise<Page> {
  // Each stage is logged, so a stage that hangs names itself in the failure's output.
  const stage = (what: string) => console.log(`[web-e2e] ${email}: ${what}`);
  const tab = await context.newPage();
  await tab.goto(web.url);
  await expect.poll(() => new URL(tab.url()).pathname, WAIT).toBe('/sign-in');
  await checkPage(tab, 'sign-in');
  const askedAt = new Date(Date.now() - 1000);
  await tab.getByLabel('Email address').fill(email);
  await tab.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await tab.getByRole('heading', { name: 'Check your email' }).waitFor();
  const code = (await tab.getByRole('definition').textContent())?.trim() ?? '';
  expect(code).not.toBe('');
  await checkPage(tab, 'check-email');

  stage('waiting for the sign-in mail');
  const mail = await new Mailpit().waitFor(email, {
    after: askedAt,
    subject: 'Sign in to Page Magic',
    timeoutMs: 30_000,
  });
  const link = extractLink(mail.Text, `${api.url}/api/v1/auth/confirm`);
  stage('opening the link');
  const confirmTab = await context.newPage();
  await confirmTab.goto(link);
  // The page the link opens shows the same code as the window that asked: the person can tell a phish.
  await expect.poll(() => confirmTab.locator('body').textContent(), WAIT).toContain(code);
  stage('confirming');
  await confirmTab.getByRole('button', { name: 'Sign in' }).click();
  await confirmTab.getByRole('heading', { name: 'You are signed in' }).waitFor();
  await confirmTab.close();
  stage('waiting for the app to move on');
  await tab.waitForURL(`${web.url}/`, WAIT);
  stage('signed in');
  return tab;
}

beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
  const port = await freePort();
  api = await startTestApi({ env: { PAGEMAGIC_WEB_URL: `http://localhost:${port}` } });
  await buildWebApp();
  web = await startWebServer(api.url, port);
  browser = await launchBrowser();
  ownerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.close();
  await stopWorkspaceOperator(operator);
  await api?.close();
});

describe('the web app, end to end', () => {
  it('signs in with a link from the mail, keeping the session out of reach of page scripts', async () => {
    page = await signIn(ownerContext, owner);
    await page.getByRole('heading', { name: 'Your first site is one sentence away' }).waitFor();
    await checkPage(page, 'dashboard-empty');

    const cookies = await ownerContext.cookies();
    const session = cookies.filter((cookie) => cookie.name.startsWith('pm_'));
    expect(session.map((cookie) => cookie.name).sort()).toEqual(['pm_access', 'pm_refresh']);
    for (const cookie of session)
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    expect(
      await page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie),
    ).toBe('');
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...(globalThis as unknown as { localStorage: object }).localStorage }),
    );
    expect(stored).not.toMatch(/ey[A-Za-z0-9_-]{10,}\./);

    // The operator reconciles this person's workspace, as `make dev` does for its workspaces.
    const [workspace] = (await api.client(await ownerTokens()).call(listWorkspaces)).items;
    operator = await startWorkspaceOperator(workspaceNamespace(workspace?.id ?? ''));
  }, 180_000);

  it('creates a site from a prompt and follows it to Ready, across a reload', async () => {
    await page.getByRole('link', { name: 'Describe your business' }).click();
    await page.getByLabel('Describe your business in a sentence').waitFor();
    await checkPage(page, 'new-site');
    await page
      .getByLabel('Describe your business in a sentence')
      .fill('A family bakery in Porto with fresh bread and pastel de nata');
    await page.getByRole('button', { name: 'Create my site' }).click();
    await page.waitForURL(/\/sites\/[a-z0-9-]+$/);
    state.siteId = new URL(page.url()).pathname.split('/').pop() ?? '';
    // The progress comes from the event stream, which a reload picks up again.
    await page.reload();
    await page.getByRole('heading', { name: 'Your site is live' }).waitFor({ timeout: 300_000 });
    await expect.poll(() => page.getByRole('status').first().textContent(), WAIT).toContain('Ready');
    await checkPage(page, 'site-ready');
    await page.getByRole('link', { name: 'Sites', exact: true }).click();
    const card = page.getByRole('listitem').filter({ hasText: state.siteId });
    await card.getByText('Live').waitFor();
    expect(await card.textContent()).toMatch(/Last published: (?!not yet)/);
    // The thumbnail is the site's own home page, rendered from its content.
    await expect.poll(() => card.frameLocator('iframe').locator('h1').count(), WAIT).toBeGreaterThan(0);
    await checkPage(page, 'dashboard');
    await page.getByRole('link', { name: state.siteId, exact: true }).click();
    await page.waitForURL(`${web.url}/sites/${state.siteId}`);
    const site = await api.client(await ownerTokens()).call(getSite, { params: { siteId: state.siteId } });
    expect(site.status.phase).toBe('ready');
    state.firstBuild = site.status.liveBuild ?? '';
  }, 360_000);

  it('edits the hero heading, sees the preview change at once, and saves a new content revision', async () => {
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const heading = page.getByLabel('Heading').first();
    await heading.waitFor();
    await checkPage(page, 'editor');
    const preview = page.frameLocator('iframe[title^="Preview"]');
    await heading.fill('Bread at dawn, every day');
    await expect
      .poll(() => preview.locator('h1').first().textContent(), WAIT)
      .toBe('Bread at dawn, every day');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count(), WAIT)
      .toBeGreaterThan(0);
    await checkPage(page, 'editor-saved');
    const { document } = await api
      .client(await ownerTokens())
      .call(getSiteContent, { params: { siteId: state.siteId } });
    expect(JSON.stringify(document)).toContain('Bread at dawn, every day');
    // The brief gave no phone, address, email or hours: the editor says who wrote the draft, lists what the
    // published site leaves out, and takes the owner to the field that fills it in.
    await page.getByText('Written by the offline draft writer (no AI).').waitFor();
    const missing = page.locator('[data-missing-facts]');
    const listed = (await missing.textContent()) ?? '';
    for (const field of ['› Phone', '› Hours', '› Email', '› Address', '› Price'])
      expect(listed).toContain(field);
    await missing.getByRole('button').filter({ hasText: /Phone/ }).first().click();
    await page.locator('[data-placeholder="Phone"]').waitFor();
    expect(await page.locator('[data-placeholder="Phone"]').textContent()).toContain('Phone: not given yet');
    await checkPage(page, 'editor-missing-fact');
  }, 120_000);

  it('publishes the newest Build and rolls back to the first in one click', async () => {
    const client = api.client(await ownerTokens());
    await eventually(
      'the edited content to be built and live',
      async () => {
        const site = await client.call(getSite, { params: { siteId: state.siteId } });
        if (site.status.phase !== 'ready' || site.status.liveBuild === state.firstBuild) {
          const conditions = site.status.conditions.map(
            (c) => `${c.type}=${c.status} ${c.reason}: ${c.message}`,
          );
          throw new Error(`${site.status.phase}, live ${site.status.liveBuild}; ${conditions.join('; ')}`);
        }
        return site;
      },
      300,
    );
    await page.getByRole('link', { name: 'Publish & history' }).click();
    await page.getByRole('button', { name: 'Publish latest' }).waitFor();
    await checkPage(page, 'history');
    await page.getByRole('button', { name: 'Publish latest' }).click();
    await expect
      .poll(async () => (await client.call(getSite, { params: { siteId: state.siteId } })).pinnedBuild, WAIT)
      .toBeTruthy();
    await page.getByRole('button', { name: 'Roll back' }).click();
    await expect
      .poll(async () => (await client.call(getSite, { params: { siteId: state.siteId } })).pinnedBuild, {
        timeout: 30_000,
      })
      .toBe(state.firstBuild);
    await checkPage(page, 'rolled-back');
    // The page says what the pin means, and no longer offers a roll back past the oldest build.
    await page.getByRole('button', { name: 'Unpin: follow the newest build' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Roll back' }).count(), WAIT).toBe(0);
  }, 360_000);

  it('says an edit would stay offline behind the pin, and saving removes the pin', async () => {
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const notice = page.getByText(`Build ${state.firstBuild} is pinned as the live version.`, {
      exact: false,
    });
    await notice.waitFor();
    expect(await page.getByText('Saving removes the pin, so your changes go live.').count()).toBe(1);
    await page.getByLabel('Heading').first().fill('Bread at dawn, and at dusk');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved, and going live', { exact: false }).waitFor({ timeout: 30_000 });
    await checkPage(page, 'editor-unpinned');
    const site = await api.client(await ownerTokens()).call(getSite, { params: { siteId: state.siteId } });
    expect(site.pinnedBuild).toBeUndefined();
  }, 120_000);

  it('adds a domain and shows exactly which TXT record to publish', async () => {
    await page.getByRole('link', { name: 'Domains' }).click();
    const host = `www.bakery-${run}.example.com`;
    await page.getByLabel('Domain', { exact: true }).fill(host);
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByText(host).first().waitFor();
    // What the page tells the person to publish is exactly what the API will check for.
    const [domain] = (
      await api.client(await ownerTokens()).call(listDomains, { query: { siteId: state.siteId } })
    ).items;
    expect(domain?.host).toBe(host);
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent(), WAIT).toContain(domain?.verification.value ?? 'no value');
    expect(await main.textContent()).toContain(domain?.verification.name ?? 'no name');
    expect(await main.textContent()).toContain('Waiting for the TXT record');
    expect(await page.getByRole('button', { name: /Copy/ }).count()).toBeGreaterThanOrEqual(2);
    await checkPage(page, 'domains');
  }, 60_000);

  it('removes a domain only after asking, and a cancel puts focus back where it was', async () => {
    const host = `www.bakery-${run}.example.com`;
    const ask = page.getByRole('button', { name: `Remove ${host}` });
    await ask.click();
    const confirm = page.getByRole('button', { name: `Yes, remove ${host}` });
    await confirm.waitFor(WAIT);
    // The question lands on its own answer; Cancel lands back on the button that asked.
    const focused = (locator: typeof confirm) =>
      locator.evaluate(
        (element) =>
          element === (globalThis as { document?: { activeElement: unknown } }).document?.activeElement,
      );
    expect(await focused(confirm)).toBe(true);
    expect(await page.getByRole('main').textContent()).toContain(`You can add it again later`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await ask.waitFor(WAIT);
    expect(await focused(ask)).toBe(true);
    const client = api.client(await ownerTokens());
    expect((await client.call(listDomains, { query: { siteId: state.siteId } })).items).toHaveLength(1);

    await ask.click();
    await confirm.click();
    await expect
      .poll(
        async () => (await client.call(listDomains, { query: { siteId: state.siteId } })).items.length,
        WAIT,
      )
      .toBe(0);
  }, 60_000);

  it('shows the account: profile, members with an invitation sent, and the activity feed', async () => {
    await page.getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(owner);
    await checkPage(page, 'account-profile');
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByLabel('Email address').fill(stranger);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByRole('main').textContent(), WAIT).toContain(stranger);
    await checkPage(page, 'account-members');
    await page.getByRole('link', { name: 'Activity' }).click();
    await page.getByRole('heading', { name: /^Activity/ }).waitFor();
    await checkPage(page, 'account-activity');
  }, 60_000);

  it('signs out, after which the app asks to sign in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${web.url}/sites/${state.siteId}`);
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe('/sign-in');
    expect((await ownerContext.cookies()).filter((cookie) => cookie.name.startsWith('pm_access'))).toEqual(
      [],
    );
  });

  it("does not let a second account open the first one's site by URL, until it accepts an invitation", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await signIn(context, stranger);
    await checkPage(tab, 'stranger-dashboard-phone');
    for (const path of [
      `/sites/${state.siteId}`,
      `/sites/${state.siteId}/edit`,
      `/sites/${state.siteId}/history`,
    ]) {
      const response = await tab.goto(`${web.url}${path}`);
      expect(response?.status(), path).toBe(404);
      expect(await tab.textContent('body')).not.toContain('Bread at dawn');
    }
    await checkPage(tab, 'stranger-not-found');
    const stream = await tab.request.get(`${web.url}/app-api/sites/${state.siteId}/events`);
    expect(stream.status()).toBe(404);

    // The owner's invitation is what lets this account in: accepted, the site is on its dashboard.
    const invitation = await new Mailpit().waitFor(stranger, {
      subject: 'You are invited',
      timeoutMs: 30_000,
    });
    await tab.goto(extractLink(invitation.Text, `${web.url}/invitations/accept`));
    await tab.getByRole('button', { name: 'Join' }).waitFor();
    await checkPage(tab, 'invitation');
    await tab.getByRole('button', { name: 'Join' }).click();
    await tab.waitForURL(`${web.url}/`, WAIT);
    await tab.getByRole('link', { name: state.siteId, exact: true }).waitFor();
    expect((await tab.goto(`${web.url}/sites/${state.siteId}`))?.status()).toBe(200);
    await context.close();
  }, 180_000);
});

/** The owner's tokens for direct API checks, made like the test API's own sign-ups. */
async function ownerTokens(): Promise<{ accessToken: string }> {
  const access = (await ownerContext.cookies()).find((cookie) => cookie.name === 'pm_access')?.value;
  if (!access) throw new Error('the owner has no session cookie');
  return { accessToken: access };
}
