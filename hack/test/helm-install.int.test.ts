// `helm install` of charts/pagemagic into a fresh namespace of the local cluster, with the images `make
// images` builds (buildImages: pushed to the local registry, installed by digest), then `helm upgrade`,
// `helm test` and `helm uninstall`.
//
// The local cluster's only node is kwok's fake node: pods are scheduled and become Ready without any process
// running (and Job pods succeed), so a Ready pod here proves the chart's scheduling and wiring (images,
// Secrets, ServiceAccounts, probes' ports, PodSecurity), not the program; hack/test/images.int.test.ts runs
// each image's entrypoint for that. To show that the installed operator works, this test runs the chart's
// operator from its unpacked image (hack/images/sandbox.ts) with the container's own args and environment,
// read back from the installed Deployment, and a token of the chart's ServiceAccount mounted where the
// kubelet would put it, so every request it makes is authorized by the chart's ClusterRole; a Website
// applied with kubectl then becomes Ready.

import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api, type KubeConfig, type V1Deployment, type V1EnvVar } from '@kubernetes/client-node';
import { type ContainerConfig, extractImage } from '@pagemagic/operator/image';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImages, type ImagesFile } from '../images/index.ts';
import { type Sandboxed, startSandboxed } from '../images/sandbox.ts';
import { localServices } from '../testkit/env.ts';
import { freePort } from '../testkit/free-port.ts';
import { loadKubeConfig } from '../testkit/kube.ts';
import { serviceAccountToken } from '../testkit/service-account-kubeconfig.ts';
import { createTestNamespace, eventually } from '../testkit/test-namespace.ts';
import { testServerSettings } from '../testkit/test-servers.ts';
import { chartPath, helm, kubectl } from './helpers/helm.ts';

const RELEASE = 'pagemagic';
const COMPONENTS = ['operator', 'api', 'web', 'static'] as const;
const DEPLOYMENTS = { operator: 2, api: 2, web: 2, meter: 1, 'serve-sites': 2 } as const;

let admin: KubeConfig;
let images: ImagesFile;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let tenant: string;
let scratch: string;
let installed = false;
let operator: Sandboxed | undefined;

/** `--set` flags pinning every component's image to what buildImages pushed, by digest. */
function imageValues(): string[] {
  return COMPONENTS.flatMap((component) => {
    const [repository, digest] = images[component].split('@');
    return [
      '--set',
      `images.${component}.repository=${repository}`,
      '--set',
      `images.${component}.digest=${digest}`,
    ];
  });
}

async function deployment(name: string): Promise<V1Deployment> {
  return JSON.parse(
    await kubectl(['get', 'deployment', name, '-n', namespace.name, '-o', 'json']),
  ) as V1Deployment;
}

/** A container's environment as the kubelet would give it: values, the pod's namespace, Secret keys. */
async function resolveEnv(env: V1EnvVar[]): Promise<Record<string, string>> {
  const core = admin.makeApiClient(CoreV1Api);
  const out: Record<string, string> = {};
  for (const variable of env) {
    const from = variable.valueFrom;
    if (variable.value !== undefined) {
      out[variable.name] = variable.value;
    } else if (from?.fieldRef?.fieldPath === 'metadata.namespace') {
      out[variable.name] = namespace.name;
    } else if (from?.secretKeyRef) {
      const { name, key, optional } = from.secretKeyRef;
      const secret = await core
        .readNamespacedSecret({ name: name ?? '', namespace: namespace.name })
        .catch(() => undefined);
      const data = secret?.data?.[key];
      if (data !== undefined) out[variable.name] = Buffer.from(data, 'base64').toString('utf8');
      else if (!optional)
        throw new Error(`${variable.name}: Secret ${name} has no key ${key}, and it is not optional`);
    } else {
      throw new Error(`${variable.name}: the test cannot resolve ${JSON.stringify(from)}`);
    }
  }
  return out;
}

