// The operator under its own ClusterRole (operator/rbac/cluster-role.yaml), as a ServiceAccount with a
// bound token, against the local cluster with RBAC on: a Website with a brief becomes Ready, an edit
// prunes history, a Domain is finalized, statused and deleted, and the Lease is campaigned for. Nothing
// may be refused, and every rule in the role must have been used here or be on a short, explained list
// of code paths this test does not reach: the role is enough, and no more than enough.

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  CoreV1Api,
  type KubeConfig,
  loadYaml,
  RbacAuthorizationV1Api,
  type V1ClusterRole,
} from '@kubernetes/client-node';
import type { Build, Domain, Website } from '@pagemagic/crds';
import { BUILDS, DOMAINS, WEBSITES } from '@pagemagic/crds';
import { type SiteDocument, validateSiteDocument } from '@pagemagic/crds/site-document';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { serviceAccountKubeConfig } from '@pagemagic/hack/testkit/service-account-kubeconfig';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator, ensureBaseImage, type Operator } from '../src/commands/run.ts';
import { configFromEnv, OPERATOR_FIELD_MANAGER, type OperatorConfig } from '../src/config.ts';
import { DOMAIN_FINALIZER } from '../src/controllers/domain/index.ts';
import { noEvents } from '../src/events/index.ts';
import { inlineExecutor } from '../src/executor/index.ts';
import { createLogger, isNotFound, KubeClient, type KubeObject, resources } from '../src/runtime/index.ts';
import { createOfflineGenerator } from '../src/site/index.ts';

const ROLE_FILE = fileURLToPath(new URL('../rbac/cluster-role.yaml', import.meta.url));
const SERVICE_ACCOUNT = 'pagemagic-operator';
const NAME = 'rbac-bakery';
const DOMAIN = 'rbac-www';
const run = randomBytes(4).toString('hex');
const roleName = `pagemagic-operator-test-${run}`;

/**
 * Rules this test cannot reach, each with the path that uses it. Anything else in the role that the
 * operator never asked for fails the test.
 */
const NOT_REACHED: Record<string, string> = {
  'domains:get': 'a verified host whose claim is held: is the claim holder still there? (holderGone)',
  'domainclaims:create': 'claiming a verified host (ensureClaim)',
  'domainclaims:delete': 'taking over a stale claim, or releasing a held one (ensureClaim, releaseClaim)',
  'secrets:get': 'ACME: the account key Secret and the issued TLS Secret (AcmeIssuer, viaAcme)',
  'secrets:create': 'ACME: the first replica creates the account key Secret (AcmeIssuer)',
  'secrets:patch': 'ACME: the issued certificate is applied as a TLS Secret (viaAcme)',
  'certificates:get': 'cert-manager installed: the Domain reads its Certificate (viaCertManager)',
  'certificates:patch': 'cert-manager installed: the Domain applies its Certificate (viaCertManager)',
  'certificates:create':
    'cert-manager installed: the first apply of a Certificate creates it (viaCertManager)',
  'jobs:get': 'PAGEMAGIC_EXECUTOR=job: looks at the generation Job (jobExecutor)',
  'jobs:create': 'PAGEMAGIC_EXECUTOR=job: starts the generation Job (jobExecutor)',
  'serviceaccounts:create': 'PAGEMAGIC_EXECUTOR=job: the generator account (jobExecutor)',
  'serviceaccounts:patch': 'PAGEMAGIC_EXECUTOR=job: the generator account, when it exists (jobExecutor)',
  'roles:create': 'PAGEMAGIC_EXECUTOR=job: the generator Role (jobExecutor)',
  'roles:patch': 'PAGEMAGIC_EXECUTOR=job: the generator Role, when it exists (jobExecutor)',
  'rolebindings:create': 'PAGEMAGIC_EXECUTOR=job: the generator RoleBinding (jobExecutor)',
  'rolebindings:patch': 'PAGEMAGIC_EXECUTOR=job: the generator RoleBinding, when it exists (jobExecutor)',
  // namespace-selector.int.test.ts runs the operator under this role with a selector.
  'namespaces:list': '--namespace-selector: the cache of matching namespaces (NamespaceScope)',
  'namespaces:watch': '--namespace-selector: the cache of matching namespaces (NamespaceScope)',
};

