// What the Website controller observes: its caches, and the content, which may take a read of the Website
// or a referenced ConfigMap, or a generation job. The decisions are in plan.ts; the writes in the shell.
// A write happens only when something differs, so a resync of a settled Website makes no writes at all.

import type { Build, Domain, Website, WebsiteStatus } from '@pagemagic/crds';
import { type ChangeCause, causeAnnotations, causeOf, WEBSITES } from '@pagemagic/crds';
import {
  ANNOTATION_CONTENT_HASH,
  CONTENT_KEY,
  contentConfigMap,
  contentConfigMapName,
  contentHashOf,
  LABEL_COMPONENT,
} from '@pagemagic/crds/content';
import { type SiteDocument, validateSiteDocument } from '@pagemagic/crds/site-document';
import type { Registry } from 'prom-client';
import type { EventPublisher } from '../../events/index.ts';
import type { Executor } from '../../executor/index.ts';
import {
  type EventRecorder,
  type Informer,
  isNotFound,
  type KubeClient,
  type KubeObject,
  type Reconciler,
  resources,
  stripManagedFields,
} from '../../runtime/index.ts';
import { aiTokensCounter, countAiTokens } from '../../site/ai-tokens-metric.ts';
import type { TokenUsage } from '../../site/generator.ts';
import { type ReconcilerKind, reconcilerOf } from '../shell.ts';
import {
  type ContentResolution,
  planWebsite,
  type WebsiteObservation,
  type WebsitePlanConfig,
} from './plan.ts';
import { ANNOTATION_BRIEF_HASH, ANNOTATION_TOKENS, briefHashOf, newestFirst } from './resources.ts';
import { notYet } from './status.ts';

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
  config: WebsitePlanConfig;
  executor: Executor;
  publisher: EventPublisher;
  events: Pick<EventRecorder, 'record'>;
  rendererVersion: string;
  /** Where `pagemagic_ai_tokens_total` is counted (the manager's registry); uncounted without. */
  metrics?: Registry;
  now?: () => Date;
}

/** How many spendings are remembered as counted; far more than can be generating at once. */
const COUNTED_SPENDINGS = 4096;

/**
 * Counts the tokens of each spending once, when it reaches the operator: with the job executor the Job
 * reports its usage in the result ConfigMap (ANNOTATION_TOKENS) and this process, which Prometheus scrapes,
 * counts it, so nothing is lost when the Job's pod ends. A result read again is the same spending, not a
 * new one, so each is remembered by Website uid and `id`: the content hash of a generated document, or the
 * id of a failed generation's spending.
 */
function tokenCounter(metrics: Registry | undefined) {
  if (!metrics) return () => undefined;
  const tokens = aiTokensCounter(metrics);
  const counted = new Set<string>();
  return (website: Website, id: string, usage: TokenUsage) => {
    const key = `${website.metadata.uid}/${id}`;
    if (counted.has(key)) return;
    counted.add(key);
    if (counted.size > COUNTED_SPENDINGS) counted.delete(counted.values().next().value as string);
    const site = { namespace: website.metadata.namespace ?? '', website: website.metadata.name ?? '' };
    countAiTokens(tokens, site, usage);
  };
}

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
    return {
      ready: false,
      verdict: notYet('GenerationFailed', outcome.message),
      retry: { requeue: true },
      ...(outcome.spent ? { spent: outcome.spent } : {}),
    };
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

/** The Website kind for the shell: observe reads the caches and resolves the content; plan decides. */
export function websiteKind(
  deps: WebsiteReconcilerDeps,
): ReconcilerKind<Website, WebsiteStatus, WebsiteObservation> {
  const countTokens = tokenCounter(deps.metrics);
  return {
    resource: WEBSITES,
    remembersWrites: true,
    plan: planWebsite,
    async observe(key, context) {
      const website = deps.websites.get(key);
      // Deletion needs nothing from us: every child has an ownerReference, so garbage collection removes it.
      if (!website || website.metadata.deletionTimestamp) return undefined;
      const contentMaps = owned(deps.configMaps, key).filter(
        (configMap) => configMap.metadata.labels?.[LABEL_COMPONENT] === 'content',
      );
      const content = await resolveContent(deps, website, contentMaps, context.signal);
      if (content.ready && content.generated) countTokens(website, content.hash, content.generated);
      if (!content.ready && content.spent)
        countTokens(website, `failed/${content.spent.id}`, content.spent.usage);
      return {
        object: website,
        status: context.statusOf(website),
        content,
        contentMaps,
        builds: owned(deps.builds, key),
        domains: owned(deps.domains, key),
        deployment: deps.deployments.get(key),
        service: deps.services.get(key),
        ingress: deps.ingresses.get(key),
        config: deps.config,
        rendererVersion: deps.rendererVersion,
        now: (deps.now ?? (() => new Date()))(),
      };
    },
  };
}

export function websiteReconciler(deps: WebsiteReconcilerDeps): Reconciler {
  return reconcilerOf(websiteKind(deps), deps);
}
