// Access tokens: JWTs signed RS256 (jose), 15 minutes by default, `typ: at+jwt` (RFC 9068). Verification
// pins the algorithm, the type, issuer and audience, and requires `sub` (the user) and `sid` (the sign-in)
// to be UUIDs as the API writes them. Every configured key verifies and the first signs, so
// a rotation publishes the new key in the JWKS as it starts signing, and nobody holding a
// token signed by the old one is logged out.

import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  exportJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { ApiConfig } from '../config.ts';
import { ApiError } from '../errors.ts';

const ALGORITHM = 'RS256';
/** A UUID as `randomUUID()` writes it, the only form this API issues. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
const TOKEN_TYPE = 'at+jwt';
const VERIFIED_MAX_ENTRIES = 20_000;

export interface AccessClaims {
  /** The user's id. */
  sub: string;
  /** The sign-in (refresh token family) this token came from. */
  sid: string;
}

export class AccessTokens {
  readonly jwks: JSONWebKeySet;
  readonly #verifyKey: JWTVerifyGetKey;
  readonly #signing: { kid: string; key: ReturnType<typeof createPrivateKey> };

  readonly #config: ApiConfig['jwt'];

  private constructor(config: ApiConfig['jwt'], jwks: JSONWebKeySet) {
    this.#config = config;
    const [first] = config.signingKeys;
    if (!first) throw new Error('no JWT signing key configured');
    this.#signing = { kid: first.kid, key: createPrivateKey(first.privateKeyPem) };
    this.jwks = jwks;
    this.#verifyKey = createLocalJWKSet(jwks);
  }

  static async create(config: ApiConfig['jwt']): Promise<AccessTokens> {
    const keys: JWK[] = [];
    for (const { kid, privateKeyPem } of config.signingKeys) {
      const publicKey = createPublicKey(createPrivateKey(privateKeyPem));
      if (publicKey.asymmetricKeyType !== 'rsa') throw new Error(`JWT key ${kid} is not an RSA key`);
      keys.push({ ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' });
    }
    return new AccessTokens(config, { keys });
  }

  get lifetimeSeconds(): number {
    return this.#config.accessTokenSeconds;
  }

  async sign(claims: AccessClaims): Promise<string> {
    return new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.#signing.kid, typ: TOKEN_TYPE })
      .setIssuer(this.#config.issuer)
      .setAudience(this.#config.audience)
      .setSubject(claims.sub)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${this.#config.accessTokenSeconds}s`)
      .sign(this.#signing.key);
  }

  /**
   * Tokens this process has verified, until they expire: a client sends the same token with every request
   * for its lifetime, and checking an RSA signature is most of what a cached read costs. The keys are fixed
   * for the life of the process, so a token verified once stays valid until its `exp`; whether its sign-in
   * is still live is asked separately on every request (Sessions.activeUser).
   */
  readonly #verified = new Map<string, { claims: AccessClaims; expiresAtMs: number }>();

  async verify(token: string): Promise<AccessClaims> {
    const known = this.#verified.get(token);
    if (known) {
      if (known.expiresAtMs > Date.now()) return known.claims;
      this.#verified.delete(token);
    }
    return this.#verifySignature(token);
  }

  async #verifySignature(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.#verifyKey, {
        algorithms: [ALGORITHM],
        typ: TOKEN_TYPE,
        issuer: this.#config.issuer,
        audience: this.#config.audience,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      // Both name rows by uuid: anything else is not a token this API made, and must not reach a query.
      if (!isUuid(payload.sub) || !isUuid(payload.sid)) throw new Error('sub and sid must be UUIDs');
      const claims = { sub: payload.sub, sid: payload.sid };
      // Oldest first out when full (a Map keeps insertion order).
      if (this.#verified.size >= VERIFIED_MAX_ENTRIES) {
        const oldest = this.#verified.keys().next().value;
        if (oldest !== undefined) this.#verified.delete(oldest);
      }
      this.#verified.set(token, { claims, expiresAtMs: (payload.exp as number) * 1000 });
      return claims;
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw new ApiError(
        'invalid_token',
        expired
          ? 'The access token has expired; refresh it with POST /api/v1/auth/refresh'
          : 'The access token is not valid; sign in again',
      );
    }
  }
}
