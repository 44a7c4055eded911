// Stripe against stripe-mock (hack/test-servers.sh), the real API and PostgreSQL: checkout and portal
// URLs; webhooks signed as Stripe signs them (a tampered one is refused with no effect; a replay or a
// duplicate has one effect; out-of-order events leave the newest state); a failed payment's grace period
// and the downgrade when it runs out (the sweep's clock is moved, nothing sleeps); bandwidth notices at
// 80 % and 100 % once a month; overage as Billing Meter events, once per workspace, metric and hour.
//
// stripe-mock is stateless: it checks every request against Stripe's OpenAPI spec and answers canned
// objects. So state comes from signed fixture events, and a subscription re-read from it answers the same
// canned subscription (of its own customer) whatever id is asked; the API trusts a re-read only when it is
// of the event's customer, which the last test arranges by using stripe-mock's own customer.

import { randomBytes } from 'node:crypto';
import { CoreV1Api } from '@kubernetes/client-node';
import { Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStripe } from '../src/billing/stripe.ts';
import { runBillingSweep, type SweepResult } from '../src/billing/sweep.ts';
import { createCheckout, createPortal, getBilling } from '../src/contract/billing.ts';
import { failure } from './helpers/failure.ts';
import {
  checkoutSessionObject,
  deliver,
  deliverOk,
  invoiceObject,
  nowSeconds,
  stripeEvent,
  stripeId,
  subscriptionObject,
} from './helpers/stripe-events.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const GIB = 1024 ** 3;
const DAY = 24 * 3600 * 1000;

let api: TestApi;
let stripe: Stripe;
/** What stripe-mock answers for any subscription id: its canned subscription. */
let canned: Stripe.Subscription;
const mailpit = new Mailpit();

beforeAll(async () => {
  const settings = testServerSettings();
  stripe = createStripe({
    secretKey: settings.stripeSecretKey,
    webhookSecret: undefined,
    apiUrl: new URL(settings.stripeApiUrl),
  });
  canned = await stripe.subscriptions.retrieve(stripeId('sub'));
  // Pro is sold at the price stripe-mock's canned subscription carries, so its re-reads name a plan.
  api = await startTestApi({ env: { STRIPE_PRICE_PRO: canned.items.data[0]?.price.id ?? '' } });
});
afterAll(async () => api?.close());

async function owner() {
  const email = `billing-${randomBytes(4).toString('hex')}@example.com`;
  const { user, tokens } = await api.signUp(email);
  const { rows } = await api.services.db.query<{ id: string; namespace: string }>(
    `SELECT w.id, w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1`,
    [user.id],
  );
  const workspace = rows[0] as { id: string; namespace: string };
  return { email, user, tokens, client: api.client(tokens), ...workspace };
}

/** A workspace with a Stripe customer of its own (as its first checkout makes). */
async function customerOwner() {
  const me = await owner();
  const customer = stripeId('cus');
  await api.services.db.query(
    'INSERT INTO billing_customers (workspace_id, stripe_customer_id) VALUES ($1, $2)',
    [me.id, customer],
  );
  return { ...me, customer };
}

const prices = () => api.services.config.billing.prices;

async function planOf(workspaceId: string): Promise<string> {
  const { rows } = await api.services.db.query<{ plan: string }>(
    'SELECT plan FROM workspaces WHERE id = $1',
    [workspaceId],
  );
  return rows[0]?.plan ?? '';
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await api.services.db.query<{ count: number }>(sql, params);
  return rows[0]?.count ?? -1;
}

/** One sweep at `now`; waits its turn when the API's own timer holds the lock at that moment. */
async function sweepAt(now: Date, client: Stripe = stripe): Promise<SweepResult> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const result = await runBillingSweep({ ...api.services, stripe: client }, now);
    if (result) {
      expect(result.failures).toEqual([]);
      return result;
    }
    if (Date.now() > deadline) throw new Error('the billing sweep lock stayed taken for 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function mailsTo(address: string, subject: string): Promise<number> {
  return (await mailpit.to(address)).filter((message) => message.Subject.includes(subject)).length;
}

