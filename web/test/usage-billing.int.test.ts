// The Usage and Billing pages in Debian's Chromium, against a production build served by `next start` and a
// real API with stripe-mock behind it: usage written into usage_hourly the way the meter writes it is drawn
// as one Recharts chart per metric with the plan's limit as a reference line, summed up in words and
// tables, filtered by site and by hour; the Billing page shows the plan, each limit beside its use and the
// plans side by side, sends the owner to Stripe Checkout, and shows anyone else why they cannot; at the
// plan's limit the create-site and add-domain buttons are disabled with the reason, and a 402 from an
// action shows the API's message. axe finds nothing on any of it, and nothing breaks the page's
// Content-Security-Policy.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDomain } from '../../api/src/contract/domains.ts';
import { createSite } from '../../api/src/contract/sites.ts';
import { listWorkspaces } from '../../api/src/contract/workspaces.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { axeViolations, launchBrowser } from '../../operator/test/helpers/browser.ts';
import { buildWebApp, startWebServer, type WebServer, webRoot } from './helpers/web-server.ts';

const artifacts = join(webRoot, '..', '.local', 'test-artifacts', 'usage-billing');
const run = Date.now().toString(36);
const WAIT = { timeout: 30_000 };
const GIB = 1024 ** 3;
const stripe = testServerSettings();

let api: TestApi;
let web: WebServer;
let browser: Browser;
let owner: { accessToken: string; refreshToken: string };
let workspaceId = '';
let workspaceName = '';
let step = 0;
/** Console messages and page errors that name the Content-Security-Policy, from every page opened. */
const policyViolations: string[] = [];

async function checkPage(target: Page, name: string): Promise<void> {
  step += 1;
  await target.screenshot({
    path: join(artifacts, `${String(step).padStart(2, '0')}-${name}.png`),
    fullPage: true,
  });
  const violations = await axeViolations(target);
  expect(violations, `axe on ${name} (${target.url()})`).toEqual([]);
}

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
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  });
  return context;
}

/** A row of usage_hourly, as `pagemagic-api meter` writes one. */
async function used(site: string, metric: string, hour: Date, value: number): Promise<void> {
  await api.services.db.query(
    'INSERT INTO usage_hourly (workspace_id, site, metric, hour, value) VALUES ($1, $2, $3, $4, $5)',
    [workspaceId, site, metric, hour, value],
  );
}

/** The first instant of this UTC month, plus `hours`. */
function thisMonth(hours: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) + hours * 3_600_000);
}

const figure = (page: Page, title: string) =>
  page.getByRole('main').getByRole('figure', { name: title, exact: true });

beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
  const port = await freePort();
  api = await startTestApi({
    env: {
      PAGEMAGIC_WEB_URL: `http://localhost:${port}`,
      STRIPE_SECRET_KEY: stripe.stripeSecretKey,
      STRIPE_API_URL: stripe.stripeApiUrl,
      STRIPE_WEBHOOK_SECRET: 'whsec_web_usage_billing',
    },
  });
  await buildWebApp();
  web = await startWebServer(api.url, port);
  browser = await launchBrowser();

  ({ tokens: owner } = await api.signUp(`owner-${run}@usage.pagemagic.localhost`));
  const [workspace] = (await api.client(owner).call(listWorkspaces)).items;
  workspaceId = workspace?.id ?? '';
  workspaceName = workspace?.name ?? '';
  for (const name of ['bakery', 'cafe']) {
    await api.client(owner).call(createSite, { body: { name, prompt: `A ${name} in Porto, open daily` } });
  }
  // This month, in its first hours (so every day of a month has them): bakery's traffic and a build, the
  // cafe's traffic, and generations that belong to no one site.
  await used('bakery', 'requests', thisMonth(10), 120);
  await used('bakery', 'requests', thisMonth(11), 60);
  await used('cafe', 'requests', thisMonth(13), 20);
  await used('bakery', 'bandwidth_bytes', thisMonth(10), 8.5 * GIB);
  await used('cafe', 'bandwidth_bytes', thisMonth(13), 0.5 * GIB);
  await used('bakery', 'build_seconds', thisMonth(9), 150);
  await used('', 'generations', thisMonth(12), 3);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

