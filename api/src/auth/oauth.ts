// Sign-in through a provider, from our side: the pending authorisation (state, PKCE verifier, nonce, and a
// secret bound to the browser that started it) waits in Redis for 10 minutes and is taken exactly once
// (GETDEL), so a replayed answer finds nothing. The person behind an answer is found by (provider, subject);
// a new subject joins an existing user only when the provider vouches for the email, otherwise it becomes a
// user of its own. The browser then gets a one-time code (hashed at rest, 60 s, single use) instead of
// tokens in a URL, and the web app exchanges it for a session.
//
// Users and the email lookup: users.email_lookup is unique and is what a magic link (and a verified
// provider email) finds a person by. A user made from an UNVERIFIED email must not occupy that lookup, or
// whoever typed someone else's address at a provider would own that address here before its owner arrives
// (account pre-hijacking). Such a user gets a lookup derived from (provider, subject) instead, with a NUL
// separator no email can contain; the email is still stored (encrypted) for display, and a later magic
// link to that address reaches the address's real owner, never this user.

import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { findOrCreateUserByEmail, findUserByEmail, findUserById, type User } from '../accounts/users.ts';
import type { OAuthProviderId } from '../config.ts';
import { normalizeEmail } from '../crypto/pii.ts';
import { hashToken, newToken } from '../crypto/tokens.ts';
import { inTransaction, Rollback } from '../db/transaction.ts';
import type { Services } from '../services.ts';
import { createWorkspace } from '../tenancy/workspaces.ts';
import type { AuthorizationSecrets, ProviderProfile } from './oauth-providers.ts';

export const PENDING_TTL_SECONDS = 10 * 60;
export const EXCHANGE_CODE_TTL_SECONDS = 60;

// The column contexts accounts/users.ts encrypts with: a value sealed under another context would not open.
const EMAIL_CONTEXT = 'users.email';
const NAME_CONTEXT = 'users.name';

export interface PendingAuthorization extends AuthorizationSecrets {
  provider: OAuthProviderId;
  /** Where in the web app to land afterwards (a path). */
  redirect: string;
  /** SHA-256 (base64url) of the secret in the browser's cookie: the answer must come back to that browser. */
  bindingHash: string;
  /** The web app's own PKCE challenge for the exchange, when it sent one. */
  webCodeChallenge: string | undefined;
}

interface ExchangeGrant {
  userId: string;
  provider: OAuthProviderId;
  redirect: string;
  webCodeChallenge: string | undefined;
}

function keyHash(secret: string): string {
  return hashToken(secret).toString('hex');
}

export function pendingKey(state: string): string {
  return `pagemagic:oauth:pending:${keyHash(state)}`;
}

function exchangeKey(code: string): string {
  return `pagemagic:oauth:code:${keyHash(code)}`;
}

export function sha256Base64Url(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}

/** The cookie that ties one authorisation to the browser that started it; named per state for parallel tabs. */
export function bindingCookieName(state: string): string {
  return `pm_oauth_${keyHash(state).slice(0, 16)}`;
}

export async function createPendingAuthorization(
  services: Pick<Services, 'redis' | 'config'>,
  input: { provider: OAuthProviderId; redirect: string; webCodeChallenge: string | undefined },
): Promise<{ pending: PendingAuthorization; binding: string }> {
  const binding = newToken();
  const pending: PendingAuthorization = {
    provider: input.provider,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
    redirectUri: callbackUrl(services.config.publicUrl, input.provider),
    redirect: input.redirect,
    bindingHash: sha256Base64Url(binding),
    webCodeChallenge: input.webCodeChallenge,
  };
  await services.redis.set(
    pendingKey(pending.state),
    JSON.stringify(pending),
    'EX',
    PENDING_TTL_SECONDS,
    'NX',
  );
  return { pending, binding };
}

/** Takes the authorisation for `state` out of Redis: a second call for the same state finds nothing. */
export async function takePendingAuthorization(
  services: Pick<Services, 'redis'>,
  state: string,
): Promise<PendingAuthorization | undefined> {
  const raw = await services.redis.getdel(pendingKey(state));
  return raw === null ? undefined : (JSON.parse(raw) as PendingAuthorization);
}

export function callbackUrl(publicUrl: string, provider: OAuthProviderId): string {
  return `${publicUrl}/api/v1/auth/oauth/${provider}/callback`;
}

