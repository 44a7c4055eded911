// A site's life through the API with the real operator running in-process on the workspace's namespace
// (quota, limits, restricted pods and all): created from a prompt, served, edited, rebuilt, published,
// rolled back and deleted. Every step is a call to the API; every wait is for what the cluster reports.

import type { Build } from '@pagemagic/crds';
import { BUILDS } from '@pagemagic/crds';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { type KubeObject, resources } from '@pagemagic/operator/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientError, type PagemagicClient } from '../src/client/index.ts';
import { listSiteBuilds } from '../src/contract/builds.ts';
import {
  createSite,
  deleteSite,
  getSite,
  getSiteContent,
  listSites,
  publishSite,
  putSiteContent,
  rollbackSite,
} from '../src/contract/sites.ts';
import type { Site } from '../src/sites/mapping.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';
import {
  type Operator,
  startWorkspaceOperator,
  stopWorkspaceOperator,
} from './helpers/workspace-operator.ts';

let api: TestApi;
let operator: Operator;
let client: PagemagicClient;
let namespace: string;

beforeAll(async () => {
  api = await startTestApi();
  const { user, tokens } = await api.signUp();
  client = api.client(tokens);
  const { rows } = await api.services.db.query<{ namespace: string }>(
    `SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1`,
    [user.id],
  );
  namespace = rows[0]?.namespace ?? '';
  operator = await startWorkspaceOperator(namespace);
}, 180_000);

afterAll(async () => {
  await stopWorkspaceOperator(operator);
  await api?.close();
});

interface Deployment extends KubeObject {
  spec: { template: { spec: { containers: Array<{ image: string }> } } };
}

/** The site as the API reports it once it is ready and serving `build` (any, when not given). */
async function servedSite(siteId: string, build?: string): Promise<{ site: Site; image: string }> {
  const site = await client.call(getSite, { params: { siteId } });
  const live = site.status.liveBuild;
  // Thrown rather than returned, so a timeout says what the site was doing when the wait gave up.
  if (site.status.phase !== 'ready' || !live || (build && live !== build)) {
    const conditions = site.status.conditions.map((c) => `${c.type}=${c.status} ${c.reason}: ${c.message}`);
    throw new Error(`phase ${site.status.phase}, live ${live ?? 'none'}; ${conditions.join('; ')}`);
  }
  const { items } = await client.call(listSiteBuilds, { params: { siteId } });
  const image = items.find((item) => item.id === live)?.image;
  // The API's word is checked against what actually runs.
  const deployment = await api.services.kubeClient.get<Deployment>(resources.deployments, namespace, siteId);
  const running = deployment.spec.template.spec.containers[0]?.image;
  if (!image || running !== image) throw new Error(`the Deployment runs ${running}, not ${image}`);
  return { site, image };
}

