// Every state-changing route leaves an audit row. The routes are read from the running app
// (printRoutes), not from a list, so a POST/PUT/PATCH/DELETE route added anywhere is checked as soon as it
// is registered: it needs a case in CASES below saying how to call it on its audit-producing path, and
// that call must write a row naming the actor, the action, the client address, the user agent and the
// request id. A route without a case fails the first test with a message saying so.

import { randomBytes } from 'node:crypto';
import type { Build, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { extractLink, Mailpit } from '@pagemagic/hack/testkit/mailpit';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import Stripe from 'stripe';
import { afterAll, describe, expect, it } from 'vitest';
import { createExchangeCode } from '../src/auth/oauth.ts';
import type { TokenPair } from '../src/auth/sessions.ts';
import { storeSubmission } from '../src/forms/store.ts';
import { API_PREFIX } from '../src/route.ts';
import { storeContentRevision } from '../src/sites/content.ts';
import { type Hop, TestBrowser } from './helpers/oidc-browser.ts';
import { startOidcProvider } from './helpers/oidc-provider.ts';
import { nowSeconds, stripeEvent, stripeId, subscriptionObject } from './helpers/stripe-events.ts';
import { startTestApi, TEST_STRIPE_WEBHOOK_SECRET, waitForPublishedInCache } from './helpers/test-api.ts';

const unique = () => randomBytes(4).toString('hex');
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const USER_AGENT = 'audit-coverage-test/1.0';

/** `METHOD /full/path/:param` for every registered route, read from fastify's own route tree. */
function registeredRoutes(app: FastifyInstance): string[] {
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    stack.length = (match[1] ?? '').length / 4;
    stack.push(match[2] ?? '');
    for (const method of (match[3] ?? '').split(', ').filter(Boolean))
      routes.push(`${method} ${stack.join('')}`);
  }
  return routes;
}

// Routes are known only once the app is built, and each becomes a test of its own, so the API starts
// while the file is collected. Apple's sign-in posts its answer back, so a local OpenID provider plays it.
const applePort = await freePort();
const apple = { issuer: `http://127.0.0.1:${applePort}`, clientId: 'pm-apple', clientSecret: unique() };
const api = await startTestApi({
  env: {
    PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '100000',
    PAGEMAGIC_RATE_LIMIT_AUTH_PER_EMAIL: '100000',
    PAGEMAGIC_RATE_LIMIT_PER_USER: '100000',
    PAGEMAGIC_RATE_LIMIT_PER_IP: '100000',
    PAGEMAGIC_OAUTH_PROVIDERS: JSON.stringify({ apple }),
  },
});
// Provider callbacks are built from the public URL; the API listens on a port of its own choosing.
api.services.config.publicUrl = api.url;
const appleProvider = await startOidcProvider({
  port: applePort,
  clientId: apple.clientId,
  clientSecret: apple.clientSecret,
  redirectUri: `${api.url}/api/v1/auth/oauth/apple/callback`,
});
afterAll(async () => Promise.all([appleProvider.close(), api.close()]));
const mailpit = new Mailpit();
const mutatingRoutes = registeredRoutes(api.app).filter((route) => MUTATING.has(route.split(' ')[0] ?? ''));

// --- What the cases build on --------------------------------------------------------------------------

interface Person {
  id: string;
  email: string;
  tokens: TokenPair;
  workspaceId: string;
  namespace: string;
}

async function person(email = `audit-${unique()}@example.com`): Promise<Person> {
  const { user, tokens } = await api.signUp(email);
  const { rows } = await api.services.db.query<{ workspace_id: string; namespace: string }>(
    `SELECT m.workspace_id, w.namespace FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
      WHERE m.user_id = $1`,
    [user.id],
  );
  return {
    id: user.id,
    email,
    tokens,
    workspaceId: rows[0]?.workspace_id ?? '',
    namespace: rows[0]?.namespace ?? '',
  };
}

