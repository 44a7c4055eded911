// The fences in front of every route: which client address is believed (trusted proxies only), which
// browser origins may call (CORS allowlist), and what a body may be (size limit, JSON only). The body
// checks walk every state-changing route registered at run time, so a new route is covered as it lands.

import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteContract } from '../src/contract/define.ts';
import { contractUrl } from '../src/route.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const CONTRACT_DIR = fileURLToPath(new URL('../src/contract/', import.meta.url));
const ORIGIN = 'https://app.pagemagic.test';
const BODY_LIMIT = 2048;
const BODY_MAX_DEPTH = 40;

/** Every route contract exported from src/contract, whoever wrote it. */
async function allContracts(): Promise<RouteContract[]> {
  const contracts: RouteContract[] = [];
  for (const file of (await readdir(CONTRACT_DIR)).filter((name) => name.endsWith('.ts')).sort()) {
    const module = (await import(`${CONTRACT_DIR}${file}`)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const candidate = value as Partial<RouteContract> | null;
      if (candidate && typeof candidate.method === 'string' && typeof candidate.url === 'string') {
        if (typeof candidate.response === 'object') contracts.push(candidate as RouteContract);
      }
    }
  }
  return contracts;
}

/** `/sites/:siteId/publish` → `/api/v1/sites/x1/publish`: body checks come before params are validated. */
function concretePath(contract: RouteContract): string {
  return contractUrl(contract).replace(/:[A-Za-z0-9_]+/g, 'x1');
}

async function auditRow(api: TestApi, requestId: string) {
  const { rows } = await api.services.db.query<{ ip: string; user_agent: string; action: string }>(
    'SELECT host(ip) AS ip, user_agent, action FROM audit_log WHERE request_id = $1',
    [requestId],
  );
  return rows;
}

function login(api: TestApi, forwardedFor: string) {
  const requestId = `protection-${randomBytes(6).toString('hex')}`;
  return fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': forwardedFor,
      'x-request-id': requestId,
      'user-agent': 'protection-test/1.0',
    },
    body: JSON.stringify({ email: `proxy-${randomBytes(4).toString('hex')}@example.com` }),
  }).then((response) => ({ response, requestId }));
}

