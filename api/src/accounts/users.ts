// People. The email is the identity for magic links; it is stored encrypted, found by its keyed hash.
// A new person gets a workspace of their own in the same step (tenancy/workspaces.ts).

import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { normalizeEmail } from '../crypto/pii.ts';
import { inTransaction, Rollback } from '../db/transaction.ts';
import type { Services } from '../services.ts';
import { createWorkspace } from '../tenancy/workspaces.ts';

export interface User {
  id: string;
  email: string;
  name: string | null;
  createdAt: Date;
}

interface UserRow {
  id: string;
  email_encrypted: string;
  name_encrypted: string | null;
  created_at: Date;
}

const EMAIL_CONTEXT = 'users.email';
const NAME_CONTEXT = 'users.name';

function toUser(services: Pick<Services, 'pii'>, row: UserRow): User {
  return {
    id: row.id,
    email: services.pii.decrypt(row.email_encrypted, EMAIL_CONTEXT),
    name: row.name_encrypted === null ? null : services.pii.decrypt(row.name_encrypted, NAME_CONTEXT),
    createdAt: row.created_at,
  };
}

export async function findUserById(
  services: Pick<Services, 'db' | 'pii'>,
  id: string,
): Promise<User | undefined> {
  const { rows } = await services.db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
  return rows[0] && toUser(services, rows[0]);
}

export async function findUserByEmail(
  services: Pick<Services, 'db' | 'pii'>,
  email: string,
  client: Pool | PoolClient = services.db,
): Promise<User | undefined> {
  const { rows } = await client.query<UserRow>('SELECT * FROM users WHERE email_lookup = $1', [
    services.pii.lookup(normalizeEmail(email)),
  ]);
  return rows[0] && toUser(services, rows[0]);
}

/**
 * The user with this email, made (with a personal workspace) when there is none. Concurrent calls for
 * one email make one user: the unique lookup hash decides, and the loser reads the winner's row.
 */
export async function findOrCreateUserByEmail(
  services: Services,
  email: string,
  name?: string,
): Promise<{ user: User; created: boolean }> {
  const existing = await findUserByEmail(services, email);
  if (existing) return { user: existing, created: false };
  const normalized = normalizeEmail(email);
  const made = await inTransaction(services.db, async (client) => {
    const id = randomUUID();
    const inserted = await client.query<UserRow>(
      `INSERT INTO users (id, email_lookup, email_encrypted, name_encrypted) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email_lookup) DO NOTHING RETURNING *`,
      [
        id,
        services.pii.lookup(normalized),
        services.pii.encrypt(normalized, EMAIL_CONTEXT),
        name ? services.pii.encrypt(name, NAME_CONTEXT) : null,
      ],
    );
    const row = inserted.rows[0];
    if (!row) return new Rollback(undefined);
    // Not named after the person: workspace names are not encrypted, people's names are.
    await createWorkspace(services, { name: 'My sites', ownerUserId: id }, client);
    return toUser(services, row);
  });
  if (made) return { user: made, created: true };
  // Another call made the user first (the insert waited for it to commit); read it once the connection is
  // back in the pool, so a burst of these never holds two connections each.
  const winner = await findUserByEmail(services, email);
  if (!winner) throw new Error('a user insert conflicted but no user holds the email');
  return { user: winner, created: false };
}

export async function updateUserName(services: Services, id: string, name: string | null): Promise<User> {
  const { rows } = await services.db.query<UserRow>(
    'UPDATE users SET name_encrypted = $2, updated_at = now() WHERE id = $1 RETURNING *',
    [id, name === null ? null : services.pii.encrypt(name, NAME_CONTEXT)],
  );
  if (!rows[0]) throw new Error(`user ${id} vanished`);
  return toUser(services, rows[0]);
}

/**
 * Names for people of one workspace, by user id: the name they gave, else their email. Ids of people who
 * are not (or no longer) members get nothing, so no one outside the workspace is named in it.
 */
export async function memberNames(
  services: Pick<Services, 'db' | 'pii'>,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)].filter((id) => UUID.test(id));
  if (wanted.length === 0) return new Map();
  const { rows } = await services.db.query<UserRow>(
    `SELECT u.* FROM users u JOIN memberships m ON m.user_id = u.id
      WHERE m.workspace_id = $1 AND u.id = ANY($2::uuid[])`,
    [workspaceId, wanted],
  );
  return new Map(
    rows.map((row) => {
      const user = toUser(services, row);
      return [user.id, user.name ?? user.email];
    }),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
