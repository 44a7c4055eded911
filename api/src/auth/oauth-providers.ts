// The three sign-in providers behind one shape: build the authorisation URL, then turn the provider's answer
// into a verified profile. Google and Apple are OpenID Connect (openid-client: discovery, code + PKCE S256 +
// state + nonce, the ID token checked for signature, issuer, audience, nonce and expiry). GitHub is plain
// OAuth 2 (code + PKCE + state) and says who someone is through its REST API; only a primary email GitHub has
// verified counts as verified.

import * as oidc from 'openid-client';
import type {
  GitHubProviderConfig,
  OAuthProviderId,
  OAuthProvidersConfig,
  OidcProviderConfig,
} from '../config.ts';

export const OAUTH_PROVIDER_IDS: readonly OAuthProviderId[] = ['google', 'github', 'apple'];

export const OAUTH_PROVIDER_NAMES: Record<OAuthProviderId, string> = {
  google: 'Google',
  github: 'GitHub',
  apple: 'Apple',
};

/** Who the provider says signed in. `subject` is the provider's stable id for the person. */
export interface ProviderProfile {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

/** The secrets of one authorisation, kept server-side between the redirect out and the answer back. */
export interface AuthorizationSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
}

export interface OAuthProvider {
  id: OAuthProviderId;
  /** Apple answers with a cross-site form POST (response_mode=form_post); the others redirect with a query. */
  formPost: boolean;
  authorizationUrl(secrets: AuthorizationSecrets): Promise<URL>;
  /** `callbackUrl` is the redirect URI with every parameter of the provider's answer. */
  complete(callbackUrl: URL, secrets: AuthorizationSecrets): Promise<ProviderProfile>;
}

/** The provider could not be reached or described itself wrongly: our side or theirs, not the person's. */
export class ProviderUnavailableError extends Error {
  override name = 'ProviderUnavailableError';
}

/**
 * The answer was refused: `reason` is a stable code for logs and the error page (e.g. `id_token_nonce`,
 * `code_rejected`, `access_denied`).
 */
export class ProviderRefusedError extends Error {
  override name = 'ProviderRefusedError';
  readonly reason: string;
  constructor(reason: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain http is allowed to loopback only: local providers and test doubles, never a real one. */
function insecureAllowed(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
}

const CLAIM_REASONS: Record<string, string> = {
  nonce: 'id_token_nonce',
  iss: 'id_token_issuer',
  aud: 'id_token_audience',
  azp: 'id_token_audience',
};

/** Maps what openid-client threw while checking an answer to a refusal with a stable reason. */
function refusal(error: unknown): Error {
  if (error instanceof ProviderRefusedError || error instanceof ProviderUnavailableError) return error;
  if (error instanceof oidc.AuthorizationResponseError) {
    return new ProviderRefusedError(
      error.error === 'access_denied' ? 'access_denied' : 'provider_error',
      error.error === 'access_denied'
        ? 'You cancelled the sign-in at the provider'
        : `The provider reported ${error.error}${error.error_description ? `: ${error.error_description}` : ''}`,
      { cause: error },
    );
  }
  if (error instanceof oidc.ResponseBodyError) {
    return new ProviderRefusedError(
      'code_rejected',
      `The provider refused to exchange the authorisation code (${error.error})`,
      { cause: error },
    );
  }
  const code = (error as { code?: string }).code ?? '';
  const detail = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
    const claim = /"(\w+)"/.exec(detail)?.[1] ?? '';
    return new ProviderRefusedError(
      CLAIM_REASONS[claim] ?? 'id_token_invalid',
      `The ID token did not check out: ${detail}`,
      { cause: error },
    );
  }
  if (code.startsWith('OAUTH_') && /"iss" \(issuer\) response parameter|parameter "iss"/.test(detail)) {
    // RFC 9207: the answer names another provider as its sender (a mix-up attack).
    return new ProviderRefusedError('response_issuer', `The answer came from another provider: ${detail}`, {
      cause: error,
    });
  }
  if (code === 'OAUTH_KEY_SELECTION_FAILED' || (code.startsWith('OAUTH_') && /signature/i.test(detail))) {
    return new ProviderRefusedError(
      'id_token_signature',
      'The ID token is not signed by a key of the provider',
      {
        cause: error,
      },
    );
  }
  if (code.startsWith('OAUTH_') || error instanceof TypeError) {
    // TypeError is how fetch reports a connection that failed.
    if (error instanceof TypeError && !code) {
      return new ProviderUnavailableError(`The provider could not be reached: ${detail}`, { cause: error });
    }
    return new ProviderRefusedError('invalid_response', `The provider's answer was not valid: ${detail}`, {
      cause: error,
    });
  }
  return error as Error;
}

class OidcProvider implements OAuthProvider {
  readonly id: OAuthProviderId;
  readonly formPost: boolean;
  readonly #config: OidcProviderConfig;
  readonly #scope: string;
  #discovered: Promise<oidc.Configuration> | undefined;

