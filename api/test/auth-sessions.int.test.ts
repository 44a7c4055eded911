// Refresh and logout as a thief would test them: a refresh token copied and used twice, an access token
// kept after logout, a logout aimed at somebody else's unknown token.

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientError } from '../src/client/index.ts';
import { logout, refresh } from '../src/contract/auth.ts';
import { getProfile } from '../src/contract/profile.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    env: { PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '100000', PAGEMAGIC_RATE_LIMIT_AUTH_PER_EMAIL: '100000' },
  });
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

const refreshWith = (refreshToken: string) => api.client().call(refresh, { body: { refreshToken } });

describe('POST /auth/refresh', () => {
  it('rotates: a new pair each time, each refresh token working once', async () => {
    const { user, tokens } = await api.signUp();
    const second = await refreshWith(tokens.refreshToken);
    expect(second.userId).toBe(user.id);
    expect(second.refreshToken).not.toBe(tokens.refreshToken);
    expect(second.accessToken).not.toBe(tokens.accessToken);
    const third = await refreshWith(second.refreshToken);
    expect(third.refreshToken).not.toBe(second.refreshToken);
    expect((await api.client(third).call(getProfile)).id).toBe(user.id);
  });

  it('ends the whole sign-in when a spent refresh token comes back: the newer tokens stop working too', async () => {
    const { user, tokens } = await api.signUp();
    const rotated = await refreshWith(tokens.refreshToken);
    expect((await api.client(rotated).call(getProfile)).id).toBe(user.id);

    // The thief replays the token the owner already spent.
    const reused = await rejection(refreshWith(tokens.refreshToken));
    expect(reused.status).toBe(401);
    expect(reused.code).toBe('invalid_token');
    expect(reused.details).toEqual({ reason: 'refresh_token_reused' });

    const newer = await rejection(refreshWith(rotated.refreshToken));
    expect(newer.status).toBe(401);
    const access = await rejection(api.client(rotated).call(getProfile));
    expect(access.status).toBe(401);
    expect(access.code).toBe('invalid_token');

    const { rows } = await api.services.db.query<{ actor_user_id: string; target: string }>(
      "SELECT actor_user_id, target FROM audit_log WHERE action = 'auth.refresh_reuse_detected'",
    );
    expect(rows).toContainEqual({
      actor_user_id: user.id,
      target: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("leaves the same person's other sign-ins alone when one is revoked for reuse", async () => {
    const { user, tokens: laptop } = await api.signUp();
    const phone = await api.services.sessions.issue(user.id);
    await refreshWith(laptop.refreshToken);
    await rejection(refreshWith(laptop.refreshToken));
    expect((await api.client(phone).call(getProfile)).id).toBe(user.id);
    expect((await refreshWith(phone.refreshToken)).userId).toBe(user.id);
  });

  it('refuses made-up, malformed and expired refresh tokens', async () => {
    const { tokens } = await api.signUp();
    for (const token of [randomBytes(32).toString('base64url'), `${tokens.refreshToken}x`, '']) {
      const error = await rejection(refreshWith(token));
      expect(error.status).toBe(401);
    }
    await api.services.db.query(
      "UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [tokens.userId],
    );
    expect((await rejection(refreshWith(tokens.refreshToken))).status).toBe(401);
  });

  it('lets one of two concurrent uses of a refresh token win and treats the other as reuse', async () => {
    const { tokens } = await api.signUp();
    const results = await Promise.allSettled([
      refreshWith(tokens.refreshToken),
      refreshWith(tokens.refreshToken),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    expect(won).toHaveLength(1);
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof refreshWith>>>).value;
    // The loser presented a spent token: the family is gone, the winner's pair included.
    expect((await rejection(refreshWith(winner.refreshToken))).status).toBe(401);
  });
});

describe('POST /auth/logout', () => {
  it('ends the sign-in at once: its access token and refresh token stop working', async () => {
    const { user, tokens } = await api.signUp();
    expect((await api.client(tokens).call(getProfile)).id).toBe(user.id);
    await api.client().call(logout, { body: { refreshToken: tokens.refreshToken } });

    const access = await rejection(api.client(tokens).call(getProfile));
    expect(access.status).toBe(401);
    expect(access.code).toBe('invalid_token');
    expect(access.message).toMatch(/sign in again/);
    expect((await rejection(refreshWith(tokens.refreshToken))).status).toBe(401);

    const { rows } = await api.services.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'auth.logout' AND actor_user_id = $1",
      [user.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('ends the sign-in from a rotated token too, and only that sign-in', async () => {
    const { user, tokens } = await api.signUp();
    const other = await api.services.sessions.issue(user.id);
    const rotated = await refreshWith(tokens.refreshToken);
    await api.client().call(logout, { body: { refreshToken: rotated.refreshToken } });
    expect((await rejection(api.client(rotated).call(getProfile))).status).toBe(401);
    expect((await rejection(api.client(tokens).call(getProfile))).status).toBe(401);
    expect((await api.client(other).call(getProfile)).id).toBe(user.id);
  });

  it('answers 204 for an unknown or already ended token, revealing nothing and writing no audit row', async () => {
    const before = await api.services.db.query(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'auth.logout'",
    );
    for (const refreshToken of [randomBytes(32).toString('base64url'), 'garbage']) {
      const response = await fetch(`${api.url}/api/v1/auth/logout`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
    }
    const after = await api.services.db.query(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'auth.logout'",
    );
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('needs a refresh token in the body', async () => {
    const response = await fetch(`${api.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
  });
});
