// What a server action answers, and what it tells the person when the API call behind it did not go
// through. The API words its refusals for people (what was wrong, what to do), so those are shown as they
// are; a lost session goes back through sign-in and returns to the page; anything else is a bug and fails
// loudly rather than being dressed up as a message.

import { ApiClientError } from '@pagemagic/api/client';
import { redirect } from 'next/navigation';
import { isUnauthenticated } from './api.ts';

/** A refusal to show, or what happened; `value` refills the field that was sent. */
export interface FormState {
  error?: string;
  notice?: string;
  value?: string;
}

/** A server action as `useActionState` calls it. */
export type FormAction = (previous: FormState, form: FormData) => Promise<FormState>;

export const UNREACHABLE =
  'Page Magic could not be reached, so nothing changed. Check your connection and try again in a moment.';

export function failureMessage(error: unknown, returnTo: string): string {
  if (isUnauthenticated(error)) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (error instanceof ApiClientError) return error.message;
  // fetch reports a refused or dropped connection as a TypeError.
  if (error instanceof TypeError) return UNREACHABLE;
  throw error;
}
