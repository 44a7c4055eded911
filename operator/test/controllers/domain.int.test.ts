// The Domain reconciler against the local cluster, Pebble and pebble-challtestsrv's DNS: TXT proof,
// cluster-wide claims, certificates issued by Pebble (or a cert-manager Certificate when its API exists),
// the grace period, and release on deletion. The controller runs in-process with short intervals. As with
// two operator replicas, the CA's HTTP-01 requests reach a standby replica's responder, not the leader's:
// the leader publishes each challenge as a record, and every replica answers from its own watch of them.

import { randomBytes, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { Agent, request } from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Condition, Domain, DomainClaim } from '@pagemagic/crds';
import { DOMAIN_CLAIMS, DOMAINS } from '@pagemagic/crds';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually, rejection } from '@pagemagic/hack/testkit/test-namespace';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import {
  addDomainController,
  ChallengeResponder,
  CONFLICT_MESSAGE,
  certificatesResource,
  type DomainConfig,
} from '../../src/controllers/domain/index.ts';
import {
  createLogger,
  isNotFound,
  KubeClient,
  type KubeObject,
  Manager,
  resources,
  type Verb,
  WRITE_VERBS,
} from '../../src/runtime/index.ts';

const servers = testServerSettings();
const run = randomBytes(4).toString('hex');
const selector = `pagemagic.dev/test-run=${run}`;

let kubeConfig: KubeConfig;
let client: KubeClient;
let manager: Manager;
let responder: ChallengeResponder;
/** A second replica's responder, the one Pebble's port reaches; it never orders anything itself. */
let standby: ChallengeResponder;
let tenantA: Awaited<ReturnType<typeof createTestNamespace>>;
let tenantB: Awaited<ReturnType<typeof createTestNamespace>>;
let operatorNamespace: Awaited<ReturnType<typeof createTestNamespace>>;

const host = (label: string) => `${label}-${run}.pagemagic.test`;

async function challtestsrv(path: 'set-txt' | 'clear-txt', body: { host: string; value?: string }) {
  const response = await fetch(`${servers.challtestsrvUrl}/${path}`, {
    method: 'POST',
    body: JSON.stringify({ ...body, host: `${body.host}.` }),
  });
  expect(response.ok, `${path} ${body.host}`).toBe(true);
}

