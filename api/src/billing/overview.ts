// What the Billing page, `pagemagic billing view` and the create buttons read: the plan and every plan, what
// the workspace uses of each limit now (counts) and this month (generations exactly, from PostgreSQL;
// bandwidth and build minutes as the meter has rolled them up), the subscription and the notices.

import type { Billing, BillingNotice } from '../contract/billing.ts';
import { monthlyUsage, monthStartUtc, nextMonthUtc } from '../metering/totals.ts';
import type { Services } from '../services.ts';
import type { WorkspaceContext } from '../tenancy/context.ts';
import { PLAN_LIST } from '../tenancy/plans.ts';
import { formMessagesThisMonth } from './form-messages.ts';
import { generationsThisMonth } from './generations.ts';
import {
  type CountLimit,
  countDomains,
  countSeats,
  countWebsites,
  currentPlan,
  planLimitMessage,
} from './limits.ts';
import { currentNotices, monthKey } from './notices.ts';
import { latestSubscription } from './subscriptions.ts';

export async function billingOverview(
  services: Pick<Services, 'db' | 'kubeClient'>,
  workspace: WorkspaceContext,
  now = new Date(),
): Promise<Billing> {
  const start = monthStartUtc(now);
  const [plan, websites, domains, seats, generations, metered, subscription, stored, formMessages] =
    await Promise.all([
      currentPlan(services.db, workspace.id),
      countWebsites(services.kubeClient, workspace.namespace),
      countDomains(services.kubeClient, workspace.namespace),
      countSeats(services.db, workspace.id),
      generationsThisMonth(services.db, workspace.id, now),
      monthlyUsage(services.db, workspace.id, start),
      latestSubscription(services.db, workspace.id),
      currentNotices(services.db, workspace.id, monthKey(start)),
      formMessagesThisMonth(services.db, workspace.id, now),
    ]);
  const used: Record<CountLimit, number> = {
    websites,
    domains,
    members: seats.members + seats.pending,
    generationsPerMonth: generations,
  };
  // Where a limit is reached, the page says so before anyone meets the refusal.
  const reached: BillingNotice[] = (Object.keys(used) as CountLimit[])
    .filter((limit) => used[limit] >= plan.limits[limit])
    .map((limit) => ({
      code: `limit_${limit}`,
      severity: 'info',
      message: planLimitMessage(plan, limit, used[limit]),
    }));
  return {
    plan,
    plans: [...PLAN_LIST],
    usage: {
      websites,
      domains,
      members: seats.members + seats.pending,
      generations,
      bandwidthBytes: metered.bandwidthBytes,
      buildMinutes: metered.buildSeconds / 60,
      formMessages,
    },
    period: { start: start.toISOString(), end: nextMonthUtc(start).toISOString() },
    ...(subscription
      ? {
          subscription: {
            status: subscription.status,
            ...(subscription.currentPeriodEnd
              ? { currentPeriodEnd: subscription.currentPeriodEnd.toISOString() }
              : {}),
            cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
            ...(subscription.graceEndsAt ? { graceEndsAt: subscription.graceEndsAt.toISOString() } : {}),
          },
        }
      : {}),
    notices: [...stored, ...reached],
    canManage: workspace.role === 'owner',
  };
}
