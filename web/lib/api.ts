// The typed API client for server components, server actions and route handlers: the access token comes
// from the session cookie (the proxy has refreshed it if it was about to expire), the workspace from the
// person's choice. A call the API refuses as unauthenticated sends the person to sign in again. Every call
// carries the visitor's address in X-Forwarded-For (lib/forwarded-for.ts).

import { ApiClientError, PagemagicClient, type ResultOf } from '@pagemagic/api/client';
import { getProfile } from '@pagemagic/api/contract/profile';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { apiBaseUrl } from './config.ts';
import { forwardedFor } from './forwarded-for.ts';
import { ACCESS_COOKIE, WORKSPACE_COOKIE } from './session.ts';

/** `fetch` that adds X-Forwarded-For: `visitor`, when there is one. */
function fetchFor(visitor: string | undefined): typeof fetch {
  if (visitor === undefined) return fetch;
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('x-forwarded-for', visitor);
    return fetch(input, { ...init, headers });
  };
}

/** The visitor's address chain for the request being served. */
async function visitor(): Promise<string | undefined> {
  return forwardedFor((await headers()).get('x-forwarded-for'));
}

async function clientWith(
  accessToken: string | undefined,
  workspace: string | undefined,
): Promise<PagemagicClient> {
  return new PagemagicClient({
    baseUrl: apiBaseUrl(),
    accessToken: () => accessToken,
    workspace: () => workspace,
    userAgent: 'pagemagic-web',
    fetch: fetchFor(await visitor()),
  });
}

export type Profile = ResultOf<typeof getProfile>;

/** The signed-in person, asked once per request however many layouts, pages and clients need them. */
export const signedInProfile = cache(async (): Promise<Profile> => {
  const accessToken = (await cookies()).get(ACCESS_COOKIE)?.value;
  return (await clientWith(accessToken, undefined)).call(getProfile);
});

/**
 * A client for the signed-in person, acting in `workspaceId` when given, else in the workspace they chose
 * (the cookie) while they still belong to it: after leaving or being removed, the API's default (their
 * first membership) applies instead of a refusal on every page.
 */
export async function serverClient(workspaceId?: string): Promise<PagemagicClient> {
  const jar = await cookies();
  const accessToken = jar.get(ACCESS_COOKIE)?.value;
  let workspace = workspaceId;
  const chosen = jar.get(WORKSPACE_COOKIE)?.value;
  if (workspace === undefined && chosen !== undefined && accessToken !== undefined) {
    const profile = await signedInProfile().catch(() => undefined);
    workspace = profile?.workspaces.some((member) => member.id === chosen) ? chosen : undefined;
  }
  return clientWith(accessToken, workspace);
}

/** A client for calls made before anyone is signed in (sign-in itself). */
export async function anonymousClient(): Promise<PagemagicClient> {
  return anonymousClientFor((await headers()).get('x-forwarded-for'));
}

/** The same, where the request is at hand rather than in Next's request scope (the proxy). */
export function anonymousClientFor(forwardedForHeader: string | null): PagemagicClient {
  return new PagemagicClient({
    baseUrl: apiBaseUrl(),
    userAgent: 'pagemagic-web',
    fetch: fetchFor(forwardedFor(forwardedForHeader)),
  });
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