describe('the Usage page', () => {
  it('draws a chart per metric with the plan limit, says it in words and tables, and filters', async () => {
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/account`);
      await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Usage' }).click();
      await page.waitForURL(`${web.url}/account/usage`, WAIT);
      await page.getByRole('heading', { name: `Usage of ${workspaceName}`, level: 2 }).waitFor(WAIT);
      expect(
        await page
          .getByRole('navigation', { name: 'Account' })
          .getByRole('link', { name: 'Usage' })
          .getAttribute('aria-current'),
      ).toBe('page');

      const titles = [
        'Requests',
        'Bandwidth',
        'Build time',
        'AI prompt tokens',
        'AI completion tokens',
        'Generations',
      ];
      for (const title of titles) await figure(page, title).waitFor(WAIT);
      const requests = figure(page, 'Requests');
      expect(await requests.locator('[data-summary]').textContent()).toMatch(
        /^200 requests this month\. The busiest day was .+, with 200 requests\.$/,
      );
      const bandwidth = figure(page, 'Bandwidth');
      expect(await bandwidth.locator('[data-summary]').textContent()).toContain(
        '9 GiB this month. The busiest day was',
      );
      expect(await bandwidth.locator('[data-summary]').textContent()).toContain(
        'This month the workspace has used 9 GiB of the 10 GiB its plan includes (90%).',
      );
      // Recharts draws in the browser: bars, and the limit as a labelled reference line.
      await bandwidth.locator('svg.recharts-surface').waitFor(WAIT);
      expect(await bandwidth.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
      expect(await bandwidth.locator('.recharts-reference-line').count()).toBe(1);
      expect(await bandwidth.locator('svg.recharts-surface').getByText('Plan limit 10 GiB').count()).toBe(1);
      expect(await requests.locator('.recharts-reference-line').count()).toBe(0);
      expect(await bandwidth.locator('svg.recharts-surface title').textContent()).toBe('Bandwidth per day');

      // The numbers behind a chart, a row per day.
      await requests.getByText('Requests by day, as numbers').click();
      const days = requests.getByRole('table').getByRole('row');
      expect(await days.count()).toBeGreaterThan(1);
      expect(await days.nth(1).getByRole('cell').nth(1).textContent()).toBe('200 requests');

      // Per site, the busiest (by bandwidth) first, and the workspace's own generations.
      const bySite = page.getByRole('table', { name: 'Usage by site in this period, the busiest first' });
      const siteRows = bySite.locator('tbody tr');
      expect(await siteRows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-site')))).toEqual([
        'bakery',
        'cafe',
        '',
      ]);
      expect(await siteRows.first().getByRole('cell').first().textContent()).toBe('180');
      await checkPage(page, 'usage');

      // By hour, for the bakery only: the page's address says so, and the figures follow.
      await page.getByRole('radio', { name: 'Hour' }).check();
      await page.getByLabel('Site', { exact: true }).selectOption('bakery');
      await page.getByRole('button', { name: 'Show usage' }).click();
      await page.waitForURL(/granularity=hour&site=bakery/, WAIT);
      await figure(page, 'Requests').waitFor(WAIT);
      expect(await figure(page, 'Requests').locator('[data-summary]').textContent()).toMatch(
        /^180 requests on bakery this month\. The busiest hour was .+ 10:00, with 120 requests\.$/,
      );
      expect(await page.getByRole('table', { name: /Usage by site/ }).count()).toBe(0);
      // The limit is the workspace's: said in words, not drawn against one site's bars.
      await figure(page, 'Bandwidth').locator('svg.recharts-surface').waitFor(WAIT);
      expect(await figure(page, 'Bandwidth').locator('.recharts-reference-line').count()).toBe(0);
      expect(await page.getByLabel('Site', { exact: true }).inputValue()).toBe('bakery');
      await checkPage(page, 'usage-bakery-by-hour');

      // A combination the API does not serve: its reason, and the way back.
      await page.goto(`${web.url}/account/usage?period=last-12-months&granularity=hour`);
      const alert = page.getByRole('main').getByRole('alert');
      await alert.waitFor(WAIT);
      expect(await alert.textContent()).toContain('hourly usage covers at most 31 days');
      await checkPage(page, 'usage-refused');
    } finally {
      await context.close();
    }
  }, 180_000);
});

describe('the Billing page', () => {
  it('shows the plan, each limit beside its use, the plans, and sends the owner to Stripe Checkout', async () => {
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/account/usage`);
      await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Billing' }).click();
      await page.waitForURL(`${web.url}/account/billing`, WAIT);
      await page
        .getByRole('heading', { name: `${workspaceName} is on the Free plan`, level: 2 })
        .waitFor(WAIT);
      const limit = (key: string) => page.locator(`[data-limit="${key}"]`);
      expect(await limit('websites').textContent()).toBe('Sites2 of 3 (67%)');
      expect(await limit('bandwidth').textContent()).toBe('Bandwidth9 GiB of 10 GiB this month (90%)');
      expect(await limit('build').textContent()).toBe('Build time2.5 minutes of 60 minutes this month (4%)');

      const plans = page.getByRole('table', { name: 'The plans compared, limit by limit' });
      expect(await plans.getByRole('columnheader').allTextContents()).toEqual([
        expect.stringMatching(/^FreeFreeYour plan$/),
        expect.stringMatching(/^Pro\$19 a month$/),
        expect.stringMatching(/^Business\$79 a month$/),
      ]);
      expect(
        await plans
          .getByRole('row', { name: /^Sites / })
          .getByRole('cell')
          .allTextContents(),
      ).toEqual(['3', '50', '500']);
      const upgrade = page.getByRole('button', { name: 'Upgrade to Pro' });
      expect(await upgrade.isEnabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Manage billing' }).count()).toBe(0);
      await checkPage(page, 'billing');

      // Stripe's own page is not reachable from here: the browser is answered for it, and the test sees the
      // address stripe-mock's Checkout Session gave.
      await context.route('https://checkout.stripe.com/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Stripe Checkout</title><p>Checkout</p>' }),
      );
      await upgrade.click();
      await page.waitForURL(/^https:\/\/checkout\.stripe\.com\/\S+/, WAIT);

      // Stripe sends the person back to the API's return address: the Billing page, saying what happened.
      await page.goto(`${web.url}/billing?workspace=${workspaceId}&checkout=cancelled`);
      await page.waitForURL(`${web.url}/account/billing?checkout=cancelled`, WAIT);
      expect(await page.getByRole('status').filter({ hasText: 'Checkout was cancelled' }).textContent()).toBe(
        'Checkout was cancelled: nothing was charged, and the plan is as it was.',
      );
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows an editor the plan, with the owner-only buttons disabled and the reason', async () => {
    const { user, tokens } = await api.signUp(`editor-${run}@usage.pagemagic.localhost`);
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'editor')",
      [workspaceId, user.id],
    );
    const context = await signedIn(tokens, workspaceId);
    try {
      const page = await context.newPage();
      await page.goto(`${web.url}/account/billing`);
      await page
        .getByRole('heading', { name: `${workspaceName} is on the Free plan`, level: 2 })
        .waitFor(WAIT);
      for (const name of ['Upgrade to Pro', 'Upgrade to Business', 'Manage billing']) {
        const button = page.getByRole('button', { name });
        expect(await button.isDisabled(), name).toBe(true);
        const reason = await button.getAttribute('aria-describedby');
        expect(await page.locator(`#${reason}`).textContent()).toContain(
          `Only an owner of ${workspaceName} can change the plan or manage payment.`,
        );
      }
      await checkPage(page, 'billing-editor');
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('limits where they bite', () => {
  it('shows the API’s message when an action meets the limit, then disables the buttons with the reason', async () => {
    const context = await signedIn(owner);
    try {
      const page = await context.newPage();
      // Two sites of three: the form is open, and a third is made elsewhere before it is sent.
      await page.goto(`${web.url}/new`);
      const create = page.getByRole('button', { name: 'Create my site' });
      expect(await create.isEnabled()).toBe(true);
      await page
        .getByLabel('Describe your business in a sentence')
        .fill('A flower shop in Braga with weddings');
      await api
        .client(owner)
        .call(createSite, { body: { name: 'deli', prompt: 'A deli in Porto, open daily' } });
      await create.click();
      const refused = page.getByRole('main').getByRole('alert');
      await refused.waitFor(WAIT);
      expect(await refused.textContent()).toContain('The Free plan allows 3 sites and this workspace has 3');
      expect(
        await refused.getByRole('link', { name: 'See plans and usage on the Billing page' }).count(),
      ).toBe(1);
      await checkPage(page, 'create-refused');

      // At the limit: the buttons say why they are disabled, and where to get more room.
      await page.goto(`${web.url}/new`);
      const disabled = page.getByRole('button', { name: 'Create my site' });
      expect(await disabled.isDisabled()).toBe(true);
      expect(await disabled.getAttribute('aria-describedby')).toBe('site-limit');
      const reason = page.locator('#site-limit');
      expect(await reason.textContent()).toBe(
        'The Free plan allows 3 sites and this workspace has 3. Delete a site, or upgrade to Pro (50 sites). See plans and usage on the Billing page',
      );
      await checkPage(page, 'create-at-limit');

      await page.goto(web.url);
      const newSite = page.getByRole('main').getByRole('button', { name: 'New site' });
      await newSite.waitFor(WAIT);
      expect(await newSite.isDisabled()).toBe(true);
      expect(await page.locator('#site-limit').textContent()).toContain('The Free plan allows 3 sites');
      await page.locator('#site-limit').getByRole('link').click();
      await page.waitForURL(`${web.url}/account/billing`, WAIT);
      expect(await page.locator('[data-limit="websites"]').textContent()).toBe('Sites3 of 3 (100%)');

      // One custom domain on Free: with it taken, adding another is disabled too.
      await api
        .client(owner)
        .call(addDomain, { params: { siteId: 'bakery' }, body: { host: `www.bakery-${run}.example.com` } });
      await page.goto(`${web.url}/sites/cafe/domains`);
      const add = page.getByRole('button', { name: 'Add domain' });
      await add.waitFor(WAIT);
      expect(await add.isDisabled()).toBe(true);
      expect(await page.locator('#domain-limit').textContent()).toContain(
        'The Free plan allows 1 custom domain and this workspace has 1.',
      );
      await checkPage(page, 'domain-at-limit');
    } finally {
      await context.close();
    }
    expect(policyViolations).toEqual([]);
  }, 180_000);
});
