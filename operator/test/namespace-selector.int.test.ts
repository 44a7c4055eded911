// One installation's operator among others on a cluster (`--namespace-selector`): with cluster-wide
// caches, it reconciles the namespaces whose labels match and writes nothing at all anywhere else; a
// namespace that starts matching is reconciled from what is already there, and one that stops matching is
// left alone. The operator runs under its own ClusterRole, so the role's namespaces rule is exercised too.
// The label value is random per run, so operators of other tests (and the benchmark) never match.

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
import type { Domain, Website } from '@pagemagic/crds';
import { BUILDS, DOMAINS, WEBSITES } from '@pagemagic/crds';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { serviceAccountKubeConfig } from '@pagemagic/hack/testkit/service-account-kubeconfig';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandError } from '../src/commands/errors.ts';
import {
  createOperator,
  ensureBaseImage,
  type Operator,
  runCommand,
  watchScope,
} from '../src/commands/run.ts';
import { configFromEnv, OPERATOR_FIELD_MANAGER, type OperatorConfig } from '../src/config.ts';
import { DOMAIN_FINALIZER } from '../src/controllers/domain/index.ts';
import { noEvents } from '../src/events/index.ts';
import { inlineExecutor } from '../src/executor/index.ts';
import {
  createLogger,
  KubeClient,
  type KubeObject,
  type ResourceRef,
  resources,
} from '../src/runtime/index.ts';
import { createOfflineGenerator } from '../src/site/index.ts';

const ROLE_FILE = fileURLToPath(new URL('../rbac/cluster-role.yaml', import.meta.url));
const SERVICE_ACCOUNT = 'pagemagic-operator';
const LABEL = 'pagemagic.dev/test-install';
const run = randomBytes(4).toString('hex');
const SELECTOR = `${LABEL}=${run}`;
const NAME = 'corner-shop';
const roleName = `pagemagic-operator-nssel-${run}`;

type TestNamespace = Awaited<ReturnType<typeof createTestNamespace>>;

let admin: KubeConfig;
/** Writes as a field manager of its own, so the operator's writes are told apart in managedFields. */
let client: KubeClient;
let rbac: RbacAuthorizationV1Api;
let system: TestNamespace;
let matching: TestNamespace;
let other: TestNamespace;
let operatorKubeConfig: KubeConfig;
let config: OperatorConfig;
let operator: Operator | undefined;

const quietLogger = () => createLogger({ level: 'warn', write: (line) => process.stderr.write(`${line}\n`) });

async function setLabel(namespace: string, value: string | null): Promise<void> {
  await client.mergePatch(
    resources.namespaces,
    { name: namespace },
    { metadata: { labels: { [LABEL]: value } } },
  );
}

async function createSite(namespace: string): Promise<void> {
  await client.create(WEBSITES, {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Website',
    metadata: { name: NAME, namespace },
    spec: {
      brief: { prompt: 'A corner shop in Porto selling bread, fruit and newspapers', locales: ['en'] },
    },
  });
  await client.create(DOMAINS, {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Domain',
    metadata: { name: NAME, namespace },
    spec: { hostname: `shop-${namespace}.pagemagic.test`, website: NAME },
  });
}

const getWebsite = (namespace: string) => client.get<Website>(WEBSITES, namespace, NAME);
const getDomain = (namespace: string) => client.get<Domain>(DOMAINS, namespace, NAME);

/** Ready at its current generation and serving its latest Build. */
async function served(namespace: string): Promise<Website | undefined> {
  const website = await getWebsite(namespace);
  const ready = website.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
  if (!ready || website.status?.observedGeneration !== website.metadata.generation) return undefined;
  const live = website.status?.liveBuild;
  return live && live === website.status?.latestBuild ? website : undefined;
}

async function domainTakenOn(namespace: string): Promise<Domain | undefined> {
  const domain = await getDomain(namespace);
  const finalized = domain.metadata.finalizers?.includes(DOMAIN_FINALIZER);
  return finalized && domain.status?.conditions?.length ? domain : undefined;
}

/** What the operator may write in a namespace; each is listed and must hold nothing of its making. */
const WRITTEN_KINDS: Array<{ ref: ResourceRef; ignore?: string }> = [
  { ref: BUILDS },
  { ref: resources.configMaps, ignore: 'kube-root-ca.crt' },
  { ref: resources.deployments },
  { ref: resources.services },
  { ref: resources.ingresses },
  { ref: resources.secrets },
  { ref: resources.jobs },
  { ref: { apiVersion: 'v1', plural: 'serviceaccounts', kind: 'ServiceAccount' }, ignore: 'default' },
  { ref: { apiVersion: 'rbac.authorization.k8s.io/v1', plural: 'roles', kind: 'Role' } },
  { ref: { apiVersion: 'rbac.authorization.k8s.io/v1', plural: 'rolebindings', kind: 'RoleBinding' } },
  { ref: resources.events },
];

