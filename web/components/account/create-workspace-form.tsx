'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';
import { INPUT, PRIMARY_BUTTON } from './styles.ts';

export function CreateWorkspaceForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="mt-4 max-w-md" noValidate>
      <label htmlFor="workspace-name" className="block text-sm font-medium text-slate-800">
        Workspace name
      </label>
      <div className="flex flex-wrap items-start gap-2">
        <input
          id="workspace-name"
          name="name"
          type="text"
          required
          maxLength={100}
          defaultValue={state.error ? state.value : ''}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? 'workspace-name-error' : undefined}
          className={`${INPUT} min-w-0 flex-1`}
        />
        <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} mt-1`}>
          {pending ? 'Creating…' : 'Create workspace'}
        </button>
      </div>
      <FormFeedback state={state} errorId="workspace-name-error" />
    </form>
  );
}
