'use client';

// Marks one message handled, or back to not handled. The button's hidden part names the message, so a list
// of them reads apart; a refusal is announced next to it.

import { useActionState } from 'react';
import { setMessageHandled } from '@/app/(app)/sites/[siteId]/messages/actions.ts';
import { SECONDARY_BUTTON } from '@/components/account/styles.ts';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormState } from '@/lib/action-state.ts';
import type { MessageFilter } from './message-words.ts';

export function HandledForm({
  siteId,
  messageId,
  handled,
  about,
  list,
}: {
  siteId: string;
  messageId: string;
  /** Whether the message is handled now: the button does the opposite. */
  handled: boolean;
  /** "the message from …", for the button's hidden part. */
  about: string;
  /** The list the message is shown in, to come back to. */
  list: { state: MessageFilter; continue?: string | undefined };
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(setMessageHandled, {});
  const errorId = `message-${messageId}-handled-error`;
  return (
    <form action={action}>
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="messageId" value={messageId} />
      <input type="hidden" name="handled" value={String(!handled)} />
      <input type="hidden" name="state" value={list.state} />
      {list.continue ? <input type="hidden" name="continue" value={list.continue} /> : null}
      <button
        type="submit"
        disabled={pending}
        aria-describedby={state.error ? errorId : undefined}
        className={SECONDARY_BUTTON}
      >
        {pending ? 'Saving…' : handled ? 'Mark not handled' : 'Mark handled'}
        <span className="sr-only"> ({about})</span>
      </button>
      <FormFeedback state={state} errorId={errorId} />
    </form>
  );
}
