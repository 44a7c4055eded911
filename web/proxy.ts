// Keeps the session alive and sends visitors without one to sign in. It spends the refresh token when the
// access token is about to expire and hands the new pair both to this request (so the page renders with
// it) and to the browser. Every page still checks with the API: this is convenience, not the authority.

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

const PUBLIC_PREFIXES = ['/sign-in', '/auth/', '/invitations/'];

function isPublic(pathname: string): boolean {
  return PUBLIC_PREFIXES.some(
    (prefix) => pathname === prefix.replace(/\/$/, '') || pathname.startsWith(prefix),
  );
}

/** A new token pair, or undefined when the refresh token is spent or the API cannot be reached. */
function refreshed(refreshToken: string): Promise<TokenPair | undefined> {
  return anonymousClient()
    .call(refresh, { body: { refreshToken } })
    .catch(() => undefined);
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
