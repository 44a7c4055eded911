'use client';

import { type ReactNode, useActionState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';

/**
 * A button that sends the person to a Stripe page (Checkout to upgrade, the Billing Portal to manage). For
 * someone who may not use it, it stays visible but disabled, described by the paragraph that says why.
 */
export function BillingButton({
  action,
  fields,
  label,
  pendingLabel,
  id,
  disabledBy,
  primary = false,
}: {
  action: FormAction;
  fields: Record<string, string>;
  label: ReactNode;
  pendingLabel: string;
  /** Unique on the page: names the error message. */
  id: string;
  /** The id of the element that says why the button is disabled; unset while it may be used. */
  disabledBy?: string;
  primary?: boolean;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const errorId = `${id}-error`;
  const describedBy = [disabledBy, state.error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending || disabledBy !== undefined}
        aria-describedby={describedBy}
        className={
          primary
            ? 'rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-500'
            : 'rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:text-slate-600'
        }
      >
        {pending ? pendingLabel : label}
      </button>
      <FormFeedback state={state} errorId={errorId} />
    </form>
  );
}
