'use client';

import { ConfirmStep } from '@/components/confirm-step.tsx';
import type { FormAction } from '@/lib/action-state.ts';

/** Removing someone (or leaving) takes two steps: the first button only asks. */
export function RemoveMember({
  workspaceId,
  workspaceName,
  userId,
  who,
  isYou,
  action,
}: {
  workspaceId: string;
  workspaceName: string;
  userId: string;
  who: string;
  isYou: boolean;
  action: FormAction;
}) {
  return (
    <ConfirmStep
      action={action}
      fields={{ workspaceId, userId }}
      ask={
        isYou ? (
          'Leave workspace'
        ) : (
          <>
            Remove<span className="sr-only"> {who}</span>
          </>
        )
      }
      question={
        isYou
          ? `Leave ${workspaceName}? You lose access to its sites until an owner invites you again.`
          : `Remove ${who} from ${workspaceName}? They lose access to its sites.`
      }
      confirm={isYou ? 'Yes, leave' : 'Yes, remove'}
      pending="Removing…"
    />
  );
}
