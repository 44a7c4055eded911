// The JetStream consumer against the real NATS, PostgreSQL and mailpit: events the operator's own publisher
// sends become activity rows and exactly one email per owner, however often they arrive; a message that
// cannot be read, or whose handling keeps failing, ends in the dead-letter stream with its error.
// Each run reads only its own events (a filter on a Website uid of its own) with durable consumers and a
// dead-letter stream of its own, so parallel runs and the operator's real events do not interfere.

import { randomBytes } from 'node:crypto';
import { type EventToPublish, eventMessageId } from '@pagemagic/crds/events';
import { Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { type JetStreamManager, headers as natsHeaders } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventPublisher, natsPublisher } from '../../operator/src/events/index.ts';
import type { User } from '../src/accounts/users.ts';
import type { TokenPair } from '../src/auth/sessions.ts';
import { ApiClientError, type PagemagicClient } from '../src/client/index.ts';
import { listActivity } from '../src/contract/events.ts';
import { DLQ_HEADERS, EventsConsumer } from '../src/events/consumer.ts';
import { eventsSettingsFromEnv } from '../src/events/settings.ts';
import { type Mailer, smtpMailer } from '../src/mail/mailer.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const run = randomBytes(4).toString('hex');
const silent = { info: () => {}, warn: () => {}, error: () => {} };

let api: TestApi;
let manager: JetStreamManager;
let publisher: EventPublisher;
let owner: { user: User; tokens: TokenPair };
let editor: { user: User; tokens: TokenPair };
let namespace: string;
let workspaceId: string;
const mailpit = new Mailpit();
const consumers: EventsConsumer[] = [];
const durables: string[] = [];
const dlqStream = `PAGEMAGIC_EVENTS_DLQ_TEST_${run}`;
const dlqPrefix = `pagemagic.dlqtest.${run}`;
/** Sends that should fail: a transient SMTP failure for the first try of a subject. */
const failOnce = new Set<string>();
const closeAfter: Mailer[] = [];

function settings(name: string, websiteUid: string, overrides: { deliver?: 'new' | 'all' } = {}) {
  const durable = `api-test-${run}-${name}`;
  durables.push(durable);
  return {
    ...eventsSettingsFromEnv({}).consumer,
    enabled: true,
    durable,
    filterSubject: `pagemagic.events.*.*.${websiteUid}`,
    deliver: overrides.deliver ?? ('new' as const),
    maxDeliver: 3,
    retryDelayMs: 100,
    dlqStream,
    dlqSubjectPrefix: dlqPrefix,
  };
}

async function startConsumer(name: string, websiteUid: string, mailer: Mailer, deliver?: 'new' | 'all') {
  const consumer = await EventsConsumer.start(
    { ...api.services, mailer, logger: silent },
    settings(name, websiteUid, { deliver }),
  );
  consumers.push(consumer);
  return consumer;
}

/** Done: every message the durable consumer was given has been settled. */
async function drained(durable: string) {
  await eventually(`consumer ${durable} to settle every message`, async () => {
    const info = await manager.consumers.info('PAGEMAGIC_EVENTS', durable);
    return info.num_pending === 0 && info.num_ack_pending === 0 && info.num_redelivered === 0
      ? true
      : undefined;
  });
}

function event(overrides: Partial<EventToPublish> & Pick<EventToPublish, 'websiteUid'>): EventToPublish {
  return {
    type: 'site.published',
    namespace,
    name: 'bakery',
    uid: `uid-${randomBytes(4).toString('hex')}`,
    generation: 1,
    occurrence: '1',
    data: { build: 'bakery-1', url: 'http://bakery.sites.pagemagic.localhost' },
    ...overrides,
  };
}

async function activityRows(messageId: string) {
  const { rows } = await api.services.db.query<{ type: string; workspace_id: string }>(
    'SELECT type, workspace_id FROM activity WHERE message_id = $1',
    [messageId],
  );
  return rows;
}

