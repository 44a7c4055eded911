// What a workspace is told about its plan: a notice is stored once per (code, key) — bandwidth once a
// month, a failed payment once per invoice, a downgrade once per change — shown on the Billing page while
// it matters, and mailed to the owners once. The row is written in the transaction of whatever caused it;
// the mail goes after the commit (a claim keeps two replicas from both sending), and one that fails is
// sent again by the next billing sweep.

import type { Pool, PoolClient } from 'pg';
import { findUserById } from '../accounts/users.ts';
import type { BillingNotice } from '../contract/billing.ts';
import type { Services } from '../services.ts';

export type NoticeSeverity = BillingNotice['severity'];

export interface NewNotice {
  workspaceId: string;
  code: string;
  key: string;
  severity: NoticeSeverity;
  subject: string;
  message: string;
}

/** A send claimed by one replica stays its own this long before another may try. */
const CLAIM_SECONDS = 120;

/** Stores the notice unless one with its code and key exists; true when it is new. */
export async function addNotice(db: Pool | PoolClient, notice: NewNotice): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO billing_notices (workspace_id, code, key, severity, subject, message)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (workspace_id, code, key) DO NOTHING`,
    [notice.workspaceId, notice.code, notice.key, notice.severity, notice.subject, notice.message],
  );
  return rowCount === 1;
}

/** Notices with these codes stop showing: what they warned about is over (a payment went through). */
export async function resolveNotices(
  db: Pool | PoolClient,
  workspaceId: string,
  codes: readonly string[],
): Promise<void> {
  await db.query(
    `UPDATE billing_notices SET resolved_at = now()
      WHERE workspace_id = $1 AND code = ANY($2::text[]) AND resolved_at IS NULL`,
    [workspaceId, codes],
  );
}

/**
 * What the Billing page shows: unresolved notices about this month's usage (bandwidth and contact form
 * messages, keyed by the month) and any
 * other unresolved notice of the last 31 days, newest first.
 */
export async function currentNotices(
  db: Pool | PoolClient,
  workspaceId: string,
  monthKey: string,
): Promise<BillingNotice[]> {
  const { rows } = await db.query<BillingNotice>(
    `SELECT code, severity, message FROM billing_notices
      WHERE workspace_id = $1 AND resolved_at IS NULL
        AND (key = $2 OR (code NOT LIKE 'bandwidth%' AND code NOT LIKE 'messages%' AND code NOT LIKE 'build_minutes%'
                          AND created_at > now() - interval '31 days'))
      ORDER BY created_at DESC, id DESC`,
    [workspaceId, monthKey],
  );
  return rows;
}

/** `2026-12` for any instant in December 2026 (UTC). */
export function monthKey(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/**
 * Mails every notice not mailed yet (of one workspace, or of all) to the workspace's owners. Returns how
 * many notices were sent; a failure leaves its notice for the next call and is reported in `failures`.
 */
export async function sendPendingNotices(
  deps: Pick<Services, 'db' | 'pii' | 'mailer' | 'config'>,
  workspaceId?: string,
): Promise<{ sent: number; failures: string[] }> {
  const { rows } = await deps.db.query<{
    id: string;
    workspace_id: string;
    subject: string;
    message: string;
    name: string;
  }>(
    `UPDATE billing_notices n SET claimed_until = now() + make_interval(secs => $2)
       FROM workspaces w
      WHERE w.id = n.workspace_id AND n.emailed_at IS NULL AND ($1::text IS NULL OR n.workspace_id = $1)
        AND (n.claimed_until IS NULL OR n.claimed_until < now())
      RETURNING n.id, n.workspace_id, n.subject, n.message, w.name`,
    [workspaceId ?? null, CLAIM_SECONDS],
  );
  let sent = 0;
  const failures: string[] = [];
  for (const notice of rows) {
    try {
      const { rows: owners } = await deps.db.query<{ user_id: string }>(
        "SELECT user_id FROM memberships WHERE workspace_id = $1 AND role = 'owner' ORDER BY created_at",
        [notice.workspace_id],
      );
      for (const { user_id: userId } of owners) {
        const owner = await findUserById(deps, userId);
        if (!owner) continue;
        await deps.mailer.send({
          to: owner.email,
          subject: `${notice.subject} (${notice.name})`,
          text: [
            notice.message,
            '',
            `Your plan, its limits and this month's usage: ${deps.config.webUrl}/account/billing`,
            '',
            `You get this email as an owner of the workspace "${notice.name}" on Page Magic.`,
          ].join('\n'),
        });
      }
      await deps.db.query(
        'UPDATE billing_notices SET emailed_at = now(), claimed_until = NULL, last_error = NULL WHERE id = $1',
        [notice.id],
      );
      sent += 1;
    } catch (error) {
      const reason = (error as Error).message;
      await deps.db.query('UPDATE billing_notices SET claimed_until = NULL, last_error = $2 WHERE id = $1', [
        notice.id,
        reason.slice(0, 1000),
      ]);
      failures.push(`notice ${notice.id}: ${reason}`);
    }
  }
  return { sent, failures };
}
