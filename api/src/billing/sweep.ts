// The billing sweep, every PAGEMAGIC_BILLING_SWEEP_SECONDS (an hour) in every replica, one at a time by a
// PostgreSQL advisory lock (a replica that finds it held skips its turn). Each pass, at a given `now`:
//   1. plans follow subscriptions at `now`: a grace period that ran out moves the workspace to Free;
//   2. ResourceQuotas not yet rewritten for a plan change are applied;
//   3. bandwidth and build minutes this month (usage_hourly, as the meter rolled them up) at 80 % and 100 %
//      of the plan give one notice each per workspace and month; nothing is ever taken down;
//   4. on paid plans, bandwidth past the plan is sent to Stripe as a Billing Meter event per workspace,
//      metric and hour, recorded in the same transaction, so a re-run or a second replica sends nothing twice;
//   5. notices not mailed yet are mailed.

import { auditJob } from '../audit.ts';
import { inTransaction } from '../db/transaction.ts';
import { monthlyUsage, monthStartUtc, nextMonthUtc } from '../metering/totals.ts';
import type { Services } from '../services.ts';
import { planOf } from '../tenancy/plans.ts';
import { addNotice, monthKey, sendPendingNotices } from './notices.ts';
import { type AuditPlanChange, applyPlanQuotas, type PlanChange, syncPlan } from './plan-change.ts';
import type { Stripe } from './stripe.ts';

/** An arbitrary, fixed key: what the replicas agree to lock. */
export const BILLING_SWEEP_LOCK = 0x5047_4d42; // "PGMB"

export const SWEEP_JOB = 'billing-sweep';

export type SweepDeps = Pick<Services, 'db' | 'config' | 'pii' | 'mailer' | 'kubeClient'> &
  Partial<Pick<Services, 'memberships'>> & {
    /** Undefined without STRIPE_SECRET_KEY: no overage is reported. */
    stripe: Stripe | undefined;
  };

export interface SweepResult {
  planChanges: PlanChange[];
  notices: number;
  overageReports: { workspaceId: string; metric: string; hour: string; value: number }[];
  mailed: number;
  failures: string[];
}

const auditBySweep: AuditPlanChange = (client, change, reason) =>
  auditJob(client, SWEEP_JOB, {
    action: 'billing.plan_change',
    workspaceId: change.workspaceId,
    target: `plan/${change.to}`,
    details: { from: change.from, to: change.to, reason },
  });

const GIB = 1024 ** 3;
const gib = (bytes: number) => `${(bytes / GIB).toFixed(bytes < 10 * GIB ? 1 : 0)} GiB`;

async function followSubscriptions(deps: SweepDeps, now: Date, result: SweepResult): Promise<void> {
  const { rows } = await deps.db.query<{ id: string }>(
    `SELECT id FROM workspaces WHERE plan <> 'free'
     UNION SELECT DISTINCT workspace_id FROM billing_subscriptions`,
  );
  for (const { id } of rows) {
    try {
      const change = await inTransaction(deps.db, async (client) => {
        const expired = await client.query(
          `SELECT 1 FROM billing_subscriptions
            WHERE workspace_id = $1 AND status = 'past_due' AND grace_ends_at <= $2`,
          [id, now],
        );
        return syncPlan(client, id, now, expired.rowCount ? 'grace_expired' : 'subscription', auditBySweep);
      });
      if (change) result.planChanges.push(change);
    } catch (error) {
      result.failures.push(`plan of workspace ${id}: ${(error as Error).message}`);
    }
  }
}

/** The soft monthly allowances the sweep reads from usage_hourly, and how their notices word them. */
const METERED_ALLOWANCES = [
  {
    metric: 'bandwidth_bytes',
    code: 'bandwidth',
    what: 'bandwidth',
    allowed: (plan: ReturnType<typeof planOf>) => plan.limits.bandwidthBytesPerMonth,
    used: (usage: Awaited<ReturnType<typeof monthlyUsage>>) => usage.bandwidthBytes,
    amount: gib,
    served: 'Your sites have served',
    overage: true,
  },
  {
    metric: 'build_seconds',
    code: 'build_minutes',
    what: 'build time',
    allowed: (plan: ReturnType<typeof planOf>) => plan.limits.buildMinutesPerMonth * 60,
    used: (usage: Awaited<ReturnType<typeof monthlyUsage>>) => usage.buildSeconds,
    amount: (seconds: number) => `${Math.round(seconds / 60).toLocaleString('en')} build minutes`,
    served: 'Your sites have used',
    overage: false,
  },
] as const;

