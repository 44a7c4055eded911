// Reads and progress from the API's informer caches: 200 event streams open at once hold no Kubernetes
// watch of their own (the API's watch requests stay at one per kind, and the API server's count of open
// watches does not grow by anything like one per stream); a change written straight into Kubernetes by
// someone else reaches a stream and then a read; one tenant never sees another's objects, even under the
// same names; and a sign-in that ends stops working at once although live sign-ins are remembered.

import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { WEBSITES } from '@pagemagic/crds';
import { kubeconfigPath } from '@pagemagic/hack/testkit/kube';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { KubeClient } from '@pagemagic/operator/runtime';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { ApiClientError, PagemagicClient } from '../src/client/index.ts';
import { logout, refresh } from '../src/contract/auth.ts';
import { listSiteBuilds } from '../src/contract/builds.ts';
import { siteEvents } from '../src/contract/events.ts';
import { getProfile } from '../src/contract/profile.ts';
import { createSite, getSite, listSites } from '../src/contract/sites.ts';
import { removeMember } from '../src/contract/workspaces.ts';
import { createServices, type Services } from '../src/services.ts';
import { failure } from './helpers/failure.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const STREAMS = 200;
const PER_USER = 8;
const USERS = STREAMS / PER_USER;

let api: TestApi;
/** Someone other than the API writing to the cluster: the operator, a GitOps tool, kubectl. */
let outsider: KubeClient;

interface Tenant {
  client: PagemagicClient;
  namespace: string;
}

async function tenant(): Promise<Tenant & { tokens: { accessToken: string; refreshToken: string } }> {
  const { user, tokens } = await api.signUp();
  const { rows } = await api.services.db.query<{ namespace: string }>(
    'SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1',
    [user.id],
  );
  return { client: api.client(tokens), namespace: rows[0]?.namespace ?? '', tokens };
}

/** The first SSE frame with an event, read off a streaming response. */
async function firstEvent(response: Response): Promise<{ event: string; data: Record<string, unknown> }> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended first; got ${buffer}`);
    buffer += decoder.decode(value, { stream: true });
    for (const block of buffer.split('\n\n').slice(0, -1)) {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) {
        reader.releaseLock();
        return { event, data: JSON.parse(data) as Record<string, unknown> };
      }
    }
  }
}

/** `pagemagic_kube_requests_total{verb="watch"}` by resource, from the API's own metrics. */
async function apiWatchRequests(): Promise<Record<string, number>> {
  const text = await (await fetch(`${api.internalUrl}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const match of text.matchAll(/^pagemagic_kube_requests_total\{([^}]*)\} (\d+)/gm)) {
    const labels = match[1] as string;
    if (!labels.includes('verb="watch"')) continue;
    const resource = /resource="([^"]+)"/.exec(labels)?.[1] as string;
    out[resource] = Number(match[2]);
  }
  return out;
}

/** Watches open on the API server now, by resource (every client of the cluster, not only this API). */
async function serverWatches(): Promise<Record<string, number>> {
  const text = await outsider.request<string>({
    verb: 'get',
    resource: 'metrics',
    method: 'GET',
    path: '/metrics',
    accept: 'text/plain',
  });
  const out: Record<string, number> = {};
  for (const match of String(text).matchAll(/^apiserver_longrunning_requests\{([^}]*)\} (\d+)/gm)) {
    const labels = match[1] as string;
    if (!labels.includes('verb="WATCH"') || !labels.includes('group="pagemagic.dev"')) continue;
    const resource = /resource="([^"]+)"/.exec(labels)?.[1] as string;
    out[resource] = (out[resource] ?? 0) + Number(match[2]);
  }
  return out;
}

beforeAll(async () => {
  api = await startTestApi();
  const config = new KubeConfig();
  config.loadFromFile(kubeconfigPath());
  outsider = new KubeClient(config, { fieldManager: 'caches-test' });
}, 120_000);

afterAll(async () => api?.close());

