'use server';

import { acceptInvitation } from '@pagemagic/api/contract/workspaces';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/action-state.ts';
import { failureMessage } from '@/lib/action-state.ts';
import { serverClient } from '@/lib/api.ts';
import { rememberWorkspace } from '@/lib/workspace.ts';
import { invitationPath, invitationToken } from './token.ts';

export async function joinWorkspace(_previous: FormState, form: FormData): Promise<FormState> {
  const token = invitationToken(form.get('token'));
  if (!token) {
    return {
      error:
        'This invitation link is incomplete. Open the link from the invitation email again, or copy all of it into the address bar.',
    };
  }
  let workspaceId: string;
  try {
    const { workspace } = await (await serverClient()).call(acceptInvitation, { body: { token } });
    workspaceId = workspace.id;
  } catch (error) {
    return { error: failureMessage(error, invitationPath(token)) };
  }
  // The person joined to work in this workspace: it becomes the current one.
  await rememberWorkspace(workspaceId);
  revalidatePath('/', 'layout');
  redirect('/');
}
