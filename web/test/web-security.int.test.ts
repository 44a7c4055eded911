// The web app's defences, against a production build served by `next start` and a real API (its own
// database, the shared Redis and mailpit), with a recording pass-through in between so the tests can see
// what the web server sends the API and can make the API fail on purpose. Issue 18: open redirects after
// sign-in; parallel requests spending one refresh token.

import { freePort } from '@pagemagic/hack/free-port';
import { extractLink, Mailpit } from '@pagemagic/hack/mailpit';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refresh } from '../../api/src/contract/auth.ts';
import { getProfile } from '../../api/src/contract/profile.ts';
import { startTestApi, type TestApi } from '../../api/test/helpers/test-api.ts';
import { launchBrowser } from '../../operator/test/helpers/browser.ts';
import { type ApiStandIn, startApiStandIn } from './helpers/api-stand-in.ts';
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

beforeAll(async () => {
  const port = await freePort();
  api = await startTestApi({ env: { PAGEMAGIC_WEB_URL: `http://localhost:${port}` } });
  standIn = await startApiStandIn(api.url);
  await buildWebApp();
  web = await startWebServer(standIn.url, port);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
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
