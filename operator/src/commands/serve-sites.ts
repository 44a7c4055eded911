// `pagemagic-operator serve-sites`: every site on one port, routed by Host to its live Build's files
// (serving/router.ts). A command of the operator's binary because it is the operator's view of the world
// (the same generated hosts its Ingresses name, the same image layers its Builds push, its informers) and
// because the shared serving pool grows from it; it writes nothing, so it needs no leader election and any
// number of replicas may run.

import { KubeConfig } from '@kubernetes/client-node';
import { Command, InvalidArgumentError } from 'commander';
import { configFromEnv, OPERATOR_FIELD_MANAGER } from '../config.ts';
import { registryAccess } from '../executor/index.ts';
import { createLogger, KubeClient, parseListenAddress } from '../runtime/index.ts';
import {
  AddressInUseError,
  createSiteRouter,
  DEFAULT_SITES_CACHE_BYTES,
  DEFAULT_SITES_LISTEN,
} from '../serving/index.ts';
import { CommandError } from './errors.ts';
import { checkNamespaceSelector, watchScope } from './run.ts';
import type { Io } from './site.ts';

interface ServeSitesFlags {
  listen?: string;
  metricsAddr?: string;
  namespace?: string;
  namespaceSelector?: string;
  cacheMib?: number;
}

function mebibytes(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError(`"${value}" is not a size in MiB; give a whole number such as 256`);
  }
  return Number(value);
}

export function serveSitesCommand(io: Io): Command {
  return new Command('serve-sites')
    .description(
      "serve every Website's live Build on one port, chosen by the request's Host (the site's generated host)",
    )
    .option(
      '--listen <host:port>',
      `where sites are served (default PAGEMAGIC_SITES_LISTEN or ${DEFAULT_SITES_LISTEN})`,
    )
    .option(
      '--metrics-addr <host:port>',
      'the metrics and health server (default PAGEMAGIC_METRICS_ADDR or 127.0.0.1:8080)',
    )
    .option('--namespace <ns>', 'serve only this namespace (default: all; PAGEMAGIC_WATCH_NAMESPACE)')
    .option(
      '--namespace-selector <selector>',
      'serve only namespaces whose labels match, e.g. pagemagic.dev/install=prod; not with --namespace ' +
        '(default: all; PAGEMAGIC_NAMESPACE_SELECTOR)',
    )
    .option(
      '--cache-mib <n>',
      `site files kept in memory, in MiB (default ${DEFAULT_SITES_CACHE_BYTES / 1024 / 1024})`,
      mebibytes,
    )
    .action(async (flags: ServeSitesFlags) => {
      const scope = watchScope(flags, io.env);
      const config = configFromEnv(io.env);
      if (flags.metricsAddr) config.metrics = parseListenAddress(flags.metricsAddr);
      const listen = parseListenAddress(
        flags.listen ?? io.env.PAGEMAGIC_SITES_LISTEN?.trim() ?? DEFAULT_SITES_LISTEN,
      );
      const logger = createLogger();
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromDefault();
      if (scope.namespaceSelector !== undefined) {
        await checkNamespaceSelector(
          new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER }),
          scope.namespaceSelector,
        );
      }
      const router = createSiteRouter({
        kubeConfig,
        config,
        listen,
        logger,
        // Site images are read from the registry with the operator's credentials and insecure-registry list.
        imageRegistry: registryAccess(
          new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER }),
          config,
        ),
        ...scope,
        ...(flags.cacheMib ? { cacheBytes: flags.cacheMib * 1024 * 1024 } : {}),
      });
      const stopped = new Promise<NodeJS.Signals>((resolve) => {
        process.once('SIGTERM', resolve);
        process.once('SIGINT', resolve);
      });
      try {
        await router.start();
      } catch (error) {
        await router.stop();
        if (error instanceof AddressInUseError) {
          const elsewhere =
            error.what === 'sites'
              ? '--listen or PAGEMAGIC_SITES_LISTEN'
              : '--metrics-addr or PAGEMAGIC_METRICS_ADDR';
          throw new CommandError(
            `${error.message}: stop what listens there, or choose another with ${elsewhere}`,
          );
        }
        throw error;
      }
      const signal = await stopped;
      logger.info({ signal }, 'shutting down');
      await router.stop();
      // As `run` does: idle keep-alive connections to the API server and the registry would otherwise hold
      // the process for seconds after everything stopped.
      process.exit(0);
    });
}
