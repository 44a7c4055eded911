// The workspace's billing for pages that show limits where they bite. The API refuses an action over the
// limit with 402 whatever a page shows, so a read that fails leaves the buttons enabled rather than the
// page broken.

import type { PagemagicClient } from '@pagemagic/api/client';
import { type Billing, getBilling } from '@pagemagic/api/contract/billing';
import { isUnauthenticated } from '@/lib/api.ts';

/** The workspace's billing, or undefined when it cannot be read now (a lost session still signs in again). */
export async function readBilling(
  client: PagemagicClient,
  workspaceId: string | undefined,
): Promise<Billing | undefined> {
  if (workspaceId === undefined) return undefined;
  try {
    return await client.call(getBilling, { params: { workspaceId } });
  } catch (error) {
    if (isUnauthenticated(error)) throw error;
    return undefined;
  }
}
