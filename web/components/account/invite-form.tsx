'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';
import { ROLE_LABELS, ROLES } from './roles.ts';
import { INPUT, PRIMARY_BUTTON } from './styles.ts';

export function InviteForm({ workspaceId, action }: { workspaceId: string; action: FormAction }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form
      action={formAction}
      className="mt-4 grid gap-4 sm:grid-cols-[1fr_auto_auto] sm:items-end"
      noValidate
    >
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <div>
        <label htmlFor="invite-email" className="block text-sm font-medium text-slate-800">
          Email address
        </label>
        <input
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={state.error ? state.value : ''}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? 'invite-error' : undefined}
          className={INPUT}
        />
      </div>
      <div>
        <label htmlFor="invite-role" className="block text-sm font-medium text-slate-800">
          Role
        </label>
        <select
          id="invite-role"
          name="role"
          defaultValue="editor"
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? 'Sending…' : 'Send invitation'}
      </button>
      <div className="sm:col-span-3">
        <FormFeedback state={state} errorId="invite-error" />
      </div>
    </form>
  );
}
