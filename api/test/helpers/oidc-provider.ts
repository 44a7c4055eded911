// A real OpenID provider (oidc-provider) in the test process, on a free loopback port, with one client
// registered for the API. Logins are finished programmatically through its interaction API as the account
// the test names, and a test can have the next ID token re-signed with changed claims (or another key), the
// way a malicious or broken provider would answer.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { decodeJwt, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

export interface TestAccount {
  sub: string;
  email?: string;
  /** Apple sends the string "true". */
  email_verified?: boolean | 'true' | 'false';
  name?: string;
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Every interaction from now on signs in as this account; undefined: the person cancels. */
  signInAs(account: TestAccount | undefined): void;
  /** The next ID token leaves the token endpoint with `change` applied, signed by the provider's key or another. */
  tamperNextIdToken(change: (claims: JWTPayload) => JWTPayload, key?: 'provider' | 'foreign'): void;
  close(): Promise<void>;
}

export interface OidcTestProviderOptions {
  /** The API's callback for this provider, the only redirect URI the client may use. */
  redirectUri: string;
  clientId?: string;
  clientSecret?: string;
  /** The port to listen on (when the issuer had to be known before the provider starts). */
  port?: number;
}

export async function startOidcProvider(options: OidcTestProviderOptions): Promise<OidcTestProvider> {
  const port = options.port ?? (await freePort());
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = options.clientId ?? 'pagemagic-api';
  const clientSecret = options.clientSecret ?? `secret-${crypto.randomUUID()}`;
  const signing = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256', { extractable: true });
  const kid = 'test-provider-key';
  const privateJwk = { ...(await exportJWK(signing.privateKey)), kid, alg: 'RS256', use: 'sig' };

  const accounts = new Map<string, TestAccount>();
  let current: TestAccount | undefined;
  let tamper: { change: (claims: JWTPayload) => JWTPayload; key: 'provider' | 'foreign' } | undefined;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [privateJwk] },
    cookies: { keys: [`cookie-key-${crypto.randomUUID()}`] },
    // Like Google and Apple in practice: a code without PKCE is not accepted.
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], name: ['name'] },
    scopes: ['openid', 'email', 'profile', 'name'],
    // Google and Apple put the email in the ID token of a code flow.
    conformIdTokenClaims: false,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { ...account };
        },
      };
    },
  };
  const provider = new Provider(issuer, configuration);

  provider.use(async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200 || !tamper || typeof body?.id_token !== 'string')
      return;
    const { change, key } = tamper;
    tamper = undefined;
    const claims = change(decodeJwt(body.id_token));
    const idToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid })
      .sign(key === 'provider' ? signing.privateKey : foreign.privateKey);
    ctx.body = { ...body, id_token: idToken };
  });

  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      if (!current) {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'The person cancelled' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      accounts.set(current.sub, current);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: current.sub } },
        {
          mergeWithLastSubmission: false,
        },
      );
      return;
    }
    // Consent: grant what the client asked for, as a first-party provider would after one click.
    const grant = new provider.Grant({
      accountId: details.session?.accountId as string,
      clientId: details.params.client_id as string,
    });
    const missingScope = details.prompt.details.missingOIDCScope as string[] | undefined;
    if (missingScope) grant.addOIDCScope(missingScope.join(' '));
    const missingClaims = details.prompt.details.missingOIDCClaims as string[] | undefined;
    if (missingClaims) grant.addOIDCClaims(missingClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  const handle = provider.callback();
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(account) {
      current = account;
    },
    tamperNextIdToken(change, key = 'provider') {
      tamper = { change, key };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
