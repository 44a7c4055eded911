// One Website: resolve its content, store it as an immutable revision, make sure a Build of it exists,
// choose the live Build, apply the Deployment, Service and Ingress that serve it, prune history, and
// write status. Every decision is made against the informer caches; a write happens only when something
// differs, so a resync of a Website that is as it should be makes no writes at all.

import type { Build, Domain, Website, WebsiteStatus } from '@pagemagic/crds';
import { BUILDS, type ChangeCause, causeAnnotations, causeOf, WEBSITES } from '@pagemagic/crds';
import {
  ANNOTATION_CONTENT_HASH,
  CONTENT_KEY,
  contentConfigMap,
  contentConfigMapName,
  contentHashOf,
  LABEL_COMPONENT,
} from '@pagemagic/crds/content';
import { type SiteDocument, validateSiteDocument } from '@pagemagic/crds/site-document';
import type { OperatorConfig } from '../../config.ts';
import type { EventPublisher } from '../../events/index.ts';
import type { Executor } from '../../executor/index.ts';
import {
  type EventRecorder,
  type Informer,
  isAlreadyExists,
  isNotFound,
  type KubeClient,
  type KubeObject,
  type ReconcileContext,
  type ResourceRef,
  type Result,
  resources,
  stripManagedFields,
  type WrittenStatus,
} from '../../runtime/index.ts';
import { failureMessage } from '../build/status.ts';
import { findCondition } from '../conditions.ts';
import {
  ANNOTATION_BRIEF_HASH,
  ANNOTATION_TOKENS,
  briefHashOf,
  buildName,
  buildsToPrune,
  type ChildObject,
  chooseLiveBuild,
  contentToPrune,
  desiredBuild,
  desiredDeployment,
  desiredIngress,
  desiredService,
  newestFirst,
  siteUrl,
  upToDate,
  verifiedRoutes,
} from './resources.ts';
import {
  notYet,
  ok,
  sameStatus,
  statusPatch,
  type Verdict,
  type WebsiteConditionType,
  websiteEvent,
  withConditions,
} from './status.ts';

export interface ConfigMapObject extends KubeObject {
  metadata: NonNullable<KubeObject['metadata']> & { creationTimestamp?: string; ownerReferences?: unknown[] };
  data?: Record<string, string>;
  immutable?: boolean;
}

/** What the operator caches of a content ConfigMap: its metadata (the content is read by name). */
export type ConfigMapMetadata = Omit<ConfigMapObject, 'data'>;

/** The index every cache of Website-related objects has: `namespace/website`. */
export const BY_WEBSITE = 'website';

/**
 * Inline content in the Website cache, reduced to its content hash: a site document is tens of kilobytes
 * and the cache holds every Website, while the reconciler only needs the body once, to store the revision.
 */
export interface CompactInlineContent {
  inlineSha256: string;
}

/**
 * The informer's transform for Websites: drops managedFields and replaces valid inline content by its
 * hash. Invalid content stays, so the reconciler can report every error without another read.
 */
export function compactWebsite(website: Website): Website {
  stripManagedFields(website);
  const inline = website.spec?.content?.inline;
  if (inline === undefined) return website;
  const validation = validateSiteDocument(inline);
  if (!validation.ok) return website;
  const compact: CompactInlineContent = { inlineSha256: contentHashOf(validation.value) };
  return { ...website, spec: { ...website.spec, content: compact as Website['spec']['content'] } };
}

function compactInline(website: Website): CompactInlineContent | undefined {
  const content = website.spec.content as Partial<CompactInlineContent> | undefined;
  return content?.inlineSha256 === undefined ? undefined : { inlineSha256: content.inlineSha256 };
}

export interface DeploymentObject extends KubeObject {
  spec?: { replicas?: number };
  status?: {
    observedGeneration?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
  };
}

/** The caches the Website and Build controllers share. */
export interface OperatorInformers {
  websites: Informer<Website>;
  builds: Informer<Build>;
  domains: Informer<Domain>;
  configMaps: Informer<ConfigMapMetadata>;
  deployments: Informer<DeploymentObject>;
  services: Informer<KubeObject>;
  ingresses: Informer<KubeObject>;
}

