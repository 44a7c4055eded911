// Refresh and logout as a thief would test them: a refresh token copied and used twice, an access token
// kept after logout, a logout aimed at somebody else's unknown token.

import { createPrivateKey, randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
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

describe('access token claims', () => {
  /** A token with every claim as the API makes them, signed with this API's own key, but for `sub` and `sid`. */
  async function forged(sub: string, sid: string): Promise<string> {
    const [key] = api.services.config.jwt.signingKeys;
    if (!key) throw new Error('the test API has a signing key');
    return new SignJWT({ sid })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'at+jwt' })
      .setIssuer(api.services.config.jwt.issuer)
      .setAudience(api.services.config.jwt.audience)
      .setSubject(sub)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime('5m')
      .sign(createPrivateKey(key.privateKeyPem));
  }

  const sessionOf = async (accessToken: string) => (await api.services.accessTokens.verify(accessToken)).sid;

  it('accepts a token made the same way with the right claims, so the refusals below are about the claims', async () => {
    const { user, tokens } = await api.signUp();
    const token = await forged(user.id, await sessionOf(tokens.accessToken));
    expect((await api.client({ accessToken: token }).call(getProfile)).id).toBe(user.id);
  });

  it('answers 401, not 500, for a user id that is not a UUID', async () => {
    const { tokens } = await api.signUp();
    const sid = await sessionOf(tokens.accessToken);
    for (const sub of ['not-a-uuid', "1' OR '1'='1", 'x'.repeat(300)]) {
      const refused = await rejection(api.client({ accessToken: await forged(sub, sid) }).call(getProfile));
      expect(refused.status, sub).toBe(401);
      expect(refused.code).toBe('invalid_token');
    }
    const badSid = await rejection(
      api.client({ accessToken: await forged(randomUUID(), 'not-a-uuid') }).call(getProfile),
    );
    expect(badSid.status).toBe(401);
  });

  it("refuses a token naming one person's sign-in for another person", async () => {
    const alice = await api.signUp();
    const bob = await api.signUp();
    const aliceSession = await sessionOf(alice.tokens.accessToken);
    // Alice's live sign-in, but Bob as the subject: it must not act as Bob.
    const refused = await rejection(
      api.client({ accessToken: await forged(bob.user.id, aliceSession) }).call(getProfile),
    );
    expect(refused.status).toBe(401);
    expect(refused.code).toBe('invalid_token');
    // Nor as someone who does not exist at all.
    const nobody = await rejection(
      api.client({ accessToken: await forged(randomUUID(), aliceSession) }).call(getProfile),
    );
    expect(nobody.status).toBe(401);
    // Both sign-ins still work for their own people.
    expect((await api.client(alice.tokens).call(getProfile)).id).toBe(alice.user.id);
    expect((await api.client(bob.tokens).call(getProfile)).id).toBe(bob.user.id);
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
