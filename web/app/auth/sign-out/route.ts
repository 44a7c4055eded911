// Ends the sign-in at the API (its access tokens stop working at once) and forgets the cookies. POST only:
// a link or an image cannot sign anyone out.

import { logout } from '@pagemagic/api/contract/auth';
import { cookies } from 'next/headers';
import { type NextRequest, NextResponse } from 'next/server';
import { anonymousClient } from '@/lib/api.ts';
import { ACCESS_COOKIE, REFRESH_COOKIE, WORKSPACE_COOKIE } from '@/lib/session.ts';

export async function POST(request: NextRequest): Promise<NextResponse> {
  const jar = await cookies();
  const refreshToken = jar.get(REFRESH_COOKIE)?.value;
  if (refreshToken) await (await anonymousClient()).call(logout, { body: { refreshToken } });
  const response = NextResponse.redirect(new URL('/sign-in', request.url), 303);
  for (const name of [ACCESS_COOKIE, REFRESH_COOKIE, WORKSPACE_COOKIE]) response.cookies.delete(name);
  return response;
}
