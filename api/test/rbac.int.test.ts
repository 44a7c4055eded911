// The API under its own ClusterRole (api/rbac/cluster-role.yaml), as a ServiceAccount with a bound token,
// against the local cluster with RBAC on: sign-up provisions a namespace, a workspace is made and deleted,
// a site is created, edited, watched, regenerated and deleted, a domain is added, read and removed. Nothing
// may be refused, and every rule in the role must have been used here or be on a short, explained list of
// code paths this test does not reach: the role is enough, and no more than enough.

import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AuthorizationV1Api,
  CoreV1Api,
  type KubeConfig,
  loadYaml,
  RbacAuthorizationV1Api,
  type V1ClusterRole,
} from '@kubernetes/client-node';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { serviceAccountKubeConfig } from '@pagemagic/hack/testkit/service-account-kubeconfig';
import { smallSiteDocument } from '@pagemagic/hack/testkit/small-site';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import type { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PagemagicClient } from '../src/client/index.ts';
import { getBuild, listSiteBuilds } from '../src/contract/builds.ts';
import { addDomain, getDomain, listDomains, removeDomain } from '../src/contract/domains.ts';
import { siteEvents } from '../src/contract/events.ts';
import { regenerateSite } from '../src/contract/regenerate.ts';
import { createSite, deleteSite, getSite, listSites, putSiteContent } from '../src/contract/sites.ts';
import { ready } from '../src/contract/system.ts';
import { createWorkspace, deleteWorkspace, listWorkspaces } from '../src/contract/workspaces.ts';
import { QUOTA_NAME } from '../src/tenancy/namespace.ts';
import { failure } from './helpers/failure.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const ROLE_FILE = fileURLToPath(new URL('../rbac/cluster-role.yaml', import.meta.url));
const SERVICE_ACCOUNT = 'pagemagic-api';
const run = randomBytes(4).toString('hex');
const roleName = `pagemagic-api-test-${run}`;

/**
 * Rules this test cannot reach, each with the path that uses it. Anything else in the role that the API
 * never asked for fails the test. Empty while every rule is reached; an entry must say why it cannot be.
 */
const NOT_REACHED: Record<string, string> = {};

let admin: KubeConfig;
let rbac: RbacAuthorizationV1Api;
let system: Awaited<ReturnType<typeof createTestNamespace>>;
let role: V1ClusterRole;
let kubeconfigDir: string;
let api: TestApi | undefined;

/** `resource:verb` for every (resource, verb) the role grants; resource names are unique across groups. */
function granted(clusterRole: V1ClusterRole): Set<string> {
  const out = new Set<string>();
  for (const rule of clusterRole.rules ?? []) {
    for (const resource of rule.resources ?? [])
      for (const verb of rule.verbs) out.add(`${resource}:${verb}`);
  }
  return out;
}

interface Sample {
  labels: Partial<Record<string, string | number>>;
  value: number;
}

async function samples(registry: Registry, name: string): Promise<Sample[]> {
  const metric = registry.getSingleMetric(name);
  return ((await metric?.get())?.values ?? []).filter((sample) => sample.value > 0);
}

/**
 * What the API asked the API server for, as RBAC sees it. Server-side apply is authorized as `create`
 * when the object does not exist yet and as `patch` when it does; the counter does not tell them apart, so
 * an apply stands for both.
 */
async function used(registry: Registry): Promise<Set<string>> {
  const out = new Set<string>();
  for (const { labels } of await samples(registry, 'pagemagic_kube_requests_total')) {
    const verbs = labels.verb === 'apply' ? ['create', 'patch'] : [String(labels.verb)];
    for (const verb of verbs) out.add(`${labels.resource}:${verb}`);
  }
  return out;
}

/** Requests the API server refused for want of a credential or a rule. */
async function refusals(registry: Registry): Promise<string[]> {
  return (await samples(registry, 'pagemagic_kube_request_failures_total'))
    .filter(({ labels }) => labels.code === 401 || labels.code === 403)
    .map(({ labels, value }) => `${labels.verb} ${labels.resource}: ${labels.code} x${value}`);
}

beforeAll(async () => {
  admin = loadKubeConfig();
  rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  system = await createTestNamespace(admin, 'rbac-api');
  await admin.makeApiClient(CoreV1Api).createNamespacedServiceAccount({
    namespace: system.name,
    body: { metadata: { name: SERVICE_ACCOUNT } },
  });
  role = loadYaml<V1ClusterRole>(await readFile(ROLE_FILE, 'utf8'));
  await rbac.createClusterRole({
    body: {
      ...role,
      metadata: { ...role.metadata, name: roleName, labels: { 'pagemagic.dev/test': 'true' } },
    },
  });
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name: roleName, labels: { 'pagemagic.dev/test': 'true' } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
      subjects: [{ kind: 'ServiceAccount', name: SERVICE_ACCOUNT, namespace: system.name }],
    },
  });
  const serviceAccount = await serviceAccountKubeConfig(admin, system.name, SERVICE_ACCOUNT);
  // The authorizer learns of new bindings through its own watch; the API must not start before it has, or
  // its first requests would be refused for a reason that has nothing to do with the role. Asking the
  // authorizer directly sends nothing the API's own counters would see.
  const review = serviceAccount.makeApiClient(AuthorizationV1Api);
  await eventually('the binding to take effect', async () => {
    const answer = await review.createSelfSubjectAccessReview({
      body: { spec: { resourceAttributes: { verb: 'create', resource: 'namespaces' } } },
    });
    return answer.status?.allowed ? true : undefined;
  });
  kubeconfigDir = await mkdtemp(join(tmpdir(), 'pagemagic-api-rbac-'));
  const kubeconfigFile = join(kubeconfigDir, 'kubeconfig');
  await writeFile(kubeconfigFile, serviceAccount.exportConfig(), { mode: 0o600 });
  api = await startTestApi({ env: { KUBECONFIG: kubeconfigFile } });
}, 120_000);

