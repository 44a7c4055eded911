// Where the API sends the browser after an OAuth sign-in: the one-time code and this browser's verifier
// become the session cookies.

import { ApiClientError } from '@pagemagic/api/client';
import { oauthExchange } from '@pagemagic/api/contract/oauth';
import { cookies } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';
import { anonymousClient } from '@/lib/api.ts';
import { safeNext } from '@/lib/login.ts';
import { OAUTH_VERIFIER_COOKIE, sessionCookies } from '@/lib/session.ts';

export async function GET(request: NextRequest): Promise<NextResponse> {
  const code = request.nextUrl.searchParams.get('code') ?? '';
  const jar = await cookies();
  const codeVerifier = jar.get(OAUTH_VERIFIER_COOKIE)?.value;
  jar.delete(OAUTH_VERIFIER_COOKIE);
  const failed = (why: string) =>
    NextResponse.redirect(new URL(`/sign-in?error=${encodeURIComponent(why)}`, request.url));
  if (!code || !codeVerifier) return failed('The sign-in was not started in this browser; start it again.');
  try {
    const answer = await (await anonymousClient()).call(oauthExchange, { body: { code, codeVerifier } });
    const response = NextResponse.redirect(new URL(safeNext(answer.redirect), request.url));
    for (const [name, value, options] of sessionCookies(answer)) response.cookies.set(name, value, options);
    return response;
  } catch (error) {
    if (error instanceof ApiClientError) return failed(`${error.message}`);
    throw error;
  }
}
