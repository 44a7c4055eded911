'use server';

import { ApiClientError } from '@pagemagic/api/client';
import { regenerateSite } from '@pagemagic/api/contract/regenerate';
import { deleteSite } from '@pagemagic/api/contract/sites';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { type FormState, failureMessage } from '@/lib/action-state.ts';
import { serverClient } from '@/lib/api.ts';

export interface RetryState {
  error?: string;
  retried?: boolean;
}

/** Writes the whole site again from its description: the way out of a failed generation or build. */
export async function retrySite(siteId: string, _previous: RetryState): Promise<RetryState> {
  try {
    const client = await serverClient();
    await client.call(regenerateSite, { params: { siteId }, body: {} });
  } catch (error) {
    if (error instanceof ApiClientError) return { error: error.message };
    return { error: 'Page Magic could not be reached; nothing changed. Try again in a moment.' };
  }
  revalidatePath(`/sites/${siteId}`);
  return { retried: true };
}

/**
 * Deletes the site once the name typed matches it (the form asks for that too; a form is only a suggestion
 * to a browser), then goes back to the sites with a note of which one is going.
 */
export async function deleteSiteAction(
  siteId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const typed = String(form.get('confirm') ?? '').trim();
  if (typed !== siteId) {
    return {
      value: typed,
      error: `To delete this site, type its name, ${siteId}, exactly as shown. Nothing was deleted.`,
    };
  }
  try {
    const client = await serverClient();
    await client.call(deleteSite, { params: { siteId } });
  } catch (error) {
    // Already gone (deleted elsewhere a moment ago) is what was asked for.
    if (!(error instanceof ApiClientError && error.status === 404)) {
      return { value: typed, error: failureMessage(error, `/sites/${encodeURIComponent(siteId)}`) };
    }
  }
  revalidatePath('/');
  redirect(`/?deleted=${encodeURIComponent(siteId)}`);
}