describe('checkout and portal', () => {
  it('opens a Checkout page for the owner, with one customer per workspace, then the portal', async () => {
    const me = await owner();
    const before = await failure(me.client.call(createPortal, { params: { workspaceId: me.id }, body: {} }));
    expect(before.status).toBe(409);
    expect(before.message).toBe(
      'This workspace has never subscribed, so there is no billing to manage yet; upgrade first with `pagemagic billing upgrade pro` or on the Billing page',
    );

    const first = await me.client.call(createCheckout, {
      params: { workspaceId: me.id },
      body: { plan: 'pro' },
    });
    expect(new URL(first.url).protocol).toBe('https:');
    expect(first.url).toContain('checkout.stripe.com');
    const second = await me.client.call(createCheckout, {
      params: { workspaceId: me.id },
      body: { plan: 'business' },
    });
    expect(new URL(second.url).protocol).toBe('https:');
    expect(
      await count('SELECT count(*)::int AS count FROM billing_customers WHERE workspace_id = $1', [me.id]),
    ).toBe(1);
    expect(
      await count(
        "SELECT count(*)::int AS count FROM audit_log WHERE workspace_id = $1 AND action = 'billing.checkout'",
        [me.id],
      ),
    ).toBe(2);

    const portal = await me.client.call(createPortal, { params: { workspaceId: me.id }, body: {} });
    expect(URL.canParse(portal.url)).toBe(true);
    // Only the checkout's webhook changes the plan; opening a checkout does not.
    expect(await planOf(me.id)).toBe('free');
  });

  it('is for the owner only, and refuses the plan the workspace has', async () => {
    const me = await owner();
    const editor = await api.signUp();
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'editor')",
      [me.id, editor.user.id],
    );
    const asEditor = api.client(editor.tokens);
    const refused = await failure(
      asEditor.call(createCheckout, { params: { workspaceId: me.id }, body: { plan: 'pro' } }),
    );
    expect(refused.status).toBe(403);
    const view = await asEditor.call(getBilling, { params: { workspaceId: me.id } });
    expect(view.canManage).toBe(false);
    expect((await me.client.call(getBilling, { params: { workspaceId: me.id } })).canManage).toBe(true);

    await api.services.db.query("UPDATE workspaces SET plan = 'pro' WHERE id = $1", [me.id]);
    const same = await failure(
      me.client.call(createCheckout, { params: { workspaceId: me.id }, body: { plan: 'pro' } }),
    );
    expect(same.status).toBe(409);
    expect(same.message).toBe('This workspace is on the Pro plan already; nothing to upgrade');
  });
});