describe('one watch per kind, fanned out', () => {
  it(`holds ${STREAMS} streams open on the same ${3} watches`, async () => {
    const tenants = await Promise.all(Array.from({ length: USERS }, () => tenant()));
    await Promise.all(
      tenants.map(({ client }) =>
        client.call(createSite, { body: { prompt: 'A bakery in Leeds', name: 'shop' } }),
      ),
    );
    const apiBefore = await apiWatchRequests();
    const serverBefore = await serverWatches();

    const aborts: AbortController[] = [];
    try {
      const firsts = await Promise.all(
        tenants.flatMap(({ client }) =>
          Array.from({ length: PER_USER }, async () => {
            const abort = new AbortController();
            aborts.push(abort);
            const response = await client.send(
              siteEvents,
              { params: { siteId: 'shop' } },
              { headers: { accept: 'text/event-stream' }, signal: abort.signal },
            );
            expect(response.status).toBe(200);
            return firstEvent(response);
          }),
        ),
      );
      expect(firsts).toHaveLength(STREAMS);
      for (const first of firsts)
        expect(first).toMatchObject({ event: 'site', data: { change: 'snapshot' } });

      // The API started no watch for any of them: it has made one watch request per kind, ever.
      const apiAfter = await apiWatchRequests();
      expect(apiAfter).toEqual(apiBefore);
      for (const kind of ['websites', 'builds', 'domains']) expect(apiAfter[kind]).toBe(1);

      // The API server agrees. Other test files share it and open and close watches meanwhile, so the
      // bound is loose, but one watch per stream would add two hundred Website watches.
      const serverAfter = await serverWatches();
      for (const kind of ['websites', 'builds']) {
        expect((serverAfter[kind] ?? 0) - (serverBefore[kind] ?? 0)).toBeLessThan(STREAMS / 4);
      }
    } finally {
      for (const abort of aborts) abort.abort();
    }
  }, 300_000);
});

describe('changes made in Kubernetes by someone else', () => {
  it('reach an open stream and then a read', async () => {
    const { client, namespace } = await tenant();
    await client.call(createSite, { body: { prompt: 'A florist in York', name: 'florist' } });
    const abort = new AbortController();
    try {
      const response = await client.send(
        siteEvents,
        { params: { siteId: 'florist' } },
        { headers: { accept: 'text/event-stream' }, signal: abort.signal },
      );
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let text = '';
      const until = async (needle: string) => {
        while (!text.includes(needle)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`the stream ended before ${needle}; got ${text}`);
          text += decoder.decode(value, { stream: true });
        }
      };
      await until('"change":"snapshot"');

      const website = await outsider.get<{ metadata: { generation?: number } }>(
        WEBSITES,
        namespace,
        'florist',
      );
      await outsider.patchStatus(
        WEBSITES,
        { namespace, name: 'florist' },
        { observedGeneration: website.metadata.generation, url: 'http://florist.example.test' },
      );
      await until('http://florist.example.test');
      expect(text).toMatch(
        /"change":"modified"[^\n]*florist\.example\.test|florist\.example\.test[^\n]*"change":"modified"/,
      );

      // The stream is fed by the same cache the reads come from: once the stream has it, so does a read.
      expect((await client.call(getSite, { params: { siteId: 'florist' } })).status.url).toBe(
        'http://florist.example.test',
      );
    } finally {
      abort.abort();
    }
  });
});

