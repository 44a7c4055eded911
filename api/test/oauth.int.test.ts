// Sign-in with Google, Apple (both a real OpenID provider, oidc-provider, in this process) and GitHub (a
// local server speaking GitHub's OAuth wire protocol), driven end to end by a cookie-keeping fetch "browser"
// against the real API, PostgreSQL and Redis. Besides the happy paths: everything an attacker would try with
// the answer (replaying it, carrying it to another browser, tampered ID tokens, a stolen code or verifier)
// and the account rules (no linking on an unverified email).

import { createHash, randomBytes } from 'node:crypto';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateUserByEmail, findUserByEmail, findUserById } from '../src/accounts/users.ts';
import { pendingKey } from '../src/auth/oauth.ts';
import { ApiClientError } from '../src/client/index.ts';
import { oauthExchange, oauthProviders } from '../src/contract/oauth.ts';
import { type GitHubTestServer, startGitHubServer } from './helpers/github-oauth.ts';
import { type Hop, TestBrowser } from './helpers/oidc-browser.ts';
import { type OidcTestProvider, startOidcProvider } from './helpers/oidc-provider.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const WEB = 'http://web.pagemagic.test';

let api: TestApi;
let google: OidcTestProvider;
let apple: OidcTestProvider;
let github: GitHubTestServer;

beforeAll(async () => {
  // The providers' addresses go into the API's configuration and the API's callback into the providers'
  // client registrations, so ports and secrets are chosen first.
  const [googlePort, applePort, githubPort] = [await freePort(), await freePort(), await freePort()];
  const secret = () => randomBytes(16).toString('hex');
  const secrets = { google: secret(), apple: secret(), github: secret() };
  const githubUrl = `http://127.0.0.1:${githubPort}`;
  api = await startTestApi({
    env: {
      PAGEMAGIC_WEB_URL: WEB,
      PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '100000',
      PAGEMAGIC_RATE_LIMIT_PER_IP: '100000',
      PAGEMAGIC_OAUTH_PROVIDERS: JSON.stringify({
        google: {
          issuer: `http://127.0.0.1:${googlePort}`,
          clientId: 'pm-google',
          clientSecret: secrets.google,
        },
        apple: { issuer: `http://127.0.0.1:${applePort}`, clientId: 'pm-apple', clientSecret: secrets.apple },
        github: {
          clientId: 'pm-github',
          clientSecret: secrets.github,
          authorizeUrl: `${githubUrl}/login/oauth/authorize`,
          tokenUrl: `${githubUrl}/login/oauth/access_token`,
          apiUrl: githubUrl,
        },
      }),
    },
  });
  // The API listens on a port of its own choosing; callbacks are built from the public URL.
  api.services.config.publicUrl = api.url;
  const callback = (provider: string) => `${api.url}/api/v1/auth/oauth/${provider}/callback`;
  google = await startOidcProvider({
    port: googlePort,
    clientId: 'pm-google',
    clientSecret: secrets.google,
    redirectUri: callback('google'),
  });
  apple = await startOidcProvider({
    port: applePort,
    clientId: 'pm-apple',
    clientSecret: secrets.apple,
    redirectUri: callback('apple'),
  });
  github = await startGitHubServer({
    port: githubPort,
    clientId: 'pm-github',
    clientSecret: secrets.github,
    redirectUri: callback('github'),
  });
});

afterAll(async () => {
  await Promise.all([google?.close(), apple?.close(), github?.close()]);
  await api?.close();
});

const unique = () => randomBytes(4).toString('hex');

function start(provider: string, query: Record<string, string> = {}): Hop {
  const search = new URLSearchParams(query).toString();
  return {
    method: 'GET',
    url: `${api.url}/api/v1/auth/oauth/${provider}/start${search ? `?${search}` : ''}`,
  };
}

const isCallback = (hop: Hop) =>
  hop.url.startsWith(`${api.url}/api/v1/auth/oauth/`) && hop.url.includes('/callback');
const atWebApp = (hop: Hop) => hop.url.startsWith(WEB);

