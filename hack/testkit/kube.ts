import { join } from 'node:path';
import { CustomObjectsApi, KubeConfig } from '@kubernetes/client-node';
import { repoRoot } from './env.ts';

/** The kubeconfig `hack/cluster.sh up` writes; KUBECONFIG or PAGEMAGIC_KUBECONFIG point elsewhere. */
export function kubeconfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PAGEMAGIC_KUBECONFIG ?? env.KUBECONFIG ?? join(repoRoot, '.local', 'kubeconfig');
}

export function loadKubeConfig(path = kubeconfigPath()): KubeConfig {
  const config = new KubeConfig();
  config.loadFromFile(path);
  return config;
}

export function customObjects(config = loadKubeConfig()): CustomObjectsApi {
  return config.makeApiClient(CustomObjectsApi);
}
