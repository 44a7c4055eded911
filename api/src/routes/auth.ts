import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../audit.ts';
import {
  confirmLink,
  confirmPageHtml,
  linkGonePageHtml,
  PAGE_CSP,
  pollLogin,
  previewLink,
  requestLogin,
  signedInPageHtml,
} from '../auth/magic-link.ts';
import { confirm, confirmPage, login, logout, pollLogin as pollContract, refresh } from '../contract/auth.ts';
import { hashToken } from '../crypto/tokens.ts';
import { ApiError } from '../errors.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';

const FORM = 'application/x-www-form-urlencoded';

function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('cache-control', 'no-store')
    .send(html);
}

/** A form post comes from the confirm page in a browser, which wants a page back rather than JSON. */
function fromBrowserForm(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith(FORM);
}

export async function authRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { config } = services;

  registerRoute(app, login, async (request, reply) => {
    const requested = await requestLogin(services, request.body.email, request.log, request.body.openIn);
    await audit(services.db, request, {
      action: 'auth.login_requested',
      target: requested.loginRequestId,
      details: { emailLookup: requested.emailLookup },
    });
    return reply.code(202).send({
      status: 'sent' as const,
      message:
        'If the address can receive mail, a sign-in link is on its way. Open it within 15 minutes, or keep polling POST /api/v1/auth/login/poll',
      loginRequestId: requested.loginRequestId,
      pollSecret: requested.pollSecret,
      verificationCode: requested.verificationCode,
      expiresIn: requested.expiresIn,
    });
  });

  // Named explicitly: inferring this contract from the argument trips tsc's depth limit (TS2589).
  registerRoute<typeof confirmPage>(app, confirmPage, async (request, reply) => {
    const { token } = request.query;
    const preview = await previewLink(services, token);
    const html = preview
      ? confirmPageHtml({ token, email: preview.email, verificationCode: preview.verificationCode })
      : linkGonePageHtml({ webUrl: config.webUrl });
    return sendPage(reply, preview ? 200 : 410, html);
  });

  // The confirm page's form posts urlencoded; only this route accepts that, so no other route has to
  // think about a second body format.
  await app.register(async (scope) => {
    scope.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    registerRoute(scope, confirm, async (request, reply) => {
      const browser = fromBrowserForm(request);
      let confirmed: Awaited<ReturnType<typeof confirmLink>>;
      try {
        confirmed = await confirmLink(services, request.body.token, { issueSession: !browser });
      } catch (error) {
        if (browser && error instanceof ApiError && error.code === 'gone') {
          return sendPage(reply, 410, linkGonePageHtml({ webUrl: config.webUrl }));
        }
        throw error;
      }
      await audit(services.db, request, {
        action: 'auth.login_confirmed',
        userId: confirmed.user.id,
        target: confirmed.loginRequestId,
        details: { newUser: confirmed.created, sessionTo: browser ? 'polling device' : 'confirmer' },
      });
      if (browser || !confirmed.tokens)
        return sendPage(reply, 200, signedInPageHtml({ webUrl: config.webUrl }));
      return reply.header('cache-control', 'no-store').send(confirmed.tokens);
    });
  });

  registerRoute(app, pollContract, async (request, reply) => {
    const result = await pollLogin(services, request.body.loginRequestId, request.body.pollSecret);
    reply.header('cache-control', 'no-store');
    if (result.status === 'pending') return reply.code(202).send({ status: 'pending' as const });
    await audit(services.db, request, {
      action: 'auth.login_collected',
      userId: result.tokens.userId,
      target: result.loginRequestId,
    });
    return reply.code(200).send({ status: 'confirmed' as const, ...result.tokens });
  });

  registerRoute(app, refresh, async (request, reply) => {
    try {
      const pair = await services.sessions.refresh(request.body.refreshToken);
      return reply.header('cache-control', 'no-store').send(pair);
    } catch (error) {
      if (error instanceof ApiError && error.details?.reason === 'refresh_token_reused') {
        const { rows } = await services.db.query<{ user_id: string; family_id: string }>(
          'SELECT user_id, family_id FROM refresh_tokens WHERE token_hash = $1',
          [hashToken(request.body.refreshToken)],
        );
        await audit(services.db, request, {
          action: 'auth.refresh_reuse_detected',
          userId: rows[0]?.user_id,
          target: rows[0]?.family_id,
          details: { revoked: 'family' },
        });
      }
      throw error;
    }
  });

  registerRoute(app, logout, async (request, reply) => {
    const ended = await services.sessions.revoke(request.body.refreshToken);
    if (ended) await audit(services.db, request, { action: 'auth.logout', userId: ended.userId });
    return reply.code(204).send();
  });
}
