// Rate limits against the real Redis: budgets per client address, per signed-in user and per sign-in
// email, counted atomically under concurrency, with Retry-After and RateLimit-* headers; sign-in routes
// fail closed and the rest fail open when Redis goes away. The API trusts 127.0.0.1 as a proxy here, so
// each test speaks from addresses of its own through X-Forwarded-For.

import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientError } from '../src/client/index.ts';
import { login } from '../src/contract/auth.ts';
import { listSites } from '../src/contract/sites.ts';
import { clientAddressKey } from '../src/rate-limit/limiter.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const WINDOW_SECONDS = 60;
let api: TestApi;
let nextAddress = 1;
/** A TEST-NET-3 address no other test in this file uses. */
const freshAddress = () => `203.0.113.${nextAddress++}`;

beforeAll(async () => {
  api = await startTestApi({
    env: {
      PAGEMAGIC_TRUSTED_PROXIES: '127.0.0.1',
      PAGEMAGIC_RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
      PAGEMAGIC_RATE_LIMIT_PER_IP: '5',
      PAGEMAGIC_RATE_LIMIT_PER_USER: '4',
      PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '3',
      PAGEMAGIC_RATE_LIMIT_AUTH_PER_EMAIL: '2',
      PAGEMAGIC_RATE_LIMIT_REFRESH_PER_IP: '4',
    },
  });
});
afterAll(async () => api?.close());

function get(path: string, from: string, headers: Record<string, string> = {}) {
  return fetch(`${api.url}${path}`, { headers: { 'x-forwarded-for': from, ...headers } });
}

function requestLogin(email: string, from: string) {
  return fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ email }),
  });
}

interface ErrorAnswer {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

async function expectLimited(response: Response, scope: string, limit: number) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  expect(response.headers.get('ratelimit-limit')).toBe(String(limit));
  expect(response.headers.get('ratelimit-remaining')).toBe('0');
  expect(response.headers.get('ratelimit-reset')).toBe(String(retryAfter));
  expect(response.headers.get('ratelimit-policy')).toBe(`${limit};w=${WINDOW_SECONDS}`);
  expect(response.headers.get('x-request-id')).toBeTruthy();
  const body = (await response.json()) as ErrorAnswer;
  expect(body.error.code).toBe('rate_limited');
  expect(body.error.message).toMatch(new RegExp(`try again in ${retryAfter} seconds?$`));
  expect(body.error.details).toEqual({
    scope,
    limit,
    windowSeconds: WINDOW_SECONDS,
    retryAfterSeconds: retryAfter,
  });
}

describe('per client address', () => {
  it('counts down in RateLimit headers and answers 429 with Retry-After once the budget is spent', async () => {
    const from = freshAddress();
    for (let remaining = 4; remaining >= 0; remaining--) {
      const response = await get('/health', from);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('5');
      expect(response.headers.get('ratelimit-remaining')).toBe(String(remaining));
    }
    await expectLimited(await get('/health', from), 'ip', 5);
    // Another address has its own budget.
    expect((await get('/health', freshAddress())).status).toBe(200);
  });

  it('lets exactly the budget through when requests race (the count is atomic)', async () => {
    const from = freshAddress();
    const answers = await Promise.all(Array.from({ length: 20 }, () => get('/health', from)));
    const statuses = answers.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });

  it('counts an IPv6 client by its /64, so hopping addresses inside it buys nothing', async () => {
    expect(clientAddressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(clientAddressKey('198.51.100.7')).toBe('198.51.100.7');
    for (let host = 1; host <= 5; host++) {
      expect((await get('/health', `2001:db8:77:1::${host.toString(16)}`)).status).toBe(200);
    }
    await expectLimited(await get('/health', '2001:db8:77:1::ffff'), 'ip', 5);
    expect((await get('/health', '2001:db8:77:2::1')).status).toBe(200);
  });
});

describe('per signed-in user', () => {
  it('holds a user to their budget whichever address they come from, and not another user', async () => {
    const { tokens } = await api.signUp();
    const client = api.client(tokens);
    for (let call = 0; call < 4; call++) {
      await client.send(listSites, { query: {} }, { headers: { 'x-forwarded-for': freshAddress() } });
    }
    const refused = await client
      .send(listSites, { query: {} }, { headers: { 'x-forwarded-for': freshAddress() } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiClientError);
    expect(refused).toMatchObject({
      status: 429,
      code: 'rate_limited',
      details: { scope: 'user', limit: 4 },
    });

    const other = await api.signUp();
    const response = await get('/api/v1/sites', freshAddress(), {
      authorization: `Bearer ${other.tokens.accessToken}`,
    });
    expect(response.status).toBe(200);
    // The headers show whichever budget is tighter: this user's (4) rather than the address's (5).
    expect(response.headers.get('ratelimit-limit')).toBe('4');
    expect(response.headers.get('ratelimit-remaining')).toBe('3');
  });

  it('counts a refused request without a valid token against the address, not a user', async () => {
    const from = freshAddress();
    for (let call = 0; call < 5; call++) {
      const response = await get('/api/v1/sites', from, { authorization: 'Bearer not-a-token' });
      expect(response.status).toBe(401);
    }
    await expectLimited(await get('/api/v1/sites', from, { authorization: 'Bearer not-a-token' }), 'ip', 5);
  });
});

describe('sign-in routes', () => {
  it('have a stricter budget per address, apart from the default one', async () => {
    const from = freshAddress();
    const shown = [];
    for (let call = 0; call < 3; call++) {
      const response = await requestLogin(`person-${call}-${from}@example.com`, from);
      expect(response.status).toBe(202);
      shown.push([response.headers.get('ratelimit-limit'), response.headers.get('ratelimit-remaining')]);
    }
    // Each answer shows the tighter of the two budgets: the fresh email's (2) until the address's (3) runs low.
    expect(shown).toEqual([
      ['2', '1'],
      ['3', '1'],
      ['3', '0'],
    ]);
    await expectLimited(await requestLogin(`person-9-${from}@example.com`, from), 'ip', 3);
    expect((await get('/health', from)).status).toBe(200);
  });

  it('limit sign-in requests per email across addresses, however the email is written', async () => {
    const email = `target-${Date.now()}@example.com`;
    expect((await requestLogin(email, freshAddress())).status).toBe(202);
    expect((await requestLogin(email.toUpperCase(), freshAddress())).status).toBe(202);
    await expectLimited(await requestLogin(email, freshAddress()), 'email', 2);
    // The typed client sees the same refusal.
    const refused = await api
      .client()
      .send(login, { body: { email } }, { headers: { 'x-forwarded-for': freshAddress() } })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 429, code: 'rate_limited', details: { scope: 'email' } });
    expect((await requestLogin(`other-${email}`, freshAddress())).status).toBe(202);
  });
});

