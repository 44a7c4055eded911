// Access tokens against the forgeries an attacker tries first: no signature, a symmetric signature keyed
// with the (public) verification key, another issuer or audience, an expired token, a token of another
// type, a key nobody configured. And a key rotation that logs nobody out.

import {
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKeyPairSync,
  randomUUID,
} from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { AccessTokens } from '../src/auth/jwt.ts';
import type { ApiConfig, JwtKeyConfig } from '../src/config.ts';

function rsaKey(kid: string): JwtKeyConfig {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

const OLD = rsaKey('old');
const NEW = rsaKey('new');

function jwtConfig(signingKeys: JwtKeyConfig[], overrides: Partial<ApiConfig['jwt']> = {}): ApiConfig['jwt'] {
  return {
    issuer: 'https://api.pagemagic.test',
    audience: 'pagemagic-api',
    accessTokenSeconds: 900,
    refreshTokenSeconds: 3600,
    signingKeys,
    ...overrides,
  };
}

const claims = { sub: randomUUID(), sid: randomUUID() };

/** A token with every claim right, signed with `key` however the caller says. */
function wellFormed(header: Record<string, unknown>) {
  return new SignJWT({ sid: claims.sid })
    .setProtectedHeader({ alg: 'RS256', kid: OLD.kid, typ: 'at+jwt', ...header })
    .setIssuer('https://api.pagemagic.test')
    .setAudience('pagemagic-api')
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime('10m');
}

async function expectRefused(tokens: AccessTokens, token: string) {
  await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'invalid_token', statusCode: 401 });
}

