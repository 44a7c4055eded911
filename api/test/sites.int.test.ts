// Sites as changes to Website CRs, against the real API server: create, read, list, content edits as
// immutable ConfigMaps, publish and rollback as pins, delete; roles, quota and tenancy. The operator does
// not run here: where a test needs what it would have made (Builds, status), it writes those objects
// itself, the way the operator does; sites-e2e.int.test.ts runs the real operator.

import type { Build, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import {
  exampleSiteDocument,
  SITE_DOCUMENT_MAX_DEPTH,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { eventually } from '@pagemagic/hack/testkit/test-namespace';
import { type KubeObject, resources } from '@pagemagic/operator/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClientError, PagemagicClient } from '../src/client/index.ts';
import { getBuild, listSiteBuilds } from '../src/contract/builds.ts';
import {
  createSite,
  deleteSite,
  getSite,
  getSiteContent,
  listSites,
  publishSite,
  putSiteContent,
  rollbackSite,
  unpinSite,
} from '../src/contract/sites.ts';
import { ApiError } from '../src/errors.ts';
import { storeContentRevision } from '../src/sites/content.ts';
import { kubeCall, patchWebsite } from '../src/sites/store.ts';
import { QUOTA_NAME } from '../src/tenancy/namespace.ts';
import { failure } from './helpers/failure.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
let alice: PagemagicClient;
let bob: PagemagicClient;
let workspaceA: { id: string; namespace: string };
let aliceId: string;
let aliceToken: string;

async function workspaceOf(userId: string) {
  const { rows } = await api.services.db.query<{ id: string; namespace: string }>(
    `SELECT w.id, w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id
      WHERE m.user_id = $1 AND m.role = 'owner'`,
    [userId],
  );
  return rows[0] as { id: string; namespace: string };
}

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.signUp();
  const b = await api.signUp();
  aliceId = a.user.id;
  aliceToken = a.tokens.accessToken;
  alice = api.client(a.tokens);
  bob = api.client(b.tokens);
  workspaceA = await workspaceOf(a.user.id);
});
afterAll(async () => api?.close());

const kube = () => api.services.kubeClient;
const readWebsite = (name: string) =>
  kubeCall(() => kube().get<Website>(WEBSITES, workspaceA.namespace, name));

async function contentConfigMaps(site: string) {
  const { items } = await kubeCall(() =>
    kube().list<KubeObject>(resources.configMaps, {
      namespace: workspaceA.namespace,
      labelSelector: `pagemagic.dev/website=${site}`,
    }),
  );
  return items;
}

async function auditActions(workspaceId: string) {
  const { rows } = await api.services.db.query<{ action: string; target: string; actor_user_id: string }>(
    'SELECT action, target, actor_user_id FROM audit_log WHERE workspace_id = $1 ORDER BY id',
    [workspaceId],
  );
  return rows;
}

async function websitesCounted(namespace: string, counted: (used: string | undefined) => boolean) {
  await eventually('the workspace quota to count its websites', async () => {
    const quota = await kube().get<KubeObject & { status?: { used?: Record<string, string> } }>(
      { apiVersion: 'v1', plural: 'resourcequotas' },
      namespace,
      QUOTA_NAME,
    );
    return counted(quota.status?.used?.['count/websites.pagemagic.dev']) ? true : undefined;
  });
}

/** What the operator writes once it serves `build`. */
const setLiveBuild = (site: string, build: string) =>
  kubeCall(() =>
    kube().patchStatus(WEBSITES, { namespace: workspaceA.namespace, name: site }, { liveBuild: build }),
  );

