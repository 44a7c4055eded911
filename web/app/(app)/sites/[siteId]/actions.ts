'use server';

import { ApiClientError } from '@pagemagic/api/client';
import { regenerateSite } from '@pagemagic/api/contract/regenerate';
import { revalidatePath } from 'next/cache';
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
