// The typed API client for server components, server actions and route handlers: the access token comes
// from the session cookie (the proxy has refreshed it if it was about to expire), the workspace from the
// person's choice. A call the API refuses as unauthenticated sends the person to sign in again.

import { ApiClientError, PagemagicClient } from '@pagemagic/api/client';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { apiBaseUrl } from './config.ts';
import { ACCESS_COOKIE, WORKSPACE_COOKIE } from './session.ts';

export async function serverClient(): Promise<PagemagicClient> {
  const jar = await cookies();
  const accessToken = jar.get(ACCESS_COOKIE)?.value;
  const workspace = jar.get(WORKSPACE_COOKIE)?.value;
  return new PagemagicClient({
    baseUrl: apiBaseUrl(),
    accessToken: () => accessToken,
    workspace: () => workspace,
    userAgent: 'pagemagic-web',
  });
}

/** A client for calls made before anyone is signed in (sign-in itself). */
export function anonymousClient(): PagemagicClient {
  return new PagemagicClient({ baseUrl: apiBaseUrl(), userAgent: 'pagemagic-web' });
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiClientError && error.status === 401;
}

/** Runs a read for a page; an expired or missing session goes to sign-in and comes back here after. */
export async function readOrSignIn<T>(read: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isUnauthenticated(error)) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}
