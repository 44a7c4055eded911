// The operator end to end, in-process against the local cluster, the local OCI registry and NATS: a
// Website with a brief becomes a served site; content edits roll out, a pin rolls back, history is pruned
// around the live and pinned Builds, events are published once per transition, and a resync of a Ready
// Website writes nothing.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Build, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import { EVENTS_STREAM } from '@pagemagic/crds/events';
import { type SiteDocument, validateSiteDocument } from '@pagemagic/crds/site-document';
import { repoRoot, serviceSettings } from '@pagemagic/hack/testkit/env';
import { kubeconfigPath, loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { AckPolicy, connect, DeliverPolicy, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, ensureBaseImage, type Operator } from '../src/commands/run.ts';
import { configFromEnv, OPERATOR_FIELD_MANAGER, type OperatorConfig } from '../src/config.ts';
import { natsPublisher } from '../src/events/index.ts';
import { inlineExecutor } from '../src/executor/index.ts';
import { pullLayerFiles, STATIC_CONFIG_PATH } from '../src/image/index.ts';
import { createLogger, KubeClient, type KubeObject, resources, WRITE_VERBS } from '../src/runtime/index.ts';
import { createOfflineGenerator, renderSite } from '../src/site/index.ts';

const exec = promisify(execFile);

let kubeConfig: KubeConfig;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let client: KubeClient;
let operator: Operator;
let config: OperatorConfig;
let nats: NatsConnection;

const NAME = 'bakery';

beforeAll(async () => {
  kubeConfig = loadKubeConfig();
  namespace = await createTestNamespace(kubeConfig, 'op-e2e');
  client = new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER });
  const settings = serviceSettings();
  config = {
    ...configFromEnv({ PAGEMAGIC_REGISTRY: testServerSettings().registryHost }),
    metrics: { host: '127.0.0.1', port: 0 },
    buildHistoryLimit: 1,
    contentHistoryLimit: 1,
    natsUrl: settings.natsUrl,
  };
  await ensureBaseImage(config);
  nats = await connect({ servers: settings.natsUrl });
  operator = await createOperator({
    kubeConfig,
    config,
    leaderElect: false,
    namespace: namespace.name,
    executor: inlineExecutor(createOfflineGenerator()),
    logger: createLogger({ level: 'error', write: (line) => process.stderr.write(`${line}\n`) }),
    processMetrics: false,
  });
  await operator.manager.start();
}, 120_000);

afterAll(async () => {
  await operator?.manager.stop();
  await operator?.publisher.close();
  await nats?.drain();
  await namespace?.delete();
});

const getWebsite = () => client.get<Website>(WEBSITES, namespace.name, NAME);
const getBuild = (name: string) => client.get<Build>(BUILDS, namespace.name, name);

interface Deployment extends KubeObject {
  spec: { template: { spec: { containers: Array<{ image: string }> } } };
  status?: { conditions?: Array<{ type: string; status: string }> };
}

const getDeployment = () => client.get<Deployment>(resources.deployments, namespace.name, NAME);

function ready(website: Website): boolean {
  return website.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Ready, at the current generation, serving `build` (or any Build) from an available Deployment. */
async function servedBuild(expected?: string): Promise<{ website: Website; build: Build } | undefined> {
  const website = await getWebsite();
  if (!ready(website) || website.status?.observedGeneration !== website.metadata.generation) return undefined;
  const live = website.status?.liveBuild;
  if (!live || (expected && live !== expected)) return undefined;
  const build = await getBuild(live);
  const deployment = await getDeployment();
  if (deployment.spec.template.spec.containers[0]?.image !== build.status?.image) return undefined;
  return { website, build };
}

async function writes(): Promise<number> {
  const metric = await operator.manager.registry.getSingleMetric('pagemagic_kube_requests_total')?.get();
  return (metric?.values ?? [])
    .filter((v) => WRITE_VERBS.includes(v.labels.verb as never) && v.labels.resource !== 'leases')
    .reduce((sum, v) => sum + v.value, 0);
}

async function reconciles(): Promise<number> {
  const metric = await operator.manager.registry.getSingleMetric('controller_runtime_reconcile_total')?.get();
  return (metric?.values ?? [])
    .filter((v) => v.labels.controller === 'website')
    .reduce((sum, v) => sum + v.value, 0);
}

async function forceReconciles(times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const before = await reconciles();
    operator.websites.enqueue(`${namespace.name}/${NAME}`);
    await eventually(
      'a forced reconcile',
      async () => ((await reconciles()) > before ? true : undefined),
      60,
    );
  }
}

