import type { ActionState } from './action-failure.ts';

/**
 * An action's outcome next to the control that started it: a refusal as an alert, success in a status
 * region that is always rendered, because a live region that appears together with its text is often
 * not announced.
 */
export function ActionFeedback({ state, errorId }: { state: ActionState; errorId: string }) {
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
