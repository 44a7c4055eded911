// Builds: read-only views of the Build CRs the operator makes for each content revision, in the caller's
// workspace namespace only.

import { type Build, buildsNewestFirst } from '@pagemagic/crds';
import type { FastifyInstance } from 'fastify';
import { getBuild, listSiteBuilds } from '../contract/builds.ts';
import { ApiError } from '../errors.ts';
import { previewUrlFor } from '../previews/links.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { toBuild } from '../sites/mapping.ts';
import { getWebsite, listBuilds, getBuild as readBuild } from '../sites/store.ts';
import { workspaceFor } from '../tenancy/context.ts';

/** Only a Build that succeeded has files to show. */
async function previewOf(services: Services, namespace: string, build: Build): Promise<string | undefined> {
  if (build.status?.phase !== 'Succeeded' || !build.metadata?.name) return undefined;
  return previewUrlFor(services.config, namespace, build.metadata.name);
}

export async function buildRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const kube = services.kubeClient;

  registerRoute(app, listSiteBuilds, async (request) => {
    const workspace = await workspaceFor(services, request);
    const site = request.params.siteId;
    const website = await getWebsite(kube, workspace.namespace, site);
    const builds = buildsNewestFirst(await listBuilds(kube, workspace.namespace, site));
    return {
      items: await Promise.all(
        builds.map(async (build) =>
          toBuild(build, website.status?.liveBuild, await previewOf(services, workspace.namespace, build)),
        ),
      ),
    };
  });

  registerRoute(app, getBuild, async (request) => {
    const workspace = await workspaceFor(services, request);
    const build = await readBuild(kube, workspace.namespace, request.params.buildId);
    // A Build outlives its Website for a moment while garbage collection catches up; it is not live then.
    const website = await getWebsite(kube, workspace.namespace, build.spec.website).catch((error) => {
      if (error instanceof ApiError && error.code === 'not_found') return undefined;
      throw error;
    });
    return toBuild(build, website?.status?.liveBuild, await previewOf(services, workspace.namespace, build));
  });
}
