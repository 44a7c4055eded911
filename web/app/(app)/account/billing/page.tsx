// Billing: the workspace's plan, each limit beside what the workspace uses of it, the subscription and any
// notices (bandwidth nearing its allowance, a failed payment), then the plans side by side with the way to
// upgrade. Upgrading and managing payment happen on Stripe's pages, and only the owner may go there: anyone
// else sees the buttons disabled, with the reason.

import type { Billing, Plan, SubscriptionStatus } from '@pagemagic/api/contract/billing';
import { getBilling } from '@pagemagic/api/contract/billing';
import type { Metadata } from 'next';
import Link from 'next/link';
import { NoWorkspace } from '@/components/account/no-workspace.tsx';
import { CARD } from '@/components/account/styles.ts';
import { BillingButton } from '@/components/billing/billing-button.tsx';
import { UsageBar } from '@/components/billing/usage-bar.tsx';
import { formatBytes, formatCount, formatDuration, percent, shareOf } from '@/components/usage/format.ts';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { formatDateTime } from '@/lib/format.ts';
import { currentWorkspace } from '@/lib/workspace.ts';
import { openPortal, startCheckout } from './actions.ts';

export const metadata: Metadata = { title: 'Billing' };

const PAGE = '/account/billing';

const STATUS: Readonly<Record<SubscriptionStatus, { label: string; badge: string }>> = {
  active: { label: 'Active', badge: 'bg-emerald-100 text-emerald-900' },
  trialing: { label: 'In its trial', badge: 'bg-sky-100 text-sky-900' },
  past_due: { label: 'Payment overdue', badge: 'bg-red-100 text-red-900' },
  canceled: { label: 'Cancelled', badge: 'bg-slate-200 text-slate-900' },
  unpaid: { label: 'Unpaid', badge: 'bg-red-100 text-red-900' },
  incomplete: { label: 'Waiting for the first payment', badge: 'bg-amber-100 text-amber-950' },
  incomplete_expired: { label: 'First payment not made', badge: 'bg-slate-200 text-slate-900' },
  paused: { label: 'Paused', badge: 'bg-amber-100 text-amber-950' },
};

const NOTICE_STYLES: Readonly<
  Record<Billing['notices'][number]['severity'], { label: string; box: string }>
> = {
  info: { label: 'Note', box: 'border-sky-300 bg-sky-50 text-sky-950' },
  warning: { label: 'Warning', box: 'border-amber-300 bg-amber-50 text-amber-950' },
  critical: { label: 'Action needed', box: 'border-red-300 bg-red-50 text-red-900' },
};

const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' });
const priceOf = (plan: Plan) =>
  plan.priceUsdPerMonth === 0
    ? 'Free'
    : `${money.format(plan.priceUsdPerMonth).replace(/\.00$/, '')} a month`;

interface LimitLine {
  key: string;
  label: string;
  used: number;
  allowed: number;
  format: (value: number) => string;
  monthly: boolean;
}

function limitLines(billing: Billing): LimitLine[] {
  const { limits } = billing.plan;
  const { usage } = billing;
  const minutes = (value: number) => formatDuration(value * 60);
  return [
    {
      key: 'websites',
      label: 'Sites',
      used: usage.websites,
      allowed: limits.websites,
      format: formatCount,
      monthly: false,
    },
    {
      key: 'domains',
      label: 'Custom domains',
      used: usage.domains,
      allowed: limits.domains,
      format: formatCount,
      monthly: false,
    },
    {
      key: 'members',
      label: 'Members',
      used: usage.members,
      allowed: limits.members,
      format: formatCount,
      monthly: false,
    },
    {
      key: 'generations',
      label: 'AI generations',
      used: usage.generations,
      allowed: limits.generationsPerMonth,
      format: formatCount,
      monthly: true,
    },
    {
      key: 'bandwidth',
      label: 'Bandwidth',
      used: usage.bandwidthBytes,
      allowed: limits.bandwidthBytesPerMonth,
      format: formatBytes,
      monthly: true,
    },
    {
      key: 'build',
      label: 'Build time',
      used: usage.buildMinutes,
      allowed: limits.buildMinutesPerMonth,
      format: minutes,
      monthly: true,
    },
    {
      key: 'messages',
      label: 'Contact form messages',
      used: usage.formMessages,
      allowed: limits.formMessagesPerMonth,
      format: formatCount,
      monthly: true,
    },
  ];
}

