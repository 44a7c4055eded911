// Magic-link sign-in end to end: the API sends real mail over SMTP to mailpit, the test reads it there and
// follows the link as a person (or a mail scanner, or an attacker) would.

import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractLink, Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_TTL_SECONDS, PAGE_THEME } from '../src/auth/magic-link.ts';
import { ApiClientError } from '../src/client/index.ts';
import { confirm, login, pollLogin } from '../src/contract/auth.ts';
import { getProfile } from '../src/contract/profile.ts';
import { hashToken } from '../src/crypto/tokens.ts';
import { smtpMailer } from '../src/mail/mailer.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
const mailpit = new Mailpit();

beforeAll(async () => {
  api = await startTestApi({
    // Sign-in budgets are another test's subject; here they would only cut the concurrent cases short.
    env: { PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '100000', PAGEMAGIC_RATE_LIMIT_AUTH_PER_EMAIL: '100000' },
  });
});
afterAll(async () => {
  await mailpit.deleteMatching('to:"@h1-auth.example.com"').catch(() => undefined);
  await api?.close();
});

function newEmail(prefix = 'person'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@h1-auth.example.com`;
}

const confirmPrefix = () => `${api.services.config.publicUrl}/api/v1/auth/confirm?token=`;

/** Asks for a link and reads it from the mail mailpit received; the link, pointed at this test's API. */
async function requestLink(email: string) {
  const sent = await api.client().call(login, { body: { email } });
  const mail = await mailpit.waitFor(email, { subject: 'Sign in to Page Magic' });
  const link = new URL(extractLink(mail.Text, confirmPrefix()));
  const token = link.searchParams.get('token') as string;
  return { sent, mail, token, localLink: `${api.url}${link.pathname}${link.search}` };
}

async function formConfirm(token: string): Promise<Response> {
  return fetch(`${api.url}/api/v1/auth/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams({ token }).toString(),
  });
}

async function rejection(promise: Promise<unknown>): Promise<ApiClientError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiClientError);
  return error as ApiClientError;
}

async function countRows(table: string): Promise<number> {
  const { rows } = await api.services.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n);
}