describe('a site through the API with the operator running', () => {
  const state: { id: string; first: string; second: string } = { id: '', first: '', second: '' };

  it('creates a site from a prompt, which becomes ready with a URL', async () => {
    const created = await client.call(createSite, {
      body: { prompt: 'A family bakery in Porto with fresh bread and pastel de nata' },
    });
    state.id = created.id;
    expect(created.status.phase).toBe('writing');
    const { site } = await eventually('the new site to be ready', () => servedSite(created.id), 300);
    expect(site.status.url).toMatch(new RegExp(`^https://${created.id}-${namespace}\\.`));
    expect(site.status.latestBuild).toBe(site.status.liveBuild);
    expect(site.status.conditions.map((condition) => [condition.type, condition.status])).toEqual(
      expect.arrayContaining([
        ['ContentReady', 'True'],
        ['Built', 'True'],
        ['Deployed', 'True'],
        ['Ready', 'True'],
      ]),
    );
    state.first = site.status.liveBuild ?? '';
    const { items } = await client.call(listSiteBuilds, { params: { siteId: created.id } });
    expect(items).toEqual([
      expect.objectContaining({ id: state.first, phase: 'Succeeded', live: true, site: created.id }),
    ]);
    expect(items[0]?.imageDigest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(items[0]?.pages).toBeGreaterThan(0);
  }, 360_000);

  it('rolls out edited content as a new Build', async () => {
    const current = await client.call(getSiteContent, { params: { siteId: state.id } });
    expect(current.document.name).not.toBe('Padaria Nova');
    const edited = { ...current.document, name: 'Padaria Nova' };
    const answer = await client.call(putSiteContent, {
      params: { siteId: state.id },
      body: { document: edited, baseRevision: current.revision },
    });
    expect(answer.status.phase).not.toBe('ready');
    const { site } = await eventually(
      'the edited content to be served',
      async () => {
        const served = await servedSite(state.id);
        if (served.site.status.liveBuild === state.first) throw new Error('still serving the first Build');
        return served;
      },
      300,
    );
    state.second = site.status.liveBuild ?? '';
    const content = await client.call(getSiteContent, { params: { siteId: state.id } });
    expect(content.document.name).toBe('Padaria Nova');
    expect(content.revision).toBe(site.status.contentRevision);
    const { items } = await client.call(listSiteBuilds, { params: { siteId: state.id } });
    expect(items.map((build) => [build.id, build.live])).toEqual([
      [state.second, true],
      [state.first, false],
    ]);
    expect(items[1]?.contentRevision).not.toBe(items[0]?.contentRevision);
  }, 360_000);

  it('refuses content the operator could not build, before anything reaches the cluster', async () => {
    const broken = { ...exampleSiteDocument(), pages: [] };
    const refused = await client
      .call(putSiteContent, { params: { siteId: state.id }, body: { document: broken } })
      .catch((error: ApiClientError) => error);
    expect(refused).toBeInstanceOf(ApiClientError);
    expect((refused as ApiClientError).status).toBe(400);
    expect((await client.call(getSite, { params: { siteId: state.id } })).status.phase).toBe('ready');
  });

  it('publishes the first Build, which the operator then serves pinned', async () => {
    const answer = await client.call(publishSite, {
      params: { siteId: state.id },
      body: { build: state.first },
    });
    expect(answer.pinnedBuild).toBe(state.first);
    // The brief gave no address, phone, email, hours or prices: nothing was invented, and publishing says
    // what the published pages leave out, once per fact, with where it is.
    expect(new Set(answer.placeholders.map((p) => p.fact))).toEqual(
      new Set(['email', 'opening-hours', 'phone', 'street-address', 'price']),
    );
    expect(answer.placeholders).toContainEqual(
      expect.objectContaining({
        fact: 'price',
        label: expect.stringMatching(/^price of /i),
        subject: expect.any(String),
      }),
    );
    expect(answer.placeholders).toContainEqual(
      expect.objectContaining({ fact: 'opening-hours', label: 'opening hours', page: expect.any(String) }),
    );
    const { site } = await eventually(
      'the first Build to be served',
      () => servedSite(state.id, state.first),
      240,
    );
    expect(site.status.conditions.find((condition) => condition.type === 'Deployed')?.reason).toBe('Pinned');
    expect(site.status.latestBuild).toBe(state.second);
  }, 300_000);

  it('refuses a locale the offline draft writer cannot write, naming the ones it can, and creates nothing', async () => {
    const before = await client.call(listSites, { query: {} });
    const refused = await client
      .call(createSite, { body: { prompt: 'Een bakkerij in Utrecht', locales: ['nl'] } })
      .catch((error: ApiClientError) => error);
    expect(refused).toBeInstanceOf(ApiClientError);
    expect((refused as ApiClientError).status).toBe(400);
    expect((refused as ApiClientError).message).toContain('"nl" cannot be written');
    expect((refused as ApiClientError).message).toContain('en, pt, es, fr, de');
    expect((await client.call(listSites, { query: {} })).items.length).toBe(before.items.length);
  });

  it('refuses a well-formed tag of no language, whatever writes the site, and creates nothing', async () => {
    const before = await client.call(listSites, { query: {} });
    const refused = await client
      .call(createSite, { body: { prompt: 'A bakery in Porto', locales: ['en', 'xx'] } })
      .catch((error: ApiClientError) => error);
    expect(refused).toBeInstanceOf(ApiClientError);
    expect((refused as ApiClientError).status).toBe(400);
    expect((refused as ApiClientError).message).toContain('"xx" is not a known language');
    expect((await client.call(listSites, { query: {} })).items.length).toBe(before.items.length);
  });

  it('has nothing to roll back to from the oldest Build', async () => {
    const refused = await client
      .call(rollbackSite, { params: { siteId: state.id } })
      .catch((error: ApiClientError) => error);
    expect((refused as ApiClientError).status).toBe(409);
    expect((refused as ApiClientError).message).toContain(`older than the live one (${state.first})`);
  });

  it('publishes the newest Build by default and rolls back to the one before it', async () => {
    const published = await client.call(publishSite, { params: { siteId: state.id }, body: {} });
    expect(published.pinnedBuild).toBe(state.second);
    await eventually('the second Build to be served', () => servedSite(state.id, state.second), 240);

    const rolledBack = await client.call(rollbackSite, { params: { siteId: state.id } });
    expect(rolledBack.pinnedBuild).toBe(state.first);
    const { site } = await eventually(
      'the rollback to be served',
      () => servedSite(state.id, state.first),
      240,
    );
    expect(site.pinnedBuild).toBe(state.first);
  }, 600_000);

  it('deletes the site and everything the operator made for it', async () => {
    const answer = await client.call(deleteSite, { params: { siteId: state.id } });
    expect(answer).toEqual({ id: state.id, status: 'deleting' });
    const gone = await client
      .call(getSite, { params: { siteId: state.id } })
      .catch((error: ApiClientError) => error);
    expect((gone as ApiClientError).status).toBe(404);
    const selector = `pagemagic.dev/website=${state.id}`;
    await eventually(
      'every object of the site to be gone',
      async () => {
        for (const ref of [
          resources.configMaps,
          resources.deployments,
          resources.services,
          resources.ingresses,
          BUILDS,
        ]) {
          const { items } = await api.services.kubeClient.list<KubeObject | Build>(ref, {
            namespace,
            labelSelector: selector,
          });
          if (items.length > 0) return undefined;
        }
        return true;
      },
      240,
    );
  }, 300_000);
});
