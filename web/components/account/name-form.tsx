'use client';

import { useActionState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';
import { INPUT, PRIMARY_BUTTON } from './styles.ts';

export function NameForm({ name, action }: { name: string | null; action: FormAction }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="mt-4 max-w-md" noValidate>
      <label htmlFor="profile-name" className="block text-sm font-medium text-slate-800">
        Your name
      </label>
      <div className="flex flex-wrap items-start gap-2">
        <input
          id="profile-name"
          name="name"
          type="text"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={state.value ?? name ?? ''}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? 'profile-name-error' : undefined}
          className={`${INPUT} min-w-0 flex-1`}
        />
        <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} mt-1`}>
          {pending ? 'Saving…' : 'Save name'}
        </button>
      </div>
      <FormFeedback state={state} errorId="profile-name-error" />
    </form>
  );
}