describe('POST /auth/login', () => {
  it('answers a known and an unknown address alike, and does the same work for both', async () => {
    const known = await api.signUp(newEmail('known'));
    const unknown = newEmail('unknown');
    const usersBefore = await countRows('users');
    const requestsBefore = await countRows('login_requests');
    const auditBefore = await countRows('audit_log');

    const answers = [];
    for (const email of [known.user.email, unknown]) {
      const response = await fetch(`${api.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      answers.push({ status: response.status, body: (await response.json()) as Record<string, unknown> });
    }
    const [forKnown, forUnknown] = answers as [(typeof answers)[0], (typeof answers)[0]];
    expect(forKnown.status).toBe(202);
    expect(forUnknown.status).toBe(202);
    expect(Object.keys(forKnown.body).sort()).toEqual(Object.keys(forUnknown.body).sort());
    expect(forKnown.body.message).toBe(forUnknown.body.message);
    expect(forKnown.body.expiresIn).toBe(forUnknown.body.expiresIn);
    for (const key of Object.keys(forKnown.body)) {
      expect(typeof forKnown.body[key]).toBe(typeof forUnknown.body[key]);
    }

    // One link row, one audit row and one mail each; no account is made until a link is confirmed.
    expect(await countRows('login_requests')).toBe(requestsBefore + 2);
    expect(await countRows('audit_log')).toBe(auditBefore + 2);
    expect(await countRows('users')).toBe(usersBefore);
    const [knownMail, unknownMail] = await Promise.all([
      mailpit.waitFor(known.user.email),
      mailpit.waitFor(unknown),
    ]);
    expect(knownMail.Subject).toBe(unknownMail.Subject);
    const shape = (text: string) =>
      text.replace(/token=[A-Za-z0-9_-]+/, 'token=T').replace(/[A-Z0-9]{4}-[A-Z0-9]{4}/, 'CODE');
    expect(shape(knownMail.Text)).toBe(shape(unknownMail.Text));
  });

  it('emails a link that signs a new person up, with a workspace of their own, and reads back their profile', async () => {
    const email = newEmail('new');
    const { sent, mail, token, localLink } = await requestLink(email);
    expect(mail.To?.map((to) => to.Address)).toEqual([email]);
    expect(mail.Text).toContain(sent.verificationCode);
    expect(sent.expiresIn).toBe(LINK_TTL_SECONDS);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const page = await fetch(localLink);
    expect(page.status).toBe(200);
    const tokens = await api.client().call(confirm, { body: { token } });
    expect(tokens.tokenType).toBe('Bearer');
    const profile = await api.client(tokens).call(getProfile);
    expect(profile.email).toBe(email);
    expect(profile.id).toBe(tokens.userId);
    expect(profile.workspaces).toHaveLength(1);
    expect(profile.workspaces[0]?.role).toBe('owner');
  });

  it('adds a pagemagic:// link for the mobile app that carries the same one-time code, and no session', async () => {
    const email = newEmail('phone');
    const sent = await api.client().call(login, { body: { email, openIn: 'app' } });
    const mail = await mailpit.waitFor(email, { subject: 'Sign in to Page Magic' });
    const appLink = new URL(extractLink(mail.Text, 'pagemagic://confirm?token='));
    expect([...appLink.searchParams.keys()]).toEqual(['token']);
    const code = appLink.searchParams.get('token') as string;
    // The browser link stays, for a phone without the app; both carry the one code, which works once.
    const browserLink = new URL(extractLink(mail.Text, confirmPrefix()));
    expect(browserLink.searchParams.get('token')).toBe(code);
    expect(mail.HTML).toContain(`href="pagemagic://confirm?token=${code}"`);
    expect(mail.Text).toContain(sent.verificationCode);
    const tokens = await api.client().call(confirm, { body: { token: code } });
    expect((await api.client(tokens).call(getProfile)).email).toBe(email);
    const again = await rejection(api.client().call(confirm, { body: { token: code } }));
    expect(again.status).toBe(410);
    // Without openIn the mail has no app link.
    const plain = newEmail('desk');
    await api.client().call(login, { body: { email: plain } });
    expect((await mailpit.waitFor(plain)).Text).not.toContain('pagemagic://');
  });

  it('refuses a place to open the link that does not exist', async () => {
    const response = await fetch(`${api.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: newEmail('where'), openIn: 'fridge' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('openIn');
  });

  it('signs a known person in to their existing account', async () => {
    const { user } = await api.signUp(newEmail('returning'));
    const { token } = await requestLink(user.email.toUpperCase());
    const tokens = await api.client().call(confirm, { body: { token } });
    expect(tokens.userId).toBe(user.id);
    expect((await api.client(tokens).call(getProfile)).workspaces).toHaveLength(1);
  });

  it('keeps only hashes of the link token and poll secret, and the address encrypted', async () => {
    const email = newEmail('at-rest');
    const { sent, token } = await requestLink(email);
    const { rows } = await api.services.db.query('SELECT * FROM login_requests WHERE id = $1', [
      sent.loginRequestId,
    ]);
    const row = rows[0] as Record<string, unknown>;
    expect(row.token_hash).toEqual(hashToken(token));
    expect(row.poll_secret_hash).toEqual(hashToken(sent.pollSecret));
    const stored = JSON.stringify(row, (_key, value) =>
      value?.type === 'Buffer' ? Buffer.from(value.data).toString('hex') : value,
    );
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(sent.pollSecret);
    expect(stored).not.toContain(email.split('@')[0]);

    const audit = await api.services.db.query<{ details: Record<string, unknown>; actor_user_id: null }>(
      "SELECT details, actor_user_id FROM audit_log WHERE action = 'auth.login_requested' AND target = $1",
      [sent.loginRequestId],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]?.actor_user_id).toBeNull();
    expect(JSON.stringify(audit.rows[0]?.details)).not.toContain(email.split('@')[0]);
    expect(audit.rows[0]?.details.emailLookup).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses what is not an email address', async () => {
    for (const email of ['not-an-address', '', 'a@b@c.example.com', `${'x'.repeat(250)}@example.com`]) {
      const error = await rejection(api.client().call(login, { body: { email } }));
      expect(error.status).toBe(400);
      expect(error.code).toBe('validation_failed');
    }
  });

  it('answers 503 and leaves no usable link when the mail cannot be sent', async () => {
    const working = api.services.mailer;
    // A real SMTP client pointed at a port nothing listens on.
    api.services.mailer = smtpMailer('smtp://127.0.0.1:1', api.services.config.mailFrom);
    try {
      const before = await countRows('login_requests');
      const error = await rejection(api.client().call(login, { body: { email: newEmail('no-mail') } }));
      expect(error.status).toBe(503);
      expect(error.code).toBe('unavailable');
      expect(error.message).toMatch(/try again/);
      expect(await countRows('login_requests')).toBe(before);
    } finally {
      api.services.mailer.close();
      api.services.mailer = working;
    }
  });
});

describe('GET /auth/confirm (the page the link opens)', () => {
  it('shows a confirm button and does not spend the link, however often it is fetched', async () => {
    const email = newEmail('scanner');
    const { sent, token, localLink } = await requestLink(email);
    for (let i = 0; i < 3; i++) {
      const page = await fetch(localLink);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('cache-control')).toBe('no-store');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toContain('unsafe-inline');
      const html = await page.text();
      expect(html).toContain('<form method="post" action="confirm">');
      expect(html).toContain(`name="token" value="${token}"`);
      expect(html).toContain(sent.verificationCode);
      expect(html).not.toContain('<script');
    }
    const { rows } = await api.services.db.query('SELECT used_at FROM login_requests WHERE id = $1', [
      sent.loginRequestId,
    ]);
    expect(rows[0]?.used_at).toBeNull();
    expect((await api.client().call(confirm, { body: { token } })).tokenType).toBe('Bearer');
  });

  it('escapes what it shows: an address with HTML-significant characters, and a hostile token', async () => {
    const email = `o'neil&co-${randomBytes(3).toString('hex')}@h1-auth.example.com`;
    const { localLink } = await requestLink(email);
    const html = await (await fetch(localLink)).text();
    expect(html).toContain(email.replace('&', '&amp;').replace("'", '&#39;'));
    expect(html).not.toContain(email);

    const hostile = '"><script>alert(1)</script>';
    const page = await fetch(`${api.url}/api/v1/auth/confirm?token=${encodeURIComponent(hostile)}`);
    expect(page.status).toBe(410);
    const text = await page.text();
    expect(text).not.toContain('<script');
    expect(text).toContain('already used or has expired');
  });

  it('shows a page saying to ask again for a link that was used', async () => {
    const { token, localLink } = await requestLink(newEmail('used'));
    await api.client().call(confirm, { body: { token } });
    const page = await fetch(localLink);
    expect(page.status).toBe(410);
    expect(await page.text()).not.toContain('<form');
  });
});

describe('the pages a sign-in link leads to', () => {
  /** The web app's stylesheet and icon, which these pages are to look like. */
  const webFile = (path: string) => readFileSync(new URL(`../../web/${path}`, import.meta.url), 'utf8');
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

  /** The page's one stylesheet, checked to be the one the policy allows by hash and nothing more. */
  function checkedPage(response: Response, html: string): string {
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1] ?? '');
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256')
      .update(styles[0] ?? '')
      .digest('base64');
    expect(response.headers.get('content-security-policy')).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
    );
    // Nothing the policy would have to allow: no script, no style attribute, nothing loaded.
    expect(html).not.toMatch(/<script|\sstyle=|<link|<img|\ssrc=|url\(|@import/i);
    return styles[0] ?? '';
  }

  it('look like the web app: its font, colours, card, button and icon', async () => {
    const css = webFile('app/globals.css');
    const variable = (name: string) => squash(new RegExp(`--${name}:([^;]+);`).exec(css)?.[1] ?? '');
    expect(PAGE_THEME.font).toBe(variable('font-sans'));
    expect(PAGE_THEME.brand600).toBe(variable('color-brand-600'));
    expect(PAGE_THEME.brand700).toBe(variable('color-brand-700'));
    expect(PAGE_THEME.brand800).toBe(variable('color-brand-800'));
    const iconPaths = (svg: string) => [...svg.matchAll(/<path d="([^"]+)"/g)].map((match) => match[1]);

    const { token, localLink } = await requestLink(newEmail('look'));
    const confirmPage = await fetch(localLink);
    const confirmHtml = await confirmPage.text();
    const style = checkedPage(confirmPage, confirmHtml);
    for (const rule of [
      `font-family:${PAGE_THEME.font}`,
      `background:${PAGE_THEME.background}`, // the app's page
      `background:${PAGE_THEME.brand700}`, // the app's primary button
      `background:${PAGE_THEME.brand800}`, // and its hover
      `outline:3px solid ${PAGE_THEME.brand600}`, // its focus ring
    ]) {
      expect(style).toContain(rule);
    }
    // The app's layout: its name and icon, the title, then a white card holding the form.
    expect(confirmHtml).toMatch(
      /<main>\s*<p class="brand"><svg[^>]*>.*<\/svg>Page Magic<\/p>\s*<h1>Sign in to Page Magic<\/h1>\s*<div class="card">[\s\S]*<form method="post" action="confirm">[\s\S]*<\/div>\s*<\/main>/,
    );
    expect(iconPaths(confirmHtml)).toEqual(iconPaths(webFile('app/icon.svg')));

    const signedIn = await formConfirm(token);
    const signedInHtml = await signedIn.text();
    expect(checkedPage(signedIn, signedInHtml)).toBe(style);
    expect(signedInHtml).toContain('<div class="card">');
    expect(signedInHtml).toContain('<a class="button"');

    const gone = await fetch(localLink);
    expect(gone.status).toBe(410);
    const goneHtml = await gone.text();
    expect(checkedPage(gone, goneHtml)).toBe(style);
    expect(goneHtml).toContain('<p class="brand">');
  });
});