/** Every message about one Website: a consumer filtered on its uid (NATS 2.9 takes one filter subject). */
async function streamMessages(uid: string): Promise<Array<{ type: string; name: string }>> {
  const manager = await nats.jetstreamManager();
  const info = await manager.consumers.add(EVENTS_STREAM, {
    ack_policy: AckPolicy.None,
    deliver_policy: DeliverPolicy.All,
    filter_subject: `pagemagic.events.*.*.${uid}`,
    inactive_threshold: 60_000_000_000,
  });
  try {
    const out: Array<{ type: string; name: string }> = [];
    if (info.num_pending === 0) return out;
    const consumer = await nats.jetstream().consumers.get(EVENTS_STREAM, info.name);
    const batch = await consumer.fetch({ max_messages: info.num_pending, expires: 5000 });
    for await (const message of batch) out.push(message.json<{ type: string; name: string }>());
    return out;
  } finally {
    await manager.consumers.delete(EVENTS_STREAM, info.name);
  }
}

describe('the operator', () => {
  const state: { first?: Build; second?: Build; uid?: string; site?: SiteDocument } = {};

  it('turns a Website with a brief into a served site', async () => {
    await client.create(WEBSITES, {
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Website',
      metadata: { name: NAME, namespace: namespace.name },
      spec: {
        brief: { prompt: 'A family bakery in Porto with fresh bread and pastel de nata', locales: ['en'] },
      },
    });
    const { website, build } = await eventually('the Website to be Ready', () => servedBuild(), 180);
    state.first = build;
    state.uid = website.metadata.uid;

    const host = `${NAME}-${namespace.name}.sites.pagemagic.localhost`;
    expect(website.status?.url).toBe(`https://${host}/`);
    expect(website.status?.latestBuild).toBe(build.metadata.name);
    expect(website.status?.tokenUsage).toEqual({ prompt: 0, completion: 0 });
    for (const type of ['ContentReady', 'Built', 'Deployed', 'Ready']) {
      expect(website.status?.conditions?.find((c) => c.type === type)).toMatchObject({
        status: 'True',
        observedGeneration: website.metadata.generation,
      });
    }

    const content = await client.get<KubeObject & { immutable?: boolean; data?: Record<string, string> }>(
      resources.configMaps,
      namespace.name,
      website.status?.contentRevision ?? '',
    );
    expect(content.immutable).toBe(true);
    const validation = validateSiteDocument(JSON.parse(content.data?.['site.json'] ?? 'null'));
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    state.site = validation.value;

    expect(build.status?.phase).toBe('Succeeded');
    expect(build.status?.image).toMatch(
      new RegExp(`^${config.registry.replace(/\./g, '\\.')}/${namespace.name}/${NAME}@sha256:[a-f0-9]{64}$`),
    );
    expect(build.spec.contentRevision).toBe(website.status?.contentRevision);
    const rendered = renderSite(validation.value, { baseUrl: website.status?.url ?? '' });
    expect(build.status?.pages).toBe(rendered.pages.length);
    const files = await pullLayerFiles(build.status?.image ?? '', { prefix: '/srv/site' });
    // The rendered files, and the web server's config made from their `_headers`.
    expect([...files.keys()]).toEqual([...rendered.files.keys(), STATIC_CONFIG_PATH].sort());
    for (const [path, file] of rendered.files)
      expect(files.get(path)?.body.equals(file.body), path).toBe(true);

    const deployment = await getDeployment();
    expect(deployment.status?.conditions?.find((c) => c.type === 'Available')?.status).toBe('True');
    await client.get(resources.services, namespace.name, NAME);
    const ingress = await client.get<KubeObject & { spec: { rules: Array<{ host: string }> } }>(
      resources.ingresses,
      namespace.name,
      NAME,
    );
    expect(ingress.spec.rules.map((rule) => rule.host)).toEqual([host]);

    const recorded = await eventually('a Kubernetes Event for the Ready transition', async () => {
      const { items } = await client.list<KubeObject & { reason?: string; type?: string }>(resources.events, {
        namespace: namespace.name,
        fieldSelector: `involvedObject.name=${NAME}`,
      });
      return items.some((e) => e.reason === 'Live') ? items : undefined;
    });
    expect(recorded.filter((e) => e.reason === 'Live').map((e) => e.type)).toEqual(['Normal']);
    // Each transition once: a reconcile that runs before the cache has seen the last status write must not
    // write that status, or its Event, a second time.
    const reasons = recorded.map((e) => e.reason ?? '');
    expect(reasons.filter((reason, index) => reasons.indexOf(reason) !== index)).toEqual([]);

    const { stdout } = await exec(
      join(repoRoot, 'hack', 'bin', 'kubectl'),
      ['--kubeconfig', kubeconfigPath(), '-n', namespace.name, 'get', 'websites', NAME, '--no-headers'],
      { cwd: repoRoot },
    );
    expect(stdout.trim().split(/\s+/).slice(0, 6)).toEqual([
      NAME,
      'True',
      'Live',
      `https://${host}/`,
      build.metadata.name,
      build.metadata.name,
    ]);
  }, 240_000);

  it('makes no writes when it reconciles a Ready Website again', async () => {
    await forceReconciles(1);
    const before = await writes();
    operator.informers.websites.relist();
    await forceReconciles(3);
    expect(await writes()).toBe(before);
  }, 120_000);

  it('rolls out edited content as a new Build and rolls back to a pinned one', async () => {
    const first = state.first as Build;
    const edited = { ...(state.site as SiteDocument), name: 'Padaria Nova' };
    await client.mergePatch(
      WEBSITES,
      { namespace: namespace.name, name: NAME },
      { spec: { content: { inline: edited } } },
    );
    const { build: second } = await eventually(
      'the edited content to be served',
      async () => {
        const served = await servedBuild();
        return served && served.build.metadata.name !== first.metadata.name ? served : undefined;
      },
      180,
    );
    state.second = second;
    // One edit, one Building Event, however many reconciles ran before the cache saw each status write.
    const { items: events } = await client.list<KubeObject & { reason?: string }>(resources.events, {
      namespace: namespace.name,
      fieldSelector: `involvedObject.name=${NAME}`,
    });
    expect(events.filter((e) => e.reason === 'Building')).toHaveLength(1);
    expect(second.status?.image).not.toBe(first.status?.image);
    expect(second.spec.contentHash).not.toBe(first.spec.contentHash);

    await client.mergePatch(
      WEBSITES,
      { namespace: namespace.name, name: NAME },
      {
        spec: { release: { build: first.metadata.name } },
      },
    );
    const rolledBack = await eventually(
      'the pinned Build to be served',
      () => servedBuild(first.metadata.name),
      120,
    );
    expect(rolledBack.website.status?.conditions?.find((c) => c.type === 'Deployed')?.reason).toBe('Pinned');
    // Ready says so too (kubectl's REASON column), naming the newer Build that waits behind the pin.
    const ready = rolledBack.website.status?.conditions?.find((c) => c.type === 'Ready');
    expect(ready).toMatchObject({ status: 'True', reason: 'Pinned' });
    expect(ready?.message).toContain(`Build ${second.metadata.name} is newer`);
  }, 400_000);

  it('prunes history past the limit but never the live or pinned Build', async () => {
    const first = state.first as Build;
    const second = state.second as Build;
    // With a limit of 1, one Build besides the live, latest and pinned ones is kept: after two more edits
    // the second Build is the oldest unprotected one.
    const builtFrom = async (name: string) => {
      await client.mergePatch(
        WEBSITES,
        { namespace: namespace.name, name: NAME },
        { spec: { content: { inline: { ...(state.site as SiteDocument), name } } } },
      );
      return eventually(
        `a Build of "${name}" to succeed`,
        async () => {
          const website = await getWebsite();
          const latest = website.status?.latestBuild;
          if (website.status?.observedGeneration !== website.metadata.generation || !latest) return undefined;
          const build = await getBuild(latest);
          return build.status?.phase === 'Succeeded' ? build : undefined;
        },
        180,
      );
    };
    const third = await builtFrom('Padaria Terceira');
    const fourth = await builtFrom('Padaria Quarta');
    const remaining = await eventually(
      'the second Build to be pruned',
      async () => {
        const { items } = await client.list<Build>(BUILDS, { namespace: namespace.name });
        const names = items.map((b) => b.metadata.name ?? '').sort();
        return names.includes(second.metadata.name ?? '') ? undefined : names;
      },
      120,
    );
    expect(remaining).toEqual(
      [first.metadata.name, third.metadata.name, fourth.metadata.name].sort() as string[],
    );
    const served = await eventually(
      'the pinned Build to stay served',
      () => servedBuild(first.metadata.name),
      60,
    );
    expect(served.website.status?.latestBuild).toBe(fourth.metadata.name);
  }, 400_000);

  it('publishes exactly one event per transition, however often it reconciles', async () => {
    await forceReconciles(3);
    const events = await streamMessages(state.uid ?? '');
    const count = (type: string) => events.filter((e) => e.type === type).length;
    // One generation (the brief); four Builds; published: first, second, then the rollback to first.
    expect(count('site.generated')).toBe(1);
    expect(count('build.succeeded')).toBe(4);
    expect(count('build.failed')).toBe(0);
    expect(count('site.published')).toBe(3);

    // A repeated publish of the same occurrence is dropped by JetStream.
    const publisher = await natsPublisher({ url: config.natsUrl ?? '' });
    const again = {
      type: 'site.published' as const,
      namespace: namespace.name,
      name: NAME,
      uid: state.uid ?? '',
    };
    const event = {
      ...again,
      generation: 99,
      websiteUid: state.uid ?? '',
      occurrence: 'dedupe-check',
      data: {},
    };
    await publisher.publish(event);
    await publisher.publish(event);
    await publisher.close();
    expect((await streamMessages(state.uid ?? '')).length).toBe(events.length + 1);
  }, 120_000);

  it('refuses invalid inline content with the paths at fault, and keeps serving', async () => {
    const broken = { ...(state.site as SiteDocument), pages: [] as unknown[], defaultLocale: 'xx' };
    await client.mergePatch(
      WEBSITES,
      { namespace: namespace.name, name: NAME },
      { spec: { content: { inline: broken } } },
    );
    const condition = await eventually('ContentReady=False InvalidContent', async () => {
      const website = await getWebsite();
      if (website.status?.observedGeneration !== website.metadata.generation) return undefined;
      return website.status?.conditions?.find(
        (c) => c.type === 'ContentReady' && c.reason === 'InvalidContent',
      );
    });
    expect(condition.status).toBe('False');
    expect(condition.message).toMatch(/^spec\.content\.inline is not a valid site document: \/\S*/);
    const deployment = await getDeployment();
    expect(deployment.spec.template.spec.containers[0]?.image).toBe(state.first?.status?.image);
  }, 120_000);

  it('leaves nothing behind when the Website is deleted', async () => {
    await client.delete(WEBSITES, { namespace: namespace.name, name: NAME });
    const selector = `pagemagic.dev/website=${NAME}`;
    await eventually(
      'every object labelled with the Website to be gone',
      async () => {
        for (const ref of [
          resources.configMaps,
          resources.deployments,
          resources.services,
          resources.ingresses,
          BUILDS,
        ]) {
          const { items } = await client.list(ref, { namespace: namespace.name, labelSelector: selector });
          if (items.length > 0) return undefined;
        }
        return true;
      },
      180,
    );
  }, 240_000);
});
