'use client';

// Deleting a site takes its pages offline and removes its builds, content and hosting for good, so it
// asks twice: a first button opens the question, and the site's name must be typed to confirm.

import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { deleteSiteAction } from '@/app/(app)/sites/[siteId]/actions.ts';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormState } from '@/lib/action-state.ts';

const DANGER =
  'rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60';
const SECONDARY =
  'rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-60';
const ASK =
  'mt-4 rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50';

export function DeleteSite({ siteId, title }: { siteId: string; title: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(
    deleteSiteAction.bind(null, siteId),
    {},
  );
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const id = useId();
  const errorId = `${id}-error`;

  // Keyboard and screen-reader users land in the field the question asks them to fill, and back on the
  // button that asked when they cancel.
  useEffect(() => {
    if (confirming) field.current?.focus();
    else if (asked.current) askButton.current?.focus();
  }, [confirming]);

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-red-200 bg-white p-6 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Delete this site
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        Takes the site offline and deletes its builds, content and hosting. This cannot be undone.
      </p>
      {confirming ? (
        <form action={action} className="mt-4 rounded-md border border-red-200 bg-red-50 p-4">
          <p className="text-sm text-red-900">
            Delete {title}? Visitors stop seeing it at once, and every build and edit of it is gone.
          </p>
          <label htmlFor={`${id}-confirm`} className="mt-3 block text-sm font-medium text-slate-900">
            Type the site's name, <span className="font-mono font-semibold">{siteId}</span>, to confirm
          </label>
          <input
            ref={field}
            id={`${id}-confirm`}
            name="confirm"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? errorId : undefined}
            className="mt-1 block w-full max-w-sm rounded-md border border-slate-400 bg-white px-2.5 py-1.5 font-mono text-sm"
          />
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="submit" disabled={pending || typed.trim() !== siteId} className={DANGER}>
              {pending ? 'Deleting…' : 'Delete this site'}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => {
                setConfirming(false);
                setTyped('');
              }}
              className={SECONDARY}
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
          className={ASK}
        >
          Delete site…
        </button>
      )}
      <FormFeedback state={state} errorId={errorId} />
    </section>
  );
}