const feed = (client: PagemagicClient, query: { limit?: number; cursor?: string; siteId?: string }) =>
  client.call(listActivity, { query });

const mailTo = async (address: string, subject: string) =>
  (await mailpit.to(address)).filter((message) => message.Subject === subject);

beforeAll(async () => {
  api = await startTestApi();
  manager = await api.services.nats.jetstreamManager();
  publisher = await natsPublisher({ url: api.services.config.natsUrl });
  owner = await api.signUp(`owner-${run}@example.com`);
  editor = await api.signUp(`editor-${run}@example.com`);
  const { rows } = await api.services.db.query<{ id: string; namespace: string }>(
    `SELECT w.id, w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1`,
    [owner.user.id],
  );
  workspaceId = rows[0]?.id ?? '';
  namespace = rows[0]?.namespace ?? '';
  // An editor of the same workspace: sees the feed, gets no owner emails.
  await api.services.db.query(
    "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'editor')",
    [workspaceId, editor.user.id],
  );
});

afterAll(async () => {
  await Promise.allSettled(consumers.map((consumer) => consumer.stop()));
  await Promise.allSettled(durables.map((durable) => manager?.consumers.delete('PAGEMAGIC_EVENTS', durable)));
  await manager?.streams.delete(dlqStream).catch(() => undefined);
  await publisher?.close();
  for (const mailer of closeAfter) mailer.close();
  await mailpit.deleteMatching(`to:"owner-${run}@example.com"`).catch(() => undefined);
  await api?.close();
});

