'use client';

// Says what was just done to a message. It may have left the list being looked at, and the button that did
// it with it, so focus comes here: keyboard users carry on from the top of the list, and screen readers
// read what happened. Keyed by the message too, so a second message marked the same way is announced again.

import { useEffect, useRef } from 'react';
import type { MessageOutcome } from './message-words.ts';

const SAID: Readonly<Record<MessageOutcome, string>> = {
  handled: 'Marked handled. The message is listed under Handled now.',
  unhandled: 'Marked not handled. The message is listed under Unhandled again.',
  deleted: 'The message was deleted.',
};

export function MessageNotice({ done, messageId }: { done: MessageOutcome | undefined; messageId: string }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done && messageId) notice.current?.focus();
  }, [done, messageId]);
  return (
    <p ref={notice} role="status" tabIndex={-1} className="text-sm text-emerald-800 focus:outline-none">
      {done ? SAID[done] : ''}
    </p>
  );
}
