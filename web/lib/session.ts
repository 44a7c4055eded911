// The session as the Next.js server keeps it: the API's token pair in httpOnly cookies on this origin. The
// access token is short-lived and goes to the API as a bearer token from server code only; the refresh
// token is spent (and replaced) by the proxy when the access token is about to expire.

import { secureCookies } from './config.ts';

export const ACCESS_COOKIE = 'pm_access';
export const REFRESH_COOKIE = 'pm_refresh';
/** The pending magic-link sign-in (request id and poll secret), so only this browser can collect it. */
export const LOGIN_COOKIE = 'pm_login';
export const WORKSPACE_COOKIE = 'pm_workspace';
/** The verifier of an OAuth sign-in in progress: only this browser can trade the code it brings back. */
export const OAUTH_VERIFIER_COOKIE = 'pm_oauth_verifier';

/** Refresh tokens live as long as the API keeps the sign-in (30 days of inactivity). */
const REFRESH_MAX_AGE = 30 * 24 * 60 * 60;
/** Refresh this long before the access token expires, so a request never starts with a dying token. */
export const EXPIRY_MARGIN_SECONDS = 30;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface CookieOptions {
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'lax' | 'strict';
  path: string;
  maxAge: number;
}

export function cookieOptions(maxAge: number): CookieOptions {
  return { httpOnly: true, secure: secureCookies(), sameSite: 'lax', path: '/', maxAge };
}

/** The cookies a token pair becomes, as [name, value, options]. */
export function sessionCookies(tokens: TokenPair): Array<[string, string, CookieOptions]> {
  return [
    [ACCESS_COOKIE, tokens.accessToken, cookieOptions(tokens.expiresIn)],
    [REFRESH_COOKIE, tokens.refreshToken, cookieOptions(REFRESH_MAX_AGE)],
  ];
}

/** Seconds since the epoch at which a JWT expires, read without verifying it (the API verifies). */
export function tokenExpiry(jwt: string | undefined): number | undefined {
  const payload = jwt?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp : undefined;
  } catch {
    return undefined;
  }
}

export function needsRefresh(accessToken: string | undefined, now = Date.now() / 1000): boolean {
  const expiry = tokenExpiry(accessToken);
  return expiry === undefined || expiry - EXPIRY_MARGIN_SECONDS <= now;
}
