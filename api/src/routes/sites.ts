// Sites: every action is a change to a Website CR in the caller's workspace namespace, which the operator
// turns into content, Builds and hosting. The API answers as soon as the change is accepted (202 for
// changes the operator still has to carry out); the Site's status says how far it has got.

import { OFFLINE_LANGUAGES, offlineWrites } from '@pagemagic/operator/site';
import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { withGeneration } from '../billing/generations.ts';
import { requireWebsiteRoom } from '../billing/limits.ts';
import {
  createSite,
  deleteSite,
  getSite,
  getSiteContent,
  listSites,
  publishSite,
  putSiteContent,
  rollbackSite,
  unpinSite,
} from '../contract/sites.ts';
import { ApiError } from '../errors.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { causeOf } from '../sites/cause.ts';
import { checkSiteDocument, readContentRevision, storeContentRevision } from '../sites/content.ts';
import {
  currentContentRevision,
  latestSucceeded,
  pinToRemove,
  rollbackTarget,
  toSite,
} from '../sites/mapping.ts';
import { placeholderWarnings } from '../sites/placeholders.ts';
import {
  createWebsite,
  deleteWebsite,
  getSiteBuild,
  getWebsite,
  listBuilds,
  listWebsites,
  patchWebsite,
} from '../sites/store.ts';
import { requireRole, workspaceFor } from '../tenancy/context.ts';

const target = (site: string) => `website/${site}`;

/**
 * Without a model the offline draft writer writes the site, and it writes only a few languages: a site in
 * another one would get copy in the wrong language under the right `lang`, so it is refused up front.
 */
