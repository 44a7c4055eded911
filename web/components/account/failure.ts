// What a server action tells the person when the API call behind it did not go through. The API writes
// its refusals for people (what was wrong, what to do), so those are shown as they are; a lost session
// goes back through sign-in; anything else is a bug and fails loudly.

import { ApiClientError } from '@pagemagic/api/client';
import { redirect } from 'next/navigation';
import { isUnauthenticated } from '@/lib/api.ts';

export const UNREACHABLE =
  'Page Magic could not be reached. Check your connection and try again in a moment.';

export function failureMessage(error: unknown, returnTo: string): string {
  if (isUnauthenticated(error)) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (error instanceof ApiClientError) return error.message;
  // fetch reports a refused or dropped connection as a TypeError.
  if (error instanceof TypeError) return UNREACHABLE;
  throw error;
}