describe('events consumer', () => {
  const siteUid = `site-${run}`;
  let realMailer: Mailer;

  beforeAll(async () => {
    realMailer = api.services.mailer;
    const flaky: Mailer = {
      async send(message) {
        if (failOnce.delete(message.subject)) throw new Error('421 service not available, try again later');
        await realMailer.send(message);
      },
      close: () => {},
    };
    await startConsumer('main', siteUid, flaky);
  });

  it('turns a published event into one activity row and one email to each owner, even when published twice', async () => {
    const published = event({ websiteUid: siteUid, name: 'bakery', occurrence: `1-bakery-${run}` });
    await publisher.publish(published);
    await publisher.publish(published);
    const id = eventMessageId(published);
    await eventually('the activity row', async () =>
      (await activityRows(id)).length > 0 ? true : undefined,
    );
    const mail = await mailpit.waitFor(owner.user.email, { subject: 'Your site bakery is live' });
    expect(mail.Text).toContain('http://bakery.sites.pagemagic.localhost');
    await drained(durables[0] as string);
    expect(await activityRows(id)).toEqual([{ type: 'site.published', workspace_id: workspaceId }]);
    expect(await mailTo(owner.user.email, 'Your site bakery is live')).toHaveLength(1);
    expect(await mailpit.to(editor.user.email)).toHaveLength(0);
  });

  it('names who caused a publishing: a member by name or email, a stranger by nothing but an id', async () => {
    const site = `who-${run}`;
    const stranger = '00000000-0000-4000-8000-000000000001';
    const rolledBack = event({
      websiteUid: siteUid,
      name: site,
      occurrence: `2-${site}-1`,
      data: {
        build: `${site}-1`,
        url: 'http://who.localhost',
        cause: { change: 'rollback', by: editor.user.id },
      },
    });
    const byStranger = event({
      websiteUid: siteUid,
      name: site,
      occurrence: `3-${site}-2`,
      data: { build: `${site}-2`, url: 'http://who.localhost', cause: { change: 'publish', by: stranger } },
    });
    await publisher.publish(rolledBack);
    await publisher.publish(byStranger);
    const client = api.client(owner.tokens, workspaceId);
    const items = await eventually('both items in the feed', async () => {
      const page = await feed(client, { siteId: site, limit: 10 });
      return page.items.length === 2 ? page.items : undefined;
    });
    const byBuild = (build: string) => items.find((item) => item.data.build === build);
    expect(byBuild(`${site}-1`)?.actor).toEqual({
      id: editor.user.id,
      name: editor.user.name ?? editor.user.email,
    });
    expect(byBuild(`${site}-2`)?.actor).toEqual({ id: stranger });
  });

  it('redelivers after a failed send and still sends exactly one email', async () => {
    const failed = event({
      websiteUid: siteUid,
      type: 'build.failed',
      name: `bakery-build-${run}`,
      occurrence: `bakery-build-${run}`,
      data: { website: 'bakery', message: 'the renderer ran out of memory' },
    });
    const subject = 'A build of bakery failed';
    failOnce.add(subject);
    await publisher.publish(failed);
    const mail = await mailpit.waitFor(owner.user.email, { subject });
    expect(mail.Text).toContain('the renderer ran out of memory');
    await drained(durables[0] as string);
    expect(failOnce.has(subject)).toBe(false);
    const { rows } = await api.services.db.query<{
      attempts: number;
      sent: boolean;
      last_error: string | null;
    }>(
      'SELECT attempts, sent_at IS NOT NULL AS sent, last_error FROM notification_emails WHERE message_id = $1',
      [eventMessageId(failed)],
    );
    expect(rows).toEqual([{ attempts: 2, sent: true, last_error: null }]);
    expect(await activityRows(eventMessageId(failed))).toHaveLength(1);
    expect(await mailTo(owner.user.email, subject)).toHaveLength(1);
    const metrics = await api.services.metrics.getSingleMetricAsString('pagemagic_api_events_total');
    expect(metrics).toMatch(/pagemagic_api_events_total\{type="build.failed",outcome="retried"\} 1/);
  });

  it('changes nothing when the same messages are delivered again (a replayed consumer)', async () => {
    const before = await api.services.db.query('SELECT count(*)::int AS n FROM activity');
    const mailBefore = (await mailpit.to(owner.user.email)).length;
    await startConsumer('replay', siteUid, realMailer, 'all');
    await drained(durables.at(-1) as string);
    const after = await api.services.db.query('SELECT count(*)::int AS n FROM activity');
    expect(after.rows[0].n).toBe(before.rows[0].n);
    expect(before.rows[0].n).toBeGreaterThanOrEqual(2);
    expect((await mailpit.to(owner.user.email)).length).toBe(mailBefore);
    const metrics = await api.services.metrics.getSingleMetricAsString('pagemagic_api_events_total');
    expect(metrics).toMatch(/type="site.published",outcome="duplicate"\} [1-9]/);
  });

  it('acknowledges and skips an event from a namespace no workspace owns', async () => {
    const stranger = event({
      websiteUid: siteUid,
      namespace: `pm-nobody${run}`,
      occurrence: `stranger-${run}`,
    });
    await publisher.publish(stranger);
    await eventually('the unknown-workspace event to be counted', async () => {
      const metrics = await api.services.metrics.getSingleMetricAsString('pagemagic_api_events_total');
      return /outcome="unknown_workspace"\} [1-9]/.test(metrics) ? true : undefined;
    });
    await drained(durables[0] as string);
    expect(await activityRows(eventMessageId(stranger))).toEqual([]);
  });

  it('moves an unreadable message to the dead-letter stream at once, with its subject, data and error', async () => {
    const subject = `pagemagic.events.site.published.${siteUid}`;
    const js = api.services.nats.jetstream();
    const headers = natsHeaders();
    headers.set('Nats-Msg-Id', `garbage-${run}`);
    const ack = await js.publish(subject, new TextEncoder().encode('{"type": "site.published", "oops"'), {
      headers,
    });
    const dead = await eventually('a dead letter', async () =>
      manager.streams
        .getMessage(dlqStream, { last_by_subj: `${dlqPrefix}.${subject}` })
        .catch(() => undefined),
    );
    expect(new TextDecoder().decode(dead.data)).toBe('{"type": "site.published", "oops"');
    expect(dead.header.get(DLQ_HEADERS.subject)).toBe(subject);
    expect(dead.header.get(DLQ_HEADERS.sequence)).toBe(String(ack.seq));
    expect(dead.header.get(DLQ_HEADERS.deliveries)).toBe('1');
    expect(dead.header.get(DLQ_HEADERS.error)).toMatch(/not UTF-8 JSON/);
    await drained(durables[0] as string);
  });

  it('refuses a body whose type is not the one its subject names', async () => {
    const subject = `pagemagic.events.build.failed.${siteUid}`;
    const body = event({ websiteUid: siteUid, occurrence: `mismatch-${run}` });
    const { websiteUid: _w, occurrence: _o, ...payload } = body;
    await api.services.nats
      .jetstream()
      .publish(
        subject,
        new TextEncoder().encode(JSON.stringify({ ...payload, time: new Date().toISOString() })),
      );
    const dead = await eventually('a dead letter for the mismatch', async () =>
      manager.streams
        .getMessage(dlqStream, { last_by_subj: `${dlqPrefix}.${subject}` })
        .catch(() => undefined),
    );
    expect(dead.header.get(DLQ_HEADERS.error)).toContain('does not carry a site.published event');
  });

  it('dead-letters a message whose handling keeps failing after max_deliver deliveries', async () => {
    const poisonUid = `poison-${run}`;
    // A real SMTP failure: nothing listens on port 1.
    const refused = smtpMailer('smtp://127.0.0.1:1', 'Page Magic <no-reply@example.com>');
    closeAfter.push(refused);
    await startConsumer('poison', poisonUid, refused);
    const verified = event({
      websiteUid: poisonUid,
      type: 'domain.verified',
      name: `www-${run}`,
      occurrence: `verified-${run}`,
      data: { host: `www.${run}.example.com`, website: 'bakery' },
    });
    await publisher.publish(verified);
    const subject = `pagemagic.events.domain.verified.${poisonUid}`;
    const dead = await eventually(
      'the poison message in the dead-letter stream',
      async () =>
        manager.streams
          .getMessage(dlqStream, { last_by_subj: `${dlqPrefix}.${subject}` })
          .catch(() => undefined),
      60,
    );
    expect(dead.header.get(DLQ_HEADERS.deliveries)).toBe('3');
    expect(dead.header.get(DLQ_HEADERS.error)).toMatch(/ECONNREFUSED/);
    expect(dead.header.get(DLQ_HEADERS.messageId)).toBe(eventMessageId(verified));
    expect(JSON.parse(new TextDecoder().decode(dead.data))).toMatchObject({ type: 'domain.verified' });
    // Terminated on the events stream: nothing left pending or waiting for an ack.
    await drained(durables.at(-1) as string);
    const { rows } = await api.services.db.query<{ sent: boolean; attempts: number }>(
      'SELECT sent_at IS NOT NULL AS sent, attempts FROM notification_emails WHERE message_id = $1',
      [eventMessageId(verified)],
    );
    expect(rows).toEqual([{ sent: false, attempts: 3 }]);
  });
});

