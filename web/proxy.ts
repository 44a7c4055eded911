// Keeps the session alive and sends visitors without one to sign in. It spends the refresh token when the
// access token is about to expire and hands the new pair both to this request (so the page renders with
// it) and to the browser. Every page still checks with the API: this is convenience, not the authority.
//
// A browser sends its cookies with every request, so a page load whose access token has expired arrives
// as several requests carrying the same refresh token. The API treats a second use of a refresh token as
// theft and ends the sign-in, so the token is spent once: requests that bring it while its refresh is in
// flight wait for that refresh, and requests that bring it shortly after get the pair it produced.

import { createHash } from 'node:crypto';
import { refresh } from '@pagemagic/api/contract/auth';
import { type NextRequest, NextResponse } from 'next/server';
import { anonymousClient } from './lib/api.ts';
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

// One per server process, kept on globalThis so that every copy of this module the server loads shares it.
const FLIGHTS = Symbol.for('pagemagic.web.refreshFlights');
const globals = globalThis as { [FLIGHTS]?: SingleFlight<TokenPair | undefined> };
globals[FLIGHTS] ??= new SingleFlight<TokenPair | undefined>({
  shareMs: REFRESH_SHARE_MS,
  share: (tokens) => tokens !== undefined,
});
const refreshFlights = globals[FLIGHTS];

/** A new token pair, or undefined when the refresh token is spent or the API cannot be reached. */
function refreshed(refreshToken: string): Promise<TokenPair | undefined> {
  // Keyed by a hash: the raw token need not sit in the map's keys.
  const key = createHash('sha256').update(refreshToken).digest('base64url');
  return refreshFlights.run(key, () =>
    anonymousClient()
      .call(refresh, { body: { refreshToken } })
      .catch(() => undefined),
  );
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

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const access = request.cookies.get(ACCESS_COOKIE)?.value;
  const refresh = request.cookies.get(REFRESH_COOKIE)?.value;
  const publicPath = isPublic(request.nextUrl.pathname);
  if (!needsRefresh(access)) return NextResponse.next();
  if (!refresh) return publicPath ? NextResponse.next() : toSignIn(request);

  const tokens = await refreshed(refresh);
  if (!tokens) return publicPath ? NextResponse.next() : toSignIn(request);
  const cookies = sessionCookies(tokens);
  for (const [name, value] of cookies) request.cookies.set(name, value);
  const response = NextResponse.next({ request: { headers: request.headers } });
  for (const [name, value, options] of cookies) response.cookies.set(name, value, options);
  return response;
}

export const config = {
  // Pages and the app's own route handlers; not Next's static files.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
