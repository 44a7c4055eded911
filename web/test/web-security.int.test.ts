// The web app's defences, against a production build served by `next start` and a real API (its own
// database, the shared Redis and mailpit), with a recording pass-through in between so the tests can see
// what the web server sends the API and can make the API fail on purpose. Issue 18: open redirects after
// sign-in; parallel requests spending one refresh token; a busy or failing API taken for a lost session;
// every visitor counted as the web server's one address; sign-out from another site; and a Content-
// Security-Policy with a fresh nonce that every page, the dashboard's thumbnails and the editor's live
// preview run under without a single violation.

import { freePort } from '@pagemagic/hack/testkit/free-port';
import { extractLink, Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refresh } from '../../api/src/contract/auth.ts';
import { getProfile } from '../../api/src/contract/profile.ts';
import { createSite, getSiteContent } from '../../api/src/contract/sites.ts';
import { listWorkspaces } from '../../api/src/contract/workspaces.ts';
import { workspaceNamespace } from '../../api/src/tenancy/workspaces.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import {
  type Operator,
  startWorkspaceOperator,
  stopWorkspaceOperator,
} from '../../api/test/helpers/workspace-operator.ts';
import { launchBrowser } from '../../operator/test/helpers/browser.ts';
import { type ApiStandIn, type StandInAnswer, startApiStandIn } from './helpers/api-stand-in.ts';
import { buildWebApp, startWebServer, type WebServer } from './helpers/web-server.ts';

const run = Date.now().toString(36);
const WAIT = { timeout: 30_000 };
// Spellings of another origin that browsers reach from a "path" (tab, CR and LF are dropped, `\` is `/`).
const OFF_SITE = [
  '/\t/evil.example/',
  '/\n/evil.example/',
  '/\r/evil.example/',
  '/.//evil.example',
  '/\\evil.example',
];

let api: TestApi;
let standIn: ApiStandIn;
let web: WebServer;
let browser: Browser;
let operator: Operator | undefined;

beforeAll(async () => {
  const port = await freePort();
  // The web server (through the stand-in, both on loopback) is the API's trusted proxy, as under `make dev`.
  api = await startTestApi({
    env: { PAGEMAGIC_WEB_URL: `http://localhost:${port}`, PAGEMAGIC_TRUSTED_PROXIES: '127.0.0.1' },
  });
  standIn = await startApiStandIn(api.url);
  await buildWebApp();
  web = await startWebServer(standIn.url, port);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopWorkspaceOperator(operator);
  await web?.close();
  await standIn?.close();
  await api?.close();
});

/** Signs `email` in through the web app's sign-in page at `path`; the link comes from mailpit. */
async function signIn(context: BrowserContext, email: string, path = '/sign-in') {
  const tab = await context.newPage();
  await tab.goto(`${web.url}${path}`);
  const askedAt = new Date(Date.now() - 1000);
  await tab.getByLabel('Email address').fill(email);
  await tab.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await tab.getByRole('heading', { name: 'Check your email' }).waitFor();
  const mail = await new Mailpit().waitFor(email, {
    after: askedAt,
    subject: 'Sign in to Page Magic',
    timeoutMs: 30_000,
  });
  const confirmTab = await context.newPage();
  await confirmTab.goto(extractLink(mail.Text, `${api.url}/api/v1/auth/confirm`));
  await confirmTab.getByRole('button', { name: 'Sign in' }).click();
  await confirmTab.getByRole('heading', { name: 'You are signed in' }).waitFor();
  await confirmTab.close();
  return tab;
}

