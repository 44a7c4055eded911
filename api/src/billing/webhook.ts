// Stripe's webhook events, acted on exactly once and in the right order. The event's id is recorded in the
// transaction of its effect, so a duplicate or a replay (Stripe retries, an attacker resends a captured
// body) finds it and changes nothing. Order is not trusted: before acting, the subscription is read again
// from Stripe, and a state is stored only when it is at least as new (by event `created`) as the stored
// one (subscriptions.ts). A re-read is used only when it is the subscription asked for, of the customer
// the event names: Stripe always answers so, stripe-mock (stateless, canned objects) answers with a
// fixed subscription of another customer, and then the event's own snapshot is acted on.

import type { FastifyBaseLogger } from 'fastify';
import type { PoolClient } from 'pg';
import { inTransaction } from '../db/transaction.ts';
import type { Services } from '../services.ts';
import { planOf } from '../tenancy/plans.ts';
import { addNotice, resolveNotices, sendPendingNotices } from './notices.ts';
import { type AuditPlanChange, applyPlanQuotas, type PlanChange, syncPlan } from './plan-change.ts';
import { idOf, planOfPrice, type Stripe, subscriptionOfInvoice } from './stripe.ts';
import { markPaid, markPaymentFailed, recordSubscription, type SubscriptionState } from './subscriptions.ts';

export type WebhookDeps = Pick<Services, 'db' | 'config' | 'pii' | 'mailer' | 'kubeClient'> &
  Partial<Pick<Services, 'memberships'>> & {
    stripe: Stripe;
    log: FastifyBaseLogger;
    /** The clock grace periods are compared with; tests move it. */
    now?: () => Date;
  };

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

export const HANDLED_EVENTS = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
] as const;

type Handled = Extract<Stripe.Event, { type: (typeof HANDLED_EVENTS)[number] }>;

function isHandled(event: Stripe.Event): event is Handled {
  return (HANDLED_EVENTS as readonly string[]).includes(event.type);
}

/** What an event is about: the customer, the subscription, and for a checkout the workspace it was for. */
interface Subject {
  customerId: string | undefined;
  subscriptionId: string | undefined;
  workspaceFromCheckout?: string;
  /** The subscription as the event carries it (subscription events only). */
  snapshot?: Stripe.Subscription;
}

function subjectOf(event: Handled): Subject | undefined {
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      if (session.mode !== 'subscription') return undefined;
      return {
        customerId: idOf(session.customer),
        subscriptionId: idOf(session.subscription),
        workspaceFromCheckout: session.client_reference_id ?? session.metadata?.workspace ?? undefined,
      };
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const subscription = event.data.object;
      return {
        customerId: idOf(subscription.customer),
        subscriptionId: subscription.id,
        snapshot: subscription,
      };
    }
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const invoice = event.data.object;
      return { customerId: idOf(invoice.customer), subscriptionId: subscriptionOfInvoice(invoice) };
    }
  }
}

const STATUSES: readonly string[] = [
  'active',
  'trialing',
  'past_due',
  'canceled',
  'unpaid',
  'incomplete',
  'incomplete_expired',
  'paused',
];

/** A status Stripe may add later pays for nothing until this code knows it. */
function knownStatus(status: string): SubscriptionState['status'] {
  return STATUSES.includes(status) ? (status as SubscriptionState['status']) : 'incomplete';
}

export function subscriptionState(
  subscription: Stripe.Subscription,
  prices: Services['config']['billing']['prices'],
): SubscriptionState {
  const item = subscription.items?.data?.[0];
  const priceId = item?.price?.id;
  const periodEnd = item?.current_period_end;
  return {
    id: subscription.id,
    customerId: idOf(subscription.customer) ?? '',
    status: knownStatus(subscription.status),
    plan: planOfPrice(prices, priceId) as SubscriptionState['plan'],
    priceId,
    currentPeriodEnd: typeof periodEnd === 'number' ? new Date(periodEnd * 1000) : undefined,
    cancelAtPeriodEnd: subscription.cancel_at_period_end ?? false,
    created: new Date(subscription.created * 1000),
  };
}

/**
 * The subscription as Stripe has it now, when that can be trusted to be this customer's: undefined when
 * Stripe no longer knows it, or answers with another customer's (stripe-mock's canned object).
 */
async function reread(
  deps: WebhookDeps,
  subscriptionId: string,
  customerId: string | undefined,
): Promise<Stripe.Subscription | undefined> {
  let current: Stripe.Subscription;
  try {
    current = await deps.stripe.subscriptions.retrieve(subscriptionId);
  } catch (error) {
    if ((error as { code?: string }).code === 'resource_missing') return undefined;
    throw error;
  }
  if (current.id === subscriptionId && idOf(current.customer) === customerId) return current;
  deps.log.warn(
    { subscription: subscriptionId, customer: customerId, answeredCustomer: idOf(current.customer) },
    "Stripe answered the subscription re-read with another customer's subscription; acting on the event's own snapshot",
  );
  return undefined;
}