async function pebbleManagement(path: string): Promise<string> {
  const agent = new Agent({ ca: await readFile(servers.pebbleCaPath, 'utf8') });
  return new Promise((resolve, reject) => {
    request(`${servers.pebbleManagementUrl}${path}`, { agent }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end();
  });
}

/** How many times the domain controller has reconciled, whatever the outcome. */
async function reconciles(): Promise<number> {
  const metric = await manager.registry.getSingleMetric('controller_runtime_reconcile_total')?.get();
  return (metric?.values ?? [])
    .filter((value) => value.labels.controller === 'domain')
    .reduce((sum, value) => sum + value.value, 0);
}

/** Write requests the operator has sent to the API server (a no-op write still counts). */
async function writes(): Promise<number> {
  const metric = await manager.registry.getSingleMetric('pagemagic_kube_requests_total')?.get();
  return (metric?.values ?? [])
    .filter((value) => WRITE_VERBS.includes(value.labels.verb as Verb))
    .reduce((sum, value) => sum + value.value, 0);
}

function newDomain(namespace: string, name: string, hostname: string): Domain {
  return {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Domain',
    metadata: { name, namespace, labels: { 'pagemagic.dev/test-run': run } },
    spec: { hostname, website: 'site' },
  };
}

const getDomain = (namespace: string, name: string) => client.get<Domain>(DOMAINS, namespace, name);
const condition = (domain: Domain, type: string): Condition | undefined =>
  domain.status?.conditions?.find((item) => item.type === type);

/** Waits until the Domain's condition `type` has `status` (and `reason`, if given); returns the Domain. */
function waitForCondition(namespace: string, name: string, type: string, status: string, reason?: string) {
  return eventually(`${namespace}/${name} ${type}=${status}${reason ? ` (${reason})` : ''}`, async () => {
    const domain = await getDomain(namespace, name);
    const found = condition(domain, type);
    return found?.status === status && (reason === undefined || found.reason === reason) ? domain : undefined;
  });
}

async function getClaim(name: string): Promise<DomainClaim | undefined> {
  try {
    return await client.get<DomainClaim>(DOMAIN_CLAIMS, undefined, name);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

async function deleteDomainAndWait(namespace: string, name: string) {
  await client.delete(DOMAINS, { namespace, name }).catch(() => {});
  await eventually(`${namespace}/${name} to be gone`, async () => {
    try {
      await getDomain(namespace, name);
      return undefined;
    } catch (error) {
      if (isNotFound(error)) return true;
      throw error;
    }
  });
}

beforeAll(async () => {
  kubeConfig = loadKubeConfig();
  client = new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER });
  [tenantA, tenantB, operatorNamespace] = await Promise.all([
    createTestNamespace(kubeConfig, 'dom-a'),
    createTestNamespace(kubeConfig, 'dom-b'),
    createTestNamespace(kubeConfig, 'dom-ops'),
  ]);
  const config: DomainConfig = {
    dnsServers: [`127.0.0.1:${servers.challtestsrvDnsPort}`],
    pendingSeconds: 0.5,
    recheckSeconds: 1,
    graceSeconds: 4,
    certManagerCacheSeconds: 1,
    certificatePollSeconds: 0.5,
    challengeRouteSeconds: 0.2,
    operatorService: {
      name: 'pagemagic-operator',
      namespace: operatorNamespace.name,
      port: servers.pebbleHttpPort,
    },
    issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
    acme: {
      directoryUrl: servers.pebbleDirectoryUrl,
      caFile: servers.pebbleCaPath,
      httpAddress: { host: '127.0.0.1', port: servers.pebbleHttpPort },
      accountSecret: { namespace: operatorNamespace.name, name: 'acme-account' },
      challenges: { namespace: operatorNamespace.name, propagationSeconds: 0.2 },
    },
  };
  manager = new Manager({
    kubeConfig,
    fieldManager: OPERATOR_FIELD_MANAGER,
    logger: createLogger({ level: 'error', write: () => {} }),
    metrics: { host: '127.0.0.1', port: 0 },
    processMetrics: false,
  });
  ({ responder } = addDomainController(manager, config, { domains: { labelSelector: selector } }));
  await responder.listen({ host: '127.0.0.1', port: 0 });
  standby = new ChallengeResponder({
    client: new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER }),
    namespace: operatorNamespace.name,
    propagationMs: 0,
  });
  await standby.listen(config.acme.httpAddress);
  await manager.start();
});

afterAll(async () => {
  // Domains carry a finalizer the controller removes, so they go while it still runs.
  const leftovers = await client
    .list<Domain>(DOMAINS, { labelSelector: selector })
    .catch(() => ({ items: [] }));
  await Promise.all(
    leftovers.items.map((domain) =>
      deleteDomainAndWait(domain.metadata.namespace ?? '', domain.metadata.name ?? ''),
    ),
  );
  await manager?.stop();
  await responder?.close();
  await standby?.close();
  await Promise.all([tenantA?.delete(), tenantB?.delete(), operatorNamespace?.delete()]);
});

/** The status and body of a challenge request to the responder on `port`, for `hostHeader`. */
function askChallenge(
  port: number,
  hostHeader: string,
  token: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    httpGet(
      {
        host: '127.0.0.1',
        port,
        path: `/.well-known/acme-challenge/${token}`,
        headers: { host: hostHeader },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    ).on('error', reject);
  });
}