/** Runs a sign-in until the browser is sent to the web app; returns the one-time code it carries. */
async function signIn(provider: string, browser = new TestBrowser(), query: Record<string, string> = {}) {
  const { stopped, response, hops } = await browser.run(start(provider, query), atWebApp);
  if (!stopped) throw new Error(`the sign-in ended at a page: ${response?.status} ${await response?.text()}`);
  const landing = new URL(stopped.url);
  expect(landing.pathname).toBe('/auth/callback');
  expect([...landing.searchParams.keys()]).toEqual(['code']);
  return { code: landing.searchParams.get('code') as string, hops, browser };
}

async function exchange(code: string, codeVerifier?: string) {
  return api.client().call(oauthExchange, { body: codeVerifier ? { code, codeVerifier } : { code } });
}

/** The reason code on the API's error page, checking it is one. */
async function refusal(response: Response | undefined): Promise<string> {
  expect(response?.status).toBe(400);
  expect(response?.headers.get('content-type')).toContain('text/html');
  const html = (await response?.text()) ?? '';
  expect(html).toContain('start again');
  return /<code id="reason">([a-z_]+)<\/code>/.exec(html)?.[1] ?? 'no reason on the page';
}

async function expectApiError(call: Promise<unknown>, status: number, code: string) {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiClientError);
  expect((error as ApiClientError).status).toBe(status);
  expect((error as ApiClientError).code).toBe(code);
  return error as ApiClientError;
}

async function countUsers(): Promise<number> {
  const { rows } = await api.services.db.query<{ count: string }>('SELECT count(*) FROM users');
  return Number(rows[0]?.count);
}

async function auditFor(userId: string): Promise<{ action: string; details: Record<string, unknown> }[]> {
  const { rows } = await api.services.db.query(
    'SELECT action, details FROM audit_log WHERE actor_user_id = $1 ORDER BY id',
    [userId],
  );
  return rows;
}

/** Replaces fields of the pending authorisation the API keeps for `state`, as an attacker with Redis could not. */
async function alterPending(state: string, change: Record<string, string>) {
  const key = pendingKey(state);
  const raw = await api.services.redis.get(key);
  if (!raw) throw new Error('no pending authorisation for that state');
  await api.services.redis.set(key, JSON.stringify({ ...JSON.parse(raw), ...change }), 'KEEPTTL');
}