export interface WebsiteReconcilerDeps extends OperatorInformers {
  client: KubeClient;
  config: Pick<
    OperatorConfig,
    | 'siteHostPattern'
    | 'siteBaseDomain'
    | 'siteUrlScheme'
    | 'siteUrlPort'
    | 'ingressClassName'
    | 'siteTlsSecret'
    | 'contentHistoryLimit'
    | 'buildHistoryLimit'
  >;
  executor: Executor;
  publisher: EventPublisher;
  events: Pick<EventRecorder, 'record'>;
  rendererVersion: string;
  /** What this controller last wrote, while the cache has not seen it yet. */
  written?: WrittenStatus<WebsiteStatus>;
  now?: () => Date;
}

type ContentResolution =
  | {
      ready: true;
      name: string;
      hash: string;
      /** Set when the revision does not exist yet and must be created. */
      create?: ChildObject;
      generated?: { promptTokens: number; completionTokens: number };
    }
  | { ready: false; verdict: Verdict; retry?: Result };

function owned<T extends KubeObject>(informer: Informer<T>, key: string): T[] {
  return informer.byIndex(BY_WEBSITE, key);
}

function invalid(errors: Array<{ path: string; message: string }>, source: string): ContentResolution {
  const shown = errors
    .slice(0, 5)
    .map((error) => `${error.path || '/'}: ${error.message}`)
    .join('; ');
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
  return {
    ready: false,
    verdict: notYet('InvalidContent', `${source} is not a valid site document: ${shown}${more}`),
  };
}

function fromDocument(
  website: Website,
  site: SiteDocument,
  contentMaps: readonly ConfigMapMetadata[],
  annotations: Record<string, string> = {},
): ContentResolution & { ready: true } {
  const hash = contentHashOf(site);
  const name = contentConfigMapName(website.metadata.name ?? '', hash);
  const exists = contentMaps.some((configMap) => configMap.metadata.name === name);
  return {
    ready: true,
    name,
    hash,
    ...(exists ? {} : { create: contentConfigMap(website, site, hash, annotations) }),
  };
}

