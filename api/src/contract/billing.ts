// A workspace's plan, its limits and what it has used of them, and the way to change plan: Stripe Checkout to
// upgrade, the Stripe Billing Portal to manage payment and cancel. Any member reads; the owner pays. Stripe
// tells the API what happened through the signed webhook below, never through the browser.

import { type Static, Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';
import { WorkspaceIdSchema } from './workspaces.ts';

export const PlanIdSchema = Type.Union([Type.Literal('free'), Type.Literal('pro'), Type.Literal('business')]);
export type PlanId = Static<typeof PlanIdSchema>;

export const LimitsSchema = Type.Object(
  {
    websites: Type.Integer({ minimum: 0, description: 'Sites in the workspace at once' }),
    domains: Type.Integer({ minimum: 0, description: 'Custom domains in the workspace at once' }),
    members: Type.Integer({ minimum: 0, description: 'Members, pending invitations included' }),
    generationsPerMonth: Type.Integer({
      minimum: 0,
      description: 'AI generations and regenerations per UTC calendar month',
    }),
    bandwidthBytesPerMonth: Type.Integer({
      minimum: 0,
      description: 'Bytes of site responses per UTC calendar month; soft: notices, never a take-down',
    }),
    buildMinutesPerMonth: Type.Integer({ minimum: 0, description: 'Build minutes per UTC calendar month' }),
    formMessagesPerMonth: Type.Integer({
      minimum: 0,
      description:
        "Contact form messages per UTC calendar month; soft: notices at 80 % and 100 %, a visitor's message is never refused for the plan",
    }),
  },
  { title: 'Limits' },
);
export type Limits = Static<typeof LimitsSchema>;

export const PlanSchema = Type.Object(
  {
    id: PlanIdSchema,
    title: Type.String(),
    priceUsdPerMonth: Type.Number({ minimum: 0 }),
    limits: LimitsSchema,
  },
  { title: 'Plan' },
);
export type Plan = Static<typeof PlanSchema>;

export const SubscriptionStatusSchema = Type.Union([
  Type.Literal('active'),
  Type.Literal('trialing'),
  Type.Literal('past_due'),
  Type.Literal('canceled'),
  Type.Literal('unpaid'),
  Type.Literal('incomplete'),
  Type.Literal('incomplete_expired'),
  Type.Literal('paused'),
]);
export type SubscriptionStatus = Static<typeof SubscriptionStatusSchema>;

export const BillingNoticeSchema = Type.Object(
  {
    code: Type.String({
      description: 'Stable: bandwidth_80, bandwidth_100, payment_failed, downgraded, …',
    }),
    severity: Type.Union([Type.Literal('info'), Type.Literal('warning'), Type.Literal('critical')]),
    message: Type.String({ description: 'For a person: what happened and what to do' }),
  },
  { title: 'BillingNotice' },
);
export type BillingNotice = Static<typeof BillingNoticeSchema>;

export const BillingSchema = Type.Object(
  {
    plan: PlanSchema,
    plans: Type.Array(PlanSchema, { description: 'Every plan, cheapest first' }),
    usage: Type.Object({
      websites: Type.Integer({ minimum: 0 }),
      domains: Type.Integer({ minimum: 0 }),
      members: Type.Integer({
        minimum: 0,
        description: 'Members and pending invitations, as the limit counts them',
      }),
      generations: Type.Integer({ minimum: 0, description: 'This period' }),
      bandwidthBytes: Type.Number({ minimum: 0, description: 'This period, as metered' }),
      buildMinutes: Type.Number({ minimum: 0, description: 'This period, as metered' }),
      formMessages: Type.Integer({ minimum: 0, description: 'Contact form messages taken this period' }),
    }),
    period: Type.Object(
      {
        start: Type.String({ format: 'date-time' }),
        end: Type.String({ format: 'date-time' }),
      },
      { description: 'The current UTC calendar month, which monthly limits count over' },
    ),
    subscription: Type.Optional(
      Type.Object({
        status: SubscriptionStatusSchema,
        currentPeriodEnd: Type.Optional(Type.String({ format: 'date-time' })),
        cancelAtPeriodEnd: Type.Boolean(),
        graceEndsAt: Type.Optional(
          Type.String({
            format: 'date-time',
            description: 'A payment failed: pay before this, or the workspace moves to Free',
          }),
        ),
      }),
    ),
    notices: Type.Array(BillingNoticeSchema),
    canManage: Type.Boolean({ description: 'True for the workspace owner, who upgrades and manages' }),
  },
  { title: 'Billing' },
);
export type Billing = Static<typeof BillingSchema>;

const WorkspaceParams = Type.Object({ workspaceId: WorkspaceIdSchema });
const tags = ['billing'];
// Not `format: uri`: the address is Stripe's to make (stripe-mock's portal URL carries a literal
// `{SESSION_SECRET}`), and the client only opens it.
const UrlSchema = Type.Object({
  url: Type.String({ minLength: 1, description: "Stripe's page; open it in a browser" }),
});

export const getBilling = defineRoute({
  method: 'GET',
  url: '/workspaces/:workspaceId/billing',
  auth: true,
  summary: "A workspace's plan, its limits, what it has used this month, its subscription and notices",
  tags,
  params: WorkspaceParams,
  response: { 200: BillingSchema, ...authErrors, 404: ErrorBodySchema },
});

export const createCheckout = defineRoute({
  method: 'POST',
  url: '/workspaces/:workspaceId/billing/checkout',
  auth: true,
  summary:
    'Upgrade (owner): a Stripe Checkout page for the plan; the plan changes when Stripe confirms the payment',
  tags,
  params: WorkspaceParams,
  body: Type.Object(
    { plan: Type.Union([Type.Literal('pro'), Type.Literal('business')]) },
    {
      additionalProperties: false,
    },
  ),
  response: {
    200: UrlSchema,
    ...authErrors,
    404: ErrorBodySchema,
    409: ErrorBodySchema,
    503: ErrorBodySchema,
  },
});

export const createPortal = defineRoute({
  method: 'POST',
  url: '/workspaces/:workspaceId/billing/portal',
  auth: true,
  summary:
    'Manage the subscription (owner): a Stripe Billing Portal page for payment methods, invoices, plan changes and cancelling',
  tags,
  params: WorkspaceParams,
  body: Type.Object({}, { additionalProperties: false }),
  response: {
    200: UrlSchema,
    ...authErrors,
    404: ErrorBodySchema,
    409: ErrorBodySchema,
    503: ErrorBodySchema,
  },
});

export const stripeWebhook = defineRoute({
  method: 'POST',
  url: '/billing/stripe/webhook',
  root: true,
  auth: false,
  summary:
    "Stripe's event notifications: the raw body is checked against the Stripe-Signature header before anything is read from it",
  tags,
  headers: Type.Object({
    'stripe-signature': Type.String({ minLength: 1, maxLength: 2000, description: 'Set by Stripe' }),
  }),
  body: Type.Unsafe<Buffer>({ description: 'A Stripe event, exactly as Stripe sent it' }),
  response: {
    200: Type.Object({ received: Type.Literal(true) }),
    400: ErrorBodySchema,
    413: ErrorBodySchema,
    415: ErrorBodySchema,
    429: ErrorBodySchema,
    500: ErrorBodySchema,
  },
});