describe('client address behind proxies', () => {
  let untrusted: TestApi;
  let trusted: TestApi;
  let otherProxies: TestApi;
  beforeAll(async () => {
    const budgets = { PAGEMAGIC_RATE_LIMIT_PER_IP: '3', PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '50' };
    [untrusted, trusted, otherProxies] = await Promise.all([
      startTestApi({ env: budgets }),
      startTestApi({ env: { ...budgets, PAGEMAGIC_TRUSTED_PROXIES: '127.0.0.1/32' } }),
      // Proxies are trusted, but the tests' own address (127.0.0.1) is not one of them.
      startTestApi({
        env: {
          PAGEMAGIC_TRUSTED_PROXIES: '10.0.0.0/8,::ffff:10.0.0.0/104',
          PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '3',
          PAGEMAGIC_RATE_LIMIT_REFRESH_PER_IP: '3',
        },
      }),
    ]);
  });
  afterAll(async () => Promise.all([untrusted?.close(), trusted?.close(), otherProxies?.close()]));

  it('ignores X-Forwarded-For from an untrusted peer, for the rate-limit key and the audit ip', async () => {
    for (const [index, forged] of ['198.51.100.1', '198.51.100.2', '198.51.100.3'].entries()) {
      const response = await fetch(`${untrusted.url}/health`, { headers: { 'x-forwarded-for': forged } });
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-remaining')).toBe(String(2 - index));
    }
    const fourth = await fetch(`${untrusted.url}/health`, { headers: { 'x-forwarded-for': '198.51.100.4' } });
    expect(fourth.status).toBe(429);

    const { response, requestId } = await login(untrusted, '198.51.100.9');
    expect(response.status).toBe(202);
    expect(await auditRow(untrusted, requestId)).toEqual([
      { ip: '127.0.0.1', user_agent: 'protection-test/1.0', action: 'auth.login_requested' },
    ]);
  });

  it('believes X-Forwarded-For from a trusted proxy: the client named there is counted and audited', async () => {
    for (let call = 0; call < 3; call++) {
      const response = await fetch(`${trusted.url}/health`, {
        headers: { 'x-forwarded-for': '198.51.100.20' },
      });
      expect(response.status).toBe(200);
    }
    const again = await fetch(`${trusted.url}/health`, { headers: { 'x-forwarded-for': '198.51.100.20' } });
    expect(again.status).toBe(429);
    const other = await fetch(`${trusted.url}/health`, { headers: { 'x-forwarded-for': '198.51.100.21' } });
    expect(other.status).toBe(200);

    const { response, requestId } = await login(trusted, '198.51.100.22');
    expect(response.status).toBe(202);
    expect((await auditRow(trusted, requestId))[0]?.ip).toBe('198.51.100.22');
  });

  it('ignores X-Forwarded-For from a peer outside PAGEMAGIC_TRUSTED_PROXIES for the sign-in and refresh budgets', async () => {
    // Each request names a new client, as someone would to get a fresh budget each time.
    for (let call = 0; call < 3; call++) {
      const { response } = await login(otherProxies, `198.51.100.${40 + call}`);
      expect(response.status).toBe(202);
      expect(response.headers.get('ratelimit-remaining')).not.toBeNull();
    }
    const { response: refused, requestId } = await login(otherProxies, '198.51.100.49');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { details: unknown } }).error.details).toMatchObject({
      scope: 'ip',
      limit: 3,
    });
    expect(await auditRow(otherProxies, requestId)).toEqual([]);

    const refresh = (forwardedFor: string) =>
      fetch(`${otherProxies.url}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({ refreshToken: 'r'.repeat(43) }),
      });
    for (let call = 0; call < 3; call++) expect((await refresh(`198.51.100.${60 + call}`)).status).toBe(401);
    expect((await refresh('198.51.100.69')).status).toBe(429);

    // What is audited is the peer's own address.
    const { rows } = await otherProxies.services.db.query<{ ip: string }>(
      "SELECT DISTINCT host(ip) AS ip FROM audit_log WHERE action = 'auth.login_requested'",
    );
    expect(rows).toEqual([{ ip: '127.0.0.1' }]);
  });

  it('takes the address the trusted proxy saw, not one the client prepended', async () => {
    // The client sent "X-Forwarded-For: 192.0.2.66"; the proxy appended the address it really saw.
    const { response, requestId } = await login(trusted, '192.0.2.66, 198.51.100.30');
    expect(response.status).toBe(202);
    expect((await auditRow(trusted, requestId))[0]?.ip).toBe('198.51.100.30');
  });
});

describe('CORS and bodies', () => {
  let api: TestApi;
  let mutating: RouteContract[];
  beforeAll(async () => {
    api = await startTestApi({
      env: {
        PAGEMAGIC_CORS_ORIGINS: `${ORIGIN},https://other.pagemagic.test`,
        PAGEMAGIC_BODY_LIMIT_BYTES: String(BODY_LIMIT),
        PAGEMAGIC_BODY_MAX_DEPTH: String(BODY_MAX_DEPTH),
        PAGEMAGIC_RATE_LIMIT_PER_IP: '100000',
        PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '100000',
      },
    });
    mutating = (await allContracts()).filter(
      (contract) =>
        contract.method !== 'GET' &&
        api.app.hasRoute({ method: contract.method, url: contractUrl(contract) }),
    );
  });
  afterAll(async () => api?.close());

  it('lets an allowed origin read answers with credentials', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { origin: ORIGIN } });
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('vary')).toMatch(/origin/i);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });

  it('gives a disallowed or look-alike origin no CORS headers', async () => {
    for (const origin of [
      'https://evil.test',
      `${ORIGIN}.evil.test`,
      'null',
      ORIGIN.replace('https', 'http'),
    ]) {
      const response = await fetch(`${api.url}/health`, { headers: { origin } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('answers a preflight for an allowed origin, and not for another', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/api/v1/sites`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const allowed = await preflight(ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const refused = await preflight('https://evil.test');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('has state-changing routes to check', () => {
    expect(mutating.length, 'no POST/PUT/PATCH/DELETE route is registered').toBeGreaterThan(0);
  });

  it('refuses a body over PAGEMAGIC_BODY_LIMIT_BYTES with 413 on every state-changing route, before auth', async () => {
    const padding = 'x'.repeat(BODY_LIMIT * 2);
    for (const contract of mutating) {
      // In the media type the route takes, so only the size can be the reason.
      const form = contract.bodyMediaType === 'application/x-www-form-urlencoded';
      const response = await fetch(`${api.url}${concretePath(contract)}`, {
        method: contract.method,
        headers: { 'content-type': contract.bodyMediaType ?? 'application/json' },
        body: form ? new URLSearchParams({ padding }).toString() : JSON.stringify({ padding }),
      });
      expect(response.status, `${contract.method} ${contract.url}`).toBe(413);
      expect(await response.json()).toEqual({
        error: {
          code: 'payload_too_large',
          message: 'The request body is larger than this API accepts; send less',
        },
      });
    }
  });

  it('cuts off a body sent without Content-Length at the limit too', async () => {
    const contract = mutating.find((candidate) => candidate.body !== undefined);
    expect(contract, 'no state-changing route takes a body').toBeDefined();
    if (!contract) return;
    const chunk = new TextEncoder().encode(`{"padding":"${'y'.repeat(BODY_LIMIT)}`);
    const response = await fetch(`${api.url}${concretePath(contract)}`, {
      method: contract.method,
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(chunk);
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('refuses a body nested deeper than PAGEMAGIC_BODY_MAX_DEPTH with 400 on every state-changing route, before auth', async () => {
    // Under the size limit, so only its depth can be the reason (sites.int.test.ts sends 20,000 levels).
    const levels = 900;
    const deep = `{"padding":${'['.repeat(levels)}${']'.repeat(levels)}}`;
    expect(deep.length).toBeLessThan(BODY_LIMIT);
    // A form body is flat pairs of text: it cannot nest. Stripe's webhook body is never parsed before its
    // signature is verified (so a forged deep body is refused for its missing or wrong signature).
    const parsed = mutating.filter(
      (candidate) => candidate.bodyMediaType === undefined && candidate.url !== '/billing/stripe/webhook',
    );
    expect(parsed.length).toBeLessThan(mutating.length);
    for (const contract of parsed) {
      const response = await fetch(`${api.url}${concretePath(contract)}`, {
        method: contract.method,
        headers: { 'content-type': 'application/json' },
        body: deep,
      });
      const where = `${contract.method} ${contract.url}`;
      expect(response.status, where).toBe(400);
      const path = `body/padding${'/0'.repeat(BODY_MAX_DEPTH - 1)}`;
      expect(await response.json(), where).toEqual({
        error: {
          code: 'validation_failed',
          message: `The request is not valid: ${path} nests objects and arrays more than ${BODY_MAX_DEPTH} levels deep; send a flatter body`,
          details: {
            issues: [
              {
                path,
                message: `nests objects and arrays more than ${BODY_MAX_DEPTH} levels deep; send a flatter body`,
              },
            ],
          },
        },
      });
    }
  });

  it('refuses bodies that are not JSON with 415 on every state-changing route', async () => {
    for (const contract of mutating) {
      for (const type of ['text/plain', 'application/xml']) {
        const response = await fetch(`${api.url}${concretePath(contract)}`, {
          method: contract.method,
          headers: { 'content-type': type },
          body: type === 'text/plain' ? '{"name":"smuggled"}' : '<name>smuggled</name>',
        });
        expect(response.status, `${contract.method} ${contract.url} with ${type}`).toBe(415);
        expect(await response.json()).toEqual({
          error: {
            code: 'unsupported_media_type',
            message: `Send the body as ${contract.bodyMediaType ?? 'application/json'}`,
          },
        });
      }
    }
  });
});
