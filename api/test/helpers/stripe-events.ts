// Stripe webhook events for tests: objects in the shape Stripe sends (the `stripe` package's API version),
// signed the way Stripe signs them (stripe.webhooks.generateTestHeaderString) with the test API's webhook
// secret, and posted to the API's webhook route. stripe-mock sends no webhooks, so state transitions in
// tests come from these.

import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { TEST_STRIPE_WEBHOOK_SECRET, type TestApi } from './test-api.ts';

const hex = (bytes = 8) => randomBytes(bytes).toString('hex');
export const stripeId = (prefix: string) => `${prefix}_${hex(10)}`;

export interface SubscriptionFixture {
  id: string;
  customer: string;
  status: Stripe.Subscription.Status;
  price: string;
  /** Seconds since the epoch. */
  created: number;
  periodEnd?: number;
  cancelAtPeriodEnd?: boolean;
  metadata?: Record<string, string>;
}

export function subscriptionObject(fixture: SubscriptionFixture) {
  return {
    id: fixture.id,
    object: 'subscription',
    customer: fixture.customer,
    status: fixture.status,
    created: fixture.created,
    cancel_at_period_end: fixture.cancelAtPeriodEnd ?? false,
    livemode: false,
    metadata: fixture.metadata ?? {},
    items: {
      object: 'list',
      has_more: false,
      url: `/v1/subscription_items?subscription=${fixture.id}`,
      data: [
        {
          id: stripeId('si'),
          object: 'subscription_item',
          subscription: fixture.id,
          quantity: 1,
          current_period_start: fixture.created,
          current_period_end: fixture.periodEnd ?? fixture.created + 30 * 24 * 3600,
          price: { id: fixture.price, object: 'price', currency: 'usd', type: 'recurring' },
        },
      ],
    },
  };
}

export function invoiceObject(input: { customer: string; subscription: string; status: 'paid' | 'open' }) {
  return {
    id: stripeId('in'),
    object: 'invoice',
    customer: input.customer,
    status: input.status,
    livemode: false,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { subscription: input.subscription, metadata: {} },
    },
  };
}

export function checkoutSessionObject(input: { customer: string; subscription: string; workspace: string }) {
  return {
    id: stripeId('cs_test'),
    object: 'checkout.session',
    mode: 'subscription',
    status: 'complete',
    payment_status: 'paid',
    customer: input.customer,
    subscription: input.subscription,
    client_reference_id: input.workspace,
    metadata: { workspace: input.workspace },
    livemode: false,
  };
}

export interface StripeEventFixture {
  id: string;
  object: 'event';
  type: string;
  created: number;
  livemode: false;
  api_version: string;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  data: { object: unknown };
}

export function stripeEvent(type: string, object: unknown, created: number): StripeEventFixture {
  return {
    id: stripeId('evt'),
    object: 'event',
    type,
    created,
    livemode: false,
    api_version: Stripe.API_VERSION,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  };
}

/** Posts `event` to the webhook route as Stripe would, signed now; `tamper` changes the body after signing. */
export async function deliver(
  api: TestApi,
  event: StripeEventFixture,
  {
    tamper,
    secret = TEST_STRIPE_WEBHOOK_SECRET,
  }: { tamper?: (body: string) => string; secret?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
  const response = await fetch(`${api.url}/billing/stripe/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
    body: tamper ? tamper(payload) : payload,
  });
  return { status: response.status, body: await response.json() };
}

/** Delivers and insists Stripe would see a success (2xx), which means the event was taken. */
export async function deliverOk(api: TestApi, event: StripeEventFixture): Promise<void> {
  const answer = await deliver(api, event);
  if (answer.status !== 200) {
    throw new Error(`the webhook answered ${answer.status} to ${event.type}: ${JSON.stringify(answer.body)}`);
  }
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