async function resolveContent(
  deps: WebsiteReconcilerDeps,
  website: Website,
  contentMaps: readonly ConfigMapMetadata[],
  signal: AbortSignal,
): Promise<ContentResolution> {
  const compact = compactInline(website);
  if (compact) {
    const name = contentConfigMapName(website.metadata.name ?? '', compact.inlineSha256);
    if (contentMaps.some((configMap) => configMap.metadata.name === name)) {
      return { ready: true, name, hash: compact.inlineSha256 };
    }
    // The revision is not stored yet: read the Website itself for the body the cache left out.
    const fresh = await deps.client.get<Website>(
      WEBSITES,
      website.metadata.namespace,
      website.metadata.name ?? '',
      signal,
      website.metadata.resourceVersion,
    );
    if (fresh.spec.content?.inline === undefined)
      return {
        ready: false,
        verdict: notYet('Pending', 'content changed while reading it'),
        retry: { requeue: true },
      };
    return resolveContent(deps, fresh, contentMaps, signal);
  }
  const content = website.spec.content;
  if (content?.inline !== undefined) {
    const validation = validateSiteDocument(content.inline);
    if (!validation.ok) return invalid(validation.errors, 'spec.content.inline');
    return fromDocument(website, validation.value, contentMaps);
  }
  if (content?.configMapRef) {
    const refName = content.configMapRef.name;
    let configMap: ConfigMapObject;
    try {
      configMap = await deps.client.get<ConfigMapObject>(
        resources.configMaps,
        website.metadata.namespace,
        refName,
        signal,
      );
    } catch (error) {
      if (!isNotFound(error)) throw error;
      return {
        ready: false,
        verdict: notYet('ContentNotFound', `ConfigMap ${refName} does not exist`),
        retry: { requeueAfter: 30_000 },
      };
    }
    const text = configMap.data?.[CONTENT_KEY];
    if (text === undefined) {
      return {
        ready: false,
        verdict: notYet('InvalidContent', `ConfigMap ${refName} has no ${CONTENT_KEY} key`),
      };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return {
        ready: false,
        verdict: notYet(
          'InvalidContent',
          `ConfigMap ${refName} ${CONTENT_KEY} is not JSON: ${(error as Error).message}`,
        ),
      };
    }
    const validation = validateSiteDocument(parsed);
    if (!validation.ok) return invalid(validation.errors, `ConfigMap ${refName} ${CONTENT_KEY}`);
    return fromDocument(website, validation.value, contentMaps);
  }
  // Generated from the brief: a revision made from this very brief is reused, so generation runs once.
  const briefHash = briefHashOf(website);
  const previous = newestFirst(
    contentMaps.filter((configMap) => configMap.metadata.annotations?.[ANNOTATION_BRIEF_HASH] === briefHash),
  )[0];
  const storedHash = previous?.metadata.annotations?.[ANNOTATION_CONTENT_HASH];
  if (previous && storedHash !== undefined) {
    return { ready: true, name: previous.metadata.name ?? '', hash: storedHash };
  }
  const outcome = await deps.executor.generate({ website, briefHash, signal });
  if (outcome.state === 'pending') {
    return { ready: false, verdict: notYet('Generating', outcome.message), retry: { requeueAfter: 5_000 } };
  }
  if (outcome.state === 'failed') {
    return { ready: false, verdict: notYet('GenerationFailed', outcome.message), retry: { requeue: true } };
  }
  const resolved = fromDocument(website, outcome.site, contentMaps, {
    [ANNOTATION_BRIEF_HASH]: briefHash,
    [ANNOTATION_TOKENS]: JSON.stringify(outcome.usage),
    ...causeAnnotations(generatedCause(website)),
  });
  return { ...resolved, generated: outcome.usage };
}

/**
 * Why content was written from the brief: the first time, or again (a new brief revision). The person is
 * named when the Website's last recorded change is that very one.
 */
function generatedCause(website: Website): ChangeCause {
  const change = (website.spec.brief.revision ?? 0) > 0 ? 'regenerate' : 'create';
  const recorded = causeOf(website.metadata.annotations);
  return recorded?.change === change ? recorded : { change };
}

async function createIgnoringExisting(
  client: KubeClient,
  ref: ResourceRef,
  object: KubeObject,
  signal: AbortSignal,
): Promise<void> {
  try {
    await client.create(ref, object, { signal });
  } catch (error) {
    // Names are derived from content, so "already exists" means a previous reconcile (or a race) made it.
    if (!isAlreadyExists(error)) throw error;
  }
}

export function deploymentVerdict(
  live: Build | undefined,
  deployment: DeploymentObject | undefined,
  desired: ChildObject,
  pinned: boolean,
  latestName?: string,
): Verdict {
  const name = live?.metadata.name ?? '';
  if (!deployment || !upToDate(deployment, desired)) return notYet('RollingOut', `rolling out Build ${name}`);
  const generation = deployment.metadata?.generation ?? 0;
  const status = deployment.status ?? {};
  const replicas = deployment.spec?.replicas ?? 1;
  const available = status.conditions?.find((c) => c.type === 'Available');
  if ((status.observedGeneration ?? 0) < generation || (status.updatedReplicas ?? 0) < replicas) {
    return notYet('RollingOut', `rolling out Build ${name}`);
  }
  if (available?.status !== 'True') {
    // A new Deployment is unavailable until its first Pod is ready; while it is still progressing that is
    // the same rollout, not news worth a status write.
    const progressing = status.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.status === 'True') return notYet('RollingOut', `rolling out Build ${name}`);
    return notYet(
      'Unavailable',
      available?.message ?? `Deployment ${deployment.metadata?.name} is not available`,
    );
  }
  if (!pinned) return ok('Available', `serving Build ${name}`);
  const waiting =
    latestName && latestName !== name
      ? `; Build ${latestName} is newer and waits until the pin is removed`
      : '';
  return ok('Pinned', `serving pinned Build ${name}${waiting}`);
}

