// Workspaces, members and roles against the real database and cluster: a new workspace is a namespace, a
// deleted one takes its namespace with it, the last workspace and the last owner are protected (also under
// concurrent requests), roles are enforced on every route, and an outsider cannot tell another tenant's
// workspace from one that does not exist.

import { randomBytes } from 'node:crypto';
import { CoreV1Api } from '@kubernetes/client-node';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../src/auth/sessions.ts';
import { ApiClientError } from '../src/client/index.ts';
import {
  createInvitation,
  createWorkspace,
  deleteWorkspace,
  getWorkspace,
  listInvitations,
  listMembers,
  listWorkspaces,
  removeMember,
  revokeInvitation,
  updateMember,
  updateWorkspace,
} from '../src/contract/workspaces.ts';
import { MAX_OWNED_WORKSPACES, type Role } from '../src/tenancy/workspaces.ts';
import { failure } from './helpers/failure.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
let core: CoreV1Api;
beforeAll(async () => {
  api = await startTestApi();
  core = api.services.kube.makeApiClient(CoreV1Api);
});
afterAll(async () => api?.close());

async function namespaceGone(name: string): Promise<true | undefined> {
  try {
    const namespace = await core.readNamespace({ name });
    // Deletion has begun; the namespace controller empties it before it disappears.
    return namespace.metadata?.deletionTimestamp ? true : undefined;
  } catch (error) {
    if ((error as { code?: number }).code === 404) return true;
    throw error;
  }
}

async function personalWorkspace(tokens: TokenPair): Promise<string> {
  const { items } = await api.client(tokens).call(listWorkspaces);
  const [first] = items;
  if (!first) throw new Error('a new user has no workspace');
  return first.id;
}

async function addMember(workspaceId: string, userId: string, role: Role): Promise<void> {
  await api.services.db.query('INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)', [
    workspaceId,
    userId,
    role,
  ]);
}

async function auditActions(workspaceId: string): Promise<string[]> {
  const { rows } = await api.services.db.query<{ action: string }>(
    'SELECT action FROM audit_log WHERE workspace_id = $1 ORDER BY id',
    [workspaceId],
  );
  return rows.map((row) => row.action);
}

