// Workspaces: the tenant. Each is one namespace `pm-<id>`; the id is random, never chosen by a request.

import { randomBytes } from 'node:crypto';
import { isNotFound } from '@pagemagic/operator/runtime';
import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '../db/transaction.ts';
import { ApiError } from '../errors.ts';
import type { Services } from '../services.ts';
import { workspaceNotFound } from './context.ts';
import { deleteWorkspaceNamespace, ensureWorkspaceNamespace } from './namespace.ts';
import { DEFAULT_PLAN } from './plans.ts';

export type Role = 'owner' | 'editor' | 'viewer';
export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer'];

export interface Workspace {
  id: string;
  name: string;
  plan: string;
  namespace: string;
  createdAt: Date;
}

/** 12 characters of [a-z0-9]: about 62 bits, a valid DNS label inside `pm-<id>`. */
export function newWorkspaceId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(12), (byte) => alphabet[byte % alphabet.length]).join('');
}

export function workspaceNamespace(id: string): string {
  return `pm-${id}`;
}

/**
 * Creates the workspace with `ownerUserId` as owner, and its namespace. Inside the caller's transaction
 * when given: a namespace that cannot be made rolls the rows back, and a retry applies it again.
 */
export async function createWorkspace(
  services: Pick<Services, 'db' | 'kubeClient' | 'config'>,
  input: { name: string; ownerUserId: string; plan?: string },
  client: Pool | PoolClient = services.db,
): Promise<Workspace> {
  const id = newWorkspaceId();
  const { rows } = await client.query<{
    id: string;
    name: string;
    plan: string;
    namespace: string;
    created_at: Date;
  }>('INSERT INTO workspaces (id, name, plan, namespace) VALUES ($1, $2, $3, $4) RETURNING *', [
    id,
    input.name,
    input.plan ?? DEFAULT_PLAN,
    workspaceNamespace(id),
  ]);
  await client.query("INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'owner')", [
    id,
    input.ownerUserId,
  ]);
  const row = rows[0] as NonNullable<(typeof rows)[0]>;
  await ensureWorkspaceNamespace(services.kubeClient, row, {
    labels: services.config.workspaceNamespaceLabels,
  });
  return { id: row.id, name: row.name, plan: row.plan, namespace: row.namespace, createdAt: row.created_at };
}

export interface WorkspaceWithRole extends Workspace {
  role: Role;
}

interface WorkspaceRoleRow {
  id: string;
  name: string;
  plan: string;
  namespace: string;
  created_at: Date;
  role: Role;
}

function toWorkspaceWithRole(row: WorkspaceRoleRow): WorkspaceWithRole {
  return {
    id: row.id,
    name: row.name,
    plan: row.plan,
    namespace: row.namespace,
    createdAt: row.created_at,
    role: row.role,
  };
}

/** Every workspace `userId` belongs to, with their role, oldest membership first. */
export async function listUserWorkspaces(
  services: Pick<Services, 'db'>,
  userId: string,
): Promise<WorkspaceWithRole[]> {
  const { rows } = await services.db.query<WorkspaceRoleRow>(
    `SELECT w.id, w.name, w.plan, w.namespace, w.created_at, m.role
       FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
      WHERE m.user_id = $1
      ORDER BY m.created_at, w.id`,
    [userId],
  );
  return rows.map(toWorkspaceWithRole);
}

/** `workspaceId` as `userId` sees it; undefined when they are not a member. */
export async function findUserWorkspace(
  services: Pick<Services, 'db'>,
  userId: string,
  workspaceId: string,
): Promise<WorkspaceWithRole | undefined> {
  const { rows } = await services.db.query<WorkspaceRoleRow>(
    `SELECT w.id, w.name, w.plan, w.namespace, w.created_at, m.role
       FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
      WHERE m.user_id = $1 AND w.id = $2`,
    [userId, workspaceId],
  );
  return rows[0] && toWorkspaceWithRole(rows[0]);
}

export async function renameWorkspace(
  services: Pick<Services, 'db'> & Partial<Pick<Services, 'memberships'>>,
  workspaceId: string,
  name: string,
): Promise<void> {
  await services.db.query('UPDATE workspaces SET name = $2 WHERE id = $1', [workspaceId, name]);
  // Every member's remembered answer carries the name.
  services.memberships?.changed();
}

/**
 * Deletes the workspace's rows and its namespace (and through it every site). Refused when it is the last
 * workspace `userId` belongs to: they would be left signed in with nowhere to work. The caller's
 * memberships are locked first, so two deletes of someone's last two workspaces take turns and the second
 * sees the first's outcome. The namespace goes before the commit: if Kubernetes refuses, the rows stay and
 * the delete can be retried.
 */
export async function deleteWorkspaceAndNamespace(
  services: Pick<Services, 'db' | 'kubeClient'> & Partial<Pick<Services, 'memberships'>>,
  input: { workspaceId: string; userId: string },
): Promise<void> {
  await inTransaction(services.db, async (client) => {
    // Workspace row before membership rows: the order membership changes (members.ts) lock in too.
    await client.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [input.workspaceId]);
    const { rows } = await client.query<{ workspace_id: string; role: Role }>(
      'SELECT workspace_id, role FROM memberships WHERE user_id = $1 FOR UPDATE',
      [input.userId],
    );
    const mine = rows.find((row) => row.workspace_id === input.workspaceId);
    if (!mine) throw workspaceNotFound(input.workspaceId);
    // Checked again under the lock: a role taken away a moment ago counts.
    if (mine.role !== 'owner') {
      throw new ApiError(
        'forbidden',
        `Your role in this workspace is ${mine.role}; deleting it needs owner. Ask an owner to delete it`,
      );
    }
    if (rows.length <= 1) {
      throw new ApiError(
        'conflict',
        'This is your only workspace, so it cannot be deleted; create another workspace first, or delete its sites instead',
      );
    }
    const deleted = await client.query<{ namespace: string }>(
      'DELETE FROM workspaces WHERE id = $1 RETURNING namespace',
      [input.workspaceId],
    );
    const namespace = deleted.rows[0]?.namespace;
    if (namespace) {
      await deleteWorkspaceNamespace(services.kubeClient, namespace).catch((error: unknown) => {
        // Already gone (a retry after a commit that failed): nothing left to delete.
        if (!isNotFound(error)) throw error;
      });
    }
  });
  // Every member of it may have it remembered, as their default workspace too.
  services.memberships?.changed();
}

/** How many workspaces one person may own: each is a namespace, so this bounds what one account can make. */
export const MAX_OWNED_WORKSPACES = 20;

/**
 * Refuses when `userId` already owns the most workspaces allowed. Locks the user's row for the rest of the
 * caller's transaction, so concurrent creates take turns and each counts the ones before it.
 */
export async function requireWorkspaceAllowance(client: PoolClient, userId: string): Promise<void> {
  await client.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [userId]);
  const { rows } = await client.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM memberships WHERE user_id = $1 AND role = 'owner'",
    [userId],
  );
  if ((rows[0]?.count ?? 0) >= MAX_OWNED_WORKSPACES) {
    throw new ApiError(
      'quota_exceeded',
      `You already own ${MAX_OWNED_WORKSPACES} workspaces, the most one account may; delete one you no longer use, or hand its ownership to someone else`,
    );
  }
}