async function meteredNotices(deps: SweepDeps, now: Date, result: SweepResult): Promise<void> {
  for (const allowance of METERED_ALLOWANCES) await allowanceNotices(deps, now, result, allowance);
}

async function allowanceNotices(
  deps: SweepDeps,
  now: Date,
  result: SweepResult,
  allowance: (typeof METERED_ALLOWANCES)[number],
): Promise<void> {
  const start = monthStartUtc(now);
  const key = monthKey(start);
  const { rows } = await deps.db.query<{ id: string; plan: string }>(
    `SELECT w.id, w.plan FROM workspaces w
      WHERE EXISTS (SELECT 1 FROM usage_hourly u WHERE u.workspace_id = w.id AND u.metric = $3
                       AND u.hour >= $1 AND u.hour < $2)`,
    [start, nextMonthUtc(start), allowance.metric],
  );
  for (const workspace of rows) {
    const plan = planOf(workspace.plan);
    const allowed = allowance.allowed(plan);
    const used = allowance.used(await monthlyUsage(deps.db, workspace.id, start));
    const month = start.toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const paid = plan.priceUsdPerMonth > 0;
    const past =
      paid && allowance.overage
        ? 'past the plan, bandwidth is billed as overage'
        : 'to be safe for the rest of the month, upgrade on the Billing page or with `pagemagic billing upgrade pro`';
    const thresholds = [
      {
        code: `${allowance.code}_80`,
        at: 0.8,
        severity: 'warning' as const,
        subject: `Your sites have used 80 % of this month's ${allowance.what}`,
        message: `${allowance.served} ${allowance.amount(used)} in ${month}, 80 % or more of the ${plan.title} plan's ${allowance.amount(allowed)}. Nothing is slowed or taken down; ${past}.`,
      },
      {
        code: `${allowance.code}_100`,
        at: 1,
        severity: 'critical' as const,
        subject: `Your sites have used all of this month's ${allowance.what}`,
        message: `${allowance.served} ${allowance.amount(used)} in ${month}, all of the ${plan.title} plan's ${allowance.amount(allowed)}. Nothing is slowed or taken down; ${paid && allowance.overage ? 'what they serve from now on is billed as overage' : 'upgrade on the Billing page or with `pagemagic billing upgrade pro` for more'}.`,
      },
    ];
    for (const threshold of thresholds) {
      if (used < allowed * threshold.at) continue;
      const added = await addNotice(deps.db, {
        workspaceId: workspace.id,
        code: threshold.code,
        key,
        severity: threshold.severity,
        subject: threshold.subject,
        message: threshold.message,
      });
      if (added) result.notices += 1;
    }
  }
}

/** The Billing Meter identifier of one report: Stripe refuses a second event with the same one. */
export function overageIdentifier(workspaceId: string, metric: string, hour: Date): string {
  return `${workspaceId}:${metric}:${hour.toISOString()}`;
}

/**
 * For each paid workspace and the month holding `now` (and the month before, whose last hours may be rolled
 * up late): the bandwidth past the plan so far, less what was reported, is reported under the newest hour
 * the meter has rolled up. Hours the meter back-fills later are caught by the next report.
 */