/** Requests that are not to a resource, so no rule of the role covers them (system:discovery does). */
const DISCOVERY = new Set(['apigroups']);

let admin: KubeConfig;
let client: KubeClient;
let rbac: RbacAuthorizationV1Api;
let system: Awaited<ReturnType<typeof createTestNamespace>>;
let tenant: Awaited<ReturnType<typeof createTestNamespace>>;
let role: V1ClusterRole;
let operator: Operator | undefined;

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
 * What the operator asked the API server for, as RBAC sees it. Server-side apply is authorized as `create`
 * when the object does not exist yet and as `patch` when it does; the counter does not tell the two apart,
 * so an apply stands for both.
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
  client = new KubeClient(admin, { fieldManager: OPERATOR_FIELD_MANAGER });
  rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  system = await createTestNamespace(admin, 'rbac-system');
  tenant = await createTestNamespace(admin, 'rbac-tenant');

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
  // The authorizer learns of new bindings through its own watch; the operator must not start before it
  // has, or its first requests would be refused for a reason that has nothing to do with the role. Its
  // own registry, so these probes are not counted as the operator's requests.
  const probe = new KubeClient(serviceAccount, {
    fieldManager: OPERATOR_FIELD_MANAGER,
    registry: new Registry(),
  });
  await eventually('the binding to take effect', async () => {
    await probe.listPage(WEBSITES, { namespace: tenant.name, limit: 1 });
    await probe.get(resources.leases, system.name, 'probe').catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
    return true;
  });

  const servers = testServerSettings();
  const config: OperatorConfig = {
    ...configFromEnv({ PAGEMAGIC_REGISTRY: servers.registryHost }),
    metrics: { host: '127.0.0.1', port: 0 },
    // No history beyond what is served: one content edit then prunes a Build and a content revision.
    buildHistoryLimit: 0,
    contentHistoryLimit: 0,
    // The Lease lives here, so leader election runs under the role too.
    namespace: system.name,
  };
  await ensureBaseImage(config);
  operator = await createOperator({
    kubeConfig: serviceAccount,
    config,
    leaderElect: true,
    namespace: tenant.name,
    executor: inlineExecutor(createOfflineGenerator()),
    publisher: noEvents,
    logger: createLogger({ level: 'warn', write: (line) => process.stderr.write(`${line}\n`) }),
    processMetrics: false,
    env: {
      PAGEMAGIC_NAMESPACE: system.name,
      // TXT lookups go to pebble-challtestsrv, which has no record for the Domain: it stays unverified.
      PAGEMAGIC_DNS_SERVERS: `127.0.0.1:${servers.challtestsrvDnsPort}`,
    },
  });
  await operator.manager.start();
}, 180_000);

afterAll(async () => {
  await operator?.manager.stop();
  // If the test failed before the Domain was deleted, nothing is left to remove its finalizer.
  await client
    .mergePatch(DOMAINS, { namespace: tenant?.name, name: DOMAIN }, { metadata: { finalizers: [] } })
    .catch(() => undefined);
  await rbac?.deleteClusterRoleBinding({ name: roleName }).catch(() => undefined);
  await rbac?.deleteClusterRole({ name: roleName }).catch(() => undefined);
  await tenant?.delete();
  await system?.delete();
});

const getWebsite = () => client.get<Website>(WEBSITES, tenant.name, NAME);
const getBuild = (name: string) => client.get<Build>(BUILDS, tenant.name, name);

async function missing(read: Promise<unknown>): Promise<boolean> {
  try {
    await read;
    return false;
  } catch (error) {
    if (isNotFound(error)) return true;
    throw error;
  }
}

