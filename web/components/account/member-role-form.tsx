'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';
import { ROLE_LABELS, ROLES, type Role } from './roles.ts';
import { SECONDARY_BUTTON } from './styles.ts';

export function MemberRoleForm({
  workspaceId,
  userId,
  who,
  role,
  action,
}: {
  workspaceId: string;
  userId: string;
  /** The member as the page names them, for the control's label. */
  who: string;
  role: Role;
  action: FormAction;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const selectId = `role-${userId}`;
  const errorId = `role-${userId}-error`;
  return (
    <form action={formAction}>
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="text-sm font-medium text-slate-800">
          Role<span className="sr-only"> for {who}</span>
        </label>
        <select
          id={selectId}
          name="role"
          defaultValue={role}
          aria-describedby={state.error ? errorId : undefined}
          className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900"
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className={SECONDARY_BUTTON}>
          {pending ? 'Saving…' : 'Save role'}
          <span className="sr-only"> for {who}</span>
        </button>
      </div>
      <FormFeedback state={state} errorId={errorId} />
    </form>
  );
}
