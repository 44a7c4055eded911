// Pushing to a registry that wants credentials: a second CNCF distribution registry (the same binary as
// hack/test-servers.sh's, hack/bin/registry) with htpasswd auth, started for this file on a free port. The
// credentials come the way the operator gets them in a cluster: from a kubernetes.io/dockerconfigjson
// Secret (PAGEMAGIC_REGISTRY_SECRET) in the operator's namespace, read through the real API server.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { repoRoot } from '@pagemagic/hack/testkit/env';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv, OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import { PullSecretCopies, registryAccess } from '../../src/executor/index.ts';
import {
  createTreeLayer,
  pushLayeredImage,
  RegistryError,
  type RegistryOptions,
  resolveImage,
} from '../../src/image/index.ts';
import { KubeClient } from '../../src/runtime/index.ts';

const USER = 'pagemagic';
const PASSWORD = 'images-test-password';
// bcrypt of PASSWORD (distribution's htpasswd takes bcrypt only); a test-only secret for a throwaway registry.
const HTPASSWD = `${USER}:$2b$04$f6Mq9Xu1h3vM3.IOJc17d.8Edae2Pa/0Dd4BX/kKKTRPSPBz6Y4HW\n`;

let registry: ChildProcess;
let registryHost: string;
let scratch: string;
let log = '';
let admin: KubeConfig;
let system: Awaited<ReturnType<typeof createTestNamespace>>;
let tenant: Awaited<ReturnType<typeof createTestNamespace>>;

const layer = createTreeLayer(
  new Map([['/srv/hello.txt', { type: 'file', body: Buffer.from('hello from an authenticated push\n') }]]),
);

function push(registryOptions: RegistryOptions, repository = 'auth/hello') {
  return pushLayeredImage({
    registry: registryOptions,
    target: `${registryHost}/${repository}`,
    layers: [{ layer, createdBy: 'registry auth test' }],
    config: { user: '65532:65532' },
  });
}

function dockerConfigSecret(name: string, namespace: string, auths: Record<string, unknown>) {
  return {
    metadata: { name, namespace },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': Buffer.from(JSON.stringify({ auths })).toString('base64') },
  };
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'pagemagic-registry-auth-'));
  const port = await freePort();
  registryHost = `127.0.0.1:${port}`;
  await writeFile(join(scratch, 'htpasswd'), HTPASSWD);
  await writeFile(
    join(scratch, 'config.yml'),
    [
      'version: 0.1',
      'log: {level: warn}',
      `storage: {filesystem: {rootdirectory: ${join(scratch, 'data')}}}`,
      `http: {addr: '${registryHost}', secret: registry-auth-test}`,
      `auth: {htpasswd: {realm: pagemagic-test, path: ${join(scratch, 'htpasswd')}}}`,
    ].join('\n'),
  );
  registry = spawn(join(repoRoot, 'hack', 'bin', 'registry'), ['serve', join(scratch, 'config.yml')], {
    env: { ...process.env, OTEL_TRACES_EXPORTER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  registry.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  registry.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  await eventually(`the authenticated registry on ${registryHost}\n${log}`, async () => {
    if (registry.exitCode !== null) throw new Error(`hack/bin/registry exited: ${log}`);
    const response = await fetch(`http://${registryHost}/v2/`).catch(() => undefined);
    return response?.status === 401 ? true : undefined;
  });
  admin = loadKubeConfig();
  system = await createTestNamespace(admin, 'registry-auth-system');
  tenant = await createTestNamespace(admin, 'registry-auth-tenant');
});

afterAll(async () => {
  registry?.kill('SIGTERM');
  await Promise.all([system?.delete(), tenant?.delete()].map((p) => p?.catch(() => undefined)));
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('a registry with htpasswd auth', () => {
  it('takes a push with the right credentials, answering Basic auth', async () => {
    const pushed = await push({ credentials: () => ({ username: USER, password: PASSWORD }) });
    const image = await resolveImage(pushed.reference, {
      registry: { credentials: () => ({ username: USER, password: PASSWORD }) },
    });
    expect(image.digest).toBe(pushed.digest);
  });

  it('refuses a push without credentials, saying that they are needed', async () => {
    const error = await push({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(401);
    expect((error as Error).message).toContain(`${registryHost} needs credentials`);
  });

  it('refuses wrong credentials, naming whose they were', async () => {
    const error = await push({ credentials: () => ({ username: USER, password: 'wrong' }) }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain(`did not accept the credentials of '${USER}'`);
  });
});

describe("the operator's registry access (PAGEMAGIC_REGISTRY_SECRET)", () => {
  it('pushes with the credentials of a kubernetes.io/dockerconfigjson Secret in its namespace', async () => {
    const core = admin.makeApiClient(CoreV1Api);
    const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
    await core.createNamespacedSecret({
      namespace: system.name,
      body: dockerConfigSecret('registry-creds', system.name, { [`http://${registryHost}`]: { auth } }),
    });
    const client = new KubeClient(admin, { fieldManager: OPERATOR_FIELD_MANAGER });
    const config = configFromEnv({
      PAGEMAGIC_NAMESPACE: system.name,
      PAGEMAGIC_REGISTRY_SECRET: 'registry-creds',
    });
    const pushed = await push(registryAccess(client, config), 'auth/from-secret');
    expect(pushed.reference).toBe(`${registryHost}/auth/from-secret@${pushed.digest}`);

    // Pods in a workspace namespace name the Secret in imagePullSecrets: the operator keeps a copy there.
    await new PullSecretCopies(client, config).ensure(tenant.name);
    const copy = await core.readNamespacedSecret({ namespace: tenant.name, name: 'registry-creds' });
    expect(copy.type).toBe('kubernetes.io/dockerconfigjson');
    expect(Buffer.from(copy.data?.['.dockerconfigjson'] ?? '', 'base64').toString()).toContain(auth);
  });

  it('says which Secret is missing and how to make it', async () => {
    const client = new KubeClient(admin, { fieldManager: OPERATOR_FIELD_MANAGER });
    const config = configFromEnv({ PAGEMAGIC_NAMESPACE: system.name, PAGEMAGIC_REGISTRY_SECRET: 'missing' });
    const error = await push(registryAccess(client, config), 'auth/missing').catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      `Secret ${system.name}/missing (PAGEMAGIC_REGISTRY_SECRET) does not exist: create it with 'kubectl create secret docker-registry missing`,
    );
  });

  it('speaks plain HTTP only to the registries listed as insecure (loopback ones when none are)', async () => {
    const client = new KubeClient(admin, { fieldManager: OPERATOR_FIELD_MANAGER });
    const listedElsewhere = configFromEnv({ PAGEMAGIC_INSECURE_REGISTRIES: 'registry.internal:5000' });
    // Not listed, so https: this registry speaks only http, and the TLS handshake fails.
    await expect(push(registryAccess(client, listedElsewhere), 'auth/https')).rejects.toThrow();
    const listed = configFromEnv({ PAGEMAGIC_INSECURE_REGISTRIES: registryHost });
    const error = await push(registryAccess(client, listed), 'auth/http').catch((e: unknown) => e);
    // Reached over http this time: the registry itself answers, asking for credentials.
    expect((error as RegistryError).status).toBe(401);
  });
});
