'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';
import { SECONDARY_BUTTON } from './styles.ts';

export function RevokeInvitation({
  workspaceId,
  invitationId,
  email,
  action,
}: {
  workspaceId: string;
  invitationId: string;
  email: string;
  action: FormAction;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
        {pending ? 'Revoking…' : 'Revoke'}
        <span className="sr-only"> the invitation to {email}</span>
      </button>
      <FormFeedback state={state} errorId={`revoke-${invitationId}-error`} />
    </form>
  );
}
