'use client';

// One release action as a form: publish the newest build, publish a chosen one, or roll back. The outcome
// is announced next to the button that asked for it.

import { type ReactNode, useActionState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormState } from '@/lib/action-state.ts';

type ReleaseAction = (previous: FormState, form: FormData) => Promise<FormState>;

export function ReleaseForm({
  action,
  siteId,
  build,
  idBase,
  pendingText,
  children,
  variant = 'primary',
}: {
  action: ReleaseAction;
  siteId: string;
  /** The Build to publish, and how it is named in the answer ("build from …"). */
  build?: { id: string; label: string };
  /** Unique on the page: ties the error to its button. */
  idBase: string;
  pendingText: string;
  /** The button's text, which may carry a visually hidden part naming the build. */
  children: ReactNode;
  variant?: 'primary' | 'secondary';
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const errorId = `${idBase}-error`;
  const look =
    variant === 'primary'
      ? 'bg-brand-700 text-white hover:bg-brand-800'
      : 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100';
  return (
    <form action={formAction}>
      <input type="hidden" name="siteId" value={siteId} />
      {build ? (
        <>
          <input type="hidden" name="build" value={build.id} />
          <input type="hidden" name="label" value={build.label} />
        </>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        aria-describedby={state.error ? errorId : undefined}
        className={`rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-70 ${look}`}
      >
        {pending ? pendingText : children}
      </button>
      <FormFeedback state={state} errorId={errorId} />
    </form>
  );
}
