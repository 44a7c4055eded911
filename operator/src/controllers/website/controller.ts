// Wiring of the Website controller: the informers it reads, and which changes enqueue which Website.
// Children carry the pagemagic.dev/website label, so the caches hold only Page Magic's objects and every
// child event maps to its owner's key without a lookup.

import type { Build, Domain, Website } from '@pagemagic/crds';
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
import { BUILDS } from '../build/reconcile.ts';
import { domainsResource } from '../domain/resources.ts';
import {
  type ConfigMapObject,
  type DeploymentObject,
  type OperatorInformers,
  reconcileWebsite,
  WEBSITES,
} from './reconcile.ts';
import { LABEL_WEBSITE } from './resources.ts';

export type { OperatorInformers };

/** The caches both controllers share; `namespace` limits them to one namespace (tests). */
export function addOperatorInformers(manager: Manager, namespace?: string): OperatorInformers {
  const owned = { namespace, labelSelector: LABEL_WEBSITE };
  return {
    websites: manager.addInformer<Website>({ resource: WEBSITES, namespace }),
    builds: manager.addInformer<Build>({ resource: BUILDS, namespace }),
    domains: manager.addInformer<Domain>({ resource: domainsResource, namespace }),
    configMaps: manager.addInformer<ConfigMapObject>({ resource: resources.configMaps, ...owned }),
    deployments: manager.addInformer<DeploymentObject>({ resource: resources.deployments, ...owned }),
    services: manager.addInformer<KubeObject>({ resource: resources.services, ...owned }),
    ingresses: manager.addInformer<KubeObject>({ resource: resources.ingresses, ...owned }),
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

function on<T extends KubeObject>(
  informer: Informer<T>,
  keyOf: (object: T) => string | undefined,
  enqueue: (key: string) => void,
) {
  const handle = (object: T) => {
    const key = keyOf(object);
    if (key) enqueue(key);
  };
  informer.onAdd(handle);
  informer.onUpdate((_, object) => handle(object));
  informer.onDelete(handle);
}

export function addWebsiteController(manager: Manager, options: WebsiteControllerOptions): Controller {
  const { informers } = options;
  const controller = manager.addController({
    name: 'website',
    workers: options.workers ?? options.config.workers,
    reconcile: (key, context) =>
      reconcileWebsite(
        {
          client: manager.client,
          config: options.config,
          executor: options.executor,
          publisher: options.publisher,
          rendererVersion: options.rendererVersion,
          ...informers,
        },
        key,
        context,
      ),
  });
  const enqueue = (key: string) => controller.enqueue(key);
  const byLabel = (object: KubeObject) => {
    const website = object.metadata?.labels?.[LABEL_WEBSITE];
    return website ? `${object.metadata?.namespace}/${website}` : undefined;
  };
  on(informers.websites, (website) => `${website.metadata.namespace}/${website.metadata.name}`, enqueue);
  on(informers.builds, (build) => `${build.metadata.namespace}/${build.spec.website}`, enqueue);
  on(informers.domains, (domain) => `${domain.metadata.namespace}/${domain.spec.website}`, enqueue);
  on(informers.configMaps, byLabel, enqueue);
  on(informers.deployments, byLabel, enqueue);
  on(informers.services, byLabel, enqueue);
  on(informers.ingresses, byLabel, enqueue);
  return controller;
}