async function reportOverage(deps: SweepDeps, stripe: Stripe, now: Date, result: SweepResult): Promise<void> {
  const metric = 'bandwidth_bytes';
  const { rows: workspaces } = await deps.db.query<{ id: string; plan: string; customer: string }>(
    `SELECT w.id, w.plan, c.stripe_customer_id AS customer
       FROM workspaces w JOIN billing_customers c ON c.workspace_id = w.id
      WHERE w.plan <> 'free'`,
  );
  const current = monthStartUtc(now);
  const previous = monthStartUtc(new Date(current.getTime() - 1));
  for (const workspace of workspaces) {
    const allowed = planOf(workspace.plan).limits.bandwidthBytesPerMonth;
    for (const start of [previous, current]) {
      const end = nextMonthUtc(start);
      const { rows } = await deps.db.query<{ latest: Date | null; total: number; reported: number }>(
        `SELECT max(hour) AS latest, coalesce(sum(value), 0)::float8 AS total,
                (SELECT coalesce(sum(value), 0)::float8 FROM billing_overage_reports
                  WHERE workspace_id = $1 AND metric = $2 AND hour >= $3 AND hour < $4) AS reported
           FROM usage_hourly WHERE workspace_id = $1 AND metric = $2 AND hour >= $3 AND hour < $4`,
        [workspace.id, metric, start, end],
      );
      const row = rows[0];
      if (!row?.latest) continue;
      const over = Math.floor(Math.max(0, row.total - allowed) - row.reported);
      if (over <= 0) continue;
      const hour = row.latest;
      const identifier = overageIdentifier(workspace.id, metric, hour);
      try {
        const sent = await inTransaction(deps.db, async (client) => {
          const inserted = await client.query(
            `INSERT INTO billing_overage_reports (workspace_id, metric, hour, value, identifier)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
            [workspace.id, metric, hour, over, identifier],
          );
          if (inserted.rowCount !== 1) return false;
          // Sent before the commit: if Stripe refuses, nothing is recorded and the next sweep tries again; if
          // the commit fails after Stripe took it, the retry carries the same identifier, which Stripe drops.
          await stripe.billing.meterEvents.create(
            {
              event_name: deps.config.billing.meterEvents.bandwidthBytes,
              identifier,
              timestamp: Math.floor(hour.getTime() / 1000),
              payload: { stripe_customer_id: workspace.customer, value: String(over) },
            },
            { idempotencyKey: identifier },
          );
          return true;
        });
        if (sent)
          result.overageReports.push({
            workspaceId: workspace.id,
            metric,
            hour: hour.toISOString(),
            value: over,
          });
      } catch (error) {
        result.failures.push(
          `overage of workspace ${workspace.id} for ${hour.toISOString()}: ${(error as Error).message}`,
        );
      }
    }
  }
}

/** One pass at `now`; undefined when another replica holds the sweep lock. */
export async function runBillingSweep(deps: SweepDeps, now = new Date()): Promise<SweepResult | undefined> {
  const lockHolder = await deps.db.connect();
  try {
    const { rows } = await lockHolder.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [BILLING_SWEEP_LOCK],
    );
    if (!rows[0]?.locked) return undefined;
    try {
      const result: SweepResult = {
        planChanges: [],
        notices: 0,
        overageReports: [],
        mailed: 0,
        failures: [],
      };
      await followSubscriptions(deps, now, result);
      const quotas = await applyPlanQuotas(deps);
      result.failures.push(...quotas.failed.map((f) => `quota of workspace ${f.workspaceId}: ${f.error}`));
      await meteredNotices(deps, now, result);
      if (deps.stripe) await reportOverage(deps, deps.stripe, now, result);
      const mail = await sendPendingNotices(deps);
      result.mailed = mail.sent;
      result.failures.push(...mail.failures);
      return result;
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock($1)', [BILLING_SWEEP_LOCK]);
    }
  } finally {
    lockHolder.release();
  }
}

export function startBillingSweep(
  deps: SweepDeps,
  intervalMs: number,
  report: (outcome: { result?: SweepResult; error?: unknown }) => void,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const sweep = () => {
    // A pass still going (Stripe slow) is not stacked on.
    if (running) return;
    running = runBillingSweep(deps)
      .then(
        (result) => report(result ? { result } : {}),
        (error: unknown) => report({ error }),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  sweep();
  // Stopping waits for a pass under way, which must not outlive the connections it uses.
  return async () => {
    clearInterval(timer);
    await running;
  };
}
