// A workspace's metered usage (contract/usage.ts), read from usage_hourly, which `pagemagic-api meter`
// fills from Prometheus. Any member may read it; someone outside the workspace gets the same 404 as for a
// workspace that does not exist.

import type { FastifyInstance } from 'fastify';
import { getUsage } from '../contract/usage.ts';
import { usageRange, workspaceUsage } from '../metering/usage.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { memberWorkspace } from '../tenancy/context.ts';

export async function usageRoutes(app: FastifyInstance, { services }: { services: Services }) {
  registerRoute(app, getUsage, async (request) => {
    const workspace = await memberWorkspace(services, request, request.params.workspaceId);
    const range = usageRange(request.query, new Date());
    return workspaceUsage(services.db, workspace.id, range, request.query.site);
  });
}