/** A Build as the operator makes one, with the status its build step writes. */
async function makeBuild(
  site: Website,
  name: string,
  phase: 'Succeeded' | 'Running' | 'Failed',
  contentRevision = `${site.metadata.name}-content-0123456789`,
) {
  const created = await kubeCall(() =>
    kube().create<Build>(BUILDS, {
      apiVersion: 'pagemagic.dev/v1alpha1',
      kind: 'Build',
      metadata: {
        name,
        namespace: workspaceA.namespace,
        labels: { 'pagemagic.dev/website': site.metadata.name ?? '' },
      },
      spec: {
        website: site.metadata.name ?? '',
        contentRevision,
        contentHash: 'a'.repeat(64),
        rendererVersion: 'test',
      },
    }),
  );
  const digest = `sha256:${name
    .padEnd(64, '0')
    .replace(/[^a-f0-9]/g, '0')
    .slice(0, 64)}`;
  await kubeCall(() =>
    kube().patchStatus(
      BUILDS,
      { namespace: workspaceA.namespace, name },
      {
        phase,
        ...(phase === 'Succeeded'
          ? { image: `127.0.0.1:15000/${workspaceA.namespace}/x@${digest}`, pages: 3, bytes: 2048 }
          : {}),
      },
    ),
  );
  return created;
}

const state: { prompted?: string; named?: string; revision?: string } = {};