/** The workspace an event belongs to, recording a customer first met in a completed checkout. */
async function workspaceOf(client: PoolClient, subject: Subject, snapshot?: Stripe.Subscription) {
  if (subject.customerId === undefined) return undefined;
  const known = await client.query<{ workspace_id: string }>(
    'SELECT workspace_id FROM billing_customers WHERE stripe_customer_id = $1',
    [subject.customerId],
  );
  if (known.rows[0]) return known.rows[0].workspace_id;
  // A customer made outside the API (in the Dashboard, by Checkout itself) is adopted only for the workspace
  // the checkout or the subscription names, and only when that workspace has no customer yet.
  const named = subject.workspaceFromCheckout ?? snapshot?.metadata?.workspace;
  if (!named) return undefined;
  const adopted = await client.query(
    `INSERT INTO billing_customers (workspace_id, stripe_customer_id)
     SELECT id, $2 FROM workspaces WHERE id = $1 ON CONFLICT DO NOTHING`,
    [named, subject.customerId],
  );
  return adopted.rowCount === 1 ? named : undefined;
}

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Acts on one verified event. Returns what happened; throws when Stripe or PostgreSQL failed, so the
 * webhook answers 500 and Stripe delivers the event again later.
 */
export async function handleStripeEvent(
  deps: WebhookDeps,
  event: Stripe.Event,
  auditChange: AuditPlanChange,
): Promise<WebhookOutcome> {
  const created = new Date(event.created * 1000);
  // A redelivery of an event already acted on costs no call to Stripe (the insert below decides for good).
  const seen = await deps.db.query('SELECT 1 FROM billing_stripe_events WHERE id = $1', [event.id]);
  if (seen.rowCount) return 'duplicate';
  const subject = isHandled(event) ? subjectOf(event) : undefined;
  const current =
    subject?.subscriptionId !== undefined
      ? await reread(deps, subject.subscriptionId, subject.customerId)
      : undefined;
  const prices = deps.config.billing.prices;
  const graceMs = deps.config.billing.graceMs;
  const now = deps.now?.() ?? new Date();

  let change: PlanChange | undefined;
  let workspaceId: string | undefined;
  const outcome = await inTransaction(deps.db, async (client): Promise<WebhookOutcome> => {
    const first = await client.query(
      'INSERT INTO billing_stripe_events (id, type, created) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
      [event.id, event.type, created],
    );
    if (first.rowCount !== 1) return 'duplicate';
    if (!subject || !isHandled(event)) return 'ignored';
    workspaceId = await workspaceOf(client, subject, subject.snapshot ?? current);
    if (!workspaceId) {
      deps.log.warn(
        { event: event.id, type: event.type, customer: subject.customerId },
        'a Stripe event for a customer of no workspace; recorded and ignored',
      );
      return 'ignored';
    }
    await client.query('UPDATE billing_stripe_events SET workspace_id = $2 WHERE id = $1', [
      event.id,
      workspaceId,
    ]);

    const freshest = current ?? subject.snapshot;
    if (freshest) {
      await recordSubscription(client, workspaceId, subscriptionState(freshest, prices), created, graceMs);
    } else if (subject.subscriptionId !== undefined && event.type === 'invoice.payment_failed') {
      await markPaymentFailed(client, subject.subscriptionId, created, graceMs);
    } else if (subject.subscriptionId !== undefined && event.type === 'invoice.paid') {
      await markPaid(client, subject.subscriptionId, created);
    }

    if (
      subject.subscriptionId !== undefined &&
      (event.type === 'invoice.payment_failed' || event.type === 'invoice.paid')
    ) {
      const { rows } = await client.query<{
        status: string;
        plan: string | null;
        grace_ends_at: Date | null;
        state_at: Date;
      }>(
        'SELECT status, plan, grace_ends_at, state_at FROM billing_subscriptions WHERE stripe_subscription_id = $1',
        [subject.subscriptionId],
      );
      const stored = rows[0];
      if (event.type === 'invoice.paid' && stored?.status === 'active') {
        await resolveNotices(client, workspaceId, ['payment_failed']);
      }
      // Told only when this failure is the newest word on the subscription (a payment that went through
      // since, delivered first, wins).
      if (
        event.type === 'invoice.payment_failed' &&
        stored?.status === 'past_due' &&
        stored.grace_ends_at &&
        stored.state_at.getTime() === created.getTime()
      ) {
        const plan = planOf(stored.plan ?? 'free');
        await addNotice(client, {
          workspaceId,
          code: 'payment_failed',
          key: event.data.object.id ?? event.id,
          severity: 'critical',
          subject: `A payment for your ${plan.title} plan failed`,
          message: `A payment for the ${plan.title} plan failed. Update the payment method with Manage billing on the Billing page (or \`pagemagic billing portal\`) by ${day(stored.grace_ends_at)}, or this workspace moves to the Free plan then. Every site stays online either way.`,
        });
      }
    }

    change = await syncPlan(client, workspaceId, now, 'subscription', auditChange);
    return 'processed';
  });

  if (change) {
    const { failed } = await applyPlanQuotas(deps, [change]);
    for (const failure of failed) {
      deps.log.error(
        failure,
        "the workspace's quota could not be rewritten for its new plan; the billing sweep tries again",
      );
    }
  }
  if (workspaceId && outcome === 'processed') {
    const { failures } = await sendPendingNotices(deps, workspaceId);
    for (const failure of failures)
      deps.log.error({ failure }, 'a billing notice could not be mailed; the sweep tries again');
  }
  return outcome;
}