  constructor(
    id: OAuthProviderId,
    config: OidcProviderConfig,
    options: { formPost: boolean; scope: string },
  ) {
    this.id = id;
    this.#config = config;
    this.formPost = options.formPost;
    this.#scope = options.scope;
  }

  /** Discovery once per process; a failure is not cached, so the next sign-in tries again. */
  #configuration(): Promise<oidc.Configuration> {
    this.#discovered ??= oidc
      .discovery(
        new URL(this.#config.issuer),
        this.#config.clientId,
        { client_secret: this.#config.clientSecret, id_token_signed_response_alg: 'RS256' },
        oidc.ClientSecretPost(this.#config.clientSecret),
        insecureAllowed(this.#config.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .then((config) => {
        // An ID token from the token endpoint may go unverified under TLS (OIDC Core 3.1.3.7); checking its
        // signature against the provider's JWKS as well means a tampered or relayed answer cannot pass.
        oidc.enableNonRepudiationChecks(config);
        return config;
      })
      .catch((error: unknown) => {
        this.#discovered = undefined;
        throw new ProviderUnavailableError(
          `${OAUTH_PROVIDER_NAMES[this.id]} could not be reached (${(error as Error).message})`,
          { cause: error },
        );
      });
    return this.#discovered;
  }

  async authorizationUrl(secrets: AuthorizationSecrets): Promise<URL> {
    const config = await this.#configuration();
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: secrets.redirectUri,
      response_type: 'code',
      scope: this.#scope,
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
      ...(this.formPost ? { response_mode: 'form_post' } : {}),
    });
  }

  async complete(callbackUrl: URL, secrets: AuthorizationSecrets): Promise<ProviderProfile> {
    const config = await this.#configuration();
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: secrets.codeVerifier,
        expectedState: secrets.state,
        expectedNonce: secrets.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new ProviderRefusedError('id_token_missing', 'The provider sent no ID token');
      const email = typeof claims.email === 'string' && claims.email !== '' ? claims.email : undefined;
      return {
        subject: claims.sub,
        email,
        // Apple sends the flag as the string "true".
        emailVerified:
          email !== undefined && (claims.email_verified === true || claims.email_verified === 'true'),
        name:
          typeof claims.name === 'string' && claims.name.trim() !== ''
            ? claims.name.trim().slice(0, 100)
            : appleName(callbackUrl),
      };
    } catch (error) {
      throw refusal(error);
    }
  }
}

/** Apple sends the name once, on the first sign-in, as unsigned JSON beside the code: good for display only. */
function appleName(callbackUrl: URL): string | undefined {
  const raw = callbackUrl.searchParams.get('user');
  if (!raw) return undefined;
  try {
    const { name } = JSON.parse(raw) as { name?: { firstName?: unknown; lastName?: unknown } };
    const full = [name?.firstName, name?.lastName].filter((part) => typeof part === 'string').join(' ');
    return full.trim() === '' ? undefined : full.trim().slice(0, 100);
  } catch {
    return undefined;
  }
}

interface GitHubUser {
  id: number;
  login: string;
  name: string | null;
}

interface GitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

class GitHubProvider implements OAuthProvider {
  readonly id = 'github' as const;
  readonly formPost = false;
  readonly #config: GitHubProviderConfig;
  readonly #client: oidc.Configuration;