describe('refreshing tokens', () => {
  function requestRefresh(refreshToken: string, from: string) {
    return fetch(`${api.url}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ refreshToken }),
    });
  }

  it('has a budget of its own: spending the sign-in budget does not stop a refresh', async () => {
    const from = freshAddress();
    for (let call = 0; call < 3; call++) {
      expect((await requestLogin(`spender-${call}-${from}@example.com`, from)).status).toBe(202);
    }
    await expectLimited(await requestLogin(`spender-9-${from}@example.com`, from), 'ip', 3);

    const { tokens } = await api.signUp();
    const refreshed = await requestRefresh(tokens.refreshToken, from);
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get('ratelimit-limit')).toBe('4');
    expect(refreshed.headers.get('ratelimit-remaining')).toBe('3');
  });

  it('and spending the refresh budget does not stop a sign-in', async () => {
    const from = freshAddress();
    for (let call = 0; call < 4; call++) {
      // Made-up tokens are refused, and counted all the same.
      expect((await requestRefresh(`made-up-${call}`.padEnd(43, 'x'), from)).status).toBe(401);
    }
    await expectLimited(await requestRefresh('made-up-5'.padEnd(43, 'x'), from), 'ip', 4);
    const { tokens } = await api.signUp();
    await expectLimited(await requestRefresh(tokens.refreshToken, from), 'ip', 4);

    const signIn = await requestLogin(`after-refreshes-${from}@example.com`, from);
    expect(signIn.status).toBe(202);
    expect(signIn.headers.get('ratelimit-limit')).not.toBe('4');
  });
});

describe('signing out', () => {
  it('is not stopped by a spent sign-in budget, and spends the refresh budget instead', async () => {
    const from = freshAddress();
    for (let call = 0; call < 3; call++) {
      expect((await requestLogin(`leaver-${call}-${from}@example.com`, from)).status).toBe(202);
    }
    await expectLimited(await requestLogin(`leaver-9-${from}@example.com`, from), 'ip', 3);

    const { tokens } = await api.signUp();
    const signedOut = await fetch(`${api.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ refreshToken: tokens.refreshToken }),
    });
    expect(signedOut.status).toBe(204);
    expect(signedOut.headers.get('ratelimit-limit')).toBe('4');
  });
});

describe('budget class from the contract', () => {
  it('puts a route under /auth/ that its contract marks `default` (the CLI polling) on the default budget', async () => {
    const from = freshAddress();
    const poll = () =>
      fetch(`${api.url}/api/v1/auth/login/poll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        body: JSON.stringify({ loginRequestId: crypto.randomUUID(), pollSecret: 'x'.repeat(43) }),
      });
    for (let call = 0; call < 5; call++) {
      const response = await poll();
      expect(response.status).not.toBe(429);
      expect(response.headers.get('ratelimit-limit')).toBe('5');
    }
    await expectLimited(await poll(), 'ip', 5);
  });
});

describe('when Redis is away', () => {
  it('refuses sign-in requests (503) and lets other requests through with a warning metric', async () => {
    const redis = api.services.redis;
    // The client is 'ready' until its socket has closed: wait for that, or a request may still reach Redis
    // and connecting again below finds the old connection not yet gone.
    const ended = once(redis, 'end');
    redis.disconnect(false);
    await ended;
    try {
      const signIn = await requestLogin(`while-down-${Date.now()}@example.com`, freshAddress());
      expect(signIn.status).toBe(503);
      expect(signIn.headers.get('retry-after')).toBe('5');
      const body = (await signIn.json()) as ErrorAnswer;
      expect(body.error.code).toBe('unavailable');
      expect(body.error.message).toMatch(/try again shortly/);

      const other = await get('/health', freshAddress());
      expect(other.status).toBe(200);
      expect(other.headers.get('ratelimit-limit')).toBeNull();
    } finally {
      await redis.connect();
    }
    const metrics = await (await fetch(`${api.internalUrl}/metrics`)).text();
    expect(metrics).toMatch(/pagemagic_api_rate_limit_errors_total\{class="auth",outcome="refused"\} [1-9]/);
    expect(metrics).toMatch(
      /pagemagic_api_rate_limit_errors_total\{class="default",outcome="allowed"\} [1-9]/,
    );
    expect(metrics).toMatch(/pagemagic_api_rate_limited_total\{class="default",scope="ip"\} [1-9]/);
    // Back to normal once Redis answers again.
    expect((await requestLogin(`after-${Date.now()}@example.com`, freshAddress())).status).toBe(202);
  });
});
