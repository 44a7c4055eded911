// Wiring of the Build controller: one key per Build.

import type { Build, Website } from '@pagemagic/crds';
import type { OperatorConfig } from '../../config.ts';
import type { EventPublisher } from '../../events/index.ts';
import type { RegistryOptions } from '../../image/index.ts';
import { type Controller, type Informer, type Manager, objectKey } from '../../runtime/index.ts';
import { buildReconciler } from './reconcile.ts';

export interface BuildControllerOptions {
  config: OperatorConfig;
  builds: Informer<Build>;
  websites: Informer<Website>;
  publisher: EventPublisher;
  registry?: RegistryOptions;
  workers?: number;
}

export function addBuildController(manager: Manager, options: BuildControllerOptions): Controller {
  const controller: Controller = manager.addController({
    name: 'build',
    workers: options.workers ?? options.config.workers,
    reconcile: buildReconciler({
      client: manager.client,
      config: options.config,
      builds: options.builds,
      websites: options.websites,
      publisher: options.publisher,
      registry: options.registry,
      metrics: manager.registry,
      failures: (failed) => controller.queue.numRequeues(failed),
    }),
  });
  const enqueue = (build: Build) => controller.enqueue(objectKey(build));
  options.builds.onAdd(enqueue);
  manager.namespaces?.replayOnAdmit(options.builds, enqueue);
  // A Build's spec never changes and its status is written here, so an update is only news when it is
  // someone else's doing (a generation bump, which CEL forbids, or a status reset by hand).
  options.builds.onUpdate((previous, build) => {
    if (previous.metadata.generation !== build.metadata.generation || (previous.status && !build.status))
      enqueue(build);
  });
  return controller;
}
