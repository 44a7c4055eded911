// `pagemagic billing view|upgrade|portal`: the workspace's plan, what it has used of each limit, its
// subscription and notices; upgrading through a Stripe Checkout page and managing payment through the
// Stripe Billing Portal, both opened in the browser. The plan itself only changes when Stripe tells the API
// the payment went through, so nothing here changes it directly.

import { formatBytes, formatCount, formatDuration } from '@pagemagic/api/client/amounts';
import {
  type Billing,
  BillingSchema,
  createCheckout,
  createPortal,
  getBilling,
  type Limits,
  type Plan,
  type SubscriptionStatus,
} from '@pagemagic/api/contract/billing';
import { Argument, type Command } from 'commander';
import { openerFor, openUrl } from '../browser.ts';
import type { Context } from '../context.ts';
import { type OutputMode, paint, parseJsonFields, renderDetail, renderJson, renderTable } from '../output.ts';
import { currentWorkspaceId, onWorkspace } from './current-workspace.ts';
import { fieldsOf, JSON_FLAG, JSON_HELP, type Run } from './shared.ts';

const PAID_PLANS = ['pro', 'business'] as const;
type PaidPlan = (typeof PAID_PLANS)[number];

const STATUS_WORDS: Record<SubscriptionStatus, string> = {
  active: 'active',
  trialing: 'in its trial',
  past_due: 'past due',
  canceled: 'cancelled',
  unpaid: 'unpaid',
  incomplete: 'waiting for the first payment',
  incomplete_expired: 'ended before the first payment went through',
  paused: 'paused',
};

const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
const price = (plan: Plan) =>
  plan.priceUsdPerMonth === 0
    ? 'free'
    : `${money.format(plan.priceUsdPerMonth).replace(/\.00$/, '')} a month`;

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const day = (iso: string) => dayFormat.format(new Date(iso));

/** The subscription in one line: its state, when it renews or ends, and a payment deadline if one runs. */
export function subscriptionLine(billing: Billing): string {
  const subscription = billing.subscription;
  if (!subscription) return billing.plan.id === 'free' ? 'none (the Free plan needs none)' : 'none';
  const parts = [STATUS_WORDS[subscription.status]];
  if (subscription.currentPeriodEnd && subscription.status !== 'canceled') {
    parts.push(
      subscription.cancelAtPeriodEnd
        ? `ends ${day(subscription.currentPeriodEnd)} (cancelled; the workspace then moves to Free)`
        : `renews ${day(subscription.currentPeriodEnd)}`,
    );
  }
  if (subscription.graceEndsAt) {
    parts.push(`pay by ${day(subscription.graceEndsAt)}, or the workspace moves to Free`);
  }
  return parts.join(', ');
}

interface LimitRow {
  limit: string;
  used: string;
  allowed: string;
  share: number;
  monthly: boolean;
}

/** Each limit of the plan beside what the workspace uses of it (monthly ones: this period). */
export function limitRows(billing: Billing): LimitRow[] {
  const { limits } = billing.plan;
  const { usage } = billing;
  const row = (
    limit: string,
    used: number,
    allowed: number,
    format: (value: number) => string,
    monthly: boolean,
  ): LimitRow => ({
    limit,
    used: format(used),
    allowed: format(allowed),
    share: allowed > 0 ? used / allowed : used > 0 ? 1 : 0,
    monthly,
  });
  return [
    row('sites', usage.websites, limits.websites, formatCount, false),
    row('custom domains', usage.domains, limits.domains, formatCount, false),
    row('members', usage.members, limits.members, formatCount, false),
    row('generations', usage.generations, limits.generationsPerMonth, formatCount, true),
    row('bandwidth', usage.bandwidthBytes, limits.bandwidthBytesPerMonth, formatBytes, true),
    row('build time', usage.buildMinutes * 60, limits.buildMinutesPerMonth * 60, formatDuration, true),
    row('form messages', usage.formMessages, limits.formMessagesPerMonth, formatCount, true),
  ];
}

