// Websites and Builds in one workspace namespace, through the API's KubeClient (field manager
// `pagemagic-api`). The namespace is always the caller's workspace's: an object in any other namespace is
// simply not found, so another tenant's site id answers exactly as a made-up one does.

import { randomBytes } from 'node:crypto';
import type { Build, Website } from '@pagemagic/crds';
import {
  ANNOTATION_CHANGE,
  ANNOTATION_CHANGED_BY,
  BUILDS,
  type ChangeCause,
  causeAnnotations,
  WEBSITES,
} from '@pagemagic/crds';
import { LABEL_WEBSITE } from '@pagemagic/crds/content';
import {
  apiStatusCode,
  isAlreadyExists,
  isConflict,
  isGone,
  isNotFound,
  type KubeClient,
} from '@pagemagic/operator/runtime';
import { ApiError } from '../errors.ts';
import type { WorkspaceContext } from '../tenancy/context.ts';
import { type NewSite, newWebsite, slugFromPrompt, withSuffix } from './mapping.ts';
import { isQuotaExceeded, isQuotaPending, quotaExceeded, WEBSITE_QUOTA } from './quota.ts';

// Longer than the 30 s for which quota admission keeps a quota it looked up live before it was counted.
const QUOTA_PENDING_WAIT_MS = 35_000;
const BUSY_RETRIES = 6;

/**
 * One call to the API server, retried a few times when it says it is busy: 429 while it rebuilds a
 * resource's cache (after a CRD update) or sheds load. Still busy after that, the caller gets a 503 to
 * retry rather than a 500.
 */
export async function kubeCall<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const code = apiStatusCode(error);
      if (error instanceof ApiError || (code !== 429 && code !== 503)) throw error;
      if (attempt >= BUSY_RETRIES) {
        throw new ApiError('unavailable', 'The cluster is busy right now; try again in a few seconds');
      }
      const after = Number((error as { headers?: Record<string, string> }).headers?.['retry-after']);
      const seconds =
        Number.isFinite(after) && after > 0 ? Math.min(after, 2) : Math.min(0.25 * 2 ** attempt, 2);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}

function siteNotFound(site: string): ApiError {
  return new ApiError(
    'not_found',
    `Site ${site} was not found in this workspace; check its id, or list your sites`,
    { hint: 'GET /api/v1/sites lists them' },
  );
}

function buildNotFound(build: string): ApiError {
  return new ApiError(
    'not_found',
    `Build ${build} was not found in this workspace; check its id in the site's history`,
    { hint: "GET /api/v1/sites/<siteId>/builds lists a site's builds" },
  );
}

/** A refusal of the API server that a person can act on, as the API's error; anything else is rethrown. */
function invalid(error: unknown): ApiError | undefined {
  if (apiStatusCode(error) !== 422) return undefined;
  const message = (error as { body?: { message?: string } }).body?.message ?? String(error);
  return new ApiError('validation_failed', `The cluster refused the site: ${message}`, { issues: [] });
}

export async function getWebsite(kube: KubeClient, namespace: string, site: string): Promise<Website> {
  try {
    return await kubeCall(() => kube.get<Website>(WEBSITES, namespace, site));
  } catch (error) {
    if (isNotFound(error)) throw siteNotFound(site);
    throw error;
  }
}

export async function listWebsites(
  kube: KubeClient,
  namespace: string,
  page: { limit: number; continue?: string },
): Promise<{ items: Website[]; continue?: string }> {
  try {
    const list = await kubeCall(() =>
      kube.listPage<Website>(WEBSITES, { namespace, limit: page.limit, continue: page.continue }),
    );
    return { items: list.items, ...(list.metadata.continue ? { continue: list.metadata.continue } : {}) };
  } catch (error) {
    if (isGone(error)) {
      throw new ApiError('gone', 'This page of the list has expired; list again from the first page');
    }
    if (page.continue !== undefined && apiStatusCode(error) === 400) {
      throw new ApiError(
        'bad_request',
        'The continue token is not valid; pass the one the previous page returned, or leave it out',
      );
    }
    throw error;
  }
}

function nameTaken(name: string): ApiError {
  return new ApiError(
    'conflict',
    `A site named ${name} already exists in this workspace; choose another name, or leave name out to have one made from the prompt`,
  );
}

