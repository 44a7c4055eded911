// `pagemagic-operator run`: the operator itself. Builds the manager (metrics, health, leader election),
// the shared informers, the Website, Build and Domain controllers, the executor, the event publisher and
// the ACME challenge endpoint, and runs until SIGTERM.

import { KubeConfig } from '@kubernetes/client-node';
import { Command } from 'commander';
import type { Registry } from 'prom-client';
import { configFromEnv, OPERATOR_FIELD_MANAGER, type OperatorConfig, rendererVersionFor } from '../config.ts';
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
import {
  type Executor,
  inlineExecutor,
  jobExecutor,
  PullSecretCopies,
  registryAccess,
} from '../executor/index.ts';
import { RegistryError, type RegistryOptions, resolveImage } from '../image/index.ts';
import {
  apiStatusCode,
  type Controller,
  createLogger,
  KubeClient,
  type Logger,
  Manager,
  parseListenAddress,
  resources,
} from '../runtime/index.ts';
import { RENDERER_VERSION } from '../site/index.ts';
import { CommandError } from './errors.ts';
import { chooseGenerator, type Io } from './site.ts';

export interface OperatorOptions {
  kubeConfig: KubeConfig;
  config: OperatorConfig;
  logger?: Logger;
  registry?: Registry;
  leaderElect?: boolean;
  /** Limits every cache to one namespace (tests); all namespaces otherwise. */
  namespace?: string;
  /**
   * A label selector: reconcile and write only in namespaces whose labels match (one installation's
   * workspaces). The caches stay cluster-wide. Not together with `namespace`.
   */
  namespaceSelector?: string;
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
    logger?.info({ image: config.baseImage, digest: base.digest }, 'found the base image');
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

/**
 * Where `run` reconciles, from its flags and then the environment: one namespace, the namespaces a label
 * selector matches, or (neither) all of them. A flag wins over the environment; two answers at the same
 * level are refused rather than one silently ignored.
 */
export function watchScope(
  flags: { namespace?: string; namespaceSelector?: string },
  env: NodeJS.ProcessEnv,
): { namespace?: string; namespaceSelector?: string } {
  const both = (namespace: string, selector: string) =>
    new CommandError(
      `${namespace} and ${selector} are both set: ${namespace} reconciles one namespace, ${selector} ` +
        'every namespace whose labels match; give only one of them',
      2,
    );
  if (flags.namespace !== undefined && flags.namespaceSelector !== undefined)
    throw both('--namespace', '--namespace-selector');
  if (flags.namespace !== undefined) return { namespace: flags.namespace };
  if (flags.namespaceSelector !== undefined) return { namespaceSelector: flags.namespaceSelector };
  const namespace = env.PAGEMAGIC_WATCH_NAMESPACE?.trim() || undefined;
  const namespaceSelector = env.PAGEMAGIC_NAMESPACE_SELECTOR?.trim() || undefined;
  if (namespace !== undefined && namespaceSelector !== undefined)
    throw both('PAGEMAGIC_WATCH_NAMESPACE', 'PAGEMAGIC_NAMESPACE_SELECTOR');
  return namespace !== undefined
    ? { namespace }
    : namespaceSelector !== undefined
      ? { namespaceSelector }
      : {};
}

/**
 * Asks the API server to parse the selector (its grammar is the API server's, sets and all), so a typo
 * stops the operator at start instead of leaving the namespace cache failing to list forever.
 */
export async function checkNamespaceSelector(client: KubeClient, selector: string): Promise<void> {
  try {
    await client.listPage(resources.namespaces, { labelSelector: selector, limit: 1, metadataOnly: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = apiStatusCode(error);
    if (code === 400) {
      throw new CommandError(
        `the namespace selector '${selector}' is not a label selector the API server accepts (${message}): ` +
          'fix --namespace-selector or PAGEMAGIC_NAMESPACE_SELECTOR, e.g. pagemagic.dev/install=prod',
        2,
      );
    }
    if (code === 401 || code === 403) {
      throw new Error(
        `the operator may not list namespaces (${message}): with a namespace selector its ClusterRole ` +
          'needs list and watch on namespaces (operator/rbac/cluster-role.yaml)',
        { cause: error },
      );
    }
    throw error;
  }
}

export async function createOperator(options: OperatorOptions): Promise<Operator> {
  const { config } = options;
  const selector = options.namespaceSelector;
  if (selector !== undefined && options.namespace !== undefined) {
    throw new CommandError(
      `both a namespace (${options.namespace}) and a namespace selector (${selector}) were given: ` +
        'the operator reconciles either one namespace or the namespaces the selector matches; give one',
      2,
    );
  }
  if (selector?.trim() === '') {
    throw new CommandError(
      'the namespace selector is empty, which would select every namespace: give a label selector such ' +
        'as pagemagic.dev/install=prod, or leave it out to reconcile all namespaces',
      2,
    );
  }
  const logger = options.logger ?? createLogger();
  const manager = new Manager({
    kubeConfig: options.kubeConfig,
    fieldManager: OPERATOR_FIELD_MANAGER,
    logger,
    registry: options.registry,
    metrics: config.metrics,
    processMetrics: options.processMetrics,
    namespaceSelector: selector,
    ...(options.leaderElect === false
      ? {}
      : { leaderElection: { namespace: config.namespace, name: 'pagemagic-operator' } }),
  });
  if (selector !== undefined) {
    await checkNamespaceSelector(manager.client, selector);
    logger.info({ namespaceSelector: selector }, 'reconciling only in namespaces whose labels match');
  }
  let publisher = options.publisher;
  if (!publisher) {
    if (config.natsUrl) {
      publisher = await natsPublisher({ url: config.natsUrl, logger });
    } else {
      logger.info('NATS_URL is not set; running without publishing events');
      publisher = noEvents;
    }
  }
  const pullSecrets = new PullSecretCopies(manager.client, config);
  const executor =
    options.executor ??
    (config.executor === 'job'
      ? jobExecutor(manager.client, config, pullSecrets)
      : inlineExecutor(chooseGenerator(options.env ?? process.env, false)));
  const informers = addOperatorInformers(manager, options.namespace);
  if (config.registrySecret) {
    // Site Deployments name the registry Secret in imagePullSecrets, so each Website's namespace keeps a copy.
    const copyInto = (website: { metadata: { namespace?: string } }) =>
      pullSecrets
        .ensure(website.metadata.namespace ?? '')
        .catch((error: unknown) =>
          logger.error(
            { namespace: website.metadata.namespace, error: String(error) },
            'could not copy the registry Secret',
          ),
        );
    informers.websites.onAdd(copyInto);
    informers.websites.onUpdate((_previous, website) => copyInto(website));
  }
  const websites = addWebsiteController(manager, {
    config,
    informers,
    executor,
    publisher,
    rendererVersion: rendererVersionFor(config, RENDERER_VERSION),
  });
  const builds = addBuildController(manager, {
    config,
    builds: informers.builds,
    websites: informers.websites,
    publisher,
    registry: options.imageRegistry ?? registryAccess(manager.client, config),
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
  namespaceSelector?: string;
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
    .option(
      '--namespace-selector <selector>',
      'reconcile only in namespaces whose labels match, e.g. pagemagic.dev/install=prod; not with ' +
        '--namespace (default: all; PAGEMAGIC_NAMESPACE_SELECTOR)',
    )
    .action(async (flags: RunFlags) => {
      const scope = watchScope(flags, io.env);
      const config = configFromEnv(io.env);
      if (flags.metricsAddr) config.metrics = parseListenAddress(flags.metricsAddr);
      if (flags.workers) config.workers = Math.max(1, Number.parseInt(flags.workers, 10) || 1);
      const logger = createLogger();
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromDefault();
      await ensureBaseImage(
        config,
        registryAccess(new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER }), config),
        logger,
      );
      const operator = await createOperator({
        kubeConfig,
        config,
        logger,
        leaderElect: flags.leaderElect,
        env: io.env,
        ...scope,
      });
      await operator.acmeResponder.listen(domainConfigFromEnv(io.env).acme.httpAddress);
      operator.manager.done
        .then(() => Promise.all([operator.publisher.close(), operator.acmeResponder.close()]))
        .catch((error: unknown) => logger.error({ error: String(error) }, 'shutdown did not finish cleanly'));
      await operator.manager.run();
    });
}