async function websiteReady(name: string): Promise<boolean> {
  const website = JSON.parse(await kubectl(['get', 'website', name, '-n', tenant, '-o', 'json'])) as {
    status?: { conditions?: Array<{ type: string; status: string }> };
  };
  return website.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

beforeAll(async () => {
  admin = loadKubeConfig();
  images = await buildImages();
  namespace = await createTestNamespace(admin, 'helm-install');
  scratch = await mkdtemp(join(tmpdir(), 'pagemagic-helm-install-'));
  const servers = testServerSettings();
  await kubectl([
    'create',
    'secret',
    'generic',
    'pagemagic-services',
    '-n',
    namespace.name,
    `--from-literal=DATABASE_URL=${localServices.postgresUrl}`,
    `--from-literal=REDIS_URL=${localServices.redisUrl}`,
    `--from-literal=NATS_URL=${localServices.natsUrl}`,
    `--from-literal=SMTP_URL=${servers.mailpitSmtpUrl}`,
  ]);
}, 600_000);

afterAll(async () => {
  await operator?.stop();
  if (installed) await helm(['uninstall', RELEASE, '-n', namespace.name, '--wait']).catch(() => undefined);
  if (tenant) await kubectl(['delete', 'namespace', tenant, '--wait=false']).catch(() => undefined);
  await namespace?.delete();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('helm install, upgrade, test and uninstall on the local cluster', () => {
  it('installs with --wait: every Deployment ready, every pod on the image built, by digest', async () => {
    // The CRDs are already in the cluster (the test setup applies them server-side as pagemagic-crds): the
    // release adopts them, which needs both --take-ownership and --force-conflicts. Their content is the
    // same (the chart's CRD templates are generated from crds/*.yaml), and crds.keep stays on, so the
    // uninstall below leaves them for every other test.
    await helm([
      'install',
      RELEASE,
      chartPath,
      '-n',
      namespace.name,
      '--wait',
      '--timeout',
      '5m',
      '--take-ownership',
      '--force-conflicts',
      ...imageValues(),
      '--set',
      `meter.prometheusUrl=${localServices.prometheusUrl}`,
    ]);
    installed = true;
    for (const [component, replicas] of Object.entries(DEPLOYMENTS)) {
      const live = await deployment(`${RELEASE}-${component}`);
      expect(live.status?.readyReplicas, component).toBe(replicas);
      const expected =
        component === 'web'
          ? images.web
          : component === 'meter'
            ? images.api
            : component === 'api'
              ? images.api
              : images.operator;
      expect(live.spec?.template.spec?.containers[0]?.image, component).toBe(expected);
    }
    const pods = JSON.parse(await kubectl(['get', 'pods', '-n', namespace.name, '-o', 'json'])) as {
      items: Array<{ spec: { containers: Array<{ image: string }> }; status: { phase: string } }>;
    };
    expect(pods.items.length).toBe(Object.values(DEPLOYMENTS).reduce((a, b) => a + b, 0));
    for (const pod of pods.items) {
      expect(pod.status.phase).toBe('Running');
      for (const container of pod.spec.containers) expect(container.image).toMatch(/@sha256:[a-f0-9]{64}$/);
    }
  }, 360_000);

  it("runs the chart's operator, under the chart's ServiceAccount and ClusterRole: a Website becomes Ready", async () => {
    const live = await deployment(`${RELEASE}-operator`);
    const container = live.spec?.template.spec?.containers[0];
    const serviceAccount = live.spec?.template.spec?.serviceAccountName;
    expect(serviceAccount).toBe(`${RELEASE}-operator`);
    const env = await resolveEnv(container?.env ?? []);
    const selector = env.PAGEMAGIC_NAMESPACE_SELECTOR;
    expect(selector).toMatch(/^pagemagic\.dev\/install=/);

    // A workspace namespace as the API makes it, with this installation's label.
    tenant = `helm-tenant-${randomBytes(4).toString('hex')}`;
    await kubectl(['create', 'namespace', tenant]);
    await kubectl(['label', 'namespace', tenant, selector ?? '', 'pagemagic.dev/test=true']);

    const root = join(scratch, 'operator');
    const resolved = await extractImage(images.operator, root);
    const cluster = admin.getCurrentCluster();
    const server = new URL(cluster?.server ?? '');
    const [metrics, acme] = [await freePort(), await freePort()];
    operator = await startSandboxed({
      root,
      image: resolved.config.config ?? ({} as ContainerConfig),
      args: container?.args,
      serviceAccount: {
        token: await serviceAccountToken(admin, namespace.name, serviceAccount ?? ''),
        caCrt: cluster?.caData
          ? Buffer.from(cluster.caData, 'base64').toString('utf8')
          : await readFile(cluster?.caFile ?? '', 'utf8'),
        namespace: namespace.name,
      },
      env: {
        ...env,
        KUBERNETES_SERVICE_HOST: server.hostname,
        KUBERNETES_SERVICE_PORT: server.port || '443',
        // What differs from the pod: the network is this machine's, so loopback ports of their own, and
        // the fake node runs no Job's process, so generation runs in the operator itself.
        PAGEMAGIC_METRICS_ADDR: `127.0.0.1:${metrics}`,
        PAGEMAGIC_ACME_HTTP_ADDR: `127.0.0.1:${acme}`,
        PAGEMAGIC_EXECUTOR: 'inline',
      },
    });
    const running = operator;
    const output = () => running.output().slice(-4000);
    await eventually(
      `the operator to answer /readyz\n${output()}`,
      async () => {
        if (running.child.exitCode !== null) throw new Error(`the operator exited:\n${output()}`);
        const response = await fetch(`http://127.0.0.1:${metrics}/readyz`).catch(() => undefined);
        return response?.status === 200 || undefined;
      },
      90,
    );
    const holder = await eventually('the operator to hold the Lease in the release namespace', async () => {
      const lease = JSON.parse(
        await kubectl(['get', 'lease', 'pagemagic-operator', '-n', namespace.name, '-o', 'json']),
      ) as { spec?: { holderIdentity?: string } };
      return lease.spec?.holderIdentity || undefined;
    });
    expect(holder).toBeTruthy();

    await kubectl(
      ['apply', '-n', tenant, '-f', '-'],
      `apiVersion: pagemagic.dev/v1alpha1
kind: Website
metadata: {name: bakery}
spec:
  brief: {prompt: "A bakery in Lyon called Pain Doré, open Tuesday to Sunday", locales: [en]}
`,
    );
    await eventually(
      'Website bakery to become Ready',
      async () => (await websiteReady('bakery')) || undefined,
      180,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- operator output ---\n${output()}`);
    });
    // Nothing the operator asked for was refused by the chart's ClusterRole.
    const text = await (await fetch(`http://127.0.0.1:${metrics}/metrics`)).text();
    const refused = text
      .split('\n')
      .filter(
        (line) => line.startsWith('pagemagic_kube_request_failures_total{') && /code="40[13]"/.test(line),
      );
    expect(refused).toEqual([]);
    expect(await running.stop(), output()).toBe(0);
    operator = undefined;
  }, 360_000);

  it('upgrades with changed values and rolls the changed Deployments out', async () => {
    const before = await deployment(`${RELEASE}-operator`);
    // --force-conflicts: every integration run re-applies the CRDs as pagemagic-crds, which may have taken
    // their fields back since the install.
    await helm([
      'upgrade',
      RELEASE,
      chartPath,
      '-n',
      namespace.name,
      '--reuse-values',
      '--set',
      'operator.workers=4',
      '--set',
      'web.replicas=3',
      '--wait',
      '--timeout',
      '5m',
      '--force-conflicts',
    ]);
    const after = await deployment(`${RELEASE}-operator`);
    expect(after.metadata?.generation).toBeGreaterThan(before.metadata?.generation ?? 0);
    const workers = after.spec?.template.spec?.containers[0]?.env?.find(
      (variable) => variable.name === 'PAGEMAGIC_WORKERS',
    );
    expect(workers?.value).toBe('4');
    await kubectl([
      'rollout',
      'status',
      `deployment/${RELEASE}-operator`,
      '-n',
      namespace.name,
      '--timeout=120s',
    ]);
    expect(after.status?.observedGeneration).toBe(after.metadata?.generation);
    expect(after.status?.updatedReplicas).toBe(2);
    expect(after.status?.readyReplicas).toBe(2);
    const web = await deployment(`${RELEASE}-web`);
    expect(web.status?.readyReplicas).toBe(3);
    const history = JSON.parse(
      await helm(['history', RELEASE, '-n', namespace.name, '-o', 'json']),
    ) as Array<{
      revision: number;
      status: string;
    }>;
    expect(history.at(-1)).toMatchObject({ revision: 2, status: 'deployed' });
  }, 360_000);

  it('passes helm test (its Job completes on the fake node)', async () => {
    const out = await helm(['test', RELEASE, '-n', namespace.name, '--timeout', '3m']);
    expect(out).toContain(`TEST SUITE:     ${RELEASE}-test`);
    expect(out).toMatch(/Phase:\s+Succeeded/);
    const job = JSON.parse(
      await kubectl(['get', 'job', `${RELEASE}-test`, '-n', namespace.name, '-o', 'json']),
    ) as {
      status?: { succeeded?: number };
    };
    expect(job.status?.succeeded).toBe(1);
  }, 240_000);

  it('uninstalls, leaving the CRDs, the Website and the generated keys', async () => {
    const crds = ['websites', 'builds', 'domains', 'domainclaims'].map((plural) => `${plural}.pagemagic.dev`);
    // Guard for every other test: never uninstall a release whose CRDs would go with it.
    for (const crd of crds) {
      const annotations = JSON.parse(
        await kubectl(['get', 'crd', crd, '-o', 'jsonpath={.metadata.annotations}']),
      );
      expect(annotations['helm.sh/resource-policy'], crd).toBe('keep');
    }
    await helm(['uninstall', RELEASE, '-n', namespace.name, '--wait']);
    installed = false;
    for (const crd of crds) expect(await kubectl(['get', 'crd', crd, '-o', 'name'])).toContain(crd);
    expect(await websiteReady('bakery')).toBe(true);
    expect((await kubectl(['get', 'deployments', '-n', namespace.name, '-o', 'name'])).trim()).toBe('');
    expect(await kubectl(['get', 'secret', `${RELEASE}-keys`, '-n', namespace.name, '-o', 'name'])).toContain(
      `${RELEASE}-keys`,
    );
    const roles = await kubectl(['get', 'clusterroles', '-o', 'name']);
    expect(roles).not.toContain(`${RELEASE}-operator-${namespace.name}`);
  }, 240_000);
});
