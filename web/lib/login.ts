// The magic-link sign-in in progress, kept in an httpOnly cookie so the poll secret never reaches page
// scripts and only the browser that asked can collect the session.

import { cookies } from 'next/headers';
import { cookieOptions, LOGIN_COOKIE } from './session.ts';

export interface PendingLogin {
  loginRequestId: string;
  pollSecret: string;
  verificationCode: string;
  email: string;
  next: string;
}

export async function savePendingLogin(login: PendingLogin, expiresIn: number): Promise<void> {
  (await cookies()).set(LOGIN_COOKIE, JSON.stringify(login), cookieOptions(expiresIn));
}

export async function pendingLogin(): Promise<PendingLogin | undefined> {
  const raw = (await cookies()).get(LOGIN_COOKIE)?.value;
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<PendingLogin>;
    if (typeof value.loginRequestId !== 'string' || typeof value.pollSecret !== 'string') return undefined;
    return {
      loginRequestId: value.loginRequestId,
      pollSecret: value.pollSecret,
      verificationCode: String(value.verificationCode ?? ''),
      email: String(value.email ?? ''),
      next: safeNext(value.next),
    };
  } catch {
    return undefined;
  }
}

// Any origin no page of the app can have: a value that resolves onto it was relative, so it stays on the
// app's origin whatever that is (the same verdict as resolving against the app's own origin, without
// needing to know it where no request is at hand).
const PROBE_ORIGIN = 'https://next-path.invalid';
/** Longer than any path of the app; the value ends up in a cookie. */
const MAX_NEXT_LENGTH = 2048;

/**
 * Only a path on this origin: `next` comes from a query string anyone can write. Decided the way a browser
 * reads the value (WHATWG URL parsing, which drops tab, CR and LF, reads `\` as `/` and resolves `/./`),
 * and answered in the parser's own serialisation, so what is returned means the same to the browser.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > MAX_NEXT_LENGTH) return '/';
  let url: URL;
  try {
    url = new URL(next, `${PROBE_ORIGIN}/`);
  } catch {
    return '/';
  }
  if (url.origin !== PROBE_ORIGIN) return '/';
  // `/.//evil.example` resolves to the path `//evil.example`, which on its own would name another host.
  if (url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