describe('POST /auth/confirm', () => {
  it('lets exactly one of 50 concurrent redemptions of one link through', async () => {
    const email = newEmail('race');
    const { token } = await requestLink(email);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => api.client().call(confirm, { body: { token } })),
    );
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const result of lost) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ status: 410, code: 'gone' });
    }
    // One account, one workspace, one sign-in.
    const userId = (won[0] as PromiseFulfilledResult<{ userId: string }>).value.userId;
    const families = await api.services.db.query(
      'SELECT DISTINCT family_id FROM refresh_tokens WHERE user_id = $1',
      [userId],
    );
    expect(families.rows).toHaveLength(1);
    const memberships = await api.services.db.query('SELECT 1 FROM memberships WHERE user_id = $1', [userId]);
    expect(memberships.rows).toHaveLength(1);
  });

  it('refuses an expired link on every route', async () => {
    const { sent, token, localLink } = await requestLink(newEmail('expired'));
    await api.services.db.query(
      "UPDATE login_requests SET expires_at = now() - interval '1 second' WHERE id = $1",
      [sent.loginRequestId],
    );
    expect((await fetch(localLink)).status).toBe(410);
    const error = await rejection(api.client().call(confirm, { body: { token } }));
    expect(error.status).toBe(410);
    expect(error.message).toMatch(/ask for a new one/);
    expect((await formConfirm(token)).status).toBe(410);
    const poll = await rejection(
      api
        .client()
        .call(pollLogin, { body: { loginRequestId: sent.loginRequestId, pollSecret: sent.pollSecret } }),
    );
    expect(poll.status).toBe(410);
  });

  it('refuses a token that was tampered with, or made up', async () => {
    const { token } = await requestLink(newEmail('tamper'));
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    for (const forged of [
      `${token.slice(0, -1)}${last}`,
      token.slice(0, -1),
      `${token}A`,
      randomBytes(32).toString('base64url'),
    ]) {
      const error = await rejection(api.client().call(confirm, { body: { token: forged } }));
      expect(error.status).toBe(410);
    }
    // The real one still works: failed guesses do not burn it.
    expect((await api.client().call(confirm, { body: { token } })).tokenType).toBe('Bearer');
  });

  it('answers a browser form post with a page, and records who confirmed', async () => {
    const email = newEmail('browser');
    const { sent, token } = await requestLink(email);
    const response = await formConfirm(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('You are signed in');
    expect(html).toContain(`href="${api.services.config.webUrl}"`);
    expect(html).not.toContain(token);

    const { rows } = await api.services.db.query<{ actor_user_id: string; details: { newUser: boolean } }>(
      "SELECT actor_user_id, details FROM audit_log WHERE action = 'auth.login_confirmed' AND target = $1",
      [sent.loginRequestId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.details.newUser).toBe(true);
    expect(rows[0]?.actor_user_id).toMatch(/^[0-9a-f-]{36}$/);
    // A second post of the same form is told the link is spent, as a page.
    const again = await formConfirm(token);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('already used or has expired');
  });
});

