// The API's own AI spending, metered: a section rewritten by the model through the API counts the tokens
// the endpoint reported in the API's pagemagic_ai_tokens_total{namespace, website, kind}, the series the
// meter rolls up with the operator's; a rewrite whose answers could not be used counts what it spent too,
// and a workspace's spending never lands on another's series.

import { randomBytes } from 'node:crypto';
import { exampleSiteDocument, type SiteDocument } from '@pagemagic/crds/site-document';
import {
  type FakeOpenAiServer,
  reply,
  startFakeOpenAiServer,
} from '@pagemagic/hack/testkit/fake-openai-server';
import { parseMetrics } from '@pagemagic/hack/testkit/prometheus-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { improveSectionDraft } from '../src/contract/regenerate.ts';
import { createSite } from '../src/contract/sites.ts';
import { failure } from './helpers/failure.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let server: FakeOpenAiServer;
let api: TestApi;

beforeAll(async () => {
  server = await startFakeOpenAiServer();
  api = await startTestApi({
    env: {
      PAGEMAGIC_AI_API_KEY: 'test-key',
      PAGEMAGIC_AI_BASE_URL: server.baseURL,
      PAGEMAGIC_AI_MODEL: 'test-model',
      // A prefix per run: an answer cached by an earlier run would spend nothing.
      PAGEMAGIC_AI_CACHE_PREFIX: `pagemagic:test:${randomBytes(6).toString('hex')}:`,
    },
  });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await server?.close();
});

async function owner() {
  const { user, tokens } = await api.signUp();
  const { rows } = await api.services.db.query<{ namespace: string }>(
    'SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1',
    [user.id],
  );
  const client = api.client(tokens);
  const site = await client.call(createSite, {
    body: { prompt: 'A family bakery in Porto', name: 'bakery' },
  });
  return { client, namespace: rows[0]?.namespace ?? '', siteId: site.id };
}

/** kind → tokens in the API's own metrics, for one site. */
async function tokens(namespace: string, website: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${api.internalUrl}/metrics`)).text();
  return Object.fromEntries(
    parseMetrics(text)
      .filter(
        (sample) =>
          sample.name === 'pagemagic_ai_tokens_total' &&
          sample.labels.namespace === namespace &&
          sample.labels.website === website,
      )
      .map((sample) => [sample.labels.kind, sample.value]),
  );
}

/** The example's why-us section with a new heading, as the model would answer it, in every locale. */
function improvedWhyUs(site: SiteDocument) {
  const pick = (locale?: string) => {
    const pages = locale ? site.translations[locale]?.pages : site.pages;
    const found = pages?.flatMap((page) => page.sections).find((section) => section.id === 'why-us');
    if (found?.type !== 'features') throw new Error('why-us is a features section');
    const copy = structuredClone(found);
    copy.props.heading = locale ? 'Porque voltam' : 'Why people come back';
    return copy;
  };
  return { section: pick(), translations: { pt: pick('pt') } };
}

describe('AI tokens the API spends', () => {
  it('counts a section rewrite’s tokens under its workspace and site, as the endpoint reported them', async () => {
    const me = await owner();
    const stranger = await owner();
    const document = exampleSiteDocument();
    server.enqueue(reply(improvedWhyUs(document), { promptTokens: 1200, completionTokens: 340 }));
    const answer = await me.client.call(improveSectionDraft, {
      params: { siteId: me.siteId },
      body: { document, section: 'why-us', instruction: 'Say why people come back' },
    });
    expect(JSON.stringify(answer.document)).toContain('Why people come back');
    expect(await tokens(me.namespace, me.siteId)).toEqual({ prompt: 1200, completion: 340 });
    expect(await tokens(stranger.namespace, stranger.siteId)).toEqual({});
  });

  it('counts what a rewrite spent when none of the model’s answers could be used', async () => {
    const me = await owner();
    const wrong = { promptTokens: 500, completionTokens: 20 };
    server.enqueue(
      reply({ nonsense: true }, wrong),
      reply({ nonsense: 1 }, wrong),
      reply({ nonsense: [] }, wrong),
    );
    const refused = await failure(
      me.client.call(improveSectionDraft, {
        params: { siteId: me.siteId },
        body: { document: exampleSiteDocument(), section: 'why-us', instruction: 'Shorter' },
      }),
    );
    expect(refused.status).toBe(503);
    expect(await tokens(me.namespace, me.siteId)).toEqual({ prompt: 1500, completion: 60 });
  });
});
