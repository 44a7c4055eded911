// Plan limits where they bite, against the real API, PostgreSQL and cluster: the N+1th site, custom domain,
// AI generation and member is refused with 402 plan_limit before anything is made, with the plan's
// number and the way to upgrade; generations are recorded exactly and counted in Prometheus; and the
// namespace's ResourceQuota follows the plan when a (signed) Stripe event changes it, both ways.

import { CoreV1Api } from '@kubernetes/client-node';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { extractLink, Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBilling } from '../src/contract/billing.ts';
import { addDomain } from '../src/contract/domains.ts';
import { improveSectionDraft, regenerateSite } from '../src/contract/regenerate.ts';
import { createSite, deleteSite } from '../src/contract/sites.ts';
import { acceptInvitation, createInvitation } from '../src/contract/workspaces.ts';
import { failure } from './helpers/failure.ts';
import { deliverOk, nowSeconds, stripeEvent, stripeId, subscriptionObject } from './helpers/stripe-events.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
const mailpit = new Mailpit();

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

async function owner() {
  const { user, tokens } = await api.signUp();
  const { rows } = await api.services.db.query<{ id: string; namespace: string }>(
    `SELECT w.id, w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1`,
    [user.id],
  );
  const workspace = rows[0] as { id: string; namespace: string };
  return { user, tokens, client: api.client(tokens), ...workspace };
}

async function quotaHard(namespace: string) {
  const quota = await api.services.kube
    .makeApiClient(CoreV1Api)
    .readNamespacedResourceQuota({ name: 'pagemagic-plan', namespace });
  return quota.spec?.hard ?? {};
}