/** The plans table's rows: each limit, written for a plan. */
const PLAN_ROWS: ReadonlyArray<{ label: string; value: (plan: Plan) => string }> = [
  { label: 'Sites', value: (plan) => formatCount(plan.limits.websites) },
  { label: 'Custom domains', value: (plan) => formatCount(plan.limits.domains) },
  { label: 'Members', value: (plan) => formatCount(plan.limits.members) },
  { label: 'AI generations a month', value: (plan) => formatCount(plan.limits.generationsPerMonth) },
  { label: 'Bandwidth a month', value: (plan) => formatBytes(plan.limits.bandwidthBytesPerMonth) },
  { label: 'Build time a month', value: (plan) => formatDuration(plan.limits.buildMinutesPerMonth * 60) },
  { label: 'Contact form messages a month', value: (plan) => formatCount(plan.limits.formMessagesPerMonth) },
];

const day = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

function subscriptionSentence(billing: Billing): string {
  const subscription = billing.subscription;
  if (!subscription) {
    return billing.plan.priceUsdPerMonth === 0
      ? 'It costs nothing and needs no subscription.'
      : 'No subscription is on record for this plan.';
  }
  const parts: string[] = [];
  if (subscription.currentPeriodEnd && subscription.status !== 'canceled') {
    parts.push(
      subscription.cancelAtPeriodEnd
        ? `It is cancelled and ends on ${day(subscription.currentPeriodEnd)}; the workspace then moves to Free.`
        : `It renews on ${day(subscription.currentPeriodEnd)}.`,
    );
  }
  if (subscription.graceEndsAt) {
    parts.push(
      `A payment failed: pay by ${formatDateTime(subscription.graceEndsAt)} (UTC) in Manage billing, or the workspace moves to Free.`,
    );
  }
  return parts.join(' ');
}

const CHECKOUT_OUTCOMES: Readonly<Record<string, { text: string; box: string }>> = {
  success: {
    text: 'Thank you. Stripe has your payment details; the new plan applies here as soon as Stripe confirms the payment, usually within a minute. Reload this page to see it.',
    box: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  },
  cancelled: {
    text: 'Checkout was cancelled: nothing was charged, and the plan is as it was.',
    box: 'border-slate-300 bg-white text-slate-900',
  },
};

