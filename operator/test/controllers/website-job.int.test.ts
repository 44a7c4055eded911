// The job executor's reconcile flow: a Website with a brief starts exactly one generation Job, waits, and
// once the Job's result ConfigMap appears (written here as the container would) stores the content and
// becomes Ready. The fake node never runs containers, so the container's part is simulated.

import type { KubeConfig } from '@kubernetes/client-node';
import type { Website } from '@pagemagic/crds';
import { WEBSITES } from '@pagemagic/crds';
import { canonicalJson } from '@pagemagic/crds/content';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { serviceAccountToken, tokenKubeConfig } from '@pagemagic/hack/testkit/service-account-kubeconfig';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, ensureBaseImage, type Operator } from '../../src/commands/run.ts';
import { configFromEnv, OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import { briefHashOf } from '../../src/controllers/website/resources.ts';
import { noEvents } from '../../src/events/index.ts';
import { generationResultConfigMap } from '../../src/executor/command.ts';
import { generationJobName, generationResultName } from '../../src/executor/job-resources.ts';
import { createLogger, KubeClient, type KubeObject, resources } from '../../src/runtime/index.ts';
import { createOfflineGenerator } from '../../src/site/index.ts';

const GENERATOR = 'pagemagic-generator';

let kubeConfig: KubeConfig;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let client: KubeClient;
let operator: Operator;

beforeAll(async () => {
  kubeConfig = loadKubeConfig();
  namespace = await createTestNamespace(kubeConfig, 'website-job');
  client = new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER });
  const config = {
    ...configFromEnv({ PAGEMAGIC_REGISTRY: testServerSettings().registryHost, PAGEMAGIC_EXECUTOR: 'job' }),
    metrics: { host: '127.0.0.1', port: 0 },
  };
  await ensureBaseImage(config);
  operator = await createOperator({
    kubeConfig,
    config,
    leaderElect: false,
    namespace: namespace.name,
    publisher: noEvents,
    logger: createLogger({ level: 'error', write: (line) => process.stderr.write(`${line}\n`) }),
    processMetrics: false,
  });
  await operator.manager.start();
}, 120_000);

afterAll(async () => {
  await operator?.manager.stop();
  await namespace?.delete();
});

interface Job extends KubeObject {
  spec: { backoffLimit: number; template: { spec: { containers: Array<{ args: string[] }> } } };
}

describe('the job executor', () => {
  it('starts one Job per brief and takes the content from its result ConfigMap', async () => {
    const prompt = 'A bicycle repair shop in Lyon';
    await client.create(WEBSITES, {
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Website',
      metadata: { name: 'cycles', namespace: namespace.name },
      spec: { brief: { prompt, locales: ['fr'] } },
    });
    const website = await client.get<Website>(WEBSITES, namespace.name, 'cycles');
    const jobName = generationJobName('cycles', briefHashOf(website));
    const job = await eventually('the generation Job', () =>
      client.get<Job>(resources.jobs, namespace.name, jobName).catch(() => undefined),
    );
    expect(job.spec.backoffLimit).toBe(2);
    expect(job.spec.template.spec.containers[0]?.args.slice(0, 4)).toEqual([
      'executor',
      'generate',
      '--brief',
      prompt,
    ]);
    const waiting = await eventually('ContentReady=False Generating', async () => {
      const current = await client.get<Website>(WEBSITES, namespace.name, 'cycles');
      const condition = current.status?.conditions?.find((c) => c.type === 'ContentReady');
      return condition?.reason === 'Generating' ? condition : undefined;
    });
    expect(waiting.status).toBe('False');

    // Repeated reconciles while the Job runs must not start another.
    for (let i = 0; i < 3; i += 1) operator.websites.enqueue(`${namespace.name}/cycles`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const jobs = await client.list(resources.jobs, { namespace: namespace.name });
    expect(jobs.items.map((j) => j.metadata?.name)).toEqual([jobName]);

    // The Job runs as a generator account the operator made in this namespace, and that account may write
    // its result and nothing else.
    expect(
      (job as Job & { spec: { template: { spec: { serviceAccountName?: string } } } }).spec.template.spec
        .serviceAccountName,
    ).toBe(GENERATOR);
    const generator = new KubeClient(
      tokenKubeConfig(kubeConfig, await serviceAccountToken(kubeConfig, namespace.name, GENERATOR)),
      { fieldManager: OPERATOR_FIELD_MANAGER },
    );
    await expect(generator.list(resources.configMaps, { namespace: namespace.name })).rejects.toMatchObject({
      code: 403,
    });
    await expect(generator.get(resources.secrets, namespace.name, 'anything')).rejects.toMatchObject({
      code: 403,
    });
    await expect(
      generator.create(resources.jobs, { ...job, metadata: { name: 'x', namespace: namespace.name } }),
    ).rejects.toMatchObject({ code: 403 });

    // What the container does when it finishes, with the container's credentials.
    const result = await createOfflineGenerator().generateSite({ prompt, locales: ['fr'], tone: 'friendly' });
    await generator.create(
      resources.configMaps,
      generationResultConfigMap(
        {
          brief: prompt,
          namespace: namespace.name,
          resultConfigmap: generationResultName(jobName),
          website: 'cycles',
          websiteUid: website.metadata.uid ?? '',
        },
        { ...result, usage: { promptTokens: 120, completionTokens: 3400 } },
      ),
    );
    const ready = await eventually(
      'the Website to be Ready',
      async () => {
        const current = await client.get<Website>(WEBSITES, namespace.name, 'cycles');
        return current.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')
          ? current
          : undefined;
      },
      180,
    );
    expect(ready.status?.tokenUsage).toEqual({ prompt: 120, completion: 3400 });
    const content = await client.get<KubeObject & { data?: Record<string, string> }>(
      resources.configMaps,
      namespace.name,
      ready.status?.contentRevision ?? '',
    );
    expect(content.data?.['site.json']).toBe(canonicalJson(result.site));
  }, 300_000);
});
