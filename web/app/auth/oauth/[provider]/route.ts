// Starts an OAuth sign-in with a PKCE-style verifier this server keeps in an httpOnly cookie: the API
// hands back a one-time code that only the holder of the verifier can trade for a session.

import { createHash, randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';
import { publicApiUrl } from '@/lib/config.ts';
import { safeNext } from '@/lib/login.ts';
import { cookieOptions, OAUTH_VERIFIER_COOKIE } from '@/lib/session.ts';

const PROVIDERS = new Set(['google', 'github', 'apple']);

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ provider: string }> },
): Promise<NextResponse> {
  const { provider } = await params;
  if (!PROVIDERS.has(provider)) {
    return NextResponse.redirect(new URL('/sign-in', request.url));
  }
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  (await cookies()).set(OAUTH_VERIFIER_COOKIE, verifier, cookieOptions(15 * 60));
  const start = new URL(`${publicApiUrl()}/api/v1/auth/oauth/${provider}/start`);
  start.searchParams.set('redirect', safeNext(request.nextUrl.searchParams.get('next')));
  start.searchParams.set('codeChallenge', challenge);
  return NextResponse.redirect(start);
}