/** Every trace of the operator in `namespace`: objects it made, fields it wrote, finalizers it added. */
async function operatorWritesIn(namespace: string): Promise<string[]> {
  const found: string[] = [];
  for (const { ref, ignore } of WRITTEN_KINDS) {
    const { items } = await client.list<KubeObject>(ref, { namespace });
    for (const item of items) {
      if (item.metadata?.name !== ignore) found.push(`${ref.plural}/${item.metadata?.name}`);
    }
  }
  for (const object of [await getWebsite(namespace), await getDomain(namespace)]) {
    const what = `${object.kind}/${object.metadata.name}`;
    const { managedFields = [] } = object.metadata as { managedFields?: Array<{ manager?: string }> };
    const managers = managedFields.map((entry) => entry.manager);
    if (managers.includes(OPERATOR_FIELD_MANAGER))
      found.push(`${what} has fields written by ${OPERATOR_FIELD_MANAGER}`);
    if (object.status !== undefined) found.push(`${what} has a status`);
    if (object.metadata.finalizers?.length) found.push(`${what} has finalizers`);
  }
  return found;
}

/** Requests the API server refused the operator for want of a credential or a rule. */
async function refusals(registry: Registry): Promise<string[]> {
  const metric = registry.getSingleMetric('pagemagic_kube_request_failures_total');
  const values = (await metric?.get())?.values ?? [];
  return values
    .filter(({ labels, value }) => value > 0 && (labels.code === 401 || labels.code === 403))
    .map(({ labels, value }) => `${labels.verb} ${labels.resource}: ${labels.code} x${value}`);
}

beforeAll(async () => {
  admin = loadKubeConfig();
  client = new KubeClient(admin, { fieldManager: 'namespace-selector-test', registry: new Registry() });
  rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  system = await createTestNamespace(admin, 'nssel-system');
  matching = await createTestNamespace(admin, 'nssel-in');
  other = await createTestNamespace(admin, 'nssel-out');
  await setLabel(matching.name, run);

  await admin.makeApiClient(CoreV1Api).createNamespacedServiceAccount({
    namespace: system.name,
    body: { metadata: { name: SERVICE_ACCOUNT } },
  });
  const role = loadYaml<V1ClusterRole>(await readFile(ROLE_FILE, 'utf8'));
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
  operatorKubeConfig = await serviceAccountKubeConfig(admin, system.name, SERVICE_ACCOUNT);
  // The authorizer learns of the binding through its own watch: wait for it, or the first requests would
  // be refused for a reason that has nothing to do with the role.
  const probe = new KubeClient(operatorKubeConfig, {
    fieldManager: OPERATOR_FIELD_MANAGER,
    registry: new Registry(),
  });
  await eventually('the binding to take effect', async () => {
    await probe.listPage(resources.namespaces, { labelSelector: SELECTOR, limit: 1 });
    return true;
  });

  const servers = testServerSettings();
  config = {
    ...configFromEnv({ PAGEMAGIC_REGISTRY: servers.registryHost }),
    metrics: { host: '127.0.0.1', port: 0 },
    namespace: system.name,
  };
  await ensureBaseImage(config);
  // Both sites exist before the operator starts, the one that must stay untouched first.
  await createSite(other.name);
  await createSite(matching.name);
  operator = await createOperator({
    kubeConfig: operatorKubeConfig,
    config,
    leaderElect: false,
    namespaceSelector: SELECTOR,
    executor: inlineExecutor(createOfflineGenerator()),
    publisher: noEvents,
    logger: quietLogger(),
    processMetrics: false,
    env: {
      PAGEMAGIC_NAMESPACE: system.name,
      // TXT lookups go to pebble-challtestsrv, which has no record for these hosts: they stay unverified.
      PAGEMAGIC_DNS_SERVERS: `127.0.0.1:${servers.challtestsrvDnsPort}`,
    },
  });
  await operator.manager.start();
}, 300_000);

afterAll(async () => {
  await operator?.manager.stop();
  // With no operator left to run the finalizer, it comes off by hand so the namespaces can go.
  for (const namespace of [matching, other]) {
    if (!namespace) continue;
    await client
      .mergePatch(DOMAINS, { namespace: namespace.name, name: NAME }, { metadata: { finalizers: [] } })
      .catch(() => undefined);
  }
  await rbac?.deleteClusterRoleBinding({ name: roleName }).catch(() => undefined);
  await rbac?.deleteClusterRole({ name: roleName }).catch(() => undefined);
  await Promise.all([matching?.delete(), other?.delete(), system?.delete()]);
});