describe('where sign-in sends people afterwards', () => {
  it('lands on the app after a magic-link sign-in that asked for another origin', async () => {
    const context = await browser.newContext();
    try {
      const tab = await signIn(
        context,
        `next-${run}@web-security.pagemagic.localhost`,
        `/sign-in?next=${encodeURIComponent('/\t/evil.example/')}`,
      );
      // The check page moves on by itself once the link is confirmed; wherever it goes is where the app sent it.
      await expect.poll(() => tab.url(), WAIT).not.toContain('/sign-in');
      expect(tab.url()).toBe(`${web.url}/`);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('hands the OAuth start only a path on this origin', async () => {
    for (const next of OFF_SITE) {
      const response = await fetch(`${web.url}/auth/oauth/google?next=${encodeURIComponent(next)}`, {
        redirect: 'manual',
      });
      expect(response.status, JSON.stringify(next)).toBe(307);
      const start = new URL(response.headers.get('location') ?? '');
      expect(start.searchParams.get('redirect'), JSON.stringify(next)).toBe('/');
    }
    const kept = await fetch(
      `${web.url}/auth/oauth/google?next=${encodeURIComponent('/sites/x/edit?page=a')}`,
      {
        redirect: 'manual',
      },
    );
    expect(new URL(kept.headers.get('location') ?? '').searchParams.get('redirect')).toBe(
      '/sites/x/edit?page=a',
    );
  });

  it('stays on this origin after an OAuth sign-in whose stored redirect points elsewhere', async () => {
    try {
      for (const redirect of OFF_SITE) {
        standIn.answer('/api/v1/auth/oauth/exchange', {
          status: 200,
          body: {
            accessToken: 'a.b.c',
            refreshToken: 'r'.repeat(43),
            tokenType: 'Bearer',
            expiresIn: 900,
            userId: '00000000-0000-4000-8000-000000000000',
            redirect,
          },
        });
        const response = await fetch(`${web.url}/auth/callback?code=one-time`, {
          redirect: 'manual',
          headers: { cookie: `pm_oauth_verifier=${'v'.repeat(43)}` },
        });
        expect(response.status, JSON.stringify(redirect)).toBe(307);
        expect(response.headers.get('location'), JSON.stringify(redirect)).toBe(`${web.url}/`);
      }
    } finally {
      standIn.passThrough('/api/v1/auth/oauth/exchange');
    }
  });

  it('keeps only a path on this origin in the sign-in form', async () => {
    for (const next of OFF_SITE) {
      const html = await (await fetch(`${web.url}/sign-in?next=${encodeURIComponent(next)}`)).text();
      expect(html, JSON.stringify(next)).toMatch(/<input type="hidden" name="next" value="\/"\s*\/?>/);
    }
  });
});

/** The cookies a response sets, by name (a deletion shows as an empty value). */
function setCookies(response: Response): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    cookies[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return cookies;
}

describe('refreshing the session', () => {
  it('serves parallel page loads that bring only the refresh cookie, and the sign-in survives', async () => {
    const { tokens } = await api.signUp(`race-${run}@web-security.pagemagic.localhost`);
    const load = () =>
      fetch(`${web.url}/account`, {
        redirect: 'manual',
        headers: { cookie: `pm_refresh=${tokens.refreshToken}` },
      });
    const answers = await Promise.all([load(), load(), load(), load()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const handed = answers.map(setCookies);
    const [first] = handed;
    expect(first?.pm_refresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first?.pm_refresh).not.toBe(tokens.refreshToken);
    // One refresh for all of them: every response hands the browser the same new pair.
    for (const cookies of handed) {
      expect(cookies.pm_refresh).toBe(first?.pm_refresh);
      expect(cookies.pm_access).toBe(first?.pm_access);
    }

    // A request the browser sent before the new cookies arrived, still with the old refresh token.
    const late = await load();
    expect(late.status).toBe(200);
    expect(setCookies(late).pm_refresh).toBe(first?.pm_refresh);

    // The sign-in is alive: the new access token works, and the new refresh token is spent once, normally.
    const profile = await api.client({ accessToken: first?.pm_access ?? '' }).call(getProfile);
    expect(profile.email).toBe(`race-${run}@web-security.pagemagic.localhost`);
    await expect(
      api.client().call(refresh, { body: { refreshToken: first?.pm_refresh ?? '' } }),
    ).resolves.toMatchObject({ tokenType: 'Bearer' });
  });
});

describe('when the API cannot refresh the session right now', () => {
  const FAILURES: Array<[string, StandInAnswer]> = [
    [
      'a rate limit (429)',
      {
        status: 429,
        headers: { 'retry-after': '7' },
        body: {
          error: { code: 'rate_limited', message: 'Too many requests', details: { retryAfterSeconds: 7 } },
        },
      },
    ],
    [
      'a server error (500)',
      { status: 500, body: { error: { code: 'internal', message: 'Something broke' } } },
    ],
    ['an outage (503)', { status: 503, body: { error: { code: 'unavailable', message: 'Redis is down' } } }],
    ['a dropped connection', 'drop'],
  ];

  it.each(FAILURES)('keeps the session through %s and asks to try again', async (what, failure) => {
    const { tokens } = await api.signUp(
      `busy-${what.replace(/\W+/g, '-')}-${run}@web-security.pagemagic.localhost`,
    );
    const cookie = `pm_refresh=${tokens.refreshToken}`;
    standIn.answer('/api/v1/auth/refresh', failure);
    let page: Response;
    let stream: Response;
    try {
      page = await fetch(`${web.url}/account`, {
        redirect: 'manual',
        headers: { cookie, accept: 'text/html' },
      });
      stream = await fetch(`${web.url}/app-api/sites/any/events`, {
        redirect: 'manual',
        headers: { cookie, accept: 'text/event-stream' },
      });
    } finally {
      standIn.passThrough('/api/v1/auth/refresh');
    }
    expect(page.status).toBe(503);
    expect(Number(page.headers.get('retry-after'))).toBe(
      failure !== 'drop' && failure.status === 429 ? 7 : 5,
    );
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('try again');
    expect(setCookies(page)).toEqual({});
    expect(stream.status).toBe(503);
    expect(await stream.json()).toMatchObject({ error: { code: 'unavailable' } });
    expect(setCookies(stream)).toEqual({});

    // The refresh token was neither spent nor revoked: once the API answers, the same cookie works.
    const later = await fetch(`${web.url}/account`, { redirect: 'manual', headers: { cookie } });
    expect(later.status).toBe(200);
  });

  it('still sends someone whose refresh token the API refuses (401) to sign in, forgetting the cookies', async () => {
    const answer = await fetch(`${web.url}/account`, {
      redirect: 'manual',
      headers: { cookie: `pm_refresh=${'x'.repeat(43)}` },
    });
    expect(answer.status).toBe(307);
    expect(new URL(answer.headers.get('location') ?? '', web.url).pathname).toBe('/sign-in');
    expect(setCookies(answer)).toEqual({ pm_access: '', pm_refresh: '' });
  });
});

describe('the visitor address the API sees', () => {
  const callsDuring = async (work: () => Promise<void>) => {
    const from = standIn.calls.length;
    await work();
    return standIn.calls.slice(from);
  };

  it("sends the visitor's X-Forwarded-For with the refresh and with the page's own API calls", async () => {
    const { tokens } = await api.signUp(`forwarded-${run}@web-security.pagemagic.localhost`);
    const calls = await callsDuring(async () => {
      const answer = await fetch(`${web.url}/account`, {
        redirect: 'manual',
        headers: { cookie: `pm_refresh=${tokens.refreshToken}`, 'x-forwarded-for': '203.0.113.7' },
      });
      expect(answer.status).toBe(200);
    });
    const paths = calls.map((call) => call.path);
    expect(paths).toContain('/api/v1/auth/refresh');
    expect(paths).toContain('/api/v1/profile');
    for (const call of calls) expect(call.headers['x-forwarded-for'], call.path).toBe('203.0.113.7');
  });

  it('sends the address the web server saw when the visitor sent none', async () => {
    const calls = await callsDuring(async () => {
      expect((await fetch(`${web.url}/sign-in`)).status).toBe(200);
    });
    expect(calls.map((call) => call.path)).toContain('/api/v1/auth/oauth/providers');
    for (const call of calls) expect(call.headers['x-forwarded-for'], call.path).toBe('127.0.0.1');
  });

  it("has the API record the visitor's address, not the web server's", async () => {
    const { user, tokens } = await api.signUp(`audited-${run}@web-security.pagemagic.localhost`);
    const answer = await fetch(`${web.url}/auth/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: `pm_refresh=${tokens.refreshToken}`,
        origin: web.url,
        'x-forwarded-for': '198.51.100.23',
      },
    });
    expect(answer.status).toBe(303);
    const { rows } = await api.services.db.query<{ ip: string }>(
      "SELECT host(ip) AS ip FROM audit_log WHERE action = 'auth.logout' AND actor_user_id = $1",
      [user.id],
    );
    expect(rows).toEqual([{ ip: '198.51.100.23' }]);
  });
});

describe('state-changing requests from another site', () => {
  const FOREIGN: Array<Record<string, string>> = [
    { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    // A site's pages on a sibling host of the app are the same site, but not the same origin.
    { origin: 'http://bakery.sites.localhost', 'sec-fetch-site': 'same-site' },
    // Browsers without Sec-Fetch-Site still send Origin.
    { origin: 'https://evil.example' },
    { origin: 'null' },
  ];

  it('refuses a sign-out posted from another site, and the session survives', async () => {
    const { tokens } = await api.signUp(`csrf-${run}@web-security.pagemagic.localhost`);
    const cookie = `pm_access=${tokens.accessToken}; pm_refresh=${tokens.refreshToken}`;
    for (const headers of FOREIGN) {
      const answer = await fetch(`${web.url}/auth/sign-out`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: '',
      });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(setCookies(answer), JSON.stringify(headers)).toEqual({});
    }
    expect((await fetch(`${web.url}/account`, { redirect: 'manual', headers: { cookie } })).status).toBe(200);
    await expect(api.client(tokens).call(getProfile)).resolves.toMatchObject({
      email: `csrf-${run}@web-security.pagemagic.localhost`,
    });
  });

  it('signs out when the sign-out is posted from the app itself', async () => {
    const { tokens } = await api.signUp(`sign-out-${run}@web-security.pagemagic.localhost`);
    const answer = await fetch(`${web.url}/auth/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: `pm_access=${tokens.accessToken}; pm_refresh=${tokens.refreshToken}`,
        'content-type': 'application/x-www-form-urlencoded',
        origin: web.url,
        'sec-fetch-site': 'same-origin',
      },
      body: '',
    });
    expect(answer.status).toBe(303);
    expect(new URL(answer.headers.get('location') ?? '', web.url).pathname).toBe('/sign-in');
    expect(setCookies(answer)).toMatchObject({ pm_access: '', pm_refresh: '' });
    // The sign-in ended at the API: its access token no longer works.
    await expect(api.client(tokens).call(getProfile)).rejects.toMatchObject({ status: 401 });
  });

  it('refuses a cross-site post to the sign-in poll, which sets session cookies', async () => {
    for (const headers of FOREIGN) {
      const answer = await fetch(`${web.url}/auth/poll`, { method: 'POST', redirect: 'manual', headers });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
    }
    const same = await fetch(`${web.url}/auth/poll`, {
      method: 'POST',
      headers: { origin: web.url, 'sec-fetch-site': 'same-origin' },
    });
    expect(await same.json()).toMatchObject({ status: 'gone' });
  });
});

describe('when the API has no event stream to spare', () => {
  const TOO_MANY: StandInAnswer = {
    status: 429,
    body: {
      error: {
        code: 'too_many_streams',
        message:
          "You have 8 event streams open, the most one person may have at once (8); close one (another tab or window showing a site's progress) and try again",
        details: { scope: 'user', open: 8, limit: 8 },
      },
    },
  };

  it('pauses the progress stream with the reason and the site as it is, and the page picks up again later', async () => {
    const { tokens } = await api.signUp(`streams-${run}@web-security.pagemagic.localhost`);
    const client = api.client({ accessToken: tokens.accessToken });
    const site = await client.call(createSite, { body: { prompt: 'A flower shop in Bath' } });
    const eventsPath = `/api/v1/sites/${site.id}/events`;
    const cookie = `pm_refresh=${tokens.refreshToken}`;
    standIn.answer(eventsPath, TOO_MANY);
    let context: BrowserContext | undefined;
    try {
      const stream = await fetch(`${web.url}/app-api/sites/${site.id}/events`, {
        headers: { cookie, accept: 'text/event-stream' },
      });
      // An error answer would make EventSource give up for good; a short stream asks it to come back.
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const text = await stream.text();
      expect(text).toMatch(/^retry: 15000\n\n/);
      expect(text).toContain(`"id":"${site.id}"`);
      expect(text).toContain('"change":"snapshot"');
      expect(text).toContain('event: paused\ndata: {"message":"You have 8 event streams open');

      context = await browser.newContext();
      await context.addCookies([{ name: 'pm_refresh', value: tokens.refreshToken, url: web.url }]);
      const page = await context.newPage();
      await page.goto(`${web.url}/sites/${site.id}`);
      const paused = page.getByText('Live updates paused: You have 8 event streams open', { exact: false });
      await paused.waitFor(WAIT);
      await page.getByText('Trying again in 15 seconds.', { exact: false }).waitFor(WAIT);

      standIn.passThrough(eventsPath);
      await paused.waitFor({ state: 'detached', timeout: 45_000 });
    } finally {
      standIn.passThrough(eventsPath);
      await context?.close();
    }
  }, 120_000);
});

describe('the Content-Security-Policy', () => {
  /** The policy's directives, by name. */
  const policyOf = (response: Response) =>
    new Map(
      (response.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name = '', ...values]) => [name, values]),
    );

  it('comes with every page, strict, with a fresh nonce that every script of the page carries', async () => {
    const nonces: string[] = [];
    for (const path of ['/sign-in', '/sign-in', '/sign-in/check']) {
      const response = await fetch(`${web.url}${path}`);
      expect(response.status).toBe(200);
      const policy = policyOf(response);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      const scripts = policy.get('script-src') ?? [];
      const nonce = scripts.find((source) => source.startsWith("'nonce-"))?.slice(7, -1) ?? '';
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}={0,2}$/);
      expect(scripts).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
      expect(policy.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      const html = await response.text();
      const tags = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it("covers the proxy's own answers and redirects too", async () => {
    const redirect = await fetch(`${web.url}/account`, { redirect: 'manual' });
    expect(redirect.status).toBe(307);
    expect(policyOf(redirect).get('default-src')).toEqual(["'self'"]);
    const refused = await fetch(`${web.url}/auth/sign-out`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(refused.status).toBe(403);
    expect(policyOf(refused).get('default-src')).toEqual(["'self'"]);
  });

  it('asks browsers for HTTPS only when the request came over HTTPS', async () => {
    const plain = await fetch(`${web.url}/sign-in`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const secure = await fetch(`${web.url}/sign-in`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=63072000');
  });

  it('lets sign-in, the dashboard, a site, its editor with the live preview and the account run without a violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Every violation in a document of this app, from the event each blocked load or inline piece fires
    // and from the console, where Chromium also reports those in sandboxed frames that run no script.
    const violations: string[] = [];
    const onApp = (page: Page) => page.url().startsWith(web.url);
    await context.exposeBinding('reportViolation', ({ page }, text: string) => {
      if (onApp(page)) violations.push(text);
    });
    await context.addInitScript(() => {
      const scope = globalThis as unknown as {
        document: {
          addEventListener(type: string, listener: (event: unknown) => void, capture: boolean): void;
        };
        reportViolation(text: string): void;
      };
      scope.document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          const violation = event as { effectiveDirective: string; blockedURI: string; documentURI: string };
          scope.reportViolation(
            `${violation.effectiveDirective} blocked ${violation.blockedURI} in ${violation.documentURI}`,
          );
        },
        true,
      );
    });
    context.on('page', (page) => {
      page.on('console', (message) => {
        if (onApp(page) && /Content.Security.Policy|Refused to/i.test(message.text())) {
          violations.push(`console on ${page.url()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => {
        if (onApp(page)) violations.push(`error on ${page.url()}: ${error.message}`);
      });
    });
    try {
      const email = `csp-${run}@web-security.pagemagic.localhost`;
      const page = await signIn(context, email);
      await page.waitForURL(`${web.url}/`, WAIT);
      await page.getByRole('heading', { name: 'Your first site is one sentence away' }).waitFor();

      // A site with content, written by the real operator, for the thumbnail and the editor.
      const access = (await context.cookies()).find((cookie) => cookie.name === 'pm_access')?.value ?? '';
      const client = api.client({ accessToken: access });
      const [workspace] = (await client.call(listWorkspaces)).items;
      operator = await startWorkspaceOperator(workspaceNamespace(workspace?.id ?? ''));
      const site = await client.call(createSite, {
        body: { prompt: 'A bicycle repair shop in Leeds that also sells second-hand bikes' },
      });
      await eventually(
        'the site content to be written',
        () => client.call(getSiteContent, { params: { siteId: site.id } }),
        120,
      );

      await page.goto(`${web.url}/`);
      const card = page.getByRole('listitem').filter({ hasText: site.id });
      await expect.poll(() => card.frameLocator('iframe').locator('h1').count(), WAIT).toBeGreaterThan(0);

      // Followed by links, so some pages arrive by client-side navigation under the first page's policy.
      await page.getByRole('link', { name: site.id, exact: true }).click();
      await page.waitForURL(`${web.url}/sites/${site.id}`);
      await page.getByRole('link', { name: 'Edit', exact: true }).click();
      const heading = page.getByLabel('Heading').first();
      await heading.waitFor(WAIT);
      const preview = page.frameLocator('iframe[title^="Preview"]');
      await heading.fill('Wheels fixed while you wait');
      await expect
        .poll(() => preview.locator('h1').first().textContent(), WAIT)
        .toBe('Wheels fixed while you wait');
      // Selecting a section in the preview outlines it with a style the editor adds to the frame.
      await preview.locator('main section[id]').first().click();
      await expect.poll(() => preview.locator('#pagemagic-editor-style').count(), WAIT).toBe(1);

      for (const path of [
        `/sites/${site.id}/history`,
        `/sites/${site.id}/domains`,
        '/new',
        '/account',
        '/',
      ]) {
        await page.goto(`${web.url}${path}`);
        await page.getByRole('main').waitFor();
      }
      await page.goto(`${web.url}/sites/${site.id}/edit`);
      await expect.poll(() => preview.locator('h1').count(), WAIT).toBeGreaterThan(0);
      // Thumbnails after a client-side navigation: the page's policy is still the first page's.
      await page.getByRole('link', { name: 'Sites', exact: true }).click();
      await expect.poll(() => card.frameLocator('iframe').locator('h1').count(), WAIT).toBeGreaterThan(0);

      expect(violations).toEqual([]);

      // The watch works: an image from elsewhere is refused, and reported.
      await page.evaluate(() => {
        const { document } = globalThis as unknown as {
          document: { createElement(tag: string): { src: string }; body: { append(node: unknown): void } };
        };
        const image = document.createElement('img');
        image.src = 'https://csp-canary.invalid/pixel.png';
        document.body.append(image);
      });
      await expect.poll(() => violations.join('\n'), WAIT).toContain('img-src');
    } finally {
      await context.close();
    }
  }, 300_000);
});
