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

/** Only a path on this origin: `next` comes from a query string anyone can write. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return '/';
  }
  return next;
}