async function applyIfChanged(
  client: KubeClient,
  ref: ResourceRef,
  live: KubeObject | undefined,
  desired: ChildObject,
  signal: AbortSignal,
): Promise<boolean> {
  if (upToDate(live, desired)) return false;
  await client.apply(ref, desired, { signal });
  return true;
}

const WARNING_REASONS = new Set(['InvalidContent', 'GenerationFailed', 'BuildFailed', 'PinnedBuildNotReady']);

export async function reconcileWebsite(
  deps: WebsiteReconcilerDeps,
  key: string,
  context: ReconcileContext,
): Promise<Result | undefined> {
  const website = deps.websites.get(key);
  // Deletion needs nothing from us: every child has an ownerReference, so garbage collection removes it.
  if (!website || website.metadata.deletionTimestamp) {
    deps.written?.forget(key);
    return undefined;
  }
  const { signal } = context;
  const name = website.metadata.name ?? '';
  const namespace = website.metadata.namespace ?? '';
  const generation = website.metadata.generation;
  const previous = deps.written ? deps.written.current(key, website) : website.status;

  // 1. Content.
  const contentMaps = owned(deps.configMaps, key).filter(
    (configMap) => configMap.metadata.labels?.[LABEL_COMPONENT] === 'content',
  );
  const content = await resolveContent(deps, website, contentMaps, signal);
  const verdicts = {} as Record<WebsiteConditionType, Verdict>;
  let retry: Result | undefined;
  let latestName = previous?.latestBuild;
  let websiteBuilds = owned(deps.builds, key);
  if (content.ready) {
    if (content.create)
      await createIgnoringExisting(deps.client, resources.configMaps, content.create, signal);
    verdicts.ContentReady = ok('ContentStored', `content revision ${content.name}`);
    // 2. One Build per (content, renderer).
    latestName = buildName(name, content.hash, deps.rendererVersion);
    if (!websiteBuilds.some((build) => build.metadata.name === latestName)) {
      const stored =
        content.create ?? contentMaps.find((configMap) => configMap.metadata.name === content.name);
      const build = desiredBuild(
        website,
        content.name,
        content.hash,
        deps.rendererVersion,
        causeOf(stored?.metadata?.annotations),
      );
      await createIgnoringExisting(deps.client, BUILDS, build, signal);
      websiteBuilds = [...websiteBuilds, build];
    }
  } else {
    verdicts.ContentReady = content.verdict;
    retry = content.retry;
  }

  const latest = websiteBuilds.find((build) => build.metadata.name === latestName);
  const phase = latest?.status?.phase;
  if (!content.ready) verdicts.Built = notYet('WaitingForContent', 'no valid content to build');
  else if (phase === 'Succeeded') verdicts.Built = ok('Succeeded', `Build ${latestName} succeeded`);
  else if (phase === 'Failed')
    verdicts.Built = notYet('BuildFailed', `Build ${latestName}: ${failureMessage(latest as Build)}`);
  else verdicts.Built = notYet('Building', `Build ${latestName} is ${phase ?? 'Pending'}`);

  // 3. The live Build, and 4. what serves it.
  const choice = chooseLiveBuild(website, websiteBuilds, latestName);
  const liveBuild = choice.build;
  if (liveBuild?.status?.image) {
    const deployment = desiredDeployment(website, liveBuild.status.image);
    const liveDeployment = deps.deployments.get(key);
    await applyIfChanged(deps.client, resources.deployments, liveDeployment, deployment, signal);
    await applyIfChanged(
      deps.client,
      resources.services,
      deps.services.get(key),
      desiredService(website),
      signal,
    );
    const ingress = desiredIngress(website, deps.config, verifiedRoutes(website, owned(deps.domains, key)));
    await applyIfChanged(deps.client, resources.ingresses, deps.ingresses.get(key), ingress, signal);
    verdicts.Deployed = deploymentVerdict(
      liveBuild,
      liveDeployment,
      deployment,
      'pinned' in choice && choice.pinned,
      latestName,
    );
  } else {
    verdicts.Deployed = notYet(
      choice.build ? 'NoImage' : (choice as { reason: string }).reason,
      (choice as { message: string }).message,
    );
  }

  // 5. History: never the live, latest or pinned Build, nor the content they use.
  const pinned = website.spec.release?.build;
  const keepBuilds = new Set([liveBuild?.metadata.name, latestName, pinned].filter((n): n is string => !!n));
  const prunedBuilds = buildsToPrune(websiteBuilds, deps.config.buildHistoryLimit, keepBuilds);
  const deleteIfThere = (ref: ResourceRef, name: string) =>
    deps.client.delete(ref, { namespace, name }, { signal }).catch((error) => {
      if (!isNotFound(error)) throw error;
    });
  for (const build of prunedBuilds) await deleteIfThere(BUILDS, build.metadata.name ?? '');
  const pruned = new Set(prunedBuilds.map((b) => b.metadata.name));
  const keepContent = new Set(
    [
      content.ready ? content.name : undefined,
      ...websiteBuilds.filter((b) => !pruned.has(b.metadata.name)).map((build) => build.spec.contentRevision),
    ].filter((n): n is string => !!n),
  );
  for (const configMap of contentToPrune(contentMaps, deps.config.contentHistoryLimit, keepContent)) {
    await deleteIfThere(resources.configMaps, configMap.metadata.name ?? '');
  }

  // 6. Status, events.
  const tokens = content.ready && content.generated ? content.generated : undefined;
  const next: WebsiteStatus = {
    ...(previous ?? {}),
    observedGeneration: generation,
    conditions: withConditions(previous?.conditions, verdicts, generation, deps.now),
    url: siteUrl(deps.config, website),
    ...(content.ready ? { contentRevision: content.name, contentHash: content.hash } : {}),
    ...(latestName ? { latestBuild: latestName } : {}),
    ...(tokens ? { tokenUsage: { prompt: tokens.promptTokens, completion: tokens.completionTokens } } : {}),
  };
  if (liveBuild) next.liveBuild = liveBuild.metadata.name;
  const event = {
    namespace,
    name,
    uid: website.metadata.uid ?? '',
    generation,
    websiteUid: website.metadata.uid ?? '',
  };
  if (content.ready && content.generated) {
    await deps.publisher.publish({
      ...event,
      type: 'site.generated',
      occurrence: String(generation ?? 0),
      data: { contentRevision: content.name, contentHash: content.hash, tokens: content.generated },
    });
  }
  if (liveBuild && previous?.liveBuild !== liveBuild.metadata.name) {
    await deps.publisher.publish({
      ...event,
      type: 'site.published',
      // A rollback re-publishes an earlier Build, so the generation is part of what makes it new.
      occurrence: `${generation ?? 0}-${liveBuild.metadata.name}`,
      data: {
        build: liveBuild.metadata.name,
        image: liveBuild.status?.image,
        url: next.url,
        // What a person did that this publishing follows from (a rollback, an edit, ...), and who.
        ...(causeOf(website.metadata.annotations) ? { cause: causeOf(website.metadata.annotations) } : {}),
      },
    });
  }
  if (!sameStatus(previous, next)) {
    const answer = await deps.client.patchStatus<Website>(
      WEBSITES,
      { namespace, name },
      statusPatch(previous as Record<string, unknown> | undefined, next as Record<string, unknown>),
      { signal },
    );
    deps.written?.remember(key, answer);
    const happened = websiteEvent(previous?.conditions, next.conditions ?? [], WARNING_REASONS);
    if (happened) deps.events.record(website, happened.type, happened.reason, happened.message);
  }
  if (findCondition(next.conditions, 'Ready')?.status !== 'True') context.logger.debug('not ready yet');
  return retry;
}
