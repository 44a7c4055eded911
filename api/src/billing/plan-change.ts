// A workspace's plan follows its subscriptions: `syncPlan` compares what they pay for (at a given time, so
// a grace period can run out) with the stored plan and, when they differ, changes it inside the caller's
// transaction (with a history row, an audit row and a notice). After the commit, `applyPlanQuotas` rewrites
// the namespace's ResourceQuota; one that fails is left marked and applied again by the next sweep.
// Nothing is taken down on a downgrade: sites past the smaller plan keep running, only new ones are refused.

import type { PoolClient } from 'pg';
import type { Services } from '../services.ts';
import { ensureWorkspaceNamespace } from '../tenancy/namespace.ts';
import { isPlanId, type PlanId, planOf } from '../tenancy/plans.ts';
import { addNotice, resolveNotices } from './notices.ts';
import { paidPlan } from './subscriptions.ts';

export interface PlanChange {
  id: string;
  workspaceId: string;
  from: PlanId;
  to: PlanId;
}

/** Why a plan changed, for the history, the audit row and the notice's wording. */
export type PlanChangeReason = 'subscription' | 'grace_expired';

/** Writes an audit row for the change; the webhook's request or the sweep's own row. */
export type AuditPlanChange = (
  client: PoolClient,
  change: PlanChange,
  reason: PlanChangeReason,
) => Promise<void>;

const when = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Brings the workspace's plan in line with its subscriptions at `now`. The workspace row is locked, so two
 * webhooks (or a webhook and the sweep) change it one after the other. Returns the change, if any.
 */
export async function syncPlan(
  client: PoolClient,
  workspaceId: string,
  now: Date,
  reason: PlanChangeReason,
  auditChange: AuditPlanChange,
): Promise<PlanChange | undefined> {
  const { rows } = await client.query<{ plan: string }>(
    'SELECT plan FROM workspaces WHERE id = $1 FOR UPDATE',
    [workspaceId],
  );
  const stored = rows[0]?.plan;
  if (stored === undefined || !isPlanId(stored)) return undefined;
  const wanted = await paidPlan(client, workspaceId, now);
  if (wanted === stored) return undefined;
  await client.query('UPDATE workspaces SET plan = $2 WHERE id = $1', [workspaceId, wanted]);
  const inserted = await client.query<{ id: string }>(
    'INSERT INTO billing_plan_changes (workspace_id, from_plan, to_plan, reason) VALUES ($1, $2, $3, $4) RETURNING id',
    [workspaceId, stored, wanted, reason],
  );
  const change: PlanChange = { id: String(inserted.rows[0]?.id), workspaceId, from: stored, to: wanted };
  await auditChange(client, change, reason);
  const from = planOf(stored);
  const to = planOf(wanted);
  if (to.priceUsdPerMonth > from.priceUsdPerMonth) {
    // Paid up: earlier warnings about payment and downgrades no longer apply.
    await resolveNotices(client, workspaceId, ['payment_failed', 'downgraded']);
  } else {
    if (wanted === 'free') await resolveNotices(client, workspaceId, ['payment_failed']);
    const why =
      reason === 'grace_expired'
        ? `Payment for the ${from.title} plan did not arrive by the end of the grace period (${when(now)}), so this workspace is on the ${to.title} plan now`
        : `The ${from.title} subscription ended, so this workspace is on the ${to.title} plan now`;
    await addNotice(client, {
      workspaceId,
      code: 'downgraded',
      key: change.id,
      severity: 'critical',
      subject: `Your workspace moved to the ${to.title} plan`,
      message: `${why}. Every site stays online; what is over the ${to.title} plan's limits (${to.limits.websites} sites, ${to.limits.domains} custom domains, ${to.limits.members} members) keeps running but nothing more can be added. ${
        reason === 'grace_expired'
          ? `Pay the open invoice under Manage billing on the Billing page (or \`pagemagic billing portal\`) to have the ${from.title} plan back.`
          : `Upgrade again on the Billing page or with \`pagemagic billing upgrade ${from.id}\`.`
      }`,
    });
  }
  return change;
}

/**
 * Rewrites the ResourceQuota of every workspace whose plan changed and whose quota has not been rewritten
 * yet (`only`: just these changes), and forgets remembered memberships, which carry the plan. Returns the
 * failures; each stays marked for the next sweep.
 */
export async function applyPlanQuotas(
  deps: Pick<Services, 'db' | 'kubeClient' | 'config'> & Partial<Pick<Services, 'memberships'>>,
  only?: readonly PlanChange[],
): Promise<{ applied: number; failed: { workspaceId: string; error: string }[] }> {
  if (only?.length === 0) return { applied: 0, failed: [] };
  const { rows } = await deps.db.query<{
    id: string;
    workspace_id: string;
    namespace: string;
    plan: string;
  }>(
    `SELECT DISTINCT ON (c.workspace_id) c.id, c.workspace_id, w.namespace, w.plan
       FROM billing_plan_changes c JOIN workspaces w ON w.id = c.workspace_id
      WHERE c.quota_applied_at IS NULL AND ($1::bigint[] IS NULL OR c.id = ANY($1::bigint[]))
      ORDER BY c.workspace_id, c.id DESC`,
    [only ? only.map((change) => change.id) : null],
  );
  let applied = 0;
  const failed: { workspaceId: string; error: string }[] = [];
  for (const row of rows) {
    try {
      // The plan is read with the change, so a newer change applies the newer plan.
      await ensureWorkspaceNamespace(
        deps.kubeClient,
        { id: row.workspace_id, namespace: row.namespace, plan: row.plan },
        { waitForQuota: false, labels: deps.config.workspaceNamespaceLabels },
      );
      await deps.db.query(
        'UPDATE billing_plan_changes SET quota_applied_at = now() WHERE workspace_id = $1 AND id <= $2 AND quota_applied_at IS NULL',
        [row.workspace_id, row.id],
      );
      applied += 1;
    } catch (error) {
      failed.push({ workspaceId: row.workspace_id, error: (error as Error).message });
    }
  }
  if (rows.length > 0) deps.memberships?.changed();
  return { applied, failed };
}