describe('creating sites', () => {
  it('creates a Website from a prompt, named after it, in the workspace namespace', async () => {
    const site = await alice.call(createSite, {
      body: { prompt: 'A family bakery in Porto with fresh bread', locales: ['en', 'pt'] },
    });
    expect(site.id).toBe('family-bakery-porto-fresh');
    expect(site.name).toBe(site.id);
    expect(site.status.phase).toBe('writing');
    expect(site.locales).toEqual(['en', 'pt']);
    expect(site.generation).toBe(1);
    expect(Date.parse(site.createdAt)).not.toBeNaN();
    state.prompted = site.id;

    const website = await readWebsite(site.id);
    expect(website.spec.brief).toMatchObject({
      prompt: 'A family bakery in Porto with fresh bread',
      locales: ['en', 'pt'],
      tone: 'friendly',
    });
    const managers = (website.metadata as { managedFields?: Array<{ manager: string }> }).managedFields;
    expect(managers?.map((field) => field.manager)).toContain('pagemagic-api');
  });

  it('gives a second site from the same prompt a free name of its own', async () => {
    const again = await alice.call(createSite, {
      body: { prompt: 'A family bakery in Porto with fresh bread' },
    });
    expect(again.id).toMatch(/^family-bakery-porto-fresh-[a-f0-9]{5}$/);
    await alice.call(deleteSite, { params: { siteId: again.id } });
  });

  it('takes a chosen name, and refuses it when it is taken', async () => {
    const site = await alice.call(createSite, {
      body: {
        prompt: 'A plumber in Leeds',
        name: 'leeds-plumbing',
        pages: ['services'],
        theme: { primary: '#112233' },
      },
    });
    expect(site).toMatchObject({ id: 'leeds-plumbing', pages: ['services'], theme: { primary: '#112233' } });
    state.named = site.id;
    const taken = await failure(
      alice.call(createSite, { body: { prompt: 'Another', name: 'leeds-plumbing' } }),
    );
    expect(taken.status).toBe(409);
    expect(taken.code).toBe('conflict');
    expect(taken.message).toContain('A site named leeds-plumbing already exists in this workspace');
  });

  it('refuses names that are not DNS labels, and fields it does not know (such as a namespace)', async () => {
    for (const name of ['Bad_Name', '1starts-with-digit', 'ends-with-', 'a'.repeat(64)]) {
      const refused = await failure(alice.call(createSite, { body: { prompt: 'x', name } }));
      expect(refused.status, name).toBe(400);
      expect(refused.code).toBe('validation_failed');
      expect(refused.details?.issues).toEqual([expect.objectContaining({ path: 'body/name' })]);
    }
    const response = await fetch(`${api.url}/api/v1/sites`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${(await api.signUp()).tokens.accessToken}`,
      },
      body: JSON.stringify({ prompt: 'x', namespace: workspaceA.namespace }),
    });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { error: { details: { issues: Array<{ path: string }> } } }).error.details
        .issues,
    ).toEqual([expect.objectContaining({ path: 'body/namespace' })]);
  });

  it('answers past the plan limit with the plan, its limit and what to do', async () => {
    const signedUp = await api.signUp();
    const carol = api.client(signedUp.tokens);
    const { namespace } = await workspaceOf(signedUp.user.id);
    // The quota controller's first count of a new namespace can land after creates the API server has
    // already charged, and overwrite them; the plan is exact once it has counted.
    await websitesCounted(namespace, (used) => used !== undefined);
    await carol.call(createSite, { body: { prompt: 'One shop', name: 'one-shop' } });
    // Colliding names are refused before the create, so they do not use up a slot of the plan.
    for (let attempt = 0; attempt < 3; attempt++) {
      const taken = await failure(carol.call(createSite, { body: { prompt: 'One shop', name: 'one-shop' } }));
      expect(taken.status).toBe(409);
    }
    const generated = await carol.call(createSite, { body: { prompt: 'One shop' } });
    expect(generated.id).toMatch(/^one-shop-[a-f0-9]{5}$/);
    await carol.call(createSite, { body: { prompt: 'Three shop' } });
    await websitesCounted(namespace, (used) => used === '3');
    // Refused before anything is created (402 plan_limit); the quota stays the API server's backstop.
    const refused = await failure(carol.call(createSite, { body: { prompt: 'Four shop' } }));
    expect(refused.status).toBe(402);
    expect(refused.code).toBe('plan_limit');
    expect(refused.message).toBe(
      'The Free plan allows 3 sites and this workspace has 3; delete one, or upgrade to Pro (50 sites) with `pagemagic billing upgrade pro` or on the Billing page',
    );
    expect(refused.details).toEqual({
      limit: 'websites',
      allowed: 3,
      plan: 'free',
      used: 3,
      upgradeTo: 'pro',
      hint: 'POST /api/v1/workspaces/<workspaceId>/billing/checkout upgrades',
    });
  });
});

describe('reading sites', () => {
  it('gets one site and lists them a page at a time', async () => {
    const site = await alice.call(getSite, { params: { siteId: state.named ?? '' } });
    expect(site.prompt).toBe('A plumber in Leeds');
    const first = await alice.call(listSites, { query: { limit: 1 } });
    expect(first.items).toHaveLength(1);
    expect(first.continue).toBeDefined();
    const second = await alice.call(listSites, { query: { limit: 1, continue: first.continue } });
    expect(second.items).toHaveLength(1);
    expect(second.continue).toBeUndefined();
    expect([...first.items, ...second.items].map((s) => s.id).sort()).toEqual(
      [state.prompted, state.named].sort() as string[],
    );
  });

  it('refuses a forged continue token', async () => {
    const forged = Buffer.from(
      JSON.stringify({ v: 'meta.k8s.io/v1', rv: 1, start: '../../pm-other/x' }),
    ).toString('base64');
    const refused = await failure(alice.call(listSites, { query: { limit: 1, continue: forged } }));
    expect([400, 410]).toContain(refused.status);
  });

  it('says there is no content yet while the site is being written', async () => {
    const refused = await failure(alice.call(getSiteContent, { params: { siteId: state.named ?? '' } }));
    expect(refused.status).toBe(409);
    expect(refused.message).toContain('still being written');
  });
});

describe('editing content', () => {
  const document = (name: string): SiteDocument => ({ ...exampleSiteDocument(), name });

  it('stores a valid document as an immutable revision owned by the Website and points the spec at it', async () => {
    const site = state.named ?? '';
    const before = await readWebsite(site);
    const answer = await alice.call(putSiteContent, {
      params: { siteId: site },
      body: { document: document('Leeds Plumbing') },
    });
    expect(answer.generation).toBe((before.metadata.generation ?? 0) + 1);
    const website = await readWebsite(site);
    const revision = website.spec.content?.configMapRef?.name ?? '';
    expect(revision).toMatch(new RegExp(`^${site}-content-[a-f0-9]{10}$`));
    // The answer names the revision, so an editor's next save can start from it.
    expect(answer.revision).toBe(revision);
    const configMap = await kubeCall(() =>
      kube().get<KubeObject & { immutable?: boolean; data?: Record<string, string> }>(
        resources.configMaps,
        workspaceA.namespace,
        revision,
      ),
    );
    expect(configMap.immutable).toBe(true);
    expect(configMap.metadata?.labels).toMatchObject({
      'pagemagic.dev/website': site,
      'pagemagic.dev/component': 'content',
    });
    expect(configMap.metadata?.annotations?.['pagemagic.dev/content-sha256']).toMatch(/^[a-f0-9]{64}$/);
    const owners = (configMap.metadata as { ownerReferences?: Array<{ kind: string; uid: string }> })
      .ownerReferences;
    expect(owners).toEqual([expect.objectContaining({ kind: 'Website', uid: website.metadata.uid })]);
    expect(JSON.parse(configMap.data?.['site.json'] ?? '{}').name).toBe('Leeds Plumbing');

    const content = await alice.call(getSiteContent, { params: { siteId: site } });
    expect(content.revision).toBe(revision);
    expect(content.document).toEqual(document('Leeds Plumbing'));
    state.revision = revision;
  });

  it('refuses an invalid document with every error and its path, and writes nothing', async () => {
    const site = state.named ?? '';
    const before = await readWebsite(site);
    const stored = (await contentConfigMaps(site)).length;
    const broken = { ...document('x'), defaultLocale: 'xx', pages: [], theme: { nonsense: true } };
    const refused = await failure(
      alice.call(putSiteContent, { params: { siteId: site }, body: { document: broken } }),
    );
    expect(refused.status).toBe(400);
    expect(refused.code).toBe('validation_failed');
    const issues = refused.details?.issues as Array<{ path: string; message: string }>;
    const paths = issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body/document/theme/nonsense',
        'body/document/pages',
        'body/document/defaultLocale',
        'body/document/navigation/items/0/href',
      ]),
    );
    const expected = validateSiteDocument(broken);
    expect(expected.ok).toBe(false);
    if (!expected.ok) {
      expect(issues).toEqual(
        expected.errors.map((error) => ({ path: `body/document${error.path}`, message: error.message })),
      );
    }
    expect(refused.message).toMatch(
      /^The site document is not valid: body\/document\/\S+ .+\(and \d+ more\)/,
    );
    expect((await readWebsite(site)).metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(await contentConfigMaps(site)).toHaveLength(stored);
  });

  it('refuses a document nested thousands of levels deep with 400 naming where and the limit, and writes nothing', async () => {
    const site = state.named ?? '';
    const before = await readWebsite(site);
    const stored = (await contentConfigMaps(site)).length;
    /** The body as an attacker sends it: `levels` arrays inside each other at /footer (JSON.stringify cannot make it). */
    const put = (levels: number) =>
      fetch(`${api.url}/api/v1/sites/${site}/content`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${aliceToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ document: { ...document('deep'), footer: '$DEEP' } }).replace(
          '"$DEEP"',
          `${'['.repeat(levels)}${']'.repeat(levels)}`,
        ),
      });
    const answers = [];
    // 20,000 levels, 40 KB: far under the body limit, and once a stack overflow and a 500.
    for (const levels of [20_000, SITE_DOCUMENT_MAX_DEPTH]) {
      const response = await put(levels);
      const body = (await response.json()) as {
        error: {
          code: string;
          message: string;
          details?: { issues?: Array<{ path: string; message: string }> };
        };
      };
      expect(response.status, `${levels} levels`).toBe(400);
      expect(body.error.code).toBe('validation_failed');
      answers.push(body.error);
    }
    // Far too deep: the body itself is refused before anything walks it.
    const [deepest, deep] = answers;
    expect(deepest?.details?.issues?.[0]?.path).toMatch(/^body\/document\/footer(\/0)+$/);
    expect(deepest?.message).toContain(deepest?.details?.issues?.[0]?.path);
    expect(deepest?.message).toMatch(/more than \d+ levels deep/);
    // Deeper than a site document may be, but not past the body limit: the document's own limit.
    const path = `body/document/footer${'/0'.repeat(SITE_DOCUMENT_MAX_DEPTH - 1)}`;
    expect(deep?.details?.issues).toEqual([
      { path, message: expect.stringContaining(`more than ${SITE_DOCUMENT_MAX_DEPTH} levels deep`) },
    ]);
    expect(deep?.message).toContain(path);
    expect((await readWebsite(site)).metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(await contentConfigMaps(site)).toHaveLength(stored);
  });

  it('refuses an edit made from a revision someone else has replaced', async () => {
    const site = state.named ?? '';
    const base = state.revision ?? '';
    const edits = ['Edit One', 'Edit Two'].map((name) =>
      alice
        .call(putSiteContent, {
          params: { siteId: site },
          body: { document: document(name), baseRevision: base },
        })
        .then(
          () => 'saved',
          (error: ApiClientError) => error,
        ),
    );
    const outcomes = await Promise.all(edits);
    expect(outcomes.filter((outcome) => outcome === 'saved')).toHaveLength(1);
    const lost = outcomes.find((outcome) => outcome !== 'saved') as ApiClientError;
    expect(lost.status).toBe(409);
    expect(lost.message).toMatch(/changed while you were saving content|was edited since you read it/);

    const stale = await failure(
      alice.call(putSiteContent, {
        params: { siteId: site },
        body: { document: document('Late'), baseRevision: base },
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toContain(`your edit started from ${base}`);
    const content = await alice.call(getSiteContent, { params: { siteId: site } });
    expect(['Edit One', 'Edit Two']).toContain(content.document.name);
  });
});

describe('concurrent changes', () => {
  it('retries over status the operator wrote, and refuses over a spec someone else changed', async () => {
    const site = state.named ?? '';
    const read = await readWebsite(site);
    // The operator's status write changes the resourceVersion but not the spec.
    await kubeCall(() =>
      kube().patchStatus(
        WEBSITES,
        { namespace: workspaceA.namespace, name: site },
        { url: 'https://x.example/' },
      ),
    );
    const patched = await patchWebsite(kube(), read, { hosting: { replicas: 2 } }, 'testing');
    expect(patched.spec.hosting?.replicas).toBe(2);
    // `read` is now two changes old, one of them to the spec.
    const refused = await patchWebsite(kube(), read, { hosting: { replicas: 3 } }, 'testing').catch(
      (error: ApiError) => error,
    );
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).statusCode).toBe(409);
    expect((refused as ApiError).message).toContain(`Site ${site} changed while you were testing`);
    expect((await readWebsite(site)).spec.hosting?.replicas).toBe(2);
  });
});

describe('builds, publish and rollback', () => {
  const names = { b1: '', b2: '', b3: '', running: '' };

  beforeAll(async () => {
    const site = await readWebsite(state.named ?? '');
    const base = site.metadata.name ?? '';
    // The content every Build was made from: the example with its phone number not given yet.
    const document = exampleSiteDocument();
    for (const content of [document, ...Object.values(document.translations)]) {
      for (const section of content.pages.flatMap((page) => page.sections)) {
        if (section.type === 'contact') section.props.phone = { placeholder: 'phone' };
      }
    }
    const revision = await storeContentRevision(kube(), site, document);
    // Made within a second or two of each other: creation times tie and the name orders them, as it does
    // for the operator.
    names.b1 = (await makeBuild(site, `${base}-b1`, 'Succeeded', revision)).metadata.name ?? '';
    names.b2 = (await makeBuild(site, `${base}-b2`, 'Failed', revision)).metadata.name ?? '';
    names.b3 = (await makeBuild(site, `${base}-b3`, 'Succeeded', revision)).metadata.name ?? '';
    names.running = (await makeBuild(site, `${base}-b4`, 'Running', revision)).metadata.name ?? '';
    await setLiveBuild(base, names.b3);
  });

  it("lists a site's Builds newest first, marking the live one", async () => {
    const { items } = await alice.call(listSiteBuilds, { params: { siteId: state.named ?? '' } });
    expect(items.map((build) => build.id)).toEqual([names.running, names.b3, names.b2, names.b1]);
    expect(items.filter((build) => build.live).map((build) => build.id)).toEqual([names.b3]);
    expect(items[1]).toMatchObject({ phase: 'Succeeded', pages: 3, bytes: 2048, site: state.named });
    expect(items[1]?.imageDigest).toMatch(/^sha256:[a-f0-9]{64}$/);
    const one = await alice.call(getBuild, { params: { buildId: names.b1 } });
    expect(one).toMatchObject({ id: names.b1, live: false, phase: 'Succeeded' });
    // A Build that succeeded has a preview link of its own; one that failed or is running has nothing to show.
    expect(one.previewUrl).toMatch(new RegExp(`^${api.url}/preview/[^/]+/$`));
    expect(items[1]?.previewUrl).toMatch(/\/preview\/[^/]+\/$/);
    expect(items[1]?.previewUrl).not.toBe(one.previewUrl);
    expect(items.filter((build) => build.phase !== 'Succeeded').map((build) => build.previewUrl)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('publishes a chosen Build that succeeded by pinning it', async () => {
    const site = await alice.call(publishSite, {
      params: { siteId: state.named ?? '' },
      body: { build: names.b1 },
    });
    expect(site.pinnedBuild).toBe(names.b1);
    expect((await readWebsite(state.named ?? '')).spec.release?.build).toBe(names.b1);
    // Once per fact, from the default locale, though the translation holds the same placeholder.
    expect(site.placeholders).toEqual([
      {
        fact: 'phone',
        label: 'phone number',
        page: 'contact',
        sectionId: 'visit',
        path: expect.stringMatching(/^\/pages\/\d+\/sections\/\d+\/props\/phone$/),
      },
    ]);
  });

  it('publishes the newest Build that succeeded when none is named', async () => {
    const site = await alice.call(publishSite, { params: { siteId: state.named ?? '' }, body: {} });
    expect(site.pinnedBuild).toBe(names.b3);
  });

  it("refuses to publish a Build that has not succeeded, or is not this site's", async () => {
    const running = await failure(
      alice.call(publishSite, { params: { siteId: state.named ?? '' }, body: { build: names.running } }),
    );
    expect(running.status).toBe(409);
    expect(running.message).toContain(
      `Build ${names.running} is Running; only a Build that succeeded can be published`,
    );
    const failed = await failure(
      alice.call(publishSite, { params: { siteId: state.named ?? '' }, body: { build: names.b2 } }),
    );
    expect(failed.status).toBe(409);
    const other = await readWebsite(state.prompted ?? '');
    const foreign = await makeBuild(other, `${other.metadata.name}-x1`, 'Succeeded');
    const wrongSite = await failure(
      alice.call(publishSite, {
        params: { siteId: state.named ?? '' },
        body: { build: foreign.metadata.name ?? '' },
      }),
    );
    expect(wrongSite.status).toBe(404);
    const missing = await failure(
      alice.call(publishSite, { params: { siteId: state.named ?? '' }, body: { build: 'no-such-build' } }),
    );
    expect(missing.status).toBe(404);
    expect((await readWebsite(state.named ?? '')).spec.release?.build).toBe(names.b3);
  });

  it('rolls back to the succeeded Build before the live one, and says when there is none', async () => {
    const site = await alice.call(rollbackSite, { params: { siteId: state.named ?? '' } });
    expect(site.pinnedBuild).toBe(names.b1);
    expect((await readWebsite(state.named ?? '')).metadata.annotations).toMatchObject({
      'pagemagic.dev/change': 'rollback',
      'pagemagic.dev/changed-by': aliceId,
    });
    await setLiveBuild(state.named ?? '', names.b1);
    const none = await failure(alice.call(rollbackSite, { params: { siteId: state.named ?? '' } }));
    expect(none.status).toBe(409);
    expect(none.message).toContain(`no succeeded Build older than the live one (${names.b1})`);
    const notLive = await failure(alice.call(rollbackSite, { params: { siteId: state.prompted ?? '' } }));
    expect(notLive.status).toBe(409);
    expect(notLive.message).toContain('has no live Build yet');
  });

  it('keeps a pin through an edit only when asked, so an edit never silently stays offline', async () => {
    const siteId = state.named ?? '';
    const { revision, document } = await alice.call(getSiteContent, { params: { siteId } });
    const kept = await alice.call(putSiteContent, {
      params: { siteId },
      body: { document: { ...document, name: 'Kept pinned' }, baseRevision: revision, keepPin: true },
    });
    expect(kept.unpinned).toBeUndefined();
    expect(kept.pinnedBuild).toBe(names.b1);
    expect((await readWebsite(siteId)).spec.release?.build).toBe(names.b1);

    const saved = await alice.call(putSiteContent, {
      params: { siteId },
      body: { document: { ...document, name: 'Goes live' }, baseRevision: kept.revision },
    });
    expect(saved.unpinned).toBe(names.b1);
    expect(saved.pinnedBuild).toBeUndefined();
    const website = await readWebsite(siteId);
    expect(website.spec.release).toBeUndefined();
    // Who changed what, on the Website and on the content revision the Build will be made from.
    const cause = { 'pagemagic.dev/change': 'edit', 'pagemagic.dev/changed-by': aliceId };
    expect(website.metadata.annotations).toMatchObject(cause);
    const stored = await kube().get<KubeObject>(
      resources.configMaps,
      website.metadata.namespace,
      saved.revision,
    );
    expect(stored.metadata?.annotations).toMatchObject(cause);
  });

  it('unpins on request, and answers an unpinned site as it is without writing', async () => {
    const siteId = state.named ?? '';
    await alice.call(publishSite, { params: { siteId }, body: { build: names.b3 } });
    const unpinned = await alice.call(unpinSite, { params: { siteId } });
    expect(unpinned).toMatchObject({ id: siteId, unpinned: names.b3 });
    expect(unpinned.pinnedBuild).toBeUndefined();
    const before = (await readWebsite(siteId)).metadata.resourceVersion;
    const again = await alice.call(unpinSite, { params: { siteId } });
    expect(again.unpinned).toBeUndefined();
    expect((await readWebsite(siteId)).metadata.resourceVersion).toBe(before);
  });
});

describe('roles and tenancy', () => {
  it('lets a viewer read but not write', async () => {
    const viewer = await api.signUp();
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
      [workspaceA.id, viewer.user.id],
    );
    const client = api.client(viewer.tokens, workspaceA.id);
    const siteId = state.named ?? '';
    expect((await client.call(getSite, { params: { siteId } })).id).toBe(siteId);
    expect((await client.call(listSiteBuilds, { params: { siteId } })).items.length).toBeGreaterThan(0);
    const content = await client.call(getSiteContent, { params: { siteId } });
    const writes: Array<() => Promise<unknown>> = [
      () => client.call(createSite, { body: { prompt: 'Sneaky' } }),
      () => client.call(putSiteContent, { params: { siteId }, body: { document: content.document } }),
      () => client.call(publishSite, { params: { siteId }, body: {} }),
      () => client.call(rollbackSite, { params: { siteId } }),
      () => client.call(deleteSite, { params: { siteId } }),
    ];
    for (const write of writes) {
      const refused = await failure(write());
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/^Your role in this workspace is viewer; .+ needs editor or above/);
    }
    expect((await readWebsite(siteId)).metadata.deletionTimestamp).toBeUndefined();
  });

  it('answers another tenant exactly as for a site or Build that does not exist', async () => {
    const siteId = state.named ?? '';
    const { items } = await alice.call(listSiteBuilds, { params: { siteId } });
    const buildId = items[0]?.id ?? '';
    const before = await readWebsite(siteId);
    const missingSite = 'no-such-site';
    const attempts: Array<[string, () => Promise<unknown>, () => Promise<unknown>, string, string]> = [
      [
        'get',
        () => bob.call(getSite, { params: { siteId } }),
        () => bob.call(getSite, { params: { siteId: missingSite } }),
        siteId,
        missingSite,
      ],
      [
        'content',
        () => bob.call(getSiteContent, { params: { siteId } }),
        () => bob.call(getSiteContent, { params: { siteId: missingSite } }),
        siteId,
        missingSite,
      ],
      [
        'builds',
        () => bob.call(listSiteBuilds, { params: { siteId } }),
        () => bob.call(listSiteBuilds, { params: { siteId: missingSite } }),
        siteId,
        missingSite,
      ],
      [
        'build',
        () => bob.call(getBuild, { params: { buildId } }),
        () => bob.call(getBuild, { params: { buildId: 'no-such-build' } }),
        buildId,
        'no-such-build',
      ],
      [
        'publish',
        () => bob.call(publishSite, { params: { siteId }, body: {} }),
        () => bob.call(publishSite, { params: { siteId: missingSite }, body: {} }),
        siteId,
        missingSite,
      ],
      [
        'rollback',
        () => bob.call(rollbackSite, { params: { siteId } }),
        () => bob.call(rollbackSite, { params: { siteId: missingSite } }),
        siteId,
        missingSite,
      ],
      [
        'delete',
        () => bob.call(deleteSite, { params: { siteId } }),
        () => bob.call(deleteSite, { params: { siteId: missingSite } }),
        siteId,
        missingSite,
      ],
      [
        'content edit',
        () => bob.call(putSiteContent, { params: { siteId }, body: { document: exampleSiteDocument() } }),
        () =>
          bob.call(putSiteContent, {
            params: { siteId: missingSite },
            body: { document: exampleSiteDocument() },
          }),
        siteId,
        missingSite,
      ],
    ];
    for (const [what, theirs, missing, theirId, missingId] of attempts) {
      const a = await failure(theirs());
      const b = await failure(missing());
      expect(a.status, what).toBe(404);
      expect(a.code, what).toBe('not_found');
      // The same words as for a name that exists nowhere, but for the name itself.
      expect(a.message.replaceAll(theirId, '<id>'), what).toBe(b.message.replaceAll(missingId, '<id>'));
    }
    expect((await bob.call(listSites, { query: {} })).items).toEqual([]);
    const after = await readWebsite(siteId);
    expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
  });

  it('does not let a caller pick another workspace by header', async () => {
    const refused = await failure(
      api
        .client((await api.signUp()).tokens, workspaceA.id)
        .call(getSite, { params: { siteId: state.named ?? '' } }),
    );
    expect(refused.status).toBe(403);
    expect(refused.message).toContain(`You are not a member of workspace ${workspaceA.id}`);
  });

  it('refuses path tricks in ids', async () => {
    const token = (await api.signUp()).tokens.accessToken;
    for (const path of [
      `/api/v1/sites/..%2F${workspaceA.namespace}`,
      '/api/v1/sites/UPPER',
      '/api/v1/builds/a%2Fb',
    ]) {
      const response = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect([400, 404], path).toContain(response.status);
      const body = (await response.json()) as { error: { code: string } };
      expect(['validation_failed', 'not_found']).toContain(body.error.code);
    }
  });
});

describe('deleting', () => {
  it('deletes the Website and answers 202, then 404', async () => {
    const siteId = state.prompted ?? '';
    const answer = await alice.call(deleteSite, { params: { siteId } });
    expect(answer).toEqual({ id: siteId, status: 'deleting' });
    const gone = await failure(alice.call(getSite, { params: { siteId } }));
    expect(gone.status).toBe(404);
    const again = await failure(alice.call(deleteSite, { params: { siteId } }));
    expect(again.status).toBe(404);
  });

  it('wrote an audit row for every change, by the person who made it', async () => {
    const rows = await auditActions(workspaceA.id);
    const actions = rows.map((row) => `${row.action} ${row.target}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        `site.create website/${state.prompted}`,
        `site.create website/${state.named}`,
        `site.content.update website/${state.named}`,
        `site.publish website/${state.named}`,
        `site.rollback website/${state.named}`,
        `site.unpin website/${state.named}`,
        `site.delete website/${state.prompted}`,
      ]),
    );
    // The first edit, the concurrent winner and the two edits around a pin; the refused edits and the
    // concurrent loser wrote none. Publishing: two, and one more to pin before unpinning.
    expect(rows.filter((row) => row.action === 'site.content.update')).toHaveLength(4);
    expect(rows.filter((row) => row.action === 'site.publish')).toHaveLength(3);
    // Unpinning a site that has no pin wrote nothing, so left no row either.
    expect(rows.filter((row) => row.action === 'site.unpin')).toHaveLength(1);
    expect(new Set(rows.map((row) => row.actor_user_id))).toEqual(new Set([aliceId]));
  });
});
