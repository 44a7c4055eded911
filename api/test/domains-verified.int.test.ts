// A custom domain end to end with the operator's real Domain controller (in-process, watching this
// workspace's namespace): the TXT record the API told the customer to publish is the one the operator
// checks, publishing it (in pebble-challtestsrv's DNS) verifies the host, the operator publishes
// `domain.verified` on JetStream, and the API's consumer turns that into the owner's email.

import { randomBytes } from 'node:crypto';
import type { Website } from '@pagemagic/crds';
import { WEBSITES } from '@pagemagic/crds';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../operator/src/config.ts';
import { addDomainController, type DomainConfig } from '../../operator/src/controllers/domain/index.ts';
import { type EventPublisher, natsPublisher } from '../../operator/src/events/index.ts';
import { createLogger, Manager } from '../../operator/src/runtime/index.ts';
import { ApiClientError, type PagemagicClient } from '../src/client/index.ts';
import { addDomain, getDomain, removeDomain } from '../src/contract/domains.ts';
import { listActivity } from '../src/contract/events.ts';
import { createSite } from '../src/contract/sites.ts';
import { EventsConsumer } from '../src/events/consumer.ts';
import { eventsSettingsFromEnv } from '../src/events/settings.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const servers = testServerSettings();
const run = randomBytes(4).toString('hex');
const hostname = `www.${run}.pagemagic.test`;
const durable = `api-test-${run}-verified`;
const dlqStream = `PAGEMAGIC_EVENTS_DLQ_TEST_${run}`;

let api: TestApi;
let client: PagemagicClient;
let email: string;
let manager: Manager;
let publisher: EventPublisher;
let consumer: EventsConsumer;

/** How many times the Domain controller has reconciled, whatever the outcome. */
async function reconciles(): Promise<number> {
  const metric = await manager.registry.getSingleMetric('controller_runtime_reconcile_total')?.get();
  return (metric?.values ?? [])
    .filter((value) => value.labels.controller === 'domain')
    .reduce((sum, value) => sum + value.value, 0);
}

/** Every message the consumer was given has been settled. */
async function drained() {
  const jsm = await api.services.nats.jetstreamManager();
  await eventually('the consumer to settle every message', async () => {
    const info = await jsm.consumers.info('PAGEMAGIC_EVENTS', durable);
    return info.num_pending === 0 && info.num_ack_pending === 0 ? true : undefined;
  });
}

async function challtestsrv(path: 'set-txt' | 'clear-txt', body: { host: string; value?: string }) {
  const response = await fetch(`${servers.challtestsrvUrl}/${path}`, {
    method: 'POST',
    body: JSON.stringify({ ...body, host: `${body.host}.` }),
  });
  expect(response.ok, `${path} ${body.host}`).toBe(true);
}

beforeAll(async () => {
  api = await startTestApi();
  const owner = await api.signUp(`domain-owner-${run}@example.com`);
  email = owner.user.email;
  client = api.client(owner.tokens);
  const { rows } = await api.services.db.query<{ namespace: string }>(
    'SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1',
    [owner.user.id],
  );
  const namespace = rows[0]?.namespace ?? '';
  await client.call(createSite, { body: { prompt: 'A bakery in Leeds', name: 'bakery' } });
  const website = await api.services.kubeClient.get<Website>(WEBSITES, namespace, 'bakery');

  consumer = await EventsConsumer.start(
    { ...api.services, logger: { info: () => {}, warn: () => {}, error: () => {} } },
    {
      ...eventsSettingsFromEnv({}).consumer,
      durable,
      filterSubject: `pagemagic.events.*.*.${website.metadata.uid}`,
      dlqStream,
      dlqSubjectPrefix: `pagemagic.dlqtest.${run}`,
    },
  );
  publisher = await natsPublisher({ url: api.services.config.natsUrl });
  const config: DomainConfig = {
    dnsServers: [`127.0.0.1:${servers.challtestsrvDnsPort}`],
    pendingSeconds: 0.5,
    recheckSeconds: 5,
    graceSeconds: 60,
    certManagerCacheSeconds: 60,
    certificatePollSeconds: 60,
    // Certificates are not what this test is about: the first pass only asks for the challenge route.
    challengeRouteSeconds: 3600,
    operatorService: { name: 'pagemagic-operator', namespace, port: servers.pebbleHttpPort },
    issuer: { kind: 'ClusterIssuer', name: 'letsencrypt' },
    acme: {
      directoryUrl: servers.pebbleDirectoryUrl,
      caFile: servers.pebbleCaPath,
      httpAddress: { host: '127.0.0.1', port: servers.pebbleHttpPort },
      accountSecret: { namespace, name: 'acme-account' },
      challenges: { namespace, propagationSeconds: 0.1 },
    },
  };
  manager = new Manager({
    kubeConfig: loadKubeConfig(),
    fieldManager: OPERATOR_FIELD_MANAGER,
    logger: createLogger({ level: 'error', write: () => {} }),
    metrics: { host: '127.0.0.1', port: 0 },
    processMetrics: false,
  });
  addDomainController(manager, config, { domains: { namespace }, publisher });
  await manager.start();
});