describe('workspaces', () => {
  it('lists a new account’s own workspace with the owner role', async () => {
    const { tokens, user } = await api.signUp(undefined, 'Ada');
    const { items } = await api.client(tokens).call(listWorkspaces);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ plan: 'free', role: 'owner' });
    // Workspace names are stored in the clear, so sign-up does not put the person's name in one.
    expect(items[0]?.name).not.toContain('Ada');
    const { rows } = await api.services.db.query('SELECT 1 FROM memberships WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
  });

  it('creates a workspace with its own namespace, renames it, and deletes it with the namespace', async () => {
    const { tokens, user } = await api.signUp();
    const client = api.client(tokens);
    const created = await client.call(createWorkspace, { body: { name: '  Bakery client  ' } });
    expect(created).toMatchObject({ name: 'Bakery client', role: 'owner', plan: 'free' });
    const namespace = `pm-${created.id}`;
    const live = await core.readNamespace({ name: namespace });
    expect(live.metadata?.labels?.['pagemagic.dev/workspace']).toBe(created.id);
    await core.readNamespacedResourceQuota({ name: 'pagemagic-plan', namespace });

    expect((await client.call(listWorkspaces)).items.map((w) => w.id)).toContain(created.id);
    expect(await client.call(getWorkspace, { params: { workspaceId: created.id } })).toEqual(created);

    const renamed = await client.call(updateWorkspace, {
      params: { workspaceId: created.id },
      body: { name: 'Bakery & Co' },
    });
    expect(renamed).toEqual({ ...created, name: 'Bakery & Co' });

    await client.call(deleteWorkspace, { params: { workspaceId: created.id } });
    await eventually('the namespace to be deleted', () => namespaceGone(namespace));
    const gone = await failure(client.call(getWorkspace, { params: { workspaceId: created.id } }));
    expect(gone.status).toBe(404);
    const { rows } = await api.services.db.query('SELECT 1 FROM memberships WHERE workspace_id = $1', [
      created.id,
    ]);
    expect(rows).toHaveLength(0);
    expect(await auditActions(created.id)).toEqual([
      'workspace.create',
      'workspace.rename',
      'workspace.delete',
    ]);
    const { rows: actors } = await api.services.db.query<{ actor_user_id: string }>(
      'SELECT DISTINCT actor_user_id FROM audit_log WHERE workspace_id = $1',
      [created.id],
    );
    expect(actors).toEqual([{ actor_user_id: user.id }]);
  });

  it('refuses a blank name, unknown fields and a malformed id', async () => {
    const { tokens } = await api.signUp();
    const client = api.client(tokens);
    expect((await failure(client.call(createWorkspace, { body: { name: '   ' } }))).code).toBe(
      'validation_failed',
    );
    const newline = await failure(
      client.call(createWorkspace, { body: { name: 'Shop\r\nBcc: victim@example.com' } }),
    );
    expect(newline.code).toBe('validation_failed');
    const extra = await fetch(`${api.url}/api/v1/workspaces`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ok', plan: 'agency' }),
    });
    expect(extra.status).toBe(400);
    const malformed = await failure(client.call(getWorkspace, { params: { workspaceId: '../../etc' } }));
    expect(malformed.status).toBe(400);
  });

  it('needs a signed-in caller', async () => {
    const anonymous = await failure(api.client().call(listWorkspaces));
    expect(anonymous.status).toBe(401);
    const forged = await failure(api.client({ accessToken: 'not.a.jwt' }).call(listWorkspaces));
    expect(forged.status).toBe(401);
  });

  it('caps how many workspaces (namespaces) one account may own', async () => {
    const { tokens, user } = await api.signUp();
    // Rows only: the cap counts memberships, and twenty real namespaces would prove nothing more.
    for (let index = 1; index < MAX_OWNED_WORKSPACES; index++) {
      const id = `cap${randomBytes(5).toString('hex')}`;
      await api.services.db.query('INSERT INTO workspaces (id, name, namespace) VALUES ($1, $2, $3)', [
        id,
        `Cap ${index}`,
        `pm-${id}`,
      ]);
      await addMember(id, user.id, 'owner');
    }
    const refused = await failure(api.client(tokens).call(createWorkspace, { body: { name: 'One more' } }));
    expect(refused.status).toBe(409);
    expect(refused.code).toBe('quota_exceeded');
    expect(refused.message).toContain(`already own ${MAX_OWNED_WORKSPACES} workspaces`);
    expect((await api.client(tokens).call(listWorkspaces)).items).toHaveLength(MAX_OWNED_WORKSPACES);
  });

  it('refuses to delete your last workspace, and says what to do', async () => {
    const { tokens } = await api.signUp();
    const workspaceId = await personalWorkspace(tokens);
    const refused = await failure(api.client(tokens).call(deleteWorkspace, { params: { workspaceId } }));
    expect(refused.status).toBe(409);
    expect(refused.message).toContain('only workspace');
    expect(refused.message).toContain('create another workspace first');
    expect((await api.client(tokens).call(getWorkspace, { params: { workspaceId } })).id).toBe(workspaceId);
    await core.readNamespace({ name: `pm-${workspaceId}` });
  });

  it('deletes only one of your last two workspaces when both deletes arrive at once', async () => {
    const { tokens } = await api.signUp();
    const client = api.client(tokens);
    const first = await personalWorkspace(tokens);
    const second = (await client.call(createWorkspace, { body: { name: 'Second' } })).id;
    const results = await Promise.allSettled(
      [first, second].map((workspaceId) => client.call(deleteWorkspace, { params: { workspaceId } })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(rejected).toBeInstanceOf(ApiClientError);
    expect((rejected as ApiClientError).status).toBe(409);
    expect((await client.call(listWorkspaces)).items).toHaveLength(1);
  });
});