  constructor(config: GitHubProviderConfig) {
    this.#config = config;
    this.#client = new oidc.Configuration(
      {
        issuer: new URL(config.authorizeUrl).origin,
        authorization_endpoint: config.authorizeUrl,
        token_endpoint: config.tokenUrl,
      },
      config.clientId,
      config.clientSecret,
      oidc.ClientSecretPost(config.clientSecret),
    );
    if (insecureAllowed(config.tokenUrl) && insecureAllowed(config.apiUrl)) {
      oidc.allowInsecureRequests(this.#client);
    }
  }

  async authorizationUrl(secrets: AuthorizationSecrets): Promise<URL> {
    return oidc.buildAuthorizationUrl(this.#client, {
      redirect_uri: secrets.redirectUri,
      response_type: 'code',
      scope: 'read:user user:email',
      state: secrets.state,
      code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
      allow_signup: 'true',
    });
  }

  async complete(callbackUrl: URL, secrets: AuthorizationSecrets): Promise<ProviderProfile> {
    let accessToken: string;
    try {
      const tokens = await oidc.authorizationCodeGrant(this.#client, callbackUrl, {
        pkceCodeVerifier: secrets.codeVerifier,
        expectedState: secrets.state,
        idTokenExpected: false,
      });
      accessToken = tokens.access_token;
    } catch (error) {
      // GitHub answers a bad code with 200 and `{error}` instead of an access token.
      const mapped = refusal(error);
      throw mapped instanceof ProviderRefusedError && mapped.reason === 'invalid_response'
        ? new ProviderRefusedError('code_rejected', 'GitHub refused to exchange the authorisation code', {
            cause: error,
          })
        : mapped;
    }
    const user = await this.#get<GitHubUser>('/user', accessToken);
    if (typeof user.id !== 'number' && typeof user.id !== 'string') {
      throw new ProviderRefusedError('invalid_response', 'GitHub did not say which account signed in');
    }
    const emails = await this.#get<GitHubEmail[]>('/user/emails', accessToken).catch((error: unknown) => {
      // Without the user:email grant the list is refused; the person then simply has no verified email.
      if (error instanceof ProviderRefusedError) return [];
      throw error;
    });
    const primary = Array.isArray(emails) ? emails.find((entry) => entry.primary === true) : undefined;
    const email = typeof primary?.email === 'string' && primary.email !== '' ? primary.email : undefined;
    return {
      // The numeric id: a login can be renamed and then taken by someone else.
      subject: String(user.id),
      email,
      emailVerified: email !== undefined && primary?.verified === true,
      name: (user.name ?? user.login ?? '').trim().slice(0, 100) || undefined,
    };
  }

  async #get<T>(path: string, accessToken: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.#config.apiUrl}${path}`, {
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${accessToken}`,
          'user-agent': 'pagemagic-api',
          'x-github-api-version': '2022-11-28',
        },
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new ProviderUnavailableError(`GitHub's API could not be reached (${(error as Error).message})`, {
        cause: error,
      });
    }
    if (response.status >= 500) {
      throw new ProviderUnavailableError(`GitHub's API answered ${response.status} for ${path}`);
    }
    if (!response.ok) {
      throw new ProviderRefusedError('invalid_response', `GitHub's API refused ${path} (${response.status})`);
    }
    return (await response.json()) as T;
  }
}

/** The configured providers, by id; one that is not configured is absent. */
export function oauthProviders(config: OAuthProvidersConfig): Map<OAuthProviderId, OAuthProvider> {
  const providers = new Map<OAuthProviderId, OAuthProvider>();
  if (config.google) {
    providers.set(
      'google',
      new OidcProvider('google', config.google, { formPost: false, scope: 'openid email profile' }),
    );
  }
  if (config.github) providers.set('github', new GitHubProvider(config.github));
  if (config.apple) {
    // Apple only returns the email and name scopes' claims with response_mode=form_post.
    providers.set(
      'apple',
      new OidcProvider('apple', config.apple, { formPost: true, scope: 'openid email name' }),
    );
  }
  return providers;
}
