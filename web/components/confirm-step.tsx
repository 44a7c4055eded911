'use client';

// The one way the app asks before something that cannot be taken back (deleting a site, removing a
// member or a domain): a first button only asks; the question then holds the form that does it. Keyboard
// and screen-reader users land on the question they raised (its field, or its confirm button) and back on
// the button that raised it when they cancel. A form that must be typed to confirm stays disabled until
// the text matches.

import { type ReactNode, useActionState, useEffect, useId, useRef, useState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';

const DANGER =
  'rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-70';
const SECONDARY =
  'rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-70';

export interface ConfirmStepProps {
  action: FormAction;
  /** Sent with the form as hidden fields. */
  fields?: Record<string, string>;
  /** The first button. */
  ask: ReactNode;
  askClassName?: string;
  question: ReactNode;
  confirm: ReactNode;
  /** What the confirm button says while the action runs. */
  pending: ReactNode;
  /** Asks for `expected` to be typed (into a field named `confirm`) before the confirm button works. */
  typeToConfirm?: { label: ReactNode; expected: string };
}

export function ConfirmStep({
  action,
  fields = {},
  ask,
  askClassName = SECONDARY,
  question,
  confirm,
  pending: pendingLabel,
  typeToConfirm,
}: ConfirmStepProps) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const id = useId();
  const errorId = `${id}-error`;

  useEffect(() => {
    if (confirming) (field.current ?? confirmButton.current)?.focus();
    else if (asked.current) askButton.current?.focus();
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
    setTyped('');
  };
  const describedBy = state.error ? errorId : undefined;

  return (
    <div>
      {confirming ? (
        <form action={formAction} className="rounded-md border border-red-200 bg-red-50 p-3">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p className="text-sm text-red-900">{question}</p>
          {typeToConfirm && (
            <>
              <label htmlFor={`${id}-confirm`} className="mt-3 block text-sm font-medium text-slate-900">
                {typeToConfirm.label}
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
                aria-describedby={describedBy}
                className="mt-1 block w-full max-w-sm rounded-md border border-slate-400 bg-white px-2.5 py-1.5 font-mono text-sm"
              />
            </>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              ref={confirmButton}
              type="submit"
              disabled={pending || (typeToConfirm !== undefined && typed.trim() !== typeToConfirm.expected)}
              aria-describedby={typeToConfirm ? undefined : describedBy}
              className={DANGER}
            >
              {pending ? pendingLabel : confirm}
            </button>
            <button type="button" disabled={pending} onClick={cancel} className={SECONDARY}>
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
          className={askClassName}
        >
          {ask}
        </button>
      )}
      <FormFeedback state={state} errorId={errorId} />
    </div>
  );
}