afterAll(async () => {
  await api?.close();
  await rbac?.deleteClusterRoleBinding({ name: roleName }).catch(() => undefined);
  await rbac?.deleteClusterRole({ name: roleName }).catch(() => undefined);
  await system?.delete().catch(() => undefined);
  if (kubeconfigDir) await rm(kubeconfigDir, { recursive: true, force: true });
});

/** Waits for the quota controller's first count, before which the API server refuses creates (a 403). */
async function quotaCounted(namespace: string): Promise<void> {
  const core = admin.makeApiClient(CoreV1Api);
  await eventually('the workspace quota to be counted', async () => {
    const quota = await core.readNamespacedResourceQuota({ name: QUOTA_NAME, namespace });
    return quota.status?.used?.['count/websites.pagemagic.dev'] !== undefined ? true : undefined;
  });
}

/** Reads the stream until the first `event: site`; the stream stays open. */
async function firstSiteEvent(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('event: site')) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

describe('the API under its ClusterRole', () => {
  it('provisions, serves and removes workspaces, sites and domains with nothing refused', async () => {
    const testApi = api as TestApi;
    const { services } = testApi;

    // Readiness is on the internal port; its /version probe runs under the ClusterRole too.
    const internal = new PagemagicClient({ baseUrl: testApi.internalUrl });
    expect((await internal.call(ready)).checks.kubernetes).toEqual({ ok: true });

    // Sign-up makes a workspace and applies its namespace, quota, limits and network policy.
    const { tokens } = await testApi.signUp();
    const client = testApi.client(tokens);
    const [personal] = (await client.call(listWorkspaces)).items;
    if (!personal) throw new Error('sign-up made no workspace');
    const extra = await client.call(createWorkspace, { body: { name: 'Under RBAC' } });
    await client.call(deleteWorkspace, { params: { workspaceId: extra.id } });

    // Sites in the personal workspace (the default for requests without a workspace header).
    await quotaCounted(`pm-${personal.id}`);
    const site = await client.call(createSite, {
      body: { prompt: 'A small bakery in Porto with sourdough and coffee', name: `bakery-${run}` },
    });
    const siteId = site.id;
    expect((await client.call(listSites, { query: {} })).items.map((item) => item.id)).toContain(siteId);
    expect((await client.call(getSite, { params: { siteId } })).id).toBe(siteId);
    const document = smallSiteDocument(`RBAC bakery ${run}`);
    await client.call(putSiteContent, { params: { siteId }, body: { document } });
    // The same document again: its content-addressed revision already exists and is read back.
    await client.call(putSiteContent, { params: { siteId }, body: { document } });
    expect(await client.call(listSiteBuilds, { params: { siteId } })).toBeDefined();
    expect((await failure(client.call(getBuild, { params: { buildId: `${siteId}-nope` } }))).status).toBe(
      404,
    );

    // Live progress: a list, then a watch, of the Website and its Builds.
    const abort = new AbortController();
    const stream = await client.send(siteEvents, { params: { siteId } }, { signal: abort.signal });
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('the event stream has no body');
    try {
      expect(await firstSiteEvent(reader)).toContain('event: site');
      // The snapshot comes from lists; the watches that follow it are opened while the client listens.
      await eventually('the stream to watch the site and its builds', async () => {
        const asked = await used(services.metrics);
        return asked.has('websites:watch') && asked.has('builds:watch') ? true : undefined;
      });
    } finally {
      abort.abort();
      await reader.cancel().catch(() => undefined);
    }

    await client.call(regenerateSite, { params: { siteId }, body: {} });

    const host = `www-${run}.rbac.pagemagic.test`;
    await client.call(addDomain, { params: { siteId }, body: { host } });
    expect((await client.call(listDomains, { query: {} })).items.map((item) => item.host)).toContain(host);
    expect((await client.call(getDomain, { params: { host } })).host).toBe(host);
    await client.call(removeDomain, { params: { host } });

    await client.call(deleteSite, { params: { siteId } });

    const registry = services.metrics;
    expect(await refusals(registry)).toEqual([]);
    const rules = granted(role);
    const asked = await used(registry);
    // Everything the API asked for is in the role (a gap would also have shown as a 403 above).
    expect([...asked].filter((key) => !rules.has(key)).sort()).toEqual([]);
    // And everything in the role was asked for, or is on the list of paths this test cannot reach.
    expect([...rules].filter((key) => !asked.has(key) && !(key in NOT_REACHED)).sort()).toEqual([]);
    // The list itself stays honest: only rules the role has, and none this test did reach after all.
    expect(Object.keys(NOT_REACHED).filter((key) => !rules.has(key))).toEqual([]);
    expect(Object.keys(NOT_REACHED).filter((key) => asked.has(key))).toEqual([]);
  }, 300_000);
});
