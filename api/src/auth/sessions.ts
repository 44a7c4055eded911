// Sign-ins: an access token plus an opaque refresh token. A refresh token is spent when used and replaced
// by the next one of its family; a spent token presented again means it was copied, so the whole family
// (that sign-in, on every device holding it) is revoked. Row locks make concurrent refreshes of one token
// take turns: one wins, the other is treated as reuse.
//
// Every authenticated request asks whether its sign-in is still live. The answer is remembered in process for
// a few seconds (`cacheMs`), and forgotten at once when a sign-in ends: here by the call that ends it, and in
// every other replica by a NATS message (`SESSION_ENDED_SUBJECT`) that each replica listens for. A lookup
// that was already under way when a sign-in ended is not remembered, so it cannot bring the sign-in back.

import { randomUUID } from 'node:crypto';
import type { NatsConnection, Subscription } from 'nats';
import type { Pool, PoolClient } from 'pg';
import { hashToken, newToken } from '../crypto/tokens.ts';
import { inTransaction } from '../db/transaction.ts';
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

/** Core NATS subject: the family id of a sign-in that has just ended, for every replica to forget. */
export const SESSION_ENDED_SUBJECT = 'pagemagic.api.session-ended';
const CACHE_MAX_ENTRIES = 50_000;

export interface SessionCacheOptions {
  /** How long a live sign-in is remembered; 0 turns the cache off. */
  cacheMs: number;
  /** Tells other replicas (and hears from them) when a sign-in ends. */
  nats?: NatsConnection;
}

export class Sessions {
  readonly #db: Pool;
  readonly #tokens: AccessTokens;
  readonly #refreshSeconds: number;
  readonly #cacheMs: number;
  readonly #nats: NatsConnection | undefined;
  readonly #subscription: Subscription | undefined;
  /** family id → its user, until when that answer may be used. */
  readonly #live = new Map<string, { user: string; until: number }>();
  /** Bumped whenever a sign-in ends: a lookup that started before must not be remembered. */
  #epoch = 0;

  constructor(
    db: Pool,
    tokens: AccessTokens,
    refreshSeconds: number,
    cache: SessionCacheOptions = { cacheMs: 0 },
  ) {
    this.#db = db;
    this.#tokens = tokens;
    this.#refreshSeconds = refreshSeconds;
    this.#cacheMs = cache.cacheMs;
    this.#nats = cache.nats;
    if (this.#cacheMs > 0 && this.#nats) {
      this.#subscription = this.#nats.subscribe(SESSION_ENDED_SUBJECT, {
        callback: (error, message) => {
          if (error) {
            // Without the messages another replica's logout could go unseen: remember nothing from now on.
            this.#forgetAll();
            return;
          }
          this.#forget(message.string());
        },
      });
    }
  }

  /** Stops listening for other replicas' sign-outs. */
  close(): void {
    this.#subscription?.unsubscribe();
  }

  #forgetAll(): void {
    this.#epoch += 1;
    this.#live.clear();
  }

  #forget(familyId: string): void {
    this.#epoch += 1;
    this.#live.delete(familyId);
  }

  /** Forgets the sign-in here and tells every other replica to. */
  #ended(familyIds: readonly string[]): void {
    for (const familyId of familyIds) {
      this.#forget(familyId);
      if (this.#cacheMs > 0 && this.#nats && !this.#nats.isClosed()) {
        try {
          this.#nats.publish(SESSION_ENDED_SUBJECT, familyId);
        } catch {
          // A closing connection: the other replicas' entries still run out after cacheMs.
        }
      }
    }
  }

  /** A new sign-in for `userId`: a new family. */
  async issue(userId: string, client: Pool | PoolClient = this.#db): Promise<TokenPair> {
    return this.#mint(client, userId, randomUUID());
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await inTransaction(this.#db, async (client) => {
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
        throw new ApiError('invalid_token', 'The refresh token is not valid any more; sign in again');
      }
      if (row.used_at) {
        // Committed before the refusal: a reused token ends its whole sign-in.
        await client.query(
          'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
          [row.family_id],
        );
        return { reusedFamily: row.family_id };
      }
      await client.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [row.id]);
      return { pair: await this.#mint(client, row.user_id, row.family_id) };
    });
    if (outcome.reusedFamily === undefined) return outcome.pair;
    this.#ended([outcome.reusedFamily]);
    throw new ApiError(
      'invalid_token',
      'This refresh token was already used, so this sign-in has been ended everywhere; sign in again',
      { reason: 'refresh_token_reused' },
    );
  }

  /** Ends the sign-in `refreshToken` belongs to; unknown tokens are ignored (logout is idempotent). */
  async revoke(refreshToken: string): Promise<{ userId: string } | undefined> {
    const { rows } = await this.#db.query<{ user_id: string; family_id: string }>(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL
        RETURNING user_id, family_id`,
      [hashToken(refreshToken)],
    );
    this.#ended([...new Set(rows.map((row) => row.family_id))]);
    return rows[0] ? { userId: rows[0].user_id } : undefined;
  }

  /** Ends one sign-in by its family id (the access token's `sid`). */
  async revokeFamily(familyId: string): Promise<void> {
    await this.#db.query(
      'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
      [familyId],
    );
    this.#ended([familyId]);
  }

  /**
   * The user a sign-in belongs to while it has not been ended, else undefined: a logout makes its access
   * tokens useless at once.
   */
  async activeUser(familyId: string): Promise<string | undefined> {
    const now = Date.now();
    const known = this.#live.get(familyId);
    if (known !== undefined && known.until > now) return known.user;
    const epoch = this.#epoch;
    const { rows } = await this.#db.query<{ user_id: string }>(
      'SELECT user_id FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NULL LIMIT 1',
      [familyId],
    );
    const user = rows[0]?.user_id;
    if (user === undefined) {
      this.#live.delete(familyId);
    } else if (this.#cacheMs > 0 && epoch === this.#epoch) {
      if (this.#live.size >= CACHE_MAX_ENTRIES) this.#live.clear();
      this.#live.set(familyId, { user, until: now + this.#cacheMs });
    }
    return user;
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