describe('providers', () => {
  it('lists the configured providers for the sign-in buttons', async () => {
    const { providers } = await api.client().call(oauthProviders);
    expect(providers).toEqual([
      { id: 'google', name: 'Google', startUrl: '/api/v1/auth/oauth/google/start' },
      { id: 'github', name: 'GitHub', startUrl: '/api/v1/auth/oauth/github/start' },
      { id: 'apple', name: 'Apple', startUrl: '/api/v1/auth/oauth/apple/start' },
    ]);
  });

  it('describes the sign-in routes in OpenAPI, with their redirects and error pages', async () => {
    const spec = (await (await fetch(`${api.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const callback = spec.paths['/api/v1/auth/oauth/{provider}/callback'];
    expect(Object.keys(callback?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(['302', '400', '503']),
    );
    expect(callback?.get?.responses).toHaveProperty('302');
    expect(spec.paths['/api/v1/auth/oauth/exchange']?.post?.responses).toHaveProperty('401');
  });

  it('refuses a redirect that leaves the web app', async () => {
    for (const redirect of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'sites']) {
      const response = await fetch(
        `${api.url}/api/v1/auth/oauth/google/start?redirect=${encodeURIComponent(redirect)}`,
        {
          redirect: 'manual',
        },
      );
      expect(response.status, redirect).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
    }
  });
});

describe('Google (OpenID Connect)', () => {
  it('signs in end to end: PKCE, state and nonce out, a one-time code back, tokens from the exchange', async () => {
    const email = `ada-${unique()}@example.com`;
    google.signInAs({ sub: `g-${unique()}`, email, email_verified: true, name: 'Ada Lovelace' });
    const { code, hops } = await signIn('google', undefined, { redirect: '/sites?tab=all' });

    const authorize = new URL(hops[1]?.url ?? '');
    expect(authorize.origin).toBe(google.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(authorize.searchParams.get('nonce')?.length).toBeGreaterThanOrEqual(32);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${api.url}/api/v1/auth/oauth/google/callback`);
    // Nothing that could sign in travels in a URL.
    for (const hop of hops) expect(hop.url).not.toMatch(/eyJ|access_token|refresh_token/);

    const pair = await exchange(code);
    expect(pair).toMatchObject({ tokenType: 'Bearer', provider: 'google', redirect: '/sites?tab=all' });
    const claims = await api.services.accessTokens.verify(pair.accessToken);
    expect(claims.sub).toBe(pair.userId);
    expect(await api.services.sessions.activeUser(claims.sid)).toBe(pair.userId);
    const refreshed = await api.services.sessions.refresh(pair.refreshToken);
    expect(refreshed.userId).toBe(pair.userId);

    const user = await findUserById(api.services, pair.userId);
    expect(user).toMatchObject({ email, name: 'Ada Lovelace' });
    // A verified email is the user's email: a magic link to it reaches the same person.
    expect((await findUserByEmail(api.services, email))?.id).toBe(pair.userId);
    const actions = (await auditFor(pair.userId)).map((row) => row.action);
    expect(actions).toEqual(['auth.oauth.signed_in', 'auth.oauth.session_issued']);
  });

  it('spends the one-time code on first use', async () => {
    google.signInAs({ sub: `g-${unique()}`, email: `once-${unique()}@example.com`, email_verified: true });
    const { code } = await signIn('google');
    await exchange(code);
    await expectApiError(exchange(code), 401, 'invalid_token');
    await expectApiError(exchange(randomBytes(32).toString('base64url')), 401, 'invalid_token');
  });

  it('gives the same user to a second sign-in with the same subject, whatever email it reports now', async () => {
    const sub = `g-${unique()}`;
    google.signInAs({ sub, email: `first-${unique()}@example.com`, email_verified: true });
    const first = await exchange((await signIn('google')).code);
    google.signInAs({ sub, email: `changed-${unique()}@example.com`, email_verified: true });
    const users = await countUsers();
    const second = await exchange((await signIn('google')).code);
    expect(second.userId).toBe(first.userId);
    expect(await countUsers()).toBe(users);
    const signIns = (await auditFor(first.userId)).filter((row) => row.action === 'auth.oauth.signed_in');
    expect(signIns.map((row) => row.details.created)).toEqual([true, false]);
  });

  it('refuses a replayed answer: the state is single use', async () => {
    google.signInAs({ sub: `g-${unique()}`, email: `replay-${unique()}@example.com`, email_verified: true });
    const browser = new TestBrowser();
    const { stopped } = await browser.run(start('google'), isCallback);
    const answer = stopped as Hop;
    // An attacker who copied the answer and the browser's cookie too.
    const copied = [...browser.cookies(answer.url)].map(([name, value]) => `${name}=${value}`).join('; ');
    expect(copied).toMatch(/^pm_oauth_[0-9a-f]{16}=/);
    const first = await browser.request(answer);
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toMatch(new RegExp(`^${WEB}/auth/callback\\?code=`));
    const again = await fetch(answer.url, { redirect: 'manual', headers: { cookie: copied } });
    expect(await refusal(again)).toBe('state_unknown');
    expect(await refusal(await browser.request(answer))).toBe('state_unknown');
  });

  it('refuses an answer carried to another browser (login CSRF), and burns its state', async () => {
    google.signInAs({ sub: `g-${unique()}`, email: `csrf-${unique()}@example.com`, email_verified: true });
    const attacker = new TestBrowser();
    const { stopped } = await attacker.run(start('google'), isCallback);
    const users = await countUsers();
    const victim = new TestBrowser();
    expect(await refusal(await victim.request(stopped as Hop))).toBe('browser_mismatch');
    expect(await refusal(await attacker.request(stopped as Hop))).toBe('state_unknown');
    expect(await countUsers()).toBe(users);
  });

  it('refuses answers with no state or a state it never issued', async () => {
    const callback = `${api.url}/api/v1/auth/oauth/google/callback`;
    expect(await refusal(await fetch(`${callback}?code=abc`, { redirect: 'manual' }))).toBe('state_missing');
    expect(await refusal(await fetch(`${callback}?code=abc&state=${unique()}`, { redirect: 'manual' }))).toBe(
      'state_unknown',
    );
  });

  it('refuses an answer that names another provider as its issuer (mix-up, RFC 9207)', async () => {
    google.signInAs({ sub: `g-${unique()}`, email: `mixup-${unique()}@example.com`, email_verified: true });
    const browser = new TestBrowser();
    const { stopped } = await browser.run(start('google'), isCallback);
    const answer = new URL((stopped as Hop).url);
    expect(answer.searchParams.get('iss')).toBe(google.issuer);
    answer.searchParams.set('iss', apple.issuer);
    expect(await refusal(await browser.request({ method: 'GET', url: answer.href }))).toBe('response_issuer');
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    google.signInAs({ sub: `g-${unique()}`, email: `nonce-${unique()}@example.com`, email_verified: true });
    google.tamperNextIdToken((claims) => ({ ...claims, nonce: 'a-nonce-from-another-sign-in' }));
    const users = await countUsers();
    const { response } = await new TestBrowser().run(start('google'), atWebApp);
    expect(await refusal(response)).toBe('id_token_nonce');
    expect(await countUsers()).toBe(users);
  });

  it('refuses an ID token from another issuer, for another client, or signed by a key not the provider’s', async () => {
    const cases = [
      { change: { iss: 'https://accounts.evil.example' }, key: 'provider', reason: 'id_token_issuer' },
      { change: { aud: 'someone-elses-client' }, key: 'provider', reason: 'id_token_audience' },
      { change: {}, key: 'foreign', reason: 'id_token_signature' },
    ] as const;
    for (const { change, key, reason } of cases) {
      google.signInAs({ sub: `g-${unique()}`, email: `iss-${unique()}@example.com`, email_verified: true });
      google.tamperNextIdToken((claims) => ({ ...claims, ...change }), key);
      const { response, stopped } = await new TestBrowser().run(start('google'), atWebApp);
      expect(stopped, `${reason}: the sign-in went through`).toBeUndefined();
      expect(await refusal(response), reason).toBe(reason);
    }
  });

  it('fails when the PKCE verifier is not the one the challenge was made from: the provider refuses the code', async () => {
    google.signInAs({ sub: `g-${unique()}`, email: `pkce-${unique()}@example.com`, email_verified: true });
    const browser = new TestBrowser();
    const { stopped } = await browser.run(start('google'), (hop) => hop.url.startsWith(google.issuer));
    const state = new URL((stopped as Hop).url).searchParams.get('state') as string;
    await alterPending(state, { codeVerifier: randomBytes(32).toString('base64url') });
    const { response } = await browser.run(stopped as Hop, atWebApp);
    expect(await refusal(response)).toBe('code_rejected');
  });

  it('does not link an unverified email to the user who owns it, nor let it claim the email', async () => {
    const email = `grace-${unique()}@example.com`;
    const { user: owner } = await api.signUp(email);
    const sub = `g-${unique()}`;
    google.signInAs({ sub, email, email_verified: false, name: 'Not Grace' });
    const pair = await exchange((await signIn('google')).code);
    expect(pair.userId).not.toBe(owner.id);
    // The email still finds its owner, and the newcomer's workspace is its own.
    expect((await findUserByEmail(api.services, email))?.id).toBe(owner.id);
    const { rows } = await api.services.db.query(
      'SELECT user_id FROM memberships WHERE workspace_id IN (SELECT workspace_id FROM memberships WHERE user_id = $1)',
      [pair.userId],
    );
    expect(rows.map((row: { user_id: string }) => row.user_id)).toEqual([pair.userId]);
    const { rows: identity } = await api.services.db.query(
      'SELECT user_id, email_verified FROM oauth_identities WHERE provider = $1 AND subject = $2',
      [`google`, sub],
    );
    expect(identity).toEqual([{ user_id: pair.userId, email_verified: false }]);
  });

  it('does not let an unverified email pre-claim an address nobody has yet', async () => {
    const email = `future-${unique()}@example.com`;
    google.signInAs({ sub: `g-${unique()}`, email, email_verified: false });
    const squatter = await exchange((await signIn('google')).code);
    // The address's real owner arrives later (a magic link): they get an account of their own.
    const { user, created } = await findOrCreateUserByEmail(api.services, email);
    expect(created).toBe(true);
    expect(user.id).not.toBe(squatter.userId);
  });

  it('links a verified email to the user who owns it, and audits the link', async () => {
    const email = `linus-${unique()}@example.com`;
    const { user: owner } = await api.signUp(email);
    google.signInAs({ sub: `g-${unique()}`, email: email.toUpperCase(), email_verified: true });
    const pair = await exchange((await signIn('google')).code);
    expect(pair.userId).toBe(owner.id);
    const rows = await auditFor(owner.id);
    expect(rows.find((row) => row.action === 'auth.oauth.identity_linked')?.details).toEqual({
      provider: 'google',
      by: 'verified_email',
    });
    expect(rows.find((row) => row.action === 'auth.oauth.signed_in')?.details).toEqual({
      provider: 'google',
      created: false,
      linked: true,
    });
  });

  it('makes one user when two first sign-ins of one subject arrive at once', async () => {
    const sub = `g-${unique()}`;
    google.signInAs({ sub, email: `twice-${unique()}@example.com`, email_verified: false });
    const browsers = [new TestBrowser(), new TestBrowser()];
    const answers = await Promise.all(browsers.map((browser) => browser.run(start('google'), isCallback)));
    const responses = await Promise.all(
      browsers.map((browser, index) => browser.request(answers[index]?.stopped as Hop)),
    );
    const codes = responses.map((response) => {
      expect(response.status).toBe(302);
      return new URL(response.headers.get('location') as string).searchParams.get('code') as string;
    });
    const pairs = await Promise.all(codes.map((code) => exchange(code)));
    expect(pairs[0]?.userId).toBe(pairs[1]?.userId);
    const { rows } = await api.services.db.query(
      'SELECT count(*)::int AS n FROM oauth_identities WHERE subject = $1',
      [sub],
    );
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('shows a clear page when the person cancels at the provider', async () => {
    google.signInAs(undefined);
    const { response } = await new TestBrowser().run(start('google'), atWebApp);
    expect(await refusal(response)).toBe('access_denied');
  });

  it('binds the exchange to the web app that started it when it sends a code challenge', async () => {
    const verifier = randomBytes(32).toString('base64url');
    const codeChallenge = createHash('sha256').update(verifier).digest('base64url');
    google.signInAs({ sub: `g-${unique()}`, email: `bound-${unique()}@example.com`, email_verified: true });
    const stolen = (await signIn('google', undefined, { codeChallenge })).code;
    const error = await expectApiError(exchange(stolen), 401, 'invalid_token');
    expect(error.details).toEqual({ reason: 'code_verifier_mismatch' });
    // The failed attempt spent it: the thief cannot try verifiers one by one.
    await expectApiError(exchange(stolen, verifier), 401, 'invalid_token');
    const own = (await signIn('google', undefined, { codeChallenge })).code;
    expect((await exchange(own, verifier)).tokenType).toBe('Bearer');
  });
});

describe('Apple (OpenID Connect, form_post)', () => {
  it('signs in with the answer posted as a form, reading Apple’s string email_verified', async () => {
    const email = `apple-${unique()}@privaterelay.appleid.com`;
    apple.signInAs({ sub: `001234.${unique()}`, email, email_verified: 'true' });
    const browser = new TestBrowser();
    const startResponse = await browser.request(start('apple'));
    expect(startResponse.status).toBe(302);
    const authorize = new URL(startResponse.headers.get('location') as string);
    expect(authorize.searchParams.get('response_mode')).toBe('form_post');
    expect(authorize.searchParams.get('scope')).toBe('openid email name');
    // Apple posts cross-site: only a SameSite=None (hence Secure) cookie comes along.
    expect(startResponse.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=None; Secure/);

    const { stopped, hops } = await browser.run({ method: 'GET', url: authorize.href }, atWebApp);
    const posted = hops.at(-1) as Hop;
    expect(posted.method).toBe('POST');
    expect(posted.url).toBe(`${api.url}/api/v1/auth/oauth/apple/callback`);
    expect(posted.form?.get('code')).toBeTruthy();
    const pair = await exchange(new URL((stopped as Hop).url).searchParams.get('code') as string);
    expect(pair.provider).toBe('apple');
    expect((await findUserByEmail(api.services, email))?.id).toBe(pair.userId);
  });

  it('refuses a replayed form post', async () => {
    apple.signInAs({ sub: `001234.${unique()}`, email: `r-${unique()}@example.com`, email_verified: 'true' });
    const browser = new TestBrowser();
    const { hops } = await browser.run(start('apple'), atWebApp);
    const posted = hops.at(-1) as Hop;
    expect(await refusal(await browser.request(posted))).toBe('state_unknown');
  });

  // Last of the Apple tests: it stops the provider.
  it('answers with a page saying the provider cannot be reached when it is away', async () => {
    apple.signInAs({
      sub: `001234.${unique()}`,
      email: `away-${unique()}@example.com`,
      email_verified: 'true',
    });
    const browser = new TestBrowser();
    const { stopped } = await browser.run(start('apple'), isCallback);
    await apple.close();
    const response = await browser.request(stopped as Hop);
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('Apple cannot be reached');
    expect(html).toContain('<code id="reason">provider_unavailable</code>');
  });
});

describe('GitHub (OAuth 2 and the REST API)', () => {
  it('signs in with the primary verified email', async () => {
    const email = `octo-${unique()}@example.com`;
    const id = Number.parseInt(unique(), 16);
    github.signInAs({
      id,
      login: 'octocat',
      name: 'The Octocat',
      emails: [
        { email: `other-${unique()}@example.com`, primary: false, verified: true },
        { email, primary: true, verified: true },
      ],
    });
    const { code, hops } = await signIn('github');
    const authorize = new URL(hops[1]?.url ?? '');
    expect(authorize.pathname).toBe('/login/oauth/authorize');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(github.tokenRequests.at(-1)?.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    const pair = await exchange(code);
    const user = await findUserById(api.services, pair.userId);
    expect(user).toMatchObject({ email, name: 'The Octocat' });
    const { rows } = await api.services.db.query(
      "SELECT subject FROM oauth_identities WHERE provider = 'github' AND user_id = $1",
      [pair.userId],
    );
    expect(rows).toEqual([{ subject: String(id) }]);
  });

  it('does not link when the primary email is unverified, even if another listed email is verified', async () => {
    const email = `hub-${unique()}@example.com`;
    const { user: owner } = await api.signUp(email);
    github.signInAs({
      id: Number.parseInt(unique(), 16),
      login: 'mallory',
      name: null,
      emails: [
        { email, primary: true, verified: false },
        { email: `m-${unique()}@example.com`, primary: false, verified: true },
      ],
    });
    const pair = await exchange((await signIn('github')).code);
    expect(pair.userId).not.toBe(owner.id);
    expect((await findUserById(api.services, pair.userId))?.name).toBe('mallory');
  });

  it('fails when the PKCE verifier does not match, and refuses a replayed answer', async () => {
    github.signInAs({ id: Number.parseInt(unique(), 16), login: 'pk', name: null, emails: [] });
    const browser = new TestBrowser();
    const { stopped } = await browser.run(start('github'), (hop) => hop.url.startsWith(github.url));
    const state = new URL((stopped as Hop).url).searchParams.get('state') as string;
    await alterPending(state, { codeVerifier: randomBytes(32).toString('base64url') });
    const { response, hops } = await browser.run(stopped as Hop, atWebApp);
    expect(await refusal(response)).toBe('code_rejected');
    expect(await refusal(await browser.request(hops.at(-1) as Hop))).toBe('state_unknown');
  });

  it('shows a clear page when the person denies access', async () => {
    github.signInAs(undefined);
    const { response } = await new TestBrowser().run(start('github'), atWebApp);
    expect(await refusal(response)).toBe('access_denied');
  });
});