/** True when `presented` is the secret whose hash was stored; constant time. */
export function matchesHash(presented: string | undefined, storedHash: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(sha256Base64Url(presented));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface ResolvedUser {
  user: User;
  /** A new user was made for this sign-in. */
  created: boolean;
  /** This provider identity was just joined to a user who already existed (by verified email). */
  linked: boolean;
}

async function identityOwner(
  services: Pick<Services, 'db'>,
  provider: OAuthProviderId,
  subject: string,
): Promise<string | undefined> {
  const { rows } = await services.db.query<{ user_id: string }>(
    `UPDATE oauth_identities SET last_sign_in_at = now() WHERE provider = $1 AND subject = $2 RETURNING user_id`,
    [provider, subject],
  );
  return rows[0]?.user_id;
}

async function loadUser(services: Services, id: string): Promise<User> {
  const user = await findUserById(services, id);
  if (!user) throw new Error(`user ${id} of an OAuth identity vanished`);
  return user;
}

/**
 * The user behind a provider's answer: the one this (provider, subject) already belongs to; else, with an
 * email the provider verified, the user holding that email (linked) or a new one; else a new user of its own.
 * Concurrent first sign-ins of one subject end with one identity: the primary key decides.
 */
export async function resolveOAuthUser(
  services: Services,
  provider: OAuthProviderId,
  profile: ProviderProfile,
): Promise<ResolvedUser> {
  const known = await identityOwner(services, provider, profile.subject);
  if (known) return { user: await loadUser(services, known), created: false, linked: false };

  if (profile.emailVerified && profile.email) {
    const existing = await findUserByEmail(services, profile.email);
    const { user, created } = existing
      ? { user: existing, created: false }
      : await findOrCreateUserByEmail(services, profile.email, profile.name);
    const { rows } = await services.db.query<{ user_id: string }>(
      `INSERT INTO oauth_identities (provider, subject, user_id, email_verified) VALUES ($1, $2, $3, true)
       ON CONFLICT (provider, subject) DO NOTHING RETURNING user_id`,
      [provider, profile.subject, user.id],
    );
    if (rows[0]) return { user, created, linked: !created };
    const winner = await identityOwner(services, provider, profile.subject);
    if (!winner) throw new Error('an identity insert conflicted but no identity exists');
    return { user: await loadUser(services, winner), created: false, linked: false };
  }

  const id = randomUUID();
  const made = await inTransaction(services.db, async (client) => {
    const email = profile.email ? normalizeEmail(profile.email) : '';
    // The lookup is derived from (provider, subject), so a concurrent first sign-in of the same subject
    // waits here for the other transaction and then finds its user instead.
    const inserted = await client.query(
      `INSERT INTO users (id, email_lookup, email_encrypted, name_encrypted) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email_lookup) DO NOTHING RETURNING id`,
      [
        id,
        services.pii.lookup(`\0oauth\0${provider}\0${profile.subject}`),
        services.pii.encrypt(email, EMAIL_CONTEXT),
        profile.name ? services.pii.encrypt(profile.name, NAME_CONTEXT) : null,
      ],
    );
    const identity = inserted.rows[0]
      ? await client.query(
          `INSERT INTO oauth_identities (provider, subject, user_id, email_verified) VALUES ($1, $2, $3, false)
           ON CONFLICT (provider, subject) DO NOTHING RETURNING user_id`,
          [provider, profile.subject, id],
        )
      : { rows: [] };
    if (!identity.rows[0]) return new Rollback(false);
    await createWorkspace(
      services,
      { name: profile.name ? `${profile.name}'s sites` : 'My sites', ownerUserId: id },
      client,
    );
    return true;
  });
  if (made) return { user: await loadUser(services, id), created: true, linked: false };
  const winner = await identityOwner(services, provider, profile.subject);
  if (!winner) throw new Error('a concurrent first sign-in conflicted but left no identity');
  return { user: await loadUser(services, winner), created: false, linked: false };
}

/** A one-time code the web app trades for a session; only its hash is stored, for 60 seconds. */
export async function createExchangeCode(
  services: Pick<Services, 'redis'>,
  grant: ExchangeGrant,
): Promise<string> {
  const code = randomBytes(32).toString('base64url');
  await services.redis.set(exchangeKey(code), JSON.stringify(grant), 'EX', EXCHANGE_CODE_TTL_SECONDS, 'NX');
  return code;
}

/** Spends the code; undefined when it is unknown, expired or already spent. */
export async function takeExchangeCode(
  services: Pick<Services, 'redis'>,
  code: string,
): Promise<ExchangeGrant | undefined> {
  const raw = await services.redis.getdel(exchangeKey(code));
  return raw === null ? undefined : (JSON.parse(raw) as ExchangeGrant);
}
