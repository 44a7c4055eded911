'use server';

// Adding and removing a site's own host names. Adding answers with the TXT record to publish (the page
// lists it); removing sends the page back with a note of what was removed, since its row is gone.

import { ApiClientError } from '@pagemagic/api/client';
import { addDomain, removeDomain } from '@pagemagic/api/contract/domains';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { hostFromInput } from '@/components/domains/domain-words.ts';
import { type FormState, failureMessage } from '@/lib/action-state.ts';
import { serverClient } from '@/lib/api.ts';

export interface AddDomainState extends FormState {
  /** What was typed, so a refused host stays in the field to be corrected. */
  host?: string;
}

const domainsPath = (siteId: string) => `/sites/${encodeURIComponent(siteId)}/domains`;

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export async function addSiteDomain(_previous: AddDomainState, form: FormData): Promise<AddDomainState> {
  const siteId = field(form, 'siteId');
  const typed = field(form, 'host');
  const host = hostFromInput(typed);
  if (host === '') {
    return { host: typed, error: 'Enter the host name to use, such as www.example.com.' };
  }
  if (host.length < 4 || host.length > 253) {
    return {
      host: typed,
      error: `${host} is not a full host name: it needs 4 to 253 characters, such as www.example.com. Check it and try again.`,
    };
  }
  try {
    const client = await serverClient();
    const domain = await client.call(addDomain, { params: { siteId }, body: { host } });
    revalidatePath(domainsPath(siteId));
    return {
      host: '',
      notice: `${domain.host} was added. Publish the TXT record listed with it to prove you own it.`,
    };
  } catch (error) {
    return { host: typed, error: failureMessage(error, domainsPath(siteId)) };
  }
}

export async function removeSiteDomain(_previous: FormState, form: FormData): Promise<FormState> {
  const siteId = field(form, 'siteId');
  const host = field(form, 'host');
  try {
    const client = await serverClient();
    await client.call(removeDomain, { params: { host } });
  } catch (error) {
    // Already gone (removed elsewhere a moment ago) is what was asked for.
    if (!(error instanceof ApiClientError && error.status === 404)) {
      return { error: failureMessage(error, domainsPath(siteId)) };
    }
  }
  revalidatePath(domainsPath(siteId));
  redirect(`${domainsPath(siteId)}?removed=${encodeURIComponent(host)}`);
}