async function metricValue(name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${api.internalUrl}/metrics`)).text();
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (wanted.every((pair) => line.includes(pair))) return Number(line.split(' ').at(-1));
  }
  return 0;
}

describe('the billing overview', () => {
  it('shows the plan, every plan, what is used now and this month, and where a limit is reached', async () => {
    const me = await owner();
    for (const name of ['one', 'two', 'three']) {
      await me.client.call(createSite, { body: { prompt: `A barber called ${name}`, name } });
    }
    await me.client.call(createInvitation, {
      params: { workspaceId: me.id },
      body: { email: `pending-${me.id}@example.com`, role: 'viewer' },
    });
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const lastMonth = new Date(start.getTime() - 3600_000);
    for (const [metric, hour, value] of [
      ['bandwidth_bytes', start, 3 * 1024 ** 3],
      ['bandwidth_bytes', lastMonth, 5 * 1024 ** 3],
      ['build_seconds', start, 90],
    ] as const) {
      await api.services.db.query(
        "INSERT INTO usage_hourly (workspace_id, site, metric, hour, value) VALUES ($1, 'one', $2, $3, $4)",
        [me.id, metric, hour, value],
      );
    }
    const billing = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(billing.plan.id).toBe('free');
    expect(billing.plans.map((plan) => plan.id)).toEqual(['free', 'pro', 'business']);
    expect(billing.usage).toEqual({
      websites: 3,
      domains: 0,
      members: 2,
      generations: 3,
      bandwidthBytes: 3 * 1024 ** 3,
      buildMinutes: 1.5,
      formMessages: 0,
    });
    expect(billing.period).toEqual({
      start: start.toISOString(),
      end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
    });
    expect(billing).not.toHaveProperty('subscription');
    expect(billing.canManage).toBe(true);
    expect(billing.notices.map((notice) => notice.code).sort()).toEqual(['limit_members', 'limit_websites']);
  });
});

describe('plan limits', () => {
  it('refuse the fourth site on Free with 402 plan_limit, and create nothing', async () => {
    const me = await owner();
    for (const name of ['one', 'two', 'three']) {
      await me.client.call(createSite, { body: { prompt: `A bakery called ${name}`, name } });
    }
    const refused = await failure(
      me.client.call(createSite, { body: { prompt: 'A fourth bakery', name: 'four' } }),
    );
    expect(refused.status).toBe(402);
    expect(refused.code).toBe('plan_limit');
    expect(refused.message).toBe(
      'The Free plan allows 3 sites and this workspace has 3; delete one, or upgrade to Pro (50 sites) with `pagemagic billing upgrade pro` or on the Billing page',
    );
    expect(refused.details).toMatchObject({
      limit: 'websites',
      allowed: 3,
      plan: 'free',
      used: 3,
      upgradeTo: 'pro',
    });
    expect(api.services.cache.website(me.namespace, 'four')).toBeUndefined();
    // Refused before the generation was spent: three sites, three generations.
    const { rows } = await api.services.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM billing_generations WHERE workspace_id = $1 AND kind = 'generate'",
      [me.id],
    );
    expect(rows[0]?.count).toBe(3);
    // A site deleted makes room again.
    await me.client.call(deleteSite, { params: { siteId: 'three' } });
    const deadline = Date.now() + 30_000;
    // Counted again by the API (its cache) and by the quota controller (the backstop).
    const counted = async () => {
      const billing = await me.client.call(getBilling, { params: { workspaceId: me.id } });
      const quota = await api.services.kube
        .makeApiClient(CoreV1Api)
        .readNamespacedResourceQuota({ name: 'pagemagic-plan', namespace: me.namespace });
      return billing.usage.websites === 2 && quota.status?.used?.['count/websites.pagemagic.dev'] === '2';
    };
    while (!(await counted())) {
      if (Date.now() > deadline) throw new Error('the deleted site is still counted after 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const fourth = await me.client.call(createSite, { body: { prompt: 'A fourth bakery', name: 'four' } });
    expect(fourth.id).toBe('four');
  });

  it('refuse the second custom domain on Free', async () => {
    const me = await owner();
    await me.client.call(createSite, { body: { prompt: 'A florist in York', name: 'florist' } });
    await me.client.call(addDomain, {
      params: { siteId: 'florist' },
      body: { host: `www.${me.id}.example.com` },
    });
    const refused = await failure(
      me.client.call(addDomain, {
        params: { siteId: 'florist' },
        body: { host: `shop.${me.id}.example.com` },
      }),
    );
    expect(refused.status).toBe(402);
    expect(refused.code).toBe('plan_limit');
    expect(refused.message).toBe(
      'The Free plan allows 1 custom domain and this workspace has 1; remove one, or upgrade to Pro (25 custom domains) with `pagemagic billing upgrade pro` or on the Billing page',
    );
    expect(refused.details).toMatchObject({ limit: 'domains', allowed: 1, plan: 'free' });
  });

  it('count every generation exactly, in PostgreSQL and Prometheus, and refuse the 31st of the month', async () => {
    const me = await owner();
    await me.client.call(createSite, { body: { prompt: 'A cafe in Bath', name: 'cafe' } });
    for (let index = 0; index < 28; index++) {
      await me.client.call(regenerateSite, { params: { siteId: 'cafe' }, body: {} });
    }
    // A draft section rewrite is an AI generation too: the 30th.
    await me.client.call(improveSectionDraft, {
      params: { siteId: 'cafe' },
      body: { document: exampleSiteDocument(), section: 'welcome', instruction: 'shorter' },
    });
    const refused = await failure(me.client.call(regenerateSite, { params: { siteId: 'cafe' }, body: {} }));
    expect(refused.status).toBe(402);
    expect(refused.code).toBe('plan_limit');
    expect(refused.message).toBe(
      'The Free plan allows 30 AI generations a month and this workspace has used 30 this month; wait for next month, or upgrade to Pro (500 generations a month) with `pagemagic billing upgrade pro` or on the Billing page',
    );
    expect(refused.details).toMatchObject({
      limit: 'generationsPerMonth',
      allowed: 30,
      plan: 'free',
      used: 30,
    });

    const { rows } = await api.services.db.query<{ kind: string; site: string; count: number }>(
      `SELECT kind, site, count(*)::int AS count FROM billing_generations WHERE workspace_id = $1
        GROUP BY kind, site ORDER BY kind`,
      [me.id],
    );
    expect(rows).toEqual([
      { kind: 'generate', site: 'cafe', count: 1 },
      { kind: 'regenerate', site: 'cafe', count: 29 },
    ]);
    const labels = { namespace: me.namespace, website: 'cafe' };
    expect(await metricValue('pagemagic_api_generations_total', { ...labels, kind: 'generate' })).toBe(1);
    expect(await metricValue('pagemagic_api_generations_total', { ...labels, kind: 'regenerate' })).toBe(29);
    expect((await me.client.call(getBilling, { params: { workspaceId: me.id } })).usage.generations).toBe(30);

    // A regeneration of a site that does not exist is a 404, and spends nothing.
    expect(
      (await failure(me.client.call(regenerateSite, { params: { siteId: 'nope' }, body: {} }))).status,
    ).toBe(404);

    // Last month's generations do not count against this month.
    await api.services.db.query(
      "UPDATE billing_generations SET at = date_trunc('month', now()) - interval '1 day' WHERE workspace_id = $1",
      [me.id],
    );
    await me.client.call(regenerateSite, { params: { siteId: 'cafe' }, body: {} });
    expect((await me.client.call(getBilling, { params: { workspaceId: me.id } })).usage.generations).toBe(1);
  });

  it('refuse an invitation past the seats, and a join once the plan has shrunk', async () => {
    const me = await owner();
    const first = `first-${me.id}@example.com`;
    await me.client.call(createInvitation, {
      params: { workspaceId: me.id },
      body: { email: first, role: 'editor' },
    });
    const refused = await failure(
      me.client.call(createInvitation, {
        params: { workspaceId: me.id },
        body: { email: `second-${me.id}@example.com`, role: 'editor' },
      }),
    );
    expect(refused.status).toBe(402);
    expect(refused.code).toBe('plan_limit');
    expect(refused.message).toBe(
      'The Free plan allows 2 members and this workspace has 2 (members and pending invitations); remove a member or revoke an invitation, or upgrade to Pro (10 members) with `pagemagic billing upgrade pro` or on the Billing page',
    );
    expect(refused.details).toMatchObject({ limit: 'members', allowed: 2, plan: 'free', used: 2 });
    // Inviting the same person again replaces the invitation and takes no new seat.
    const sent = new Date();
    await me.client.call(createInvitation, {
      params: { workspaceId: me.id },
      body: { email: first, role: 'viewer' },
    });

    // Someone joined meanwhile (as an owner could have added them while on a bigger plan): the invitation's
    // seat is gone, and the join that would go past the plan is refused.
    const joiner = await api.signUp(first);
    const mail = await mailpit.waitFor(first, { after: new Date(sent.getTime() - 1000) });
    const token =
      new URL(extractLink(mail.Text, `${api.services.config.webUrl}/invitations/accept`)).searchParams.get(
        'token',
      ) ?? '';
    const someoneElse = await api.signUp();
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
      [me.id, someoneElse.user.id],
    );
    const full = await failure(api.client(joiner.tokens).call(acceptInvitation, { body: { token } }));
    expect(full.status).toBe(402);
    expect(full.code).toBe('plan_limit');
    expect(full.message).toBe(
      'The Free plan allows 2 members and this workspace has 2 (members and pending invitations); ask an owner of the workspace to make room or upgrade to Pro, then accept the invitation again',
    );
    // Room made, the same link works.
    await api.services.db.query('DELETE FROM memberships WHERE workspace_id = $1 AND user_id = $2', [
      me.id,
      someoneElse.user.id,
    ]);
    const joined = await api.client(joiner.tokens).call(acceptInvitation, { body: { token } });
    expect(joined.workspace.id).toBe(me.id);
  });

  it('give the last seat to one of two invitations sent at the same moment', async () => {
    const me = await owner();
    const attempts = await Promise.allSettled(
      ['a', 'b', 'c'].map((who) =>
        me.client.call(createInvitation, {
          params: { workspaceId: me.id },
          body: { email: `${who}-race-${me.id}@example.com`, role: 'editor' },
        }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    for (const attempt of attempts.filter((attempt) => attempt.status === 'rejected')) {
      expect(attempt.reason).toMatchObject({ status: 402, code: 'plan_limit' });
    }
    const { rows } = await api.services.db.query<{ pending: number }>(
      'SELECT count(*)::int AS pending FROM invitations WHERE workspace_id = $1 AND revoked_at IS NULL',
      [me.id],
    );
    expect(rows[0]?.pending).toBe(1);
  });

  it('follow a plan change into the ResourceQuota and the limits: upgrade, then downgrade', async () => {
    const me = await owner();
    expect(await quotaHard(me.namespace)).toMatchObject({
      'count/websites.pagemagic.dev': '3',
      'count/domains.pagemagic.dev': '1',
    });
    const customer = stripeId('cus');
    await api.services.db.query(
      'INSERT INTO billing_customers (workspace_id, stripe_customer_id) VALUES ($1, $2)',
      [me.id, customer],
    );
    const subscription = {
      id: stripeId('sub'),
      customer,
      price: api.services.config.billing.prices.pro,
      created: nowSeconds() - 60,
    };
    await deliverOk(
      api,
      stripeEvent(
        'customer.subscription.created',
        subscriptionObject({ ...subscription, status: 'active' }),
        nowSeconds() - 30,
      ),
    );
    expect(await quotaHard(me.namespace)).toMatchObject({
      'count/websites.pagemagic.dev': '50',
      'count/domains.pagemagic.dev': '25',
      'count/builds.pagemagic.dev': '600',
    });
    const pro = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(pro.plan.id).toBe('pro');
    expect(pro.subscription).toMatchObject({ status: 'active', cancelAtPeriodEnd: false });
    const { rows: audited } = await api.services.db.query<{ details: Record<string, unknown> }>(
      "SELECT details FROM audit_log WHERE workspace_id = $1 AND action = 'billing.plan_change' ORDER BY id",
      [me.id],
    );
    expect(audited.map((row) => [row.details.from, row.details.to])).toEqual([['free', 'pro']]);

    await deliverOk(
      api,
      stripeEvent(
        'customer.subscription.deleted',
        subscriptionObject({ ...subscription, status: 'canceled' }),
        nowSeconds(),
      ),
    );
    expect(await quotaHard(me.namespace)).toMatchObject({
      'count/websites.pagemagic.dev': '3',
      'count/domains.pagemagic.dev': '1',
    });
    const free = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(free.plan.id).toBe('free');
    expect(free.notices).toContainEqual(
      expect.objectContaining({ code: 'downgraded', severity: 'critical' }),
    );
    expect(free.notices.find((notice) => notice.code === 'downgraded')?.message).toContain(
      'The Pro subscription ended, so this workspace is on the Free plan now. Every site stays online',
    );
  });
});