describe('activity feed', () => {
  const feedUid = `feed-${run}`;

  beforeAll(async () => {
    await startConsumer('feed', feedUid, api.services.mailer);
    for (let index = 0; index < 5; index++) {
      await publisher.publish(
        event({
          websiteUid: feedUid,
          type: 'site.generated',
          name: 'gallery',
          occurrence: `feed-${index}-${run}`,
          data: { contentRevision: `gallery-${index}` },
        }),
      );
    }
    await eventually('five feed events', async () => {
      const { rows } = await api.services.db.query(
        "SELECT 1 FROM activity WHERE website = 'gallery' AND workspace_id = $1",
        [workspaceId],
      );
      return rows.length === 5 ? true : undefined;
    });
  });

  it('lists the workspace feed newest first, page by page, for any member', async () => {
    // The editor's own workspace comes first; this one is named, as the web app does after a switch.
    const client = api.client(editor.tokens, workspaceId);
    const first = await feed(client, { limit: 3, siteId: 'gallery' });
    expect(first.items).toHaveLength(3);
    expect(first.next).toBeDefined();
    const second = await feed(client, { limit: 3, siteId: 'gallery', cursor: first.next });
    expect(second.items).toHaveLength(2);
    expect(second.next).toBeUndefined();
    const revisions = [...first.items, ...second.items].map((item) => item.data.contentRevision);
    expect(revisions).toEqual(['gallery-4', 'gallery-3', 'gallery-2', 'gallery-1', 'gallery-0']);
    expect(first.items[0]).toMatchObject({ type: 'site.generated', objectKind: 'Website', site: 'gallery' });
    const all = await feed(client, { limit: 100 });
    expect(all.items.map((item) => item.type)).toEqual(
      expect.arrayContaining(['site.published', 'build.failed']),
    );
  });

  it('shows another workspace none of it', async () => {
    const outsider = await api.signUp();
    const seen = await feed(api.client(outsider.tokens), { limit: 100 });
    expect(seen.items).toEqual([]);
    // Naming the other workspace explicitly is refused, not answered with its feed.
    const refused = await feed(api.client(outsider.tokens, workspaceId), {}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiClientError);
    expect((refused as ApiClientError).status).toBe(403);
  });

  it('refuses a cursor it did not make, and an anonymous caller', async () => {
    const client = api.client(owner.tokens);
    const forged = Buffer.from('2020-01-01T00:00:00Z|1 OR 1=1').toString('base64url');
    for (const cursor of [forged, 'not-a-cursor']) {
      const error = await feed(client, { cursor }).catch((caught: unknown) => caught);
      expect((error as ApiClientError).status).toBe(400);
    }
    const anonymous = await feed(api.client(), {}).catch((caught: unknown) => caught);
    expect((anonymous as ApiClientError).status).toBe(401);
  });
});