describe('POST /auth/login/poll (a device waiting for the link to be confirmed)', () => {
  it('is pending until the link is confirmed in a browser, then hands out the session exactly once', async () => {
    const email = newEmail('cli');
    const { sent, token } = await requestLink(email);
    const body = { loginRequestId: sent.loginRequestId, pollSecret: sent.pollSecret };
    expect(await api.client().call(pollLogin, { body })).toEqual({ status: 'pending' });
    expect(await api.client().call(pollLogin, { body })).toEqual({ status: 'pending' });

    expect((await formConfirm(token)).status).toBe(200);

    // Ten devices (or one retrying) poll at once: one gets the tokens.
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => api.client().call(pollLogin, { body })),
    );
    const won = results.filter((result) => result.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const collected = (won[0] as PromiseFulfilledResult<{ status: string; accessToken: string }>).value;
    expect(collected.status).toBe('confirmed');
    for (const result of results.filter((r) => r.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ status: 410, code: 'gone' });
    }
    expect((await api.client(collected).call(getProfile)).email).toBe(email);
    const again = await rejection(api.client().call(pollLogin, { body }));
    expect(again.status).toBe(410);
  });

  it('gives nothing to a wrong poll secret or another request id, and does not burn the right one', async () => {
    const { sent, token } = await requestLink(newEmail('wrong-secret'));
    await formConfirm(token);
    const other = await requestLink(newEmail('other'));
    for (const body of [
      { loginRequestId: sent.loginRequestId, pollSecret: randomBytes(32).toString('base64url') },
      { loginRequestId: sent.loginRequestId, pollSecret: other.sent.pollSecret },
      { loginRequestId: other.sent.loginRequestId, pollSecret: sent.pollSecret },
    ]) {
      const error = await rejection(api.client().call(pollLogin, { body }));
      expect(error.status).toBe(404);
    }
    const right = await api.client().call(pollLogin, {
      body: { loginRequestId: sent.loginRequestId, pollSecret: sent.pollSecret },
    });
    expect(right.status).toBe('confirmed');
  });

  it('has nothing to hand out when the link was confirmed by a JSON caller, who got the session', async () => {
    const { sent, token } = await requestLink(newEmail('json-confirmer'));
    await api.client().call(confirm, { body: { token } });
    const error = await rejection(
      api
        .client()
        .call(pollLogin, { body: { loginRequestId: sent.loginRequestId, pollSecret: sent.pollSecret } }),
    );
    expect(error.status).toBe(410);
  });
});
