// Collects a confirmed magic-link sign-in for the browser that asked for it: the poll secret is in this
// browser's httpOnly cookie, and the token pair goes straight into httpOnly cookies.

import { ApiClientError } from '@pagemagic/api/client';
import { pollLogin } from '@pagemagic/api/contract/auth';
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { anonymousClient } from '@/lib/api.ts';
import { pendingLogin } from '@/lib/login.ts';
import { LOGIN_COOKIE, sessionCookies } from '@/lib/session.ts';

export async function POST(): Promise<NextResponse> {
  const login = await pendingLogin();
  if (!login) {
    return NextResponse.json({ status: 'gone', message: 'No sign-in is waiting here; ask for a new link.' });
  }
  try {
    const answer = await (await anonymousClient()).call(pollLogin, {
      body: { loginRequestId: login.loginRequestId, pollSecret: login.pollSecret },
    });
    if (answer.status === 'pending') return NextResponse.json({ status: 'pending' });
    const jar = await cookies();
    for (const [name, value, options] of sessionCookies(answer)) jar.set(name, value, options);
    jar.delete(LOGIN_COOKIE);
    return NextResponse.json({ status: 'confirmed', next: login.next });
  } catch (error) {
    if (error instanceof ApiClientError && (error.status === 404 || error.status === 410)) {
      (await cookies()).delete(LOGIN_COOKIE);
      return NextResponse.json({
        status: 'gone',
        message: 'This sign-in link expired or was already used. Ask for a new link.',
      });
    }
    throw error;
  }
}
