'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormFeedback } from '@/components/form-feedback.tsx';
import type { FormAction, FormState } from '@/lib/action-state.ts';
import { PRIMARY_BUTTON } from './styles.ts';

export function JoinForm({ token, action }: { token: string; action: FormAction }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="mt-6">
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={`${PRIMARY_BUTTON} w-full`}>
        {pending ? 'Joining…' : 'Join'}
      </button>
      <FormFeedback state={state} errorId="join-error" />
      {state.error ? (
        <p className="mt-4 text-sm">
          <Link href="/" className="font-medium text-brand-700 underline">
            Go to your sites
          </Link>
        </p>
      ) : null}
    </form>
  );
}
