// Custom domains: a host of the customer's own for one of their sites, as a Domain CR in the workspace
// namespace. The answer to adding one is the DNS TXT record to publish; the operator verifies it, claims
// the host cluster-wide, gets a certificate and routes it.

import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { requireDomainRoom } from '../billing/limits.ts';
import { addDomain, getDomain, listDomains, removeDomain } from '../contract/domains.ts';
import {
  createDomain,
  deleteDomain,
  normaliseCustomHost,
  getDomain as readDomain,
  listDomains as readDomains,
  toDomainView,
} from '../domains/store.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { getWebsite } from '../sites/store.ts';
import { requireRole, workspaceFor } from '../tenancy/context.ts';

export async function domainRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const kube = services.kubeClient;
  const { config } = services;
  // Hosts under these belong to the platform: its sites' base domain and the API's and web app's own hosts.
  const platformDomains = [
    config.siteBaseDomain,
    new URL(config.publicUrl).hostname,
    new URL(config.webUrl).hostname,
  ].map((host) => host.toLowerCase());
  const hostFrom = (raw: string, from: 'body' | 'params' = 'params') =>
    normaliseCustomHost(raw, platformDomains, from);

  registerRoute(app, addDomain, async (request, reply) => {
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'adding a domain');
    const host = hostFrom(request.body.host, 'body');
    await getWebsite(kube, workspace.namespace, request.params.siteId);
    await requireDomainRoom(services.db, kube, workspace, host);
    const domain = await createDomain(kube, workspace, request.params.siteId, host);
    await audit(services.db, request, {
      action: 'domain.add',
      workspaceId: workspace.id,
      target: `domain/${host}`,
      details: { site: request.params.siteId },
    });
    return reply.code(201).send(toDomainView(domain));
  });

  registerRoute(app, listDomains, async (request) => {
    const workspace = await workspaceFor(services, request);
    const site = request.query.siteId;
    const domains = await readDomains(kube, workspace.namespace);
    return {
      items: domains
        .filter((domain) => site === undefined || domain.spec.website === site)
        .sort((a, b) => a.spec.hostname.localeCompare(b.spec.hostname))
        .map(toDomainView),
    };
  });

  registerRoute(app, getDomain, async (request) => {
    const workspace = await workspaceFor(services, request);
    return toDomainView(await readDomain(kube, workspace.namespace, hostFrom(request.params.host)));
  });

  registerRoute(app, removeDomain, async (request, reply) => {
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'removing a domain');
    const host = hostFrom(request.params.host);
    await deleteDomain(kube, workspace.namespace, host);
    await audit(services.db, request, {
      action: 'domain.remove',
      workspaceId: workspace.id,
      target: `domain/${host}`,
    });
    return reply.code(204).send();
  });
}
