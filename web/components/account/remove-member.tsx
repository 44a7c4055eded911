'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';
import { DANGER_BUTTON, SECONDARY_BUTTON } from './styles.ts';

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
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Keyboard and screen-reader users land on the question they have just raised, and back on the button
  // that raised it when they cancel.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) askButton.current?.focus();
  }, [confirming]);

  const question = isYou
    ? `Leave ${workspaceName}? You lose access to its sites until an owner invites you again.`
    : `Remove ${who} from ${workspaceName}? They lose access to its sites.`;
  const errorId = `remove-${userId}-error`;

  return (
    <div>
      {confirming ? (
        <form action={formAction} className="rounded-md border border-red-200 bg-red-50 p-3">
          <input type="hidden" name="workspaceId" value={workspaceId} />
          <input type="hidden" name="userId" value={userId} />
          <p className="text-sm text-red-900">{question}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button ref={confirmButton} type="submit" disabled={pending} className={DANGER_BUTTON}>
              {pending ? 'Removing…' : isYou ? 'Yes, leave' : 'Yes, remove'}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => setConfirming(false)}
              className={SECONDARY_BUTTON}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          ref={askButton}
          type="button"
          onClick={() => {
            asked.current = true;
            setConfirming(true);
          }}
          className={SECONDARY_BUTTON}
        >
          {isYou ? (
            'Leave workspace'
          ) : (
            <>
              Remove<span className="sr-only"> {who}</span>
            </>
          )}
        </button>
      )}
      <FormFeedback state={state} errorId={errorId} />
    </div>
  );
}