export default async function BillingPage({
  searchParams,
}: {
  searchParams: Promise<{ checkout?: string }>;
}) {
  const [{ workspace }, query] = await Promise.all([currentWorkspace(PAGE), searchParams]);
  if (!workspace) return <NoWorkspace heading="Billing" missing="is no plan" />;
  const workspaceId = workspace.id;
  const client = await serverClient(workspaceId);
  const billing = await readOrSignIn(() => client.call(getBilling, { params: { workspaceId } }), PAGE);
  const { plan } = billing;
  const ownerOnly = billing.canManage ? undefined : 'billing-owner-only';
  const status = billing.subscription ? STATUS[billing.subscription.status] : undefined;
  const outcome = typeof query.checkout === 'string' ? CHECKOUT_OUTCOMES[query.checkout] : undefined;

  return (
    <>
      {outcome ? (
        <p role="status" className={`rounded-md border p-3 ${outcome.box}`}>
          {outcome.text}
        </p>
      ) : null}
      <section aria-labelledby="plan-heading" className={CARD}>
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="plan-heading" className="mr-auto text-xl font-semibold">
            {workspace.name} is on the {plan.title} plan
          </h2>
          {status ? (
            <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${status.badge}`}>
              Subscription: {status.label}
            </span>
          ) : null}
        </div>
        <p className="mt-1 text-slate-800">
          {plan.priceUsdPerMonth === 0 ? null : `${priceOf(plan)}. `}
          {subscriptionSentence(billing)}
        </p>
        <p className="mt-1 text-sm text-slate-700">
          Monthly limits count from {day(billing.period.start)} to {day(billing.period.end)} (UTC).{' '}
          <Link href="/account/usage" className="text-brand-700 underline">
            See usage by day and site
          </Link>
        </p>

        {billing.notices.length > 0 ? (
          <ul aria-label="Billing notices" className="mt-4 space-y-2">
            {billing.notices.map((notice) => {
              const style = NOTICE_STYLES[notice.severity];
              return (
                <li key={notice.code} className={`rounded-md border p-3 ${style.box}`}>
                  <span className="font-semibold">{style.label}: </span>
                  {notice.message}
                </li>
              );
            })}
          </ul>
        ) : null}

        <h3 className="mt-6 font-semibold text-slate-900">Limits and what you use of them</h3>
        <ul className="mt-3 grid gap-x-8 gap-y-4 sm:grid-cols-2">
          {limitLines(billing).map((line) => {
            const share = shareOf(line.used, line.allowed);
            return (
              <li key={line.key} data-limit={line.key}>
                <div className="flex items-baseline justify-between gap-2 text-sm">
                  <span className="font-medium text-slate-900">{line.label}</span>
                  <span className={share >= 1 ? 'font-semibold text-red-800' : 'text-slate-800'}>
                    {line.format(line.used)} of {line.format(line.allowed)}
                    {line.monthly ? ' this month' : ''} ({percent(share)})
                  </span>
                </div>
                <div className="mt-1">
                  <UsageBar share={share} />
                </div>
              </li>
            );
          })}
        </ul>

        <div className="mt-6 flex flex-wrap items-start gap-3">
          {billing.subscription || !billing.canManage ? (
            <BillingButton
              id="manage-billing"
              action={openPortal}
              fields={{ workspaceId }}
              label="Manage billing"
              pendingLabel="Opening Stripe…"
              disabledBy={ownerOnly}
            />
          ) : null}
        </div>
        {ownerOnly ? (
          <p id={ownerOnly} className="mt-2 text-sm text-slate-700">
            Only an owner of {workspace.name} can change the plan or manage payment. Ask one of them, or see
            who they are on the{' '}
            <Link href="/account/members" className="text-brand-700 underline">
              Members
            </Link>{' '}
            page.
          </p>
        ) : billing.subscription ? (
          <p className="mt-2 text-sm text-slate-700">
            Manage billing opens Stripe, where you change the payment method, see invoices, switch plans or
            cancel.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading" className="text-xl font-semibold">
          Plans
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Upgrading opens Stripe Checkout; the new limits apply as soon as Stripe confirms the payment.
          Bandwidth is a soft limit: past it you get notices, and your sites stay up.
        </p>
        <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-lg text-left text-sm">
            <caption className="sr-only">The plans compared, limit by limit</caption>
            <thead className="bg-slate-50">
              <tr>
                <td className="p-3" />
                {billing.plans.map((offer) => (
                  <th key={offer.id} scope="col" className="p-3 align-top">
                    <span className="block text-base font-semibold text-slate-900">{offer.title}</span>
                    <span className="block font-normal text-slate-700">{priceOf(offer)}</span>
                    {offer.id === plan.id ? (
                      <span className="mt-1 inline-block rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800">
                        Your plan
                      </span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {PLAN_ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="p-3 font-medium text-slate-800">
                    {row.label}
                  </th>
                  {billing.plans.map((offer) => (
                    <td key={offer.id} className="p-3 text-slate-900">
                      {row.value(offer)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <td className="p-3">
                  <span className="sr-only">Change plan</span>
                </td>
                {billing.plans.map((offer) => (
                  <td key={offer.id} className="p-3 align-top">
                    {offer.priceUsdPerMonth > plan.priceUsdPerMonth && offer.id !== 'free' ? (
                      <BillingButton
                        id={`upgrade-${offer.id}`}
                        action={startCheckout}
                        fields={{ workspaceId, plan: offer.id }}
                        label={`Upgrade to ${offer.title}`}
                        pendingLabel="Opening Stripe…"
                        disabledBy={ownerOnly}
                        primary
                      />
                    ) : offer.id === plan.id ? (
                      <span className="text-slate-700">Current plan</span>
                    ) : (
                      <span className="text-slate-700">Switch in Manage billing</span>
                    )}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
