// How many of a site's messages wait for an answer, for the site's tab and the dashboard's card. The count
// only points to the Messages tab, which says itself what went wrong, so no page fails over it.

import { ApiClientError, type PagemagicClient } from '@pagemagic/api/client';
import { listMessages } from '@pagemagic/api/contract/forms';

/** The count of messages not handled yet; undefined when the API refused to say. */
export async function unhandledCount(client: PagemagicClient, siteId: string): Promise<number | undefined> {
  try {
    const page = await client.call(listMessages, {
      params: { siteId },
      query: { state: 'unhandled', limit: 1 },
    });
    return page.unhandled;
  } catch (error) {
    if (error instanceof ApiClientError) return undefined;
    throw error;
  }
}