describe('the webhook', () => {
  it('refuses a tampered body or a wrong secret with 400, and nothing happens', async () => {
    const me = await customerOwner();
    const subscription = subscriptionObject({
      id: stripeId('sub'),
      customer: me.customer,
      status: 'active',
      price: prices().pro,
      created: nowSeconds(),
    });
    const event = stripeEvent('customer.subscription.created', subscription, nowSeconds());
    const tampered = await deliver(api, event, {
      tamper: (body) => body.replace(prices().pro, prices().business),
    });
    expect(tampered.status).toBe(400);
    expect(tampered.body).toMatchObject({ error: { code: 'bad_request' } });
    const wrongSecret = await deliver(api, event, { secret: 'whsec_not_this_one' });
    expect(wrongSecret.status).toBe(400);
    const unsigned = await fetch(`${api.url}/billing/stripe/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    expect(unsigned.status).toBe(400);

    expect(
      await count('SELECT count(*)::int AS count FROM billing_stripe_events WHERE id = $1', [event.id]),
    ).toBe(0);
    expect(
      await count('SELECT count(*)::int AS count FROM billing_subscriptions WHERE workspace_id = $1', [
        me.id,
      ]),
    ).toBe(0);
    expect(await planOf(me.id)).toBe('free');
  });

  it('acts once on an event delivered twice, and on duplicates arriving together', async () => {
    const me = await customerOwner();
    const subscription = subscriptionObject({
      id: stripeId('sub'),
      customer: me.customer,
      status: 'active',
      price: prices().pro,
      created: nowSeconds(),
    });
    const event = stripeEvent('customer.subscription.created', subscription, nowSeconds());
    await deliverOk(api, event);
    await deliverOk(api, event);
    const together = await Promise.all([deliver(api, event), deliver(api, event), deliver(api, event)]);
    expect(together.map((answer) => answer.status)).toEqual([200, 200, 200]);

    expect(await planOf(me.id)).toBe('pro');
    expect(
      await count('SELECT count(*)::int AS count FROM billing_stripe_events WHERE id = $1', [event.id]),
    ).toBe(1);
    expect(
      await count('SELECT count(*)::int AS count FROM billing_plan_changes WHERE workspace_id = $1', [me.id]),
    ).toBe(1);
    expect(
      await count(
        "SELECT count(*)::int AS count FROM audit_log WHERE workspace_id = $1 AND action = 'billing.plan_change'",
        [me.id],
      ),
    ).toBe(1);
  });

  it('keeps the newest subscription state when events arrive out of order', async () => {
    const me = await customerOwner();
    const id = stripeId('sub');
    const created = nowSeconds() - 600;
    const at = (status: Stripe.Subscription.Status, price: string) =>
      subscriptionObject({ id, customer: me.customer, status, price, created });
    const started = stripeEvent('customer.subscription.created', at('active', prices().pro), created);
    const upgraded = stripeEvent(
      'customer.subscription.updated',
      at('active', prices().business),
      created + 60,
    );
    const downgraded = stripeEvent(
      'customer.subscription.updated',
      at('active', prices().pro),
      created + 120,
    );
    const ended = stripeEvent('customer.subscription.deleted', at('canceled', prices().pro), created + 180);

    // Newest first: each older one arrives after and changes nothing.
    await deliverOk(api, upgraded);
    expect(await planOf(me.id)).toBe('business');
    await deliverOk(api, started);
    expect(await planOf(me.id)).toBe('business');
    await deliverOk(api, downgraded);
    expect(await planOf(me.id)).toBe('pro');
    await deliverOk(api, ended);
    const late = stripeEvent('customer.subscription.updated', at('active', prices().business), created + 90);
    await deliverOk(api, late);
    expect(await planOf(me.id)).toBe('free');
    const view = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(view.subscription?.status).toBe('canceled');

    // A payment that went through, delivered before the older failure, wins too.
    const other = await customerOwner();
    const subscription = stripeId('sub');
    await deliverOk(
      api,
      stripeEvent(
        'customer.subscription.created',
        subscriptionObject({
          id: subscription,
          customer: other.customer,
          status: 'active',
          price: prices().pro,
          created,
        }),
        created,
      ),
    );
    const invoice = { customer: other.customer, subscription };
    await deliverOk(
      api,
      stripeEvent('invoice.paid', invoiceObject({ ...invoice, status: 'paid' }), created + 120),
    );
    await deliverOk(
      api,
      stripeEvent('invoice.payment_failed', invoiceObject({ ...invoice, status: 'open' }), created + 60),
    );
    const paid = await other.client.call(getBilling, { params: { workspaceId: other.id } });
    expect(paid.subscription).toMatchObject({ status: 'active' });
    expect(paid.subscription).not.toHaveProperty('graceEndsAt');
    expect(paid.notices.map((notice) => notice.code)).not.toContain('payment_failed');
  });

  it('gives a failed payment a grace period with a notice, then moves the workspace to Free', async () => {
    const me = await customerOwner();
    const subscription = stripeId('sub');
    const created = nowSeconds() - 3600;
    await deliverOk(
      api,
      stripeEvent(
        'customer.subscription.created',
        subscriptionObject({
          id: subscription,
          customer: me.customer,
          status: 'active',
          price: prices().pro,
          created,
        }),
        created,
      ),
    );
    expect(await planOf(me.id)).toBe('pro');
    const failedAt = nowSeconds() - 60;
    const failed = stripeEvent(
      'invoice.payment_failed',
      invoiceObject({ customer: me.customer, subscription, status: 'open' }),
      failedAt,
    );
    await deliverOk(api, failed);
    // A replay of the failure neither restarts the grace period nor mails again.
    await deliverOk(api, failed);

    const graceEndsAt = new Date(failedAt * 1000 + 7 * DAY);
    const during = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(during.plan.id).toBe('pro');
    expect(during.subscription).toMatchObject({ status: 'past_due', graceEndsAt: graceEndsAt.toISOString() });
    const notice = during.notices.find((item) => item.code === 'payment_failed');
    expect(notice?.severity).toBe('critical');
    expect(notice?.message).toContain(
      `by ${graceEndsAt.toISOString().slice(0, 10)}, or this workspace moves to the Free plan`,
    );
    await mailpit.waitFor(me.email, { subject: 'A payment for your Pro plan failed' });
    expect(await mailsTo(me.email, 'A payment for your Pro plan failed')).toBe(1);

    // The sweep on the day before the grace period ends leaves the plan alone; the day after, it downgrades.
    await sweepAt(new Date(graceEndsAt.getTime() - DAY));
    expect(await planOf(me.id)).toBe('pro');
    const after = await sweepAt(new Date(graceEndsAt.getTime() + 60_000));
    expect(after.planChanges).toEqual([
      expect.objectContaining({ workspaceId: me.id, from: 'pro', to: 'free' }),
    ]);
    expect(await planOf(me.id)).toBe('free');
    const quota = await api.services.kube
      .makeApiClient(CoreV1Api)
      .readNamespacedResourceQuota({ name: 'pagemagic-plan', namespace: me.namespace });
    expect(quota.spec?.hard?.['count/websites.pagemagic.dev']).toBe('3');
    const downgraded = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(downgraded.notices.map((item) => item.code)).toEqual(['downgraded']);
    expect(downgraded.notices[0]?.message).toContain(
      'Payment for the Pro plan did not arrive by the end of the grace period',
    );
    await mailpit.waitFor(me.email, { subject: 'Your workspace moved to the Free plan' });
    const { rows } = await api.services.db.query<{ request_id: string; details: Record<string, unknown> }>(
      "SELECT request_id, details FROM audit_log WHERE workspace_id = $1 AND action = 'billing.plan_change' ORDER BY id DESC LIMIT 1",
      [me.id],
    );
    expect(rows[0]).toMatchObject({
      request_id: 'billing-sweep',
      details: { from: 'pro', to: 'free', reason: 'grace_expired' },
    });

    // Paying later brings the plan back.
    await deliverOk(
      api,
      stripeEvent(
        'invoice.paid',
        invoiceObject({ customer: me.customer, subscription, status: 'paid' }),
        nowSeconds(),
      ),
    );
    expect(await planOf(me.id)).toBe('pro');
    const back = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(back.notices.map((item) => item.code)).toEqual([]);
  });

  it('trusts a re-read of the subscription over the event, when Stripe answers for the same customer', async () => {
    // stripe-mock's canned subscription belongs to its canned customer: a checkout completed by that customer
    // is re-read and acted on as Stripe has it (active, at the Pro price), not as any event says.
    const me = await owner();
    const customer = String(canned.customer);
    const subscription = stripeId('sub');
    await deliverOk(
      api,
      stripeEvent(
        'checkout.session.completed',
        checkoutSessionObject({ customer, subscription, workspace: me.id }),
        nowSeconds() - 30,
      ),
    );
    expect(await planOf(me.id)).toBe('pro');
    expect(
      await count(
        'SELECT count(*)::int AS count FROM billing_customers WHERE workspace_id = $1 AND stripe_customer_id = $2',
        [me.id, customer],
      ),
    ).toBe(1);
    // An event saying the subscription was canceled, while Stripe says it is active: Stripe's answer stands.
    await deliverOk(
      api,
      stripeEvent(
        'customer.subscription.updated',
        subscriptionObject({
          id: subscription,
          customer,
          status: 'canceled',
          price: prices().pro,
          created: nowSeconds() - 60,
        }),
        nowSeconds(),
      ),
    );
    expect(await planOf(me.id)).toBe('pro');
    expect((await me.client.call(getBilling, { params: { workspaceId: me.id } })).subscription?.status).toBe(
      canned.status,
    );
  });
});

describe('bandwidth', () => {
  async function addBandwidth(workspaceId: string, hour: Date, bytes: number) {
    await api.services.db.query(
      `INSERT INTO usage_hourly (workspace_id, site, metric, hour, value) VALUES ($1, 'shop', 'bandwidth_bytes', $2, $3)`,
      [workspaceId, hour, bytes],
    );
  }
  const thisMonth = (day: number, hour: number) => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), day, hour));
  };

  it('tells the owners at 80 % and at 100 % of the plan, once a month each, and takes nothing down', async () => {
    const me = await owner();
    await addBandwidth(me.id, thisMonth(1, 3), 8.5 * GIB);
    await sweepAt(new Date());
    await sweepAt(new Date());
    let view = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(view.usage.bandwidthBytes).toBe(8.5 * GIB);
    expect(view.notices.map((notice) => [notice.code, notice.severity])).toEqual([
      ['bandwidth_80', 'warning'],
    ]);
    expect(view.notices[0]?.message).toContain('Your sites have served 8.5 GiB');
    expect(view.notices[0]?.message).toContain('Nothing is slowed or taken down');
    await mailpit.waitFor(me.email, { subject: "80 % of this month's bandwidth" });
    expect(await mailsTo(me.email, "80 % of this month's bandwidth")).toBe(1);

    await addBandwidth(me.id, thisMonth(1, 4), 2 * GIB);
    await sweepAt(new Date());
    await sweepAt(new Date());
    view = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(view.notices.map((notice) => notice.code).sort()).toEqual(['bandwidth_100', 'bandwidth_80']);
    await mailpit.waitFor(me.email, { subject: "all of this month's bandwidth" });
    expect(await mailsTo(me.email, "all of this month's bandwidth")).toBe(1);
    expect(await mailsTo(me.email, "80 % of this month's bandwidth")).toBe(1);

    // A new month starts counting again.
    const now = new Date();
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 2, 5));
    await addBandwidth(me.id, nextMonth, 9 * GIB);
    await sweepAt(new Date(nextMonth.getTime() + 3600_000));
    const { rows } = await api.services.db.query<{ code: string; key: string }>(
      'SELECT code, key FROM billing_notices WHERE workspace_id = $1 ORDER BY key, code',
      [me.id],
    );
    const month = (at: Date) => at.toISOString().slice(0, 7);
    expect(rows).toEqual([
      { code: 'bandwidth_100', key: month(now) },
      { code: 'bandwidth_80', key: month(now) },
      { code: 'bandwidth_80', key: month(nextMonth) },
    ]);
  });

  it("tells the owners at 80 % and at 100 % of the plan's build minutes too, once a month each", async () => {
    const me = await owner();
    const allowedSeconds = 60 * 60; // Free: 60 build minutes
    const addBuildSeconds = (hour: Date, seconds: number) =>
      api.services.db.query(
        `INSERT INTO usage_hourly (workspace_id, site, metric, hour, value) VALUES ($1, 'shop', 'build_seconds', $2, $3)`,
        [me.id, hour, seconds],
      );
    await addBuildSeconds(thisMonth(1, 3), allowedSeconds * 0.85);
    await sweepAt(new Date());
    await sweepAt(new Date());
    let view = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(view.notices.map((notice) => [notice.code, notice.severity])).toEqual([
      ['build_minutes_80', 'warning'],
    ]);
    expect(view.notices[0]?.message).toContain('Your sites have used 51 build minutes');
    await mailpit.waitFor(me.email, { subject: "80 % of this month's build time" });
    await addBuildSeconds(thisMonth(1, 4), allowedSeconds * 0.2);
    await sweepAt(new Date());
    view = await me.client.call(getBilling, { params: { workspaceId: me.id } });
    expect(view.notices.map((notice) => notice.code).sort()).toEqual([
      'build_minutes_100',
      'build_minutes_80',
    ]);
    expect(await mailsTo(me.email, "80 % of this month's build time")).toBe(1);
  });

  it('reports bandwidth past a paid plan to Stripe once per workspace, metric and hour', async () => {
    const me = await customerOwner();
    await deliverOk(
      api,
      stripeEvent(
        'customer.subscription.created',
        subscriptionObject({
          id: stripeId('sub'),
          customer: me.customer,
          status: 'active',
          price: prices().pro,
          created: nowSeconds() - 60,
        }),
        nowSeconds() - 30,
      ),
    );
    expect(await planOf(me.id)).toBe('pro');
    // A client of its own, to see every meter event the sweep sends (with its idempotency key).
    const watched = createStripe({
      secretKey: testServerSettings().stripeSecretKey,
      webhookSecret: undefined,
      apiUrl: new URL(testServerSettings().stripeApiUrl),
    });
    const sent: string[] = [];
    watched.on('response', (event: Stripe.ResponseEvent) => {
      if (event.path === '/v1/billing/meter_events' && event.status === 200)
        sent.push(event.idempotency_key ?? '');
    });

    const first = thisMonth(1, 1);
    const second = thisMonth(1, 2);
    await addBandwidth(me.id, first, 150 * GIB);
    await addBandwidth(me.id, second, 100 * GIB);
    const report = await sweepAt(new Date(), watched);
    expect(report.overageReports).toEqual([
      { workspaceId: me.id, metric: 'bandwidth_bytes', hour: second.toISOString(), value: 50 * GIB },
    ]);
    const again = await sweepAt(new Date(), watched);
    expect(again.overageReports).toEqual([]);

    // The next hour rolled up: only what it adds past the plan.
    const third = thisMonth(1, 3);
    await addBandwidth(me.id, third, 10 * GIB);
    expect((await sweepAt(new Date(), watched)).overageReports).toEqual([
      { workspaceId: me.id, metric: 'bandwidth_bytes', hour: third.toISOString(), value: 10 * GIB },
    ]);
    await sweepAt(new Date(), watched);

    const identifiers = [second, third].map((hour) => `${me.id}:bandwidth_bytes:${hour.toISOString()}`);
    expect(sent.filter((key) => key.startsWith(`${me.id}:`))).toEqual(identifiers);
    const { rows } = await api.services.db.query<{ identifier: string; value: number }>(
      'SELECT identifier, value FROM billing_overage_reports WHERE workspace_id = $1 ORDER BY hour',
      [me.id],
    );
    expect(rows).toEqual([
      { identifier: identifiers[0], value: 50 * GIB },
      { identifier: identifiers[1], value: 10 * GIB },
    ]);
  });

  it('reports no overage on Free', async () => {
    const me = await customerOwner();
    await addBandwidth(me.id, thisMonth(1, 1), 50 * GIB);
    await sweepAt(new Date());
    expect(
      await count('SELECT count(*)::int AS count FROM billing_overage_reports WHERE workspace_id = $1', [
        me.id,
      ]),
    ).toBe(0);
  });
});
