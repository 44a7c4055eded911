// The business's name as a site's content gives it, read once per request however many layouts and pages
// show it; none while the content is still being written.

import { getSiteContent } from '@pagemagic/api/contract/sites';
import { cache } from 'react';
import { serverClient } from './api.ts';

export const businessName = cache(async (siteId: string): Promise<string | undefined> => {
  try {
    const client = await serverClient();
    return (await client.call(getSiteContent, { params: { siteId } })).document.name;
  } catch {
    // No content yet (or none readable): callers fall back to the site's name, which is always there.
    return undefined;
  }
});
