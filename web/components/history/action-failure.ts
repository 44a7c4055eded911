// What a server action shows when the API call behind it did not go through. The API words its refusals
// for people (what was wrong, what to do), so they are shown as they are; a lost session goes back through
// sign-in and returns to the page; anything else is a bug and is not dressed up as a message.

import { ApiClientError } from '@pagemagic/api/client';
import { redirect } from 'next/navigation';
import { isUnauthenticated } from '@/lib/api.ts';

export const UNREACHABLE =
  'Page Magic could not be reached, so nothing changed. Check your connection and try again in a moment.';

export interface ActionState {
  error?: string;
  notice?: string;
}

export function actionFailure(error: unknown, returnTo: string): string {
  if (isUnauthenticated(error)) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (error instanceof ApiClientError) return error.message;
  // fetch reports a refused or dropped connection as a TypeError.
  if (error instanceof TypeError) return UNREACHABLE;
  throw error;
}
