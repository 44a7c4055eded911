// The Stripe client, made from the configuration (STRIPE_API_URL points it at stripe-mock in tests and
// `make dev`), and what the rest of billing needs to read out of Stripe's objects, whichever way an id or
// an expanded object is given.

import Stripe from 'stripe';
import type { BillingConfig } from '../config.ts';
import { ApiError } from '../errors.ts';
import type { PlanId } from '../tenancy/plans.ts';

export type { Stripe };

export function createStripe(config: NonNullable<BillingConfig['stripe']>): Stripe {
  const url = config.apiUrl;
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: 15_000,
    telemetry: false,
    appInfo: { name: 'Page Magic' },
    ...(url
      ? {
          host: url.hostname,
          port: url.port || (url.protocol === 'https:' ? 443 : 80),
          protocol: url.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });
}

/** An id, whether Stripe sent the id or the object. */
export function idOf(value: string | { id: string } | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value : value.id;
}

/** The paid plan a Price is, by the configured price ids; undefined for a price that is none of them. */
export function planOfPrice(
  prices: BillingConfig['prices'],
  priceId: string | undefined,
): PlanId | undefined {
  if (priceId === undefined) return undefined;
  if (priceId === prices.business) return 'business';
  if (priceId === prices.pro) return 'pro';
  return undefined;
}

/** The subscription an invoice bills, in the current API shape (parent) or the older one (subscription). */
export function subscriptionOfInvoice(invoice: Stripe.Invoice): string | undefined {
  const current = idOf(invoice.parent?.subscription_details?.subscription);
  const legacy = (invoice as unknown as { subscription?: string | { id: string } | null }).subscription;
  return current ?? idOf(legacy);
}

/** Stripe could not be asked, or refused what was asked: a 503 that says which and what to do. */
export function stripeFailure(action: string, error: unknown): ApiError {
  const message = error instanceof Stripe.errors.StripeError ? error.message : (error as Error).message;
  const failure = new ApiError(
    'unavailable',
    `Stripe could not ${action} (${message}); nothing was changed. Try again in a minute, and tell the operator of this installation if it keeps happening`,
    undefined,
    503,
  );
  failure.cause = error;
  return failure;
}

/** 503 when this installation takes no payments. */
export function paymentsOff(): ApiError {
  return new ApiError(
    'unavailable',
    'This installation takes no payments (STRIPE_SECRET_KEY is not set), so plans cannot be changed here; ask its operator',
    undefined,
    503,
  );
}
