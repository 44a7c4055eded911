// Billing: a workspace's plan and usage for any member; Stripe Checkout (upgrade) and the Billing Portal
// (manage, cancel) for its owner; Stripe's webhook, which is the only way a plan changes; and the billing
// sweep (billing/sweep.ts) on a timer.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findUserById } from '../accounts/users.ts';
import { audit } from '../audit.ts';
import { billingOverview } from '../billing/overview.ts';
import type { AuditPlanChange } from '../billing/plan-change.ts';
import { createStripe, paymentsOff, type Stripe, stripeFailure } from '../billing/stripe.ts';
import { startBillingSweep } from '../billing/sweep.ts';
import { handleStripeEvent } from '../billing/webhook.ts';
import { createCheckout, createPortal, getBilling, stripeWebhook } from '../contract/billing.ts';
import { ApiError } from '../errors.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { memberWorkspace, requireRole, type WorkspaceContext } from '../tenancy/context.ts';
import { planOf } from '../tenancy/plans.ts';

/**
 * The statuses in which a subscription is still the workspace's, to be changed (or paid, or resumed) in the
 * portal rather than replaced by a second one.
 */
const LIVE = ['active', 'trialing', 'past_due', 'unpaid', 'paused'];

export async function billingRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { config, db } = services;
  const stripe: Stripe | undefined = config.billing.stripe ? createStripe(config.billing.stripe) : undefined;
  const billingPage = (workspaceId: string, query = '') =>
    `${config.webUrl}/account/billing?workspace=${encodeURIComponent(workspaceId)}${query}`;

  registerRoute(app, getBilling, async (request) => {
    const workspace = await memberWorkspace(services, request, request.params.workspaceId);
    return billingOverview(services, workspace);
  });

  /** The workspace's Stripe customer, made on its first checkout (one per workspace, even when two race). */
  async function customerOf(
    stripeClient: Stripe,
    workspace: WorkspaceContext,
    userId: string,
  ): Promise<string> {
    const known = await db.query<{ stripe_customer_id: string }>(
      'SELECT stripe_customer_id FROM billing_customers WHERE workspace_id = $1',
      [workspace.id],
    );
    if (known.rows[0]) return known.rows[0].stripe_customer_id;
    // Stripe mails receipts and payment problems to the owner who first upgrades.
    const owner = await findUserById(services, userId);
    let customer: Stripe.Customer;
    try {
      customer = await stripeClient.customers.create(
        {
          name: workspace.name,
          ...(owner ? { email: owner.email } : {}),
          metadata: { workspace: workspace.id },
        },
        // Two first checkouts at once make one customer: Stripe answers the second with the first's.
        { idempotencyKey: `pagemagic-customer-${workspace.id}` },
      );
    } catch (error) {
      throw stripeFailure('set up the customer for this workspace', error);
    }
    await db.query(
      'INSERT INTO billing_customers (workspace_id, stripe_customer_id) VALUES ($1, $2) ON CONFLICT (workspace_id) DO NOTHING',
      [workspace.id, customer.id],
    );
    const stored = await db.query<{ stripe_customer_id: string }>(
      'SELECT stripe_customer_id FROM billing_customers WHERE workspace_id = $1',
      [workspace.id],
    );
    return stored.rows[0]?.stripe_customer_id ?? customer.id;
  }

  registerRoute(app, createCheckout, async (request) => {
    const workspace = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(workspace, 'owner', 'changing the plan');
    if (!stripe) throw paymentsOff();
    const wanted = planOf(request.body.plan);
    const { rows } = await db.query<{ plan: string; live: number }>(
      `SELECT w.plan, (SELECT count(*)::int FROM billing_subscriptions s
                        WHERE s.workspace_id = w.id AND s.status = ANY($2::text[])) AS live
         FROM workspaces w WHERE w.id = $1`,
      [workspace.id, LIVE],
    );
    const current = planOf(rows[0]?.plan ?? 'free');
    if (current.id === wanted.id) {
      throw new ApiError(
        'conflict',
        `This workspace is on the ${wanted.title} plan already; nothing to upgrade`,
      );
    }
    if ((rows[0]?.live ?? 0) > 0) {
      throw new ApiError(
        'conflict',
        `This workspace has a ${current.title} subscription already; change its plan under Manage billing on the Billing page, or with \`pagemagic billing portal\``,
        { hint: `POST /api/v1/workspaces/${workspace.id}/billing/portal opens it` },
      );
    }
    const customer = await customerOf(stripe, workspace, request.principal.userId);
    let session: Stripe.Checkout.Session;
    try {
      session = await stripe.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: workspace.id,
        line_items: [{ price: config.billing.prices[request.body.plan], quantity: 1 }],
        success_url: billingPage(workspace.id, '&checkout=success&session={CHECKOUT_SESSION_ID}'),
        cancel_url: billingPage(workspace.id, '&checkout=cancelled'),
        metadata: { workspace: workspace.id, plan: wanted.id },
        subscription_data: { metadata: { workspace: workspace.id, plan: wanted.id } },
      });
    } catch (error) {
      throw stripeFailure('open a checkout', error);
    }
    if (!session.url) throw stripeFailure('open a checkout', new Error('the session has no URL'));
    await audit(db, request, {
      action: 'billing.checkout',
      workspaceId: workspace.id,
      target: `plan/${wanted.id}`,
      details: { from: current.id, to: wanted.id, session: session.id },
    });
    return { url: session.url };
  });

  registerRoute(app, createPortal, async (request) => {
    const workspace = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(workspace, 'owner', 'managing billing');
    if (!stripe) throw paymentsOff();
    const { rows } = await db.query<{ stripe_customer_id: string }>(
      'SELECT stripe_customer_id FROM billing_customers WHERE workspace_id = $1',
      [workspace.id],
    );
    const customer = rows[0]?.stripe_customer_id;
    if (!customer) {
      throw new ApiError(
        'conflict',
        'This workspace has never subscribed, so there is no billing to manage yet; upgrade first with `pagemagic billing upgrade pro` or on the Billing page',
        { hint: `POST /api/v1/workspaces/${workspace.id}/billing/checkout upgrades` },
      );
    }
    let url: string;
    try {
      ({ url } = await stripe.billingPortal.sessions.create({
        customer,
        return_url: billingPage(workspace.id),
      }));
    } catch (error) {
      throw stripeFailure('open the billing portal', error);
    }
    await audit(db, request, { action: 'billing.portal', workspaceId: workspace.id, target: customer });
    return { url };
  });

  // Stripe signs the exact bytes it sent, so this one route reads its body raw, in a scope of its own.
  await app.register(async (hooks) => {
    hooks.removeContentTypeParser('application/json');
    hooks.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    registerRoute(hooks, stripeWebhook, async (request) => {
      const secret = config.billing.stripe?.webhookSecret;
      if (!stripe || !secret) {
        throw new ApiError(
          'unavailable',
          'This installation takes no Stripe events (STRIPE_SECRET_KEY or STRIPE_WEBHOOK_SECRET is not set)',
          undefined,
          503,
        );
      }
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(
          request.body,
          request.headers['stripe-signature'] ?? '',
          secret,
        );
      } catch (error) {
        request.log.warn({ err: error }, 'a Stripe webhook with a signature that does not verify; ignored');
        throw new ApiError(
          'bad_request',
          'The Stripe-Signature header does not verify for this body (tampered, too old, or signed with another secret); nothing was done. Check that STRIPE_WEBHOOK_SECRET is this endpoint’s signing secret',
        );
      }
      const auditByWebhook: AuditPlanChange = (client, change, reason) =>
        audit(client, request as FastifyRequest, {
          action: 'billing.plan_change',
          workspaceId: change.workspaceId,
          target: `plan/${change.to}`,
          details: { from: change.from, to: change.to, reason, stripeEvent: event.id, type: event.type },
        });
      const outcome = await handleStripeEvent(
        { ...services, stripe, log: request.log },
        event,
        auditByWebhook,
      );
      request.log.info({ stripeEvent: event.id, type: event.type, outcome }, 'Stripe event');
      return { received: true as const };
    });
  });

  const stopSweep = startBillingSweep(
    { ...services, stripe },
    config.billing.sweepMs,
    ({ result, error }) => {
      if (error) app.log.error({ err: error }, 'the billing sweep failed; it runs again later');
      else if (result?.failures.length)
        app.log.error({ failures: result.failures }, 'parts of the billing sweep failed');
      else if (result && (result.planChanges.length || result.notices || result.overageReports.length)) {
        app.log.info(
          {
            planChanges: result.planChanges.length,
            notices: result.notices,
            overage: result.overageReports.length,
          },
          'billing sweep',
        );
      }
    },
  );
  app.addHook('onClose', async () => stopSweep());
}