describe('the contract', () => {
  it('describes every workspace route in OpenAPI with its error responses', async () => {
    const spec = (await (await fetch(`${api.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const routes: [string, string, string[]][] = [
      ['/api/v1/workspaces', 'get', ['200', '401']],
      ['/api/v1/workspaces', 'post', ['201', '400', '401', '409']],
      ['/api/v1/workspaces/{workspaceId}', 'get', ['200', '404']],
      ['/api/v1/workspaces/{workspaceId}', 'patch', ['200', '403', '404']],
      ['/api/v1/workspaces/{workspaceId}', 'delete', ['204', '403', '404', '409']],
      ['/api/v1/workspaces/{workspaceId}/members', 'get', ['200', '404']],
      ['/api/v1/workspaces/{workspaceId}/members/{userId}', 'patch', ['200', '403', '404', '409']],
      ['/api/v1/workspaces/{workspaceId}/members/{userId}', 'delete', ['204', '403', '404', '409']],
      ['/api/v1/workspaces/{workspaceId}/invitations', 'post', ['201', '403', '404', '409', '503']],
      ['/api/v1/workspaces/{workspaceId}/invitations', 'get', ['200', '403', '404']],
      ['/api/v1/workspaces/{workspaceId}/invitations/{invitationId}', 'delete', ['204', '403', '404']],
      ['/api/v1/invitations/accept', 'post', ['200', '401', '403', '404', '409', '410']],
    ];
    for (const [path, method, statuses] of routes) {
      expect(Object.keys(spec.paths[path]?.[method]?.responses ?? {}), `${method} ${path}`).toEqual(
        expect.arrayContaining(statuses),
      );
    }
  });
});

describe('tenant isolation', () => {
  it('answers an outsider 404 on every route of another workspace, exactly as for a made-up id', async () => {
    const alice = await api.signUp();
    const bob = await api.signUp();
    const workspaceId = await personalWorkspace(alice.tokens);
    const invitation = await api.client(alice.tokens).call(createInvitation, {
      params: { workspaceId },
      body: { email: `friend-${workspaceId}@example.com`, role: 'viewer' },
    });
    const outsider = api.client(bob.tokens);
    const attempts = (id: string) => [
      outsider.call(getWorkspace, { params: { workspaceId: id } }),
      outsider.call(updateWorkspace, { params: { workspaceId: id }, body: { name: 'Mine now' } }),
      outsider.call(deleteWorkspace, { params: { workspaceId: id } }),
      outsider.call(listMembers, { params: { workspaceId: id } }),
      outsider.call(updateMember, {
        params: { workspaceId: id, userId: bob.user.id },
        body: { role: 'owner' },
      }),
      outsider.call(removeMember, { params: { workspaceId: id, userId: alice.user.id } }),
      outsider.call(createInvitation, {
        params: { workspaceId: id },
        body: { email: 'bob-again@example.com', role: 'owner' },
      }),
      outsider.call(listInvitations, { params: { workspaceId: id } }),
      outsider.call(revokeInvitation, { params: { workspaceId: id, invitationId: invitation.id } }),
    ];
    const real = await Promise.all(attempts(workspaceId).map(failure));
    const madeUp = await Promise.all(attempts('zzzzzzzzzzzz').map(failure));
    for (const [index, error] of real.entries()) {
      expect(error.status).toBe(404);
      expect(error.code).toBe('not_found');
      expect(error.message.replace(workspaceId, '<id>')).toBe(
        madeUp[index]?.message.replace('zzzzzzzzzzzz', '<id>'),
      );
    }
    // Nothing changed: alice is still the only member and owner, the name and invitation are intact.
    const owner = api.client(alice.tokens);
    const members = await owner.call(listMembers, { params: { workspaceId } });
    expect(members.items.map((member) => [member.userId, member.role])).toEqual([[alice.user.id, 'owner']]);
    expect((await owner.call(getWorkspace, { params: { workspaceId } })).name).not.toBe('Mine now');
    expect((await owner.call(listInvitations, { params: { workspaceId } })).items).toHaveLength(1);
  });
});

describe('roles', () => {
  it('lets viewers and editors read but not manage; owners manage', async () => {
    const owner = await api.signUp();
    const editor = await api.signUp();
    const viewer = await api.signUp();
    const workspaceId = await personalWorkspace(owner.tokens);
    // Three members and an invitation are past the Free plan's seats; roles are what this is about.
    await api.services.db.query("UPDATE workspaces SET plan = 'pro' WHERE id = $1", [workspaceId]);
    await addMember(workspaceId, editor.user.id, 'editor');
    await addMember(workspaceId, viewer.user.id, 'viewer');
    const invitation = await api.client(owner.tokens).call(createInvitation, {
      params: { workspaceId },
      body: { email: `pending-${workspaceId}@example.com`, role: 'viewer' },
    });

    for (const [who, role] of [
      [editor, 'editor'],
      [viewer, 'viewer'],
    ] as const) {
      const client = api.client(who.tokens);
      expect((await client.call(getWorkspace, { params: { workspaceId } })).role).toBe(role);
      expect((await client.call(listMembers, { params: { workspaceId } })).items).toHaveLength(3);
      const refused = await Promise.all(
        [
          client.call(updateWorkspace, { params: { workspaceId }, body: { name: 'Renamed' } }),
          client.call(deleteWorkspace, { params: { workspaceId } }),
          client.call(updateMember, {
            params: { workspaceId, userId: who.user.id },
            body: { role: 'owner' },
          }),
          client.call(removeMember, { params: { workspaceId, userId: owner.user.id } }),
          client.call(createInvitation, {
            params: { workspaceId },
            body: { email: `accomplice-${role}@example.com`, role: 'owner' },
          }),
          client.call(listInvitations, { params: { workspaceId } }),
          client.call(revokeInvitation, { params: { workspaceId, invitationId: invitation.id } }),
        ].map(failure),
      );
      for (const error of refused) {
        expect(error.status).toBe(403);
        expect(error.message).toContain(`Your role in this workspace is ${role}`);
      }
    }

    // Nothing the refused calls tried took effect.
    const client = api.client(owner.tokens);
    const members = await client.call(listMembers, { params: { workspaceId } });
    expect(Object.fromEntries(members.items.map((m) => [m.userId, m.role]))).toEqual({
      [owner.user.id]: 'owner',
      [editor.user.id]: 'editor',
      [viewer.user.id]: 'viewer',
    });
    expect((await client.call(listInvitations, { params: { workspaceId } })).items.map((i) => i.id)).toEqual([
      invitation.id,
    ]);
    expect(await auditActions(workspaceId)).toEqual(['invitation.create']);
  });
});

describe('members', () => {
  it('lists members with their decrypted emails and names', async () => {
    const owner = await api.signUp(undefined, 'Olu');
    const other = await api.signUp(undefined, 'Mei');
    const workspaceId = await personalWorkspace(owner.tokens);
    await addMember(workspaceId, other.user.id, 'editor');
    const { items } = await api.client(other.tokens).call(listMembers, { params: { workspaceId } });
    expect(items.map(({ userId, email, name, role }) => ({ userId, email, name, role }))).toEqual([
      { userId: owner.user.id, email: owner.user.email, name: 'Olu', role: 'owner' },
      { userId: other.user.id, email: other.user.email, name: 'Mei', role: 'editor' },
    ]);
    // At rest the address is not in the clear.
    const { rows } = await api.services.db.query<{ email_encrypted: string }>(
      'SELECT email_encrypted FROM users WHERE id = $1',
      [other.user.id],
    );
    expect(rows[0]?.email_encrypted).not.toContain(other.user.email);
  });

  it('changes roles, and a removed member loses access at once', async () => {
    const owner = await api.signUp();
    const member = await api.signUp();
    const workspaceId = await personalWorkspace(owner.tokens);
    await addMember(workspaceId, member.user.id, 'viewer');
    const client = api.client(owner.tokens);
    const promoted = await client.call(updateMember, {
      params: { workspaceId, userId: member.user.id },
      body: { role: 'editor' },
    });
    expect(promoted).toMatchObject({ userId: member.user.id, role: 'editor', email: member.user.email });
    expect((await api.client(member.tokens).call(getWorkspace, { params: { workspaceId } })).role).toBe(
      'editor',
    );

    await client.call(removeMember, { params: { workspaceId, userId: member.user.id } });
    const after = await failure(api.client(member.tokens).call(getWorkspace, { params: { workspaceId } }));
    expect(after.status).toBe(404);
    const missing = await failure(
      client.call(updateMember, { params: { workspaceId, userId: member.user.id }, body: { role: 'owner' } }),
    );
    expect(missing.status).toBe(404);
    expect(await auditActions(workspaceId)).toEqual(['member.role_change', 'member.remove']);
  });

  it('lets a member leave on their own', async () => {
    const owner = await api.signUp();
    const member = await api.signUp();
    const workspaceId = await personalWorkspace(owner.tokens);
    await addMember(workspaceId, member.user.id, 'viewer');
    await api.client(member.tokens).call(removeMember, { params: { workspaceId, userId: member.user.id } });
    expect(
      (await api.client(owner.tokens).call(listMembers, { params: { workspaceId } })).items,
    ).toHaveLength(1);
    expect(await auditActions(workspaceId)).toEqual(['member.leave']);
  });

  it('never leaves a workspace without an owner', async () => {
    const owner = await api.signUp();
    const workspaceId = await personalWorkspace(owner.tokens);
    const client = api.client(owner.tokens);
    const demote = await failure(
      client.call(updateMember, { params: { workspaceId, userId: owner.user.id }, body: { role: 'editor' } }),
    );
    expect(demote.status).toBe(409);
    expect(demote.message).toContain('without an owner');
    expect(demote.message).toContain('make another member owner first');
    const leave = await failure(
      client.call(removeMember, { params: { workspaceId, userId: owner.user.id } }),
    );
    expect(leave.status).toBe(409);
    const members = await client.call(listMembers, { params: { workspaceId } });
    expect(members.items.map((m) => m.role)).toEqual(['owner']);
  });

  it('keeps one owner when two owners demote each other at the same moment', async () => {
    const first = await api.signUp();
    const second = await api.signUp();
    const workspaceId = await personalWorkspace(first.tokens);
    await addMember(workspaceId, second.user.id, 'owner');
    const results = await Promise.allSettled([
      api.client(first.tokens).call(updateMember, {
        params: { workspaceId, userId: second.user.id },
        body: { role: 'viewer' },
      }),
      api.client(second.tokens).call(updateMember, {
        params: { workspaceId, userId: first.user.id },
        body: { role: 'viewer' },
      }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(refused).toBeInstanceOf(ApiClientError);
    // The locks make them take turns: the second to run is no longer an owner by then.
    expect((refused as ApiClientError).status).toBe(403);
    const { rows } = await api.services.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM memberships WHERE workspace_id = $1 AND role = 'owner'",
      [workspaceId],
    );
    expect(rows[0]?.count).toBe(1);
  });

  it('lets an owner hand over ownership and then step down', async () => {
    const owner = await api.signUp();
    const heir = await api.signUp();
    const workspaceId = await personalWorkspace(owner.tokens);
    await addMember(workspaceId, heir.user.id, 'editor');
    const client = api.client(owner.tokens);
    await client.call(updateMember, {
      params: { workspaceId, userId: heir.user.id },
      body: { role: 'owner' },
    });
    await client.call(updateMember, {
      params: { workspaceId, userId: owner.user.id },
      body: { role: 'viewer' },
    });
    expect((await client.call(getWorkspace, { params: { workspaceId } })).role).toBe('viewer');
    const refused = await failure(
      client.call(updateWorkspace, { params: { workspaceId }, body: { name: 'x' } }),
    );
    expect(refused.status).toBe(403);
  });
});
