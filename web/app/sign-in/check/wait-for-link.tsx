'use client';

import { useEffect, useState } from 'react';

type PollAnswer =
  | { status: 'pending' }
  | { status: 'confirmed'; next: string }
  | { status: 'gone'; message: string };

const POLL_MS = 2_000;

/** Asks this app's server every two seconds whether the link was confirmed; the server holds the secret. */
export function WaitForLink() {
  const [message, setMessage] = useState<string>('Waiting for you to open the link…');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch('/auth/poll', { method: 'POST', cache: 'no-store' });
        const answer = (await response.json()) as PollAnswer;
        if (stopped) return;
        if (answer.status === 'confirmed') {
          setMessage('Signed in. Taking you to your sites…');
          window.location.assign(answer.next);
          return;
        }
        if (answer.status === 'gone') {
          setFailed(true);
          setMessage(answer.message);
          return;
        }
      } catch {
        if (!stopped) setMessage('Lost contact with Page Magic; still trying…');
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  return (
    <div className="mt-8">
      <p role="status" aria-live="polite" className={failed ? 'text-red-700' : 'text-slate-700'}>
        {message}
      </p>
      {failed ? (
        <a href="/sign-in" className="mt-2 inline-block font-medium text-brand-700 underline">
          Ask for a new link
        </a>
      ) : null}
    </div>
  );
}
