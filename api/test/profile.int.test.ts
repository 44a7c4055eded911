// The signed-in person's own profile: what it shows, what a change must look like, and that nobody
// reaches it without a valid token.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientError } from '../src/client/index.ts';
import { getProfile, updateProfile } from '../src/contract/profile.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

async function rejection(promise: Promise<unknown>): Promise<ApiClientError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiClientError);
  return error as ApiClientError;
}

describe('GET /profile', () => {
  it('shows the signed-in person and their workspaces with role and plan', async () => {
    const { user, tokens } = await api.signUp(`  Profile.Person-${Date.now()}@Example.com `);
    const profile = await api.client(tokens).call(getProfile);
    expect(profile).toEqual({
      id: user.id,
      email: user.email,
      name: null,
      createdAt: user.createdAt.toISOString(),
      workspaces: [{ id: expect.any(String), name: 'My sites', role: 'owner', plan: 'free' }],
    });
    expect(profile.email).toBe(profile.email.trim().toLowerCase());
  });

  it('lists a workspace someone else owns, with the role given there', async () => {
    const owner = await api.signUp();
    const member = await api.signUp();
    const { rows } = await api.services.db.query<{ workspace_id: string }>(
      'SELECT workspace_id FROM memberships WHERE user_id = $1',
      [owner.user.id],
    );
    const shared = rows[0]?.workspace_id as string;
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
      [shared, member.user.id],
    );
    const profile = await api.client(member.tokens).call(getProfile);
    expect(profile.workspaces).toHaveLength(2);
    expect(profile.workspaces).toContainEqual(expect.objectContaining({ id: shared, role: 'viewer' }));
    // The owner's view is unchanged by it.
    expect((await api.client(owner.tokens).call(getProfile)).workspaces).toHaveLength(1);
  });

  it('answers 401 without a token, with a changed payload, or with a broken signature', async () => {
    const { tokens } = await api.signUp();
    expect((await rejection(api.client().call(getProfile))).code).toBe('unauthenticated');
    const [header, payload, signature] = tokens.accessToken.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const other = await api.signUp();
    const swapped = Buffer.from(JSON.stringify({ ...claims, sub: other.user.id })).toString('base64url');
    for (const accessToken of [
      `${header}.${swapped}.${signature}`,
      `${header}.${payload}.${signature.slice(0, -2)}`,
    ]) {
      const error = await rejection(api.client({ accessToken }).call(getProfile));
      expect(error.status).toBe(401);
      expect(error.code).toBe('invalid_token');
    }
  });
});

describe('PATCH /profile', () => {
  it('sets the name trimmed, stores it encrypted, and audits the change without the name', async () => {
    const { user, tokens } = await api.signUp();
    const updated = await api
      .client(tokens)
      .call(updateProfile, { body: { name: '  Ada <b>Lovelace</b>  ' } });
    expect(updated.name).toBe('Ada <b>Lovelace</b>');
    expect((await api.client(tokens).call(getProfile)).name).toBe('Ada <b>Lovelace</b>');

    const stored = await api.services.db.query<{ name_encrypted: string }>(
      'SELECT name_encrypted FROM users WHERE id = $1',
      [user.id],
    );
    expect(stored.rows[0]?.name_encrypted).toMatch(/^v1\./);
    expect(stored.rows[0]?.name_encrypted).not.toContain('Lovelace');

    const audit = await api.services.db.query<{ target: string; details: unknown }>(
      "SELECT target, details FROM audit_log WHERE action = 'profile.updated' AND actor_user_id = $1",
      [user.id],
    );
    expect(audit.rows).toEqual([{ target: user.id, details: { fields: ['name'] } }]);
  });

  it('takes 100 characters (counted as people count them) and refuses 101', async () => {
    const { tokens } = await api.signUp();
    const hundred = '😀'.repeat(100);
    expect((await api.client(tokens).call(updateProfile, { body: { name: ` ${hundred} ` } })).name).toBe(
      hundred,
    );
    const error = await rejection(api.client(tokens).call(updateProfile, { body: { name: `${hundred}x` } }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/1 to 100 characters/);
  });

  it('refuses an empty or blank name, control characters, and fields it does not know', async () => {
    const { tokens } = await api.signUp();
    const bodies: unknown[] = [
      { name: '' },
      { name: '   ' },
      { name: 'Ada\nLovelace' },
      { name: 'Ada\u0000' },
      { name: 'Ada', email: 'takeover@example.com' },
      {},
      { name: { first: 'Ada' } },
    ];
    for (const body of bodies) {
      const response = await fetch(`${api.url}/api/v1/profile`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.accessToken}` },
        body: JSON.stringify(body),
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
    }
    expect((await api.client(tokens).call(getProfile)).name).toBeNull();
  });

  it("changes only the caller's own profile", async () => {
    const alice = await api.signUp();
    const bob = await api.signUp();
    await api.client(alice.tokens).call(updateProfile, { body: { name: 'Alice' } });
    expect((await api.client(bob.tokens).call(getProfile)).name).toBeNull();
    expect((await rejection(api.client().call(updateProfile, { body: { name: 'Mallory' } }))).status).toBe(
      401,
    );
    expect((await api.client(alice.tokens).call(getProfile)).name).toBe('Alice');
  });
});