/** A setup call (not the one under test); fails loudly when the API refuses it. */
async function setup<T>(method: string, path: string, body?: unknown, who?: Person): Promise<T> {
  const response = await fetch(`${api.url}${API_PREFIX}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(who ? { authorization: `Bearer ${who.tokens.accessToken}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`setup ${method} ${path} answered ${response.status}: ${text}`);
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function requestLogin(email: string) {
  const sent = new Date();
  const answer = await setup<{ loginRequestId: string; pollSecret: string }>('POST', '/auth/login', {
    email,
  });
  const mail = await mailpit.waitFor(email, { after: new Date(sent.getTime() - 1000) });
  const link = extractLink(mail.Text, `${api.services.config.publicUrl}${API_PREFIX}/auth/confirm`);
  return { ...answer, token: new URL(link).searchParams.get('token') ?? '' };
}

async function site(owner: Person): Promise<string> {
  const created = await setup<{ id: string }>('POST', '/sites', { prompt: `A bakery ${unique()}` }, owner);
  return created.id;
}

async function succeededBuild(owner: Person, siteId: string): Promise<string> {
  const name = `${siteId}-${unique()}`;
  const kube = api.services.kubeClient;
  // A Build is always made from stored content, which publishing reads for the facts still to add.
  const website = await kube.get<Website>(WEBSITES, owner.namespace, siteId);
  const contentRevision = await storeContentRevision(kube, website, exampleSiteDocument());
  await kube.create<Build>(BUILDS, {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Build',
    metadata: { name, namespace: owner.namespace, labels: { 'pagemagic.dev/website': siteId } },
    spec: {
      website: siteId,
      contentRevision,
      contentHash: 'a'.repeat(64),
      rendererVersion: 'test',
    },
  });
  const digest = `sha256:${'0'.repeat(56)}${unique()}${unique()}`;
  await kube.patchStatus(
    BUILDS,
    { namespace: owner.namespace, name },
    {
      phase: 'Succeeded',
      image: `127.0.0.1:15000/${owner.namespace}/x@${digest}`,
      pages: 1,
      bytes: 1024,
    },
  );
  return name;
}

/** A site with one stored contact form message (stored directly: the form route has its own case). */
async function messageOnSite(): Promise<{ owner: Person; siteId: string; messageId: string }> {
  const owner = await person();
  const siteId = await site(owner);
  const website = await api.services.kubeClient.get<Website>(WEBSITES, owner.namespace, siteId);
  const { id } = await storeSubmission(api.services.db, api.services.pii, {
    workspaceId: owner.workspaceId,
    site: siteId,
    websiteUid: website.metadata.uid ?? '',
    section: 'visit',
    page: '/contact/',
    locale: 'en',
    values: [{ name: 'name', label: 'Your name', value: 'Ana' }],
  });
  return { owner, siteId, messageId: id };
}

// --- How to call each state-changing route on a path that must be audited ------------------------------

interface Call {
  /** Values for the route's :params. */
  params?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as a form instead, the way a browser posts one. */
  form?: URLSearchParams;
  headers?: Record<string, string>;
  as?: Person;
  /** The status this path answers; any 2xx when unset. */
  status?: number;
  /** Who the audit row must name: a user id, or null for actions before anyone is signed in. */
  actor: string | null;
}

type Case = () => Promise<Call>;

const CASES: Record<string, Case> = {
  // H1: magic links, sessions, profile.
  'POST /api/v1/auth/login': async () => ({ body: { email: `audit-${unique()}@example.com` }, actor: null }),
  'POST /api/v1/auth/confirm': async () => {
    const email = `audit-${unique()}@example.com`;
    const { token } = await requestLogin(email);
    const existing = await person(email);
    return { body: { token }, actor: existing.id };
  },
  'POST /api/v1/auth/login/poll': async () => {
    const email = `audit-${unique()}@example.com`;
    const login = await requestLogin(email);
    const existing = await person(email);
    // Confirmed in a browser (a form post), so the session waits for the device that polls.
    const confirmed = await fetch(`${api.url}${API_PREFIX}/auth/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: login.token }).toString(),
    });
    if (!confirmed.ok) throw new Error(`confirming in a browser answered ${confirmed.status}`);
    return {
      body: { loginRequestId: login.loginRequestId, pollSecret: login.pollSecret },
      status: 200,
      actor: existing.id,
    };
  },
  // A refresh is routine upkeep; what is audited is a spent refresh token coming back (theft).
  'POST /api/v1/auth/refresh': async () => {
    const owner = await person();
    await setup('POST', '/auth/refresh', { refreshToken: owner.tokens.refreshToken });
    return { body: { refreshToken: owner.tokens.refreshToken }, status: 401, actor: owner.id };
  },
  'POST /api/v1/auth/logout': async () => {
    const owner = await person();
    return { body: { refreshToken: owner.tokens.refreshToken }, actor: owner.id };
  },
  'PATCH /api/v1/profile': async () => {
    const owner = await person();
    return { body: { name: 'Audited Name' }, as: owner, actor: owner.id };
  },
  // H2: the one-time code from an OAuth sign-in.
  'POST /api/v1/auth/oauth/exchange': async () => {
    const owner = await person();
    const code = await createExchangeCode(api.services, {
      userId: owner.id,
      provider: 'google',
      redirect: '/',
      webCodeChallenge: undefined,
    });
    return { body: { code }, actor: owner.id };
  },
  // Apple answers with a form post carrying the code; the browser's binding cookie comes along.
  'POST /api/v1/auth/oauth/:provider/callback': async () => {
    const email = `audit-apple-${unique()}@example.com`;
    const existing = await person(email);
    appleProvider.signInAs({ sub: `001234.${unique()}`, email, email_verified: 'true' });
    const browser = new TestBrowser();
    const callback = `${api.url}${API_PREFIX}/auth/oauth/apple/callback`;
    const { stopped } = await browser.run(
      { method: 'GET', url: `${api.url}${API_PREFIX}/auth/oauth/apple/start` },
      (hop: Hop) => hop.url.startsWith(callback),
    );
    if (!stopped?.form) throw new Error('the Apple sign-in never posted back to the callback');
    const cookie = [...browser.cookies(callback)].map(([name, value]) => `${name}=${value}`).join('; ');
    return {
      params: { provider: 'apple' },
      form: stopped.form,
      headers: { cookie },
      status: 302,
      actor: existing.id,
    };
  },
  // H3: workspaces, members, invitations.
  'POST /api/v1/workspaces': async () => {
    const owner = await person();
    return { body: { name: 'Audited workspace' }, as: owner, actor: owner.id };
  },
  'PATCH /api/v1/workspaces/:workspaceId': async () => {
    const owner = await person();
    return {
      params: { workspaceId: owner.workspaceId },
      body: { name: 'Renamed' },
      as: owner,
      actor: owner.id,
    };
  },
  'DELETE /api/v1/workspaces/:workspaceId': async () => {
    const owner = await person();
    const second = await setup<{ id: string }>('POST', '/workspaces', { name: 'Second' }, owner);
    return { params: { workspaceId: second.id }, as: owner, actor: owner.id };
  },
  'PATCH /api/v1/workspaces/:workspaceId/members/:userId': async () => {
    const owner = await person();
    const member = await person();
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'editor')",
      [owner.workspaceId, member.id],
    );
    return {
      params: { workspaceId: owner.workspaceId, userId: member.id },
      body: { role: 'viewer' },
      as: owner,
      actor: owner.id,
    };
  },
  'DELETE /api/v1/workspaces/:workspaceId/members/:userId': async () => {
    const owner = await person();
    const member = await person();
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'editor')",
      [owner.workspaceId, member.id],
    );
    return { params: { workspaceId: owner.workspaceId, userId: member.id }, as: owner, actor: owner.id };
  },
  'POST /api/v1/workspaces/:workspaceId/invitations': async () => {
    const owner = await person();
    return {
      params: { workspaceId: owner.workspaceId },
      body: { email: `invitee-${unique()}@example.com`, role: 'editor' },
      as: owner,
      actor: owner.id,
    };
  },
  'DELETE /api/v1/workspaces/:workspaceId/invitations/:invitationId': async () => {
    const owner = await person();
    const invitation = await setup<{ id: string }>(
      'POST',
      `/workspaces/${owner.workspaceId}/invitations`,
      { email: `invitee-${unique()}@example.com`, role: 'viewer' },
      owner,
    );
    return {
      params: { workspaceId: owner.workspaceId, invitationId: invitation.id },
      as: owner,
      actor: owner.id,
    };
  },
  'POST /api/v1/invitations/accept': async () => {
    const owner = await person();
    const invitee = await person();
    const sent = new Date();
    await setup(
      'POST',
      `/workspaces/${owner.workspaceId}/invitations`,
      { email: invitee.email, role: 'editor' },
      owner,
    );
    const mail = await mailpit.waitFor(invitee.email, { after: new Date(sent.getTime() - 1000) });
    const link = extractLink(mail.Text, `${api.services.config.webUrl}/invitations/accept`);
    return { body: { token: new URL(link).searchParams.get('token') }, as: invitee, actor: invitee.id };
  },
  // H4: sites and their content and releases.
  'POST /api/v1/sites': async () => {
    const owner = await person();
    return { body: { prompt: 'A plumber in Leeds' }, as: owner, actor: owner.id };
  },
  'PUT /api/v1/sites/:siteId/content': async () => {
    const owner = await person();
    return {
      params: { siteId: await site(owner) },
      body: { document: exampleSiteDocument() },
      as: owner,
      actor: owner.id,
    };
  },
  'POST /api/v1/sites/:siteId/publish': async () => {
    const owner = await person();
    const siteId = await site(owner);
    const build = await succeededBuild(owner, siteId);
    return { params: { siteId }, body: { build }, as: owner, actor: owner.id };
  },
  'DELETE /api/v1/sites/:siteId/pin': async () => {
    const owner = await person();
    const siteId = await site(owner);
    const build = await succeededBuild(owner, siteId);
    await api.services.kubeClient.mergePatch(
      WEBSITES,
      { namespace: owner.namespace, name: siteId },
      { spec: { release: { build } } },
    );
    return { params: { siteId }, as: owner, actor: owner.id };
  },
  'POST /api/v1/sites/:siteId/rollback': async () => {
    const owner = await person();
    const siteId = await site(owner);
    await succeededBuild(owner, siteId);
    // Builds are ordered by creation time, which has one-second resolution.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const live = await succeededBuild(owner, siteId);
    await api.services.kubeClient.patchStatus<Website>(
      WEBSITES,
      { namespace: owner.namespace, name: siteId },
      {
        liveBuild: live,
      },
    );
    return { params: { siteId }, as: owner, actor: owner.id };
  },
  // A visitor's contact form message: no one is signed in, the row names the site's workspace.
  'POST /forms/:siteUid': async () => {
    const owner = await person();
    const siteId = await site(owner);
    const live = await succeededBuild(owner, siteId);
    const url = `https://${siteId}-${owner.namespace}.sites.pagemagic.localhost/`;
    const website = await api.services.kubeClient.patchStatus<Website>(
      WEBSITES,
      { namespace: owner.namespace, name: siteId },
      { liveBuild: live, url },
    );
    const uid = website.metadata.uid ?? '';
    await waitForPublishedInCache(api, uid, url);
    return {
      params: { siteUid: uid },
      form: new URLSearchParams({
        _section: 'visit',
        _locale: 'en',
        _page: '/contact/',
        name: 'Ana',
        email: 'ana@example.com',
        order: 'Cake',
      }),
      status: 303,
      actor: null,
    };
  },
  'PATCH /api/v1/sites/:siteId/messages/:messageId': async () => {
    const { owner, siteId, messageId } = await messageOnSite();
    return { params: { siteId, messageId }, body: { handled: true }, as: owner, actor: owner.id };
  },
  'DELETE /api/v1/sites/:siteId/messages/:messageId': async () => {
    const { owner, siteId, messageId } = await messageOnSite();
    return { params: { siteId, messageId }, as: owner, status: 204, actor: owner.id };
  },
  'PUT /api/v1/workspaces/:workspaceId/messages/retention': async () => {
    const owner = await person();
    return { params: { workspaceId: owner.workspaceId }, body: { days: 90 }, as: owner, actor: owner.id };
  },
  'PUT /api/v1/workspaces/:workspaceId/notifications': async () => {
    const owner = await person();
    return {
      params: { workspaceId: owner.workspaceId },
      body: { forms: 'daily' },
      as: owner,
      actor: owner.id,
    };
  },
  'POST /api/v1/workspaces/:workspaceId/messages/find': async () => {
    const owner = await person();
    return {
      params: { workspaceId: owner.workspaceId },
      body: { email: 'ana@example.com' },
      as: owner,
      actor: owner.id,
    };
  },
  'POST /api/v1/workspaces/:workspaceId/messages/erase': async () => {
    const owner = await person();
    return {
      params: { workspaceId: owner.workspaceId },
      body: { email: 'ana@example.com' },
      as: owner,
      actor: owner.id,
    };
  },
  'DELETE /api/v1/sites/:siteId': async () => {
    const owner = await person();
    return { params: { siteId: await site(owner) }, as: owner, actor: owner.id };
  },
  // H5: domains.
  'POST /api/v1/sites/:siteId/domains': async () => {
    const owner = await person();
    return {
      params: { siteId: await site(owner) },
      body: { host: `www.audit-${unique()}.example.com` },
      as: owner,
      actor: owner.id,
    };
  },
  'DELETE /api/v1/domains/:host': async () => {
    const owner = await person();
    const host = `www.audit-${unique()}.example.com`;
    await setup('POST', `/sites/${await site(owner)}/domains`, { host }, owner);
    return { params: { host }, as: owner, actor: owner.id };
  },
  // H7: regeneration.
  'POST /api/v1/sites/:siteId/regenerate': async () => {
    const owner = await person();
    return { params: { siteId: await site(owner) }, body: {}, as: owner, actor: owner.id };
  },
  // Billing: checkout and portal (stripe-mock), and a signed Stripe event that changes the plan.
  'POST /api/v1/workspaces/:workspaceId/billing/checkout': async () => {
    const owner = await person();
    return { params: { workspaceId: owner.workspaceId }, body: { plan: 'pro' }, as: owner, actor: owner.id };
  },
  'POST /api/v1/workspaces/:workspaceId/billing/portal': async () => {
    const owner = await person();
    await api.services.db.query(
      'INSERT INTO billing_customers (workspace_id, stripe_customer_id) VALUES ($1, $2)',
      [owner.workspaceId, stripeId('cus')],
    );
    return { params: { workspaceId: owner.workspaceId }, body: {}, as: owner, actor: owner.id };
  },
  'POST /billing/stripe/webhook': async () => {
    const owner = await person();
    const customer = stripeId('cus');
    await api.services.db.query(
      'INSERT INTO billing_customers (workspace_id, stripe_customer_id) VALUES ($1, $2)',
      [owner.workspaceId, customer],
    );
    const subscription = subscriptionObject({
      id: stripeId('sub'),
      customer,
      status: 'active',
      price: api.services.config.billing.prices.pro,
      created: nowSeconds(),
    });
    const event = stripeEvent('customer.subscription.created', subscription, nowSeconds());
    const payload = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: TEST_STRIPE_WEBHOOK_SECRET,
    });
    return { body: event, headers: { 'stripe-signature': signature }, status: 200, actor: null };
  },
  'POST /api/v1/sites/:siteId/sections/improve': async () => {
    const owner = await person();
    return {
      params: { siteId: await site(owner) },
      body: { document: exampleSiteDocument(), section: 'welcome', instruction: 'shorter' },
      as: owner,
      actor: owner.id,
    };
  },
};

