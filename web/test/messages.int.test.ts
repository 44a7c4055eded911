// The Messages tab in Debian's Chromium, against a production build served by `next start` and a real API:
// messages stored the way the public form stores them are listed newest first with their fields, what a
// visitor typed shows as text however it looks, marking one handled moves it between the filters, deleting
// one asks first, the counts on the tab and the dashboard follow, older messages are a page away, a viewer
// reads without the controls, and axe finds nothing on any of it. No operator: messages need a Website,
// not a built site.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Website } from '@pagemagic/crds';
import { WEBSITES } from '@pagemagic/crds';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteMessage, getMessage, listMessages } from '../../api/src/contract/forms.ts';
import { createSite } from '../../api/src/contract/sites.ts';
import { listWorkspaces } from '../../api/src/contract/workspaces.ts';
import { type NewSubmission, storeSubmission } from '../../api/src/forms/store.ts';
import { workspaceNamespace } from '../../api/src/tenancy/workspaces.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { axeViolations, launchBrowser } from '../../operator/test/helpers/browser.ts';
import { buildWebApp, startWebServer, type WebServer, webRoot } from './helpers/web-server.ts';

const artifacts = join(webRoot, '..', '.local', 'test-artifacts', 'messages');
const run = Date.now().toString(36);
const WAIT = { timeout: 30_000 };
const HOSTILE = '<script>alert(1)</script><b>x</b>';

let api: TestApi;
let web: WebServer;
let browser: Browser;
let owner: { accessToken: string; refreshToken: string };
let workspaceId = '';
let step = 0;
/** The site the messages are sent to, and the ids of the two stored for it (Ana's first, then the hostile one). */
const site = { id: '', name: '', uid: '', ana: '', hostile: '' };

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

/** A browser context signed in with `tokens`, as the web app's own sign-in leaves one, in `workspace`. */
async function signedIn(
  tokens: { accessToken: string; refreshToken: string },
  workspace?: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([
    { name: 'pm_access', value: tokens.accessToken, url: web.url, httpOnly: true, secure: true },
    { name: 'pm_refresh', value: tokens.refreshToken, url: web.url, httpOnly: true, secure: true },
    ...(workspace
      ? [{ name: 'pm_workspace', value: workspace, url: web.url, httpOnly: true, secure: true }]
      : []),
  ]);
  return context;
}

/** A new site of the owner's, with nothing built: its Website is all messages need. */
async function newSite(prompt: string): Promise<{ id: string; name: string; uid: string }> {
  const created = await api.client(owner).call(createSite, { body: { prompt } });
  const website = await api.services.kubeClient.get<Website>(
    WEBSITES,
    workspaceNamespace(workspaceId),
    created.id,
  );
  return { id: created.id, name: created.name, uid: website.metadata.uid ?? '' };
}

/** A message for `siteId`, stored as the public form stores one that passed its checks. */
async function store(
  target: { id: string; uid: string },
  values: NewSubmission['values'],
  replyTo?: string,
): Promise<string> {
  const { id } = await storeSubmission(api.services.db, api.services.pii, {
    workspaceId,
    site: target.id,
    websiteUid: target.uid,
    section: 'visit',
    page: '/contact/',
    locale: 'en',
    values,
    ...(replyTo ? { replyTo } : {}),
  });
  return id;
}

/** The message cards on the page, in order. */
const cards = (page: Page) => page.getByRole('main').getByRole('article');

/** The site's Messages tab, by its whole name: the count beside it is part of the name. */
const messagesTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name, exact: true });

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) =>
      element === (globalThis as { document?: { activeElement: unknown } }).document?.activeElement,
  );
}

beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
  const port = await freePort();
  api = await startTestApi({ env: { PAGEMAGIC_WEB_URL: `http://localhost:${port}` } });
  await buildWebApp();
  web = await startWebServer(api.url, port);
  browser = await launchBrowser();

  ({ tokens: owner } = await api.signUp(`owner-${run}@messages.pagemagic.localhost`));
  workspaceId = (await api.client(owner).call(listWorkspaces)).items[0]?.id ?? '';
  const target = await newSite('A pottery studio in Bristol with weekend classes');
  Object.assign(site, target);
  // Stored one after the other, so the hostile one is the newer.
  site.ana = await store(
    target,
    [
      { name: 'name', label: 'Your name', value: 'Ana Silva' },
      { name: 'email', label: 'Email', value: 'ana@example.com' },
      { name: 'message', label: 'Message', value: 'Do you have a class\non Saturday?' },
    ],
    'ana@example.com',
  );
  site.hostile = await store(target, [
    { name: 'name', label: 'Your name', value: HOSTILE },
    { name: 'message', label: 'Message', value: '<img src=x onerror=alert(2)>' },
  ]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

describe('the Messages tab', () => {
  it('lists the messages newest first with their fields, and what a visitor typed shows as text', async () => {
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${web.url}/sites/${site.id}`);
      // The tab says how many wait, and opens the list.
      const tab = messagesTab(page, 'Messages (2 new messages)');
      await tab.waitFor(WAIT);
      expect(await tab.locator('[aria-hidden="true"]').textContent()).toBe('2');
      await tab.click();
      await page.waitForURL(`${web.url}/sites/${site.id}/messages`, WAIT);
      await page.getByRole('heading', { name: 'Messages', level: 2 }).waitFor(WAIT);
      expect(await tab.getAttribute('aria-current')).toBe('page');
      expect(await page.getByRole('main').textContent()).toContain('2 new messages not handled yet.');

      await expect.poll(() => cards(page).count(), WAIT).toBe(2);
      const newest = cards(page).nth(0);
      const oldest = cards(page).nth(1);
      expect(await newest.getByRole('heading', { level: 3 }).textContent()).toBe(HOSTILE);
      expect(await oldest.getByRole('heading', { level: 3 }).textContent()).toBe('ana@example.com');

      // Label → value, in the form's order, as typed.
      const fieldsOf = (card: Locator) =>
        card.locator('dl > div').evaluateAll((rows) =>
          rows.map((row) => {
            const { children } = row as unknown as { children: ArrayLike<{ textContent: string }> };
            return [children[0]?.textContent, children[1]?.textContent];
          }),
        );
      expect(await fieldsOf(oldest)).toEqual([
        ['Your name', 'Ana Silva'],
        ['Email', 'ana@example.com'],
        ['Message', 'Do you have a class\non Saturday?'],
      ]);
      expect(await fieldsOf(newest)).toEqual([
        ['Your name', HOSTILE],
        ['Message', '<img src=x onerror=alert(2)>'],
      ]);
      // Markup in a value is text: no element made of it, no script run.
      const main = page.getByRole('main');
      expect(await main.locator('b, img, script').count()).toBe(0);
      expect(await newest.getByText(HOSTILE, { exact: true }).count()).toBeGreaterThan(0);
      expect(dialogs).toEqual([]);

      // Where each came from, and a reply only where the sender left an address.
      expect(await oldest.textContent()).toContain('from the page /contact/, in English');
      expect(await oldest.getByText('New', { exact: true }).count()).toBe(1);
      const reply = oldest.getByRole('link', { name: 'Reply by email to ana@example.com' });
      expect(await reply.getAttribute('href')).toBe('mailto:ana@example.com');
      expect(await newest.getByRole('link', { name: /Reply by email/ }).count()).toBe(0);
      const when = await oldest.locator('time').first().getAttribute('datetime');
      const stored = await api
        .client(owner)
        .call(getMessage, { params: { siteId: site.id, messageId: site.ana } });
      expect(when).toBe(stored.createdAt);
      await checkPage(page, 'messages');
    } finally {
      await context.close();
    }
  }, 120_000);

  it("shows the count of new messages on the site's card, linking to them", async () => {
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/`);
      const card = page.getByRole('listitem').filter({ hasText: site.id });
      const badge = card.getByRole('link', { name: `2 new messages for ${site.name}` });
      await badge.waitFor(WAIT);
      await checkPage(page, 'dashboard');
      await badge.click();
      await page.waitForURL(`${web.url}/sites/${site.id}/messages?state=unhandled`, WAIT);
      const filters = page.getByRole('navigation', { name: 'Which messages' });
      await expect
        .poll(() => filters.getByRole('link', { name: 'Unhandled' }).getAttribute('aria-current'), WAIT)
        .toBe('page');
      await expect.poll(() => cards(page).count(), WAIT).toBe(2);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('marks a message handled, which moves it from Unhandled to Handled, and back', async () => {
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${site.id}/messages?state=unhandled`);
      await expect.poll(() => cards(page).count(), WAIT).toBe(2);
      const ana = cards(page).filter({ hasText: 'Ana Silva' });
      await ana
        .getByRole('button', { name: /^Mark handled \(the message from ana@example\.com, sent / })
        .click();

      // Gone from this list; the notice says where it went, and has the focus its button had.
      const notice = page.getByRole('status').filter({ hasText: 'Marked handled.' });
      await notice.waitFor(WAIT);
      expect(await isFocused(notice)).toBe(true);
      await expect.poll(() => cards(page).count(), WAIT).toBe(1);
      expect(await cards(page).filter({ hasText: 'Ana Silva' }).count()).toBe(0);
      const client = api.client(owner);
      expect(
        (await client.call(getMessage, { params: { siteId: site.id, messageId: site.ana } })).handledAt,
      ).toBeDefined();
      // The tab's count follows.
      await messagesTab(page, 'Messages (1 new message)').waitFor(WAIT);
      await checkPage(page, 'marked-handled');

      const filters = page.getByRole('navigation', { name: 'Which messages' });
      await filters.getByRole('link', { name: 'Handled', exact: true }).click();
      await page.waitForURL(`${web.url}/sites/${site.id}/messages?state=handled`, WAIT);
      await expect.poll(() => cards(page).count(), WAIT).toBe(1);
      const handled = cards(page).first();
      expect(await handled.getByRole('heading').textContent()).toBe('ana@example.com');
      expect(await handled.getByText('Handled', { exact: true }).count()).toBe(1);
      expect(await handled.textContent()).toMatch(/handled .+ UTC/);

      await handled
        .getByRole('button', { name: /^Mark not handled \(the message from ana@example\.com, sent / })
        .click();
      await page.getByRole('status').filter({ hasText: 'Marked not handled.' }).waitFor(WAIT);
      await expect.poll(() => cards(page).count(), WAIT).toBe(0);
      expect(await page.getByRole('main').textContent()).toContain('No message is marked handled yet.');
      expect(
        (await client.call(getMessage, { params: { siteId: site.id, messageId: site.ana } })).handledAt,
      ).toBeUndefined();

      // Handled again, for the rest of the file: one new message left.
      await filters.getByRole('link', { name: 'Unhandled' }).click();
      await page.waitForURL(`${web.url}/sites/${site.id}/messages?state=unhandled`, WAIT);
      await expect.poll(() => cards(page).count(), WAIT).toBe(2);
      await cards(page)
        .filter({ hasText: 'Ana Silva' })
        .getByRole('button', { name: /^Mark handled/ })
        .click();
      await expect.poll(() => cards(page).count(), WAIT).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('deletes a message only after asking, and the counts follow', async () => {
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${site.id}/messages`);
      await expect.poll(() => cards(page).count(), WAIT).toBe(2);
      const hostile = cards(page).first();
      const ask = hostile.getByRole('button', { name: `Delete the message from ${HOSTILE}`, exact: false });
      await ask.click();
      const confirm = hostile.getByRole('button', { name: /^Yes, delete the message from / });
      await confirm.waitFor(WAIT);
      // The question lands on its own answer; Cancel goes back to the button that asked.
      expect(await isFocused(confirm)).toBe(true);
      expect(await hostile.textContent()).toContain('It is gone for good');
      await checkPage(page, 'delete-question');
      await hostile.getByRole('button', { name: 'Cancel' }).click();
      await ask.waitFor(WAIT);
      expect(await isFocused(ask)).toBe(true);
      const client = api.client(owner);
      const count = async () =>
        (await client.call(listMessages, { params: { siteId: site.id } })).items.map((message) => message.id);
      expect(await count()).toEqual([site.hostile, site.ana]);

      await ask.click();
      await confirm.click();
      const notice = page.getByRole('status').filter({ hasText: 'The message was deleted.' });
      await notice.waitFor(WAIT);
      expect(await isFocused(notice)).toBe(true);
      await expect.poll(() => cards(page).count(), WAIT).toBe(1);
      expect(await cards(page).first().getByRole('heading').textContent()).toBe('ana@example.com');
      expect(await count()).toEqual([site.ana]);

      // No new message is left: the tab and the dashboard say nothing, rather than "0".
      await messagesTab(page, 'Messages').waitFor(WAIT);
      await page.goto(`${web.url}/`);
      const card = page.getByRole('listitem').filter({ hasText: site.id });
      await card.getByRole('link', { name: site.name, exact: true }).waitFor(WAIT);
      expect(await card.getByRole('link', { name: /new message/ }).count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('says what the API refused, next to the button: here, a message deleted since the page was shown', async () => {
    const doomed = await store(site, [{ name: 'name', label: 'Your name', value: 'Bea' }]);
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${site.id}/messages?state=unhandled`);
      const card = cards(page).filter({ hasText: 'Bea' });
      await card.waitFor(WAIT);
      await api.client(owner).call(deleteMessage, { params: { siteId: site.id, messageId: doomed } });
      const button = card.getByRole('button', { name: /^Mark handled/ });
      await button.click();
      const alert = card.getByRole('alert');
      await alert.waitFor(WAIT);
      expect(await alert.textContent()).toBe(
        'This message is no longer there, so nothing changed. Reload the page to see the messages as they are now.',
      );
      expect(await button.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
      await checkPage(page, 'refused');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('shows a viewer the messages, without the buttons the API would refuse them', async () => {
    const { user, tokens } = await api.signUp(`viewer-${run}@messages.pagemagic.localhost`);
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
      [workspaceId, user.id],
    );
    const context = await signedIn(tokens, workspaceId);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${site.id}/messages`);
      await expect.poll(() => cards(page).count(), WAIT).toBe(1);
      const ana = cards(page).first();
      expect(await ana.getByRole('link', { name: /Reply by email/ }).count()).toBe(1);
      expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
      await checkPage(page, 'viewer');
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('a site with no messages, and one with many', () => {
  it('explains where messages come from when there are none', async () => {
    const empty = await newSite('A locksmith in Cardiff, open all night');
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${empty.id}/messages`);
      await page.getByText('No messages yet.').waitFor(WAIT);
      const main = page.getByRole('main');
      expect(await main.textContent()).toContain(
        'Messages come from the contact form on your published site',
      );
      expect(await main.getByRole('link', { name: 'editor' }).getAttribute('href')).toBe(
        `/sites/${empty.id}/edit`,
      );
      await messagesTab(page, 'Messages').waitFor(WAIT);
      await checkPage(page, 'no-messages');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('pages to older messages with the continue token, and explains a token it cannot use', async () => {
    const busy = await newSite('A bike courier in Glasgow');
    for (let index = 1; index <= 21; index += 1) {
      await store(busy, [{ name: 'name', label: 'Your name', value: `Sender ${index}` }]);
    }
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${busy.id}/messages`);
      await expect.poll(() => cards(page).count(), WAIT).toBe(20);
      expect(await cards(page).first().getByRole('heading').textContent()).toBe('Sender 21');
      expect(await cards(page).last().getByRole('heading').textContent()).toBe('Sender 2');
      await page.getByRole('link', { name: 'Older messages' }).click();
      await page.waitForURL(/\/messages\?continue=/, WAIT);
      await expect.poll(() => cards(page).count(), WAIT).toBe(1);
      expect(await cards(page).first().getByRole('heading').textContent()).toBe('Sender 1');
      expect(await page.getByRole('link', { name: 'Older messages' }).count()).toBe(0);
      await checkPage(page, 'older-messages');
      await page.getByRole('link', { name: 'Back to the newest' }).click();
      await page.waitForURL(`${web.url}/sites/${busy.id}/messages`, WAIT);
      await expect.poll(() => cards(page).count(), WAIT).toBe(20);

      await page.goto(`${web.url}/sites/${busy.id}/messages?continue=not-a-token`);
      const alert = page.getByRole('main').getByRole('alert');
      await alert.waitFor(WAIT);
      expect(await alert.textContent()).toContain('The continue token is not valid');
      await alert.getByRole('link', { name: 'Show the newest messages' }).click();
      await expect.poll(() => cards(page).count(), WAIT).toBe(20);
    } finally {
      await context.close();
    }
  }, 120_000);
});
