// Stripe subscriptions as PostgreSQL keeps them, and the plan they give a workspace. A state is written
// only when it is at least as new as the one stored (by the `created` time of the Stripe event it came
// from), so events delivered out of order leave the newest state in place. A workspace's plan is its newest
// subscription that pays: active or trialing, or past_due while its grace period lasts.

import type { PoolClient } from 'pg';
import type { SubscriptionStatus } from '../contract/billing.ts';
import type { PlanId } from '../tenancy/plans.ts';

export interface SubscriptionState {
  id: string;
  customerId: string;
  status: SubscriptionStatus;
  /** The paid plan its price is; undefined for a price this installation does not sell. */
  plan: Exclude<PlanId, 'free'> | undefined;
  priceId: string | undefined;
  currentPeriodEnd: Date | undefined;
  cancelAtPeriodEnd: boolean;
  created: Date;
}

/**
 * Stores `state` as of `stateAt` unless a newer one is stored. A subscription that falls past_due starts
 * its grace period then (`graceMs`), and keeps the first one while it stays past_due; any other status ends
 * it. Returns whether the state was stored.
 */
export async function recordSubscription(
  client: PoolClient,
  workspaceId: string,
  state: SubscriptionState,
  stateAt: Date,
  graceMs: number,
): Promise<boolean> {
  const { rowCount } = await client.query(
    `INSERT INTO billing_subscriptions AS s
       (stripe_subscription_id, workspace_id, stripe_customer_id, status, plan, price_id, current_period_end,
        cancel_at_period_end, subscription_created, state_at, grace_ends_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
             CASE WHEN $4 = 'past_due' THEN $10::timestamptz + make_interval(secs => $11) END)
     ON CONFLICT (stripe_subscription_id) DO UPDATE SET
       status = EXCLUDED.status, plan = EXCLUDED.plan, price_id = EXCLUDED.price_id,
       current_period_end = EXCLUDED.current_period_end, cancel_at_period_end = EXCLUDED.cancel_at_period_end,
       state_at = EXCLUDED.state_at, updated_at = now(),
       grace_ends_at = CASE WHEN EXCLUDED.status = 'past_due' THEN coalesce(s.grace_ends_at, EXCLUDED.grace_ends_at) END
     WHERE s.state_at <= EXCLUDED.state_at AND s.workspace_id = EXCLUDED.workspace_id`,
    [
      state.id,
      workspaceId,
      state.customerId,
      state.status,
      state.plan ?? null,
      state.priceId ?? null,
      state.currentPeriodEnd ?? null,
      state.cancelAtPeriodEnd,
      state.created,
      stateAt,
      graceMs / 1000,
    ],
  );
  return rowCount === 1;
}

export interface PaymentOutcome {
  workspaceId: string;
  plan: string | null;
  graceEndsAt: Date | null;
}

/**
 * A payment of the subscription failed at `stateAt`: past_due, with a grace period from then (or the one
 * already running). Nothing changes for a subscription not stored, or stored with a newer state, or one
 * that no longer pays (a failed final invoice of a canceled subscription).
 */
export async function markPaymentFailed(
  client: PoolClient,
  subscriptionId: string,
  stateAt: Date,
  graceMs: number,
): Promise<PaymentOutcome | undefined> {
  const { rows } = await client.query<{ workspace_id: string; plan: string | null; grace_ends_at: Date }>(
    `UPDATE billing_subscriptions
        SET status = 'past_due', state_at = $2, updated_at = now(),
            grace_ends_at = coalesce(grace_ends_at, $2::timestamptz + make_interval(secs => $3))
      WHERE stripe_subscription_id = $1 AND state_at <= $2 AND status IN ('active', 'trialing', 'past_due')
      RETURNING workspace_id, plan, grace_ends_at`,
    [subscriptionId, stateAt, graceMs / 1000],
  );
  const row = rows[0];
  return row && { workspaceId: row.workspace_id, plan: row.plan, graceEndsAt: row.grace_ends_at };
}

/** A payment of the subscription went through at `stateAt`: active again, grace over. */
export async function markPaid(
  client: PoolClient,
  subscriptionId: string,
  stateAt: Date,
): Promise<PaymentOutcome | undefined> {
  const { rows } = await client.query<{ workspace_id: string; plan: string | null }>(
    `UPDATE billing_subscriptions
        SET status = 'active', state_at = $2, grace_ends_at = NULL, updated_at = now()
      WHERE stripe_subscription_id = $1 AND state_at <= $2
        AND status IN ('active', 'trialing', 'past_due', 'unpaid', 'incomplete')
      RETURNING workspace_id, plan`,
    [subscriptionId, stateAt],
  );
  const row = rows[0];
  return row && { workspaceId: row.workspace_id, plan: row.plan, graceEndsAt: null };
}

/** The plan the workspace's subscriptions pay for at `now`: its newest paying one's, else Free. */
export async function paidPlan(
  client: Pick<PoolClient, 'query'>,
  workspaceId: string,
  now: Date,
): Promise<PlanId> {
  const { rows } = await client.query<{ plan: PlanId }>(
    `SELECT plan FROM billing_subscriptions
      WHERE workspace_id = $1 AND plan IS NOT NULL
        AND (status IN ('active', 'trialing') OR (status = 'past_due' AND grace_ends_at > $2))
      ORDER BY subscription_created DESC, stripe_subscription_id DESC LIMIT 1`,
    [workspaceId, now],
  );
  return rows[0]?.plan ?? 'free';
}

export interface SubscriptionView {
  status: SubscriptionStatus;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  graceEndsAt: Date | null;
}

/** The subscription the Billing page shows: the newest one of the workspace. */
export async function latestSubscription(
  client: Pick<PoolClient, 'query'>,
  workspaceId: string,
): Promise<SubscriptionView | undefined> {
  const { rows } = await client.query<{
    status: SubscriptionStatus;
    current_period_end: Date | null;
    cancel_at_period_end: boolean;
    grace_ends_at: Date | null;
  }>(
    `SELECT status, current_period_end, cancel_at_period_end, grace_ends_at FROM billing_subscriptions
      WHERE workspace_id = $1 ORDER BY subscription_created DESC, stripe_subscription_id DESC LIMIT 1`,
    [workspaceId],
  );
  const row = rows[0];
  return (
    row && {
      status: row.status,
      currentPeriodEnd: row.current_period_end,
      cancelAtPeriodEnd: row.cancel_at_period_end,
      graceEndsAt: row.grace_ends_at,
    }
  );
}