describe('an operator with a namespace selector', () => {
  it('serves a Website in a matching namespace and writes nothing in one that does not match', async () => {
    const ops = operator as Operator;
    await eventually(`the Website in ${matching.name} to be Ready`, () => served(matching.name), 240);
    await eventually(`the Domain in ${matching.name} to be taken on`, () => domainTakenOn(matching.name));

    // The caches are cluster-wide: the operator has seen the other namespace's objects and left them.
    expect(ops.informers.websites.get(`${other.name}/${NAME}`)).toBeDefined();
    expect(ops.informers.domains.get(`${other.name}/${NAME}`)).toBeDefined();
    expect(ops.manager.namespaces?.admits(matching.name)).toBe(true);
    expect(ops.manager.namespaces?.admits(other.name)).toBe(false);
    expect(await operatorWritesIn(other.name)).toEqual([]);
    // The ClusterRole's namespaces rule is enough for the selector's list and watch.
    expect(await refusals(ops.manager.registry)).toEqual([]);
  }, 300_000);

  it('takes a namespace on once it is labelled, from what is already in it', async () => {
    const ops = operator as Operator;
    await setLabel(other.name, run);
    await eventually(`the Website in ${other.name} to be Ready`, () => served(other.name), 240);
    await eventually(`the Domain in ${other.name} to be taken on`, () => domainTakenOn(other.name));
    expect(await refusals(ops.manager.registry)).toEqual([]);
  }, 300_000);

  it('leaves a namespace alone once it stops matching', async () => {
    const ops = operator as Operator;
    await setLabel(matching.name, null);
    await eventually(`${matching.name} to leave the scope`, async () =>
      ops.manager.namespaces?.admits(matching.name) ? undefined : true,
    );
    const brief = { prompt: 'A corner shop in Porto that now also sells flowers', locales: ['en'] };
    const left = await client.mergePatch<Website>(
      WEBSITES,
      { namespace: matching.name, name: NAME },
      { spec: { brief } },
    );
    const before = (await getWebsite(matching.name)).status?.observedGeneration;
    // An edit in a namespace still in scope, made after the first: once it is served, the operator's
    // watch has delivered the first edit too (events come in resourceVersion order).
    await client.mergePatch(WEBSITES, { namespace: other.name, name: NAME }, { spec: { brief } });
    const edited = await eventually(
      `the edit in ${other.name} to be served`,
      async () => {
        const website = await served(other.name);
        return website && website.metadata.generation === 2 ? website : undefined;
      },
      240,
    );
    expect(edited.status?.observedGeneration).toBe(2);
    const untouched = await getWebsite(matching.name);
    expect(untouched.metadata.generation).toBe(left.metadata.generation);
    expect(untouched.status?.observedGeneration).toBe(before);
    expect(untouched.status?.observedGeneration).toBeLessThan(untouched.metadata.generation ?? 0);
  }, 300_000);
});

describe('choosing where to reconcile', () => {
  const io = (env: NodeJS.ProcessEnv) => ({ stdout: () => {}, stderr: () => {}, env });

  it('refuses --namespace together with --namespace-selector, naming both', async () => {
    const parsing = runCommand(io({})).parseAsync(['--namespace', 'a', '--namespace-selector', SELECTOR], {
      from: 'user',
    });
    await expect(parsing).rejects.toThrow(CommandError);
    await expect(
      runCommand(io({})).parseAsync(['--namespace', 'a', '--namespace-selector', SELECTOR], { from: 'user' }),
    ).rejects.toThrow(/--namespace and --namespace-selector are both set/);
    await expect(
      runCommand(io({ PAGEMAGIC_WATCH_NAMESPACE: 'a', PAGEMAGIC_NAMESPACE_SELECTOR: SELECTOR })).parseAsync(
        [],
        {
          from: 'user',
        },
      ),
    ).rejects.toThrow(/PAGEMAGIC_WATCH_NAMESPACE and PAGEMAGIC_NAMESPACE_SELECTOR are both set/);
  });

  it('lets a flag win over the environment, and reads the selector from PAGEMAGIC_NAMESPACE_SELECTOR', () => {
    expect(watchScope({ namespace: 'a' }, { PAGEMAGIC_NAMESPACE_SELECTOR: SELECTOR })).toEqual({
      namespace: 'a',
    });
    expect(watchScope({ namespaceSelector: SELECTOR }, { PAGEMAGIC_WATCH_NAMESPACE: 'a' })).toEqual({
      namespaceSelector: SELECTOR,
    });
    expect(watchScope({}, { PAGEMAGIC_NAMESPACE_SELECTOR: ` ${SELECTOR} ` })).toEqual({
      namespaceSelector: SELECTOR,
    });
    expect(watchScope({}, { PAGEMAGIC_NAMESPACE_SELECTOR: '' })).toEqual({});
  });

  it('refuses both in createOperator, an empty selector, and one the API server cannot parse', async () => {
    const create = (options: { namespace?: string; namespaceSelector?: string }) =>
      createOperator({
        kubeConfig: admin,
        config,
        leaderElect: false,
        executor: inlineExecutor(createOfflineGenerator()),
        publisher: noEvents,
        logger: quietLogger(),
        processMetrics: false,
        env: {},
        ...options,
      });
    await expect(create({ namespace: 'a', namespaceSelector: SELECTOR })).rejects.toThrow(
      /both a namespace \(a\) and a namespace selector/,
    );
    await expect(create({ namespaceSelector: ' ' })).rejects.toThrow(/the namespace selector is empty/);
    await expect(create({ namespaceSelector: `${LABEL} in (a` })).rejects.toThrow(
      /is not a label selector the API server accepts .*fix --namespace-selector or PAGEMAGIC_NAMESPACE_SELECTOR/,
    );
  });
});
