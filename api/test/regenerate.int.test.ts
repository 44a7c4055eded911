// Regeneration through the API with the real operator running in-process on the workspace's namespace
// (inline executor, offline generator), against the local cluster and registry: one section rewritten
// changes that section only and becomes a content revision the operator builds; the whole site written
// again gives a new content revision and a new Build. Another workspace cannot do either.

import type { Build, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import { type SiteDocument, sectionIds } from '@pagemagic/crds/site-document';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { withoutSection } from '@pagemagic/operator/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagemagicClient } from '../src/client/index.ts';
import { regenerateSite } from '../src/contract/regenerate.ts';
import { createSite } from '../src/contract/sites.ts';
import { readContentRevision } from '../src/sites/content.ts';
import { failure } from './helpers/failure.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';
import {
  type Operator,
  startWorkspaceOperator,
  stopWorkspaceOperator,
} from './helpers/workspace-operator.ts';

let api: TestApi;
let alice: PagemagicClient;
let bob: PagemagicClient;
let workspaceA: { id: string; namespace: string };
let operator: Operator;
let siteId: string;

async function workspaceOf(userId: string) {
  const { rows } = await api.services.db.query<{ id: string; namespace: string }>(
    `SELECT w.id, w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1`,
    [userId],
  );
  return rows[0] as { id: string; namespace: string };
}

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.signUp();
  const b = await api.signUp();
  alice = api.client(a.tokens);
  bob = api.client(b.tokens);
  workspaceA = await workspaceOf(a.user.id);
  operator = await startWorkspaceOperator(workspaceA.namespace);
  const site = await alice.call(createSite, {
    body: { prompt: 'A family bakery in Porto with fresh bread every morning' },
  });
  siteId = site.id;
}, 180_000);

afterAll(async () => {
  await stopWorkspaceOperator(operator);
  await api?.close();
});

const kube = () => api.services.kubeClient;
const readWebsite = () => kube().get<Website>(WEBSITES, workspaceA.namespace, siteId);
const document = (revision: string) => readContentRevision(kube(), workspaceA.namespace, siteId, revision);

/**
 * The operator has caught up with the current generation: its content is stored and the Build of that
 * content has succeeded (the image is pushed). Not yet: throws what it saw, which `eventually` reports if
 * it waits in vain. (Rollout of the Deployment is the Website controller's business, tested in operator/.)
 */
async function settled(): Promise<{ website: Website; live: Build }> {
  const website = await readWebsite();
  const { latestBuild, observedGeneration, contentRevision } = website.status ?? {};
  const stored = website.status?.conditions?.some((c) => c.type === 'ContentReady' && c.status === 'True');
  if (!stored || observedGeneration !== website.metadata.generation || !latestBuild) {
    throw new Error(
      `not settled: generation ${website.metadata.generation}, ${JSON.stringify(website.status)}`,
    );
  }
  const live = await kube().get<Build>(BUILDS, workspaceA.namespace, latestBuild);
  if (live.status?.phase !== 'Succeeded' || live.spec.contentRevision !== contentRevision) {
    throw new Error(
      `Build ${latestBuild} of ${live.spec.contentRevision} is ${live.status?.phase ?? 'Pending'}`,
    );
  }
  return { website, live };
}

async function auditRows() {
  const { rows } = await api.services.db.query<{ action: string; target: string; details: unknown }>(
    'SELECT action, target, details FROM audit_log WHERE workspace_id = $1 ORDER BY id',
    [workspaceA.id],
  );
  return rows;
}

