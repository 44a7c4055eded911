// Invitations by email. The link carries a CSPRNG token of which only the hash is stored; it works once,
// for 7 days, and only for an account whose email is the invited one (compared by keyed hash, so the
// invited address is never shown to anyone else). Accepting locks the invitation row, so two concurrent
// redemptions of one link make one membership.

import { randomUUID } from 'node:crypto';
import { findUserById } from '../accounts/users.ts';
import { requireInvitationRoom, requireJoinRoom } from '../billing/limits.ts';
import { normalizeEmail } from '../crypto/pii.ts';
import { hashToken, newToken } from '../crypto/tokens.ts';
import { inTransaction } from '../db/transaction.ts';
import { ApiError } from '../errors.ts';
import type { Services } from '../services.ts';
import { findUserWorkspace, type Role, type WorkspaceWithRole } from './workspaces.ts';

export const INVITATION_TTL_SECONDS = 7 * 24 * 3600;
const EMAIL_CONTEXT = 'invitations.email';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
}

interface InvitationRow {
  id: string;
  workspace_id: string;
  email_lookup: Buffer;
  email_encrypted: string;
  role: Role;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  expired: boolean;
}

function toInvitation(services: Pick<Services, 'pii'>, row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: services.pii.decrypt(row.email_encrypted, EMAIL_CONTEXT),
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export function invitationLink(webUrl: string, token: string): string {
  return `${webUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
}

const ROLE_WORDS: Record<Role, string> = {
  owner: 'an owner (manages the workspace, its members and billing)',
  editor: 'an editor (creates and changes sites)',
  viewer: 'a viewer (sees the sites)',
};

/**
 * Invites `email` to the workspace and mails them the link. An earlier open invitation to the same
 * address is revoked, so only the newest link works. The mail is sent before the commit: when it cannot
 * be sent nothing is stored, and the owner is told to try again.
 */
export async function inviteByEmail(
  services: Pick<Services, 'db' | 'pii' | 'mailer' | 'config'>,
  input: { workspace: { id: string; name: string }; email: string; role: Role; invitedBy: string },
): Promise<Invitation> {
  const email = normalizeEmail(input.email);
  const lookup = services.pii.lookup(email);
  const inviter = await findUserById(services, input.invitedBy);
  const token = newToken();
  return inTransaction(services.db, async (client) => {
    await requireInvitationRoom(client, input.workspace.id, lookup);
    const member = await client.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.workspace_id = $1 AND u.email_lookup = $2`,
      [input.workspace.id, lookup],
    );
    if (member.rows.length > 0) {
      throw new ApiError(
        'conflict',
        `${email} is already a member of this workspace; change their role instead`,
        { hint: `PATCH /api/v1/workspaces/${input.workspace.id}/members/<userId> changes it` },
      );
    }
    await client.query(
      `UPDATE invitations SET revoked_at = now()
        WHERE workspace_id = $1 AND email_lookup = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [input.workspace.id, lookup],
    );
    let row: InvitationRow;
    try {
      const inserted = await client.query<InvitationRow>(
        `INSERT INTO invitations (id, workspace_id, email_lookup, email_encrypted, role, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(secs => $8))
         RETURNING *, false AS expired`,
        [
          randomUUID(),
          input.workspace.id,
          lookup,
          services.pii.encrypt(email, EMAIL_CONTEXT),
          input.role,
          hashToken(token),
          input.invitedBy,
          INVITATION_TTL_SECONDS,
        ],
      );
      row = inserted.rows[0] as InvitationRow;
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        throw new ApiError(
          'conflict',
          `An invitation to ${email} was being sent at the same moment; list pending invitations to see it, and invite again to replace it`,
        );
      }
      throw error;
    }
    const from = inviter?.name
      ? `${inviter.name} (${inviter.email})`
      : (inviter?.email ?? 'A Page Magic user');
    const link = invitationLink(services.config.webUrl, token);
    try {
      await services.mailer.send({
        to: email,
        subject: `You are invited to ${input.workspace.name} on Page Magic`,
        text: [
          `${from} invited you to the workspace "${input.workspace.name}" on Page Magic as ${ROLE_WORDS[input.role]}.`,
          '',
          `Accept the invitation: ${link}`,
          '',
          `Sign in as ${email} to accept. The link works once and expires in 7 days.`,
          'If you did not expect this, ignore this email; nothing happens until you accept.',
        ].join('\n'),
      });
    } catch (error) {
      const unavailable = new ApiError(
        'unavailable',
        'The invitation email could not be sent, so no invitation was made; try again in a minute',
      );
      // The SMTP error is for the logs (unhandled causes are not sent to the caller).
      unavailable.cause = error;
      throw unavailable;
    }
    return toInvitation(services, row);
  });
}

/** Invitations still waiting: not accepted, not revoked, not expired; newest first. */
export async function listPendingInvitations(
  services: Pick<Services, 'db' | 'pii'>,
  workspaceId: string,
): Promise<Invitation[]> {
  const { rows } = await services.db.query<InvitationRow>(
    `SELECT *, false AS expired FROM invitations
      WHERE workspace_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
      ORDER BY created_at DESC, id`,
    [workspaceId],
  );
  return rows.map((row) => toInvitation(services, row));
}

/** Revokes a pending invitation of this workspace; one of another workspace is not found. */
export async function revokeInvitation(
  services: Pick<Services, 'db'>,
  workspaceId: string,
  invitationId: string,
): Promise<void> {
  const { rowCount } = await services.db.query(
    `UPDATE invitations SET revoked_at = now()
      WHERE id = $1 AND workspace_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
    [invitationId, workspaceId],
  );
  if (!rowCount) {
    throw new ApiError(
      'not_found',
      `No pending invitation ${invitationId} in this workspace; it may have been accepted or revoked`,
      { hint: `GET /api/v1/workspaces/${workspaceId}/invitations lists pending ones` },
    );
  }
}

