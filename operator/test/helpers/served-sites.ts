// The operator and `serve-sites` together, in-process, against the local cluster and registry, as
// `make dev` runs them: the operator writes each Website's URL with the router's scheme and port, and the
// router serves that host from the live Build's image. The operator reconciles one test namespace; the
// router finds it by a label of its own, as make dev's router finds the namespaces labelled for it.

import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Build, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { createOperator, ensureBaseImage, type Operator } from '../../src/commands/run.ts';
import { configFromEnv, OPERATOR_FIELD_MANAGER, type OperatorConfig } from '../../src/config.ts';
import { inlineExecutor } from '../../src/executor/index.ts';
import { createLogger, KubeClient, resources } from '../../src/runtime/index.ts';
import { createSiteRouter, type SiteRouter } from '../../src/serving/index.ts';
import { createOfflineGenerator } from '../../src/site/index.ts';

export interface ServedSites {
  kubeConfig: KubeConfig;
  client: KubeClient;
  namespace: string;
  config: OperatorConfig;
  operator: Operator;
  router: SiteRouter;
  /** The router's loopback port. */
  port: number;
  /** Creates a Website from a brief and waits until it is Ready with a live Build. */
  createWebsite(name: string, prompt: string): Promise<{ website: Website; build: Build }>;
  /** Ready at its current generation, with a live Build other than `not`. */
  servedBuild(name: string, not?: string): Promise<{ website: Website; build: Build } | undefined>;
  stop(): Promise<void>;
}

const quietLogger = () =>
  createLogger({ level: 'error', write: (line) => process.stderr.write(`${line}\n`) });

export async function startServedSites(prefix: string): Promise<ServedSites> {
  const kubeConfig = loadKubeConfig();
  const namespace = await createTestNamespace(kubeConfig, prefix);
  const client = new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER });
  const label = `pagemagic.dev/serve-sites-test=${randomBytes(4).toString('hex')}`;
  const [labelKey, labelValue] = label.split('=') as [string, string];
  await client.mergePatch(
    resources.namespaces,
    { name: namespace.name },
    { metadata: { labels: { [labelKey]: labelValue } } },
  );
  const port = await freePort();
  const config: OperatorConfig = {
    ...configFromEnv({
      PAGEMAGIC_REGISTRY: testServerSettings().registryHost,
      PAGEMAGIC_SITE_URL_SCHEME: 'http',
      PAGEMAGIC_SITE_URL_PORT: String(port),
    }),
    metrics: { host: '127.0.0.1', port: 0 },
  };
  await ensureBaseImage(config);
  const operator = await createOperator({
    kubeConfig,
    config,
    leaderElect: false,
    namespace: namespace.name,
    executor: inlineExecutor(createOfflineGenerator()),
    logger: quietLogger(),
    processMetrics: false,
  });
  await operator.manager.start();
  const router = createSiteRouter({
    kubeConfig,
    config,
    listen: { host: '127.0.0.1', port },
    namespaceSelector: label,
    logger: quietLogger(),
    processMetrics: false,
  });
  await router.start();

  const servedBuild = async (name: string, not?: string) => {
    const website = await client.get<Website>(WEBSITES, namespace.name, name);
    const ready = website.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
    if (!ready || website.status?.observedGeneration !== website.metadata.generation) return undefined;
    const live = website.status?.liveBuild;
    if (!live || live === not) return undefined;
    return { website, build: await client.get<Build>(BUILDS, namespace.name, live) };
  };

  return {
    kubeConfig,
    client,
    namespace: namespace.name,
    config,
    operator,
    router,
    port,
    async createWebsite(name, prompt) {
      await client.create(WEBSITES, {
        apiVersion: 'pagemagic.dev/v1alpha1',
        kind: 'Website',
        metadata: { name, namespace: namespace.name },
        spec: { brief: { prompt, locales: ['en'] } },
      });
      return eventually(`the Website ${name} to be Ready`, () => servedBuild(name), 180);
    },
    servedBuild,
    async stop() {
      await router.stop();
      await operator.manager.stop();
      await operator.publisher.close();
      await namespace.delete();
    },
  };
}

export interface SiteResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A request to the router on 127.0.0.1 with `host` in the Host header, as a browser that resolved the
 * *.localhost name to loopback sends it (Node's resolver does not resolve *.localhost names).
 */
export function getByHost(
  port: number,
  host: string,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<SiteResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
