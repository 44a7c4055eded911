import { escapeHtml } from '@pagemagic/operator/render';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../audit.ts';
import {
  bindingCookieName,
  createExchangeCode,
  createPendingAuthorization,
  matchesHash,
  PENDING_TTL_SECONDS,
  resolveOAuthUser,
  takeExchangeCode,
  takePendingAuthorization,
} from '../auth/oauth.ts';
import {
  oauthProviders as configuredProviders,
  OAUTH_PROVIDER_IDS,
  OAUTH_PROVIDER_NAMES,
  type OAuthProvider,
  ProviderRefusedError,
  ProviderUnavailableError,
} from '../auth/oauth-providers.ts';
import type { OAuthProviderId } from '../config.ts';
import {
  oauthCallback,
  oauthCallbackPost,
  oauthExchange,
  oauthProviders,
  oauthStart,
} from '../contract/oauth.ts';
import { ApiError } from '../errors.ts';
import { API_PREFIX, registerRoute } from '../route.ts';
import type { Services } from '../services.ts';

type CallbackParameters = Static<typeof oauthCallback.querystring>;

const CALLBACK_FIELDS = ['code', 'state', 'error', 'error_description', 'iss', 'user'] as const;

function errorPage(webUrl: string, title: string, message: string, reason: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · Page Magic</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(`${webUrl}/login`)}">Start signing in again</a></p>
<p><small>Reason: <code id="reason">${escapeHtml(reason)}</code></small></p>
</main>
</body>
</html>
`;
}

function readCookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

function notConfigured(provider: string): ApiError {
  return new ApiError(
    'not_found',
    `Sign-in with ${OAUTH_PROVIDER_NAMES[provider as OAuthProviderId] ?? provider} is not set up on this server; GET ${API_PREFIX}/auth/oauth/providers lists the ones that are`,
  );
}

export async function oauthRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const providers = configuredProviders(services.config.oauth);
  const callbackPath = (provider: OAuthProviderId) => `${API_PREFIX}/auth/oauth/${provider}/callback`;

  // Apple's form_post answer; scoped to these routes, the rest of the API stays JSON-only.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  registerRoute<typeof oauthProviders>(app, oauthProviders, async () => ({
    providers: OAUTH_PROVIDER_IDS.filter((id) => providers.has(id)).map((id) => ({
      id,
      name: OAUTH_PROVIDER_NAMES[id],
      startUrl: `${API_PREFIX}/auth/oauth/${id}/start`,
    })),
  }));

  // Named explicitly: inferring this contract from the argument trips tsc's depth limit (TS2589).
  registerRoute<typeof oauthStart>(app, oauthStart, async (request, reply) => {
    const provider = providers.get(request.params.provider);
    if (!provider) throw notConfigured(request.params.provider);
    const { pending, binding } = await createPendingAuthorization(services, {
      provider: provider.id,
      redirect: request.query.redirect ?? '/',
      webCodeChallenge: request.query.codeChallenge,
    });
    let location: URL;
    try {
      location = await provider.authorizationUrl(pending);
    } catch (error) {
      if (!(error instanceof ProviderUnavailableError)) throw error;
      request.log.warn({ err: error, provider: provider.id }, 'oauth provider unavailable');
      throw new ApiError(
        'unavailable',
        `${OAUTH_PROVIDER_NAMES[provider.id]} cannot be reached right now; try again in a minute or sign in with an email link`,
      );
    }
    // Apple posts its answer from its own site: only a SameSite=None cookie (which must be Secure) comes along.
    const secure = provider.formPost || services.config.publicUrl.startsWith('https:');
    const cookie = [
      `${bindingCookieName(pending.state)}=${binding}`,
      `Path=${callbackPath(provider.id)}`,
      `Max-Age=${PENDING_TTL_SECONDS}`,
      'HttpOnly',
      `SameSite=${provider.formPost ? 'None' : 'Lax'}`,
      ...(secure ? ['Secure'] : []),
    ].join('; ');
    return reply
      .header('set-cookie', cookie)
      .header('cache-control', 'no-store')
      .redirect(location.href, 302);
  });

  async function callback(
    request: FastifyRequest,
    reply: FastifyReply,
    providerId: OAuthProviderId,
    parameters: CallbackParameters,
  ): Promise<FastifyReply> {
    const provider: OAuthProvider | undefined = providers.get(providerId);
    if (!provider) throw notConfigured(providerId);
    reply.header('cache-control', 'no-store');
    try {
      const { state } = parameters;
      if (!state) {
        throw new ProviderRefusedError(
          'state_missing',
          'This answer carries no sign-in state, so it cannot be matched to a sign-in you started',
        );
      }
      const secure = provider.formPost || services.config.publicUrl.startsWith('https:') ? '; Secure' : '';
      reply.header(
        'set-cookie',
        `${bindingCookieName(state)}=; Path=${callbackPath(providerId)}; Max-Age=0; HttpOnly${secure}`,
      );
      // Taken before anything else is checked: whatever happens next, this state cannot be used twice.
      const pending = await takePendingAuthorization(services, state);
      if (!pending || pending.provider !== providerId) {
        throw new ProviderRefusedError(
          'state_unknown',
          'This sign-in was already completed, has expired (they last 10 minutes), or was not started here',
        );
      }
      if (!matchesHash(readCookie(request, bindingCookieName(state)), pending.bindingHash)) {
        throw new ProviderRefusedError(
          'browser_mismatch',
          'This sign-in was started in another browser, or this browser blocked our cookie; start again here',
        );
      }
      const answer = new URL(pending.redirectUri);
      for (const field of CALLBACK_FIELDS) {
        const value = parameters[field];
        if (value !== undefined) answer.searchParams.set(field, value);
      }
      const profile = await provider.complete(answer, pending);
      const resolved = await resolveOAuthUser(services, providerId, profile);
      const target = `user:${resolved.user.id}`;
      const details = { provider: providerId, created: resolved.created, linked: resolved.linked };
      if (resolved.linked) {
        await audit(services.db, request, {
          action: 'auth.oauth.identity_linked',
          userId: resolved.user.id,
          target,
          details: { provider: providerId, by: 'verified_email' },
        });
      }
      await audit(services.db, request, {
        action: 'auth.oauth.signed_in',
        userId: resolved.user.id,
        target,
        details,
      });
      const code = await createExchangeCode(services, {
        userId: resolved.user.id,
        provider: providerId,
        redirect: pending.redirect,
        webCodeChallenge: pending.webCodeChallenge,
      });
      return reply.redirect(`${services.config.webUrl}/auth/callback?code=${encodeURIComponent(code)}`, 302);
    } catch (error) {
      const name = OAUTH_PROVIDER_NAMES[providerId];
      if (error instanceof ProviderRefusedError) {
        request.log.warn({ err: error, provider: providerId, reason: error.reason }, 'oauth sign-in refused');
        return reply
          .code(400)
          .type('text/html; charset=utf-8')
          .send(
            errorPage(
              services.config.webUrl,
              `Sign-in with ${name} did not work`,
              `${error.message}. Nothing was signed in; start again from the sign-in page.`,
              error.reason,
            ),
          );
      }
      if (error instanceof ProviderUnavailableError) {
        request.log.warn({ err: error, provider: providerId }, 'oauth provider unavailable');
        return reply
          .code(503)
          .type('text/html; charset=utf-8')
          .send(
            errorPage(
              services.config.webUrl,
              `${name} cannot be reached`,
              `We could not reach ${name} to finish signing you in. Try again in a minute, or sign in with an email link.`,
              'provider_unavailable',
            ),
          );
      }
      throw error;
    }
  }

  registerRoute<typeof oauthCallback>(app, oauthCallback, (request, reply) =>
    callback(request, reply, request.params.provider, request.query),
  );
  registerRoute<typeof oauthCallbackPost>(app, oauthCallbackPost, (request, reply) =>
    callback(request, reply, request.params.provider, request.body),
  );

  registerRoute<typeof oauthExchange>(app, oauthExchange, async (request) => {
    const grant = await takeExchangeCode(services, request.body.code);
    if (!grant) {
      throw new ApiError(
        'invalid_token',
        'This sign-in code is unknown, expired (codes last 60 seconds) or already used; sign in again',
      );
    }
    if (
      grant.webCodeChallenge !== undefined &&
      !matchesHash(request.body.codeVerifier, grant.webCodeChallenge)
    ) {
      throw new ApiError(
        'invalid_token',
        'The code verifier does not match the challenge this sign-in was started with; sign in again',
        { reason: 'code_verifier_mismatch' },
      );
    }
    const pair = await services.sessions.issue(grant.userId);
    await audit(services.db, request, {
      action: 'auth.oauth.session_issued',
      userId: grant.userId,
      target: `user:${grant.userId}`,
      details: { provider: grant.provider },
    });
    return { ...pair, provider: grant.provider, redirect: grant.redirect };
  });
}