/**
 * Makes `userId` a member with the invited role. The invitation row is locked, so of two concurrent
 * redemptions one wins and the other sees it spent. A signed-in account with another email is refused
 * without spending the link, so a forwarded link cannot be burnt by whoever it reached.
 */
export async function acceptInvitation(
  services: Pick<Services, 'db' | 'pii'> & Partial<Pick<Services, 'memberships'>>,
  input: { token: string; userId: string },
): Promise<{ workspace: WorkspaceWithRole; invitationId: string }> {
  const accepted = await inTransaction(services.db, async (client) => {
    // The workspace row is locked before the invitation's, in the order an invitation takes them, so an
    // acceptance and a new invitation to the same address wait for each other instead of deadlocking.
    const { rows: target } = await client.query<{ workspace_id: string }>(
      'SELECT workspace_id FROM invitations WHERE token_hash = $1',
      [hashToken(input.token)],
    );
    const workspaceId = target[0]?.workspace_id;
    if (workspaceId) await client.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [workspaceId]);
    const { rows } = await client.query<InvitationRow>(
      'SELECT *, expires_at <= now() AS expired FROM invitations WHERE token_hash = $1 FOR UPDATE',
      [hashToken(input.token)],
    );
    const row = rows[0];
    if (!row) {
      throw new ApiError(
        'not_found',
        'This invitation link is not valid; check it was copied whole, or ask the workspace owner for a new invitation',
      );
    }
    const account = await client.query<{ email_lookup: Buffer }>(
      'SELECT email_lookup FROM users WHERE id = $1',
      [input.userId],
    );
    const accountLookup = account.rows[0]?.email_lookup;
    if (!accountLookup?.equals(row.email_lookup)) {
      throw new ApiError(
        'forbidden',
        'This invitation was sent to a different email address than the one you are signed in with; sign out, then sign in with the address that received the invitation email and open the link again',
      );
    }
    if (row.accepted_at) {
      throw new ApiError(
        'gone',
        'This invitation has already been accepted and cannot be used again; the workspace is among yours',
        { hint: 'GET /api/v1/workspaces lists yours' },
      );
    }
    if (row.revoked_at) {
      throw new ApiError(
        'gone',
        'This invitation was withdrawn (revoked or replaced by a newer one); use the newest invitation email, or ask the owner to invite you again',
      );
    }
    if (row.expired) {
      throw new ApiError(
        'gone',
        'This invitation has expired (links last 7 days); ask the workspace owner to invite you again',
      );
    }
    await requireJoinRoom(client, row.workspace_id);
    const joined = await client.query(
      `INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, user_id) DO NOTHING`,
      [row.workspace_id, input.userId, row.role],
    );
    if (!joined.rowCount) {
      throw new ApiError(
        'conflict',
        'You are already a member of this workspace; ask an owner if your role should change',
      );
    }
    await client.query('UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1', [
      row.id,
      input.userId,
    ]);
    return { workspaceId: row.workspace_id, invitationId: row.id };
  });
  services.memberships?.changed([input.userId]);
  const workspace = await findUserWorkspace(services, input.userId, accepted.workspaceId);
  if (!workspace) throw new Error(`membership in ${accepted.workspaceId} vanished right after accepting`);
  return { workspace, invitationId: accepted.invitationId };
}
