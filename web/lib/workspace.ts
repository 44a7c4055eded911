// Which workspace the person is working in. The choice lives in the `pm_workspace` cookie; a choice that is
// no longer valid (they left, or were removed) falls back to their oldest membership, which is also what
// the API picks when no workspace is named, so the account pages and the API always agree.

import { cookies } from 'next/headers';
import { type Profile, readOrSignIn, signedInProfile } from './api.ts';
import { cookieOptions, WORKSPACE_COOKIE } from './session.ts';

export type { Profile };
export type ProfileWorkspace = Profile['workspaces'][number];

/** A workspace choice outlives sign-ins: it is a preference, not a credential. */
export const WORKSPACE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** The chosen workspace when the person still belongs to it, else their first; undefined when they have none. */
export function chooseWorkspace<W extends { id: string }>(
  workspaces: readonly W[],
  chosenId: string | undefined,
): W | undefined {
  return workspaces.find((workspace) => workspace.id === chosenId) ?? workspaces[0];
}

export interface CurrentWorkspace {
  profile: Profile;
  workspace: ProfileWorkspace | undefined;
}

/** The signed-in person and the workspace they are working in; signs them in again when the session is gone. */
export async function currentWorkspace(returnTo = '/account'): Promise<CurrentWorkspace> {
  const [profile, jar] = await Promise.all([readOrSignIn(signedInProfile, returnTo), cookies()]);
  return { profile, workspace: chooseWorkspace(profile.workspaces, jar.get(WORKSPACE_COOKIE)?.value) };
}

/** Makes `workspaceId` the current workspace; only from a server action or route handler. */
export async function rememberWorkspace(workspaceId: string): Promise<void> {
  (await cookies()).set(WORKSPACE_COOKIE, workspaceId, cookieOptions(WORKSPACE_COOKIE_MAX_AGE));
}

/** Forgets the choice, so the next page falls back to the first workspace. */
export async function forgetWorkspace(): Promise<void> {
  (await cookies()).delete(WORKSPACE_COOKIE);
}