describe('regeneration', () => {
  const seen = { revisions: new Set<string>(), builds: new Set<string>() };
  let first: { website: Website; live: Build };
  let edited: string;

  it('starts from a site the operator wrote from its brief', async () => {
    first = await eventually('the site to be written and built', settled, 240);
    seen.revisions.add(first.website.status?.contentRevision ?? '');
    seen.builds.add(first.live.metadata.name ?? '');
    expect(first.website.spec.content).toBeUndefined();
  }, 300_000);

  it('rewrites one section and nothing else, as a new content revision', async () => {
    const before = await document(first.website.status?.contentRevision ?? '');
    const answer = await alice.call(regenerateSite, {
      params: { siteId },
      body: { section: 'faq', instruction: 'mention free delivery on Sundays' },
    });
    expect(answer.siteId).toBe(siteId);
    expect(answer.section).toBe('faq');
    expect(answer.generation).toBeGreaterThan(first.website.metadata.generation ?? 0);
    edited = answer.contentRevision ?? '';
    expect(seen.revisions.has(edited)).toBe(false);

    const website = await readWebsite();
    expect(website.spec.content).toEqual({ configMapRef: { name: edited } });
    const after: SiteDocument = await document(edited);
    expect(withoutSection(after, 'faq')).toEqual(withoutSection(before, 'faq'));
    const faq = (site: SiteDocument) =>
      JSON.stringify(site.pages.flatMap((page) => page.sections).find((section) => section.id === 'faq'));
    expect(faq(after)).not.toBe(faq(before));
    expect(faq(after).toLowerCase()).toContain('free delivery on sundays');

    const built = await eventually('the edited content to be built', settled, 240);
    expect(built.website.status?.contentRevision).toBe(edited);
    seen.revisions.add(edited);
    seen.builds.add(built.live.metadata.name ?? '');
    expect(seen.builds.size).toBe(2);
  }, 300_000);

  it('names the valid sections for an unknown one, and wants an instruction', async () => {
    const ids = sectionIds(await document(edited));
    const unknown = await failure(
      alice.call(regenerateSite, { params: { siteId }, body: { section: 'nope', instruction: 'shorter' } }),
    );
    expect(unknown.status).toBe(404);
    expect(unknown.message).toContain(ids.join(', '));
    expect(unknown.details).toEqual({ sections: ids });

    for (const instruction of [undefined, '', '   ']) {
      const empty = await failure(
        alice.call(regenerateSite, {
          params: { siteId },
          body: instruction === undefined ? { section: 'faq' } : { section: 'faq', instruction },
        }),
      );
      expect(empty.status).toBe(400);
      expect(empty.message).toContain('instruction');
    }
    const stray = await failure(
      alice.call(regenerateSite, { params: { siteId }, body: { instruction: 'shorter' } }),
    );
    expect(stray.status).toBe(400);

    const offline = await failure(
      alice.call(regenerateSite, {
        params: { siteId },
        body: { section: 'faq', instruction: 'turn it into a limerick' },
      }),
    );
    expect(offline.status).toBe(400);
    expect(offline.message).toContain('configure an AI key');
    expect((await readWebsite()).spec.content).toEqual({ configMapRef: { name: edited } });
  });

  it('does not let another workspace regenerate the site, whole or in part', async () => {
    const generation = (await readWebsite()).metadata.generation;
    for (const body of [{}, { section: 'faq', instruction: 'shorter' }]) {
      const error = await failure(bob.call(regenerateSite, { params: { siteId }, body }));
      expect(error.status).toBe(404);
      expect(error.code).toBe('not_found');
    }
    expect((await readWebsite()).metadata.generation).toBe(generation);
  });

  it('writes the whole site again from the brief: a new content revision and a new Build', async () => {
    const answer = await alice.call(regenerateSite, { params: { siteId }, body: {} });
    expect(answer.siteId).toBe(siteId);
    const website = await readWebsite();
    expect(answer.generation).toBe(website.metadata.generation);
    expect(website.spec.brief.revision).toBe(1);
    expect(website.spec.content).toBeUndefined();

    const again = await eventually(
      'the regenerated site to be built',
      async () => {
        const state = await settled();
        return state && state.website.metadata.generation === answer.generation ? state : undefined;
      },
      240,
    );
    const revision = again.website.status?.contentRevision ?? '';
    expect(seen.revisions.has(revision)).toBe(false);
    expect(seen.builds.has(again.live.metadata.name ?? '')).toBe(false);
    expect(again.live.status?.phase).toBe('Succeeded');
    // Written from the brief again: the same sections as the first, not the edited document.
    const regenerated = await document(revision);
    expect(sectionIds(regenerated)).toEqual(
      sectionIds(await document(first.website.status?.contentRevision ?? '')),
    );
    expect(JSON.stringify(regenerated).toLowerCase()).not.toContain('free delivery on sundays');

    const rows = await auditRows();
    expect(rows.filter((row) => row.target === siteId).map((row) => row.action)).toEqual(
      expect.arrayContaining(['site.section.regenerate', 'site.regenerate']),
    );
    expect(rows.find((row) => row.action === 'site.regenerate')?.details).toEqual({ revision: 1 });
  }, 300_000);

  it('removes a pin when it rewrites a section, unless asked to keep it', async () => {
    const pinned = first.live.metadata.name ?? '';
    await kube().mergePatch(
      WEBSITES,
      { namespace: workspaceA.namespace, name: siteId },
      { spec: { release: { build: pinned } } },
    );
    const kept = await alice.call(regenerateSite, {
      params: { siteId },
      body: { section: 'faq', instruction: 'mention the Saturday market', keepPin: true },
    });
    expect(kept.unpinned).toBeUndefined();
    expect((await readWebsite()).spec.release?.build).toBe(pinned);
    await eventually('the kept-pin edit to be stored', settled, 240);

    const unpinned = await alice.call(regenerateSite, {
      params: { siteId },
      body: { section: 'faq', instruction: 'mention gluten-free loaves' },
    });
    expect(unpinned.unpinned).toBe(pinned);
    expect((await readWebsite()).spec.release).toBeUndefined();
    const rows = await auditRows();
    expect(rows.at(-1)).toMatchObject({ action: 'site.section.regenerate', details: { unpinned: pinned } });
  }, 300_000);
});