describe('AccessTokens', () => {
  it('accepts its own tokens and reads the user and sign-in from them', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD]));
    expect(await tokens.verify(await tokens.sign(claims))).toEqual(claims);
    expect(await tokens.verify(await wellFormed({}).sign(createPrivateKey(OLD.privateKeyPem)))).toEqual(
      claims,
    );
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD]));
    const unsigned = new UnsecuredJWT({ sid: claims.sid })
      .setIssuer('https://api.pagemagic.test')
      .setAudience('pagemagic-api')
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime('10m')
      .encode();
    expect(JSON.parse(Buffer.from(unsigned.split('.')[0] as string, 'base64url').toString())).toEqual({
      alg: 'none',
    });
    await expectRefused(tokens, unsigned);
    // The same with the type header a real token has.
    const [, payload] = unsigned.split('.');
    const typed = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt', kid: OLD.kid })).toString('base64url')}.${payload}.`;
    await expectRefused(tokens, typed);
  });

  it('refuses an HS256 token whose secret is the public key (algorithm confusion)', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD]));
    const publicPem = createPublicKey(createPrivateKey(OLD.privateKeyPem)).export({
      type: 'spki',
      format: 'pem',
    });
    const forged = await wellFormed({ alg: 'HS256' }).sign(createSecretKey(Buffer.from(publicPem)));
    await expectRefused(tokens, forged);
    // And with the JWK form of the public key as the secret, the other way libraries were fooled.
    const jwk = JSON.stringify(tokens.jwks.keys[0]);
    await expectRefused(tokens, await wellFormed({ alg: 'HS256' }).sign(createSecretKey(Buffer.from(jwk))));
  });

  it('refuses a token from another issuer or for another audience', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD]));
    const otherIssuer = await AccessTokens.create(jwtConfig([OLD], { issuer: 'https://evil.example' }));
    const otherAudience = await AccessTokens.create(jwtConfig([OLD], { audience: 'another-api' }));
    await expectRefused(tokens, await otherIssuer.sign(claims));
    await expectRefused(tokens, await otherAudience.sign(claims));
  });

  it('refuses an expired token, saying to refresh', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD]));
    const now = Math.floor(Date.now() / 1000);
    const expired = await wellFormed({})
      .setIssuedAt(now - 3600)
      .setExpirationTime(now - 60)
      .sign(createPrivateKey(OLD.privateKeyPem));
    await expect(tokens.verify(expired)).rejects.toMatchObject({
      code: 'invalid_token',
      message: expect.stringContaining('/api/v1/auth/refresh'),
    });
  });

  it('refuses a token of another type, or without its sign-in, even when signed with the right key', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD]));
    const key = createPrivateKey(OLD.privateKeyPem);
    await expectRefused(tokens, await wellFormed({ typ: 'JWT' }).sign(key));
    const noSid = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: OLD.kid, typ: 'at+jwt' })
      .setIssuer('https://api.pagemagic.test')
      .setAudience('pagemagic-api')
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);
    await expectRefused(tokens, noSid);
  });

  it('refuses a token whose user or sign-in is not a UUID, even when signed with the right key', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD]));
    const key = createPrivateKey(OLD.privateKeyPem);
    const signed = (sub: string, sid: string) =>
      new SignJWT({ sid })
        .setProtectedHeader({ alg: 'RS256', kid: OLD.kid, typ: 'at+jwt' })
        .setIssuer('https://api.pagemagic.test')
        .setAudience('pagemagic-api')
        .setSubject(sub)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(key);
    // Only the lower-case form the API itself issues: anything else was not made here.
    const notOurs = [
      'not-a-uuid',
      "' OR 1=1 --",
      `${claims.sub}x`,
      claims.sub.replaceAll('-', ''),
      claims.sub.toUpperCase(),
    ];
    for (const sub of notOurs) await expectRefused(tokens, await signed(sub, claims.sid));
    for (const sid of ['admin', `{${claims.sid}}`])
      await expectRefused(tokens, await signed(claims.sub, sid));
    expect(await tokens.verify(await signed(claims.sub, claims.sid))).toEqual(claims);
  });

  it('refuses a token signed by a key it was not given, even under a known kid', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD]));
    const stranger = rsaKey(OLD.kid);
    await expectRefused(tokens, await wellFormed({}).sign(createPrivateKey(stranger.privateKeyPem)));
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD]));
    const [header, , signature] = (await tokens.sign(claims)).split('.');
    const payload = Buffer.from(
      JSON.stringify({
        ...claims,
        sub: randomUUID(),
        iss: 'https://api.pagemagic.test',
        aud: 'pagemagic-api',
      }),
    ).toString('base64url');
    await expectRefused(tokens, `${header}.${payload}.${signature}`);
  });

  it('keeps old tokens valid after a rotation (new key first, old second) and publishes both keys', async () => {
    const before = await AccessTokens.create(jwtConfig([OLD]));
    const issuedBefore = await before.sign(claims);

    const after = await AccessTokens.create(jwtConfig([NEW, OLD]));
    expect(await after.verify(issuedBefore)).toEqual(claims);
    const issuedAfter = await after.sign(claims);
    expect(JSON.parse(Buffer.from(issuedAfter.split('.')[0] as string, 'base64url').toString()).kid).toBe(
      'new',
    );
    expect(await after.verify(issuedAfter)).toEqual(claims);

    expect(after.jwks.keys.map((key) => key.kid)).toEqual(['new', 'old']);
    for (const key of after.jwks.keys) {
      expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
      expect(key).not.toHaveProperty('d');
    }
    // A replica still on the old key alone does not know the new one yet.
    await expectRefused(before, issuedAfter);
    // Once the old key is dropped, tokens it signed stop working.
    const dropped = await AccessTokens.create(jwtConfig([NEW]));
    await expectRefused(dropped, issuedBefore);
  });
});

describe('verified tokens remembered until they expire', () => {
  it('answers a token verified before without checking again, and refuses it once it has expired', async () => {
    const tokens = await AccessTokens.create(jwtConfig([OLD], { accessTokenSeconds: 60 }));
    const token = await tokens.sign(claims);
    expect(await tokens.verify(token)).toEqual(claims);
    expect(await tokens.verify(token)).toEqual(claims);
    // The same token with one signature byte changed is another token, checked on its own.
    const tampered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
    await expect(tokens.verify(tampered)).rejects.toThrow('The access token is not valid');
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ['Date'] });
    try {
      await expect(tokens.verify(token)).rejects.toThrow('The access token has expired');
    } finally {
      vi.useRealTimers();
    }
  });
});