describe('audit coverage', () => {
  it('knows how to call every state-changing route the app registers', () => {
    expect(mutatingRoutes.length).toBeGreaterThan(0);
    // The tree was read right: fastify knows every route read from it.
    for (const route of mutatingRoutes) {
      const [method, url] = route.split(' ') as [HTTPMethods, string];
      expect(api.app.hasRoute({ method, url }), route).toBe(true);
    }
    const missing = mutatingRoutes.filter((route) => !(route in CASES));
    expect(
      missing,
      `add a case to CASES in api/test/audit-coverage.int.test.ts for: ${missing.join(', ')} (how to call it successfully, and who acts)`,
    ).toEqual([]);
  });

  for (const [route, makeCase] of Object.entries(CASES).filter(([route]) => mutatingRoutes.includes(route))) {
    it(`${route} writes an audit row with actor, action, ip, user agent and request id`, async () => {
      const call = await makeCase();
      const [method, template] = route.split(' ') as [string, string];
      const path = template.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
        const value = call.params?.[name];
        if (value === undefined) throw new Error(`the case for ${route} gives no value for :${name}`);
        return encodeURIComponent(value);
      });
      const requestId = `audit-${unique()}${unique()}`;
      const response = await fetch(`${api.url}${path}`, {
        method,
        redirect: 'manual',
        headers: {
          'x-request-id': requestId,
          'user-agent': USER_AGENT,
          ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(call.form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
          ...(call.as ? { authorization: `Bearer ${call.as.tokens.accessToken}` } : {}),
          ...call.headers,
        },
        body: call.form?.toString() ?? (call.body === undefined ? undefined : JSON.stringify(call.body)),
      });
      const text = await response.text();
      if (call.status === undefined)
        expect(response.ok, `${route} answered ${response.status}: ${text}`).toBe(true);
      else expect(response.status, `${route} answered: ${text}`).toBe(call.status);

      const { rows } = await api.services.db.query<{
        actor: string | null;
        action: string;
        ip: string;
        user_agent: string;
      }>(
        'SELECT actor_user_id AS actor, action, host(ip) AS ip, user_agent FROM audit_log WHERE request_id = $1',
        [requestId],
      );
      expect(rows.length, `${route} wrote no audit row`).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.action).toMatch(/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/);
        expect(row).toMatchObject({ actor: call.actor, ip: '127.0.0.1', user_agent: USER_AGENT });
      }
    });
  }
});
