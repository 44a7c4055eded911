// What each plan allows and costs: data, not code. The counts become the workspace namespace's
// ResourceQuota (tenancy/namespace.ts), so the API server itself refuses the Website or Domain past the
// limit, whichever client created it; the API refuses first, with 402 plan_limit and a way to upgrade
// (billing/limits.ts). Monthly limits count over the UTC calendar month; bandwidth and build minutes are
// soft (notices and, on paid plans, overage billed through Stripe), never a take-down, and so are contact
// form messages (notices; a customer's message to a small business is never thrown away for the plan).

import type { Limits, Plan, PlanId } from '../contract/billing.ts';

export type { Limits, Plan, PlanId } from '../contract/billing.ts';

const GIB = 1024 ** 3;

/** Cheapest first: the order plans are offered in, and what "the next plan up" means. */
export const PLAN_LIST: readonly Plan[] = [
  {
    id: 'free',
    title: 'Free',
    priceUsdPerMonth: 0,
    limits: {
      websites: 3,
      domains: 1,
      members: 2,
      generationsPerMonth: 30,
      bandwidthBytesPerMonth: 10 * GIB,
      buildMinutesPerMonth: 60,
      formMessagesPerMonth: 100,
    },
  },
  {
    id: 'pro',
    title: 'Pro',
    priceUsdPerMonth: 19,
    limits: {
      websites: 50,
      domains: 25,
      members: 10,
      generationsPerMonth: 500,
      bandwidthBytesPerMonth: 200 * GIB,
      buildMinutesPerMonth: 1_000,
      formMessagesPerMonth: 2_000,
    },
  },
  {
    id: 'business',
    title: 'Business',
    priceUsdPerMonth: 79,
    limits: {
      websites: 500,
      domains: 500,
      members: 50,
      generationsPerMonth: 5_000,
      bandwidthBytesPerMonth: 1024 * GIB,
      buildMinutesPerMonth: 10_000,
      formMessagesPerMonth: 20_000,
    },
  },
];

export const PLANS: Readonly<Record<PlanId, Plan>> = Object.fromEntries(
  PLAN_LIST.map((plan) => [plan.id, plan]),
) as Record<PlanId, Plan>;

export const DEFAULT_PLAN: PlanId = 'free';

export function isPlanId(id: string): id is PlanId {
  return Object.hasOwn(PLANS, id);
}

export function planOf(id: string): Plan {
  if (!isPlanId(id)) {
    throw new Error(`unknown plan '${id}'; known plans: ${PLAN_LIST.map((plan) => plan.id).join(', ')}`);
  }
  return PLANS[id];
}

/** The cheapest plan that allows more of `limit` than `plan` does; undefined on the largest. */
export function nextPlanUp(plan: Plan, limit: keyof Limits): Plan | undefined {
  return PLAN_LIST.find((other) => other.limits[limit] > plan.limits[limit]);
}
