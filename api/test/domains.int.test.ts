// Custom domains against the real cluster: adding one makes a Domain CR whose answer names the exact TXT
// record to publish; hosts are validated and normalised; a host another workspace holds is refused without
// saying whose it is; the plan's domain limit is refused (402 plan_limit, with the quota behind it) and
// explained; and no caller can see or touch another workspace's domains.

import { randomBytes } from 'node:crypto';
import type { Domain, DomainClaim } from '@pagemagic/crds';
import { DOMAIN_CLAIMS, DOMAINS } from '@pagemagic/crds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientError, type PagemagicClient } from '../src/client/index.ts';
import { addDomain, getDomain, listDomains, removeDomain } from '../src/contract/domains.ts';
import { createSite } from '../src/contract/sites.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const run = randomBytes(4).toString('hex');
const host = (label: string) => `${label}.${run}.example.com`;

let api: TestApi;
const claims: string[] = [];

interface Tenant {
  client: PagemagicClient;
  workspaceId: string;
  namespace: string;
  userId: string;
}

async function tenant(): Promise<Tenant> {
  const { user, tokens } = await api.signUp();
  const { rows } = await api.services.db.query<{ id: string; namespace: string }>(
    `SELECT w.id, w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1`,
    [user.id],
  );
  const row = rows[0] as { id: string; namespace: string };
  return { client: api.client(tokens), workspaceId: row.id, namespace: row.namespace, userId: user.id };
}

async function failure(call: Promise<unknown>): Promise<ApiClientError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiClientError);
  return error as ApiClientError;
}

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  api = await startTestApi();
  [a, b] = await Promise.all([tenant(), tenant()]);
  await a.client.call(createSite, { body: { prompt: 'A bakery in Leeds', name: 'bakery' } });
  await b.client.call(createSite, { body: { prompt: 'A florist in York', name: 'florist' } });
});

afterAll(async () => {
  await Promise.allSettled(claims.map((name) => api.services.kubeClient.delete(DOMAIN_CLAIMS, { name })));
  await api?.close();
});

