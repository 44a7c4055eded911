// Invitations end to end: the owner invites an address, the real mail reaches mailpit with a link, the
// person signs in with that address and accepts. The link is single use (also under concurrent
// redemption), dies when revoked, replaced or expired, is refused for any other account without naming
// the invited address or spending it, and is stored only as a hash.

import { randomBytes } from 'node:crypto';
import { extractLink, Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../src/auth/sessions.ts';
import type { ApiClientError } from '../src/client/index.ts';
import {
  acceptInvitation,
  createInvitation,
  getWorkspace,
  listInvitations,
  listMembers,
  listWorkspaces,
  revokeInvitation,
  updateWorkspace,
} from '../src/contract/workspaces.ts';
import { hashToken } from '../src/crypto/tokens.ts';
import { failure } from './helpers/failure.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const WEB_URL = 'http://web.pagemagic.test';
const run = randomBytes(4).toString('hex');
const mailpit = new Mailpit();

let api: TestApi;
let owner: { user: { id: string; email: string }; tokens: TokenPair };
let workspaceId: string;
const WORKSPACE_NAME = `Olga's studio ${run}`;

beforeAll(async () => {
  api = await startTestApi({ env: { PAGEMAGIC_WEB_URL: WEB_URL } });
  owner = await api.signUp(`owner-${run}@example.com`, 'Olga');
  const [first] = (await api.client(owner.tokens).call(listWorkspaces)).items;
  if (!first) throw new Error('the owner has no workspace');
  workspaceId = first.id;
  await api.client(owner.tokens).call(updateWorkspace, {
    params: { workspaceId },
    body: { name: WORKSPACE_NAME },
  });
  // These tests are about links, not seats: on Business, the plan's member limit (billing-limits.int.test.ts)
  // refuses none of their invitations.
  await api.services.db.query("UPDATE workspaces SET plan = 'business' WHERE id = $1", [workspaceId]);
});
afterAll(async () => {
  await mailpit.deleteMatching(`to:"${run}"`).catch(() => undefined);
  await api?.close();
});

let counter = 0;
function address(label: string): string {
  counter += 1;
  return `${label}-${counter}-${run}@example.com`;
}

/** Invites `email` and returns the token from the link in the mail it received. */
async function invite(email: string, role: 'owner' | 'editor' | 'viewer' = 'editor') {
  const after = new Date(Date.now() - 1000);
  const invitation = await api.client(owner.tokens).call(createInvitation, {
    params: { workspaceId },
    body: { email, role },
  });
  const mail = await mailpit.waitFor(email.toLowerCase(), { after, subject: 'invited' });
  const link = new URL(extractLink(mail.Text, `${WEB_URL}/invitations/accept?token=`));
  const token = link.searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return { invitation, token, mail };
}

describe('invitations', () => {
  it('mails a link that makes the invited person a member with the invited role, once', async () => {
    const email = address('carol');
    const { invitation, token, mail } = await invite(email, 'editor');
    expect(invitation).toMatchObject({ email, role: 'editor' });
    expect(new Date(invitation.expiresAt).getTime() - new Date(invitation.createdAt).getTime()).toBe(
      7 * 24 * 3600 * 1000,
    );
    expect(mail.Subject).toBe(`You are invited to ${WORKSPACE_NAME} on Page Magic`);
    expect(mail.Text).toContain('Olga');
    expect(mail.Text).toContain('as an editor');
    expect(token.length).toBeGreaterThanOrEqual(43);

    // Pending until accepted; the list never carries the token.
    const pending = await api.client(owner.tokens).call(listInvitations, { params: { workspaceId } });
    expect(pending.items.map((item) => item.id)).toContain(invitation.id);
    expect(JSON.stringify(pending)).not.toContain(token);

    // At rest: the token's hash and the address encrypted, neither in the clear.
    const { rows } = await api.services.db.query<{ token_hash: Buffer; email_encrypted: string }>(
      'SELECT token_hash, email_encrypted FROM invitations WHERE id = $1',
      [invitation.id],
    );
    expect(rows[0]?.token_hash.equals(hashToken(token))).toBe(true);
    expect(rows[0]?.email_encrypted).not.toContain(email);

    const carol = await api.signUp(email);
    const accepted = await api.client(carol.tokens).call(acceptInvitation, { body: { token } });
    expect(accepted.workspace).toMatchObject({ id: workspaceId, role: 'editor', name: WORKSPACE_NAME });
    expect((await api.client(carol.tokens).call(listWorkspaces)).items.map((w) => w.id)).toContain(
      workspaceId,
    );
    const members = await api.client(owner.tokens).call(listMembers, { params: { workspaceId } });
    expect(members.items.find((member) => member.userId === carol.user.id)).toMatchObject({
      email,
      role: 'editor',
    });

    const reused = await failure(api.client(carol.tokens).call(acceptInvitation, { body: { token } }));
    expect(reused.status).toBe(410);
    expect(reused.message).toContain('already been accepted');
    const after = await api.client(owner.tokens).call(listInvitations, { params: { workspaceId } });
    expect(after.items.map((item) => item.id)).not.toContain(invitation.id);

    const { rows: audit } = await api.services.db.query<{ action: string; actor_user_id: string }>(
      `SELECT action, actor_user_id FROM audit_log WHERE target = $1 ORDER BY id`,
      [invitation.id],
    );
    expect(audit).toEqual([
      { action: 'invitation.create', actor_user_id: owner.user.id },
      { action: 'invitation.accept', actor_user_id: carol.user.id },
    ]);
  });

  it('refuses another account without naming the invited address or spending the link', async () => {
    const email = address('dana');
    const { token } = await invite(email, 'viewer');
    const mallory = await api.signUp(address('mallory'));
    const refused = await failure(api.client(mallory.tokens).call(acceptInvitation, { body: { token } }));
    expect(refused.status).toBe(403);
    expect(refused.message).toContain('sign in with the address that received the invitation');
    expect(JSON.stringify({ message: refused.message, details: refused.details })).not.toContain(
      email.split('@')[0],
    );
    // mallory got nowhere: not a member, and cannot see the workspace.
    const outside = await failure(api.client(mallory.tokens).call(getWorkspace, { params: { workspaceId } }));
    expect(outside.status).toBe(404);

    // The rightful person can still use it; the address compares without regard to case.
    const dana = await api.signUp(email.toUpperCase());
    const accepted = await api.client(dana.tokens).call(acceptInvitation, { body: { token } });
    expect(accepted.workspace.role).toBe('viewer');
  });

  it('accepts an invitation to an address typed in another case', async () => {
    const email = address('erin');
    const { token } = await invite(email.replace(/^erin/, 'Erin'), 'viewer');
    const erin = await api.signUp(email);
    expect((await api.client(erin.tokens).call(acceptInvitation, { body: { token } })).workspace.id).toBe(
      workspaceId,
    );
  });

  it('makes one membership when the link is redeemed twice at the same moment', async () => {
    const email = address('frank');
    const { token } = await invite(email, 'editor');
    const frank = await api.signUp(email);
    const client = api.client(frank.tokens);
    const results = await Promise.allSettled([
      client.call(acceptInvitation, { body: { token } }),
      client.call(acceptInvitation, { body: { token } }),
      client.call(acceptInvitation, { body: { token } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect((result.reason as ApiClientError).status).toBe(410);
    }
    const { rows } = await api.services.db.query(
      'SELECT 1 FROM memberships WHERE workspace_id = $1 AND user_id = $2',
      [workspaceId, frank.user.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('kills a revoked link, and a replaced one when the address is invited again', async () => {
    const revokedEmail = address('gina');
    const revoked = await invite(revokedEmail);
    await api
      .client(owner.tokens)
      .call(revokeInvitation, { params: { workspaceId, invitationId: revoked.invitation.id } });
    const gina = await api.signUp(revokedEmail);
    const refused = await failure(
      api.client(gina.tokens).call(acceptInvitation, { body: { token: revoked.token } }),
    );
    expect(refused.status).toBe(410);
    expect(refused.message).toContain('withdrawn');
    const again = await failure(
      api
        .client(owner.tokens)
        .call(revokeInvitation, { params: { workspaceId, invitationId: revoked.invitation.id } }),
    );
    expect(again.status).toBe(404);
    const { rows: audit } = await api.services.db.query<{ action: string }>(
      'SELECT action FROM audit_log WHERE target = $1 ORDER BY id',
      [revoked.invitation.id],
    );
    expect(audit.map((row) => row.action)).toEqual(['invitation.create', 'invitation.revoke']);

    const email = address('hugo');
    const first = await invite(email, 'viewer');
    const second = await invite(email, 'editor');
    const pending = await api.client(owner.tokens).call(listInvitations, { params: { workspaceId } });
    expect(pending.items.filter((item) => item.email === email).map((item) => item.id)).toEqual([
      second.invitation.id,
    ]);
    const hugo = await api.signUp(email);
    const old = await failure(
      api.client(hugo.tokens).call(acceptInvitation, { body: { token: first.token } }),
    );
    expect(old.status).toBe(410);
    const accepted = await api.client(hugo.tokens).call(acceptInvitation, { body: { token: second.token } });
    expect(accepted.workspace.role).toBe('editor');
  });

  it('refuses an expired link and leaves it out of the pending list', async () => {
    const email = address('ivan');
    const { token, invitation } = await invite(email);
    await api.services.db.query(
      "UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1",
      [invitation.id],
    );
    const ivan = await api.signUp(email);
    const refused = await failure(api.client(ivan.tokens).call(acceptInvitation, { body: { token } }));
    expect(refused.status).toBe(410);
    expect(refused.message).toContain('expired');
    const pending = await api.client(owner.tokens).call(listInvitations, { params: { workspaceId } });
    expect(pending.items.map((item) => item.id)).not.toContain(invitation.id);
  });

  it('refuses made-up and tampered tokens, and an anonymous caller', async () => {
    const email = address('jules');
    const { token } = await invite(email);
    const jules = await api.signUp(email);
    const client = api.client(jules.tokens);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await failure(client.call(acceptInvitation, { body: { token: tampered } }))).status).toBe(404);
    const madeUp = randomBytes(32).toString('base64url');
    expect((await failure(client.call(acceptInvitation, { body: { token: madeUp } }))).status).toBe(404);
    expect((await failure(api.client().call(acceptInvitation, { body: { token } }))).status).toBe(401);
    // None of that spent it.
    expect((await client.call(acceptInvitation, { body: { token } })).workspace.id).toBe(workspaceId);
  });

  it('refuses to invite someone who is already a member, and a second acceptance into the same workspace', async () => {
    const refused = await failure(
      api.client(owner.tokens).call(createInvitation, {
        params: { workspaceId },
        body: { email: owner.user.email, role: 'viewer' },
      }),
    );
    expect(refused.status).toBe(409);
    expect(refused.message).toContain('already a member');

    // Invited while not a member, then added another way before accepting: the link is not spent.
    const email = address('kim');
    const { token } = await invite(email);
    const kim = await api.signUp(email);
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
      [workspaceId, kim.user.id],
    );
    const twice = await failure(api.client(kim.tokens).call(acceptInvitation, { body: { token } }));
    expect(twice.status).toBe(409);
    expect(twice.message).toContain('already a member');
  });

  it('makes no invitation when the mail cannot be sent', async () => {
    const original = api.services.mailer.send;
    api.services.mailer.send = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:11025');
    };
    try {
      const email = address('lost');
      const refused = await failure(
        api
          .client(owner.tokens)
          .call(createInvitation, { params: { workspaceId }, body: { email, role: 'viewer' } }),
      );
      expect(refused.status).toBe(503);
      expect(refused.message).toContain('try again');
      const pending = await api.client(owner.tokens).call(listInvitations, { params: { workspaceId } });
      expect(pending.items.map((item) => item.email)).not.toContain(email);
    } finally {
      api.services.mailer.send = original;
    }
  });
});
