// A published site's contact form, posted the way a browser with no JavaScript posts it, against the real
// API, PostgreSQL, Redis, mailpit and kube-apiserver: a message that passes is stored encrypted and mailed to
// the owner with Reply-To set to the sender, and the person lands on the form's "sent" page; every defence
// (the trap, links, blocked words, budgets, the form's own fields, sizes, a form of another site) refuses
// without storing, and says why where a person reads it.

import { randomBytes } from 'node:crypto';
import type { Build, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import { signFormStamp } from '@pagemagic/crds/form-stamp';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../src/auth/sessions.ts';
import { ApiClientError } from '../src/client/index.ts';
import { getBilling } from '../src/contract/billing.ts';
import {
  deleteMessage,
  erasePersonMessages,
  findPersonMessages,
  getMessage,
  listMessages,
  setMessageRetention,
  updateMessage,
} from '../src/contract/forms.ts';
import { createSite } from '../src/contract/sites.ts';
import { SWEEP_LOCK, sweepExpiredMessages } from '../src/forms/retention.ts';
import { decryptFields } from '../src/forms/store.ts';
import { FORM_SUBMITTED_SUBJECT } from '../src/routes/forms.ts';
import { storeContentRevision } from '../src/sites/content.ts';
import { PLANS } from '../src/tenancy/plans.ts';
import { startTestApi, type TestApi, waitForPublishedInCache } from './helpers/test-api.ts';

let api: TestApi;
const mailpit = new Mailpit();
const unique = () => randomBytes(4).toString('hex');
let nextAddress = 1;
const freshAddress = () => `198.51.100.${nextAddress++}`;

/** The key the site server would sign form pages with; this API checks messages against it. */
const STAMP_KEY = randomBytes(32).toString('hex');
const MIN_FILL_SECONDS = 3;
/** Each published site's `namespace/name`, by uid: what its pages' stamps are signed for. */
const stampedSites = new Map<string, string>();
/** The stamp a page of the site served `ageMs` ago carries. */
const stampFor = (uid: string, ageMs: number) =>
  signFormStamp(STAMP_KEY, stampedSites.get(uid) ?? '', Date.now() - ageMs);

interface Published {
  tokens: TokenPair;
  uid: string;
  site: string;
  namespace: string;
  ownerEmail: string;
  url: string;
}

/** A site of a new owner whose live Build holds the example document (its form is `visit`). */
async function publishedSite(): Promise<Published> {
  const ownerEmail = `owner-${unique()}@example.com`;
  const { tokens } = await api.signUp(ownerEmail);
  const created = await api.client(tokens).call(createSite, { body: { prompt: `A bakery ${unique()}` } });
  const kube = api.services.kubeClient;
  const { rows } = await api.services.db.query<{ namespace: string }>(
    `SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id
      JOIN users u ON u.id = m.user_id WHERE u.email_lookup = $1`,
    [api.services.pii.lookup(ownerEmail)],
  );
  const namespace = rows[0]?.namespace ?? '';
  const website = await kube.get<Website>(WEBSITES, namespace, created.id);
  const contentRevision = await storeContentRevision(kube, website, exampleSiteDocument());
  const build = `${created.id}-${unique()}`;
  await kube.create<Build>(BUILDS, {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Build',
    metadata: { name: build, namespace, labels: { 'pagemagic.dev/website': created.id } },
    spec: { website: created.id, contentRevision, contentHash: 'a'.repeat(64), rendererVersion: 'test' },
  });
  const url = `https://${created.id}-${namespace}.sites.pagemagic.localhost/`;
  await kube.patchStatus<Website>(WEBSITES, { namespace, name: created.id }, { liveBuild: build, url });
  // The route finds the site in the API's cache.
  await waitForPublishedInCache(api, website.metadata.uid ?? '', url);
  stampedSites.set(website.metadata.uid ?? '', `${namespace}/${created.id}`);
  return { tokens, uid: website.metadata.uid ?? '', site: created.id, namespace, ownerEmail, url };
}

const GOOD = {
  _section: 'visit',
  _locale: 'en',
  _page: '/contact/',
  name: 'Ana Lima',
  email: 'ana@example.com',
  order: 'Cake',
  message: 'Could you bake a <b>birthday</b> cake for Saturday?',
};

/** Posts as a browser does from the site's page, opened long enough ago unless `fields` has its own stamp. */
function post(uid: string, fields: Record<string, string>, from = freshAddress(), type?: string) {
  const stamped = '_issued' in fields ? fields : { ...fields, _issued: stampFor(uid, 60_000) };
  return fetch(`${api.url}/forms/${uid}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': type ?? 'application/x-www-form-urlencoded',
      'x-forwarded-for': from,
    },
    body: new URLSearchParams(stamped).toString(),
  });
}

async function stored(site: string) {
  const { rows } = await api.services.db.query<{ fields_encrypted: string; locale: string; page: string }>(
    'SELECT fields_encrypted, locale, page FROM form_submissions WHERE site = $1 ORDER BY created_at',
    [site],
  );
  return rows;
}

let site: Published;

beforeAll(async () => {
  api = await startTestApi({
    env: {
      PAGEMAGIC_TRUSTED_PROXIES: '127.0.0.1',
      PAGEMAGIC_FORM_PER_IP: '3',
      PAGEMAGIC_FORM_PER_SITE: '30',
      PAGEMAGIC_FORM_BLOCKLIST: 'cheap watches',
      PAGEMAGIC_FORM_BODY_LIMIT_BYTES: '8192',
      PAGEMAGIC_FORM_STAMP_KEY: STAMP_KEY,
      PAGEMAGIC_FORM_MIN_FILL_SECONDS: String(MIN_FILL_SECONDS),
    },
  });
  site = await publishedSite();
});
afterAll(async () => api?.close());

describe('a contact form message', () => {
  it('is stored encrypted, mailed to the owner with Reply-To the sender, and sends the person to the "sent" page', async () => {
    const sentAt = new Date();
    const response = await post(site.uid, GOOD);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${site.url}_sent/visit/`);

    const rows = await stored(site.site);
    expect(rows).toHaveLength(1);
    const row = rows[0] as { fields_encrypted: string; locale: string; page: string };
    expect(row.fields_encrypted).not.toContain('Ana');
    expect(row).toMatchObject({ locale: 'en', page: '/contact/' });
    expect(decryptFields(api.services.pii, row.fields_encrypted)).toEqual({
      fields: [
        { name: 'name', label: 'Your name', value: 'Ana Lima' },
        { name: 'email', label: 'Email', value: 'ana@example.com' },
        { name: 'order', label: 'What would you like?', value: 'Cake' },
        { name: 'message', label: 'Message', value: GOOD.message },
      ],
      replyTo: 'ana@example.com',
    });

    const mail = await mailpit.waitFor(site.ownerEmail, { after: new Date(sentAt.getTime() - 1000) });
    expect(mail.Subject).toMatch(/^New message from your site /);
    expect(mail.ReplyTo?.[0]?.Address).toBe('ana@example.com');
    expect(mail.Text).toContain('Your name: Ana Lima');
    expect(mail.Text).toContain(GOOD.message);
  });

  it('in another language lands on that language\'s "sent" page', async () => {
    const response = await post(site.uid, {
      ...GOOD,
      _locale: 'pt',
      _page: '/pt/contact/',
      order: 'Bolo',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${site.url}pt/_sent/visit/`);
  });

  it('missing a required field or with a wrong value comes back on a page of the site, filled in as sent, each problem at its field', async () => {
    const before = (await stored(site.site)).length;
    const response = await post(site.uid, { ...GOOD, name: '', email: 'not-an-email', order: 'Pizza' });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('text/html');
    const page = await response.text();
    // The site's own page: its language, its name, links resolving against the site.
    expect(page).toMatch(/^<!doctype html><html lang="en"/);
    expect(page).toContain('<h1 id="_h-retry">Your message was not sent</h1>');
    expect(page).toContain(`<base href="${site.url}">`);
    expect(page).toContain(`<form class="form" action="${api.url}/forms/${site.uid}" method="post">`);
    expect(page).toContain('<input type="hidden" name="_page" value="/contact/">');
    // Each problem beside its field, tied to it for screen readers, and what was typed still there.
    expect(page).toMatch(
      /<p class="err" id="([^"]+)-e">Fill this in\.<\/p><input type="text" id="\1" name="name"[^>]* aria-invalid="true" aria-describedby="\1-e">/,
    );
    expect(page).toMatch(/<p class="err" id="[^"]+">Enter an email address, like name@example\.com\.<\/p>/);
    expect(page).toContain('value="not-an-email"');
    expect(page).toContain('Choose one of the options.');
    expect(page).toContain('Could you bake a &lt;b&gt;birthday&lt;/b&gt; cake for Saturday?</textarea>');
    // A fresh stamp for the next try: sent again once a person could have, it is taken.
    const issued = /name="_issued" value="([^"]+)"/.exec(page)?.[1];
    expect(issued).toMatch(/^\d+\.[\w-]{43}$/);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`form-action ${new URL(site.url).origin} ${api.url}`);
    expect(policy).toContain(`base-uri ${new URL(site.url).origin}`);
    expect(policy).toMatch(/style-src 'sha256-[^']+'(;|$)/);
    expect((await stored(site.site)).length).toBe(before);
  });

  it('in another language is refused in that language', async () => {
    const response = await post(site.uid, { ...GOOD, _locale: 'pt', _page: '/pt/contact/', name: '' });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toMatch(/^<!doctype html><html lang="pt"/);
    expect(page).toContain('A sua mensagem não foi enviada');
    expect(page).toContain('Preencha este campo.');
  });

  it('with the trap filled gets the same answer a person does, and is not stored', async () => {
    const before = (await stored(site.site)).length;
    const response = await post(site.uid, { ...GOOD, website_url: 'https://spam.example' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${site.url}_sent/visit/`);
    expect((await stored(site.site)).length).toBe(before);
  });

  it('with too many links or a blocked word is refused, saying why, and not stored', async () => {
    const before = (await stored(site.site)).length;
    const links = await post(site.uid, {
      ...GOOD,
      message: 'see https://a.example https://b.example www.c.example',
    });
    expect(links.status).toBe(422);
    expect(await links.text()).toContain('A message may contain at most 2 links.');
    const blocked = await post(site.uid, { ...GOOD, message: 'We sell CHEAP WATCHES' });
    expect(blocked.status).toBe(422);
    expect(await blocked.text()).toContain('The message contains words this site does not accept.');
    expect((await stored(site.site)).length).toBe(before);
    const metrics = await (await fetch(`${api.internalUrl}/metrics`)).text();
    expect(metrics).toMatch(/pagemagic_api_form_rejections_total\{reason="links"\} [1-9]/);
    expect(metrics).toMatch(/pagemagic_api_form_rejections_total\{reason="trap"\} [1-9]/);
  });

  it('escapes what it shows back: a hostile value is text on the answer page', async () => {
    const response = await post(site.uid, { ...GOOD, email: '"><script>alert(1)</script>' });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).not.toContain('<script>');
    expect(page).toContain('value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('from one address past its budget is refused with Retry-After, the rest of the world unaffected', async () => {
    const from = freshAddress();
    for (let i = 0; i < 3; i++) expect((await post(site.uid, GOOD, from)).status).toBe(303);
    const refused = await post(site.uid, GOOD, from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/Too many messages were sent just now\. Wait \d+ seconds/);
    expect((await post(site.uid, GOOD)).status).toBe(303);
  });

  it('over the size limit, or not sent as a form, is refused before anything is read', async () => {
    const big = await post(site.uid, { ...GOOD, message: 'x'.repeat(9000) });
    expect(big.status).toBe(413);
    const json = await fetch(`${api.url}/forms/${site.uid}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(GOOD),
    });
    expect(json.status).toBe(415);
    expect(await json.json()).toEqual({
      error: {
        code: 'unsupported_media_type',
        message: 'Send the body as application/x-www-form-urlencoded',
      },
    });
  });

  it('sent sooner after its page was served than a person could write it is refused, and taken once they could have', async () => {
    const before = (await stored(site.site)).length;
    const tooFast = await post(site.uid, { ...GOOD, _issued: stampFor(site.uid, 500) });
    expect(tooFast.status).toBe(422);
    const page = await tooFast.text();
    expect(page).toContain('It was sent too soon after the page opened');
    expect(page).toContain('value="Ana Lima"');
    expect((await stored(site.site)).length).toBe(before);
    expect(
      (await post(site.uid, { ...GOOD, _issued: stampFor(site.uid, MIN_FILL_SECONDS * 1000 + 500) })).status,
    ).toBe(303);
    const metrics = await (await fetch(`${api.internalUrl}/metrics`)).text();
    expect(metrics).toMatch(/pagemagic_api_form_rejections_total\{reason="too_fast"\} [1-9]/);
  });

  it('without a stamp the site server signed for this site, or with a stale one, is asked to be sent again', async () => {
    const other = await publishedSite();
    const before = (await stored(site.site)).length;
    const [id, signature] = stampFor(site.uid, 60_000).split('.');
    const cases = {
      missing: '',
      forged: `${id}.${'A'.repeat(43)}`,
      'moved in time': `${Number(id) - 60_000}.${signature}`,
      "another site's": stampFor(other.uid, 60_000),
      'two days old': stampFor(site.uid, 2 * 24 * 60 * 60 * 1000),
    };
    for (const [what, issued] of Object.entries(cases)) {
      const response = await post(site.uid, { ...GOOD, _issued: issued });
      expect(response.status, what).toBe(422);
      expect(await response.text(), what).toContain('The page was opened too long ago. Send it again now.');
    }
    expect((await stored(site.site)).length).toBe(before);
  });

  it('naming a form the site does not have, or a site that does not exist, is not taken', async () => {
    const other = await publishedSite();
    // A section id that exists on another site only, and a uid nobody has.
    const wrongSection = await post(other.uid, { ...GOOD, _section: 'menu' });
    expect(wrongSection.status).toBe(404);
    expect(await wrongSection.text()).toContain('This form is not taking messages');
    const nobody = await post('00000000-0000-4000-8000-000000000000', GOOD);
    expect(nobody.status).toBe(404);
    // Each workspace sees only its own site's messages.
    expect(await stored(other.site)).toHaveLength(0);
    const { rows } = await api.services.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM form_submissions s JOIN workspaces w ON w.id = s.workspace_id
        WHERE w.namespace = $1`,
      [other.namespace],
    );
    expect(Number(rows[0]?.n)).toBe(0);
  });
});

