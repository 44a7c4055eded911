// `pagemagic-operator run`: the operator itself. Builds the manager (metrics, health, leader election),
// the shared informers, the Website, Build and Domain controllers, the executor, the event publisher and
// the ACME challenge endpoint, and runs until SIGTERM.

import { KubeConfig } from '@kubernetes/client-node';
import { Command } from 'commander';
import type { Registry } from 'prom-client';
import { configFromEnv, type OperatorConfig, parseListenAddress } from '../config.ts';
import { addBuildController } from '../controllers/build/controller.ts';
import {
  addDomainController,
  type ChallengeResponder,
  domainConfigFromEnv,
} from '../controllers/domain/index.ts';
import {
  addOperatorInformers,
  addWebsiteController,
  type OperatorInformers,
} from '../controllers/website/controller.ts';
import { type EventPublisher, natsPublisher, noEvents } from '../events/index.ts';
import { type Executor, inlineExecutor, jobExecutor } from '../executor/index.ts';
import { RegistryError, type RegistryOptions, resolveImage } from '../image/index.ts';
import { type Controller, createLogger, type Logger, Manager } from '../runtime/index.ts';
import { RENDERER_VERSION } from '../site/index.ts';
import { chooseGenerator, type Io } from './site.ts';

export interface OperatorOptions {
  kubeConfig: KubeConfig;
  config: OperatorConfig;
  logger?: Logger;
  registry?: Registry;
  leaderElect?: boolean;
  /** Limits every cache to one namespace (tests); all namespaces otherwise. */
  namespace?: string;
  executor?: Executor;
  publisher?: EventPublisher;
  imageRegistry?: RegistryOptions;
  processMetrics?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface Operator {
  manager: Manager;
  informers: OperatorInformers;
  websites: Controller;
  builds: Controller;
  domains: Controller;
  /** Answers ACME HTTP-01 challenges; `run` listens on PAGEMAGIC_ACME_HTTP_ADDR. */
  acmeResponder: ChallengeResponder;
  publisher: EventPublisher;
}

/**
 * Checks that the base image site images are built on is in the registry. The operator does not push it:
 * it is built from the pagemagic-static binary, which `make base-image` builds and pushes.
 */
export async function ensureBaseImage(
  config: OperatorConfig,
  registry: RegistryOptions = {},
  logger?: Logger,
) {
  try {
    const base = await resolveImage(config.baseImage, { registry });
    logger?.info('found the base image', { image: config.baseImage, digest: base.digest });
  } catch (error) {
    const missing =
      error instanceof RegistryError && (error.status === 404 || error.hasCode('MANIFEST_UNKNOWN'));
    if (!missing) throw error;
    const how = config.baseImageIsDefault
      ? "run 'make base-image' to build pagemagic-static and push it there"
      : 'push it there or fix PAGEMAGIC_BASE_IMAGE';
    throw new Error(`the base image ${config.baseImage} is not in its registry: ${how}`, { cause: error });
  }
}

export async function createOperator(options: OperatorOptions): Promise<Operator> {
  const { config } = options;
  const logger = options.logger ?? createLogger();
  const manager = new Manager({
    kubeConfig: options.kubeConfig,
    logger,
    registry: options.registry,
    metrics: config.metrics,
    processMetrics: options.processMetrics,
    ...(options.leaderElect === false
      ? {}
      : { leaderElection: { namespace: config.namespace, name: 'pagemagic-operator' } }),
  });
  let publisher = options.publisher;
  if (!publisher) {
    if (config.natsUrl) {
      publisher = await natsPublisher({ url: config.natsUrl, logger });
    } else {
      logger.info('NATS_URL is not set; running without publishing events');
      publisher = noEvents;
    }
  }
  const executor =
    options.executor ??
    (config.executor === 'job'
      ? jobExecutor(manager.client, config)
      : inlineExecutor(chooseGenerator(options.env ?? process.env, false)));
  const informers = addOperatorInformers(manager, options.namespace);
  const websites = addWebsiteController(manager, {
    config,
    informers,
    executor,
    publisher,
    rendererVersion: RENDERER_VERSION,
  });
  const builds = addBuildController(manager, {
    config,
    builds: informers.builds,
    websites: informers.websites,
    publisher,
    registry: options.imageRegistry,
  });
  const domains = addDomainController(manager, domainConfigFromEnv(options.env ?? process.env), {
    domainInformer: informers.domains,
    workers: config.workers,
    publisher,
  });
  return {
    manager,
    informers,
    websites,
    builds,
    domains: domains.controller,
    acmeResponder: domains.responder,
    publisher,
  };
}

interface RunFlags {
  leaderElect: boolean;
  metricsAddr?: string;
  workers?: string;
  namespace?: string;
}

export function runCommand(io: Io): Command {
  return new Command('run')
    .description('run the operator: reconcile Websites, Builds and Domains until SIGTERM')
    .option('--no-leader-elect', 'lead at once instead of campaigning for the pagemagic-operator Lease')
    .option(
      '--metrics-addr <host:port>',
      'the metrics and health server (default PAGEMAGIC_METRICS_ADDR or 127.0.0.1:8080)',
    )
    .option('--workers <n>', 'concurrent reconciles per controller (default PAGEMAGIC_WORKERS or 2)')
    .option('--namespace <ns>', 'reconcile only this namespace (default: all; PAGEMAGIC_WATCH_NAMESPACE)')
    .action(async (flags: RunFlags) => {
      const config = configFromEnv(io.env);
      if (flags.metricsAddr) config.metrics = parseListenAddress(flags.metricsAddr);
      if (flags.workers) config.workers = Math.max(1, Number.parseInt(flags.workers, 10) || 1);
      const logger = createLogger();
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromDefault();
      await ensureBaseImage(config, {}, logger);
      const operator = await createOperator({
        kubeConfig,
        config,
        logger,
        leaderElect: flags.leaderElect,
        env: io.env,
        namespace: flags.namespace ?? (io.env.PAGEMAGIC_WATCH_NAMESPACE || undefined),
      });
      await operator.acmeResponder.listen(domainConfigFromEnv(io.env).acme.httpAddress);
      operator.manager.done
        .then(() => Promise.all([operator.publisher.close(), operator.acmeResponder.close()]))
        .catch((error: unknown) => logger.error('shutdown did not finish cleanly', { error: String(error) }));
      await operator.manager.run();
    });
}
