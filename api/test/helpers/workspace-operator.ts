// The real operator, in this process, reconciling one workspace's namespace: inline executor, offline
// generator, the local registry, no events. For tests that take a site through the API to Ready.

import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { createOperator, ensureBaseImage, type Operator } from '../../../operator/src/commands/run.ts';
import { configFromEnv } from '../../../operator/src/config.ts';
import { noEvents } from '../../../operator/src/events/index.ts';
import { inlineExecutor } from '../../../operator/src/executor/index.ts';
import { createLogger } from '../../../operator/src/runtime/index.ts';
import { createOfflineGenerator } from '../../../operator/src/site/index.ts';

export type { Operator };

/** `env` adds operator settings (site URLs, the forms URL) to the local registry's. */
export async function startWorkspaceOperator(
  namespace: string,
  env: Record<string, string> = {},
): Promise<Operator> {
  const config = {
    ...configFromEnv({ PAGEMAGIC_REGISTRY: testServerSettings().registryHost, ...env }),
    metrics: { host: '127.0.0.1', port: 0 },
  };
  await ensureBaseImage(config);
  const operator = await createOperator({
    kubeConfig: loadKubeConfig(),
    config,
    leaderElect: false,
    namespace,
    executor: inlineExecutor(createOfflineGenerator()),
    publisher: noEvents,
    logger: createLogger({ level: 'error', write: (line) => process.stderr.write(`${line}\n`) }),
    processMetrics: false,
  });
  await operator.manager.start();
  return operator;
}

export async function stopWorkspaceOperator(operator: Operator | undefined): Promise<void> {
  await operator?.manager.stop();
  await operator?.publisher.close();
}