describe("the owner's messages", () => {
  it('are listed newest first with what was typed, paged, counted while unhandled, and marked handled or deleted', async () => {
    const mine = await publishedSite();
    for (const name of ['First', 'Second', 'Third']) {
      expect((await post(mine.uid, { ...GOOD, name })).status).toBe(303);
    }
    const client = api.client(mine.tokens);
    const first = await client.call(listMessages, { params: { siteId: mine.site }, query: { limit: 2 } });
    expect(first.items.map((m) => m.fields[0]?.value)).toEqual(['Third', 'Second']);
    expect(first.unhandled).toBe(3);
    expect(first.items[0]).toMatchObject({
      site: mine.site,
      section: 'visit',
      locale: 'en',
      replyTo: 'ana@example.com',
    });
    const rest = await client.call(listMessages, {
      params: { siteId: mine.site },
      query: { limit: 2, continue: first.continue },
    });
    expect(rest.items.map((m) => m.fields[0]?.value)).toEqual(['First']);
    expect(rest.continue).toBeUndefined();

    const oldest = rest.items[0]?.id ?? '';
    const handled = await client.call(updateMessage, {
      params: { siteId: mine.site, messageId: oldest },
      body: { handled: true },
    });
    expect(handled.handledAt).toBeDefined();
    const open = await client.call(listMessages, {
      params: { siteId: mine.site },
      query: { state: 'unhandled' },
    });
    expect(open.items.map((m) => m.fields[0]?.value)).toEqual(['Third', 'Second']);
    expect(open.unhandled).toBe(2);

    await client.call(deleteMessage, { params: { siteId: mine.site, messageId: oldest } });
    const gone = await client
      .call(getMessage, { params: { siteId: mine.site, messageId: oldest } })
      .catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(ApiClientError);
    expect(gone).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('page through messages sent in the same instant, each exactly once', async () => {
    const mine = await publishedSite();
    for (let i = 0; i < 5; i++)
      expect((await post(mine.uid, { ...GOOD, name: `Same ${i}` })).status).toBe(303);
    // Microseconds apart or not at all: a cursor in milliseconds would skip some of them.
    await api.services.db.query(
      "UPDATE form_submissions SET created_at = '2026-12-07 12:00:00.123456+00' WHERE site = $1",
      [mine.site],
    );
    const client = api.client(mine.tokens);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.call(listMessages, {
        params: { siteId: mine.site },
        query: { limit: 2, ...(token ? { continue: token } : {}) },
      });
      seen.push(...page.items.map((m) => m.fields[0]?.value ?? ''));
      token = page.continue;
    } while (token);
    expect(seen.sort()).toEqual(['Same 0', 'Same 1', 'Same 2', 'Same 3', 'Same 4']);
    const forged = await client
      .call(listMessages, { params: { siteId: mine.site }, query: { continue: 'bm90LWEtY3Vyc29y' } })
      .catch((error: unknown) => error);
    expect(forged).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it("are nobody else's: another workspace gets not_found for the site and for each message", async () => {
    const mine = await publishedSite();
    expect((await post(mine.uid, GOOD)).status).toBe(303);
    const [message] = (
      await api.client(mine.tokens).call(listMessages, { params: { siteId: mine.site }, query: {} })
    ).items;
    const stranger = await publishedSite();
    const theirs = api.client(stranger.tokens);
    const listed = await theirs
      .call(listMessages, { params: { siteId: mine.site }, query: {} })
      .catch((e: unknown) => e);
    expect(listed).toMatchObject({ status: 404, code: 'not_found' });
    // Their own site, someone else's message id.
    const read = await theirs
      .call(getMessage, { params: { siteId: stranger.site, messageId: message?.id ?? '' } })
      .catch((e: unknown) => e);
    expect(read).toMatchObject({ status: 404, code: 'not_found' });
  });
});

/** The workspace id of a published site's owner. */
async function workspaceOf(published: Published): Promise<string> {
  const { rows } = await api.services.db.query<{ id: string }>(
    'SELECT id FROM workspaces WHERE namespace = $1',
    [published.namespace],
  );
  return rows[0]?.id ?? '';
}

describe("a person's messages and how long they are kept", () => {
  it('tells other consumers on NATS that a message came, without what was typed', async () => {
    const mine = await publishedSite();
    const subscription = api.services.nats.subscribe(`${FORM_SUBMITTED_SUBJECT}.${mine.uid}`, { max: 1 });
    expect((await post(mine.uid, GOOD)).status).toBe(303);
    for await (const message of subscription) {
      const event = JSON.parse(new TextDecoder().decode(message.data)) as Record<string, unknown>;
      expect(event).toMatchObject({ site: mine.site, section: 'visit', locale: 'en' });
      expect(JSON.stringify(event)).not.toContain('Ana');
      expect(JSON.stringify(event)).not.toContain('ana@example.com');
    }
  });

  it("are found and erased by the sender's email, in any case, and only in the owner's workspace", async () => {
    const mine = await publishedSite();
    const other = await publishedSite();
    expect((await post(mine.uid, GOOD)).status).toBe(303);
    expect((await post(mine.uid, { ...GOOD, email: 'someone.else@example.com' })).status).toBe(303);
    expect((await post(other.uid, GOOD)).status).toBe(303);
    const client = api.client(mine.tokens);
    const workspaceId = await workspaceOf(mine);
    const found = await client.call(findPersonMessages, {
      params: { workspaceId },
      body: { email: ' ANA@Example.com ' },
    });
    expect(found.items.map((m) => m.replyTo)).toEqual(['ana@example.com']);
    const erased = await client.call(erasePersonMessages, {
      params: { workspaceId },
      body: { email: 'ana@example.com' },
    });
    expect(erased.deleted).toBe(1);
    expect(
      (await client.call(listMessages, { params: { siteId: mine.site }, query: {} })).items.map(
        (m) => m.replyTo,
      ),
    ).toEqual(['someone.else@example.com']);
    // The other workspace's copy from the same person stays: erasure is the asking workspace's own.
    expect(
      (await api.client(other.tokens).call(listMessages, { params: { siteId: other.site }, query: {} }))
        .items,
    ).toHaveLength(1);
    // And one workspace cannot reach into another's.
    const reached = await api
      .client(other.tokens)
      .call(erasePersonMessages, { params: { workspaceId }, body: { email: 'someone.else@example.com' } })
      .catch((error: unknown) => error);
    expect(reached).toMatchObject({ status: 404 });
  });

  it('are deleted once older than the workspace keeps them, by one sweep at a time', async () => {
    const mine = await publishedSite();
    const workspaceId = await workspaceOf(mine);
    expect((await post(mine.uid, GOOD)).status).toBe(303);
    expect((await post(mine.uid, { ...GOOD, name: 'Recent' })).status).toBe(303);
    const client = api.client(mine.tokens);
    expect(
      (await client.call(setMessageRetention, { params: { workspaceId }, body: { days: 30 } })).days,
    ).toBe(30);
    // One message from 31 days ago, one from today.
    await api.services.db.query(
      `UPDATE form_submissions SET created_at = now() - interval '31 days'
        WHERE id = (SELECT id FROM form_submissions WHERE site = $1 ORDER BY created_at LIMIT 1)`,
      [mine.site],
    );
    // While another replica sweeps (holds the lock), this one skips its turn and deletes nothing.
    const other = await api.services.db.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock($1)', [SWEEP_LOCK]);
      expect(await sweepExpiredMessages(api.services.db)).toBeUndefined();
      expect(await stored(mine.site)).toHaveLength(2);
    } finally {
      await other.query('COMMIT');
      other.release();
    }
    expect(await sweepExpiredMessages(api.services.db)).toBeGreaterThanOrEqual(1);
    const left = await client.call(listMessages, { params: { siteId: mine.site }, query: {} });
    expect(left.items.map((m) => m.fields[0]?.value)).toEqual(['Recent']);
  });
});

describe("the plan's monthly allowance of messages", () => {
  it('counts every message taken, tells the owners at 80 % and 100 %, and never refuses one', async () => {
    const mine = await publishedSite();
    const workspaceId = await workspaceOf(mine);
    const allowed = PLANS.free.limits.formMessagesPerMonth;
    const month = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
    // As if the month had already brought one message short of 80 %.
    await api.services.db.query(
      'INSERT INTO form_message_counts (workspace_id, month, messages) VALUES ($1, $2, $3)',
      [workspaceId, month, Math.ceil(allowed * 0.8) - 1],
    );
    const noticesOf = async () =>
      (
        await api.services.db.query<{ code: string }>(
          'SELECT code FROM billing_notices WHERE workspace_id = $1 ORDER BY created_at',
          [workspaceId],
        )
      ).rows.map((row) => row.code);

    expect((await post(mine.uid, GOOD)).status).toBe(303);
    await eventually('the 80 % notice', async () =>
      (await noticesOf()).includes('messages_80') ? true : undefined,
    );
    const billing = await api.client(mine.tokens).call(getBilling, { params: { workspaceId } });
    expect(billing.usage.formMessages).toBe(Math.ceil(allowed * 0.8));
    expect(billing.notices.map((notice) => notice.code)).toContain('messages_80');
    const mail = await mailpit.waitFor(mine.ownerEmail, {
      subject: "80 % of this month's contact form messages",
    });
    expect(mail.Text).toContain('Every message is still taken');

    // Past the allowance: still taken, stored and mailed; one 100 % notice, not one per message.
    await api.services.db.query(
      'UPDATE form_message_counts SET messages = $3 WHERE workspace_id = $1 AND month = $2',
      [workspaceId, month, allowed],
    );
    for (let i = 0; i < 2; i++)
      expect((await post(mine.uid, { ...GOOD, name: `Late ${i}` })).status).toBe(303);
    await eventually('the 100 % notice', async () =>
      (await noticesOf()).includes('messages_100') ? true : undefined,
    );
    expect((await stored(mine.site)).length).toBe(3);
    expect((await noticesOf()).filter((code) => code === 'messages_100')).toHaveLength(1);
    await eventually('the count past the allowance', async () => {
      const { usage } = await api.client(mine.tokens).call(getBilling, { params: { workspaceId } });
      return usage.formMessages === allowed + 2 ? true : undefined;
    });
  });
});