describe('domains', () => {
  it('adds a host to a site and answers with the TXT record that proves it, stored on the Domain', async () => {
    const added = await a.client.call(addDomain, {
      params: { siteId: 'bakery' },
      body: { host: ` WWW.${run}.Example.COM. ` },
    });
    expect(added).toMatchObject({ host: host('www'), site: 'bakery', status: 'pending' });
    expect(added.verification.type).toBe('TXT');
    expect(added.verification.name).toBe(`_pagemagic-challenge.${host('www')}`);
    expect(added.verification.value).toMatch(/^pagemagic-verify=[A-Za-z0-9_-]{22}$/);
    expect(added.message).toContain(added.verification.value);

    const domain = await api.services.kubeClient.get<Domain>(DOMAINS, a.namespace, host('www'));
    expect(domain.spec).toEqual({ hostname: host('www'), website: 'bakery' });
    // The record the operator will look for is the one the person was told to publish.
    expect(domain.status?.verification).toEqual({
      recordName: added.verification.name,
      recordValue: added.verification.value,
    });

    const { rows } = await api.services.db.query(
      "SELECT actor_user_id, target FROM audit_log WHERE action = 'domain.add' AND workspace_id = $1",
      [a.workspaceId],
    );
    expect(rows).toEqual([{ actor_user_id: a.userId, target: `domain/${host('www')}` }]);
  });

  it('lists and reads the workspace domains, with the status the operator reports', async () => {
    const listed = await a.client.call(listDomains, { query: {} });
    expect(listed.items.map((item) => item.host)).toEqual([host('www')]);
    expect((await a.client.call(listDomains, { query: { siteId: 'other' } })).items).toEqual([]);

    // The operator's verdict, written the way its Domain reconciler writes it.
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    await api.services.kubeClient.patchStatus(
      DOMAINS,
      { namespace: a.namespace, name: host('www') },
      {
        verifiedAt: now,
        conditions: [
          {
            type: 'Verified',
            status: 'True',
            reason: 'RecordFound',
            message: 'proven',
            lastTransitionTime: now,
          },
          {
            type: 'Ready',
            status: 'Unknown',
            reason: 'Issuing',
            message: 'CertificateReady: issuing',
            lastTransitionTime: now,
          },
        ],
      },
    );
    const read = await a.client.call(getDomain, { params: { host: host('WWW').toUpperCase() } });
    expect(read).toMatchObject({ host: host('www'), status: 'verified', verifiedAt: now });
    expect(read.conditions.map((condition) => condition.type)).toEqual(['Verified', 'Ready']);
  });

  it('refuses hosts nobody can prove or that belong to the platform, saying why', async () => {
    const cases: [string, RegExp][] = [
      ['192.168.1.10', /IP address/],
      ['[::1]', /IP address/],
      ['*.example.com', /wildcard/],
      ['localhost', /fully qualified/],
      ['exa mple.com', /fully qualified/],
      ['-bad-.example.com', /fully qualified/],
      [`shop.${api.services.config.siteBaseDomain}`, /belong to Page Magic/],
      [api.services.config.siteBaseDomain, /belong to Page Magic/],
    ];
    for (const [input, why] of cases) {
      const error = await failure(
        a.client.call(addDomain, { params: { siteId: 'bakery' }, body: { host: input } }),
      );
      expect(error.status, input).toBe(400);
      expect(error.code).toBe('validation_failed');
      expect(error.message, input).toMatch(why);
    }
  });

  it('refuses a host this workspace already has', async () => {
    const error = await failure(
      a.client.call(addDomain, { params: { siteId: 'bakery' }, body: { host: host('www') } }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toContain('already added to this site');
  });

  it('refuses a host verified by another workspace without saying which', async () => {
    const domain = await api.services.kubeClient.get<Domain>(DOMAINS, a.namespace, host('www'));
    // What the operator makes once it has verified A's record.
    const claim: DomainClaim = {
      apiVersion: DOMAIN_CLAIMS.apiVersion,
      kind: 'DomainClaim',
      metadata: { name: host('www') },
      spec: {
        hostname: host('www'),
        namespace: a.namespace,
        domain: host('www'),
        domainUid: domain.metadata.uid ?? '',
      },
    };
    await api.services.kubeClient.create(DOMAIN_CLAIMS, claim);
    claims.push(host('www'));
    const error = await failure(
      b.client.call(addDomain, { params: { siteId: 'florist' }, body: { host: host('www') } }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toContain('already in use by another Page Magic site');
    const said = JSON.stringify({ message: error.message, details: error.details });
    expect(said).not.toContain(a.namespace);
    expect(said).not.toContain(a.workspaceId);
    expect(said).not.toContain('bakery');
  });

  it('lets a second workspace add a host that is only pending elsewhere, so nobody can squat on one', async () => {
    await a.client
      .call(addDomain, { params: { siteId: 'bakery' }, body: { host: host('squat') } })
      .catch((error: unknown) => {
        // A's plan may already be full; the point is B's attempt below.
        if (!(error instanceof ApiClientError) || error.code !== 'plan_limit') throw error;
      });
    const added = await b.client.call(addDomain, {
      params: { siteId: 'florist' },
      body: { host: host('squat') },
    });
    expect(added).toMatchObject({ host: host('squat'), site: 'florist', status: 'pending' });
    await b.client.call(removeDomain, { params: { host: host('squat') } });
  });

  it("hides another workspace's domains and sites", async () => {
    expect((await b.client.call(listDomains, { query: {} })).items.map((item) => item.host)).not.toContain(
      host('www'),
    );
    const attempts = [
      () => b.client.call(getDomain, { params: { host: host('www') } }),
      () => b.client.call(removeDomain, { params: { host: host('www') } }),
      () => b.client.call(addDomain, { params: { siteId: 'bakery' }, body: { host: host('other') } }),
    ];
    for (const attempt of attempts) expect((await failure(attempt())).status).toBe(404);
    // Still there for its owner.
    expect((await a.client.call(getDomain, { params: { host: host('www') } })).host).toBe(host('www'));
  });

  it('lets a viewer read but not add or remove', async () => {
    const viewer = await api.signUp();
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
      [a.workspaceId, viewer.user.id],
    );
    const client = api.client(viewer.tokens, a.workspaceId);
    expect((await client.call(listDomains, { query: {} })).items).toHaveLength(1);
    const adding = await failure(
      client.call(addDomain, { params: { siteId: 'bakery' }, body: { host: host('viewer') } }),
    );
    expect(adding.status).toBe(403);
    expect((await failure(client.call(removeDomain, { params: { host: host('www') } }))).status).toBe(403);
  });

  it("explains the plan's domain limit when it is reached", async () => {
    // The free plan allows one custom domain, and A has it.
    const error = await failure(
      a.client.call(addDomain, { params: { siteId: 'bakery' }, body: { host: host('second') } }),
    );
    expect(error.status).toBe(402);
    expect(error.code).toBe('plan_limit');
    expect(error.message).toContain('Free plan allows 1 custom domain and');
    // The route is for API clients, in details; the message is for the person reading it.
    expect(error.message).not.toContain('/api/v1');
    expect(error.details).toMatchObject({
      hint: 'POST /api/v1/workspaces/<workspaceId>/billing/checkout upgrades',
    });
    expect(error.details).toMatchObject({ plan: 'free', limit: 'domains', allowed: 1 });
  });

  it('removes a domain, and then it is gone', async () => {
    const response = await a.client.send(removeDomain, { params: { host: host('www') } });
    expect(response.status).toBe(204);
    expect((await failure(a.client.call(getDomain, { params: { host: host('www') } }))).status).toBe(404);
    expect((await failure(a.client.call(removeDomain, { params: { host: host('www') } }))).status).toBe(404);
    const { rows } = await api.services.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'domain.remove' AND target = $1",
      [`domain/${host('www')}`],
    );
    expect(rows).toHaveLength(1);
  });

  it('needs a signed-in caller', async () => {
    expect((await failure(api.client().call(listDomains, { query: {} }))).status).toBe(401);
  });
});
