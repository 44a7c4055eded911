import type { FormState } from '@/lib/action-state.ts';

/**
 * A form's outcome: a refusal as an alert, success in a status region that is always present (a live
 * region added together with its text is not reliably announced).
 */
export function FormFeedback({ state, errorId }: { state: FormState; errorId: string }) {
  return (
    <>
      {state.error ? (
        <p id={errorId} role="alert" className="mt-2 text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
      <p role="status" className="text-sm text-emerald-800 not-empty:mt-2">
        {state.error ? '' : (state.notice ?? '')}
      </p>
    </>
  );
}
