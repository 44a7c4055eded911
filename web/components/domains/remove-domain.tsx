'use client';

// Removing a domain takes it offline at once, so it takes two steps: the first button only asks.

import { useActionState, useEffect, useRef, useState } from 'react';
import { removeSiteDomain } from '@/app/(app)/sites/[siteId]/domains/actions.ts';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormState } from '@/lib/action-state.ts';

export function RemoveDomain({ siteId, host, live }: { siteId: string; host: string; live: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(removeSiteDomain, {});
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Keyboard and screen-reader users land on the question they raised, and back on its button on cancel.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) askButton.current?.focus();
  }, [confirming]);

  const errorId = `remove-${host}-error`;
  return (
    <div>
      {confirming ? (
        <form action={action} className="rounded-md border border-red-200 bg-red-50 p-3">
          <input type="hidden" name="siteId" value={siteId} />
          <input type="hidden" name="host" value={host} />
          <p className="text-sm text-red-900">
            {live
              ? `Remove ${host}? Visitors to it stop seeing your site at once, and the host is free for anyone to claim.`
              : `Remove ${host}? You can add it again later, with a new TXT record.`}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              ref={confirmButton}
              type="submit"
              disabled={pending}
              aria-describedby={state.error ? errorId : undefined}
              className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-70"
            >
              {pending ? 'Removing…' : 'Yes, remove'}
              <span className="sr-only"> {host}</span>
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => setConfirming(false)}
              className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100"
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
          className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100"
        >
          Remove<span className="sr-only"> {host}</span>
        </button>
      )}
      <FormFeedback state={state} errorId={errorId} />
    </div>
  );
}