/** Ready at the current generation, serving its latest Build; a refusal is reported on timeout. */
async function served(): Promise<Website | undefined> {
  const refused = operator ? await refusals(operator.manager.registry) : [];
  if (refused.length > 0) throw new Error(`the API server refused the operator: ${refused.join(', ')}`);
  const website = await getWebsite();
  const ready = website.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
  if (!ready || website.status?.observedGeneration !== website.metadata.generation) return undefined;
  const live = website.status?.liveBuild;
  return live && live === website.status?.latestBuild ? website : undefined;
}

describe('the operator under its ClusterRole', () => {
  it('serves a Website, prunes history and handles a Domain with nothing refused', async () => {
    const ops = operator as Operator;
    await client.create(WEBSITES, {
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Website',
      metadata: { name: NAME, namespace: tenant.name },
      spec: { brief: { prompt: 'A small bakery in Lisbon with sourdough and coffee', locales: ['en'] } },
    });
    await client.create(DOMAINS, {
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Domain',
      metadata: { name: DOMAIN, namespace: tenant.name },
      spec: { hostname: `www-${run}.pagemagic.test`, website: NAME },
    });

    const first = await eventually('the Website to be Ready', served, 240);
    const firstBuild = first.status?.liveBuild ?? '';
    const firstContent = first.status?.contentRevision ?? '';

    const domain = await eventually('the Domain to be finalized and statused', async () => {
      const current = await client.get<Domain>(DOMAINS, tenant.name, DOMAIN);
      const hasFinalizer = current.metadata.finalizers?.includes(DOMAIN_FINALIZER);
      return hasFinalizer && current.status?.conditions?.length ? current : undefined;
    });
    expect(domain.status?.conditions?.find((c) => c.type === 'Verified')?.status).not.toBe('True');

    // An edit: a second Build goes live, and with no history kept the first Build and its content go.
    const content = await client.get<KubeObject & { data?: Record<string, string> }>(
      resources.configMaps,
      tenant.name,
      firstContent,
    );
    const validation = validateSiteDocument(JSON.parse(content.data?.['site.json'] ?? 'null'));
    if (!validation.ok)
      throw new Error(`the stored content is not a site document: ${validation.errors[0]?.message}`);
    const edited: SiteDocument = { ...validation.value, name: 'Padaria RBAC' };
    await client.mergePatch(
      WEBSITES,
      { namespace: tenant.name, name: NAME },
      { spec: { content: { inline: edited } } },
    );
    await eventually(
      'the edit to be served',
      async () => {
        const website = await served();
        return website && website.status?.liveBuild !== firstBuild ? website : undefined;
      },
      240,
    );
    await eventually(
      'the first Build and its content to be pruned',
      async () =>
        (await missing(getBuild(firstBuild))) &&
        (await missing(client.get(resources.configMaps, tenant.name, firstContent)))
          ? true
          : undefined,
      120,
    );

    // Deleting the Domain runs its finalizer: a fresh look for its claim, then the finalizer comes off.
    await client.delete(DOMAINS, { namespace: tenant.name, name: DOMAIN });
    await eventually('the Domain to be gone', async () =>
      (await missing(client.get(DOMAINS, tenant.name, DOMAIN))) ? true : undefined,
    );

    // The Lease has been renewed at least once (a PUT), not only created.
    await eventually('a Lease renewal', async () =>
      (await used(ops.manager.registry)).has('leases:update') ? true : undefined,
    );

    expect(await refusals(ops.manager.registry)).toEqual([]);

    const rules = granted(role);
    const asked = await used(ops.manager.registry);
    // Everything the operator asked for is in the role (a gap would also have shown as a 403 above).
    expect([...asked].filter((key) => !rules.has(key) && !DISCOVERY.has(key.split(':')[0] ?? ''))).toEqual(
      [],
    );
    // And everything in the role was asked for, or is on the list of paths this test cannot reach.
    expect([...rules].filter((key) => !asked.has(key) && !(key in NOT_REACHED)).sort()).toEqual([]);
    // The list itself stays honest: only rules the role has, and none this test did reach after all.
    expect(Object.keys(NOT_REACHED).filter((key) => !rules.has(key))).toEqual([]);
    expect(Object.keys(NOT_REACHED).filter((key) => asked.has(key))).toEqual([]);
  }, 600_000);
});
