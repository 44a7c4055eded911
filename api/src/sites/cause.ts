// Who changed a site and how, as the API records it on the Website, content revision and Build it writes
// (annotations from @pagemagic/crds/content), so the history and the activity feed can say so.

import type { ChangeCause, SiteChange } from '@pagemagic/crds';
import type { FastifyRequest } from 'fastify';

/** The change a request makes, by the person signed in. */
export function causeOf(request: FastifyRequest, change: SiteChange): ChangeCause {
  const by = request.principal?.userId;
  return { change, ...(by ? { by } : {}) };
}
