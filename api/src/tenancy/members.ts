// Who is in a workspace and with which role. Changes to membership take the workspace row's lock first, so
// two owners demoting each other at once take turns and the second sees one owner left: a workspace is
// never left without an owner.

import type { PoolClient } from 'pg';
import { findUserById } from '../accounts/users.ts';
import { inTransaction } from '../db/transaction.ts';
import { ApiError } from '../errors.ts';
import type { Services } from '../services.ts';
import type { Role } from './workspaces.ts';

export interface Member {
  userId: string;
  email: string;
  name: string | null;
  role: Role;
  joinedAt: Date;
}

interface MembershipRow {
  user_id: string;
  role: Role;
  created_at: Date;
}

function memberNotFound(userId: string): ApiError {
  return new ApiError(
    'not_found',
    `User ${userId} is not a member of this workspace; check the members list`,
    { hint: 'GET /api/v1/workspaces/<workspaceId>/members lists them' },
  );
}

async function toMember(services: Pick<Services, 'db' | 'pii'>, row: MembershipRow): Promise<Member> {
  const user = await findUserById(services, row.user_id);
  if (!user) throw new Error(`membership of user ${row.user_id} outlived the user`);
  return { userId: user.id, email: user.email, name: user.name, role: row.role, joinedAt: row.created_at };
}

export async function listMembers(
  services: Pick<Services, 'db' | 'pii'>,
  workspaceId: string,
): Promise<Member[]> {
  const { rows } = await services.db.query<MembershipRow>(
    'SELECT user_id, role, created_at FROM memberships WHERE workspace_id = $1 ORDER BY created_at, user_id',
    [workspaceId],
  );
  return Promise.all(rows.map((row) => toMember(services, row)));
}

/** Runs `change` with the workspace locked against other membership changes, in one transaction. */
async function withWorkspaceLocked<T>(
  services: Pick<Services, 'db'>,
  workspaceId: string,
  change: (client: PoolClient) => Promise<T>,
): Promise<T> {
  return inTransaction(services.db, async (client) => {
    await client.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
    return change(client);
  });
}

async function lockedMembership(client: PoolClient, workspaceId: string, userId: string) {
  const { rows } = await client.query<MembershipRow>(
    'SELECT user_id, role, created_at FROM memberships WHERE workspace_id = $1 AND user_id = $2',
    [workspaceId, userId],
  );
  const row = rows[0];
  if (!row) throw memberNotFound(userId);
  return row;
}

async function otherOwners(client: PoolClient, workspaceId: string, userId: string): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM memberships WHERE workspace_id = $1 AND role = 'owner' AND user_id <> $2",
    [workspaceId, userId],
  );
  return rows[0]?.count ?? 0;
}

/** The actor's role, read under the workspace lock: a role taken away a moment ago counts. */
async function requireOwnerUnderLock(
  client: PoolClient,
  workspaceId: string,
  actorUserId: string,
  action: string,
): Promise<void> {
  const { rows } = await client.query<{ role: Role }>(
    'SELECT role FROM memberships WHERE workspace_id = $1 AND user_id = $2',
    [workspaceId, actorUserId],
  );
  const role = rows[0]?.role;
  if (role !== 'owner') {
    throw new ApiError(
      'forbidden',
      `Your role in this workspace is ${role ?? 'none'}; ${action} needs owner. Ask an owner to do it`,
    );
  }
}

function lastOwner(what: string): ApiError {
  return new ApiError(
    'conflict',
    `${what} would leave this workspace without an owner; make another member owner first, or delete the workspace`,
    { hint: 'PATCH /api/v1/workspaces/<workspaceId>/members/<userId> {"role": "owner"}' },
  );
}

export async function changeMemberRole(
  services: Pick<Services, 'db' | 'pii'> & Partial<Pick<Services, 'memberships'>>,
  input: { workspaceId: string; actorUserId: string; userId: string; role: Role },
): Promise<{ member: Member; previousRole: Role }> {
  const { row, previousRole } = await withWorkspaceLocked(services, input.workspaceId, async (client) => {
    await requireOwnerUnderLock(client, input.workspaceId, input.actorUserId, "changing a member's role");
    const current = await lockedMembership(client, input.workspaceId, input.userId);
    if (current.role === 'owner' && input.role !== 'owner') {
      if ((await otherOwners(client, input.workspaceId, input.userId)) === 0) {
        throw lastOwner(`Making the only owner ${input.role}`);
      }
    }
    const { rows } = await client.query<MembershipRow>(
      `UPDATE memberships SET role = $3 WHERE workspace_id = $1 AND user_id = $2
       RETURNING user_id, role, created_at`,
      [input.workspaceId, input.userId, input.role],
    );
    return { row: rows[0] as MembershipRow, previousRole: current.role };
  });
  services.memberships?.changed([input.userId]);
  return { member: await toMember(services, row), previousRole };
}

export async function removeMember(
  services: Pick<Services, 'db'> & Partial<Pick<Services, 'memberships'>>,
  input: { workspaceId: string; actorUserId: string; userId: string },
): Promise<{ role: Role }> {
  const removed = await withWorkspaceLocked(services, input.workspaceId, async (client) => {
    // Anyone may leave; removing someone else is for owners.
    if (input.actorUserId !== input.userId) {
      await requireOwnerUnderLock(client, input.workspaceId, input.actorUserId, 'removing a member');
    }
    const current = await lockedMembership(client, input.workspaceId, input.userId);
    if (current.role === 'owner' && (await otherOwners(client, input.workspaceId, input.userId)) === 0) {
      throw lastOwner('Removing the only owner');
    }
    await client.query('DELETE FROM memberships WHERE workspace_id = $1 AND user_id = $2', [
      input.workspaceId,
      input.userId,
    ]);
    return { role: current.role };
  });
  services.memberships?.changed([input.userId]);
  return removed;
}
