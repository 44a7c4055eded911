// One audit row per state-changing action: who (user), what (action and target), when, and from where
// (client address as fastify resolved it through trusted proxies only, user agent, request id).

import type { FastifyRequest } from 'fastify';
import type { Pool, PoolClient } from 'pg';

export interface AuditEntry {
  action: string;
  workspaceId?: string;
  target?: string;
  details?: Record<string, unknown>;
  /** For actions before a principal exists (sign-in): the user it was about. */
  userId?: string;
}

export async function audit(
  db: Pool | PoolClient,
  request: FastifyRequest,
  entry: AuditEntry,
): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_user_id, workspace_id, action, target, ip, user_agent, request_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.userId ?? request.principal?.userId ?? null,
      entry.workspaceId ?? null,
      entry.action,
      entry.target ?? null,
      request.ip,
      request.headers['user-agent']?.slice(0, 512) ?? null,
      request.id,
      JSON.stringify(entry.details ?? {}),
    ],
  );
}

/**
 * An action no request made, such as the billing sweep downgrading a workspace whose grace period ran out:
 * no actor, address or user agent; `job` stands where the request id would.
 */
export async function auditJob(db: Pool | PoolClient, job: string, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_user_id, workspace_id, action, target, request_id, details)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      entry.userId ?? null,
      entry.workspaceId ?? null,
      entry.action,
      entry.target ?? null,
      job,
      JSON.stringify(entry.details ?? {}),
    ],
  );
}
