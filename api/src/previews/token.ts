// Preview links: a JWT (HS256, jose) naming one Build by namespace and name, with an expiry. It goes in the
// URL path so a preview works in an iframe without an Authorization header; the signature makes it
// unguessable and unforgeable, and because the namespace is inside what is signed, a link to one tenant's
// Build can never be turned into a link to another's.

import { errors, jwtVerify, SignJWT } from 'jose';

const ALGORITHM = 'HS256';
const TOKEN_TYPE = 'pm-preview+jwt';
const AUDIENCE = 'pagemagic-preview';

export interface PreviewTarget {
  namespace: string;
  build: string;
}

export type PreviewCheck =
  | { ok: true; target: PreviewTarget; expiresAt: Date }
  | { ok: false; reason: 'invalid' | 'expired' };

export class PreviewTokens {
  readonly #key: Uint8Array;
  readonly #ttlSeconds: number;
  readonly #issuer: string;

  constructor(options: { key: Buffer; ttlSeconds: number; issuer: string }) {
    this.#key = new Uint8Array(options.key);
    this.#ttlSeconds = options.ttlSeconds;
    this.#issuer = options.issuer;
  }

  async sign(target: PreviewTarget, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Math.floor(now.getTime() / 1000 + this.#ttlSeconds) * 1000);
    const token = await new SignJWT({ ns: target.namespace, build: target.build })
      .setProtectedHeader({ alg: ALGORITHM, typ: TOKEN_TYPE })
      .setIssuer(this.#issuer)
      .setAudience(AUDIENCE)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.#key);
    return { token, expiresAt };
  }

  /** The signature is checked before the expiry, so a tampered token is invalid even once it expired. */
  async verify(token: string): Promise<PreviewCheck> {
    try {
      const { payload } = await jwtVerify(token, this.#key, {
        algorithms: [ALGORITHM],
        typ: TOKEN_TYPE,
        issuer: this.#issuer,
        audience: AUDIENCE,
        requiredClaims: ['exp'],
      });
      const { ns, build, exp } = payload as { ns?: unknown; build?: unknown; exp: number };
      if (typeof ns !== 'string' || typeof build !== 'string') return { ok: false, reason: 'invalid' };
      return { ok: true, target: { namespace: ns, build }, expiresAt: new Date(exp * 1000) };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalid' };
      throw error;
    }
  }
}
