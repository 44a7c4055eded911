// Which workspace a request acts in. The caller may name one of their workspaces in the
// `x-pagemagic-workspace` header (else their oldest membership is used); membership is always checked,
// and the namespace comes from the workspace row, never from the request.

import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors.ts';
import type { Services } from '../services.ts';
import type { Role } from './workspaces.ts';

export const WORKSPACE_HEADER = 'x-pagemagic-workspace';

export interface WorkspaceContext {
  id: string;
  name: string;
  namespace: string;
  plan: string;
  role: Role;
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };

export async function workspaceFor(
  services: Pick<Services, 'db'> & Partial<Pick<Services, 'memberships'>>,
  request: FastifyRequest,
): Promise<WorkspaceContext> {
  const principal = request.principal;
  if (!principal) throw new ApiError('unauthenticated', 'Sign in first');
  const asked = request.headers[WORKSPACE_HEADER];
  const workspaceId = typeof asked === 'string' && asked !== '' ? asked : undefined;
  const cache = services.memberships;
  const known = cache?.get(principal.userId, workspaceId);
  if (known) return known;
  const epoch = cache?.epoch ?? 0;
  const { rows } = await services.db.query<WorkspaceContext>(
    `SELECT w.id, w.name, w.namespace, w.plan, m.role
       FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
      WHERE m.user_id = $1 AND ($2::text IS NULL OR w.id = $2)
      ORDER BY m.created_at, w.id LIMIT 1`,
    [principal.userId, workspaceId ?? null],
  );
  const row = rows[0];
  if (!row) {
    throw workspaceId
      ? new ApiError(
          'forbidden',
          `You are not a member of workspace ${workspaceId}; choose one of your workspaces`,
          { hint: 'GET /api/v1/workspaces lists yours' },
        )
      : new ApiError('forbidden', 'You belong to no workspace; ask an owner for an invitation');
  }
  cache?.set(principal.userId, workspaceId, row, epoch);
  return row;
}

/**
 * The workspace a route names in its path (`/workspaces/:workspaceId/...`), as the caller sees it. Someone
 * who is not a member gets the same 404 as for an id that does not exist, so ids cannot be probed.
 */
export async function memberWorkspace(
  services: Pick<Services, 'db'>,
  request: FastifyRequest,
  workspaceId: string,
): Promise<WorkspaceContext> {
  const principal = request.principal;
  if (!principal) throw new ApiError('unauthenticated', 'Sign in first');
  const { rows } = await services.db.query<WorkspaceContext>(
    `SELECT w.id, w.name, w.namespace, w.plan, m.role
       FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
      WHERE m.user_id = $1 AND w.id = $2`,
    [principal.userId, workspaceId],
  );
  const row = rows[0];
  if (!row) throw workspaceNotFound(workspaceId);
  return row;
}

/** The one answer for a workspace that does not exist and one the caller is not in. */
export function workspaceNotFound(workspaceId: string): ApiError {
  return new ApiError(
    'not_found',
    `Workspace ${workspaceId} was not found among yours; choose one of your workspaces`,
    { hint: 'GET /api/v1/workspaces lists yours' },
  );
}

/** Refuses unless the caller's role in the workspace is at least `minimum`. */
export function requireRole(context: WorkspaceContext, minimum: Role, action: string): void {
  if (RANK[context.role] < RANK[minimum]) {
    throw new ApiError(
      'forbidden',
      `Your role in this workspace is ${context.role}; ${action} needs ${minimum} or above. Ask an owner to change your role`,
    );
  }
}