describe('tenancy in the cache', () => {
  it("never shows one workspace another's objects, even under the same name", async () => {
    const a = await tenant();
    const b = await tenant();
    await a.client.call(createSite, { body: { prompt: 'A cafe in Porto', name: 'cafe' } });
    await a.client.call(createSite, { body: { prompt: 'A gym in Porto', name: 'gym' } });
    await b.client.call(createSite, { body: { prompt: 'A cafe in Lisbon', name: 'cafe' } });

    expect((await a.client.call(listSites, { query: {} })).items.map((site) => site.id).sort()).toEqual([
      'cafe',
      'gym',
    ]);
    const bSites = (await b.client.call(listSites, { query: {} })).items;
    expect(bSites.map((site) => [site.id, site.prompt])).toEqual([['cafe', 'A cafe in Lisbon']]);
    expect((await b.client.call(getSite, { params: { siteId: 'cafe' } })).prompt).toBe('A cafe in Lisbon');
    expect((await failure(b.client.call(getSite, { params: { siteId: 'gym' } }))).status).toBe(404);
    expect((await failure(b.client.call(listSiteBuilds, { params: { siteId: 'gym' } }))).status).toBe(404);
    const stream = await failure(
      b.client.send(siteEvents, { params: { siteId: 'gym' } }, { headers: { accept: 'text/event-stream' } }),
    );
    expect(stream.status).toBe(404);
    // Paging through B's list never reaches into A's namespace, whatever the token says.
    const forged = Buffer.from(JSON.stringify({ v: 'pm1', ns: a.namespace, after: '' })).toString(
      'base64url',
    );
    expect((await failure(b.client.call(listSites, { query: { limit: 1, continue: forged } }))).status).toBe(
      400,
    );
  });
});

describe('remembered sign-ins', () => {
  let second: { services: Services; app: FastifyInstance; client: (token: string) => PagemagicClient };

  beforeAll(async () => {
    // A second replica on the same database, as a deployment with two pods has.
    const services = await createServices({ ...api.services.config, kubeconfig: kubeconfigPath() });
    const app = await buildApp(services, { logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    second = {
      services,
      app,
      client: (token) => new PagemagicClient({ baseUrl: url, accessToken: () => token }),
    };
  });
  afterAll(async () => second?.app.close());

  it('stop working at once on sign-out, on this replica and the other', async () => {
    const { tokens } = await tenant();
    const here = api.client(tokens);
    const there = second.client(tokens.accessToken);
    // Both replicas have seen the sign-in live, so both remember it.
    await here.call(getProfile);
    await there.call(getProfile);
    await api.client().call(logout, { body: { refreshToken: tokens.refreshToken } });
    expect((await failure(here.call(getProfile))).status).toBe(401);
    // The other replica hears of it over NATS.
    await eventually(
      'the other replica to refuse the ended sign-in',
      async () =>
        await there.call(getProfile).then(
          () => undefined,
          (error: unknown) => (error instanceof ApiClientError && error.status === 401 ? true : undefined),
        ),
    );
  });

  it('lose a workspace at once when its owner removes them, on this replica and the other', async () => {
    const owner = await api.signUp();
    const member = await api.signUp();
    const { rows } = await api.services.db.query<{ id: string }>(
      'SELECT workspace_id AS id FROM memberships WHERE user_id = $1',
      [owner.user.id],
    );
    const workspaceId = rows[0]?.id ?? '';
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'editor')",
      [workspaceId, member.user.id],
    );
    const here = api.client(member.tokens, workspaceId);
    const there = new PagemagicClient({
      baseUrl: `http://127.0.0.1:${(second.app.server.address() as AddressInfo).port}`,
      accessToken: () => member.tokens.accessToken,
      workspace: () => workspaceId,
    });
    // Both replicas now remember the membership.
    await here.call(listSites, { query: {} });
    await there.call(listSites, { query: {} });
    await api
      .client(owner.tokens, workspaceId)
      .call(removeMember, { params: { workspaceId, userId: member.user.id } });
    expect((await failure(here.call(listSites, { query: {} }))).status).toBe(403);
    await eventually(
      'the other replica to refuse the removed member',
      async () =>
        await there.call(listSites, { query: {} }).then(
          () => undefined,
          (error: unknown) => (error instanceof ApiClientError && error.status === 403 ? true : undefined),
        ),
    );
  });

  it('stop working at once when a reused refresh token revokes the family', async () => {
    const { tokens } = await tenant();
    const here = api.client(tokens);
    await here.call(getProfile);
    await api.client().call(refresh, { body: { refreshToken: tokens.refreshToken } });
    // The spent token again: theft, so the whole sign-in ends.
    expect(
      (await failure(api.client().call(refresh, { body: { refreshToken: tokens.refreshToken } }))).status,
    ).toBe(401);
    expect((await failure(here.call(getProfile))).status).toBe(401);
  });
});