describe('HTTP-01 challenge responders', () => {
  it('answer a published challenge on every replica, only for its host, until it is withdrawn', async () => {
    const token = randomBytes(32).toString('base64url');
    const named = host('answer');
    await responder.publish(named, token, `${token}.thumbprint`);
    const ports = [responder.address?.port ?? 0, servers.pebbleHttpPort];
    for (const port of ports) {
      expect(await askChallenge(port, named, token)).toEqual({ status: 200, body: `${token}.thumbprint` });
      // The Host as a client may send it: upper case, with a port, with the root's trailing dot.
      expect((await askChallenge(port, `${named.toUpperCase()}.:80`, token)).status).toBe(200);
      // Another host, even one the operator serves, never gets this host's answer.
      expect((await askChallenge(port, host('other'), token)).status).toBe(404);
      expect((await askChallenge(port, named, `${token}x`)).status).toBe(404);
    }
    await responder.withdraw(token);
    for (const port of ports) {
      await eventually('the withdrawn challenge gone', async () =>
        (await askChallenge(port, named, token)).status === 404 ? true : undefined,
      );
    }
  });
});

describe('Domain reconciler', () => {
  it('proves a host by TXT, gets a certificate from Pebble, refuses a second claim, withdraws the host after the grace period', async () => {
    const hostname = host('shop');
    await client.create(DOMAINS, newDomain(tenantA.name, 'shop', hostname));

    // Pending, with the exact record to publish.
    const pending = await waitForCondition(tenantA.name, 'shop', 'Verified', 'False', 'RecordNotFound');
    const record = pending.status?.verification;
    expect(record?.recordName).toBe(`_pagemagic-challenge.${hostname}`);
    expect(record?.recordValue).toMatch(/^pagemagic-verify=[A-Za-z0-9_-]{22}$/);
    expect(condition(pending, 'Verified')?.message).toContain(
      `${record?.recordName} with the value "${record?.recordValue}"`,
    );
    expect(condition(pending, 'Ready')?.status).toBe('False');
    expect(await getClaim(hostname)).toBeUndefined();

    await challtestsrv('set-txt', { host: record?.recordName ?? '', value: record?.recordValue ?? '' });
    const ready = await waitForCondition(tenantA.name, 'shop', 'Ready', 'True');
    expect(ready.status?.verification).toEqual(record);
    expect(ready.status?.verifiedAt).toBeDefined();
    expect(ready.status?.observedGeneration).toBe(ready.metadata.generation);
    expect(ready.status?.certificate?.secretName).toBe('shop-tls');
    // Issued by the operator over HTTP-01: the status says so (the Website's Ingress routes the challenge
    // path for such hosts) and the namespace has the Service that path leads to.
    expect(ready.status?.certificate?.issuedBy).toBe('acme');
    const challenge = await client.get<KubeObject & { spec: Record<string, unknown> }>(
      resources.services,
      tenantA.name,
      'pagemagic-acme-challenge',
    );
    expect(challenge.spec).toMatchObject({
      type: 'ExternalName',
      externalName: `pagemagic-operator.${operatorNamespace.name}.svc.cluster.local`,
    });
    for (const type of ['Verified', 'Claimed', 'CertificateReady'])
      expect(condition(ready, type)?.status).toBe('True');
    expect(ready.metadata.finalizers).toContain('pagemagic.dev/domain-claim');

    const claim = await getClaim(hostname);
    expect(claim?.spec).toEqual({
      hostname,
      namespace: tenantA.name,
      domain: 'shop',
      domainUid: ready.metadata.uid,
    });

    // The certificate is Pebble's, for this host.
    const secret = await client.get<KubeObject & { type?: string; data?: Record<string, string> }>(
      resources.secrets,
      tenantA.name,
      'shop-tls',
    );
    expect(secret.type).toBe('kubernetes.io/tls');
    expect(secret.data?.['tls.key']).toBeTruthy();
    const leaf = new X509Certificate(Buffer.from(secret.data?.['tls.crt'] ?? '', 'base64'));
    expect(leaf.subjectAltName).toBe(`DNS:${hostname}`);
    const intermediate = new X509Certificate(await pebbleManagement('/intermediates/0'));
    expect(leaf.checkIssued(intermediate)).toBe(true);
    expect(leaf.verify(intermediate.publicKey)).toBe(true);
    expect(ready.status?.certificate?.notAfter).toBe(`${new Date(leaf.validTo).toISOString().slice(0, 19)}Z`);
    const owner = (secret.metadata as { ownerReferences?: Array<{ uid: string; controller?: boolean }> })
      .ownerReferences;
    expect(owner).toEqual([expect.objectContaining({ uid: ready.metadata.uid, controller: true })]);

    // Rechecks (every second here) that find everything as it is write nothing.
    const settled = ready.metadata.resourceVersion;
    const reconciledBefore = await reconciles();
    const writesBefore = await writes();
    await eventually('three more reconciles', async () =>
      (await reconciles()) >= reconciledBefore + 3 ? true : undefined,
    );
    expect(await writes()).toBe(writesBefore);
    expect((await getDomain(tenantA.name, 'shop')).metadata.resourceVersion).toBe(settled);

    // Another tenant: other spellings of the same host are refused by the CRD, so the spelling that gets in
    // is the normalised one (normalisation itself is unit-tested).
    for (const spelling of [hostname.toUpperCase(), `${hostname}.`]) {
      const refused = await rejection(client.create(DOMAINS, newDomain(tenantB.name, 'copy', spelling)));
      expect(refused.code).toBe(422);
    }
    await client.create(DOMAINS, newDomain(tenantB.name, 'copy', hostname));
    const rival = await waitForCondition(tenantB.name, 'copy', 'Verified', 'False', 'RecordNotFound');
    const rivalRecord = rival.status?.verification;
    expect(rivalRecord?.recordValue).not.toBe(record?.recordValue);
    await challtestsrv('set-txt', {
      host: rivalRecord?.recordName ?? '',
      value: rivalRecord?.recordValue ?? '',
    });
    const conflicted = await waitForCondition(tenantB.name, 'copy', 'Claimed', 'False', 'Conflict');
    expect(condition(conflicted, 'Claimed')?.message).toBe(CONFLICT_MESSAGE);
    expect(condition(conflicted, 'Verified')).toMatchObject({ status: 'False', reason: 'Conflict' });
    expect(JSON.stringify(conflicted.status)).not.toContain(tenantA.name);
    expect((await getClaim(hostname))?.spec.namespace).toBe(tenantA.name);

    // Both records go: the holder keeps routing through the grace period, then is withdrawn.
    await challtestsrv('clear-txt', { host: record?.recordName ?? '' });
    const missing = await waitForCondition(tenantA.name, 'shop', 'Verified', 'True', 'RecordMissing');
    expect(condition(missing, 'RecordPresent')?.status).toBe('False');
    expect(await getClaim(hostname)).toBeDefined();
    const withdrawn = await waitForCondition(tenantA.name, 'shop', 'Verified', 'False', 'RecordRemoved');
    expect(condition(withdrawn, 'Ready')?.status).toBe('False');
    expect(condition(withdrawn, 'Claimed')?.reason).toBe('NotVerified');
    await eventually('the claim to go', async () => ((await getClaim(hostname)) ? undefined : true));

    // Republishing the rival's record lets the waiting Domain take the released host.
    await challtestsrv('set-txt', {
      host: rivalRecord?.recordName ?? '',
      value: rivalRecord?.recordValue ?? '',
    });
    await waitForCondition(tenantB.name, 'copy', 'Claimed', 'True');
    expect((await getClaim(hostname))?.spec.namespace).toBe(tenantB.name);

    // Deleting the Domain releases its claim (the finalizer), and then the Domain goes.
    await deleteDomainAndWait(tenantB.name, 'copy');
    expect(await getClaim(hostname)).toBeUndefined();
    await challtestsrv('clear-txt', { host: rivalRecord?.recordName ?? '' });
  });

  it('asks cert-manager for a Certificate when its API is installed', async () => {
    const crdName = 'certificates.cert-manager.io';
    const crdRef = {
      apiVersion: 'apiextensions.k8s.io/v1',
      plural: 'customresourcedefinitions',
      namespaced: false,
    };
    await client.create(crdRef, {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: crdName },
      spec: {
        group: 'cert-manager.io',
        names: {
          kind: 'Certificate',
          plural: 'certificates',
          singular: 'certificate',
          listKind: 'CertificateList',
        },
        scope: 'Namespaced',
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          },
        ],
      },
    } as KubeObject);
    const hostname = host('cm');
    try {
      await eventually('cert-manager API to be served', async () => {
        const list = await client.request<{ resources?: Array<{ name: string }> }>({
          verb: 'get',
          resource: 'apigroups',
          method: 'GET',
          path: '/apis/cert-manager.io/v1',
        });
        return list.resources?.some((resource) => resource.name === 'certificates') ? true : undefined;
      });
      // The controller caches "cert-manager is absent" from earlier tests for certManagerCacheSeconds;
      // let that answer expire so the Domain below is decided on the API as it is now.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await client.create(DOMAINS, newDomain(tenantA.name, 'managed', hostname));
      const pending = await waitForCondition(tenantA.name, 'managed', 'Verified', 'False');
      const record = pending.status?.verification;
      await challtestsrv('set-txt', { host: record?.recordName ?? '', value: record?.recordValue ?? '' });

      const waiting = await waitForCondition(tenantA.name, 'managed', 'Claimed', 'True');
      const certificate = await eventually('the Certificate', () =>
        client
          .get<KubeObject & { spec?: unknown }>(certificatesResource, tenantA.name, 'managed')
          .catch(() => undefined),
      );
      expect(certificate.spec).toEqual({
        secretName: 'managed-tls',
        dnsNames: [hostname],
        issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'letsencrypt' },
      });
      const issuing = await waitForCondition(tenantA.name, 'managed', 'CertificateReady', 'Unknown');
      expect(condition(issuing, 'Ready')?.status).toBe('Unknown');
      expect(waiting.metadata.uid).toBe(issuing.metadata.uid);

      // cert-manager would set this; CertificateReady mirrors it.
      await client.mergePatch(
        certificatesResource,
        { namespace: tenantA.name, name: 'managed' },
        { status: { conditions: [{ type: 'Ready', status: 'True', reason: 'Ready', message: 'issued' }] } },
      );
      const ready = await waitForCondition(tenantA.name, 'managed', 'Ready', 'True');
      expect(condition(ready, 'CertificateReady')).toMatchObject({ status: 'True', message: 'issued' });
      expect(ready.status?.certificate?.secretName).toBe('managed-tls');
      // Issued by cert-manager, so the operator wrote no Secret of its own.
      await expect(client.get(resources.secrets, tenantA.name, 'managed-tls')).rejects.toMatchObject({
        code: 404,
      });
      await deleteDomainAndWait(tenantA.name, 'managed');
      expect(await getClaim(hostname)).toBeUndefined();
      await challtestsrv('clear-txt', { host: record?.recordName ?? '' });
    } finally {
      await client.delete(crdRef, { name: crdName }).catch(() => {});
    }
  });

  it('takes over a claim whose Domain no longer exists', async () => {
    const hostname = host('orphan');
    await client.create(DOMAIN_CLAIMS, {
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'DomainClaim',
      metadata: { name: hostname },
      spec: { hostname, namespace: tenantB.name, domain: 'gone', domainUid: 'no-such-uid' },
    } as DomainClaim);
    await client.create(DOMAINS, newDomain(tenantA.name, 'heir', hostname));
    const pending = await waitForCondition(tenantA.name, 'heir', 'Verified', 'False');
    const record = pending.status?.verification;
    await challtestsrv('set-txt', { host: record?.recordName ?? '', value: record?.recordValue ?? '' });
    const claimed = await waitForCondition(tenantA.name, 'heir', 'Claimed', 'True');
    expect((await getClaim(hostname))?.spec).toEqual({
      hostname,
      namespace: tenantA.name,
      domain: 'heir',
      domainUid: claimed.metadata.uid,
    });
    await deleteDomainAndWait(tenantA.name, 'heir');
    expect(await getClaim(hostname)).toBeUndefined();
    await challtestsrv('clear-txt', { host: record?.recordName ?? '' });
  });
});
