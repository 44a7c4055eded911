// Sign-ins: an access token plus an opaque refresh token. A refresh token is spent when used and replaced
// by the next one of its family; a spent token presented again means it was copied, so the whole family
// (that sign-in, on every device holding it) is revoked. Row locks make concurrent refreshes of one token
// take turns: one wins, the other is treated as reuse.

import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { hashToken, newToken } from '../crypto/tokens.ts';
import { ApiError } from '../errors.ts';
import type { AccessTokens } from './jwt.ts';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  userId: string;
}

export class Sessions {
  readonly #db: Pool;
  readonly #tokens: AccessTokens;
  readonly #refreshSeconds: number;
  constructor(db: Pool, tokens: AccessTokens, refreshSeconds: number) {
    this.#db = db;
    this.#tokens = tokens;
    this.#refreshSeconds = refreshSeconds;
  }

  /** A new sign-in for `userId`: a new family. */
  async issue(userId: string, client: Pool | PoolClient = this.#db): Promise<TokenPair> {
    return this.#mint(client, userId, randomUUID());
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const client = await this.#db.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{
        id: string;
        family_id: string;
        user_id: string;
        used_at: Date | null;
        revoked_at: Date | null;
        expired: boolean;
      }>(
        `SELECT id, family_id, user_id, used_at, revoked_at, expires_at <= now() AS expired
           FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
        [hashToken(refreshToken)],
      );
      const row = rows[0];
      if (!row || row.revoked_at || row.expired) {
        await client.query('ROLLBACK');
        throw new ApiError('invalid_token', 'The refresh token is not valid any more; sign in again');
      }
      if (row.used_at) {
        await client.query(
          'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
          [row.family_id],
        );
        await client.query('COMMIT');
        throw new ApiError(
          'invalid_token',
          'This refresh token was already used, so this sign-in has been ended everywhere; sign in again',
          { reason: 'refresh_token_reused' },
        );
      }
      await client.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [row.id]);
      const pair = await this.#mint(client, row.user_id, row.family_id);
      await client.query('COMMIT');
      return pair;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Ends the sign-in `refreshToken` belongs to; unknown tokens are ignored (logout is idempotent). */
  async revoke(refreshToken: string): Promise<{ userId: string } | undefined> {
    const { rows } = await this.#db.query<{ user_id: string }>(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL
        RETURNING user_id`,
      [hashToken(refreshToken)],
    );
    return rows[0] ? { userId: rows[0].user_id } : undefined;
  }

  /** Ends one sign-in by its family id (the access token's `sid`). */
  async revokeFamily(familyId: string): Promise<void> {
    await this.#db.query(
      'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
      [familyId],
    );
  }

  /**
   * The user a sign-in belongs to while it has not been ended, else undefined: a logout makes its access
   * tokens useless at once.
   */
  async activeUser(familyId: string): Promise<string | undefined> {
    const { rows } = await this.#db.query<{ user_id: string }>(
      'SELECT user_id FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL LIMIT 1',
      [familyId],
    );
    return rows[0]?.user_id;
  }

  async #mint(client: Pool | PoolClient, userId: string, familyId: string): Promise<TokenPair> {
    const refreshToken = newToken();
    await client.query(
      `INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [randomUUID(), familyId, userId, hashToken(refreshToken), this.#refreshSeconds],
    );
    return {
      accessToken: await this.#tokens.sign({ sub: userId, sid: familyId }),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: this.#tokens.lifetimeSeconds,
      userId,
    };
  }
}
