// The plan table and the sentences people read when a limit bites.

import { describe, expect, it } from 'vitest';
import { planLimitError, planLimitMessage } from '../src/billing/limits.ts';
import { planOfPrice, subscriptionOfInvoice } from '../src/billing/stripe.ts';
import { overageIdentifier } from '../src/billing/sweep.ts';
import { configFromEnv } from '../src/config.ts';
import { generateDevelopmentKeys } from '../src/dev-keys.ts';
import { ERROR_CODES } from '../src/errors.ts';
import { nextPlanUp, PLAN_LIST, PLANS, planOf } from '../src/tenancy/plans.ts';

const GIB = 1024 ** 3;

describe('the plans', () => {
  it('are Free, Pro and Business, cheapest first, at $0, $19 and $79', () => {
    expect(PLAN_LIST.map((plan) => [plan.id, plan.title, plan.priceUsdPerMonth])).toEqual([
      ['free', 'Free', 0],
      ['pro', 'Pro', 19],
      ['business', 'Business', 79],
    ]);
  });

  it('give each limit of the agreed shape, more on every plan up', () => {
    for (const [lower, higher] of [
      [PLANS.free, PLANS.pro],
      [PLANS.pro, PLANS.business],
    ] as const) {
      expect(Object.keys(higher.limits).sort()).toEqual(
        [
          'bandwidthBytesPerMonth',
          'buildMinutesPerMonth',
          'domains',
          'formMessagesPerMonth',
          'generationsPerMonth',
          'members',
          'websites',
        ].sort(),
      );
      for (const key of Object.keys(lower.limits) as (keyof typeof lower.limits)[]) {
        expect(higher.limits[key], `${higher.id}.${key}`).toBeGreaterThan(lower.limits[key]);
      }
    }
  });

  it('keep Free at 3 sites and 1 domain, and the suggested numbers', () => {
    expect(PLANS.free.limits).toEqual({
      websites: 3,
      domains: 1,
      members: 2,
      generationsPerMonth: 30,
      bandwidthBytesPerMonth: 10 * GIB,
      buildMinutesPerMonth: 60,
      formMessagesPerMonth: 100,
    });
    expect(PLANS.pro.limits.bandwidthBytesPerMonth).toBe(200 * GIB);
    expect(PLANS.business.limits.bandwidthBytesPerMonth).toBe(1024 * GIB);
  });

  it('refuse a plan that is not one, naming the ones there are (Agency is Business now)', () => {
    expect(() => planOf('agency')).toThrow("unknown plan 'agency'; known plans: free, pro, business");
  });

  it('know the next plan up for a limit, and none past Business', () => {
    expect(nextPlanUp(PLANS.free, 'websites')?.id).toBe('pro');
    expect(nextPlanUp(PLANS.pro, 'members')?.id).toBe('business');
    expect(nextPlanUp(PLANS.business, 'domains')).toBeUndefined();
  });
});

describe('limit messages', () => {
  it('name the limit, the plan, its number, what the workspace has and how to upgrade', () => {
    expect(planLimitMessage(PLANS.free, 'websites', 3)).toBe(
      'The Free plan allows 3 sites and this workspace has 3; delete one, or upgrade to Pro (50 sites) with `pagemagic billing upgrade pro` or on the Billing page',
    );
    expect(planLimitMessage(PLANS.free, 'domains', 1)).toBe(
      'The Free plan allows 1 custom domain and this workspace has 1; remove one, or upgrade to Pro (25 custom domains) with `pagemagic billing upgrade pro` or on the Billing page',
    );
    expect(planLimitMessage(PLANS.pro, 'generationsPerMonth', 500)).toBe(
      'The Pro plan allows 500 AI generations a month and this workspace has used 500 this month; wait for next month, or upgrade to Business (5,000 generations a month) with `pagemagic billing upgrade business` or on the Billing page',
    );
    expect(planLimitMessage(PLANS.free, 'members', 2)).toBe(
      'The Free plan allows 2 members and this workspace has 2 (members and pending invitations); remove a member or revoke an invitation, or upgrade to Pro (10 members) with `pagemagic billing upgrade pro` or on the Billing page',
    );
  });

  it('offer no upgrade on the largest plan', () => {
    expect(planLimitMessage(PLANS.business, 'websites', 500)).toBe(
      'The Business plan allows 500 sites and this workspace has 500; delete one (Business is the largest plan)',
    );
  });

  it('send someone joining a full workspace to its owner', () => {
    expect(planLimitMessage(PLANS.free, 'members', 2, { invitee: true })).toBe(
      'The Free plan allows 2 members and this workspace has 2 (members and pending invitations); ask an owner of the workspace to make room or upgrade to Pro, then accept the invitation again',
    );
  });

  it('are 402 plan_limit with the limit, the allowance and the plan in details', () => {
    expect(ERROR_CODES.plan_limit).toBe(402);
    const error = planLimitError('free', 'websites', 3);
    expect(error.statusCode).toBe(402);
    expect(error.code).toBe('plan_limit');
    expect(error.details).toMatchObject({
      limit: 'websites',
      allowed: 3,
      plan: 'free',
      used: 3,
      upgradeTo: 'pro',
    });
    expect(planLimitError('business', 'domains', 500).details).not.toHaveProperty('upgradeTo');
  });
});

describe('Stripe details', () => {
  const prices = { pro: 'price_pro', business: 'price_business' };

  it('map prices to plans, and no plan for a price this installation does not sell', () => {
    expect(planOfPrice(prices, 'price_pro')).toBe('pro');
    expect(planOfPrice(prices, 'price_business')).toBe('business');
    expect(planOfPrice(prices, 'price_other')).toBeUndefined();
    expect(planOfPrice(prices, undefined)).toBeUndefined();
  });

  it("read an invoice's subscription in the current shape and the older one", () => {
    const current = { parent: { subscription_details: { subscription: 'sub_new' } } };
    const older = { parent: null, subscription: { id: 'sub_old' } };
    expect(subscriptionOfInvoice(current as never)).toBe('sub_new');
    expect(subscriptionOfInvoice(older as never)).toBe('sub_old');
  });

  it('identify an overage report by workspace, metric and hour', () => {
    expect(overageIdentifier('abc12345', 'bandwidth_bytes', new Date('2026-12-07T10:00:00Z'))).toBe(
      'abc12345:bandwidth_bytes:2026-12-07T10:00:00.000Z',
    );
  });

  it('read the Stripe settings, and refuse an API URL with a path', () => {
    const config = configFromEnv(
      {
        STRIPE_SECRET_KEY: 'sk_test_x',
        STRIPE_API_URL: 'http://127.0.0.1:12111',
        PAGEMAGIC_BILLING_GRACE_DAYS: '3',
      },
      generateDevelopmentKeys,
    );
    expect(config.billing.stripe?.apiUrl?.port).toBe('12111');
    expect(config.billing.graceMs).toBe(3 * 24 * 3600 * 1000);
    expect(config.billing.prices).toEqual({
      pro: 'price_pagemagic_pro',
      business: 'price_pagemagic_business',
    });
    expect(configFromEnv({}, generateDevelopmentKeys).billing.stripe).toBeUndefined();
    expect(() =>
      configFromEnv({ STRIPE_API_URL: 'http://127.0.0.1:12111/v1' }, generateDevelopmentKeys),
    ).toThrow(/STRIPE_API_URL must be an http\(s\) URL with no path/);
  });
});
