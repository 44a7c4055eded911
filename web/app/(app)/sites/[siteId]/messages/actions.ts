'use server';

// Marking a message handled (or not) and deleting it. Either may take the message out of the list being
// looked at, and its buttons with it, so both send the page back, on the same filter and page, with a
// note of what was done.

import { ApiClientError } from '@pagemagic/api/client';
import { deleteMessage, updateMessage } from '@pagemagic/api/contract/forms';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { messagesPath, parseFilter } from '@/components/messages/message-words.ts';
import { type FormState, failureMessage } from '@/lib/action-state.ts';
import { serverClient } from '@/lib/api.ts';

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The message and the list it was shown in, as the forms send them. */
function target(form: FormData) {
  return {
    siteId: field(form, 'siteId'),
    messageId: field(form, 'messageId'),
    list: { state: parseFilter(field(form, 'state')), continue: field(form, 'continue') || undefined },
  };
}

/** The counts of new messages show on every tab of the site and on the dashboard. */
function revalidateCounts(siteId: string): void {
  revalidatePath(`/sites/${encodeURIComponent(siteId)}`, 'layout');
  revalidatePath('/');
}

export async function setMessageHandled(_previous: FormState, form: FormData): Promise<FormState> {
  const { siteId, messageId, list } = target(form);
  const handled = field(form, 'handled') === 'true';
  try {
    const client = await serverClient();
    await client.call(updateMessage, { params: { siteId, messageId }, body: { handled } });
  } catch (error) {
    if (error instanceof ApiClientError && error.status === 404) {
      return {
        error:
          'This message is no longer there, so nothing changed. Reload the page to see the messages as they are now.',
      };
    }
    return { error: failureMessage(error, messagesPath(siteId, list)) };
  }
  revalidateCounts(siteId);
  redirect(messagesPath(siteId, { ...list, done: handled ? 'handled' : 'unhandled', message: messageId }));
}

export async function deleteSiteMessage(_previous: FormState, form: FormData): Promise<FormState> {
  const { siteId, messageId, list } = target(form);
  try {
    const client = await serverClient();
    await client.call(deleteMessage, { params: { siteId, messageId } });
  } catch (error) {
    // Already gone (deleted elsewhere a moment ago) is what was asked for.
    if (!(error instanceof ApiClientError && error.status === 404)) {
      return { error: failureMessage(error, messagesPath(siteId, list)) };
    }
  }
  revalidateCounts(siteId);
  redirect(messagesPath(siteId, { ...list, done: 'deleted', message: messageId }));
}