function refuseOfflineLocales(locales: readonly string[]): void {
  const unwritable = locales.filter((locale) => !offlineWrites(locale));
  if (unwritable.length === 0) return;
  throw new ApiError(
    'bad_request',
    `Without an AI model this installation writes sites in ${OFFLINE_LANGUAGES.join(', ')} only; ${unwritable.map((l) => `"${l}"`).join(', ')} cannot be written. Choose locales from that list, or ask the operator of this installation to configure a model (PAGEMAGIC_AI_API_KEY)`,
    { field: 'locales', supported: [...OFFLINE_LANGUAGES] },
  );
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * "xx" and "qq-ZZ" are well-formed tags of no language: a site in one would spend a site of the quota and
 * be written in nothing anybody reads, so they are refused before anything is created.
 */
function refuseUnknownLanguages(locales: readonly string[]): void {
  const unknown = locales.filter((locale) => {
    try {
      return LANGUAGE_NAMES.of(new Intl.Locale(locale).language) === undefined;
    } catch {
      return true;
    }
  });
  if (unknown.length === 0) return;
  throw new ApiError(
    'bad_request',
    `${unknown.map((l) => `"${l}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a known language. Give BCP 47 language tags such as "en", "pt-PT" or "de"`,
    { field: 'locales' },
  );
}

export async function siteRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const kube = services.kubeClient;
  const picked = { pickupGraceMs: services.config.pickupGraceMs };

  registerRoute(app, createSite, async (request, reply) => {
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'creating a site');
    refuseUnknownLanguages(request.body.locales ?? []);
    if (!services.config.siteAi) refuseOfflineLocales(request.body.locales ?? []);
    // A new site is the plan's next site and the month's next AI generation: both are checked first.
    await requireWebsiteRoom(services.db, kube, workspace);
    const website = await withGeneration(
      services,
      { workspace, site: request.body.name ?? '', kind: 'generate', userId: request.principal?.userId },
      () => createWebsite(kube, workspace, request.body, request.principal?.userId),
      (created) => created.metadata.name ?? '',
    );
    const name = website.metadata.name ?? '';
    await audit(services.db, request, {
      action: 'site.create',
      workspaceId: workspace.id,
      target: target(name),
      details: { generatedName: request.body.name === undefined },
    });
    return reply.code(201).send(toSite(website, picked));
  });

  registerRoute(app, listSites, async (request) => {
    const workspace = await workspaceFor(services, request);
    const page = await listWebsites(kube, workspace.namespace, {
      limit: request.query.limit ?? 20,
      continue: request.query.continue,
    });
    return {
      items: page.items.map((website) => toSite(website, picked)),
      ...(page.continue ? { continue: page.continue } : {}),
    };
  });

  registerRoute(app, getSite, async (request) => {
    const workspace = await workspaceFor(services, request);
    return toSite(await getWebsite(kube, workspace.namespace, request.params.siteId), picked);
  });

  registerRoute(app, getSiteContent, async (request) => {
    const workspace = await workspaceFor(services, request);
    const site = request.params.siteId;
    const website = await getWebsite(kube, workspace.namespace, site);
    const revision = currentContentRevision(website);
    if (!revision) {
      throw new ApiError(
        'conflict',
        `Site ${site} has no content yet: it is still being written; try again when its phase is building or later`,
      );
    }
    return { revision, document: await readContentRevision(kube, workspace.namespace, site, revision) };
  });

  registerRoute(app, putSiteContent, async (request, reply) => {
    // Validated before anything else, so an invalid document writes nothing at all.
    const document = checkSiteDocument(request.body.document);
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'editing a site');
    const site = request.params.siteId;
    const website = await getWebsite(kube, workspace.namespace, site);
    const current = currentContentRevision(website);
    const base = request.body.baseRevision;
    if (base !== undefined && base !== current) {
      throw new ApiError(
        'conflict',
        `Site ${site} was edited since you read it (your edit started from ${base}, the content is now ${current ?? 'being written'}); read the content again and reapply your edit`,
        { baseRevision: base, currentRevision: current ?? null },
      );
    }
    const cause = causeOf(request, 'edit');
    const revision = await storeContentRevision(kube, website, document, cause);
    const unpinned = pinToRemove(website, request.body.keepPin);
    const patched = await patchWebsite(
      kube,
      website,
      { content: { configMapRef: { name: revision }, inline: null }, ...(unpinned ? { release: null } : {}) },
      'saving content',
      cause,
    );
    await audit(services.db, request, {
      action: 'site.content.update',
      workspaceId: workspace.id,
      target: target(site),
      details: { revision, previous: current ?? null, ...(unpinned ? { unpinned } : {}) },
    });
    return reply.code(202).send({ ...toSite(patched, picked), revision, ...(unpinned ? { unpinned } : {}) });
  });

  registerRoute(app, publishSite, async (request, reply) => {
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'publishing a site');
    const site = request.params.siteId;
    const website = await getWebsite(kube, workspace.namespace, site);
    const chosen = request.body.build;
    const build = chosen
      ? await getSiteBuild(kube, workspace.namespace, site, chosen)
      : latestSucceeded(await listBuilds(kube, workspace.namespace, site));
    if (!build) {
      throw new ApiError(
        'conflict',
        `Site ${site} has no Build that succeeded yet; wait until its phase is deploying or ready, then publish`,
      );
    }
    const name = build.metadata.name ?? '';
    if (build.status?.phase !== 'Succeeded' || !build.status.image) {
      throw new ApiError(
        'conflict',
        `Build ${name} is ${build.status?.phase ?? 'Pending'}; only a Build that succeeded can be published. Wait for it, or choose another from the site's history`,
      );
    }
    const patched = await patchWebsite(
      kube,
      website,
      { release: { build: name } },
      'publishing',
      causeOf(request, 'publish'),
    );
    await audit(services.db, request, {
      action: 'site.publish',
      workspaceId: workspace.id,
      target: target(site),
      details: { build: name, previous: website.status?.liveBuild ?? null },
    });
    const published = await readContentRevision(kube, workspace.namespace, site, build.spec.contentRevision);
    return reply.code(202).send({ ...toSite(patched, picked), placeholders: placeholderWarnings(published) });
  });

  registerRoute(app, unpinSite, async (request, reply) => {
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'unpinning a site');
    const site = request.params.siteId;
    const website = await getWebsite(kube, workspace.namespace, site);
    const unpinned = pinToRemove(website, false);
    // Nothing pinned is already what was asked for: answer the site as it is, write nothing.
    if (!unpinned) return reply.code(202).send(toSite(website, picked));
    const patched = await patchWebsite(
      kube,
      website,
      { release: null },
      'unpinning it',
      causeOf(request, 'unpin'),
    );
    await audit(services.db, request, {
      action: 'site.unpin',
      workspaceId: workspace.id,
      target: target(site),
      details: { build: unpinned },
    });
    return reply.code(202).send({ ...toSite(patched, picked), unpinned });
  });

  registerRoute(app, rollbackSite, async (request, reply) => {
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'rolling a site back');
    const site = request.params.siteId;
    const website = await getWebsite(kube, workspace.namespace, site);
    const live = website.status?.liveBuild;
    const previous = rollbackTarget(await listBuilds(kube, workspace.namespace, site), live);
    if (!previous) {
      throw new ApiError(
        'conflict',
        live
          ? `Site ${site} has no succeeded Build older than the live one (${live}) to roll back to; publish a specific Build instead`
          : `Site ${site} has no live Build yet, so there is nothing to roll back from`,
      );
    }
    const name = previous.metadata.name ?? '';
    const patched = await patchWebsite(
      kube,
      website,
      { release: { build: name } },
      'rolling back',
      causeOf(request, 'rollback'),
    );
    await audit(services.db, request, {
      action: 'site.rollback',
      workspaceId: workspace.id,
      target: target(site),
      details: { build: name, previous: live ?? null },
    });
    return reply.code(202).send(toSite(patched, picked));
  });

  registerRoute(app, deleteSite, async (request, reply) => {
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'deleting a site');
    const site = request.params.siteId;
    await deleteWebsite(kube, workspace.namespace, site);
    await audit(services.db, request, {
      action: 'site.delete',
      workspaceId: workspace.id,
      target: target(site),
    });
    return reply.code(202).send({ id: site, status: 'deleting' as const });
  });
}
