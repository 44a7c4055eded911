// Workspaces: the tenant. Each is one namespace `pm-<id>`; the id is random, never chosen by a request.

import { randomBytes } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { Services } from '../services.ts';
import { ensureWorkspaceNamespace } from './namespace.ts';
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
  services: Pick<Services, 'db' | 'kubeClient'>,
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
  await ensureWorkspaceNamespace(services.kubeClient, row);
  return { id: row.id, name: row.name, plan: row.plan, namespace: row.namespace, createdAt: row.created_at };
}
