// Keeps the session alive and sends visitors without one to sign in. It spends the refresh token when the
// access token is about to expire and hands the new pair both to this request (so the page renders with
// it) and to the browser. Every page still checks with the API: this is convenience, not the authority.
//
// A browser sends its cookies with every request, so a page load whose access token has expired arrives
// as several requests carrying the same refresh token. The API treats a second use of a refresh token as
// theft and ends the sign-in, so the token is spent once: requests that bring it while its refresh is in
// flight wait for that refresh, and requests that bring it shortly after get the pair it produced.
//
// Only the API refusing the refresh token ends the session here. A rate limit, a server error, a timeout
// or a network failure is answered with 503 "try again" and the cookies are left as they are.
//
// First of all, a request that could change state (a route handler's POST, a server action) is refused
// when it comes from another site (lib/cross-site.ts), before it can spend or end anything.
//
// Every answer carries the Content-Security-Policy with a nonce made for it (lib/csp.ts); the request goes
// on with the policy and `x-nonce`, from which Next puts the nonce on the page's scripts. HSTS only over
// HTTPS.

import { createHash } from 'node:crypto';
import { refresh } from '@pagemagic/api/contract/auth';
import { type NextRequest, NextResponse } from 'next/server';
import { anonymousClientFor } from './lib/api.ts';
import { isCrossSiteWrite } from './lib/cross-site.ts';
import { cameOverHttps, contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from './lib/csp.ts';
import { plainAnswer } from './lib/plain-answer.ts';
import { failedRefresh, type RefreshOutcome } from './lib/refresh-outcome.ts';
import {
  ACCESS_COOKIE,
  needsRefresh,
  REFRESH_COOKIE,
  sessionCookies,
  type TokenPair,
} from './lib/session.ts';
import { SingleFlight } from './lib/single-flight.ts';

const PUBLIC_PREFIXES = ['/sign-in', '/auth/', '/invitations/'];

function isPublic(pathname: string): boolean {
  return PUBLIC_PREFIXES.some(
    (prefix) => pathname === prefix.replace(/\/$/, '') || pathname.startsWith(prefix),
  );
}

/**
 * How long the pair a refresh token was traded for is handed to requests that still bring that token: long
 * enough for every request a browser sent before the new cookies arrived, short enough that a copied token
 * is not worth much (after it, a second use is reuse again and the API ends the sign-in).
 */
const REFRESH_SHARE_MS = 20_000;
/** A refresh the API has not answered by then is a "try again", not a request left hanging. */
const REFRESH_TIMEOUT_MS = 10_000;

// One per server process, kept on globalThis so that every copy of this module the server loads shares it.
const FLIGHTS = Symbol.for('pagemagic.web.refreshFlights');
const globals = globalThis as { [FLIGHTS]?: SingleFlight<RefreshOutcome> };
globals[FLIGHTS] ??= new SingleFlight<RefreshOutcome>({
  shareMs: REFRESH_SHARE_MS,
  share: (outcome) => outcome.kind === 'refreshed',
});
const refreshFlights = globals[FLIGHTS];

async function spend(refreshToken: string, request: NextRequest): Promise<RefreshOutcome> {
  try {
    const response = await anonymousClientFor(request.headers.get('x-forwarded-for')).send(
      refresh,
      { body: { refreshToken } },
      { signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS) },
    );
    return { kind: 'refreshed', tokens: (await response.json()) as TokenPair };
  } catch (error) {
    return failedRefresh(error);
  }
}

/** The refresh token spent once, whichever of the requests bringing it asks first. */
function refreshed(refreshToken: string, request: NextRequest): Promise<RefreshOutcome> {
  // Keyed by a hash: the raw token need not sit in the map's keys.
  const key = createHash('sha256').update(refreshToken).digest('base64url');
  return refreshFlights.run(key, () => spend(refreshToken, request));
}

/** 503 with Retry-After, the cookies untouched. */
function tryAgainLater(request: NextRequest, retryAfterSeconds: number): NextResponse {
  return plainAnswer(request, {
    status: 503,
    code: 'unavailable',
    title: 'Try again in a moment',
    message: `Page Magic could not renew your session just now (it is busy or briefly unreachable). You are still signed in: try again in ${retryAfterSeconds} seconds.`,
    link: { text: 'Try again', href: `${request.nextUrl.pathname}${request.nextUrl.search}` },
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
}

function toSignIn(request: NextRequest): NextResponse {
  const url = new URL('/sign-in', request.url);
  const back = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  if (back !== '/') url.searchParams.set('next', back);
  const response = NextResponse.redirect(url);
  response.cookies.delete(ACCESS_COOKIE);
  response.cookies.delete(REFRESH_COOKIE);
  return response;
}

/** Where the request goes on to the page or route handler, with these request headers. */
type Next = (headers: Headers) => NextResponse;

async function answer(request: NextRequest, next: Next): Promise<NextResponse> {
  if (isCrossSiteWrite(request)) {
    return plainAnswer(request, {
      status: 403,
      code: 'cross_site_request',
      title: 'Refused: sent from another site',
      message:
        'This request came from another website, so Page Magic did not act on it. Nothing was changed. To do this, use Page Magic itself.',
      link: { text: 'Go to Page Magic', href: '/' },
    });
  }
  const access = request.cookies.get(ACCESS_COOKIE)?.value;
  const refresh = request.cookies.get(REFRESH_COOKIE)?.value;
  const publicPath = isPublic(request.nextUrl.pathname);
  if (!needsRefresh(access)) return next(request.headers);
  if (!refresh) return publicPath ? next(request.headers) : toSignIn(request);

  const outcome = await refreshed(refresh, request);
  if (outcome.kind === 'signed-out') return publicPath ? next(request.headers) : toSignIn(request);
  if (outcome.kind === 'unavailable') {
    return publicPath ? next(request.headers) : tryAgainLater(request, outcome.retryAfterSeconds);
  }
  const cookies = sessionCookies(outcome.tokens);
  for (const [name, value] of cookies) request.cookies.set(name, value);
  const response = next(request.headers);
  for (const [name, value, options] of cookies) response.cookies.set(name, value, options);
  return response;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const response = await answer(request, (headers) => {
    const onward = new Headers(headers);
    onward.set('x-nonce', nonce);
    onward.set('content-security-policy', policy);
    return NextResponse.next({ request: { headers: onward } });
  });
  response.headers.set('content-security-policy', policy);
  if (cameOverHttps(request)) response.headers.set('strict-transport-security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Pages and the app's own route handlers; not Next's static files, nor the icon (app/icon.svg), which the
  // sign-in page shows to people without a session too.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