describe('the app', () => {
  it('runs the consumer configured from the environment while it runs, and stops it on close', async () => {
    const wiredUid = `wired-${run}`;
    const durable = `api-test-${run}-wired`;
    durables.push(durable);
    const env = {
      PAGEMAGIC_EVENTS_CONSUMER: 'on',
      PAGEMAGIC_EVENTS_DURABLE: durable,
      PAGEMAGIC_EVENTS_FILTER: `pagemagic.events.*.*.${wiredUid}`,
      PAGEMAGIC_EVENTS_DLQ_STREAM: dlqStream,
      PAGEMAGIC_EVENTS_DLQ_SUBJECT: dlqPrefix,
    };
    const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
    Object.assign(process.env, env);
    let wired: TestApi;
    try {
      wired = await startTestApi();
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    const someone = await wired.signUp();
    const { rows } = await wired.services.db.query<{ namespace: string }>(
      'SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1',
      [someone.user.id],
    );
    const generated = event({
      websiteUid: wiredUid,
      namespace: rows[0]?.namespace ?? '',
      type: 'site.generated',
      occurrence: `wired-${run}`,
      data: { contentRevision: 'shop-1' },
    });
    try {
      await publisher.publish(generated);
      const page = await eventually('the event in the feed', async () => {
        const found = await feed(wired.client(someone.tokens), {});
        return found.items.length > 0 ? found : undefined;
      });
      expect(page.items).toMatchObject([{ type: 'site.generated', data: { contentRevision: 'shop-1' } }]);
    } finally {
      await wired.close();
    }
    // Closed: the durable consumer stays (it is shared by replicas) but nobody pulls from it any more.
    await publisher.publish({ ...generated, occurrence: `wired-after-close-${run}` });
    await eventually('the message to wait, unread', async () => {
      const info = await manager.consumers.info('PAGEMAGIC_EVENTS', durable);
      return info.num_pending === 1 && info.num_ack_pending === 0 ? true : undefined;
    });
  });
});
