// Wiring of the Website controller: the informers it reads, and which changes enqueue which Website.
// Children carry the pagemagic.dev/website label, so the caches hold only Page Magic's objects and every
// child event maps to its owner's key without a lookup. Every cache is indexed by owning Website, so a
// reconcile reads its children without scanning all of them (10,000 Websites would make that quadratic).
// Content ConfigMaps are cached as metadata only: their bodies are most of the bytes and only a Build
// reads one, by name.

import type { Build, Domain, Website } from '@pagemagic/crds';
import { BUILDS, DOMAINS, WEBSITES } from '@pagemagic/crds';
import { LABEL_WEBSITE } from '@pagemagic/crds/content';
import type { OperatorConfig } from '../../config.ts';
import type { EventPublisher } from '../../events/index.ts';
import type { Executor } from '../../executor/index.ts';
import {
  type Controller,
  type Informer,
  type KubeObject,
  type Manager,
  resources,
} from '../../runtime/index.ts';
import {
  BY_WEBSITE,
  type ConfigMapMetadata,
  compactWebsite,
  type DeploymentObject,
  type OperatorInformers,
  websiteReconciler,
} from './reconcile.ts';

export type { OperatorInformers };

const byLabel = (object: KubeObject): string[] => {
  const website = object.metadata?.labels?.[LABEL_WEBSITE];
  return website ? [`${object.metadata?.namespace}/${website}`] : [];
};

const bySpecWebsite = (object: Build | Domain): string[] => [
  `${object.metadata.namespace}/${object.spec.website}`,
];

function indexed<T extends KubeObject>(informer: Informer<T>, keysOf: (object: T) => string[]): Informer<T> {
  informer.addIndex(BY_WEBSITE, keysOf);
  return informer;
}

/** The caches both controllers share; `namespace` limits them to one namespace (tests). */
export function addOperatorInformers(manager: Manager, namespace?: string): OperatorInformers {
  const owned = { namespace, labelSelector: LABEL_WEBSITE };
  return {
    websites: manager.addInformer<Website>({ resource: WEBSITES, namespace, transform: compactWebsite }),
    builds: indexed(manager.addInformer<Build>({ resource: BUILDS, namespace }), bySpecWebsite),
    domains: indexed(manager.addInformer<Domain>({ resource: DOMAINS, namespace }), bySpecWebsite),
    configMaps: indexed(
      manager.addInformer<ConfigMapMetadata>({
        resource: resources.configMaps,
        metadataOnly: true,
        ...owned,
      }),
      byLabel,
    ),
    deployments: indexed(
      manager.addInformer<DeploymentObject>({ resource: resources.deployments, ...owned }),
      byLabel,
    ),
    services: indexed(manager.addInformer<KubeObject>({ resource: resources.services, ...owned }), byLabel),
    ingresses: indexed(manager.addInformer<KubeObject>({ resource: resources.ingresses, ...owned }), byLabel),
  };
}

export interface WebsiteControllerOptions {
  config: OperatorConfig;
  informers: OperatorInformers;
  executor: Executor;
  publisher: EventPublisher;
  rendererVersion: string;
  workers?: number;
}

/**
 * Enqueues the owning Website of every add and delete, and of the updates `matters` lets through: most
 * updates are the operator's own status writes or progress no decision depends on, and each would cost a
 * reconcile.
 */
function on<T extends KubeObject>(
  informer: Informer<T>,
  keysOf: (object: T) => string[],
  enqueue: (key: string) => void,
  matters: (previous: T, object: T) => boolean = () => true,
) {
  const handle = (object: T) => {
    for (const key of keysOf(object)) enqueue(key);
  };
  informer.onAdd(handle);
  informer.onUpdate((previous, object) => {
    if (matters(previous, object)) handle(object);
  });
  informer.onDelete(handle);
}

const json = (value: unknown) => JSON.stringify(value ?? null);

const readyOf = (website: Website) => website.status?.conditions?.find((c) => c.type === 'Ready')?.status;

/**
 * A spec edit (generation), a deletion starting, or new labels: the Website's own status is ours. Except a
 * Ready that flipped: a status write of ours can reach the cache after a later reconcile already compared
 * against the older status and wrote nothing, and would then stand.
 */
export function websiteChangeMatters(previous: Website, website: Website): boolean {
  return (
    previous.metadata.generation !== website.metadata.generation ||
    previous.metadata.deletionTimestamp !== website.metadata.deletionTimestamp ||
    json(previous.metadata.labels) !== json(website.metadata.labels) ||
    readyOf(previous) !== readyOf(website)
  );
}

/** What the Website reads of a Build: its phase, image and failure, not its timings or progress. */
export function buildChangeMatters(previous: Build, build: Build): boolean {
  const read = (b: Build) =>
    json([b.status?.phase, b.status?.image, b.status?.conditions?.map((c) => c.message)]);
  return read(previous) !== read(build);
}

/** A Deployment's rollout progress, or a spec someone else changed (drift to take back). */
export function deploymentChangeMatters(previous: DeploymentObject, deployment: DeploymentObject): boolean {
  const read = (d: DeploymentObject) =>
    json([
      d.metadata?.generation,
      d.metadata?.labels,
      d.status?.observedGeneration,
      d.status?.updatedReplicas,
      d.status?.availableReplicas,
      d.status?.conditions?.map((c) => [c.type, c.status, c.message]),
    ]);
  return read(previous) !== read(deployment);
}

export function addWebsiteController(manager: Manager, options: WebsiteControllerOptions): Controller {
  const { informers } = options;
  const controller = manager.addController({
    name: 'website',
    workers: options.workers ?? options.config.workers,
    reconcile: websiteReconciler({
      client: manager.client,
      config: options.config,
      executor: options.executor,
      publisher: options.publisher,
      events: manager.events,
      rendererVersion: options.rendererVersion,
      metrics: manager.registry,
      ...informers,
    }),
  });
  const enqueue = (key: string) => controller.enqueue(key);
  const own = (website: Website) => [`${website.metadata.namespace}/${website.metadata.name}`];
  on(informers.websites, own, enqueue, websiteChangeMatters);
  on(informers.builds, bySpecWebsite, enqueue, buildChangeMatters);
  on(informers.domains, bySpecWebsite, enqueue);
  on(informers.configMaps, byLabel, enqueue);
  on(informers.deployments, byLabel, enqueue, deploymentChangeMatters);
  on(informers.services, byLabel, enqueue);
  on(informers.ingresses, byLabel, enqueue);
  // Each Website's reconcile reads its children, so a namespace that starts matching needs only its
  // Websites enqueued.
  manager.namespaces?.replayOnAdmit(informers.websites, (website) => {
    for (const key of own(website)) enqueue(key);
  });
  return controller;
}