/** A plan's limits in a phrase, for choosing between plans. */
export function planSummary(limits: Limits): string {
  return [
    `${formatCount(limits.websites)} sites`,
    `${formatCount(limits.domains)} custom domains`,
    `${formatCount(limits.members)} members`,
    `${formatCount(limits.generationsPerMonth)} generations`,
    `${formatBytes(limits.bandwidthBytesPerMonth)} bandwidth`,
    `${formatDuration(limits.buildMinutesPerMonth * 60)} of builds`,
    `${formatCount(limits.formMessagesPerMonth)} contact form messages a month`,
  ].join(', ');
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function renderBilling(billing: Billing, mode: OutputMode): string {
  const details = renderDetail(
    [
      ['plan', `${billing.plan.title} (${price(billing.plan)})`],
      ['subscription', subscriptionLine(billing)],
      ['period', `${day(billing.period.start)} to ${day(billing.period.end)} UTC`],
    ],
    mode,
  );
  const rows = limitRows(billing);
  const table = renderTable(
    rows,
    [
      { header: 'LIMIT', value: (row) => row.limit },
      { header: 'USED', value: (row) => row.used },
      { header: 'ALLOWED', value: (row) => row.allowed },
      {
        header: 'SHARE',
        value: (row) => percent(row.share),
        paint: (cell, raw) => {
          const share = Number.parseInt(raw, 10) / 100;
          return share >= 1 ? paint(mode, 'red', cell) : share >= 0.8 ? paint(mode, 'yellow', cell) : cell;
        },
      },
      { header: 'PER', value: (row) => (row.monthly ? 'month' : 'at once') },
    ],
    mode,
  );
  const notices = billing.notices.map((notice) => {
    const style = notice.severity === 'critical' ? 'red' : notice.severity === 'warning' ? 'yellow' : 'cyan';
    return mode.tty
      ? `${paint(mode, style, `${notice.severity}:`)} ${notice.message}\n`
      : `notice\t${notice.severity}\t${notice.message.replace(/\s+/g, ' ')}\n`;
  });
  if (!mode.tty) return details + table + notices.join('');
  const higher = billing.plans.filter((plan) => plan.priceUsdPerMonth > billing.plan.priceUsdPerMonth);
  const next: string[] = [];
  if (!billing.canManage) {
    next.push('Only the workspace owner can change the plan or manage payment.');
  } else {
    for (const plan of higher) {
      next.push(
        `Upgrade to ${plan.title} (${price(plan)}: ${planSummary(plan.limits)}) with pagemagic billing upgrade ${plan.id}`,
      );
    }
    if (billing.subscription) {
      next.push('Manage payment, invoices or cancel with pagemagic billing portal');
    }
  }
  return [
    details,
    `\n${table}`,
    notices.length > 0 ? `\n${notices.join('')}` : '',
    next.length > 0 ? `\n${next.map((line) => `${line}\n`).join('')}` : '',
  ].join('');
}

/** Prints the Stripe page's URL and opens it in the browser, as `sites open` does for a site. */
async function openPage(context: Context, url: string, print: boolean | undefined): Promise<void> {
  context.io.stdout(`${url}\n`);
  if (print) return;
  const failed = await openUrl(openerFor(url, context.io.env, process.platform));
  if (failed) {
    context.io.stderr(
      `Could not open a browser (${failed}): open the URL above yourself, or set BROWSER to your browser's command (e.g. BROWSER=firefox). --print skips opening.\n`,
    );
  }
}

const BILLING_FIELDS = fieldsOf(BillingSchema);

export function billingCommands(program: Command, run: Run): void {
  const billing = program
    .command('billing')
    .description("The workspace's plan, its limits and subscription; upgrade, or manage payment");

  billing
    .command('view')
    .description(
      'Show the plan, each limit beside what the workspace uses of it, the subscription and notices',
    )
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, BILLING_FIELDS);
        const client = await context.signedIn();
        const workspaceId = await currentWorkspaceId(context, client);
        const answer = await onWorkspace(workspaceId, () =>
          client.call(getBilling, { params: { workspaceId } }),
        );
        context.io.stdout(options.json ? renderJson(answer, fields) : renderBilling(answer, context.mode));
      }),
    );

  billing
    .command('upgrade')
    .description(
      'Upgrade the plan (owner): opens a Stripe Checkout page; the plan changes once the payment is confirmed',
    )
    .addArgument(new Argument('<plan>', 'the plan to move to').choices(PAID_PLANS))
    .option('--print', 'only print the checkout URL; open nothing')
    .action(
      run(async (context, plan: PaidPlan, options: { print?: boolean }) => {
        const client = await context.signedIn();
        const workspaceId = await currentWorkspaceId(context, client);
        const { url } = await onWorkspace(workspaceId, () =>
          client.call(createCheckout, { params: { workspaceId }, body: { plan } }),
        );
        context.io.stderr(
          `Pay on the Stripe Checkout page to move to ${plan === 'pro' ? 'Pro' : 'Business'}; the plan changes once Stripe confirms the payment (see it with pagemagic billing view).\n`,
        );
        await openPage(context, url, options.print);
      }),
    );

  billing
    .command('portal')
    .description(
      'Manage payment methods, invoices, plan changes and cancelling (owner): opens the Stripe Billing Portal',
    )
    .option('--print', 'only print the portal URL; open nothing')
    .action(
      run(async (context, options: { print?: boolean }) => {
        const client = await context.signedIn();
        const workspaceId = await currentWorkspaceId(context, client);
        const { url } = await onWorkspace(workspaceId, () =>
          client.call(createPortal, { params: { workspaceId }, body: {} }),
        );
        await openPage(context, url, options.print);
      }),
    );
}
