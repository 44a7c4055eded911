// "Improve this section" on a document being edited and not yet saved: the API rewrites the section with
// the configured generator (offline here), checks nothing else changed and answers the document, storing
// nothing. No operator runs: the site is only a Website in the workspace's namespace, and the draft is the
// example document, so what the route reads and writes in the cluster is all there is to look at.

import type { Website } from '@pagemagic/crds';
import { WEBSITES } from '@pagemagic/crds';
import { LABEL_WEBSITE } from '@pagemagic/crds/content';
import { exampleSiteDocument, type SiteDocument, sectionIds } from '@pagemagic/crds/site-document';
import { type KubeObject, resources } from '@pagemagic/operator/runtime';
import { withoutSection } from '@pagemagic/operator/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagemagicClient } from '../src/client/index.ts';
import { improveSectionDraft } from '../src/contract/regenerate.ts';
import { createSite } from '../src/contract/sites.ts';
import { failure } from './helpers/failure.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
let alice: PagemagicClient;
let bob: PagemagicClient;
let workspaceA: { id: string; namespace: string };
let siteId: string;
let bobSiteId: string;
let aliceToken: string;

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
  aliceToken = a.tokens.accessToken;
  bob = api.client(b.tokens);
  workspaceA = await workspaceOf(a.user.id);
  const [site, bobSite] = await Promise.all([
    alice.call(createSite, { body: { prompt: 'A family bakery in Porto with fresh bread every morning' } }),
    bob.call(createSite, { body: { prompt: 'A bicycle repair shop in Lisbon open on weekends' } }),
  ]);
  siteId = site.id;
  bobSiteId = bobSite.id;
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const kube = () => api.services.kubeClient;
const readWebsite = () => kube().get<Website>(WEBSITES, workspaceA.namespace, siteId);
const sectionOf = (site: SiteDocument, id: string) =>
  site.pages.flatMap((page) => page.sections).find((section) => section.id === id);

/** Every content revision stored for the site, as text: what a stored edit would have added to. */
async function storedContent(): Promise<string[]> {
  const { items } = await kube().list<KubeObject & { data?: Record<string, string> }>(resources.configMaps, {
    namespace: workspaceA.namespace,
    labelSelector: `${LABEL_WEBSITE}=${siteId}`,
  });
  return items.map((item) => JSON.stringify(item.data ?? {}));
}

async function auditRows() {
  const { rows } = await api.services.db.query<{ action: string; target: string; details: unknown }>(
    'SELECT action, target, details FROM audit_log WHERE workspace_id = $1 ORDER BY id',
    [workspaceA.id],
  );
  return rows;
}

