'use server';

import { getProfile, updateProfile } from '@pagemagic/api/contract/profile';
import {
  createInvitation,
  createWorkspace,
  removeMember,
  revokeInvitation,
  updateMember,
} from '@pagemagic/api/contract/workspaces';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { parseRole, ROLE_LABELS } from '@/components/account/roles.ts';
import { checkDisplayName, checkEmail, checkWorkspaceName } from '@/components/account/validate.ts';
import type { FormState } from '@/lib/action-state.ts';
import { failureMessage } from '@/lib/action-state.ts';
import { serverClient } from '@/lib/api.ts';
import { WORKSPACE_COOKIE } from '@/lib/session.ts';
import { forgetWorkspace, rememberWorkspace } from '@/lib/workspace.ts';

const PROFILE_PAGE = '/account';
const MEMBERS_PAGE = '/account/members';

const field = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();

export async function updateName(_previous: FormState, form: FormData): Promise<FormState> {
  const name = field(form, 'name');
  const invalid = checkDisplayName(name);
  if (invalid) return { error: invalid, value: name };
  try {
    await (await serverClient()).call(updateProfile, { body: { name } });
  } catch (error) {
    return { error: failureMessage(error, PROFILE_PAGE), value: name };
  }
  revalidatePath(PROFILE_PAGE);
  return { notice: 'Your name is saved.', value: name };
}

export async function switchWorkspace(_previous: FormState, form: FormData): Promise<FormState> {
  const workspaceId = field(form, 'workspaceId');
  let workspaces: Array<{ id: string; name: string }>;
  try {
    workspaces = (await (await serverClient()).call(getProfile)).workspaces;
  } catch (error) {
    return { error: failureMessage(error, PROFILE_PAGE) };
  }
  // Only a workspace the person belongs to now is remembered; one they lose later is ignored when read.
  const chosen = workspaces.find((workspace) => workspace.id === workspaceId);
  if (!chosen) {
    return {
      error:
        'You are not a member of that workspace any more. Reload the page to see the workspaces you belong to.',
    };
  }
  await rememberWorkspace(chosen.id);
  revalidatePath('/', 'layout');
  return { notice: `You are now working in ${chosen.name}.` };
}

export async function createNewWorkspace(_previous: FormState, form: FormData): Promise<FormState> {
  const name = field(form, 'name');
  const invalid = checkWorkspaceName(name);
  if (invalid) return { error: invalid, value: name };
  let created: { name: string };
  try {
    created = await (await serverClient()).call(createWorkspace, { body: { name } });
  } catch (error) {
    return { error: failureMessage(error, PROFILE_PAGE), value: name };
  }
  revalidatePath(PROFILE_PAGE);
  return { notice: `${created.name} is ready. Choose “Switch” next to it to work in it.` };
}

export async function changeRole(_previous: FormState, form: FormData): Promise<FormState> {
  const workspaceId = field(form, 'workspaceId');
  const userId = field(form, 'userId');
  const role = parseRole(field(form, 'role'));
  if (!role) return { error: 'Choose a role: viewer, editor or owner.' };
  try {
    await (await serverClient()).call(updateMember, { params: { workspaceId, userId }, body: { role } });
  } catch (error) {
    return { error: failureMessage(error, MEMBERS_PAGE) };
  }
  revalidatePath(MEMBERS_PAGE);
  return { notice: `Role changed to ${ROLE_LABELS[role]}.` };
}

export async function removeFromWorkspace(_previous: FormState, form: FormData): Promise<FormState> {
  const workspaceId = field(form, 'workspaceId');
  const userId = field(form, 'userId');
  const client = await serverClient();
  try {
    await client.call(removeMember, { params: { workspaceId, userId } });
  } catch (error) {
    return { error: failureMessage(error, MEMBERS_PAGE) };
  }
  // Removing yourself is leaving; the API decides which it was, and the profile shows the outcome. A
  // profile that cannot be read now is read again by the page the person lands on.
  const left = await client.call(getProfile).then(
    ({ workspaces }) => !workspaces.some((workspace) => workspace.id === workspaceId),
    () => false,
  );
  if (left) {
    if ((await cookies()).get(WORKSPACE_COOKIE)?.value === workspaceId) await forgetWorkspace();
    revalidatePath('/', 'layout');
    redirect(`${PROFILE_PAGE}?left=1`);
  }
  revalidatePath(MEMBERS_PAGE);
  // The member's row, and the form that removed it, are gone: the page announces the outcome.
  redirect(`${MEMBERS_PAGE}?removed=1`);
}

export async function invite(_previous: FormState, form: FormData): Promise<FormState> {
  const workspaceId = field(form, 'workspaceId');
  const email = field(form, 'email');
  const role = parseRole(field(form, 'role'));
  const invalid = checkEmail(email);
  if (invalid) return { error: invalid, value: email };
  if (!role) return { error: 'Choose a role for the person you invite.', value: email };
  try {
    await (await serverClient()).call(createInvitation, { params: { workspaceId }, body: { email, role } });
  } catch (error) {
    return { error: failureMessage(error, MEMBERS_PAGE), value: email };
  }
  revalidatePath(MEMBERS_PAGE);
  return { notice: `Invitation sent to ${email}. The link in it works for 7 days.` };
}

export async function revoke(_previous: FormState, form: FormData): Promise<FormState> {
  const workspaceId = field(form, 'workspaceId');
  const invitationId = field(form, 'invitationId');
  try {
    await (await serverClient()).call(revokeInvitation, { params: { workspaceId, invitationId } });
  } catch (error) {
    return { error: failureMessage(error, MEMBERS_PAGE) };
  }
  revalidatePath(MEMBERS_PAGE);
  redirect(`${MEMBERS_PAGE}?revoked=1`);
}