async function websiteExists(kube: KubeClient, namespace: string, name: string): Promise<boolean> {
  try {
    await kubeCall(() => kube.get<Website>(WEBSITES, namespace, name));
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

async function createOnce(kube: KubeClient, website: Website): Promise<Website> {
  const deadline = Date.now() + QUOTA_PENDING_WAIT_MS;
  for (;;) {
    try {
      return await kubeCall(() => kube.create(WEBSITES, website));
    } catch (error) {
      if (!isQuotaPending(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Creates the Website. A chosen name that is taken is a conflict; a name made from the prompt gets a
 * random suffix until it is free.
 */
export async function createWebsite(
  kube: KubeClient,
  workspace: WorkspaceContext,
  input: NewSite & { name?: string },
  createdBy?: string,
): Promise<Website> {
  const base = input.name ?? slugFromPrompt(input.prompt);
  for (let attempt = 0; attempt < 6; attempt++) {
    const name = attempt === 0 ? base : withSuffix(base, randomBytes(3).toString('hex').slice(0, 5));
    // The quota is charged before the API server finds a name taken, and given back only when the quota
    // controller next recounts: a create that collides would hold a slot of the plan for a while.
    if (await websiteExists(kube, workspace.namespace, name)) {
      if (input.name !== undefined) throw nameTaken(name);
      continue;
    }
    try {
      const website = newWebsite(workspace.namespace, name, input);
      website.metadata.annotations = causeAnnotations({
        change: 'create',
        ...(createdBy ? { by: createdBy } : {}),
      });
      return await createOnce(kube, website);
    } catch (error) {
      if (isQuotaExceeded(error)) throw quotaExceeded(workspace.plan, WEBSITE_QUOTA);
      if (isQuotaPending(error)) {
        throw new ApiError('unavailable', 'This workspace is still being set up; try again in a few seconds');
      }
      const refused = invalid(error);
      if (refused) throw refused;
      if (!isAlreadyExists(error)) throw error;
      if (input.name !== undefined) throw nameTaken(name);
    }
  }
  throw new ApiError('conflict', `Could not find a free name near ${base}; choose a name yourself`);
}

/**
 * A merge patch of the Website that applies only to the spec the caller read: anyone else's spec change in
 * between (another edit, a publish) makes it fail with 409 instead of being overwritten. The
 * resourceVersion precondition also trips on the operator's status writes, which change no spec; those
 * leave the generation alone, so the patch is tried again on the newer version.
 */
export async function patchWebsite(
  kube: KubeClient,
  website: Website,
  spec: Record<string, unknown>,
  action: string,
  cause?: ChangeCause,
): Promise<Website> {
  const name = website.metadata.name ?? '';
  const namespace = website.metadata.namespace ?? '';
  const conflict = () =>
    new ApiError(
      'conflict',
      `Site ${name} changed while you were ${action} (someone else edited or published it); read it again and repeat your change`,
    );
  let read = website;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await kubeCall(() =>
        kube.mergePatch<Website>(
          WEBSITES,
          { namespace, name },
          {
            metadata: {
              resourceVersion: read.metadata.resourceVersion,
              // Written with the change itself; who is removed when the change comes from no one known.
              ...(cause
                ? {
                    annotations: {
                      [ANNOTATION_CHANGE]: cause.change,
                      [ANNOTATION_CHANGED_BY]: cause.by ?? null,
                    },
                  }
                : {}),
            },
            spec,
          },
        ),
      );
    } catch (error) {
      if (isNotFound(error)) throw siteNotFound(name);
      const refused = invalid(error);
      if (refused) throw refused;
      if (!isConflict(error)) throw error;
    }
    const fresh = await getWebsite(kube, namespace, name);
    if (fresh.metadata.generation !== website.metadata.generation) throw conflict();
    read = fresh;
  }
  throw conflict();
}

export async function deleteWebsite(kube: KubeClient, namespace: string, site: string): Promise<void> {
  try {
    await kubeCall(() =>
      kube.delete(WEBSITES, { namespace, name: site }, { propagationPolicy: 'Background' }),
    );
  } catch (error) {
    if (isNotFound(error)) throw siteNotFound(site);
    throw error;
  }
}

/** Every Build of a site (a site keeps a bounded history, so one list). */
export async function listBuilds(kube: KubeClient, namespace: string, site: string): Promise<Build[]> {
  const { items } = await kubeCall(() =>
    kube.list<Build>(BUILDS, { namespace, labelSelector: `${LABEL_WEBSITE}=${site}` }),
  );
  return items.filter((build) => build.spec.website === site);
}

export async function getBuild(kube: KubeClient, namespace: string, build: string): Promise<Build> {
  try {
    return await kubeCall(() => kube.get<Build>(BUILDS, namespace, build));
  } catch (error) {
    if (isNotFound(error)) throw buildNotFound(build);
    throw error;
  }
}

/** A Build of this site, or not_found: a Build of another site is not one to publish here. */
export async function getSiteBuild(
  kube: KubeClient,
  namespace: string,
  site: string,
  build: string,
): Promise<Build> {
  const found = await getBuild(kube, namespace, build);
  if (found.spec.website !== site) {
    throw new ApiError(
      'not_found',
      `Build ${build} is not a build of site ${site}; choose one from the site's history`,
      { hint: `GET /api/v1/sites/${site}/builds lists them` },
    );
  }
  return found;
}