describe('improving a section of an unsaved draft', () => {
  const PHRASE = 'free delivery to ribeira on sundays';

  it('rewrites that section only, answers the document and stores nothing', async () => {
    const websiteBefore = await readWebsite();
    const storedBefore = await storedContent();
    const draft = exampleSiteDocument();

    const answer = await alice.call(improveSectionDraft, {
      params: { siteId },
      body: { document: draft, section: 'welcome', instruction: `mention ${PHRASE}` },
    });
    expect(answer.section).toBe('welcome');
    expect(withoutSection(answer.document, 'welcome')).toEqual(withoutSection(draft, 'welcome'));
    // The phrase becomes a sentence of its own, so it may start with a capital.
    expect(JSON.stringify(sectionOf(answer.document, 'welcome')).toLowerCase()).toContain(PHRASE);
    expect(JSON.stringify(sectionOf(draft, 'welcome')).toLowerCase()).not.toContain(PHRASE);

    const shorter = await alice.call(improveSectionDraft, {
      params: { siteId },
      body: { document: draft, section: 'menu', instruction: 'shorter' },
    });
    expect(withoutSection(shorter.document, 'menu')).toEqual(withoutSection(draft, 'menu'));
    expect(JSON.stringify(sectionOf(shorter.document, 'menu')).length).toBeLessThan(
      JSON.stringify(sectionOf(draft, 'menu')).length,
    );

    const websiteAfter = await readWebsite();
    expect(websiteAfter.spec).toEqual(websiteBefore.spec);
    expect(websiteAfter.metadata.generation).toBe(websiteBefore.metadata.generation);
    const storedAfter = await storedContent();
    expect(storedAfter.some((text) => text.toLowerCase().includes(PHRASE))).toBe(false);
    expect(storedAfter.length).toBe(storedBefore.length);

    const improvements = (await auditRows()).filter((row) => row.action === 'site.section.draft_improve');
    expect(improvements).toEqual([
      {
        action: 'site.section.draft_improve',
        target: siteId,
        details: { section: 'welcome', generator: 'offline' },
      },
      {
        action: 'site.section.draft_improve',
        target: siteId,
        details: { section: 'menu', generator: 'offline' },
      },
    ]);
  });

  it('says what it can follow when the instruction is beyond the offline generator', async () => {
    const error = await failure(
      alice.call(improveSectionDraft, {
        params: { siteId },
        body: { document: exampleSiteDocument(), section: 'faq', instruction: 'turn it into a limerick' },
      }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toContain('turn it into a limerick');
    expect(error.message).toContain('configure an AI key');

    // The example FAQ is as short as the offline editor makes anything: it says so rather than answer the same.
    const unchanged = await failure(
      alice.call(improveSectionDraft, {
        params: { siteId },
        body: { document: exampleSiteDocument(), section: 'faq', instruction: 'shorter' },
      }),
    );
    expect(unchanged.status).toBe(400);
    expect(unchanged.message).toContain('nothing to change');

    const blank = await failure(
      alice.call(improveSectionDraft, {
        params: { siteId },
        body: { document: exampleSiteDocument(), section: 'faq', instruction: '   ' },
      }),
    );
    expect(blank.status).toBe(400);
    expect(blank.message).toContain('instruction');
  });

  it('names the sections of the draft for a section it does not have', async () => {
    const draft = exampleSiteDocument();
    const error = await failure(
      alice.call(improveSectionDraft, {
        params: { siteId },
        body: { document: draft, section: 'opening-hours', instruction: 'shorter' },
      }),
    );
    expect(error.status).toBe(404);
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('"opening-hours"');
    expect(error.message).toContain(sectionIds(draft).join(', '));
    expect(error.details).toEqual({ sections: sectionIds(draft) });
  });

  it('refuses an invalid document, listing every problem with its path', async () => {
    const draft = exampleSiteDocument() as unknown as Record<string, unknown>;
    const broken = { ...draft, defaultLocale: 'xx', name: '' } as unknown as SiteDocument;
    const error = await failure(
      alice.call(improveSectionDraft, {
        params: { siteId },
        body: { document: broken, section: 'faq', instruction: 'shorter' },
      }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    const issues = (error.details?.issues ?? []) as { path: string; message: string }[];
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['body/document/name', 'body/document/defaultLocale']),
    );
    expect(error.message).toContain('fix every listed path');
  });

  it('refuses a draft nested thousands of levels deep with 400 naming where and the limit', async () => {
    const body = JSON.stringify({
      document: { ...exampleSiteDocument(), footer: '$DEEP' },
      section: 'faq',
      instruction: 'shorter',
    }).replace('"$DEEP"', `${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    const response = await fetch(`${api.url}/api/v1/sites/${siteId}/sections/improve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${aliceToken}`, 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as {
      error: { code: string; message: string; details?: { issues?: Array<{ path: string }> } };
    };
    expect(answer.error.code).toBe('validation_failed');
    const path = answer.error.details?.issues?.[0]?.path ?? '';
    expect(path).toMatch(/^body\/document\/footer(\/0)+$/);
    expect(answer.error.message).toContain(path);
    expect(answer.error.message).toMatch(/more than \d+ levels deep/);
  });

  it('lets a viewer read the site but not improve its sections', async () => {
    const viewer = await api.signUp();
    await api.services.db.query(
      "INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'viewer')",
      [workspaceA.id, viewer.user.id],
    );
    const client = api.client(viewer.tokens, workspaceA.id);
    const error = await failure(
      client.call(improveSectionDraft, {
        params: { siteId },
        body: { document: exampleSiteDocument(), section: 'faq', instruction: 'shorter' },
      }),
    );
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/^Your role in this workspace is viewer; .+ needs editor or above/);
  });

  it("does not touch another workspace's site, nor say that it exists", async () => {
    const body = { document: exampleSiteDocument(), section: 'menu', instruction: 'shorter' };
    const theirs = await failure(bob.call(improveSectionDraft, { params: { siteId }, body }));
    expect(theirs.status).toBe(404);
    expect(theirs.code).toBe('not_found');
    const missing = await failure(
      bob.call(improveSectionDraft, { params: { siteId: 'no-such-site' }, body }),
    );
    expect({ status: missing.status, code: missing.code }).toEqual({ status: 404, code: 'not_found' });
    // The same refusal with an invalid document: the site is checked first, so nothing about it leaks.
    const invalid = await failure(
      bob.call(improveSectionDraft, {
        params: { siteId },
        body: { ...body, document: { name: '' } as unknown as SiteDocument },
      }),
    );
    expect(invalid.status).toBe(404);

    // Bob's own site works for him, and not for Alice.
    const own = await bob.call(improveSectionDraft, { params: { siteId: bobSiteId }, body });
    expect(own.section).toBe('menu');
    const aliceOnBob = await failure(
      alice.call(improveSectionDraft, { params: { siteId: bobSiteId }, body }),
    );
    expect(aliceOnBob.status).toBe(404);
  });
});