afterAll(async () => {
  // The Domain's finalizer is the controller's to remove, so it goes while the controller still runs.
  await client?.call(removeDomain, { params: { host: hostname } }).catch(() => undefined);
  await eventually('the Domain to be gone', async () =>
    client.call(getDomain, { params: { host: hostname } }).then(
      () => undefined,
      (error: unknown) => (error instanceof ApiClientError && error.status === 404 ? true : undefined),
    ),
  ).catch(() => undefined);
  await manager?.stop();
  await consumer?.stop();
  await publisher?.close();
  const jsm = await api?.services.nats.jetstreamManager();
  await jsm?.consumers.delete('PAGEMAGIC_EVENTS', durable).catch(() => undefined);
  await jsm?.streams.delete(dlqStream).catch(() => undefined);
  await challtestsrv('clear-txt', { host: `_pagemagic-challenge.${hostname}` }).catch(() => undefined);
  await new Mailpit().deleteMatching(`to:"${email}"`).catch(() => undefined);
  await api?.close();
});

describe('a custom domain with the operator', () => {
  it('is verified by the record the API gave out, and the owner hears about it once', async () => {
    const added = await client.call(addDomain, { params: { siteId: 'bakery' }, body: { host: hostname } });
    expect(added.status).toBe('pending');

    // The operator looks for exactly the record the customer was told about, and keeps it.
    const pending = await eventually('the operator to report the record missing', async () => {
      const domain = await client.call(getDomain, { params: { host: hostname } });
      return domain.conditions.some((c) => c.type === 'Verified' && c.reason === 'RecordNotFound')
        ? domain
        : undefined;
    });
    expect(pending.verification).toEqual(added.verification);

    await challtestsrv('set-txt', { host: added.verification.name, value: added.verification.value });
    const verified = await eventually('the host to be verified', async () => {
      const domain = await client.call(getDomain, { params: { host: hostname } });
      return domain.status === 'verified' || domain.status === 'ready' ? domain : undefined;
    });
    expect(verified.verifiedAt).toBeDefined();

    const mail = await new Mailpit().waitFor(email, {
      subject: `${hostname} is verified`,
      timeoutMs: 30_000,
    });
    expect(mail.Text).toContain(`${hostname} now serves bakery`);
    const feed = await eventually('domain.verified in the feed', async () => {
      const page = await client.call(listActivity, { query: {} });
      return page.items.find((item) => item.type === 'domain.verified');
    });
    expect(feed).toMatchObject({ objectKind: 'Domain', objectName: hostname, site: 'bakery' });
    expect(feed.data).toMatchObject({ host: hostname, website: 'bakery' });

    // Later reconciles (rechecks every few seconds) find it still verified and publish nothing new.
    const seen = await reconciles();
    await eventually('two more reconciles of the Domain', async () =>
      (await reconciles()) >= seen + 2 ? true : undefined,
    );
    await drained();
    expect(
      (await new Mailpit().to(email)).filter((m) => m.Subject === `${hostname} is verified`),
    ).toHaveLength(1);
    const page = await client.call(listActivity, { query: {} });
    expect(page.items.filter((item) => item.type === 'domain.verified')).toHaveLength(1);
  });
});
