'use client';

// Deleting a message cannot be undone (the API keeps no copy), so it takes two steps: the first button only
// asks.

import { deleteSiteMessage } from '@/app/(app)/sites/[siteId]/messages/actions.ts';
import { ConfirmStep } from '@/components/confirm-step.tsx';
import type { MessageFilter } from './message-words.ts';

export function DeleteMessage({
  siteId,
  messageId,
  about,
  list,
}: {
  siteId: string;
  messageId: string;
  /** "the message from …", for the question and the buttons' hidden parts. */
  about: string;
  list: { state: MessageFilter; continue?: string | undefined };
}) {
  return (
    <ConfirmStep
      action={deleteSiteMessage}
      fields={{
        siteId,
        messageId,
        state: list.state,
        ...(list.continue ? { continue: list.continue } : {}),
      }}
      ask={
        <>
          Delete<span className="sr-only"> {about}</span>
        </>
      }
      question={`Delete ${about}? It is gone for good: neither you nor Page Magic can get it back.`}
      confirm={
        <>
          Yes, delete<span className="sr-only"> {about}</span>
        </>
      }
      pending="Deleting…"
    />
  );
}
