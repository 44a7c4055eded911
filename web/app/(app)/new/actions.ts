'use server';

import { ApiClientError } from '@pagemagic/api/client';
import { createSite } from '@pagemagic/api/contract/sites';
import { redirect } from 'next/navigation';
import { serverClient } from '@/lib/api.ts';
import { LOCALE_CHOICES } from './locales.ts';

export interface CreateSiteState {
  prompt?: string;
  locales?: string[];
  error?: string;
  /** The API refused for the plan's limit (402): the error comes with the way to the Billing page. */
  planLimit?: boolean;
}

const KNOWN_LOCALES = new Set<string>(LOCALE_CHOICES.map((choice) => choice.tag));

export async function createSiteFromPrompt(
  _previous: CreateSiteState,
  form: FormData,
): Promise<CreateSiteState> {
  const prompt = String(form.get('prompt') ?? '').trim();
  const chosen = form
    .getAll('locales')
    .map(String)
    .filter((tag) => KNOWN_LOCALES.has(tag));
  // None chosen: the site is written in the language of the description.
  const locales = chosen.length > 0 ? chosen : undefined;
  if (prompt.length < 10) {
    return {
      prompt,
      locales,
      error: 'Tell us a little more: a sentence about what the business does and where.',
    };
  }
  if (prompt.length > 4000) {
    return {
      prompt,
      locales,
      error: `That is ${prompt.length} characters; keep the description under 4,000.`,
    };
  }
  let siteId: string;
  try {
    const client = await serverClient();
    siteId = (await client.call(createSite, { body: { prompt, ...(locales ? { locales } : {}) } })).id;
  } catch (error) {
    const message =
      error instanceof ApiClientError
        ? error.message
        : 'Page Magic could not be reached, so nothing was created. Try again in a moment.';
    const planLimit = error instanceof ApiClientError && error.status === 402;
    return { prompt, locales, error: message, ...(planLimit ? { planLimit } : {}) };
  }
  redirect(`/sites/${siteId}`);
}
